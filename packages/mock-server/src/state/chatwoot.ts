/**
 * Chatwoot's state, one account: conversations by id with their messages, shared by the
 * application API (`/api/v1/accounts/…`) and the public client API (`/public/api/v1/…`), which
 * read and write the same records. Listings honour `status` (default `open`, as Chatwoot),
 * `assignee_type`, `inbox_id`, `labels` and `page`; message listings `before` and `after`.
 * Changes emit the account webhooks Chatwoot sends: `conversation_created`, `message_created`
 * (not for activity messages), `conversation_status_changed`. A status change writes Chatwoot's
 * activity message (chatwoot-activity.ts), which moves `last_activity_at`.
 */
import {
  ACTIVITY,
  assigneeId,
  attachmentsFor,
  chatwootSeed,
  embeddedShape,
  INCOMING,
  listShape,
  messageCreatedPayload,
  OUTGOING,
  publicShape,
  senderFor,
  senderOf,
  webhookConversation,
  type ChatwootConversation,
  contentAttributesOf,
  type MessageExtras as Extras,
} from "./chatwoot-records.ts";
import { type StatusActor, statusActivityContent } from "./chatwoot-activity.ts";
import type { MockConversationInfo, MockMessageInfo, MockSender, MockStatus } from "./types.ts";
import { intParam, isObject, maxInt, omit, pageOf, text, unixSeconds, type JsonObject, type StateAnswer, type StateContext, type StateRequest, type VendorState } from "./vendor-state.ts";

const ME = 3; // the agent the mocks' access token belongs to (getProfile's example)

/** Builds Chatwoot's state from the spec's examples. */
export function chatwootState(context: StateContext): VendorState {
  const seed = chatwootSeed(context);
  const byId = seed.conversations;
  let nextConversationId = maxInt([...byId.keys()]) + 1;
  let nextMessageId = maxInt([...byId.values()].flatMap((c) => c.messages.map((m) => m["id"]))) + 1;
  const now = () => unixSeconds(context.now());

  const find = (id: string | undefined) => byId.get(Number(id));
  const info = (c: ChatwootConversation): MockConversationInfo => ({ id: String(c.conversation["id"]), status: String(c.conversation["status"]), messageCount: c.messages.length });
  const messageInfo = (m: JsonObject): MockMessageInfo => ({
    id: String(m["id"]),
    conversationId: String(m["conversation_id"]),
    text: text(m["content"]),
    from: senderOf(m),
    private: m["private"] === true,
    createdAt: new Date((m["created_at"] as number) * 1000).toISOString(),
  });
  const byActivity = () => [...byId.values()].sort((a, b) => (b.conversation["last_activity_at"] as number) - (a.conversation["last_activity_at"] as number));

  function addMessage(c: ChatwootConversation, text: string, from: MockSender, isPrivate: boolean, type = from === "contact" ? INCOMING : OUTGOING, extras: Extras = {}): JsonObject {
    const at = now();
    const message: JsonObject = {
      id: nextMessageId++,
      content: text,
      inbox_id: c.conversation["inbox_id"],
      conversation_id: c.conversation["id"],
      message_type: type,
      content_type: "text",
      status: "sent",
      content_attributes: contentAttributesOf(extras.contentAttributes),
      created_at: at,
      private: isPrivate,
      source_id: typeof extras.sourceId === "string" ? extras.sourceId : null,
      // Activity messages have none (`Conversations::ActivityMessageJob` creates them without a sender).
      ...(type === ACTIVITY ? {} : { sender: senderFor(seed, c, from) }),
    };
    if (extras.files !== undefined && extras.files.length > 0) message["attachments"] = attachmentsFor(message, c.conversation["account_id"], extras.files);
    c.messages.push(message);
    const embedded = embeddedShape(seed, c, message);
    Object.assign(c.conversation, { last_activity_at: at, timestamp: at, updated_at: at, messages: [embedded] });
    if (type !== ACTIVITY) c.conversation["last_non_activity_message"] = embedded;
    // `webhook_sendable?` (message_filter_helpers.rb): incoming, outgoing and template messages only.
    if (type !== ACTIVITY) context.emit("message_created", messageCreatedPayload(c, message, seed.agents));
    // A customer writing on a resolved or snoozed conversation reopens it, as in Chatwoot.
    if (type === INCOMING && c.conversation["status"] !== "open" && c.conversation["status"] !== "pending") setStatus(c, "open", null, "contact");
    return message;
  }

  function setStatus(c: ChatwootConversation, status: string, snoozedUntil: unknown = null, actor: StatusActor = "agent"): void {
    const previous = c.conversation["status"];
    Object.assign(c.conversation, { status, snoozed_until: status === "snoozed" ? snoozedUntil : null, updated_at: now() });
    if (previous === status) return;
    context.emit("conversation_status_changed", { event: "conversation_status_changed", ...webhookConversation(c), changed_attributes: [{ status: { previous_value: previous, current_value: status } }] });
    const names = { agentName: text(senderFor(seed, c, "agent")["name"]), contactName: text(senderFor(seed, c, "contact")["name"]) };
    const content = statusActivityContent(status, actor, names);
    if (content !== null) addMessage(c, content, "agent", false, ACTIVITY);
  }

  function create(fields: { status?: string; text?: string; from?: MockSender; contactName?: string; inboxId?: unknown }): ChatwootConversation {
    const at = now();
    const template = seed.newConversation;
    const meta = isObject(template["meta"]) ? template["meta"] : {};
    const sender = isObject(meta["sender"]) ? meta["sender"] : {};
    const id = nextConversationId++;
    const conversation: JsonObject = {
      ...template,
      id,
      uuid: `00000000-0000-4000-8000-${id.toString(16).padStart(12, "0")}`,
      meta: { ...meta, sender: fields.contactName === undefined ? sender : { ...sender, name: fields.contactName } },
      status: fields.status ?? "open",
      ...(fields.inboxId === undefined ? {} : { inbox_id: fields.inboxId }),
      labels: [],
      messages: [],
      created_at: at,
      updated_at: at,
      timestamp: at,
      last_activity_at: at,
      waiting_since: at,
      last_non_activity_message: null,
    };
    const c: ChatwootConversation = { conversation, messages: [] };
    byId.set(id, c);
    context.emit("conversation_created", { event: "conversation_created", ...webhookConversation(c) });
    if (fields.text !== undefined) addMessage(c, fields.text, fields.from ?? "contact", false);
    return c;
  }

  function assigneeMatches(c: ChatwootConversation, type: string | null): boolean {
    const assignee = assigneeId(c);
    if (type === "me") return assignee === ME;
    if (type === "assigned") return assignee !== null;
    if (type === "unassigned") return assignee === null;
    return true;
  }

  function listConversations(query: URLSearchParams): StateAnswer {
    const status = query.get("status") ?? "open";
    const inbox = query.get("inbox_id");
    const labels = query.getAll("labels").concat(query.getAll("labels[]"));
    const filtered = byActivity().filter(
      (c) =>
        (status === "all" || c.conversation["status"] === status) &&
        (inbox === null || String(c.conversation["inbox_id"]) === inbox) &&
        labels.every((l) => (c.conversation["labels"] as unknown[] | undefined)?.includes(l) === true),
    );
    const count = (type: string) => filtered.filter((c) => assigneeMatches(c, type)).length;
    const scoped = filtered.filter((c) => assigneeMatches(c, query.get("assignee_type")));
    const { items } = pageOf(scoped, intParam(query, "page", 1), seed.conversationPageSize);
    const meta = { mine_count: count("me"), assigned_count: count("assigned"), unassigned_count: count("unassigned"), all_count: count("all") };
    return { status: 200, body: { data: { meta, payload: items.map((c) => c.conversation) } } };
  }

  /** A page of messages, oldest first: the newest before `before`, or all after `after`. */
  function messagePage(c: ChatwootConversation, query: URLSearchParams, visible: (m: JsonObject) => boolean): JsonObject[] {
    const before = Number(query.get("before") ?? Infinity);
    const after = Number(query.get("after") ?? -Infinity);
    const selected = c.messages.filter((m) => visible(m) && (m["id"] as number) < before && (m["id"] as number) > after);
    return query.has("after") ? selected : selected.slice(-seed.messagePageSize);
  }

  function publicConversation(c: ChatwootConversation): JsonObject {
    const t = seed.publicTemplate;
    const conversation = c.conversation;
    const pick = conversation["id"] === t["id"] ? {} : { uuid: conversation["uuid"], inbox_id: conversation["inbox_id"], contact_last_seen_at: conversation["contact_last_seen_at"], agent_last_seen_at: conversation["agent_last_seen_at"] };
    return { ...t, ...pick, id: conversation["id"], status: conversation["status"], messages: c.messages.filter((m) => m["private"] !== true).map(publicShape) };
  }

  function answer(request: StateRequest): StateAnswer {
    const body = isObject(request.body) ? request.body : {};
    if (request.operationId === "listAccountConversations") return listConversations(request.query);
    if (request.operationId === "createAccountConversation") {
      const message = isObject(body["message"]) ? body["message"] : {};
      const c = create({ status: typeof body["status"] === "string" ? body["status"] : undefined, inboxId: body["inbox_id"], text: typeof message["content"] === "string" ? message["content"] : undefined, from: "agent" });
      return { status: 200, body: c.conversation };
    }
    const c = find(request.pathParams["conversation_id"]);
    if (c === undefined) return "conversation_id" in request.pathParams ? "not-found" : undefined;
    const ok = (value: unknown): StateAnswer => ({ status: 200, body: value });
    const conversation = c.conversation;
    switch (request.operationId) {
      case "getAccountConversation":
        return ok(conversation);
      case "listAccountConversationMessages": {
        // messages/index.json.jbuilder renders `assignee` only `if @conversation.assignee.present?`: an unassigned conversation has no key.
        const meta = { ...omit(seed.listMeta, ["assignee"]), labels: conversation["labels"], ...(assigneeId(c) === null ? {} : { assignee: senderFor(seed, c, "agent") }) };
        return ok({ meta, payload: messagePage(c, request.query, () => true) });
      }
      case "createAccountConversationMessage": {
        const type = body["message_type"] === "incoming" ? INCOMING : body["message_type"] === "activity" ? ACTIVITY : OUTGOING;
        const from: MockSender = type === INCOMING ? "contact" : "agent";
        const files = Array.isArray(body["attachments[]"]) ? body["attachments[]"].map(String) : typeof body["attachments[]"] === "string" ? [body["attachments[]"]] : [];
        const isPrivate = body["private"] === true || body["private"] === "true";
        return ok(listShape(addMessage(c, typeof body["content"] === "string" ? body["content"] : "", from, isPrivate, type, { sourceId: body["source_id"], contentAttributes: body["content_attributes"], files })));
      }
      case "toggleAccountConversationStatus": {
        const status = typeof body["status"] === "string" ? body["status"] : conversation["status"] === "open" ? "resolved" : "open";
        const until = typeof body["snoozed_until"] === "number" ? new Date(body["snoozed_until"] * 1000).toISOString() : null;
        setStatus(c, status, until);
        return ok({ payload: { success: true, conversation_id: conversation["id"], current_status: status, snoozed_until: conversation["snoozed_until"] } });
      }
      case "assignAccountConversation": {
        const meta = isObject(conversation["meta"]) ? conversation["meta"] : {};
        // Chatwoot's conversation JSON leaves `assignee` / `team` out when there is none.
        const put = (key: "assignee" | "team", value: JsonObject | null): StateAnswer => {
          conversation["meta"] = value === null ? omit(meta, [key]) : { ...meta, [key]: value };
          return ok(value);
        };
        if (body["assignee_type"] === "AgentBot") return ok(seed.bots.find((b) => b["id"] === body["assignee_id"]) ?? seed.bots[0] ?? null);
        if ("assignee_id" in body) return put("assignee", seed.agents.find((a) => a["id"] === body["assignee_id"]) ?? null);
        if ("team_id" in body) {
          const team = seed.teams.find((t) => t["id"] === body["team_id"]) ?? null;
          put("team", team === null ? null : { is_member: true, ...team });
          return ok(team);
        }
        return undefined;
      }
      case "listAccountConversationLabels":
        return ok({ payload: conversation["labels"] });
      case "setAccountConversationLabels":
        conversation["labels"] = Array.isArray(body["labels"]) ? [...new Set(body["labels"])] : [];
        return ok({ payload: conversation["labels"] });
      case "getConversation":
        return ok(publicConversation(c));
      case "listMessages":
        return ok(messagePage(c, request.query, (m) => m["private"] !== true).map(publicShape));
      case "createMessage":
        return ok(publicShape(addMessage(c, typeof body["content"] === "string" ? body["content"] : "", "contact", false)));
      case "resolveConversation":
        setStatus(c, conversation["status"] === "resolved" ? "open" : "resolved", null, "contact");
        return ok(publicConversation(c));
      default:
        return undefined;
    }
  }

  return {
    answer,
    addMessage(id, input) {
      const c = find(id);
      return c === undefined ? undefined : messageInfo(addMessage(c, input.text, input.from ?? "contact", input.private === true));
    },
    setStatus(id, status: MockStatus, by = "agent") {
      const c = find(id);
      if (c === undefined) return undefined;
      setStatus(c, status, null, by);
      return info(c);
    },
    createConversation: (input) => info(create({ ...input, status: input.status })),
    conversations: () => byActivity().map(info),
  };
}
