/**
 * Pure normalizers for LiveChatAI payloads. See the README's mapping table for every decision.
 *
 * LiveChatAI's `agentId` is the AI agent (the chatbot), while its `agent` objects are human agents.
 */
import type { ContactOf, ConversationOf, ConversationStatus, MessageOf, UnifiedAgent } from "../../model.js";
import type { LiveChatAiTypes } from "./types.js";
import { booleanAt, idAt, isoFromString, type JsonObject, lookup, mapObjectsAt, objectAt, prop, text, textAt } from "../../tolerant-read.js";
import type { Scope } from "../../scope.js";

type Raw<K extends "rawConversation" | "rawMessage" | "rawContact"> = LiveChatAiTypes[K];

/** `integrationType` → unified channel. Web-widget variants all map to `web`. */
const CHANNEL: Readonly<Record<string, string>> = {
  WHATSAPP: "whatsapp",
  SLACK: "slack",
  MESSENGER: "messenger",
  FULLPAGE: "web",
  INLINECHAT: "web",
  PREVIEW: "web",
  ONBOARDING: "web",
};

interface LiveChatAiContext<C extends string | null> {
  conversationId: string | null;
  contact: ContactOf<LiveChatAiTypes> | null;
  aiAgentId: string | null;
  scope: Scope<LiveChatAiTypes, C>;
}

function channel(value: unknown): string | null {
  const t = text(value);
  return t === null ? null : (lookup(CHANNEL, t.toUpperCase()) ?? t.toLowerCase());
}

function status(conv: JsonObject): ConversationStatus {
  const resolved = booleanAt(conv, "isResolved");
  return resolved === null ? "unknown" : resolved ? "resolved" : "open";
}

function agent(value: JsonObject | null): UnifiedAgent | null {
  return value === null ? null : { id: idAt(value, "id"), name: textAt(value, "name"), email: textAt(value, "email") };
}

function contact(conv: JsonObject): ContactOf<LiveChatAiTypes> | null {
  const c = objectAt(conv, "contact");
  if (c !== null) {
    return { id: idAt(c, "id"), name: textAt(c, "name"), email: textAt(c, "email"), phone: textAt(c, "phone"), raw: c as Raw<"rawContact"> };
  }
  const contactId = textAt(conv, "contactId");
  return contactId === null ? null : { id: contactId, name: null, email: null, phone: null, raw: contactId };
}

/**
 * Who sent a LiveChatAI message. How a human agent's reply appears in `GET /conversations/{id}` is
 * undocumented (specs/livechatai.yaml, `Message`): the docs' sample puts an `agent` on a
 * `role: "user"` message, the reply endpoint answers `sender: "AGENT"`, and `role: "assistant"`
 * with `agent` set is a third plausible reading. All three are read as the human agent; a
 * message without a human `agent` is the contact (`user`) or the AI (`assistant`).
 */
function liveChatAiSender<C extends string | null>(message: JsonObject, ctx: LiveChatAiContext<C>): MessageOf<LiveChatAiTypes>["sender"] {
  const role = textAt(message, "role")?.toLowerCase() ?? null;
  const human = objectAt(message, "agent");
  const fromAgent = textAt(message, "sender")?.toUpperCase() === "AGENT";
  if (human !== null && (fromAgent || role === "user" || role === "assistant")) {
    return { role: "agent", id: idAt(human, "id"), name: textAt(human, "name") };
  }
  if (fromAgent) return { role: "agent", id: null, name: null };
  if (role === "user") return { role: "contact", id: ctx.contact?.id ?? null, name: ctx.contact?.name ?? null };
  if (role === "assistant") return { role: "bot", id: ctx.aiAgentId, name: null };
  return { role: "unknown", id: null, name: null };
}

/**
 * Normalize one LiveChatAI message object (already known to be an object): a `Message` of
 * `GET /conversations/{id}` (`content`, `role`) or the reply endpoint's message (`text`, `sender`).
 */
export function liveChatAiMessage<C extends string | null>(message: JsonObject, ctx: LiveChatAiContext<C>): MessageOf<LiveChatAiTypes, C> {
  return {
    vendor: "livechatai",
    connection: ctx.scope.connection,
    conversationRef: ctx.scope.ref,
    id: idAt(message, "id"),
    conversationId: ctx.conversationId,
    sender: liveChatAiSender(message, ctx),
    text: textAt(message, "content") ?? textAt(message, "text"),
    createdAt: isoFromString(prop(message, "createdAt")),
    // LiveChatAI documents no private notes.
    private: false,
    // LiveChatAI messages carry no attachment fields (an IMAGE message's content is not documented).
    attachments: [],
    raw: message as Raw<"rawMessage">,
  };
}

/**
 * Normalize a LiveChatAI conversation: the `data` object of `GET /conversations/{id}` or an item
 * of `GET /conversations`. A whole `{ status, data }` envelope is accepted too (its `data` is read).
 */
export function liveChatAiConversation<C extends string | null>(payload: JsonObject, scope: Scope<LiveChatAiTypes, C>): ConversationOf<LiveChatAiTypes, C> {
  const data = objectAt(payload, "data");
  const conv = data !== null && prop(payload, "id") === undefined ? data : payload;
  const id = idAt(conv, "id") ?? "";
  const ctx: LiveChatAiContext<C> = { conversationId: id === "" ? null : id, contact: contact(conv), aiAgentId: textAt(conv, "agentId"), scope };
  const messages = mapObjectsAt(conv, "messages", (m) => liveChatAiMessage(m, ctx));
  return {
    vendor: "livechatai",
    connection: scope.connection,
    ref: scope.ref,
    id,
    status: status(conv),
    createdAt: isoFromString(prop(conv, "createdAt")),
    updatedAt: isoFromString(prop(conv, "updatedAt")),
    lastMessageAt: isoFromString(prop(conv, "lastMessageDate")),
    closedAt: null,
    contact: ctx.contact,
    assignee: agent(objectAt(conv, "agent")),
    tags: [],
    summary: null,
    rating: null,
    channel: channel(prop(conv, "integrationType")),
    messages,
    raw: payload as Raw<"rawConversation">,
  };
}

/** Context-free LiveChatAI message normalization (webhooks, stored exports). */
export function liveChatAiStandaloneMessage(message: JsonObject): MessageOf<LiveChatAiTypes, null> {
  return liveChatAiMessage(message, { conversationId: null, contact: null, aiAgentId: null, scope: { connection: null, ref: null } });
}
