/** The 5chat adapter: the facade's operations over `@org/5chat`. */
import { createFiveChatClient, type FiveChatClient } from "@org/5chat";
import { CAPABILITIES } from "../capabilities.js";
import { fiveChatConversation } from "../normalizers/5chat.js";
import { requireData } from "./result.js";
import type { VendorAdapter } from "./adapter.js";
import type { VendorBinding } from "../facade.js";

/** Create the 5chat adapter over a client built with `throwOnError: true`. */
export function fiveChatAdapter(client: FiveChatClient): VendorAdapter<"5chat"> {
  return {
    capabilities: CAPABILITIES["5chat"],

    async getConversation(ref, { signal }) {
      const result = await client.GET("/conversations/{token}", { params: { path: { token: ref.token } }, signal });
      return fiveChatConversation(requireData(result, "5chat", "GET /conversations/{token}"));
    },

    async messagesPage(ref, _cursor, { signal }) {
      // 5chat returns every message at once: one page, newest first like every vendor's listMessages.
      const result = await client.GET("/conversations/{token}/messages", { params: { path: { token: ref.token } }, signal });
      const conversation = fiveChatConversation(requireData(result, "5chat", "GET /conversations/{token}/messages"));
      return { items: conversation.messages.reverse(), nextCursor: undefined };
    },

    async conversationsPage(filters, cursor, { signal, pageSize }) {
      const page = cursor !== undefined && "page" in cursor ? cursor.page : 1;
      const result = await client.GET("/conversations", {
        params: { query: { page, ...(pageSize === undefined ? {} : { limit: pageSize }), ...(filters.lang === undefined ? {} : { lang: filters.lang }) } },
        signal,
      });
      const body = requireData(result, "5chat", "GET /conversations");
      return {
        items: body.data.map((c) => fiveChatConversation(c)),
        nextCursor: body.hasNextPage && body.data.length > 0 ? { page: page + 1 } : undefined,
      };
    },
  };
}

/** Build the 5chat client (throwing typed errors) and its adapter from the user's options. */
export const fiveChatBinding: VendorBinding<"5chat"> = (options) => {
  const client = createFiveChatClient({ ...options, throwOnError: true });
  return { client, adapter: fiveChatAdapter(client) };
};
