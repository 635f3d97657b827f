/**
 * Chatwoot's webhook verification, as the vendor-free `webhooks/` side uses it: verify a delivery
 * with `@org/chatwoot/webhooks` and map it to a unified event. `webhooks/` imports this module and
 * never the vendor package, so every Chatwoot dependency stays under `adapters/chatwoot/`.
 */
import { type HeadersLike, verifyChatwootWebhook } from "@org/chatwoot/webhooks";
import type { UnifiedEvent } from "./webhook-events.js";
import { chatwootEvent } from "./webhook.js";

export { createMemoryDeliveryStore, type DeliveryStore, type HeadersLike, type MemoryDeliveryStoreOptions, WebhookVerificationError, type WebhookVerificationReason } from "@org/chatwoot/webhooks";

/** What verifying and mapping one delivery needs. */
export interface ChatwootDeliveryInput {
  readonly rawBody: string | Uint8Array | ArrayBuffer;
  readonly headers: HeadersLike;
  readonly secret?: string | readonly string[] | undefined;
  readonly toleranceSeconds?: number | undefined;
  readonly allowUnsigned?: boolean | undefined;
  /** The clock, in ms since the epoch. */
  readonly now: number;
  readonly connection: string | null;
  readonly accountId?: number | undefined;
}

/**
 * Verify one delivery and normalize it.
 *
 * @throws `WebhookVerificationError` when the delivery must not be trusted.
 */
export async function parseChatwootDelivery(input: ChatwootDeliveryInput): Promise<UnifiedEvent> {
  const { connection, accountId, now, ...verify } = input;
  const verified = await verifyChatwootWebhook({ ...verify, now });
  return chatwootEvent(verified, { connection, accountId, receivedAt: new Date(now).toISOString() });
}
