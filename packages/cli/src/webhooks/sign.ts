/**
 * Chatwoot's delivery signature, so a receiver's real verification accepts what the CLI sends:
 * `X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`, with
 * `X-Chatwoot-Timestamp` (unix seconds) and `X-Chatwoot-Delivery` (a UUID per delivery).
 * The header names come from `@org/chatwoot/webhooks`; the HMAC is node:crypto's (the package
 * exports no signer yet).
 */
import { createHmac, randomUUID } from "node:crypto";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@org/chatwoot/webhooks";

/** What to sign. */
export interface SignInput {
  readonly body: string;
  /** Without a secret the delivery is sent unsigned, as Chatwoot does for a webhook with none. */
  readonly secret: string | undefined;
  readonly timestampSeconds: number;
  /** Keep the same id across retries of one delivery. */
  readonly deliveryId?: string;
}

/** The headers of one delivery attempt. */
export function deliveryHeaders({ body, secret, timestampSeconds, deliveryId }: SignInput): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json", [DELIVERY_HEADER]: deliveryId ?? randomUUID(), "user-agent": "conversations-cli" };
  if (secret !== undefined && secret !== "") {
    const timestamp = String(Math.floor(timestampSeconds));
    headers[TIMESTAMP_HEADER] = timestamp;
    headers[SIGNATURE_HEADER] = `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
  }
  return headers;
}
