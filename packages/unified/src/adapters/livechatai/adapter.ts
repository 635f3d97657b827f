/**
 * The LiveChatAI adapter: `livechatai({ apiKey, agentId })`. LiveChatAI's `agentId` is the AI agent
 * (the chatbot) whose conversations a listing reads by default.
 */
import { createLiveChatAiClient, type LiveChatAiClient, type LiveChatAiClientOptions } from "@org/livechatai";
import type { Adapter, AdapterContext, AdapterCursor, AdapterListContext } from "../../adapter.js";
import type { Capabilities } from "../../capabilities.js";
import type { ConversationRefOf } from "../../model.js";
import type { StatusChangeOf } from "../../writes.js";
import type { LiveChatAiConversationRef, LiveChatAiTypes } from "./types.js";
import { expectId, expectInteger, expectObject, expectObjects, type ShapeContext } from "../../response-shape.js";
import { checkKeys, checkOwnOptions, invalid, stringAt } from "../../caller-input.js";
import { bodyOf } from "../response.js";
import { liveChatAiConversation, liveChatAiMessage } from "./normalizer.js";

const VENDOR = "livechatai";

/** Options of {@link livechatai}: the `@org/livechatai` client's options plus the default AI agent. */
export interface LiveChatAiAdapterOptions extends Omit<LiveChatAiClientOptions, "throwOnError"> {
  /** The AI agent (chatbot) whose conversations `listConversations` lists when the call names none. */
  readonly agentId?: string;
}

/** What the LiveChatAI adapter supports. */
export const LIVECHATAI_CAPABILITIES: Capabilities = {
  vendor: VENDOR,
  messagePagination: "single-page",
  conversationPagination: "page",
  maxPageSize: 100,
  conversationStatusFilter: ["open", "resolved"],
  conversationMessages: "all",
  sendMessage: { private: false, attachments: false },
  idempotentSend: false,
  setStatus: ["resolved"],
  snoozedUntil: false,
  assign: false,
  setTags: false,
  webhooks: false,
  events: { push: false, poll: "incremental" },
  notes: ["sendMessage is the documented human-agent reply; setStatus can only resolve (the end endpoint): no reopen endpoint is documented."],
};

/** LiveChatAI's status filter says `close`, not `closed`. */
const STATUS_FILTER = { open: "open", resolved: "close" } as const;
const HABITS = { agent_id: "agentId", chatbotId: "agentId" };

function checkRef(ids: Readonly<Record<string, unknown>>, { connection }: AdapterContext): LiveChatAiConversationRef {
  const ref = checkKeys(VENDOR, "the reference", ids, ["conversationId"], { id: "conversationId", chatId: "conversationId" });
  return { conversationId: stringAt(VENDOR, ref, "conversationId", `in a reference to connection "${connection}" (livechatai)`) };
}

function checkFilters(filters: Readonly<Record<string, unknown>>, { connection }: AdapterContext): LiveChatAiTypes["filters"] {
  const f = checkKeys(VENDOR, "listConversations filters", filters, ["agentId", "status"], HABITS);
  return {
    ...(f["agentId"] === undefined ? {} : { agentId: stringAt(VENDOR, f, "agentId", `in listConversations("${connection}") filters`) }),
    ...(f["status"] === undefined ? {} : { status: f["status"] as never }),
  };
}

function readers(client: LiveChatAiClient, defaultAgentId: string | undefined) {
  const shape = (operation: string): ShapeContext => ({ vendor: VENDOR, operation });

  function conversation(body: unknown, operation: string, connection: string, path: string) {
    const ctx = shape(operation);
    const payload = expectObject(ctx, body, path);
    const conversationId = expectId(ctx, payload["id"], `${path}.id`);
    const ref = { connection, conversationId } as ConversationRefOf<LiveChatAiTypes>;
    return liveChatAiConversation(payload, { connection, ref });
  }

  async function fetchConversation(ref: LiveChatAiConversationRef, { connection, signal }: AdapterContext) {
    const op = "GET /conversations/{conversationId}";
    const result = await client.GET("/conversations/{conversationId}", { params: { path: { conversationId: ref.conversationId } }, signal });
    const body = expectObject(shape(op), bodyOf(result, VENDOR, op), "$");
    return { data: conversation(body["data"], op, connection, "$.data"), response: result.response };
  }

  async function conversationsPage(filters: LiveChatAiTypes["filters"], cursor: AdapterCursor | undefined, { connection, signal, pageSize }: AdapterListContext) {
    const agentId = filters.agentId ?? defaultAgentId;
    if (agentId === undefined) {
      throw invalid(VENDOR, "agentId", `listConversations("${connection}") needs an AI agent id: pass { agentId } or set agentId in livechatai({ ... })`);
    }
    const page = cursor !== undefined && "page" in cursor ? cursor.page : 1;
    const status = filters.status === undefined ? undefined : STATUS_FILTER[filters.status];
    const op = "GET /conversations";
    const ctx = shape(op);
    const result = await client.GET("/conversations", {
      params: { query: { agentId, page, ...(pageSize === undefined ? {} : { perPage: pageSize }), ...(status === undefined ? {} : { status }) } },
      signal,
    });
    const data = expectObject(ctx, expectObject(ctx, bodyOf(result, VENDOR, op), "$")["data"], "$.data");
    const conversations = expectObjects(ctx, data["conversations"], "$.data.conversations");
    const totalPages = expectInteger(ctx, expectObject(ctx, data["meta"], "$.data.meta")["totalPages"], "$.data.meta.totalPages");
    // The next page is always this page + 1 (never the server's currentPage), so no page is skipped.
    return {
      items: conversations.map((c, i) => conversation(c, op, connection, `$.data.conversations[${i}]`)),
      nextCursor: page < totalPages && conversations.length > 0 ? { page: page + 1 } : undefined,
    };
  }

  return { fetchConversation, conversationsPage, shape };
}

/**
 * The writes: the documented human-agent reply (never retried: a retry could send it twice; the
 * API stores no caller-chosen id, so `idempotentSend` is false) and the end endpoint (resolving
 * twice is harmless, so it is retried like a read), whose 200 is the result: nothing is read after it.
 */
function writers(client: LiveChatAiClient, read: ReturnType<typeof readers>): Pick<Adapter<LiveChatAiTypes>, "sendMessage" | "setStatus"> {
  // No retry at all (maxRetries 0 also overrides a caller's shouldRetry): a retried send could post twice.
  const once = client.withOptions({ maxRetries: 0 });
  const idempotent = client.withOptions({ retryPost: true });
  return {
    async sendMessage(ref, message, { connection, signal }) {
      const op = "POST /conversations/{conversationId}/reply";
      const ctx = read.shape(op);
      const result = await once.POST("/conversations/{conversationId}/reply", {
        params: { path: { conversationId: ref.conversationId } },
        body: { message: message.text, messageType: "TEXT" },
        signal,
      });
      const data = expectObject(ctx, expectObject(ctx, bodyOf(result, VENDOR, op), "$")["data"], "$.data");
      const stored = expectObject(ctx, data["message"], "$.data.message");
      expectId(ctx, stored["id"], "$.data.message.id");
      const scope = { connection, ref: { connection, ...ref } as ConversationRefOf<LiveChatAiTypes> };
      const normalized = liveChatAiMessage(stored, { conversationId: ref.conversationId, contact: null, aiAgentId: null, scope });
      return { data: normalized, response: result.response };
    },

    async setStatus(ref, _status, _options, { connection, signal }) {
      const op = "POST /conversations/{conversationId}/end";
      const result = await idempotent.POST("/conversations/{conversationId}/end", { params: { path: { conversationId: ref.conversationId } }, signal });
      // A 200 from the end endpoint is the resolution itself (its body names the conversation and the user).
      const ctx = read.shape(op);
      expectId(ctx, expectObject(ctx, expectObject(ctx, bodyOf(result, VENDOR, op), "$")["data"], "$.data")["conversationId"], "$.data.conversationId");
      const data: StatusChangeOf<LiveChatAiTypes> = { ref: { connection, ...ref }, status: "resolved", snoozedUntil: null };
      return { data, response: result.response };
    },
  };
}

/**
 * A LiveChatAI connection. Takes the `@org/livechatai` client's options (`apiKey`, transport
 * options) and `agentId`, the AI agent listings read by default. Unknown keys are refused.
 *
 * @example
 * ```ts
 * import { createUnifiedClient, livechatai } from "@org/unified";
 * const sdk = createUnifiedClient({ bot: livechatai({ apiKey: "…", agentId: "clx1234567890abcdef" }) });
 * ```
 */
export function livechatai(options: LiveChatAiAdapterOptions): Adapter<LiveChatAiTypes> {
  // The client checks its own options (unknown keys refused with a suggestion); agentId is ours.
  const { agentId, ...clientOptions } = options;
  checkOwnOptions(VENDOR, "livechatai()", clientOptions, ["agentId"], HABITS);
  if (agentId !== undefined && (typeof agentId !== "string" || agentId === "")) throw invalid(VENDOR, "agentId", "agentId must be a non-empty string");
  const client = createLiveChatAiClient({ ...clientOptions, throwOnError: true });
  const read = readers(client, agentId);
  return {
    vendor: VENDOR,
    capabilities: LIVECHATAI_CAPABILITIES,
    client,
    checkRef,
    checkFilters,
    getConversation: read.fetchConversation,
    async messagesPage(ref, _cursor, context) {
      // Messages are embedded whole in the conversation: one page, newest first.
      const { data } = await read.fetchConversation(ref, context);
      return { items: data.messages.reverse(), nextCursor: undefined };
    },
    conversationsPage: read.conversationsPage,
    // LiveChatAI lists the newest lastMessageDate first (documented), so the listing is the poller's too.
    recentConversationsPage: read.conversationsPage,
    ...writers(client, read),
  };
}
