/**
 * Chatwoot status changes seen by the poller, against the mock that mirrors v4.10.0: an agent's
 * change writes an activity message that moves `last_activity_at`, so `last_activity_at_desc`
 * brings the conversation to the first page. The failures this prevents: the activity message
 * yielded as a `message.created` (webhooks never deliver it), and a webhook and a poll of the same
 * change giving two events.
 */
import { startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { chatwoot, createUnifiedClient, events, memoryStores } from "../src/index.js";
import { createWebhookHandler } from "../src/webhooks/index.js";
import { elapse, settle, settleNext, take, useFakeClock } from "./events-driver.js";
import { NOW, payloadOf, SECRET, signedHeaders } from "./webhook-fixtures.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ vendor: "chatwoot" });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  useFakeClock();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  mock.reset();
});

const sdk = () => createUnifiedClient({ support: chatwoot({ baseUrl: mock.baseUrl, apiAccessToken: "test-token", maxRetries: 0 }) });
const options = { filters: { support: { accountId: 1 } }, intervalMs: 1000 } as const;

describe("Chatwoot status changes in events()", () => {
  it("yields an agent's status change as conversation.status_changed, and its activity message not as message.created", async () => {
    const it = events(sdk(), "support", options)[Symbol.asyncIterator]();
    const first = it.next();
    await elapse(1500); // the baseline poll
    await mock.state.setStatus(41, "open"); // the spec's example 41 is resolved, and the least recently active
    await mock.state.addMessage(41, { text: "Thanks, that fixed it." });
    const seen = [await settleNext(first), ...(await take(it, 1))];
    expect(seen.map((e) => e?.type)).toEqual(["message.created", "conversation.status_changed"]);
    expect(seen[0]).toMatchObject({ message: { text: "Thanks, that fixed it.", sender: { role: "contact" } } });
    expect(seen[1]).toMatchObject({ ref: { conversationId: 41 }, previousStatus: "resolved", status: "open" });
    await it.return?.();
  });

  it("gives one event for a status change both a webhook and the poll see", async () => {
    const stream = events(sdk(), "support", { ...options, stores: memoryStores() });
    const handler = createWebhookHandler({ chatwoot: { secret: SECRET, connection: "support", accountId: 1 }, now: () => NOW, stream });
    const it = stream[Symbol.asyncIterator]();
    const first = it.next();
    await elapse(1500); // the baseline poll
    await mock.state.setStatus(42, "resolved");
    // Chatwoot's delivery of the same change (Conversations::EventDataPresenter#push_data).
    const body = JSON.stringify({ ...payloadOf("conversation_status_changed"), id: 42, status: "resolved", updated_at: Date.now() / 1000, changed_attributes: [{ status: { previous_value: "open", current_value: "resolved" } }] });
    const answer = handler(new Request("http://127.0.0.1/hook", { method: "POST", body, headers: signedHeaders(body) }));
    const seen = [await settleNext(first)];
    const next = it.next(); // taking the next event commits the first: the handler answers
    expect((await settle(answer)).status).toBe(200);
    await elapse(3000); // more polls see 42 resolved
    await mock.state.addMessage(42, { text: "next", from: "agent" });
    seen.push(await settleNext(next));
    for (;;) {
      const event = seen.at(-1);
      if (event?.type === "message.created" && event.message.text === "next") break;
      seen.push((await take(it, 1))[0]);
    }
    expect(seen.filter((e) => e?.type === "conversation.status_changed")).toMatchObject([{ ref: { conversationId: 42 }, status: "resolved", previousStatus: "open" }]);
    await it.return?.();
  }, 20_000);
});
