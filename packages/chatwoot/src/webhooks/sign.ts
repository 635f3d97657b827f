/**
 * `signChatwootWebhook`: the inverse of {@link verifyChatwootWebhook}. It makes the body and
 * headers of a delivery as Chatwoot's lib/webhooks/trigger.rb sends them (≥ 4.11.2): the JSON
 * body, `X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`,
 * `X-Chatwoot-Timestamp` and `X-Chatwoot-Delivery`. For tests and local replays.
 */
import { InvalidRequestError } from "@org/runtime/errors";
import { hmacSha256, toBytes, toHex } from "./hmac.js";

/** Options of {@link signChatwootWebhook}. */
export interface SignChatwootWebhookOptions {
  /** The event object (serialized with `JSON.stringify`) or the exact body text to sign. */
  payload: object | string;
  /** The webhook's secret. */
  secret: string;
  /** Unix seconds of the attempt. Default: now. */
  timestamp?: number;
  /** The delivery id (`X-Chatwoot-Delivery`). Default: a random UUID. */
  deliveryId?: string;
}

/** The headers a signed Chatwoot delivery carries (lower-case names). A type, not an interface, so it is a `HeadersLike` too. */
export type SignedChatwootHeaders = {
  "content-type": "application/json";
  "x-chatwoot-signature": string;
  "x-chatwoot-timestamp": string;
  "x-chatwoot-delivery": string;
};

/** A signed delivery: POST `body` with `headers` to the receiver under test. */
export interface SignedChatwootDelivery {
  /** The exact body that was signed. */
  body: string;
  /** The delivery's headers. */
  headers: SignedChatwootHeaders;
}

function invalid(parameter: string, detail: string): InvalidRequestError {
  return new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter, detail: `signChatwootWebhook: ${detail}` });
}

/**
 * Sign a webhook delivery the way Chatwoot does, so that {@link verifyChatwootWebhook} (or any
 * receiver) accepts it.
 *
 * @param options - The payload, the secret, and optionally the timestamp and delivery id.
 * @returns The body and headers to POST.
 * @throws `InvalidRequestError` (reason `invalid_option`) for an empty secret, a bad timestamp or a payload that is not JSON-serializable.
 *
 * @example
 * ```ts
 * import { signChatwootWebhook } from "@org/chatwoot/webhooks";
 *
 * const { body, headers } = await signChatwootWebhook({ payload: { event: "conversation_created", id: 42 }, secret: "whsec" });
 * await fetch("http://127.0.0.1:3000/webhooks/chatwoot", { method: "POST", body, headers: { ...headers } });
 * ```
 */
export async function signChatwootWebhook(options: SignChatwootWebhookOptions): Promise<SignedChatwootDelivery> {
  const { payload, secret, timestamp = Math.floor(Date.now() / 1000), deliveryId = globalThis.crypto.randomUUID() } = options;
  if (typeof secret !== "string" || secret.length === 0) throw invalid("secret", "`secret` must be a non-empty string");
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw invalid("timestamp", "`timestamp` must be whole unix seconds");
  if (typeof deliveryId !== "string" || deliveryId.length === 0) throw invalid("deliveryId", "`deliveryId` must be a non-empty string");
  let body: string | undefined;
  try {
    body = typeof payload === "string" ? payload : JSON.stringify(payload);
  } catch (cause) {
    throw new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "payload", detail: "signChatwootWebhook: `payload` cannot be serialized as JSON", cause });
  }
  if (typeof body !== "string") throw invalid("payload", "`payload` must be an object or a string");
  const mac = await hmacSha256(secret, toBytes(`${timestamp}.${body}`) as Uint8Array<ArrayBuffer>);
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-chatwoot-signature": `sha256=${toHex(mac)}`,
      "x-chatwoot-timestamp": String(timestamp),
      "x-chatwoot-delivery": deliveryId,
    },
  };
}
