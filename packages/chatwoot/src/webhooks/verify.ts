/**
 * `verifyChatwootWebhook`: check a delivery's signature and timestamp on the raw body, then
 * parse it into a typed event.
 *
 * Chatwoot (lib/webhooks/trigger.rb, account webhooks since 4.11.2, API inboxes and agent bots
 * since 4.13) signs `"<X-Chatwoot-Timestamp>.<raw body>"` with HMAC-SHA256 under the webhook's
 * secret and sends `X-Chatwoot-Signature: sha256=<lower-case hex>`. The timestamp is taken per
 * attempt; `X-Chatwoot-Delivery` stays the same across retries.
 */
import { InvalidRequestError } from "@org/runtime/errors";
import { WebhookVerificationError, type WebhookVerificationReason } from "./error.js";
import { type ChatwootWebhookEvent, isKnownChatwootEventName } from "./events.js";
import { DELIVERY_HEADER, type HeadersLike, readHeader, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./headers.js";
import { concatBytes, fromHex, hmacSha256, timingSafeEqual, toBytes } from "./hmac.js";

/** Options of {@link verifyChatwootWebhook}. */
export interface VerifyChatwootWebhookOptions {
  /** The request body exactly as received (never a re-serialized object). */
  rawBody: string | Uint8Array | ArrayBuffer;
  /** The request headers: a `Headers`, Node's `req.headers` or a plain object (any key case). */
  headers: HeadersLike;
  /**
   * The webhook's secret, or several while you rotate it (the delivery passes when any one
   * matches). Required unless `allowUnsigned` is true.
   */
  secret?: string | readonly string[];
  /** How far the timestamp may be from now, either way, in seconds. Default 300. */
  toleranceSeconds?: number;
  /** The current time in milliseconds since the epoch (tests inject it). Default `Date.now()`. */
  now?: number;
  /**
   * Accept a delivery that carries neither signature nor timestamp (Chatwoot before 4.11.2, or a
   * webhook without a secret). Default false: such deliveries are refused with `missing_header`.
   * A delivery that does carry a signature is always verified.
   */
  allowUnsigned?: boolean;
}

const VENDOR = "chatwoot";
const SIGNATURE_FORMAT = /^sha256=([0-9a-f]{64})$/;
const TIMESTAMP_FORMAT = /^\d{1,12}$/;
const DOT = new Uint8Array([0x2e]);
const decoder = new TextDecoder("utf-8", { fatal: true });

function refuse(reason: WebhookVerificationReason, detail: string): WebhookVerificationError {
  return new WebhookVerificationError({ vendor: VENDOR, reason, detail });
}

function invalidOption(parameter: string, detail: string): InvalidRequestError {
  return new InvalidRequestError({ vendor: VENDOR, reason: "invalid_option", parameter, detail });
}

function secretsOf(secret: VerifyChatwootWebhookOptions["secret"]): readonly string[] {
  const list: readonly unknown[] = secret === undefined ? [] : typeof secret === "string" ? [secret] : Array.isArray(secret) ? (secret as readonly unknown[]) : [null];
  if (!list.every((s): s is string => typeof s === "string" && s.length > 0)) {
    throw invalidOption("secret", "verifyChatwootWebhook: `secret` must be a non-empty string or a list of them");
  }
  return list;
}

/**
 * Verify a Chatwoot webhook delivery and return its typed event.
 *
 * @param options - The raw body, the headers, the secret(s) and the tolerance.
 * @returns The event, typed by its name, with the delivery id and timestamp.
 * @throws {@link WebhookVerificationError} when the delivery must not be trusted, with a `reason`.
 * @throws `InvalidRequestError` (reason `invalid_option`) for a missing or empty secret or a bad tolerance.
 *
 * @example
 * ```ts
 * import { verifyChatwootWebhook } from "@org/chatwoot/webhooks";
 *
 * export async function receive(request: Request): Promise<Response> {
 *   const delivery = await verifyChatwootWebhook({
 *     rawBody: await request.text(),
 *     headers: request.headers,
 *     secret: "the webhook's secret",
 *   });
 *   if (delivery.known && delivery.event === "message_created") console.log(delivery.payload.content);
 *   return new Response(null, { status: 204 });
 * }
 * ```
 */
export async function verifyChatwootWebhook(options: VerifyChatwootWebhookOptions): Promise<ChatwootWebhookEvent> {
  const { rawBody, headers, toleranceSeconds = 300, now = Date.now(), allowUnsigned = false } = options;
  if (!(typeof toleranceSeconds === "number" && Number.isFinite(toleranceSeconds) && toleranceSeconds >= 0)) {
    throw invalidOption("toleranceSeconds", "verifyChatwootWebhook: `toleranceSeconds` must be a finite number ≥ 0");
  }
  if (!(typeof now === "number" && Number.isFinite(now))) throw invalidOption("now", "verifyChatwootWebhook: `now` must be milliseconds since the epoch");
  const secrets = secretsOf(options.secret);
  if (secrets.length === 0 && !allowUnsigned) {
    throw invalidOption("secret", "verifyChatwootWebhook: pass the webhook's `secret` (or `allowUnsigned: true` to accept unsigned deliveries)");
  }

  const body = toBytes(rawBody);
  const signature = readHeader(headers, SIGNATURE_HEADER);
  const timestampText = readHeader(headers, TIMESTAMP_HEADER);
  const deliveryId = readHeader(headers, DELIVERY_HEADER)?.trim() || null;

  let timestamp: number | null = null;
  if (signature === undefined && timestampText === undefined && allowUnsigned) {
    // An unsigned delivery the caller chose to accept.
  } else {
    if (signature === undefined || timestampText === undefined) {
      throw refuse("missing_header", `the delivery lacks ${signature === undefined ? "X-Chatwoot-Signature" : "X-Chatwoot-Timestamp"}`);
    }
    const hex = SIGNATURE_FORMAT.exec(signature.trim())?.[1];
    if (hex === undefined) throw refuse("malformed_signature", "X-Chatwoot-Signature is not `sha256=` followed by 64 lower-case hex digits");
    if (!TIMESTAMP_FORMAT.test(timestampText.trim())) throw refuse("malformed_signature", "X-Chatwoot-Timestamp is not unix seconds");
    if (secrets.length === 0) throw invalidOption("secret", "verifyChatwootWebhook: the delivery is signed; pass the webhook's `secret`");
    timestamp = Number(timestampText.trim());
    const skew = now / 1000 - timestamp;
    if (Math.abs(skew) > toleranceSeconds) {
      throw refuse("stale_timestamp", `the timestamp is ${Math.round(Math.abs(skew))} s in the ${skew > 0 ? "past" : "future"} (tolerance ${toleranceSeconds} s)`);
    }
    const expected = fromHex(hex) as Uint8Array;
    const signed = concatBytes(concatBytes(toBytes(timestampText.trim()), DOT), body);
    let match = false;
    for (const secret of secrets) {
      // Every secret is tried, so the time taken does not tell which one matched.
      if (timingSafeEqual(await hmacSha256(secret, signed), expected)) match = true;
    }
    if (!match) throw refuse("bad_signature", "the signature does not match the body and timestamp under any configured secret");
  }

  let payload: unknown;
  try {
    payload = JSON.parse(decoder.decode(body));
  } catch {
    throw refuse("invalid_json", "the body is not UTF-8 JSON");
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) throw refuse("invalid_json", "the body is not a JSON object");
  const name = (payload as { event?: unknown }).event;
  const event = typeof name === "string" ? name : "";
  const info = { deliveryId, timestamp, signed: timestamp !== null };
  return isKnownChatwootEventName(event)
    ? ({ ...info, known: true, event, payload } as ChatwootWebhookEvent)
    : { ...info, known: false, event, payload };
}
