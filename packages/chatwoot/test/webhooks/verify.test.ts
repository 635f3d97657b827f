import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { InvalidRequestError, SdkError } from "@org/runtime/errors";
import { isChatwootEvent, verifyChatwootWebhook, WebhookVerificationError, type WebhookVerificationReason } from "../../src/webhooks/index.js";
import { sign, signedHeaders } from "./sign.js";

const SECRET = "whsec-test-8Jq2vX";
const NOW_S = 1_767_225_600; // 2026-01-01T00:00:00Z
const NOW = NOW_S * 1000;

/** A message_created body as Rails renders it: `/` escaped as `\/`, `<` as `\u003c`, a non-ASCII name. */
const BODY =
  '{"account":{"id":1,"name":"Acme"},"content":"Caf\u00e9 \u2615 \\u003cb\\u003e at https:\\/\\/acme.example\\/x","content_type":"text",' +
  '"conversation":{"id":42,"inbox_id":3,"status":"open"},"created_at":"2026-01-01T00:00:00.123Z","id":9001,"inbox":{"id":3,"name":"API"},' +
  '"message_type":"incoming","private":false,"sender":{"id":7,"name":"Zoë Ñandú","email":null},"source_id":null,"event":"message_created"}';

async function reasonOf(promise: Promise<unknown>): Promise<WebhookVerificationReason> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  expect(error).toBeInstanceOf(SdkError);
  return (error as WebhookVerificationError).reason;
}

describe("verifyChatwootWebhook: vectors signed with node:crypto", () => {
  it("accepts a unicode body with escaped slashes, exactly as received (string and bytes)", async () => {
    const headers = signedHeaders(SECRET, NOW_S, BODY);
    for (const rawBody of [BODY, new TextEncoder().encode(BODY), new TextEncoder().encode(BODY).buffer]) {
      const delivery = await verifyChatwootWebhook({ rawBody, headers, secret: SECRET, now: NOW });
      expect(delivery.known).toBe(true);
      expect(delivery.event).toBe("message_created");
      expect(delivery.deliveryId).toBe("6f1c2a3e-58d4-4c1b-9a7e-2b0d9c4e7f10");
      expect(delivery.timestamp).toBe(NOW_S);
      expect(delivery.signed).toBe(true);
      if (!isChatwootEvent(delivery, "message_created")) throw new Error("not narrowed");
      expect(delivery.payload.content).toBe("Café ☕ <b> at https://acme.example/x");
      expect(delivery.payload.conversation.id).toBe(42);
    }
  });

  it("refuses the same JSON re-serialized (the signature covers the bytes, not the object)", async () => {
    const headers = signedHeaders(SECRET, NOW_S, BODY);
    const reserialized = JSON.stringify(JSON.parse(BODY));
    expect(reserialized).not.toBe(BODY);
    expect(await reasonOf(verifyChatwootWebhook({ rawBody: reserialized, headers, secret: SECRET, now: NOW }))).toBe("bad_signature");
  });

  it("refuses a signature over the body alone (no timestamp), the mistake of issue #13809", async () => {
    const { createHmac } = await import("node:crypto");
    const bodyOnly = `sha256=${createHmac("sha256", SECRET).update(BODY).digest("hex")}`;
    const headers = { ...signedHeaders(SECRET, NOW_S, BODY), "x-chatwoot-signature": bodyOnly };
    expect(await reasonOf(verifyChatwootWebhook({ rawBody: BODY, headers, secret: SECRET, now: NOW }))).toBe("bad_signature");
  });

  it("applies the tolerance both ways, inclusive at the edge", async () => {
    const at = (t: number) => verifyChatwootWebhook({ rawBody: BODY, headers: signedHeaders(SECRET, t, BODY), secret: SECRET, now: NOW });
    await expect(at(NOW_S - 300)).resolves.toMatchObject({ event: "message_created" });
    await expect(at(NOW_S + 300)).resolves.toMatchObject({ event: "message_created" });
    expect(await reasonOf(at(NOW_S - 301))).toBe("stale_timestamp");
    expect(await reasonOf(at(NOW_S + 301))).toBe("stale_timestamp");
    const custom = verifyChatwootWebhook({ rawBody: BODY, headers: signedHeaders(SECRET, NOW_S - 30, BODY), secret: SECRET, now: NOW, toleranceSeconds: 10 });
    expect(await reasonOf(custom)).toBe("stale_timestamp");
  });

  it("accepts any secret of a rotation list, and refuses when none matches", async () => {
    const headers = signedHeaders("new-secret", NOW_S, BODY);
    await expect(verifyChatwootWebhook({ rawBody: BODY, headers, secret: ["old-secret", "new-secret"], now: NOW })).resolves.toMatchObject({ known: true });
    expect(await reasonOf(verifyChatwootWebhook({ rawBody: BODY, headers, secret: ["old-secret", "other"], now: NOW }))).toBe("bad_signature");
  });

  it("reads headers from a Headers object, Node's lower-case object and any-case plain objects", async () => {
    const base = signedHeaders(SECRET, NOW_S, BODY);
    const upper = Object.fromEntries(Object.entries(base).map(([k, v]) => [k.replace(/(^|-)([a-z])/g, (m) => m.toUpperCase()), v]));
    // Node's req.headers: lower-case keys, `string | string[] | undefined` values.
    const node: IncomingHttpHeaders = { ...base, "set-cookie": ["a=1", "b=2"], "x-absent": undefined };
    for (const headers of [new Headers(base), base, upper, node]) {
      await expect(verifyChatwootWebhook({ rawBody: BODY, headers, secret: SECRET, now: NOW })).resolves.toMatchObject({ event: "message_created" });
    }
  });

  it("gives each reason code", async () => {
    const good = signedHeaders(SECRET, NOW_S, BODY);
    const run = (headers: Readonly<Record<string, string>>, rawBody = BODY) => reasonOf(verifyChatwootWebhook({ rawBody, headers, secret: SECRET, now: NOW }));
    const without = (name: string) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== name));
    expect(await run(without("x-chatwoot-signature"))).toBe("missing_header");
    expect(await run(without("x-chatwoot-timestamp"))).toBe("missing_header");
    expect(await run({ "content-type": "application/json" })).toBe("missing_header");
    expect(await run({ ...good, "x-chatwoot-signature": good["x-chatwoot-signature"].slice("sha256=".length) })).toBe("malformed_signature");
    expect(await run({ ...good, "x-chatwoot-signature": "sha1=abc" })).toBe("malformed_signature");
    expect(await run({ ...good, "x-chatwoot-timestamp": "2026-01-01T00:00:00Z" })).toBe("malformed_signature");
    expect(await run(signedHeaders(SECRET, NOW_S - 3600, BODY))).toBe("stale_timestamp");
    expect(await run(signedHeaders("wrong", NOW_S, BODY))).toBe("bad_signature");
    expect(await run(signedHeaders(SECRET, NOW_S, "not json"), "not json")).toBe("invalid_json");
    expect(await run(signedHeaders(SECRET, NOW_S, "[1,2]"), "[1,2]")).toBe("invalid_json");
    const badUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    expect(await reasonOf(verifyChatwootWebhook({ rawBody: badUtf8, headers: signedHeaders(SECRET, NOW_S, badUtf8), secret: SECRET, now: NOW }))).toBe("invalid_json");
  });

  it("never puts the secret, the signature or the body in the error", async () => {
    const headers = signedHeaders(SECRET, NOW_S, BODY);
    const forged = { ...headers, "x-chatwoot-signature": sign("attacker", NOW_S, BODY) };
    const error = (await verifyChatwootWebhook({ rawBody: BODY, headers: forged, secret: SECRET, now: NOW }).then(
      () => undefined,
      (e: unknown) => e,
    )) as WebhookVerificationError;
    const text = [error.message, String(error), JSON.stringify(error), error.stack ?? ""].join("\n");
    for (const leak of [SECRET, forged["x-chatwoot-signature"].slice(7), headers["x-chatwoot-signature"].slice(7), "Ñandú"]) expect(text).not.toContain(leak);
    expect(error.vendor).toBe("chatwoot");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "WebhookVerificationError", reason: "bad_signature", vendor: "chatwoot" });
  });

  it("refuses unsigned deliveries unless the caller opts in, and still verifies a signed one then", async () => {
    const unsigned = { "content-type": "application/json", "x-chatwoot-delivery": "d-1" };
    expect(await reasonOf(verifyChatwootWebhook({ rawBody: BODY, headers: unsigned, secret: SECRET, now: NOW }))).toBe("missing_header");
    const accepted = await verifyChatwootWebhook({ rawBody: BODY, headers: unsigned, allowUnsigned: true, now: NOW });
    expect(accepted).toMatchObject({ signed: false, timestamp: null, deliveryId: "d-1", event: "message_created" });
    const forged = { ...signedHeaders("attacker", NOW_S, BODY) };
    expect(await reasonOf(verifyChatwootWebhook({ rawBody: BODY, headers: forged, secret: SECRET, allowUnsigned: true, now: NOW }))).toBe("bad_signature");
  });

  it("types an unknown event as its own variant instead of throwing", async () => {
    const body = '{"event":"conversation_exploded","id":1}';
    const delivery = await verifyChatwootWebhook({ rawBody: body, headers: signedHeaders(SECRET, NOW_S, body), secret: SECRET, now: NOW });
    expect(delivery).toMatchObject({ known: false, event: "conversation_exploded", payload: { id: 1 } });
    const noEvent = await verifyChatwootWebhook({ rawBody: "{}", headers: signedHeaders(SECRET, NOW_S, "{}"), secret: SECRET, now: NOW });
    expect(noEvent).toMatchObject({ known: false, event: "" });
  });

  it("rejects a missing or empty secret and a bad tolerance as caller errors (InvalidRequestError)", async () => {
    const headers = signedHeaders(SECRET, NOW_S, BODY);
    await expect(verifyChatwootWebhook({ rawBody: BODY, headers, now: NOW })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(verifyChatwootWebhook({ rawBody: BODY, headers, secret: "", now: NOW })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(verifyChatwootWebhook({ rawBody: BODY, headers, secret: [SECRET, ""], now: NOW })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(verifyChatwootWebhook({ rawBody: BODY, headers, secret: SECRET, toleranceSeconds: Number.NaN })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(verifyChatwootWebhook({ rawBody: BODY, headers, allowUnsigned: true, now: NOW })).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
