/** The LiveChatAI adapter: the facade's operations over `@org/livechatai`. */
import { createLiveChatAiClient, type LiveChatAiClient } from "@org/livechatai";
import { InvalidRequestError } from "@org/runtime";
import { CAPABILITIES } from "../capabilities.js";
import { liveChatAiConversation } from "../normalizers/livechatai.js";
import { requireData } from "./result.js";
import type { VendorAdapter } from "./adapter.js";
import type { VendorBinding } from "../facade.js";

/** LiveChatAI's status filter says `close`, not `closed`. */
const STATUS_FILTER = { open: "open", resolved: "close" } as const;

/**
 * Create the LiveChatAI adapter over a client built with `throwOnError: true`.
 * @param defaultAgentId the AI agent whose conversations `listConversations` lists when the call names none.
 */
export function liveChatAiAdapter(client: LiveChatAiClient, defaultAgentId: string | undefined): VendorAdapter<"livechatai"> {
  async function fetchConversation(conversationId: string, signal: AbortSignal | undefined) {
    const result = await client.GET("/conversations/{conversationId}", { params: { path: { conversationId } }, signal });
    return liveChatAiConversation(requireData(result, "livechatai", "GET /conversations/{conversationId}").data);
  }

  return {
    capabilities: CAPABILITIES.livechatai,

    getConversation: (ref, { signal }) => fetchConversation(ref.conversationId, signal),

    async messagesPage(ref, _cursor, { signal }) {
      // Messages are embedded whole in the conversation: one page, newest first.
      const conversation = await fetchConversation(ref.conversationId, signal);
      return { items: conversation.messages.reverse(), nextCursor: undefined };
    },

    async conversationsPage(filters, cursor, { signal, pageSize }) {
      const agentId = filters.agentId ?? defaultAgentId;
      if (agentId === undefined) {
        throw new InvalidRequestError({
          vendor: "livechatai",
          reason: "invalid_option",
          detail: "listConversations needs an AI agent id: pass { agentId } or set livechatai.agentId in createUnifiedClient",
        });
      }
      const page = cursor !== undefined && "page" in cursor ? cursor.page : 1;
      const status = filters.status === "open" || filters.status === "resolved" ? STATUS_FILTER[filters.status] : undefined;
      const result = await client.GET("/conversations", {
        params: {
          query: { agentId, page, ...(pageSize === undefined ? {} : { perPage: pageSize }), ...(status === undefined ? {} : { status }) },
        },
        signal,
      });
      const { conversations, meta } = requireData(result, "livechatai", "GET /conversations").data;
      return {
        items: conversations.map((c) => liveChatAiConversation(c)),
        nextCursor: meta.currentPage < meta.totalPages && conversations.length > 0 ? { page: meta.currentPage + 1 } : undefined,
      };
    },
  };
}

/** Build the LiveChatAI client (throwing typed errors) and its adapter from the user's options. */
export const liveChatAiBinding: VendorBinding<"livechatai"> = ({ agentId, ...options }) => {
  const client = createLiveChatAiClient({ ...options, throwOnError: true });
  return { client, adapter: liveChatAiAdapter(client, agentId) };
};
