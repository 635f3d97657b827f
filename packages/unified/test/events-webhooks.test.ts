/**
 * Webhooks and the event stream: deduplication by logical id across receivers, deliveries merged
 * into `events(sdk, …)`, and refs typed with the connection name.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { chatwoot, createUnifiedClient, memoryStores, events } from "../src/index.js";
import { createWebhookHandler } from "../src/webhooks/index.js";
import { NOW, payloadOf, SECRET, signedHeaders } from "./webhook-fixtures.js";

const BODY = JSON.stringify(payloadOf("message_created"));
const post = (headers: Record<string, string>): Request => new Request("http://127.0.0.1/hook", { method: "POST", body: BODY, headers });

describe("webhooks deduplicated by logical event id", () => {
  it("acts once on a duplicate delivery reaching two receivers that share one store", async () => {
    const { seen } = memoryStores();
    const acted: string[] = [];
    const receiver = () => createWebhookHandler({ chatwoot: { secret: SECRET, connection: "support", accountId: 1 }, seen, now: () => NOW, onEvent: (e) => void acted.push(e.id) });
    const [a, b] = [receiver(), receiver()];
    const first = await a(post(signedHeaders(BODY, { deliveryId: "d-1" })));
    const second = await b(post(signedHeaders(BODY, { deliveryId: "d-2" })));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.json()).toEqual({ received: true, duplicate: true });
    expect(acted).toEqual(["support:42:message:" + String((payloadOf("message_created") as { id: number }).id)]);
  });

  it("lets the vendor's retry through when onEvent failed", async () => {
    let calls = 0;
    const handler = createWebhookHandler({
      chatwoot: { secret: SECRET },
      now: () => NOW,
      onEvent: () => {
        calls++;
        if (calls === 1) throw new Error("down");
      },
    });
    expect((await handler(post(signedHeaders(BODY)))).status).toBe(500);
    expect((await handler(post(signedHeaders(BODY)))).status).toBe(200);
    expect(calls).toBe(2);
  });
});

describe("webhooks merged into events(sdk, …)", () => {
  it("yields a delivered message once in the stream, typed with the connection's ref", async () => {
    // The poller of this stream has nothing to reach (port 9 is closed): only the webhook feeds it.
    const sdk = createUnifiedClient({ support: chatwoot({ baseUrl: "http://127.0.0.1:9", apiAccessToken: "t", maxRetries: 0 }) });
    const controller = new AbortController();
    const stream = events(sdk, "support", { filters: { support: { accountId: 1 } }, intervalMs: 3_600_000, signal: controller.signal });
    const handler = createWebhookHandler({ chatwoot: { secret: SECRET, connection: "support", accountId: 1 }, now: () => NOW, stream });
    const it = stream[Symbol.asyncIterator]();
    const next = it.next();
    const answered = handler(post(signedHeaders(BODY, { deliveryId: "d-1" })));
    const result = await next;
    const value = result.done === true ? undefined : result.value;
    expect(value).toMatchObject({ type: "message.created", source: "webhook", connection: "support", ref: { connection: "support", accountId: 1, conversationId: 42 } });
    const following = it.next(); // the consumer took it: the handler answers now
    expect((await answered).status).toBe(200);
    // The same message again (another delivery id): acknowledged, not yielded again.
    expect((await handler(post(signedHeaders(BODY, { deliveryId: "d-2" })))).status).toBe(200);
    controller.abort();
    expect(await following).toEqual({ done: true, value: undefined });

    if (value?.type === "message.created") {
      // What the examples promise: the ref goes straight back to the client.
      expectTypeOf(value.ref.connection).toEqualTypeOf<"support">();
      const reply = () => sdk.sendMessage(value.ref, { text: "On it" });
      expectTypeOf(reply).toBeFunction();
    }
  });

  it("types handler events with the connection name given", () => {
    const handler = createWebhookHandler({
      chatwoot: { secret: SECRET, connection: "support" },
      onEvent: (event) => {
        const name: "support" = event.connection;
        expect(name).toBe("support");
      },
    });
    expectTypeOf(handler).toBeFunction();
  });
});

describe("status changes delivered by webhook", () => {
  /** A signed `conversation_status_changed` from `from` to `to`, stamped `updated_at` seconds. */
  const statusChange = (from: string, to: string, updatedAt: number): string =>
    JSON.stringify({ ...payloadOf("conversation_status_changed"), status: to, updated_at: updatedAt, changed_attributes: [{ status: { previous_value: from, current_value: to } }] });

  it("acts on every change of a conversation resolved, reopened and resolved again within minutes, and once on a duplicate", async () => {
    const acted: string[] = [];
    const handler = createWebhookHandler({ chatwoot: { secret: SECRET, connection: "support", accountId: 1 }, now: () => NOW, onEvent: (e) => void acted.push(e.type === "conversation.status_changed" ? `${e.previousStatus ?? "?"}>${e.status}` : e.type) });
    const deliver = async (body: string, deliveryId: string) => (await handler(new Request("http://127.0.0.1/hook", { method: "POST", body, headers: signedHeaders(body, { deliveryId }) }))).json() as Promise<unknown>;
    const s = NOW / 1000;
    await deliver(statusChange("open", "resolved", s + 1.5), "d-1");
    await deliver(statusChange("resolved", "open", s + 60.25), "d-2");
    await deliver(statusChange("open", "resolved", s + 120.75), "d-3");
    // Chatwoot sends some deliveries twice, with different delivery ids.
    expect(await deliver(statusChange("open", "resolved", s + 120.75), "d-4")).toEqual({ received: true, duplicate: true });
    expect(acted).toEqual(["open>resolved", "resolved>open", "open>resolved"]);
  });
});
