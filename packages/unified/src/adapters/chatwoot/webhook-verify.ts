/**
 * Chatwoot's webhook verification, as the vendor-free `webhooks/` side uses it: verify a delivery
 * with `@org/chatwoot/webhooks` and map it to a unified event. `webhooks/` imports this module and
 * never the vendor package, so every Chatwoot dependency stays under `adapters/chatwoot/`.
 */
import { type HeadersLike, verifyChatwootWebhook } from "@org/chatwoot/webhooks";
import type { UnifiedEvent } from "./webhook-events.js";
import { chatwootEvent } from "./webhook.js";

export { createMemoryDeliveryStore, type DeliveryStore, type HeadersLike, type MemoryDeliveryStoreOptions, WebhookVerificationError, type WebhookVerificationReason } from "@org/chatwoot/webhooks";

/** How to verify and map deliveries: the verifier's options, the connection name and account id. */
export interface ChatwootDeliveryOptions {
  readonly secret?: string | readonly string[] | undefined;
  readonly toleranceSeconds?: number | undefined;
  readonly allowUnsigned?: boolean | undefined;
  readonly connection?: string | undefined;
  readonly accountId?: number | undefined;
}

/**
 * Verify one delivery (`rawBody` and `headers` as received, `now` in ms since the epoch) and
 * normalize it.
 *
 * @throws `WebhookVerificationError` when the delivery must not be trusted.
 */
export async function parseChatwootDelivery(options: ChatwootDeliveryOptions, rawBody: string | Uint8Array | ArrayBuffer, headers: HeadersLike, now: number): Promise<UnifiedEvent> {
  const { connection = null, accountId, ...verify } = options;
  const verified = await verifyChatwootWebhook({ ...verify, rawBody, headers, now });
  return chatwootEvent(verified, { connection, accountId, receivedAt: new Date(now).toISOString() });
}
