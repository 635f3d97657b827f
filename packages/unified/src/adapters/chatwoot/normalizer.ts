/**
 * Pure normalizers for Chatwoot payloads (public client API, application API and webhook
 * deliveries). See the README's mapping table for every decision. Chatwoot timestamps are Unix
 * seconds, except a delivered message's `created_at` (`Message#webhook_data`: an ISO 8601 string).
 */
import type { AttachmentKind, ContactOf, ConversationOf, ConversationStatus, MessageOf, SenderRole, UnifiedAgent, UnifiedAttachment } from "../../model.js";
import type { ChatwootTypes } from "./types.js";
import { idAt, isoFromString, isoFromUnixSeconds, type JsonObject, latestIso, lookup, mapObjectsAt, numberAt, objectAt, prop, stringsAt, text, textAt } from "../../tolerant-read.js";
import type { Scope } from "../../scope.js";

type Raw<K extends "rawConversation" | "rawMessage" | "rawContact"> = ChatwootTypes[K];

const STATUS: Readonly<Record<string, ConversationStatus>> = { open: "open", pending: "pending", resolved: "resolved", snoozed: "snoozed" };

/** `sender.type` (push data) and `sender_type` (message column) → role. */
const SENDER_TYPE: Readonly<Record<string, SenderRole>> = {
  contact: "contact",
  user: "agent",
  agent_bot: "bot",
  captain_assistant: "bot",
  Contact: "contact",
  User: "agent",
  AgentBot: "bot",
  "Captain::Assistant": "bot",
};

/** `message_type` when there is no sender: 0 incoming, 1 outgoing (automated), 2 activity, 3 template. */
const MESSAGE_TYPE: readonly SenderRole[] = ["contact", "bot", "system", "bot"];

/** The same, by name: webhook deliveries send `message_type` as the enum name. */
const MESSAGE_TYPE_NAME: Readonly<Record<string, SenderRole>> = { incoming: "contact", outgoing: "bot", activity: "system", template: "bot" };

/** The role `message_type` implies (a number in REST payloads, a name in webhook deliveries). */
function roleOfMessageType(message: JsonObject): SenderRole | undefined {
  const mt = numberAt(message, "message_type");
  if (mt !== null) return Number.isInteger(mt) ? MESSAGE_TYPE[mt] : undefined;
  return lookup(MESSAGE_TYPE_NAME, textAt(message, "message_type"));
}

const ATTACHMENT_KIND: Readonly<Record<string, AttachmentKind>> = { image: "image", audio: "audio", video: "video", file: "file", location: "location" };

/** `meta.channel` class names → unified channel. */
const CHANNEL: Readonly<Record<string, string>> = {
  "Channel::WebWidget": "web",
  "Channel::Api": "api",
  "Channel::Email": "email",
  "Channel::Whatsapp": "whatsapp",
  "Channel::FacebookPage": "facebook",
  "Channel::Instagram": "instagram",
  "Channel::TwitterProfile": "twitter",
  "Channel::TwilioSms": "sms",
  "Channel::Sms": "sms",
  "Channel::Telegram": "telegram",
  "Channel::Line": "line",
  "Channel::Voice": "voice",
};

function channel(value: unknown): string | null {
  const t = text(value);
  if (t === null) return null;
  return lookup(CHANNEL, t) ?? t.replace(/^Channel::/, "").toLowerCase();
}

function sender(message: JsonObject): MessageOf<ChatwootTypes>["sender"] {
  const s = objectAt(message, "sender");
  const type = textAt(s, "type") ?? textAt(message, "sender_type");
  let role: SenderRole | undefined = lookup(SENDER_TYPE, type);
  // No type: no sender, or a webhook delivery's contact (`Contact#webhook_data` has no `type`;
  // agents, bots and assistants have one): `message_type` tells.
  if (role === undefined && type === null) role = roleOfMessageType(message);
  role ??= "unknown";
  return { role, id: idAt(s, "id") ?? idAt(message, "sender_id"), name: textAt(s, "available_name") ?? textAt(s, "name") };
}

function attachment(a: JsonObject): UnifiedAttachment {
  const fileType = textAt(a, "file_type");
  const url = textAt(a, "data_url");
  return {
    id: idAt(a, "id"),
    url,
    kind: lookup(ATTACHMENT_KIND, fileType) ?? "other",
    name: textAt(a, "fallback_title") ?? fileNameOf(url),
    mimeType: null,
    sizeBytes: numberAt(a, "file_size"),
  };
}

function fileNameOf(url: string | null): string | null {
  if (url === null) return null;
  const last = url.split(/[?#]/, 1)[0]?.split("/").pop() ?? "";
  try {
    return last === "" ? null : decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Normalize one Chatwoot message: public message, application message, push data, or a webhook
 * delivery's message (`created_at` ISO, `message_type` by name, the conversation nested).
 */
export function chatwootMessage<C extends string | null>(message: JsonObject, conversationId: string | null, scope: Scope<ChatwootTypes, C>): MessageOf<ChatwootTypes, C> {
  const createdAt = prop(message, "created_at");
  return {
    vendor: "chatwoot",
    connection: scope.connection,
    conversationRef: scope.ref,
    id: idAt(message, "id"),
    conversationId: conversationId ?? idAt(message, "conversation_id") ?? idAt(objectAt(message, "conversation"), "id"),
    text: textAt(message, "content"),
    createdAt: typeof createdAt === "string" ? isoFromString(createdAt) : isoFromUnixSeconds(createdAt),
    sender: sender(message),
    private: prop(message, "private") === true,
    attachments: mapObjectsAt(message, "attachments", attachment),
    raw: message as Raw<"rawMessage">,
  };
}

/** Normalize a Chatwoot contact (Contact model, push data or `Contact#webhook_data`); `null` for `null`. */
export function chatwootContact(value: JsonObject): ContactOf<ChatwootTypes>;
export function chatwootContact(value: JsonObject | null): ContactOf<ChatwootTypes> | null;
export function chatwootContact(value: JsonObject | null): ContactOf<ChatwootTypes> | null {
  if (value === null) return null;
  return {
    id: idAt(value, "id"),
    name: textAt(value, "name"),
    email: textAt(value, "email"),
    phone: textAt(value, "phone_number"),
    raw: value as Raw<"rawContact">,
  };
}

function assignee(value: JsonObject | null): UnifiedAgent | null {
  return value === null ? null : { id: idAt(value, "id"), name: textAt(value, "available_name") ?? textAt(value, "name"), email: textAt(value, "email") };
}

/**
 * Normalize a Chatwoot conversation: a public-API conversation (with `contact` and every chat
 * message) or an application-API conversation (with `meta`, and at most the latest message).
 */
export function chatwootConversation<C extends string | null>(payload: JsonObject, scope: Scope<ChatwootTypes, C>): ConversationOf<ChatwootTypes, C> {
  const id = idAt(payload, "id") ?? "";
  const meta = objectAt(payload, "meta");
  const conversationId = id === "" ? null : id;
  const messages = mapObjectsAt(payload, "messages", (m) => chatwootMessage(m, conversationId, scope));
  const lastNonActivity = objectAt(payload, "last_non_activity_message");
  const statusText = text(prop(payload, "status"));
  return {
    vendor: "chatwoot",
    connection: scope.connection,
    ref: scope.ref,
    id,
    status: lookup(STATUS, statusText) ?? "unknown",
    createdAt: isoFromUnixSeconds(prop(payload, "created_at")),
    updatedAt: isoFromUnixSeconds(prop(payload, "updated_at")),
    lastMessageAt: latestIso([latestIso(messages.map((m) => m.createdAt)), isoFromUnixSeconds(prop(lastNonActivity, "created_at"))]),
    closedAt: null,
    contact: chatwootContact(objectAt(payload, "contact") ?? objectAt(meta, "sender")),
    assignee: assignee(objectAt(meta, "assignee")),
    tags: stringsAt(payload, "labels"),
    summary: null,
    rating: null,
    // The public client API only serves API-channel inboxes (Channel::Api.find_by! in Chatwoot).
    // Webhook deliveries (`Conversations::EventDataPresenter`) put `channel` at the top level.
    channel: meta === null ? (prop(payload, "contact") !== undefined ? "api" : null) : channel(prop(meta, "channel") ?? prop(payload, "channel")),
    messages,
    raw: payload as Raw<"rawConversation">,
  };
}
