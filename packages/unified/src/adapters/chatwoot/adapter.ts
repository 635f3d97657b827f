/**
 * The Chatwoot adapter: `chatwoot({ baseUrl, apiAccessToken })`. It reads and writes through the
 * public client API (a reference with `inboxIdentifier` + `contactIdentifier`) or the application
 * API (a reference with `accountId`, which needs `apiAccessToken`).
 */
import { createChatwootClient, type ChatwootClient, type ChatwootClientOptions } from "@org/chatwoot";
import { UnsupportedOperationError } from "@org/runtime";
import type { Adapter, AdapterContext, AdapterCursor } from "../../adapter.js";
import type { Capabilities } from "../../capabilities.js";
import type { ChatwootTypes } from "./types.js";
import type { ConversationRefOf, MessageOf } from "../../model.js";
import type { JsonObject } from "../../tolerant-read.js";
import type { ChatwootConversationRef } from "./types.js";
import { expectInteger, expectObject, expectObjects, type ShapeContext } from "../../response-shape.js";
import { checkKeys, integerAt, invalid, stringAt } from "../../caller-input.js";
import { bodyOf } from "../response.js";
import { chatwootConversation, chatwootMessage } from "./normalizer.js";
import { ACCOUNT_MESSAGES, isPublic, PUBLIC_MESSAGES } from "./ref-kind.js";
import { chatwootWriters } from "./writes.js";

const VENDOR = "chatwoot";
const PUBLIC_CONVERSATION = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}";
const PUBLIC_CONVERSATIONS = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations";
const ACCOUNT_CONVERSATIONS = "/api/v1/accounts/{account_id}/conversations";
const ACCOUNT_CONVERSATION = "/api/v1/accounts/{account_id}/conversations/{conversation_id}";

/** Options of {@link chatwoot}: the `@org/chatwoot` client's options (`throwOnError` is always on). */
export type ChatwootAdapterOptions = Omit<ChatwootClientOptions, "throwOnError">;

/** What the Chatwoot adapter supports. */
export const CHATWOOT_CAPABILITIES: Capabilities = {
  vendor: VENDOR,
  messagePagination: "before",
  conversationPagination: "page",
  maxPageSize: null,
  conversationStatusFilter: ["open", "pending", "resolved", "snoozed"],
  conversationMessages: "all-or-latest",
  sendMessage: { private: true, attachments: true },
  idempotentSend: true,
  setStatus: ["open", "pending", "resolved", "snoozed"],
  snoozedUntil: true,
  assign: { agent: true, team: true, unassign: true },
  setTags: true,
  webhooks: true,
  events: { push: true, poll: "incremental" },
  notes: [
    "Public references (inboxIdentifier + contactIdentifier) list one contact's conversations without a status filter.",
    "Through a public reference, sendMessage sends a message as the contact (no private notes) and setStatus can only resolve; assign and setTags need an accountId reference.",
    "getConversation through the application API carries only the latest message; use listMessages for all.",
    "events() polling sees a status change by the activity message Chatwoot writes for it (which moves last_activity_at); an agent-bot token setting open, pending or snoozed writes none (activity_message_handler.rb status_change_activity), so polling sees that change only on the listing pages it reads — conversation_status_changed webhooks carry every change.",
    "sendMessage's idempotencyKey needs an accountId reference (the public client API stores no caller-chosen id); the look-up after an unclear failure lists messages, which agent-bot tokens may not do (then nothing is resent).",
  ],
};

const ACCOUNT_REF_KEYS = ["accountId", "conversationId"] as const;
const PUBLIC_REF_KEYS = ["inboxIdentifier", "contactIdentifier", "conversationId"] as const;
const ACCOUNT_FILTER_KEYS = ["accountId", "status", "inboxId", "assigneeType"] as const;
const PUBLIC_FILTER_KEYS = ["inboxIdentifier", "contactIdentifier"] as const;
const ASSIGNEE_TYPES = ["me", "unassigned", "all", "assigned"] as const;
/** Chatwoot's own spellings of our keys, for "did you mean". */
const HABITS = { account_id: "accountId", conversation_id: "conversationId", inbox_identifier: "inboxIdentifier", contact_identifier: "contactIdentifier" };

function checkRef(ids: Readonly<Record<string, unknown>>, { connection }: AdapterContext): ChatwootConversationRef {
  const where = `in a reference to connection "${connection}" (chatwoot)`;
  if ("inboxIdentifier" in ids || "contactIdentifier" in ids) {
    const ref = checkKeys(VENDOR, "the reference", ids, PUBLIC_REF_KEYS, HABITS);
    return {
      inboxIdentifier: stringAt(VENDOR, ref, "inboxIdentifier", where),
      contactIdentifier: stringAt(VENDOR, ref, "contactIdentifier", where),
      conversationId: integerAt(VENDOR, ref, "conversationId", where),
    };
  }
  const ref = checkKeys(VENDOR, "the reference", ids, [...ACCOUNT_REF_KEYS, ...PUBLIC_REF_KEYS], HABITS);
  if (!("accountId" in ref)) {
    throw invalid(VENDOR, "accountId", `a chatwoot reference needs accountId (application API) or inboxIdentifier + contactIdentifier (public API); connection "${connection}"`);
  }
  return { accountId: integerAt(VENDOR, ref, "accountId", where), conversationId: integerAt(VENDOR, ref, "conversationId", where) };
}

function checkFilters(filters: Readonly<Record<string, unknown>>, { connection }: AdapterContext): ChatwootTypes["filters"] {
  const where = `in listConversations("${connection}") filters`;
  if ("inboxIdentifier" in filters || "contactIdentifier" in filters) {
    if ("status" in filters) {
      throw new UnsupportedOperationError({
        vendor: VENDOR,
        operation: "listConversations",
        detail: `connection "${connection}": the public client API cannot filter a contact's conversations by status; list with { accountId } (application API)`,
      });
    }
    const f = checkKeys(VENDOR, "listConversations filters", filters, PUBLIC_FILTER_KEYS, HABITS);
    return { inboxIdentifier: stringAt(VENDOR, f, "inboxIdentifier", where), contactIdentifier: stringAt(VENDOR, f, "contactIdentifier", where) };
  }
  const f = checkKeys(VENDOR, "listConversations filters", filters, [...ACCOUNT_FILTER_KEYS, ...PUBLIC_FILTER_KEYS], HABITS);
  if (!("accountId" in f)) throw invalid(VENDOR, "accountId", `listConversations("${connection}") needs { accountId } (application API) or { inboxIdentifier, contactIdentifier } (public API)`);
  const assigneeType = f["assigneeType"];
  if (assigneeType !== undefined && !(ASSIGNEE_TYPES as readonly unknown[]).includes(assigneeType)) {
    throw invalid(VENDOR, "assigneeType", `assigneeType must be one of ${ASSIGNEE_TYPES.join(", ")}`);
  }
  return {
    accountId: integerAt(VENDOR, f, "accountId", where),
    ...(f["status"] === undefined ? {} : { status: f["status"] as never }),
    ...(f["inboxId"] === undefined ? {} : { inboxId: integerAt(VENDOR, f, "inboxId", where) }),
    ...(assigneeType === undefined ? {} : { assigneeType: assigneeType as (typeof ASSIGNEE_TYPES)[number] }),
  };
}

/** The pieces both API families share. */
function readers(client: ChatwootClient) {
  const shape = (operation: string): ShapeContext => ({ vendor: VENDOR, operation });

  /** Normalize a conversation body, checking what the reference is built from. */
  function conversation(body: unknown, operation: string, connection: string, ref: ChatwootConversationRef | ((id: number) => ChatwootConversationRef), path = "$") {
    const ctx = shape(operation);
    const payload = expectObject(ctx, body, path);
    const id = expectInteger(ctx, payload["id"], `${path}.id`, 1);
    const vendorRef = typeof ref === "function" ? ref(id) : ref;
    const full = { connection, ...vendorRef } as ConversationRefOf<ChatwootTypes>;
    return chatwootConversation(payload, { connection, ref: full });
  }

  async function getConversation(ref: ChatwootConversationRef, { connection, signal }: AdapterContext) {
    if (isPublic(ref)) {
      const path = { inbox_identifier: ref.inboxIdentifier, contact_identifier: ref.contactIdentifier, conversation_id: ref.conversationId };
      const result = await client.GET(PUBLIC_CONVERSATION, { params: { path }, signal });
      const op = `GET ${PUBLIC_CONVERSATION}`;
      return { data: conversation(bodyOf(result, VENDOR, op), op, connection, ref), response: result.response };
    }
    const result = await client.GET(ACCOUNT_CONVERSATION, { params: { path: { account_id: ref.accountId, conversation_id: ref.conversationId } }, signal });
    const op = `GET ${ACCOUNT_CONVERSATION}`;
    return { data: conversation(bodyOf(result, VENDOR, op), op, connection, ref), response: result.response };
  }

  /**
   * Chatwoot pages messages backwards: `before=<oldest id seen>`. A page comes oldest first; the
   * facade yields newest first. An empty page ends the listing (the page size, 20, is not part of
   * the documented contract, so a short page is not taken as the end).
   */
  function backwardsPage(raw: JsonObject[], path: string, op: string, connection: string, ref: ChatwootConversationRef) {
    const ctx = shape(op);
    let oldest: number | undefined;
    raw.forEach((m, i) => {
      const id = expectInteger(ctx, m["id"], `${path}[${i}].id`, 1);
      if (oldest === undefined || id < oldest) oldest = id;
    });
    const scope = { connection, ref: { connection, ...ref } as ConversationRefOf<ChatwootTypes> };
    const items: MessageOf<ChatwootTypes>[] = raw.map((m) => chatwootMessage(m, String(ref.conversationId), scope)).reverse();
    return { items, nextCursor: oldest === undefined ? undefined : { before: oldest } };
  }

  async function messagesPage(ref: ChatwootConversationRef, cursor: AdapterCursor | undefined, { connection, signal }: AdapterContext) {
    const before = cursor !== undefined && "before" in cursor ? cursor.before : undefined;
    const query = before === undefined ? {} : { before };
    if (isPublic(ref)) {
      const path = { inbox_identifier: ref.inboxIdentifier, contact_identifier: ref.contactIdentifier, conversation_id: ref.conversationId };
      const op = `GET ${PUBLIC_MESSAGES}`;
      const raw = expectObjects(shape(op), bodyOf(await client.GET(PUBLIC_MESSAGES, { params: { path, query }, signal }), VENDOR, op), "$");
      return backwardsPage(raw, "$", op, connection, ref);
    }
    const path = { account_id: ref.accountId, conversation_id: ref.conversationId };
    const op = `GET ${ACCOUNT_MESSAGES}`;
    const body = expectObject(shape(op), bodyOf(await client.GET(ACCOUNT_MESSAGES, { params: { path, query }, signal }), VENDOR, op), "$");
    return backwardsPage(expectObjects(shape(op), body["payload"], "$.payload"), "$.payload", op, connection, ref);
  }

  async function conversationsPage(filters: ChatwootTypes["filters"], cursor: AdapterCursor | undefined, { connection, signal }: AdapterContext, sortBy?: "last_activity_at_desc") {
    if (filters.inboxIdentifier !== undefined) {
      // The public API returns all of a contact's conversations at once.
      const { inboxIdentifier, contactIdentifier } = filters;
      const op = `GET ${PUBLIC_CONVERSATIONS}`;
      const result = await client.GET(PUBLIC_CONVERSATIONS, { params: { path: { inbox_identifier: inboxIdentifier, contact_identifier: contactIdentifier } }, signal });
      const list = expectObjects(shape(op), bodyOf(result, VENDOR, op), "$");
      return {
        items: list.map((c, i) => conversation(c, op, connection, (conversationId) => ({ inboxIdentifier, contactIdentifier, conversationId }), `$[${i}]`)),
        nextCursor: undefined,
      };
    }
    const page = cursor !== undefined && "page" in cursor ? cursor.page : 1;
    const seenBefore = cursor !== undefined && "page" in cursor ? (cursor.seen ?? 0) : 0;
    const assigneeType = filters.assigneeType ?? "all";
    const query = {
      page,
      assignee_type: assigneeType,
      // Chatwoot's own default is `open`; the facade lists every status unless asked.
      status: filters.status ?? ("all" as const),
      ...(filters.inboxId === undefined ? {} : { inbox_id: filters.inboxId }),
      ...(sortBy === undefined ? {} : { sort_by: sortBy }),
    };
    const op = `GET ${ACCOUNT_CONVERSATIONS}`;
    const ctx = shape(op);
    const result = await client.GET(ACCOUNT_CONVERSATIONS, { params: { path: { account_id: filters.accountId }, query }, signal });
    const data = expectObject(ctx, expectObject(ctx, bodyOf(result, VENDOR, op), "$")["data"], "$.data");
    const meta = expectObject(ctx, data["meta"], "$.data.meta");
    const payload = expectObjects(ctx, data["payload"], "$.data.payload");
    // The counts in `meta` are totals for the filtered set, per assignee scope: stop once all are seen.
    const countKey = { me: "mine_count", assigned: "assigned_count", unassigned: "unassigned_count", all: "all_count" }[assigneeType];
    const total = expectInteger(ctx, meta[countKey], `$.data.meta.${countKey}`);
    const seen = seenBefore + payload.length;
    const { accountId } = filters;
    return {
      items: payload.map((c, i) => conversation(c, op, connection, (conversationId) => ({ accountId, conversationId }), `$.data.payload[${i}]`)),
      nextCursor: payload.length > 0 && seen < total ? { page: page + 1, seen } : undefined,
    };
  }

  return { getConversation, messagesPage, conversationsPage, conversation, shape };
}

/**
 * A Chatwoot connection. Takes the `@org/chatwoot` client's options: `baseUrl` (your Chatwoot
 * installation; default Chatwoot Cloud), `apiAccessToken` (needed for references with `accountId`),
 * and the transport options (`timeoutMs`, `maxRetries`, `logger`, …). Unknown keys are refused.
 *
 * @example
 * ```ts
 * import { createUnifiedClient, chatwoot } from "@org/unified";
 * const sdk = createUnifiedClient({ support: chatwoot({ baseUrl: "https://chat.example.com", apiAccessToken: "…" }) });
 * ```
 */
export function chatwoot(options: ChatwootAdapterOptions = {}): Adapter<ChatwootTypes> {
  const client = createChatwootClient({ ...options, throwOnError: true });
  const read = readers(client);
  return {
    vendor: VENDOR,
    capabilities: CHATWOOT_CAPABILITIES,
    client,
    checkRef,
    checkFilters,
    getConversation: read.getConversation,
    messagesPage: read.messagesPage,
    conversationsPage: (filters, cursor, context) => read.conversationsPage(filters, cursor, context),
    // The event stream's poller: latest activity first, so it stops paging at its checkpoint.
    recentConversationsPage: (filters, cursor, context) => read.conversationsPage(filters, cursor, context, "last_activity_at_desc"),
    ...chatwootWriters(client),
  };
}
