/**
 * Type-level tests, checked by `tsc --noEmit` (the package's typecheck task compiles test/) and run
 * as ordinary tests by vitest (expectTypeOf is a no-op at run time). A wrong type fails typecheck.
 */
import type * as Chatwoot from "@org/chatwoot";
import type { WebhookConversation, WebhookMessage } from "@org/chatwoot/webhooks";
import type * as FiveChat from "@org/5chat";
import type * as LiveChatAi from "@org/livechatai";
import { describe, expectTypeOf, it } from "vitest";
import {
  chatwoot,
  createUnifiedClient,
  fiveChat,
  livechatai,
  normalizeConversation,
  type ConversationCursor,
  type LiveChatAiTypes,
  type MessageCursor,
  type StatusChangeOf,
  type UnifiedConversation,
  type UnifiedMessage,
  type UnifiedPaginator,
} from "../src/index.js";

describe("typed narrowing", () => {
  it("vendor narrows raw to the generated vendor types", () => {
    const narrow = (c: UnifiedConversation) => {
      if (c.vendor === "chatwoot") {
        // A webhook delivery's `webhook_data` too: events that arrived by webhook carry it as `raw`.
        expectTypeOf(c.raw).toEqualTypeOf<Chatwoot.PublicConversation | Chatwoot.Conversation | WebhookConversation>();
        expectTypeOf(c.messages[0]?.raw).toEqualTypeOf<Chatwoot.PublicMessage | Chatwoot.AppMessage | Chatwoot.MessagePushData | WebhookMessage | undefined>();
      } else if (c.vendor === "livechatai") {
        expectTypeOf(c.raw).toEqualTypeOf<LiveChatAi.Conversation | LiveChatAi.ConversationSummary>();
      } else {
        expectTypeOf(c.vendor).toEqualTypeOf<"5chat">();
        expectTypeOf(c.raw).toEqualTypeOf<FiveChat.ConversationWithDetails | FiveChat.Conversation>();
      }
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("normalizeConversation's vendor argument picks the result type; outside a client there is no connection or ref", () => {
    const c = normalizeConversation("livechatai", {});
    expectTypeOf(c.vendor).toEqualTypeOf<"livechatai">();
    expectTypeOf(c.connection).toEqualTypeOf<null>();
    expectTypeOf(c.ref).toEqualTypeOf<null>();
    expectTypeOf(c.status).toEqualTypeOf<"open" | "pending" | "resolved" | "snoozed" | "unknown">();
    expectTypeOf(c.createdAt).toEqualTypeOf<string | null>();
  });

  it("message sender roles and attachment kinds are closed unions", () => {
    expectTypeOf<UnifiedMessage["sender"]["role"]>().toEqualTypeOf<"contact" | "agent" | "bot" | "system" | "unknown">();
    expectTypeOf<UnifiedMessage["attachments"][number]["kind"]>().toEqualTypeOf<"image" | "audio" | "video" | "file" | "location" | "other">();
  });
});

const sdk = createUnifiedClient({
  support: chatwoot({ baseUrl: "https://chat.example.com", apiAccessToken: "t" }),
  eu: chatwoot({ baseUrl: "https://eu.chat.example.com" }),
  bot: livechatai({ apiKey: "k", agentId: "a" }),
  widget: fiveChat({ apiKey: "k" }),
});

describe("connections are inferred from the adapters", () => {
  it("names the connections and types each one's results", () => {
    expectTypeOf(sdk.connections).toEqualTypeOf<readonly ("support" | "eu" | "bot" | "widget")[]>();
    const call = () => sdk.getConversation({ connection: "support", accountId: 1, conversationId: 2 });
    expectTypeOf(call).returns.resolves.toEqualTypeOf<UnifiedConversation<"chatwoot", "support">>();
    const list = () => sdk.listConversations("widget", { pageSize: 10 });
    expectTypeOf(list).returns.toEqualTypeOf<UnifiedPaginator<UnifiedConversation<"5chat", "widget">, ConversationCursor<"5chat">>>();
    expectTypeOf(sdk.vendorClient("bot")).toEqualTypeOf<LiveChatAi.LiveChatAiClient>();
  });

  it("refuses references and filters of the wrong shape for their connection", () => {
    // @ts-expect-error -- a 5chat reference on a Chatwoot connection.
    const wrong = () => sdk.getConversation({ connection: "support", token: "t" });
    // @ts-expect-error -- no such connection.
    const unknown = () => sdk.getConversation({ connection: "sales", token: "t" });
    // @ts-expect-error -- Chatwoot-only filters are not accepted for 5chat.
    const badFilter = () => sdk.listConversations("widget", { accountId: 1 });
    // @ts-expect-error -- 5chat cannot filter by status (capabilities say so, and so do the types).
    const badStatus = () => sdk.listConversations("widget", { status: "open" });
    // @ts-expect-error -- Chatwoot listings need { accountId } or { inboxIdentifier, contactIdentifier }.
    const noFilter = () => sdk.listConversations("support");
    // @ts-expect-error -- the public API cannot filter by status.
    const publicStatus = () => sdk.listConversations("eu", { inboxIdentifier: "i", contactIdentifier: "c", status: "open" });
    for (const f of [wrong, unknown, badFilter, badStatus, noFilter, publicStatus]) expectTypeOf(f).toBeFunction();
  });

  it("round-trips refs: a listed conversation's ref is what getConversation, listMessages and the writes take", () => {
    const loop = async () => {
      for await (const c of sdk.listConversations("support", { accountId: 1 })) {
        expectTypeOf(c.ref).toEqualTypeOf<UnifiedConversation<"chatwoot", "support">["ref"]>();
        expectTypeOf(c.connection).toEqualTypeOf<"support">();
        const again = await sdk.getConversation(c.ref);
        expectTypeOf(again.connection).toEqualTypeOf<"support">();
        for await (const m of sdk.listMessages(c.ref)) expectTypeOf(m.conversationRef).toEqualTypeOf(c.ref);
        await sdk.sendMessage(c.ref, { text: "On it." });
        await sdk.setStatus(again.ref, "resolved");
      }
    };
    expectTypeOf(loop).toBeFunction();
  });

  it("types cursors per vendor and listing kind", () => {
    const resume = (messages: MessageCursor<"chatwoot">, conversations: ConversationCursor<"5chat">) => {
      sdk.listMessages({ connection: "support", accountId: 1, conversationId: 2 }, { cursor: messages });
      sdk.listConversations("widget", { cursor: conversations });
      // @ts-expect-error -- a conversation-listing cursor is not a message-listing cursor.
      sdk.listMessages({ connection: "support", accountId: 1, conversationId: 2 }, { cursor: conversations });
      // @ts-expect-error -- a 5chat cursor is not a LiveChatAI cursor.
      sdk.listConversations("bot", { cursor: conversations });
      // @ts-expect-error -- a plain string is not a cursor the SDK emitted.
      sdk.listConversations("widget", { cursor: "5chat:conversations:{}" });
    };
    expectTypeOf(resume).toBeFunction();
  });

  it("refuses, at compile time, writes an adapter does not implement", () => {
    // @ts-expect-error -- 5chat documents no conversation write.
    const send = () => sdk.sendMessage({ connection: "widget", token: "t" }, { text: "x" });
    // @ts-expect-error -- LiveChatAI can only resolve (its end endpoint).
    const reopen = () => sdk.setStatus({ connection: "bot", conversationId: "c" }, "open");
    // @ts-expect-error -- LiveChatAI has no assignment endpoint.
    const assign = () => sdk.assign({ connection: "bot", conversationId: "c" }, { agentId: 1 });
    const resolve = () => sdk.setStatus({ connection: "bot", conversationId: "c" }, "resolved");
    expectTypeOf(resolve).returns.resolves.toEqualTypeOf<StatusChangeOf<LiveChatAiTypes, "bot">>();
    for (const f of [send, reopen, assign]) expectTypeOf(f).toBeFunction();
  });

  it("offers the response and request id of a successful call", () => {
    const call = () => sdk.getConversation({ connection: "bot", conversationId: "c" }).withResponse();
    expectTypeOf(call).returns.resolves.toEqualTypeOf<{ readonly data: UnifiedConversation<"livechatai", "bot">; readonly requestId: string | undefined; readonly response: Response }>();
  });
});
