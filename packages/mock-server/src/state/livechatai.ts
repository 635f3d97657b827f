/**
 * LiveChatAI's state: conversations (`chat_…`) with their messages, seeded from the examples of
 * `listConversations` and `getConversation`. Replies (`/reply`), questions (`POST /conversations`,
 * answered by the AI), new conversations (`/create`) and `/end` change it; the listing honours
 * `status` (`open` / `close`), `sort` (by `lastMessageDate`, newest first by default), `page` and
 * `perPage` (default: the examples' page size).
 */
import type { MockConversationInfo, MockConversationInput, MockMessageInfo, MockMessageInput, MockSender, MockStatus } from "./types.ts";
import { hexCounter, intParam, isObject, objects, omit, pageOf, text, type JsonObject, type StateAnswer, type StateContext, type StateRequest, type VendorState } from "./vendor-state.ts";

interface Conversation {
  /** The listing shape (with `contact` and `agent`). */
  item: JsonObject;
  /** The `getConversation` shape without `messages`. */
  detail: JsonObject;
  messages: JsonObject[];
}

const AI_ANSWER = "Thanks for your message! An agent will follow up shortly.";

function senderOf(message: JsonObject): MockSender {
  if (message["role"] === "user") return "contact";
  return isObject(message["agent"]) ? "agent" : "bot";
}

/** Builds LiveChatAI's state from the spec's examples. */
export function livechataiState(context: StateContext): VendorState {
  const details = context.examples("getConversation").flatMap((e) => (isObject(e) && isObject(e["data"]) ? [e["data"]] : []));
  const template = details[0] ?? {};
  const byId = new Map<string, Conversation>();
  const listings = context.examples("listConversations").flatMap((e) => (isObject(e) && isObject(e["data"]) ? [e["data"]] : []));
  for (const item of listings.flatMap((l) => objects(l["conversations"]))) {
    const id = String(item["id"]);
    if (byId.has(id)) continue;
    const found = details.find((d) => d["id"] === id);
    const { messages, ...detail } = found ?? {
      ...template,
      id,
      contactId: isObject(item["contact"]) ? item["contact"]["id"] : null,
      isResolved: item["isResolved"],
      isAgent: item["isAgent"],
      integrationType: item["integrationType"],
      lastMessageDate: item["lastMessageDate"],
      agent: item["agent"],
      messages: [],
      createdAt: item["createdAt"],
      updatedAt: item["updatedAt"],
    };
    byId.set(id, { item, detail, messages: objects(messages) });
  }
  const pageSize = listings.reduce((size, l) => (isObject(l["meta"]) && typeof l["meta"]["perPage"] === "number" ? Math.max(size, l["meta"]["perPage"]) : size), 0) || 20;
  const nextMessage = hexCounter(0xf000000001, 10);
  const nextChat = hexCounter(0xf000000001, 10);
  const iso = () => new Date(context.now()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const sample = [...byId.values()][0];

  const set = (c: Conversation, fields: JsonObject) => {
    Object.assign(c.item, fields);
    Object.assign(c.detail, fields);
  };
  const info = (c: Conversation): MockConversationInfo => ({ id: String(c.item["id"]), status: c.item["isResolved"] === true ? "resolved" : "open", messageCount: c.messages.length });
  const byActivity = (order: string | null) =>
    [...byId.values()].sort((a, b) => (order === "asc" ? 1 : -1) * String(a.item["lastMessageDate"]).localeCompare(String(b.item["lastMessageDate"])));

  function push(c: Conversation, text: string, from: MockSender): JsonObject {
    const human = isObject(c.item["agent"]) ? c.item["agent"] : (isObject(template["agent"]) ? template["agent"] : null);
    const message: JsonObject = { id: `msg_${nextMessage()}`, content: text, role: from === "contact" ? "user" : "assistant", type: "TEXT", source: [], agent: from === "agent" ? human : null, createdAt: iso() };
    c.messages.push(message);
    set(c, { lastMessageDate: message["createdAt"], updatedAt: message["createdAt"] });
    return message;
  }
  const messageInfo = (c: Conversation, m: JsonObject): MockMessageInfo => ({
    id: String(m["id"]),
    conversationId: String(c.item["id"]),
    text: String(m["content"]),
    from: senderOf(m),
    private: false,
    createdAt: String(m["createdAt"]),
  });

  // The first conversation `/create` makes takes the id the spec's `createConversation` example shows.
  const createdExample = context.examples("createConversation").flatMap((e) => (isObject(e) && isObject(e["data"]) ? [String(e["data"]["conversationId"])] : []));
  function create(input: MockConversationInput & { contactId?: unknown }, byCreateEndpoint = false): Conversation {
    const fromExample = byCreateEndpoint ? createdExample.find((id) => !byId.has(id)) : undefined;
    const id = fromExample ?? `chat_${nextChat()}`;
    const contact: JsonObject | null = isObject(sample?.item["contact"]) ? { ...sample.item["contact"], ...(input.contactName === undefined ? {} : { name: input.contactName }) } : null;
    if (contact !== null && typeof input.contactId === "string") contact["id"] = input.contactId;
    const now = iso();
    const item: JsonObject = { ...(sample?.item ?? {}), id, isResolved: false, isAgent: false, integrationType: null, contact, agent: null, lastMessageDate: now, createdAt: now, updatedAt: now };
    const base = omit(template, ["messages"]);
    const c: Conversation = { item, detail: { ...base, id, contactId: contact?.["id"] ?? null, isResolved: false, isAgent: false, integrationType: null, agent: null, lastMessageDate: now, createdAt: now, updatedAt: now }, messages: [] };
    byId.set(id, c);
    if (input.text !== undefined) push(c, input.text, input.from ?? "contact");
    if (input.status === "resolved") set(c, { isResolved: true });
    return c;
  }

  function answer(request: StateRequest): StateAnswer {
    const body = isObject(request.body) ? request.body : {};
    const c = byId.get(request.pathParams["conversationId"] ?? "");
    switch (request.operationId) {
      case "listConversations": {
        const status = request.query.get("status");
        const filtered = byActivity(request.query.get("sort")).filter((x) => status === null || (status === "close") === (x.item["isResolved"] === true));
        const page = intParam(request.query, "page", 1);
        const perPage = intParam(request.query, "perPage", pageSize);
        const { items, total, totalPages } = pageOf(filtered, page, perPage);
        return { status: 200, body: { status: "success", data: { conversations: items.map((x) => x.item), meta: { total, perPage, currentPage: page, totalPages } } } };
      }
      case "getConversation":
        return c === undefined ? "not-found" : { status: 200, body: { status: "success", data: { ...c.detail, messages: c.messages } } };
      case "replyToConversation": {
        if (c === undefined) return "not-found";
        const m = push(c, typeof body["message"] === "string" ? body["message"] : "", "agent");
        const reply = { id: m["id"], text: m["content"], sender: "AGENT", type: "TEXT", createdAt: m["createdAt"], agent: m["agent"] };
        return { status: 200, body: { status: "success", message: "User reply sent successfully", data: { messageId: m["id"], conversationId: c.item["id"], message: reply } } };
      }
      case "endConversation": {
        if (c === undefined) return "not-found";
        set(c, { isResolved: true, updatedAt: iso() });
        const agent = isObject(c.item["agent"]) ? c.item["agent"]["id"] : null;
        return { status: 200, body: { status: "success", message: "Conversation resolved successfully", data: { conversationId: c.item["id"], userId: body["userId"] ?? agent, contactId: c.detail["contactId"] } } };
      }
      case "createConversation": {
        const created = create({ contactId: body["contactId"] }, true);
        return { status: 200, body: { status: "success", data: { conversationId: created.item["id"], contactId: created.detail["contactId"] } } };
      }
      case "sendMessage": {
        const target = byId.get(String(body["conversationId"])) ?? create({ contactId: body["contactId"] });
        const question = push(target, text(body["question"]), "contact");
        const reply = push(target, AI_ANSWER, "bot");
        const data = { conversationId: target.item["id"], contactId: target.detail["contactId"], response: AI_ANSWER, messageId: question["id"], responseMessageId: reply["id"], links: [] };
        return { status: 200, body: { status: "success", message: "Message sent successfully", data } };
      }
      default:
        return undefined;
    }
  }

  return {
    answer,
    addMessage(id, input: MockMessageInput) {
      const c = byId.get(id);
      return c === undefined ? undefined : messageInfo(c, push(c, input.text, input.from ?? "contact"));
    },
    setStatus(id, status: MockStatus) {
      const c = byId.get(id);
      if (c === undefined) return undefined;
      set(c, { isResolved: status === "resolved", updatedAt: iso() });
      return info(c);
    },
    createConversation: (input) => info(create(input)),
    conversations: () => byActivity("desc").map(info),
  };
}
