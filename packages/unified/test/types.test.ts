/**
 * Type-level tests, checked by `tsc --noEmit` (the package's typecheck task compiles test/) and run
 * as ordinary tests by vitest (expectTypeOf is a no-op at run time). A wrong type fails typecheck.
 */
import type * as Chatwoot from "@org/chatwoot";
import type * as FiveChat from "@org/5chat";
import type * as LiveChatAi from "@org/livechatai";
import { describe, expectTypeOf, it } from "vitest";
import { createUnifiedClient, normalizeConversation, type UnifiedConversation, type UnifiedMessage, type Paginator } from "../src/index.js";

describe("typed narrowing", () => {
  it("vendor narrows raw to the generated vendor types", () => {
    const narrow = (c: UnifiedConversation) => {
      if (c.vendor === "chatwoot") {
        expectTypeOf(c.raw).toEqualTypeOf<Chatwoot.PublicConversation | Chatwoot.Conversation>();
        expectTypeOf(c.messages[0]?.raw).toEqualTypeOf<Chatwoot.PublicMessage | Chatwoot.AppMessage | Chatwoot.MessagePushData | undefined>();
      } else if (c.vendor === "livechatai") {
        expectTypeOf(c.raw).toEqualTypeOf<LiveChatAi.Conversation | LiveChatAi.ConversationSummary>();
      } else {
        expectTypeOf(c.vendor).toEqualTypeOf<"5chat">();
        expectTypeOf(c.raw).toEqualTypeOf<FiveChat.ConversationWithDetails | FiveChat.Conversation>();
      }
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("normalizeConversation's vendor argument picks the result type", () => {
    const c = normalizeConversation("livechatai", {});
    expectTypeOf(c.vendor).toEqualTypeOf<"livechatai">();
    expectTypeOf(c.status).toEqualTypeOf<"open" | "pending" | "resolved" | "snoozed" | "unknown">();
    expectTypeOf(c.createdAt).toEqualTypeOf<string | null>();
  });

  it("message sender roles and attachment kinds are closed unions", () => {
    expectTypeOf<UnifiedMessage["sender"]["role"]>().toEqualTypeOf<"contact" | "agent" | "bot" | "system" | "unknown">();
    expectTypeOf<UnifiedMessage["attachments"][number]["kind"]>().toEqualTypeOf<"image" | "audio" | "video" | "file" | "location" | "other">();
  });
});

describe("only configured vendors can be called", () => {
  it("types follow the config object", () => {
    const sdk = createUnifiedClient({ chatwoot: { baseUrl: "https://chat.example.com" } });
    expectTypeOf(sdk.vendors).toEqualTypeOf<readonly "chatwoot"[]>();
    const call = () => sdk.getConversation({ vendor: "chatwoot", accountId: 1, conversationId: 2 });
    expectTypeOf(call).returns.resolves.toEqualTypeOf<UnifiedConversation<"chatwoot">>();
    // @ts-expect-error -- 5chat is not configured, so its references are not accepted.
    const wrong = () => sdk.getConversation({ vendor: "5chat", token: "t" });
    expectTypeOf(wrong).toBeFunction();
    // @ts-expect-error -- neither is listing its conversations.
    const wrongList = () => sdk.listConversations("livechatai");
    expectTypeOf(wrongList).toBeFunction();
  });

  it("listings are page iterables of the vendor's conversations", () => {
    const sdk = createUnifiedClient({ "5chat": { apiKey: "k" }, livechatai: { apiKey: "k" } });
    const list = () => sdk.listConversations("5chat", { pageSize: 10 });
    expectTypeOf(list).returns.toEqualTypeOf<Paginator<UnifiedConversation<"5chat">>>();
    // @ts-expect-error -- Chatwoot-only filters are not accepted for 5chat.
    const bad = () => sdk.listConversations("5chat", { accountId: 1 });
    expectTypeOf(bad).toBeFunction();
  });
});
