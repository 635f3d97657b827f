/**
 * The demo's ending: Chatwoot → your endpoint. A receiver built with `createWebhookHandler` listens
 * on 127.0.0.1; this script plays Chatwoot and posts a `message_created` delivery of the example
 * story, signed the way Chatwoot signs (`X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret,
 * "<timestamp>.<raw body>")>`), then its retry (acknowledged as a duplicate) and a forgery (401),
 * and prints the normalized event. Run alone with `tsx scripts/demo-webhook.ts`, or at the end of
 * `pnpm demo`.
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { chatwootWebhookHeaders } from "@org/mock-server";
import { createWebhookHandler, toNodeListener, type UnifiedEvent } from "@org/unified/webhooks";

/** The webhook's secret, as Chatwoot shows it once in Settings → Integrations → Webhooks (a placeholder). */
const SECRET = "demo-webhook-secret";

/** A `message_created` delivery as Chatwoot builds it (`Message#webhook_data` + `event`), for the example story. */
function messageCreated(nowSeconds: number): Record<string, unknown> {
  const maya = { id: 7, name: "Maya Chen", email: "maya.chen@example.com", phone_number: null, identifier: null, thumbnail: "", avatar: "", blocked: false, additional_attributes: {}, custom_attributes: {} };
  return {
    event: "message_created",
    id: 9001,
    content: "Hi, I was charged twice for my March invoice.",
    content_type: "text",
    content_attributes: {},
    additional_attributes: {},
    message_type: "incoming",
    private: false,
    source_id: null,
    created_at: new Date(nowSeconds * 1000).toISOString(),
    account: { id: 1, name: "Acme" },
    inbox: { id: 3, name: "Acme Support" },
    sender: { ...maya, account: { id: 1, name: "Acme" } },
    conversation: {
      id: 42,
      inbox_id: 3,
      status: "open",
      channel: "Channel::Api",
      can_reply: true,
      labels: ["billing"],
      messages: [],
      meta: { sender: { ...maya, type: "contact" }, assignee: null, assignee_type: null, team: null, hmac_verified: false },
      created_at: nowSeconds - 60,
      updated_at: nowSeconds,
      last_activity_at: nowSeconds,
      timestamp: nowSeconds,
    },
  };
}

/** Run the webhook demo: start the receiver, post three deliveries, print what happened, stop. */
export async function demoWebhook(): Promise<UnifiedEvent[]> {
  const events: UnifiedEvent[] = [];
  const handler = createWebhookHandler({ chatwoot: { secret: SECRET, connection: "support" }, onEvent: (event) => void events.push(event) });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/chatwoot`;
  try {
    console.log(`\nWebhooks: a receiver built with createWebhookHandler listens on ${url}`);
    const body = JSON.stringify(messageCreated(Math.floor(Date.now() / 1000)));
    const delivery = randomUUID();
    const post = async (what: string, headers: Record<string, string>) => {
      const response = await fetch(url, { method: "POST", body, headers });
      console.log(`  ${what.padEnd(38)} → ${response.status} ${await response.text()}`);
    };
    // Signed as Chatwoot signs (the mock server's signer).
    await post("signed message_created", await chatwootWebhookHeaders(body, { secret: SECRET, deliveryId: delivery }));
    await post("Chatwoot's retry (same delivery id)", await chatwootWebhookHeaders(body, { secret: SECRET, deliveryId: delivery }));
    await post("forged (signed with another secret)", await chatwootWebhookHeaders(body, { secret: "not-the-secret" }));
    const [event] = events;
    if (event?.type !== "message.created") throw new Error(`demo-webhook: expected one message.created event, got ${JSON.stringify(events.map((e) => e.type))}`);
    console.log("The normalized event onEvent received (once):");
    console.log(
      JSON.stringify(
        {
          type: event.type,
          connection: event.connection,
          ref: event.ref,
          deliveryId: event.deliveryId,
          receivedAt: event.receivedAt,
          message: { id: event.message.id, conversationId: event.message.conversationId, createdAt: event.message.createdAt, sender: event.message.sender, text: event.message.text },
          conversation: { id: event.conversation.id, status: event.conversation.status, channel: event.conversation.channel, contact: event.conversation.contact?.name },
        },
        null,
        2,
      ).replace(/^/gm, "  "),
    );
    return events;
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await demoWebhook();
