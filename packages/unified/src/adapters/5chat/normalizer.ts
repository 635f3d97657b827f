/**
 * Pure normalizers for 5chat payloads. See the README's mapping table for every decision.
 *
 * 5chat documents its message object only as "12 properties" without names, so message fields are
 * read from the most likely names and anything else yields `null`/`"unknown"` rather than a guess.
 */
import type { ContactOf, ConversationOf, ConversationStatus, MessageOf, SenderRole, UnifiedAgent } from "../../model.js";
import type { FiveChatTypes } from "./types.js";
import { arrayAt, idAt, isObject, isoFromString, type JsonObject, latestIso, lookup, mapObjectsAt, numberAt, objectAt, prop, stringsAt, text, textAt } from "../../tolerant-read.js";
import type { Scope } from "../../scope.js";

const STATUS: Readonly<Record<string, ConversationStatus>> = {
  open: "open",
  active: "open",
  pending: "pending",
  waiting: "pending",
  snoozed: "snoozed",
  closed: "resolved",
  resolved: "resolved",
};

/** 5chat calls its agents "users" and its customers "visitors". */
const SENDER_KIND: Readonly<Record<string, SenderRole>> = {
  visitor: "contact",
  contact: "contact",
  customer: "contact",
  user: "agent",
  agent: "agent",
  operator: "agent",
  admin: "agent",
  bot: "bot",
  ai: "bot",
  assistant: "bot",
  system: "system",
};

interface FiveChatContext<C extends string | null> {
  conversationId: string | null;
  /** `users[]` by id, built once per payload (a scan per message would be quadratic). */
  users: ReadonlyMap<string, JsonObject>;
  visitor: JsonObject | null;
  scope: Scope<FiveChatTypes, C>;
}

function status(value: unknown): ConversationStatus {
  const t = text(value);
  return t === null ? "unknown" : (lookup(STATUS, t.toLowerCase()) ?? "unknown");
}

/** Index `users[]` by id; the first entry of an id wins, as a scan would find it. */
function usersById(users: readonly unknown[]): ReadonlyMap<string, JsonObject> {
  const index = new Map<string, JsonObject>();
  for (const u of users) {
    const id = isObject(u) ? idAt(u, "id") : null;
    if (id !== null && isObject(u) && !index.has(id)) index.set(id, u);
  }
  return index;
}

const NO_USERS: ReadonlyMap<string, JsonObject> = new Map();

function contact(visitor: JsonObject | null): ContactOf<FiveChatTypes> | null {
  if (visitor === null) return null;
  return {
    id: idAt(visitor, "id"),
    name: textAt(visitor, "name"),
    email: textAt(visitor, "email"),
    phone: textAt(visitor, "phone"),
    raw: visitor,
  };
}

function sender<C extends string | null>(message: JsonObject, ctx: FiveChatContext<C>): MessageOf<FiveChatTypes>["sender"] {
  const declared = textAt(message, "senderType") ?? textAt(message, "sender") ?? textAt(message, "author") ?? textAt(message, "from");
  const userId = idAt(message, "userId");
  const visitorId = idAt(message, "visitorId");
  let role: SenderRole = declared === null ? "unknown" : (lookup(SENDER_KIND, declared.toLowerCase()) ?? "unknown");
  if (role === "unknown" && declared === null) {
    if (userId !== null) role = "agent";
    else if (visitorId !== null) role = "contact";
  }
  if (role === "agent") {
    const user = userId === null ? null : (ctx.users.get(userId) ?? null);
    return { role, id: userId, name: user === null ? null : textAt(user, "name") };
  }
  if (role === "contact") {
    return { role, id: visitorId ?? idAt(ctx.visitor, "id"), name: textAt(ctx.visitor, "name") };
  }
  return { role, id: null, name: null };
}

/** Normalize one 5chat message object (already known to be an object). */
export function fiveChatMessage<C extends string | null>(message: JsonObject, ctx: FiveChatContext<C>): MessageOf<FiveChatTypes, C> {
  return {
    vendor: "5chat",
    connection: ctx.scope.connection,
    conversationRef: ctx.scope.ref,
    id: idAt(message, "id"),
    conversationId: ctx.conversationId ?? idAt(message, "conversationToken") ?? idAt(message, "conversationId"),
    text: textAt(message, "content") ?? textAt(message, "text") ?? textAt(message, "message") ?? textAt(message, "body"),
    createdAt: isoFromString(prop(message, "createdAt")),
    sender: sender(message, ctx),
    // 5chat documents no private notes; a field named like one is honoured.
    private: prop(message, "private") === true || prop(message, "isPrivate") === true,
    attachments: [],
    raw: message,
  };
}

/**
 * Normalize a 5chat conversation: either the `{ conversation, messages, visitor, users }` body of
 * `GET /conversations/{token}` (and `/messages`), or a bare conversation from the list endpoint.
 */
export function fiveChatConversation<C extends string | null>(payload: JsonObject, scope: Scope<FiveChatTypes, C>): ConversationOf<FiveChatTypes, C> {
  const conv = objectAt(payload, "conversation") ?? payload;
  const users = usersById(arrayAt(payload, "users"));
  const visitor = objectAt(payload, "visitor");
  const id = textAt(conv, "token") ?? idAt(conv, "id") ?? "";
  const ctx: FiveChatContext<C> = { conversationId: id === "" ? null : id, users, visitor, scope };
  // The docs' sample has `messages` as a string; arrayAt() skips anything that is not an array.
  const messages = mapObjectsAt(payload, "messages", (m) => fiveChatMessage(m, ctx));
  const assigneeId = idAt(conv, "assigneeId");
  const assigneeUser = assigneeId === null ? null : (users.get(assigneeId) ?? null);
  const assignee: UnifiedAgent | null =
    assigneeId === null ? null : { id: assigneeId, name: textAt(assigneeUser, "name"), email: textAt(assigneeUser, "email") };
  return {
    vendor: "5chat",
    connection: scope.connection,
    ref: scope.ref,
    id,
    status: status(prop(conv, "status")),
    createdAt: isoFromString(prop(conv, "createdAt")),
    updatedAt: isoFromString(prop(conv, "updatedAt")),
    lastMessageAt: latestIso(messages.map((m) => m.createdAt)),
    closedAt: isoFromString(prop(conv, "closedAt")),
    contact: contact(visitor),
    assignee,
    tags: stringsAt(conv, "tags"),
    summary: textAt(conv, "summary"),
    rating: numberAt(conv, "rating"),
    // 5chat is a website chat widget: every conversation comes from the web.
    channel: "web",
    messages,
    raw: payload as FiveChatTypes["rawConversation"],
  };
}

/** Context-free 5chat message normalization (webhooks, stored exports). */
export function fiveChatStandaloneMessage(message: JsonObject): MessageOf<FiveChatTypes, null> {
  return fiveChatMessage(message, { conversationId: null, users: NO_USERS, visitor: null, scope: { connection: null, ref: null } });
}
