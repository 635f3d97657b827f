/**
 * Chatwoot's records and the shapes it serves them in: the seed (conversations and messages from
 * the spec's examples), a message as the application API lists it, as the public client API
 * lists it, as a conversation embeds it, and the payloads of account webhooks.
 */
import type { MockSender } from "./types.ts";
import { isObject, objects, omit, type JsonObject, type StateContext } from "./vendor-state.ts";

/** One conversation: the application API's shape and its messages (application list shape, oldest first). */
export interface ChatwootConversation {
  conversation: JsonObject;
  messages: JsonObject[];
}

/** `message_type` codes. */
export const INCOMING = 0;
export const OUTGOING = 1;
export const ACTIVITY = 2;

/** What the seed gives beyond the conversations: templates for new records. */
export interface ChatwootSeed {
  readonly conversations: Map<number, ChatwootConversation>;
  readonly agents: JsonObject[];
  readonly teams: JsonObject[];
  readonly bots: JsonObject[];
  /** A conversation's public-API shape (the example of `getConversation`). */
  readonly publicTemplate: JsonObject;
  /** The meta of a message listing. */
  readonly listMeta: JsonObject;
  /** A new conversation (the example of `createAccountConversation`). */
  readonly newConversation: JsonObject;
  /** A message as a conversation embeds it (with `account_id`, `sender_type`, …). */
  readonly embeddedMessage: JsonObject;
  /** The page size of message listings in the examples. */
  readonly messagePageSize: number;
  /** The page size of conversation listings in the examples. */
  readonly conversationPageSize: number;
}

const first = (values: unknown[]): JsonObject => values.find(isObject) ?? {};

/** Reads the seed from the spec's examples. */
export function chatwootSeed(context: StateContext): ChatwootSeed {
  const conversations = new Map<number, ChatwootConversation>();
  const listings = context.examples("listAccountConversations").flatMap((e) => (isObject(e) && isObject(e["data"]) ? [e["data"]] : []));
  const seeded = [...context.examples("getAccountConversation").filter(isObject), ...listings.flatMap((l) => objects(l["payload"]))];
  // The conversation `createAccountConversation`'s example shows is one the story creates later:
  // it is not seeded, so the first conversation created takes its id.
  const created = new Set(context.examples("createAccountConversation").map((c) => (isObject(c) ? c["id"] : undefined)));
  for (const conversation of seeded) {
    const id = conversation["id"];
    if (typeof id === "number" && !conversations.has(id) && !created.has(id)) conversations.set(id, { conversation, messages: [] });
  }
  const messagePages = context.examples("listAccountConversationMessages").filter(isObject);
  const seen = new Set<unknown>();
  for (const message of messagePages.flatMap((p) => objects(p["payload"]))) {
    const c = conversations.get(message["conversation_id"] as number);
    if (c === undefined || seen.has(message["id"])) continue;
    seen.add(message["id"]);
    c.messages.push(message);
  }
  for (const c of conversations.values()) {
    if (c.messages.length === 0) {
      const embedded = [c.conversation["last_non_activity_message"], ...objects(c.conversation["messages"])].filter(isObject);
      c.messages.push(...embedded.filter((m, i) => embedded.findIndex((o) => o["id"] === m["id"]) === i).map(listShape));
    }
    c.messages.sort((a, b) => (a["id"] as number) - (b["id"] as number));
  }
  const assigned = context.examples("assignAccountConversation").filter(isObject);
  return {
    conversations,
    // The assignment examples first: they are what the story's assignments answer.
    agents: [...assigned.filter((a) => "role" in a), ...context.examples("listAccountAgents").flatMap(objects)],
    bots: assigned.filter((b) => "bot_type" in b),
    teams: [...assigned.filter((t) => "allow_auto_assign" in t), ...context.examples("listAccountTeams").flatMap(objects)],
    publicTemplate: first(context.examples("getConversation")),
    listMeta: isObject(messagePages[0]?.["meta"]) ? messagePages[0]["meta"] : {},
    newConversation: first(context.examples("createAccountConversation")),
    embeddedMessage: first(seeded.flatMap((c) => objects(c["messages"]))),
    messagePageSize: Math.max(1, ...messagePages.map((p) => objects(p["payload"]).length)),
    conversationPageSize: Math.max(1, ...listings.map((l) => objects(l["payload"]).length)),
  };
}

const LIST_FIELDS = ["id", "content", "inbox_id", "conversation_id", "message_type", "content_type", "status", "content_attributes", "created_at", "private", "source_id", "sender", "attachments"];
const PUBLIC_FIELDS = ["id", "content", "message_type", "content_type", "content_attributes", "created_at", "conversation_id", "attachments", "sender"];

function pick(source: JsonObject, fields: readonly string[]): JsonObject {
  return Object.fromEntries(fields.filter((f) => source[f] !== undefined).map((f) => [f, source[f]]));
}

/** A message as `GET …/conversations/{id}/messages` lists it. */
export function listShape(message: JsonObject): JsonObject {
  return pick(message, LIST_FIELDS);
}

/** A message as the public client API lists it (an agent's availability is not disclosed there). */
export function publicShape(message: JsonObject): JsonObject {
  const shaped = pick(message, PUBLIC_FIELDS);
  const sender = shaped["sender"];
  return isObject(sender) && sender["type"] === "user" ? { ...shaped, sender: { ...sender, availability_status: null } } : shaped;
}

/** Attachments of a new message, from the file names of a multipart upload. */
export function attachmentsFor(message: JsonObject, accountId: unknown, names: readonly string[]): JsonObject[] {
  return names.map((name, i) => ({
    id: 9000 + i,
    message_id: message["id"],
    file_type: /\.(png|jpe?g|gif|webp)$/i.test(name) ? "image" : "file",
    account_id: accountId,
    extension: null,
    data_url: `https://app.chatwoot.com/rails/active_storage/blobs/redirect/mock/${encodeURIComponent(name)}`,
    thumb_url: "",
    file_size: 0,
    width: null,
    height: null,
  }));
}

/** A message as a conversation embeds it (`messages`, `last_non_activity_message`). */
export function embeddedShape(seed: ChatwootSeed, c: ChatwootConversation, message: JsonObject): JsonObject {
  const sender = isObject(message["sender"]) ? message["sender"] : null;
  const senderType = sender === null ? null : sender["type"] === "contact" ? "Contact" : sender["type"] === "agent_bot" ? "AgentBot" : "User";
  // No sender (an activity message): no `sender` key (Message#push_event_data `merge_sender_attributes`).
  const base = sender === null ? omit(seed.embeddedMessage, ["sender"]) : seed.embeddedMessage;
  return {
    ...base,
    ...message,
    account_id: c.conversation["account_id"],
    processed_message_content: message["content"],
    sender_type: senderType,
    sender_id: sender?.["id"] ?? null,
    updated_at: new Date((message["created_at"] as number) * 1000).toISOString(),
    conversation: { ...(isObject(base["conversation"]) ? base["conversation"] : {}), assignee_id: assigneeId(c), last_activity_at: c.conversation["last_activity_at"] },
  };
}

/** The id of the conversation's assigned agent, or null. */
export function assigneeId(c: ChatwootConversation): unknown {
  const meta = isObject(c.conversation["meta"]) ? c.conversation["meta"] : {};
  return isObject(meta["assignee"]) ? meta["assignee"]["id"] : null;
}

/** Who a stored message is from. */
export function senderOf(message: JsonObject): MockSender {
  const type = isObject(message["sender"]) ? message["sender"]["type"] : undefined;
  return type === "contact" ? "contact" : type === "agent_bot" ? "bot" : "agent";
}

/** The sender object of a new message from `from`, in the list shape (`type` included). */
export function senderFor(seed: ChatwootSeed, c: ChatwootConversation, from: MockSender): JsonObject {
  const meta = isObject(c.conversation["meta"]) ? c.conversation["meta"] : {};
  if (from === "contact") {
    const contact = omit(isObject(meta["sender"]) ? meta["sender"] : {}, ["availability_status", "last_activity_at", "created_at"]);
    return { ...contact, type: "contact" };
  }
  if (from === "bot") return { id: 1, name: "Refund Helper", avatar_url: "", thumbnail: "", type: "agent_bot" };
  const agent = isObject(meta["assignee"]) ? meta["assignee"] : (seed.agents.find((a) => a["role"] === "agent") ?? seed.agents[0] ?? { id: 3, name: "Sam Rivera" });
  return { id: agent["id"], name: agent["name"], available_name: agent["available_name"] ?? agent["name"], avatar_url: "", thumbnail: "", availability_status: agent["availability_status"] ?? null, type: "user" };
}

/** An agent as push data (`User#push_event_data`). */
function userPushData(agent: JsonObject): JsonObject {
  return { id: agent["id"], name: agent["name"], available_name: agent["available_name"] ?? agent["name"], avatar_url: "", thumbnail: agent["thumbnail"] ?? "", availability_status: agent["availability_status"] ?? null, type: "user" };
}

/** The conversation part of a webhook payload (Chatwoot's `Conversation#webhook_data`: ISO times where it uses them, `meta` with every key). */
export function webhookConversation(c: ChatwootConversation): JsonObject {
  const conversation = c.conversation;
  const meta = isObject(conversation["meta"]) ? conversation["meta"] : {};
  const sender = isObject(meta["sender"]) ? meta["sender"] : {};
  const firstReply = conversation["first_reply_created_at"];
  const embedded = objects(conversation["messages"])[0] ?? objects(c.messages)[0];
  const inbox = isObject(embedded?.["conversation"]) && isObject(embedded["conversation"]["contact_inbox"]) ? embedded["conversation"]["contact_inbox"] : {};
  return {
    ...omit(conversation, ["messages", "last_non_activity_message"]),
    channel: meta["channel"] ?? null,
    contact_inbox: { contact_id: sender["id"], inbox_id: conversation["inbox_id"], source_id: typeof inbox["source_id"] === "string" ? inbox["source_id"] : `mock-${String(conversation["id"])}` },
    meta: {
      sender: { ...sender, type: "contact" },
      assignee: isObject(meta["assignee"]) ? userPushData(meta["assignee"]) : null,
      assignee_type: isObject(meta["assignee"]) ? "User" : null,
      team: meta["team"] ?? null,
      hmac_verified: meta["hmac_verified"] ?? false,
    },
    first_reply_created_at: typeof firstReply === "number" && firstReply > 0 ? new Date(firstReply * 1000).toISOString() : null,
    messages: [],
  };
}

/** A message's sender as deliveries carry it: a contact without `type` (with `account`, `avatar`), an agent with `email`, a bot. */
function webhookSender(c: ChatwootConversation, sender: unknown, agents: readonly JsonObject[]): unknown {
  if (!isObject(sender)) return null;
  if (sender["type"] === "contact") {
    return { ...omit(sender, ["type"]), account: { id: c.conversation["account_id"], name: "Acme" }, avatar: sender["thumbnail"] ?? "" };
  }
  if (sender["type"] === "user") {
    const agent = agents.find((a) => a["id"] === sender["id"]);
    return { ...sender, email: agent?.["email"] ?? "agent@acme.example" };
  }
  return sender;
}

/** The payload of a `message_created` delivery (Chatwoot's `Message#webhook_data` plus `event`). */
export function messageCreatedPayload(c: ChatwootConversation, message: JsonObject, agents: readonly JsonObject[]): JsonObject {
  const type = message["message_type"];
  return {
    event: "message_created",
    ...pick(message, ["id", "content", "content_type", "content_attributes", "private", "source_id", "attachments"]),
    additional_attributes: {},
    message_type: type === INCOMING ? "incoming" : type === ACTIVITY ? "activity" : "outgoing",
    created_at: new Date((message["created_at"] as number) * 1000).toISOString(),
    account: { id: c.conversation["account_id"], name: "Acme" },
    inbox: { id: c.conversation["inbox_id"], name: "Acme Support" },
    sender: webhookSender(c, message["sender"], agents),
    conversation: webhookConversation(c),
  };
}

/** Extra fields of a message sent over the API: its `source_id` and the names of its attachments. */
export interface MessageExtras {
  readonly sourceId?: unknown;
  /** `content_attributes` as sent (an object, or its JSON text in a multipart body); kept as Chatwoot's MessageBuilder keeps it. */
  readonly contentAttributes?: unknown;
  readonly files?: readonly string[];
}

/** `content_attributes` as sent: an object, or its JSON text in a multipart body; `{}` otherwise. */
export function contentAttributesOf(value: unknown): JsonObject {
  if (isObject(value)) return value;
  if (typeof value !== "string") return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
