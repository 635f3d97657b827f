/**
 * Webhook deliveries as Chatwoot v4.10.0 builds them: each payload follows the model method that
 * renders it (`Message#webhook_data`, `Conversations::EventDataPresenter#push_data`,
 * `Contact#webhook_data`, `User#webhook_data`, …) and the listener that merges `event`
 * (app/listeners/webhook_listener.rb, agent_bot_listener.rb). Signed as lib/webhooks/trigger.rb
 * signs, with node:crypto.
 */
import { createHmac } from "node:crypto";

export const SECRET = "whsec-unified-test";
export const NOW_S = 1_767_225_600; // 2026-01-01T00:00:00Z
export const NOW = NOW_S * 1000;

const account = { id: 1, name: "Acme" };
const inbox = { id: 3, name: "Acme Support" };

/** `Contact#push_event_data`. */
export const contactPush = {
  additional_attributes: {},
  custom_attributes: {},
  email: "maya@example.com",
  id: 7,
  identifier: null,
  name: "Maya Chen",
  phone_number: "+14155550100",
  thumbnail: "",
  blocked: false,
  type: "contact",
};

/** `Contact#webhook_data`: no `type`. */
export const contactWebhook = {
  account,
  additional_attributes: {},
  avatar: "",
  custom_attributes: {},
  email: "maya@example.com",
  id: 7,
  identifier: null,
  name: "Maya Chen",
  phone_number: "+14155550100",
  thumbnail: "",
  blocked: false,
};

/** `User#push_event_data` and `User#webhook_data`. */
const userPush = { id: 2, name: "Sam Rivera", available_name: "Sam", avatar_url: "", type: "user", availability_status: "online", thumbnail: "" };
export const userWebhook = { id: 2, name: "Sam Rivera", email: "sam@acme.example", type: "user" };

const FIRST = "Hi, I was charged twice for my March invoice.";

/** `Message#push_event_data` (the latest message inside a conversation's push data). */
const messagePush = {
  id: 9000,
  content: FIRST,
  account_id: 1,
  inbox_id: 3,
  conversation_id: 42,
  message_type: 0,
  content_type: "text",
  content_attributes: {},
  private: false,
  status: "sent",
  source_id: null,
  sender_type: "Contact",
  sender_id: 7,
  created_at: 1_767_225_000,
  updated_at: "2026-01-01T00:00:00.000Z",
  conversation: { assignee_id: 2, unread_count: 1, last_activity_at: 1_767_225_000, contact_inbox: { source_id: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a" } },
  sender: contactPush,
};

/** `Conversations::EventDataPresenter#push_data`. */
export function conversationWebhook(status = "open"): Record<string, unknown> {
  return {
    additional_attributes: {},
    can_reply: true,
    channel: "Channel::Api",
    contact_inbox: { id: 11, contact_id: 7, inbox_id: 3, source_id: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a", hmac_verified: false, pubsub_token: "p" },
    id: 42,
    inbox_id: 3,
    messages: [messagePush],
    labels: ["billing"],
    meta: { sender: contactPush, assignee: userPush, assignee_type: "User", team: null, hmac_verified: false },
    status,
    custom_attributes: {},
    snoozed_until: null,
    unread_count: 1,
    first_reply_created_at: null,
    priority: null,
    waiting_since: 1_767_225_000,
    agent_last_seen_at: 0,
    contact_last_seen_at: 0,
    last_activity_at: 1_767_225_000,
    timestamp: 1_767_225_000,
    created_at: 1_767_224_400,
    updated_at: 1_767_225_000.123456,
  };
}

/** `Message#webhook_data`: `created_at` ISO, `message_type` by name, the conversation nested. */
export function messageWebhook(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    account,
    additional_attributes: {},
    content_attributes: {},
    content_type: "text",
    content: FIRST,
    conversation: conversationWebhook(),
    created_at: "2026-01-01T00:00:00.123Z",
    id: 9001,
    inbox,
    message_type: "incoming",
    private: false,
    sender: contactWebhook,
    source_id: null,
    ...overrides,
  };
}

/** The payload of `event`, as the listeners build it. */
export function payloadOf(event: string): Record<string, unknown> {
  const changed = (attr: string, from: unknown, to: unknown) => [{ [attr]: { previous_value: from, current_value: to } }];
  switch (event) {
    case "conversation_created":
      return { ...conversationWebhook(), event };
    case "conversation_updated":
      return { ...conversationWebhook(), event, changed_attributes: changed("priority", null, "high") };
    case "conversation_status_changed":
      return { ...conversationWebhook("resolved"), event, changed_attributes: changed("status", "open", "resolved") };
    case "conversation_resolved":
      return { ...conversationWebhook("resolved"), event };
    case "conversation_opened":
      return { ...conversationWebhook("open"), event };
    case "message_created":
    case "message_updated":
      return { ...messageWebhook(), event };
    case "contact_created":
      return { ...contactWebhook, event };
    case "contact_updated":
      return { ...contactWebhook, event, changed_attributes: changed("email", "old@example.com", "maya@example.com") };
    case "conversation_typing_on":
    case "conversation_typing_off":
      return { event, user: userWebhook, conversation: conversationWebhook(), is_private: false };
    case "webwidget_triggered":
      return { id: 11, contact: contactWebhook, inbox, account, current_conversation: conversationWebhook(), source_id: "s", event, event_info: {} };
    default:
      return { event };
  }
}

/** Headers of a delivery signed the way lib/webhooks/trigger.rb signs. */
export function signedHeaders(body: string, { secret = SECRET, timestamp = NOW_S, deliveryId = "6f1c2a3e-58d4-4c1b-9a7e-2b0d9c4e7f10" } = {}): Record<string, string> {
  const hex = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return { "content-type": "application/json", "x-chatwoot-signature": `sha256=${hex}`, "x-chatwoot-timestamp": String(timestamp), "x-chatwoot-delivery": deliveryId };
}
