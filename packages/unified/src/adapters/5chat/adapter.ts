/** The 5chat adapter: `fiveChat({ apiKey })`. 5chat documents no conversation write. */
import { createFiveChatClient, type FiveChatClient, type FiveChatClientOptions } from "@org/5chat";
import type { Adapter, AdapterContext, AdapterCursor, AdapterListContext } from "../../adapter.js";
import type { Capabilities } from "../../capabilities.js";
import type { ConversationRefOf } from "../../model.js";
import type { FiveChatTypes } from "./types.js";
import type { FiveChatConversationRef } from "./types.js";
import { expectBoolean, expectId, expectObject, expectObjects, type ShapeContext } from "../../response-shape.js";
import { checkKeys, stringAt } from "../../caller-input.js";
import { bodyOf } from "../response.js";
import { fiveChatConversation } from "./normalizer.js";

const VENDOR = "5chat";

/** Options of {@link fiveChat}: the `@org/5chat` client's options (`throwOnError` is always on). */
export type FiveChatAdapterOptions = Omit<FiveChatClientOptions, "throwOnError">;

/** What the 5chat adapter supports. */
export const FIVECHAT_CAPABILITIES: Capabilities = {
  vendor: VENDOR,
  messagePagination: "single-page",
  conversationPagination: "page",
  maxPageSize: 100,
  conversationStatusFilter: [],
  conversationMessages: "all",
  sendMessage: false,
  idempotentSend: false,
  setStatus: [],
  snoozedUntil: false,
  assign: false,
  setTags: false,
  webhooks: false,
  events: { push: false, poll: "full-scan" },
  notes: ["5chat documents no conversation write."],
};


function checkRef(ids: Readonly<Record<string, unknown>>, { connection }: AdapterContext): FiveChatConversationRef {
  const ref = checkKeys(VENDOR, "the reference", ids, ["token"], { conversationId: "token", id: "token", conversationToken: "token" });
  return { token: stringAt(VENDOR, ref, "token", `in a reference to connection "${connection}" (5chat)`) };
}

function checkFilters(filters: Readonly<Record<string, unknown>>, { connection }: AdapterContext): FiveChatTypes["filters"] {
  const f = checkKeys(VENDOR, "listConversations filters", filters, ["lang"]);
  return f["lang"] === undefined ? {} : { lang: stringAt(VENDOR, f, "lang", `in listConversations("${connection}") filters`) };
}

function readers(client: FiveChatClient) {
  const shape = (operation: string): ShapeContext => ({ vendor: VENDOR, operation });

  /** A detail body (`{ conversation, messages, visitor, users }`) or a list item. */
  function conversation(body: unknown, operation: string, connection: string, path: string) {
    const ctx = shape(operation);
    const payload = expectObject(ctx, body, path);
    const inner = "conversation" in payload ? expectObject(ctx, payload["conversation"], `${path}.conversation`) : payload;
    const token = expectId(ctx, inner["token"], `${path}${inner === payload ? "" : ".conversation"}.token`);
    const ref = { connection, token } as ConversationRefOf<FiveChatTypes>;
    return fiveChatConversation(payload, { connection, ref });
  }

  async function getConversation(ref: FiveChatConversationRef, { connection, signal }: AdapterContext) {
    const op = "GET /conversations/{token}";
    const result = await client.GET("/conversations/{token}", { params: { path: { token: ref.token } }, signal });
    return { data: conversation(bodyOf(result, VENDOR, op), op, connection, "$"), response: result.response };
  }

  async function messagesPage(ref: FiveChatConversationRef, _cursor: AdapterCursor | undefined, { connection, signal }: AdapterContext) {
    // 5chat returns every message at once: one page, newest first like every vendor's listMessages.
    const op = "GET /conversations/{token}/messages";
    const result = await client.GET("/conversations/{token}/messages", { params: { path: { token: ref.token } }, signal });
    return { items: conversation(bodyOf(result, VENDOR, op), op, connection, "$").messages.reverse(), nextCursor: undefined };
  }

  async function conversationsPage(filters: FiveChatTypes["filters"], cursor: AdapterCursor | undefined, { connection, signal, pageSize }: AdapterListContext) {
    const page = cursor !== undefined && "page" in cursor ? cursor.page : 1;
    const op = "GET /conversations";
    const ctx = shape(op);
    const result = await client.GET("/conversations", {
      params: { query: { page, ...(pageSize === undefined ? {} : { limit: pageSize }), ...(filters.lang === undefined ? {} : { lang: filters.lang }) } },
      signal,
    });
    const body = expectObject(ctx, bodyOf(result, VENDOR, op), "$");
    const items = expectObjects(ctx, body["data"], "$.data").map((c, i) => conversation(c, op, connection, `$.data[${i}]`));
    const hasNextPage = expectBoolean(ctx, body["hasNextPage"], "$.hasNextPage");
    return { items, nextCursor: hasNextPage && items.length > 0 ? { page: page + 1 } : undefined };
  }

  return { getConversation, messagesPage, conversationsPage };
}

/**
 * A 5chat connection. Takes the `@org/5chat` client's options (`apiKey`, transport options).
 * Unknown keys are refused.
 *
 * @example
 * ```ts
 * import { createUnifiedClient, fiveChat } from "@org/unified";
 * const sdk = createUnifiedClient({ widget: fiveChat({ apiKey: "…" }) });
 * ```
 */
export function fiveChat(options: FiveChatAdapterOptions): Adapter<FiveChatTypes> {
  const client = createFiveChatClient({ ...options, throwOnError: true });
  return { vendor: VENDOR, capabilities: FIVECHAT_CAPABILITIES, client, checkRef, checkFilters, ...readers(client) };
}
