/**
 * signChatwootWebhook is the inverse of verifyChatwootWebhook, and signs like the independent
 * node:crypto signer (./sign.ts); chatwootWebhookPayload builds every event's body so that it
 * validates against the spec's webhook schema.
 */
import { loadSpec, SpecValidator } from "@org/mock-server";
import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "@org/runtime/errors";
import { CHATWOOT_WEBHOOK_EVENTS, signChatwootWebhook, verifyChatwootWebhook } from "../../src/webhooks/index.js";
import { CHATWOOT_TEST_AGENT_BOT, CHATWOOT_TEST_CONTACT, chatwootWebhookPayload } from "../../src/webhooks/testing/index.js";
import { sign } from "./sign.js";

const NOW = 1_710_513_160;

describe("signChatwootWebhook", () => {
  it("makes a message_created delivery in three lines that verifies", async () => {
    const payload = chatwootWebhookPayload("message_created", { content: "Where is my refund?", conversation: { id: 7 } });
    const { body, headers } = await signChatwootWebhook({ payload, secret: "whsec", timestamp: NOW, deliveryId: "d-1" });
    const delivery = await verifyChatwootWebhook({ rawBody: body, headers, secret: "whsec", now: NOW * 1000 });

    expect(delivery.known && delivery.event === "message_created" && delivery.payload.content).toBe("Where is my refund?");
    expect(delivery.known && delivery.event === "message_created" && delivery.payload.conversation.id).toBe(7);
    expect(delivery.known && delivery.event === "message_created" && delivery.payload.conversation.status).toBe("pending");
    expect(delivery.deliveryId).toBe("d-1");
    expect(headers["x-chatwoot-signature"]).toBe(sign("whsec", NOW, body));
  });

  it("signs a string body as is, defaults the timestamp to now and the delivery id to a UUID", async () => {
    const { body, headers } = await signChatwootWebhook({ payload: '{"event":"contact_created","id":7}', secret: "s" });
    expect(body).toBe('{"event":"contact_created","id":7}');
    expect(Math.abs(Number(headers["x-chatwoot-timestamp"]) - Date.now() / 1000)).toBeLessThan(600);
    expect(headers["x-chatwoot-delivery"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers["x-chatwoot-signature"]).toBe(sign("s", headers["x-chatwoot-timestamp"], body));
  });

  it("refuses an empty secret, a fractional timestamp and an unserializable payload with typed errors", async () => {
    await expect(signChatwootWebhook({ payload: {}, secret: "" })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(signChatwootWebhook({ payload: {}, secret: "s", timestamp: 1.5 })).rejects.toBeInstanceOf(InvalidRequestError);
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    await expect(signChatwootWebhook({ payload: cyclic, secret: "s" })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(signChatwootWebhook({ payload: { n: 1n }, secret: "s" })).rejects.toBeInstanceOf(InvalidRequestError);
  });
});

describe("chatwootWebhookPayload", () => {
  const spec = loadSpec("chatwoot");
  const validator = new SpecValidator(spec);

  it.each(CHATWOOT_WEBHOOK_EVENTS.map((e) => [e]))("builds %s so that it validates against the spec", (event) => {
    const payload = chatwootWebhookPayload(event);
    expect(payload.event).toBe(event);
    const pointer = `/webhooks/${event}/post/requestBody/content/application~1json/schema`;
    expect(validator.validate(pointer, payload)).toEqual([]);
  });

  it("replaces the sender whole (a bot's own reply), merges nested objects and keeps the defaults untouched", () => {
    const own = chatwootWebhookPayload("message_created", { message_type: "outgoing", sender: CHATWOOT_TEST_AGENT_BOT, conversation: { meta: { assignee_type: "AgentBot" } } });
    expect(own.sender).toEqual({ id: 9, name: "Acme Bot", type: "agent_bot" });
    expect(own.conversation.meta.assignee_type).toBe("AgentBot");
    expect(own.conversation.meta.sender.name).toBe("Maya Chen");
    expect(validator.validate("/webhooks/message_created/post/requestBody/content/application~1json/schema", own)).toEqual([]);

    const fresh = chatwootWebhookPayload("message_created");
    expect(fresh.sender).not.toHaveProperty("type");
    expect(fresh.conversation.meta.assignee_type).toBeNull();
    expect(fresh.message_type).toBe("incoming");
  });

  it("accepts a contact sender with type: contact (as push data has it), and the validator does reject a broken body", () => {
    const contact: Record<string, unknown> = { ...chatwootWebhookPayload("contact_created") };
    delete contact["event"];
    const payload = chatwootWebhookPayload("message_created", { sender: { ...(contact as typeof CHATWOOT_TEST_CONTACT), type: "contact" } });
    const pointer = "/webhooks/message_created/post/requestBody/content/application~1json/schema";
    expect(validator.validate(pointer, payload)).toEqual([]);
    const broken: Record<string, unknown> = { ...payload };
    delete broken["conversation"];
    expect(validator.validate(pointer, broken)).not.toEqual([]);
  });
});
