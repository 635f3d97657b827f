/**
 * verifyChatwootWebhook's refusals say what was wrong in the caller's own words (which header,
 * which option, past or future), and its option checks hold at their edges. Written to kill the
 * mutants Stryker found surviving (issue 18): each test pins a message or a boundary.
 */
import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "@org/runtime/errors";
import { verifyChatwootWebhook, WebhookVerificationError } from "../../src/webhooks/index.js";
import { signedHeaders } from "./sign.js";

const SECRET = "whsec-test-8Jq2vX";
const NOW_S = 1_767_225_600;
const NOW = NOW_S * 1000;
const BODY = '{"event":"conversation_created","id":42}';

/** The signed headers of BODY without one of them. */
function without(name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(signedHeaders(SECRET, NOW_S, BODY)).filter(([k]) => k !== name));
}

async function refusal(promise: Promise<unknown>): Promise<{ reason?: string; parameter?: string; message: string; name: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error("expected a rejection");
  return { ...(error as object), message: error.message, name: error.name };
}

describe("verifyChatwootWebhook: messages that name what was wrong", () => {
  it("names the missing header", async () => {
    const noTimestamp = without("x-chatwoot-timestamp");
    const noSignature = without("x-chatwoot-signature");
    expect(await refusal(verifyChatwootWebhook({ rawBody: BODY, headers: noTimestamp, secret: SECRET, now: NOW }))).toMatchObject({
      reason: "missing_header",
      message: "[chatwoot] webhook refused (missing_header): the delivery lacks X-Chatwoot-Timestamp",
    });
    expect(await refusal(verifyChatwootWebhook({ rawBody: BODY, headers: noSignature, secret: SECRET, now: NOW }))).toMatchObject({
      reason: "missing_header",
      message: "[chatwoot] webhook refused (missing_header): the delivery lacks X-Chatwoot-Signature",
    });
  });

  it("with allowUnsigned, half a signature is still refused (only a delivery with neither header is unsigned)", async () => {
    const noTimestamp = without("x-chatwoot-timestamp");
    const noSignature = without("x-chatwoot-signature");
    for (const headers of [noTimestamp, noSignature]) {
      expect(await refusal(verifyChatwootWebhook({ rawBody: BODY, headers, allowUnsigned: true, now: NOW }))).toMatchObject({ reason: "missing_header" });
    }
    const unsigned = await verifyChatwootWebhook({ rawBody: BODY, headers: {}, allowUnsigned: true, now: NOW });
    expect(unsigned).toMatchObject({ signed: false, timestamp: null, deliveryId: null, event: "conversation_created" });
  });

  it("says which of signature and timestamp is malformed", async () => {
    const headers = signedHeaders(SECRET, NOW_S, BODY);
    expect((await refusal(verifyChatwootWebhook({ rawBody: BODY, headers: { ...headers, "x-chatwoot-signature": "sha1=abc" }, secret: SECRET, now: NOW }))).message).toBe(
      "[chatwoot] webhook refused (malformed_signature): X-Chatwoot-Signature is not `sha256=` followed by 64 lower-case hex digits",
    );
    expect((await refusal(verifyChatwootWebhook({ rawBody: BODY, headers: { ...headers, "x-chatwoot-timestamp": "soon" }, secret: SECRET, now: NOW }))).message).toBe(
      "[chatwoot] webhook refused (malformed_signature): X-Chatwoot-Timestamp is not unix seconds",
    );
  });

  it("trims the signature and the timestamp, and reads both as sent", async () => {
    const headers = signedHeaders(SECRET, NOW_S, BODY);
    const padded = { ...headers, "x-chatwoot-signature": ` ${headers["x-chatwoot-signature"]} `, "x-chatwoot-timestamp": ` ${String(NOW_S)} ` };
    await expect(verifyChatwootWebhook({ rawBody: BODY, headers: padded, secret: SECRET, now: NOW })).resolves.toMatchObject({ timestamp: NOW_S, signed: true });
  });

  it("says how stale a timestamp is and in which direction", async () => {
    const at = (t: number) => refusal(verifyChatwootWebhook({ rawBody: BODY, headers: signedHeaders(SECRET, t, BODY), secret: SECRET, now: NOW }));
    expect((await at(NOW_S - 301)).message).toBe("[chatwoot] webhook refused (stale_timestamp): the timestamp is 301 s in the past (tolerance 300 s)");
    expect((await at(NOW_S + 400)).message).toBe("[chatwoot] webhook refused (stale_timestamp): the timestamp is 400 s in the future (tolerance 300 s)");
  });

  it("says why a body is not an event", async () => {
    for (const [rawBody, detail] of [
      ["{not json", "the body is not UTF-8 JSON"],
      ["null", "the body is not a JSON object"],
      ["[1,2]", "the body is not a JSON object"],
      ['"text"', "the body is not a JSON object"],
      ["7", "the body is not a JSON object"],
    ] as const) {
      const error = await refusal(verifyChatwootWebhook({ rawBody, headers: signedHeaders(SECRET, NOW_S, rawBody), secret: SECRET, now: NOW }));
      expect(error, rawBody).toMatchObject({ reason: "invalid_json", message: `[chatwoot] webhook refused (invalid_json): ${detail}` });
    }
  });

  it("names a bad signature without naming the secret", async () => {
    const error = await refusal(verifyChatwootWebhook({ rawBody: BODY, headers: signedHeaders("other", NOW_S, BODY), secret: SECRET, now: NOW }));
    expect(error.message).toBe("[chatwoot] webhook refused (bad_signature): the signature does not match the body and timestamp under any configured secret");
  });

  it("trims the delivery id; a blank one is null", async () => {
    const ok = (id: string) => verifyChatwootWebhook({ rawBody: BODY, headers: signedHeaders(SECRET, NOW_S, BODY, id), secret: SECRET, now: NOW });
    expect((await ok("  d-1  ")).deliveryId).toBe("d-1");
    expect((await ok("   ")).deliveryId).toBeNull();
  });

  it("gives an event name only when the body's `event` is a string", async () => {
    const body = '{"event":42}';
    const delivery = await verifyChatwootWebhook({ rawBody: body, headers: signedHeaders(SECRET, NOW_S, body), secret: SECRET, now: NOW });
    expect(delivery).toMatchObject({ known: false, event: "" });
  });
});

describe("verifyChatwootWebhook: option checks at their edges", () => {
  const call = (options: Record<string, unknown>) =>
    refusal(verifyChatwootWebhook({ rawBody: BODY, headers: signedHeaders(SECRET, NOW_S, BODY), secret: SECRET, now: NOW, ...options }));

  it("toleranceSeconds: a finite number ≥ 0 (0 is allowed), named in the error", async () => {
    for (const toleranceSeconds of [-1, Number.NaN, Number.POSITIVE_INFINITY, "300"]) {
      const error = await call({ toleranceSeconds });
      expect(error, String(toleranceSeconds)).toMatchObject({ name: "InvalidRequestError", parameter: "toleranceSeconds" });
      expect(error.message, String(toleranceSeconds)).toContain("verifyChatwootWebhook: `toleranceSeconds` must be a finite number ≥ 0");
    }
    await expect(verifyChatwootWebhook({ rawBody: BODY, headers: signedHeaders(SECRET, NOW_S, BODY), secret: SECRET, now: NOW, toleranceSeconds: 0 })).resolves.toMatchObject({ signed: true });
  });

  it("now: finite milliseconds, named in the error", async () => {
    for (const now of [Number.NaN, Number.POSITIVE_INFINITY, "1767225600000"]) {
      const error = await call({ now });
      expect(error, String(now)).toMatchObject({ name: "InvalidRequestError", parameter: "now" });
      expect(error.message).toContain("verifyChatwootWebhook: `now` must be milliseconds since the epoch");
    }
  });

  it("secret: a non-empty string or a list of them; none at all asks for one or allowUnsigned", async () => {
    for (const secret of ["", [], [""], ["ok", 3], 3, {}]) {
      const error = await call({ secret });
      expect(error, JSON.stringify(secret)).toMatchObject({ name: "InvalidRequestError", reason: "invalid_option", parameter: "secret" });
    }
    for (const secret of [[""], 3, {}]) expect((await call({ secret })).message, JSON.stringify(secret)).toContain("`secret` must be a non-empty string or a list of them");
    expect((await call({ secret: [] })).message).toContain("pass the webhook's `secret` (or `allowUnsigned: true` to accept unsigned deliveries)");
    expect((await call({ secret: undefined })).message).toContain("pass the webhook's `secret` (or `allowUnsigned: true`");
  });

  it("a signed delivery with allowUnsigned and no secret asks for the secret", async () => {
    const error = await call({ secret: undefined, allowUnsigned: true });
    expect(error).toMatchObject({ name: "InvalidRequestError", parameter: "secret" });
    expect(error.message).toContain("verifyChatwootWebhook: the delivery is signed; pass the webhook's `secret`");
    expect(new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "secret", detail: "x" })).toBeInstanceOf(Error);
    expect(WebhookVerificationError.errorKind).toBe("WebhookVerificationError");
  });
});
