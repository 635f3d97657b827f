/**
 * 5chat's state: conversations (by token) with their messages, visitor and users, seeded from the
 * examples of `listConversations` and `getConversation`. 5chat's API has no write on
 * conversations, so they change only through the scenario API; its listing honours `page` and
 * `limit` (default: the examples' page size), newest conversation first (5chat documents no order).
 */
import type { MockConversationInfo, MockConversationInput, MockMessageInfo, MockMessageInput, MockSender, MockStatus } from "./types.ts";
import { hexCounter, intParam, isObject, maxInt, objects, omit, pageOf, text, type JsonObject, type StateAnswer, type StateContext, type StateRequest, type VendorState } from "./vendor-state.ts";

interface Conversation {
  /** The detail shape of `getConversation` (listing fields plus `summary`, `tags`). */
  conversation: JsonObject;
  messages: JsonObject[];
  visitor: JsonObject;
  users: JsonObject[];
}

/** The listing item: the conversation without the detail-only fields. */
function listed(c: Conversation): JsonObject {
  return omit(c.conversation, ["summary", "tags"]);
}

function senderOf(message: JsonObject): MockSender {
  if (message["senderType"] === "bot") return "bot";
  return message["userId"] === null || message["userId"] === undefined ? "contact" : "agent";
}

/** Builds 5chat's state from the spec's examples. */
export function fiveChatState(context: StateContext): VendorState {
  const details = context.examples("getConversation").filter(isObject);
  const template = details[0] ?? {};
  const byToken = new Map<string, Conversation>();
  for (const listing of context.examples("listConversations").filter(isObject)) {
    for (const item of objects(listing["data"])) {
      const token = String(item["token"]);
      if (byToken.has(token)) continue;
      const detail = details.find((d) => isObject(d["conversation"]) && d["conversation"]["token"] === token);
      byToken.set(token, {
        conversation: detail !== undefined && isObject(detail["conversation"]) ? detail["conversation"] : { ...item, summary: null, tags: [] },
        messages: objects(detail?.["messages"]),
        visitor: isObject(detail?.["visitor"]) ? detail["visitor"] : { ...(isObject(template["visitor"]) ? template["visitor"] : {}), id: item["visitorId"], name: `Visitor ${String(item["visitorId"])}` },
        users: objects((detail ?? template)["users"]),
      });
    }
  }
  const all = () => [...byToken.values()];
  let nextConversationId = maxInt(all().map((c) => c.conversation["id"])) + 1;
  let nextMessageId = maxInt(all().flatMap((c) => c.messages.map((m) => m["id"]))) + 1;
  let nextVisitorId = maxInt(all().map((c) => c.conversation["visitorId"])) + 1;
  const nextToken = hexCounter(0xf00000000001, 12);
  const pageSize = maxInt(context.examples("listConversations").map((l) => (isObject(l) ? l["limit"] : undefined))) || 20;
  const iso = () => new Date(context.now()).toISOString();

  const info = (c: Conversation): MockConversationInfo => ({ id: String(c.conversation["token"]), status: String(c.conversation["status"]), messageCount: c.messages.length });
  const messageInfo = (c: Conversation, m: JsonObject): MockMessageInfo => ({
    id: String(m["id"]),
    conversationId: String(c.conversation["token"]),
    text: text(m["content"]),
    from: senderOf(m),
    private: false,
    createdAt: String(m["createdAt"]),
  });
  const newestFirst = () => all().sort((a, b) => String(b.conversation["createdAt"]).localeCompare(String(a.conversation["createdAt"])));

  function addMessage(token: string, input: MockMessageInput): MockMessageInfo | undefined {
    const c = byToken.get(token);
    if (c === undefined) return undefined;
    const from = input.from ?? "contact";
    const agentId = c.conversation["assigneeId"] ?? c.users[0]?.["id"] ?? null;
    const message: JsonObject = {
      id: nextMessageId++,
      conversationId: c.conversation["id"],
      content: input.text,
      ...(from === "bot" ? { senderType: "bot" } : {}),
      userId: from === "agent" ? agentId : null,
      visitorId: from === "contact" ? c.conversation["visitorId"] : null,
      createdAt: iso(),
    };
    c.messages.push(message);
    if (from !== "contact" && c.conversation["firstMessageAt"] === null) c.conversation["firstMessageAt"] = message["createdAt"];
    return messageInfo(c, message);
  }

  function setStatus(token: string, status: MockStatus): MockConversationInfo | undefined {
    const c = byToken.get(token);
    if (c === undefined) return undefined;
    const closed = status === "resolved";
    c.conversation["status"] = closed ? "CLOSED" : "OPEN";
    c.conversation["closedAt"] = closed ? iso() : null;
    return info(c);
  }

  function answer(request: StateRequest): StateAnswer {
    if (request.operationId === "listConversations") {
      const page = intParam(request.query, "page", 1);
      const limit = intParam(request.query, "limit", pageSize);
      const { items, total, totalPages } = pageOf(newestFirst(), page, limit);
      return { status: 200, body: { data: items.map(listed), total, page, limit, totalPages, hasNextPage: page < totalPages, hasPrevPage: page > 1 } };
    }
    if (request.operationId === "getConversation" || request.operationId === "listConversationMessages") {
      const c = byToken.get(request.pathParams["token"] ?? "");
      if (c === undefined) return "not-found";
      return { status: 200, body: { conversation: c.conversation, messages: c.messages, visitor: c.visitor, users: c.users } };
    }
    return undefined;
  }

  return {
    answer,
    addMessage,
    setStatus,
    createConversation(input: MockConversationInput): MockConversationInfo {
      const token = nextToken();
      const visitorId = nextVisitorId++;
      const base = isObject(template["conversation"]) ? template["conversation"] : {};
      const c: Conversation = {
        conversation: { ...base, id: nextConversationId++, token, assigneeId: null, visitorId, rating: null, createdAt: iso(), status: "OPEN", firstMessageAt: null, closedAt: null, summary: null, tags: [] },
        messages: [],
        visitor: { ...(isObject(template["visitor"]) ? template["visitor"] : {}), id: visitorId, token: nextToken(), name: input.contactName ?? "Maya Chen", createdAt: iso(), updatedAt: iso() },
        users: objects(template["users"]),
      };
      byToken.set(token, c);
      if (input.text !== undefined) addMessage(token, { text: input.text, from: input.from ?? "contact" });
      if (input.status !== undefined) setStatus(token, input.status);
      return info(c);
    },
    conversations: () => newestFirst().map(info),
  };
}
