/**
 * Signing and sending a Chatwoot webhook delivery exactly as Chatwoot does (lib/webhooks/trigger.rb):
 * `X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`,
 * `X-Chatwoot-Timestamp: <unix seconds>` and `X-Chatwoot-Delivery: <uuid>`, the same across retries.
 * Web Crypto only, so `verifyChatwootWebhook` from `@org/chatwoot/webhooks` accepts what this sends.
 */

/** Options of {@link sendChatwootWebhook} and {@link chatwootWebhookHeaders}. */
export interface ChatwootWebhookSendOptions {
  /** The webhook's secret; without one the delivery is unsigned (as Chatwoot before 4.11.2). */
  readonly secret?: string;
  /** Default a new UUID; reuse one to play a retry. */
  readonly deliveryId?: string;
  /** Unix seconds to sign with; default now. */
  readonly timestamp?: number;
  /** Aborts the POST. */
  readonly signal?: AbortSignal;
}

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const bytes = new Uint8Array(await subtle.sign("HMAC", key, encoder.encode(message)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The headers Chatwoot sends with a delivery of `rawBody`: content type, delivery id and, with a
 * secret, timestamp and signature.
 */
export async function chatwootWebhookHeaders(rawBody: string, options: ChatwootWebhookSendOptions = {}): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "mock-chatwoot-webhooks",
    "x-chatwoot-delivery": options.deliveryId ?? globalThis.crypto.randomUUID(),
  };
  if (options.secret === undefined) return headers;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return { ...headers, "x-chatwoot-timestamp": timestamp, "x-chatwoot-signature": `sha256=${await hmacHex(options.secret, `${timestamp}.${rawBody}`)}` };
}

/**
 * POSTs a Chatwoot webhook delivery to `url`, signed as Chatwoot signs it: use it to test your
 * receiver end to end without a Chatwoot. `payload` is what Chatwoot sends for the event (for
 * `message_created`, the message with its `conversation`, `sender`, `account` and `inbox`);
 * its `event` field is set to `event`.
 *
 * @example
 * ```ts
 * await sendChatwootWebhook("http://127.0.0.1:3000/webhooks/chatwoot", "message_created", payload, { secret: "whsec" });
 * ```
 * @returns the receiver's response.
 */
export async function sendChatwootWebhook(
  url: string | URL,
  event: string,
  payload: Readonly<Record<string, unknown>>,
  options: ChatwootWebhookSendOptions = {},
): Promise<Response> {
  const body = JSON.stringify({ ...payload, event });
  const headers = await chatwootWebhookHeaders(body, options);
  return fetch(url, { method: "POST", headers, body, ...(options.signal === undefined ? {} : { signal: options.signal }) });
}
