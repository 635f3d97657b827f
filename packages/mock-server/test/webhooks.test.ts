/**
 * Signed Chatwoot webhooks: what `sendChatwootWebhook` sends passes Chatwoot's own signature check
 * (recomputed here with node:crypto, and by @org/chatwoot's verifier), and state changes reach
 * registered receivers as the deliveries Chatwoot would send.
 */
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
// The verifier users run, from the workspace source (no package dependency: @org/chatwoot's tests depend on this package).
import { verifyChatwootWebhook } from "../../chatwoot/src/webhooks/verify.ts";
import { chatwootWebhookHeaders, joinPointer, loadSpec, sendChatwootWebhook, SpecValidator, startMockServer, type MockServer } from "../src/index.ts";

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let receiver: Server;
let url: string;
const received: Received[] = [];
let mock: MockServer;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  mock = await startMockServer({ vendor: "chatwoot" });
});
afterEach(() => {
  received.length = 0;
  mock.webhooks.clear();
  mock.reset();
});
afterAll(async () => {
  await mock.close();
  await new Promise<void>((resolve) => {
    receiver.close(() => {
      resolve();
    });
  });
});

describe("sendChatwootWebhook", () => {
  it("signs `<timestamp>.<raw body>` with HMAC-SHA256 as Chatwoot does, and @org/chatwoot's verifier accepts it", async () => {
    const response = await sendChatwootWebhook(url, "message_created", { id: 1, content: "Hi" }, { secret: "whsec", deliveryId: "d-1", timestamp: 1710513005 });
    expect(response.status).toBe(204);
    const [delivery] = received;
    expect(JSON.parse(delivery?.body ?? "")).toEqual({ id: 1, content: "Hi", event: "message_created" });
    const expected = createHmac("sha256", "whsec").update(`1710513005.${delivery?.body ?? ""}`).digest("hex");
    expect(delivery?.headers).toMatchObject({ "x-chatwoot-signature": `sha256=${expected}`, "x-chatwoot-timestamp": "1710513005", "x-chatwoot-delivery": "d-1", "content-type": "application/json" });
    const verified = await verifyChatwootWebhook({ rawBody: delivery?.body ?? "", headers: delivery?.headers ?? {}, secret: "whsec", now: 1710513005_000 });
    expect(verified).toMatchObject({ event: "message_created", deliveryId: "d-1", signed: true });
  });

  it("without a secret sends an unsigned delivery (no signature, no timestamp)", async () => {
    const headers = await chatwootWebhookHeaders("{}");
    expect(Object.keys(headers).sort()).toEqual(["content-type", "user-agent", "x-chatwoot-delivery"]);
  });
});

describe("account webhooks of the Chatwoot mock", () => {
  it("a new customer message reaches the registered receiver as a signed message_created", async () => {
    mock.webhooks.register(url, { secret: "whsec" });
    const message = await mock.state.addMessage(42, { text: "Is the refund through?" });
    expect(received).toHaveLength(1);
    const delivery = received[0] as Received;
    const verified = await verifyChatwootWebhook({ rawBody: delivery.body, headers: delivery.headers, secret: "whsec" });
    expect(verified.event).toBe("message_created");
    expect(verified.payload).toMatchObject({
      id: Number(message.id),
      content: "Is the refund through?",
      message_type: "incoming",
      private: false,
      sender: { name: "Maya Chen", account: { id: 1 } }, // a contact: no `type`, as Chatwoot sends it
      conversation: { id: 42, status: "open" },
      account: { id: 1 },
    });
    expect(mock.webhooks.deliveries).toMatchObject([{ url, event: "message_created", status: 204 }]);
  });

  it("an API write emits too, and only the events a receiver asked for are sent", async () => {
    mock.webhooks.register(url, { events: ["conversation_status_changed"] });
    await fetch(`${mock.baseUrl}/api/v1/accounts/1/conversations/42/messages`, { method: "POST", headers: { api_access_token: "t", "content-type": "application/json" }, body: JSON.stringify({ content: "Done." }) });
    await fetch(`${mock.baseUrl}/api/v1/accounts/1/conversations/42/toggle_status`, { method: "POST", headers: { api_access_token: "t", "content-type": "application/json" }, body: JSON.stringify({ status: "resolved" }) });
    await mock.webhooks.flush();
    expect(received.map((r) => (JSON.parse(r.body) as { event: string }).event)).toEqual(["conversation_status_changed"]);
    expect(JSON.parse(received[0]?.body ?? "")).toMatchObject({ id: 42, status: "resolved", changed_attributes: [{ status: { previous_value: "open", current_value: "resolved" } }] });
    expect(received[0]?.headers["x-chatwoot-signature"]).toBeUndefined();
  });

  it("a receiver that is down is recorded as a failed delivery, not thrown", async () => {
    mock.webhooks.register("http://127.0.0.1:9/unreachable");
    await mock.state.createConversation({ text: "Hello?" });
    expect(mock.webhooks.deliveries.map((d) => [d.event, d.status])).toEqual([
      ["conversation_created", null],
      ["message_created", null],
    ]);
  });
});

describe("the deliveries match the spec's webhook payloads", () => {
  it("conversation_created, message_created (contact, agent, bot, private) and conversation_status_changed validate against specs/chatwoot.yaml", async () => {
    mock.webhooks.register(url);
    await mock.state.createConversation({ text: "Hello" });
    for (const from of ["contact", "agent", "bot"] as const) await mock.state.addMessage(42, { text: `from ${from}`, from, private: from === "agent" });
    await mock.state.setStatus(42, "resolved");
    await mock.state.addMessage(42, { text: "reopens" });
    const doc = loadSpec("chatwoot");
    const validator = new SpecValidator(doc);
    const events = received.map((r) => JSON.parse(r.body) as { event: string });
    expect(events.map((e) => e.event)).toEqual([
      "conversation_created",
      "message_created",
      "message_created",
      "message_created",
      "message_created",
      "conversation_status_changed",
      "message_created",
      "conversation_status_changed",
    ]);
    for (const payload of events) {
      const schema = joinPointer("/webhooks", payload.event, "post", "requestBody", "content", "application/json", "schema");
      expect(validator.validate(schema, payload, payload.event)).toEqual([]);
    }
  });
});
