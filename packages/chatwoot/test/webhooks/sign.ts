/**
 * An independent signer for the tests: node:crypto, exactly as Chatwoot's
 * lib/webhooks/trigger.rb does it (`sha256=` + hex HMAC-SHA256 of "<timestamp>.<body>").
 * The code under test uses Web Crypto only; these vectors do not share its code.
 */
import { createHmac } from "node:crypto";

export function sign(secret: string, timestamp: number | string, body: string | Uint8Array): string {
  const mac = createHmac("sha256", secret);
  mac.update(`${timestamp}.`);
  mac.update(body);
  return `sha256=${mac.digest("hex")}`;
}

/** The headers of a signed delivery. */
export type SignedHeaders = {
  "content-type": string;
  "x-chatwoot-signature": string;
  "x-chatwoot-timestamp": string;
  "x-chatwoot-delivery": string;
};

export function signedHeaders(secret: string, timestamp: number, body: string | Uint8Array, deliveryId = "6f1c2a3e-58d4-4c1b-9a7e-2b0d9c4e7f10"): SignedHeaders {
  return {
    "content-type": "application/json",
    "x-chatwoot-signature": sign(secret, timestamp, body),
    "x-chatwoot-timestamp": String(timestamp),
    "x-chatwoot-delivery": deliveryId,
  };
}
