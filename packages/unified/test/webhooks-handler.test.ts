import { createServer, type Server } from "node:http";
import { InvalidRequestError } from "@org/runtime/errors";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createWebhookHandler, toNodeListener, type UnifiedEvent, type WebhookHandlerOptions } from "../src/webhooks/index.js";
import { NOW, payloadOf, SECRET, signedHeaders } from "./webhook-fixtures.js";

const URL_ = "http://127.0.0.1/webhooks/chatwoot";

function setup(overrides: Partial<WebhookHandlerOptions> = {}) {
  const events: UnifiedEvent[] = [];
  const errors: unknown[] = [];
  const handler = createWebhookHandler({
    chatwoot: { secret: SECRET },
    onEvent: (e) => {
      events.push(e);
    },
    onError: (e) => errors.push(e),
    now: () => NOW,
    ...overrides,
  });
  return { handler, events, errors };
}

function post(body: string, headers: Record<string, string>): Request {
  return new Request(URL_, { method: "POST", body, headers });
}

const BODY = JSON.stringify(payloadOf("message_created"));

describe("createWebhookHandler with real Request objects", () => {
  it("verifies, normalizes and hands the event to onEvent; 200", async () => {
    const { handler, events } = setup();
    const response = await handler(post(BODY, signedHeaders(BODY)));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "message.created", message: { conversationId: "42", sender: { role: "contact" } }, receivedAt: "2026-01-01T00:00:00.000Z" });
  });

  it("acknowledges a retried delivery (same X-Chatwoot-Delivery) without calling onEvent again", async () => {
    const { handler, events } = setup();
    expect((await handler(post(BODY, signedHeaders(BODY)))).status).toBe(200);
    const retry = await handler(post(BODY, signedHeaders(BODY, { timestamp: NOW / 1000 + 30 })));
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ received: true, duplicate: true });
    expect(events).toHaveLength(1);
    // The same message delivered again under another delivery id (chatwoot#11901) is the same logical event.
    expect(await (await handler(post(BODY, signedHeaders(BODY, { deliveryId: "another" })))).json()).toEqual({ received: true, duplicate: true });
    expect(events).toHaveLength(1);
  });

  it("answers 401 with the reason on verification failure and never calls onEvent", async () => {
    const { handler, events, errors } = setup();
    const forged = await handler(post(BODY, signedHeaders(BODY, { secret: "attacker" })));
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: "bad_signature" });
    const unsigned = await handler(post(BODY, { "content-type": "application/json" }));
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toEqual({ error: "missing_header" });
    const stale = await handler(post(BODY, signedHeaders(BODY, { timestamp: NOW / 1000 - 3600 })));
    expect(await stale.json()).toEqual({ error: "stale_timestamp" });
    expect(events).toHaveLength(0);
    expect(errors).toHaveLength(3);
    expect(errors.map(String).join("\n")).not.toContain(SECRET);
  });

  it("turns an onEvent failure into a 500 without details, and processes Chatwoot's retry", async () => {
    let calls = 0;
    const { handler, errors } = setup({
      onEvent: () => {
        calls += 1;
        if (calls === 1) throw new Error("database down: postgres://user:pw@db/prod");
      },
    });
    const failed = await handler(post(BODY, signedHeaders(BODY)));
    expect(failed.status).toBe(500);
    const text = await failed.text();
    expect(text).toBe('{"error":"internal error"}');
    expect(errors).toHaveLength(1);
    const retry = await handler(post(BODY, signedHeaders(BODY)));
    expect(retry.status).toBe(200);
    expect(calls).toBe(2);
  });

  it("refuses bodies over the limit (declared or streamed) with 413, and other methods with 405", async () => {
    const { handler, events } = setup({ maxBodyBytes: 100 });
    expect((await handler(post(BODY, signedHeaders(BODY)))).status).toBe(413);
    const chunks = new TextEncoder().encode(BODY);
    const streamed = new Request(URL_, {
      method: "POST",
      headers: signedHeaders(BODY),
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < chunks.length; i += 64) c.enqueue(chunks.slice(i, i + 64));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect((await handler(streamed)).status).toBe(413);
    expect((await handler(new Request(URL_))).status).toBe(405);
    expect(events).toHaveLength(0);
  });

  it("answers 400 for a signed body that is not a JSON object", async () => {
    const { handler } = setup();
    const response = await handler(post("[]", signedHeaders("[]")));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_json" });
  });
});

describe("createWebhookHandler options", () => {
  it("refuses a missing or empty secret, a non-function onEvent and a bad body limit at creation", () => {
    const onEvent = () => undefined;
    expect(() => createWebhookHandler({ chatwoot: {}, onEvent })).toThrow(InvalidRequestError);
    expect(() => createWebhookHandler({ chatwoot: { secret: "" }, onEvent })).toThrow(InvalidRequestError);
    expect(() => createWebhookHandler({ chatwoot: { secret: ["ok", ""] }, onEvent })).toThrow(InvalidRequestError);
    // A caller's untyped config (JSON, env parsing) can hand in anything: still the typed error, naming the option.
    const secret: unknown = 42;
    expect(() => createWebhookHandler({ chatwoot: { secret: secret as string }, onEvent })).toThrow(expect.objectContaining({ name: "InvalidRequestError", parameter: "chatwoot.secret" }));
    expect(() => createWebhookHandler({ chatwoot: { secret: "s" }, onEvent: undefined })).toThrow(InvalidRequestError);
    expect(() => createWebhookHandler({ chatwoot: { secret: "s" }, onEvent, maxBodyBytes: 0 })).toThrow(InvalidRequestError);
    expect(() => createWebhookHandler({ chatwoot: { allowUnsigned: true }, onEvent })).not.toThrow();
  });

  it("accepts unsigned deliveries only when allowUnsigned is set", async () => {
    const events: UnifiedEvent[] = [];
    const handler = createWebhookHandler({ chatwoot: { allowUnsigned: true }, onEvent: (e) => void events.push(e), now: () => NOW });
    const response = await handler(post(BODY, { "content-type": "application/json", "x-chatwoot-delivery": "u-1" }));
    expect(response.status).toBe(200);
    expect(events[0]).toMatchObject({ type: "message.created", deliveryId: "u-1" });
  });
});

describe("createWebhookHandler behind node:http on 127.0.0.1 (toNodeListener)", () => {
  let server: Server | undefined;
  afterEach(async () => {
    const running = server;
    if (running !== undefined) await new Promise<void>((resolve) => {
        running.close(() => {
          resolve();
        });
      });
    server = undefined;
  });

  it("receives a signed delivery over real HTTP, bytes intact", async () => {
    // Non-ASCII and Rails-style escapes: a proxy that re-encoded the body would break the signature.
    const body = JSON.stringify({ ...payloadOf("message_created"), content: "Zoë: café ☕ <b>" }).replace("<b>", "\\u003cb\\u003e");
    const { handler, events } = setup();
    server = createServer(toNodeListener(handler));
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
    const { port } = listening.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/webhooks/chatwoot`, { method: "POST", body, headers: signedHeaders(body) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(events[0]).toMatchObject({ type: "message.created", message: { text: "Zoë: café ☕ <b>" } });
    const forged = await fetch(`http://127.0.0.1:${port}/webhooks/chatwoot`, { method: "POST", body, headers: signedHeaders(body, { secret: "x" }) });
    expect(forged.status).toBe(401);
  });
});
