/** Three connections — chats (5chat), bot (LiveChatAI), support (Chatwoot) — as environment variables pointing at running mocks. */
import type { MockVendors, Vendor } from "@org/mock-server";

/** The fake credentials the tests use (any non-empty one passes the mocks). */
export const TOKENS = { chats: "fivechat-secret-1", bot: "livechatai-secret-2", support: "chatwoot-secret-3" } as const;

/** The environment for the CLI. */
export function mockEnv(mocks: MockVendors<Vendor>): Record<string, string> {
  const urls: Readonly<Record<string, string>> = mocks.baseUrls;
  return {
    CONVERSATIONS_CHATS_VENDOR: "5chat",
    CONVERSATIONS_CHATS_BASE_URL: urls["5chat"] ?? "",
    CONVERSATIONS_CHATS_TOKEN: TOKENS.chats,
    CONVERSATIONS_BOT_VENDOR: "livechatai",
    CONVERSATIONS_BOT_BASE_URL: urls["livechatai"] ?? "",
    CONVERSATIONS_BOT_AGENT_ID: "clx1234567890abcdef",
    CONVERSATIONS_BOT_TOKEN: TOKENS.bot,
    CONVERSATIONS_SUPPORT_VENDOR: "chatwoot",
    CONVERSATIONS_SUPPORT_BASE_URL: urls["chatwoot"] ?? "",
    CONVERSATIONS_SUPPORT_ACCOUNT_ID: "1",
    CONVERSATIONS_SUPPORT_TOKEN: TOKENS.support,
  };
}
