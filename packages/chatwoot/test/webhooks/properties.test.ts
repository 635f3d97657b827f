import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { verifyChatwootWebhook, WebhookVerificationError } from "../../src/webhooks/index.js";
import { signedHeaders } from "./sign.js";

const NOW_S = 1_767_225_600;
const NOW = NOW_S * 1000;
const secret = fc.string({ minLength: 1, maxLength: 40 });
const jsonObject = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }).map((o) => JSON.stringify({ ...o, event: "message_created" }));

/** Flip one bit of one character of `text` (staying in printable ASCII where it was). */
function flip(text: string, index: number, bit: number): string {
  const code = text.charCodeAt(index) ^ (1 << bit);
  return text.slice(0, index) + String.fromCharCode(code) + text.slice(index + 1);
}

async function refused(promise: Promise<unknown>): Promise<boolean> {
  return promise.then(
    () => false,
    (e: unknown) => e instanceof WebhookVerificationError,
  );
}

describe("verifyChatwootWebhook: properties", () => {
  it("verifies any JSON object body signed with the right secret", async () => {
    await fc.assert(
      fc.asyncProperty(secret, jsonObject, async (key, body) => {
        const delivery = await verifyChatwootWebhook({ rawBody: body, headers: signedHeaders(key, NOW_S, body), secret: key, now: NOW });
        expect(delivery.payload).toEqual(JSON.parse(body));
      }),
      { numRuns: 150 },
    );
  });

  it("refuses when any single byte of the body, the timestamp or the signature changes", async () => {
    await fc.assert(
      fc.asyncProperty(secret, jsonObject, fc.nat(), fc.integer({ min: 0, max: 6 }), fc.constantFrom("body", "timestamp", "signature"), async (key, body, at, bit, part) => {
        const headers = signedHeaders(key, NOW_S, body);
        const bytes = new TextEncoder().encode(body);
        let rawBody: Uint8Array = bytes;
        if (part === "body") {
          rawBody = bytes.slice();
          const i = at % rawBody.length;
          rawBody[i] = (rawBody[i] as number) ^ (1 << bit);
        } else if (part === "timestamp") {
          const t = headers["x-chatwoot-timestamp"];
          headers["x-chatwoot-timestamp"] = flip(t, at % t.length, bit);
        } else {
          const s = headers["x-chatwoot-signature"];
          // Only the hex digits after "sha256=".
          headers["x-chatwoot-signature"] = flip(s, 7 + (at % (s.length - 7)), bit);
        }
        expect(await refused(verifyChatwootWebhook({ rawBody, headers, secret: key, now: NOW, toleranceSeconds: 1e12 }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
