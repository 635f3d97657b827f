/**
 * Chatwoot's delivery signature, so a receiver's real verification accepts what the CLI sends:
 * `signChatwootWebhook` of `@org/chatwoot/webhooks` (`X-Chatwoot-Signature: sha256=<hex
 * HMAC-SHA256(secret, "<timestamp>.<body>")>`, `X-Chatwoot-Timestamp`, `X-Chatwoot-Delivery`).
 * Without a secret the delivery goes unsigned, as Chatwoot sends for a webhook that has none.
 */
import { DELIVERY_HEADER, signChatwootWebhook } from "@org/chatwoot/webhooks";

/** What to sign. */
export interface SignInput {
  readonly body: string;
  readonly secret: string | undefined;
  readonly timestampSeconds: number;
  /** The same id across retries of one delivery. */
  readonly deliveryId: string;
}

/** The headers of one delivery attempt. */
export async function deliveryHeaders({ body, secret, timestampSeconds, deliveryId }: SignInput): Promise<Record<string, string>> {
  const common = { "user-agent": "conversations-cli" };
  if (secret === undefined || secret === "") return { ...common, "content-type": "application/json", [DELIVERY_HEADER]: deliveryId };
  const signed = await signChatwootWebhook({ payload: body, secret, timestamp: Math.floor(timestampSeconds), deliveryId });
  return { ...common, ...signed.headers };
}
