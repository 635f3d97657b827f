/**
 * `parseWebhook`: verify a delivery with the vendor's rules and normalize it.
 */
import { UnsupportedOperationError } from "@org/runtime/errors";
import type { Vendor } from "../adapters/built-in.js";
import { type HeadersLike, parseChatwootDelivery } from "../adapters/chatwoot/webhook-verify.js";
import type { UnifiedEvent } from "../adapters/chatwoot/webhook-events.js";

/** A delivery as received. */
export interface WebhookDelivery {
  /** The body exactly as received (never a re-serialized object). */
  rawBody: string | Uint8Array | ArrayBuffer;
  /** The request headers: a `Headers`, Node's `req.headers` or a plain object. */
  headers: HeadersLike;
}

/** How to verify a vendor's deliveries. */
export interface WebhookVerifyOptions {
  /** The signing secret, or several while you rotate it. */
  secret?: string | readonly string[];
  /** How far the delivery's timestamp may be from now, in seconds. Default 300. */
  toleranceSeconds?: number;
  /** Accept deliveries that carry no signature at all (older Chatwoot, webhooks without a secret). Default false. */
  allowUnsigned?: boolean;
  /** The current time in milliseconds since the epoch (tests inject it). Default `Date.now()`. */
  now?: number;
  /** The connection name events carry in `connection` and `ref` (the client's name for this account). Default `null`. */
  connection?: string;
  /** The Chatwoot account id, for `ref` on events whose payload does not name the account. */
  accountId?: number;
}

/**
 * Verify a vendor's webhook delivery and normalize it into a {@link UnifiedEvent}.
 *
 * @param vendor - The vendor that sent it. Only Chatwoot delivers webhooks.
 * @param delivery - The raw body and the headers.
 * @param options - The secret(s), tolerance and clock.
 * @returns The normalized event; an event the SDK does not map is `type: "unknown"`.
 * @throws `WebhookVerificationError` when the delivery must not be trusted (its `reason` says why).
 * @throws `UnsupportedOperationError` for a vendor without webhooks (5chat, LiveChatAI).
 */
export async function parseWebhook(vendor: Vendor, delivery: WebhookDelivery, options: WebhookVerifyOptions): Promise<UnifiedEvent> {
  if (vendor !== "chatwoot") {
    throw new UnsupportedOperationError({ vendor, operation: "parseWebhook", detail: `${vendor} documents no webhooks; poll listConversations instead` });
  }
  return parseChatwootDelivery(options, delivery.rawBody, delivery.headers, options.now ?? Date.now());
}
