import { createApiClient, type ApiClient, type ClientOptions } from "@org/runtime";
import type { paths } from "./generated/schema.js";

/** The public LiveChatAI API v2 base URL. */
export const LIVECHATAI_BASE_URL = "https://app.livechatai.com/api/v2";

/** Options for {@link createLiveChatAiClient}: the shared {@link ClientOptions} plus the API key. */
export interface LiveChatAiClientOptions extends ClientOptions {
  /**
   * An API key from the LiveChatAI dashboard. Sent as `Authorization: Bearer …`, only to the
   * configured origin, and never logged.
   */
  apiKey: string;
}

/** A typed LiveChatAI client: openapi-fetch's `GET`/`POST`/… over every operation in the spec. */
export type LiveChatAiClient = ApiClient<paths>;

/**
 * Create a LiveChatAI client. Paths are relative to `/api/v2`.
 *
 * @example
 * ```ts
 * const livechat = createLiveChatAiClient({ apiKey: process.env.LIVECHATAI_API_KEY! });
 * const { data } = await livechat.GET("/conversations/{conversationId}", { params: { path: { conversationId: "chat_1234567890" } } });
 * ```
 */
export function createLiveChatAiClient(options: LiveChatAiClientOptions): LiveChatAiClient {
  const { apiKey, ...rest } = options;
  return createApiClient<paths>({
    ...rest,
    vendor: "livechatai",
    defaultBaseUrl: LIVECHATAI_BASE_URL,
    auth: { kind: "bearer", token: apiKey },
  });
}
