import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CHATWOOT_WEBHOOK_EVENTS } from "../../src/webhooks/index.js";

const spec = parse(readFileSync(fileURLToPath(new URL("../../../../specs/chatwoot.yaml", import.meta.url)), "utf8")) as {
  webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }>;
};

describe("the webhook events", () => {
  it("are exactly the spec's `webhooks:` entries, in order", () => {
    expect([...CHATWOOT_WEBHOOK_EVENTS]).toEqual(Object.keys(spec.webhooks));
  });

  it("cover Chatwoot's Webhook::ALLOWED_WEBHOOK_EVENTS (v4.10.0) plus the agent-bot-only events", () => {
    // app/models/webhook.rb and app/listeners/agent_bot_listener.rb at e13e3c873.
    const allowed = ["conversation_status_changed", "conversation_updated", "conversation_created", "contact_created", "contact_updated", "message_created", "message_updated", "webwidget_triggered", "inbox_created", "inbox_updated", "conversation_typing_on", "conversation_typing_off"];
    const agentBotOnly = ["conversation_resolved", "conversation_opened"];
    expect([...CHATWOOT_WEBHOOK_EVENTS].sort()).toEqual([...allowed, ...agentBotOnly].sort());
  });

  it("each take a Webhook* payload schema", () => {
    for (const name of CHATWOOT_WEBHOOK_EVENTS) {
      expect(spec.webhooks[name]?.post.requestBody.content["application/json"]?.schema.$ref).toMatch(/^#\/components\/schemas\/Webhook[A-Za-z]+$/);
    }
  });
});
