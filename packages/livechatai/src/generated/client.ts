/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: specs/livechatai.yaml (servers, securitySchemes) and vendors.json, by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

import { createApiClient, type ApiClient, type ClientOptions, type ThrowsOf } from "@org/runtime";
import type { paths } from "./schema.js";

/**
 * The default base URL, from `servers[0]` of specs/livechatai.yaml: LiveChatAI production API (HTTPS only)
 * Pass `baseUrl` to reach another host.
 */
export const LIVECHATAI_BASE_URL = "https://app.livechatai.com/api/v2";

/**
 * Options for {@link createLiveChatAiClient}: the shared {@link ClientOptions} plus the credential.
 */
export interface LiveChatAiClientOptions extends ClientOptions {
  /**
   * An API key from the LiveChatAI dashboard. Sent as `Authorization: Bearer …`, only to the
   * configured origin, and never logged.
   */
  apiKey: string;
}

/**
 * A typed LiveChatAI client: openapi-fetch's `GET`/`POST`/… over every operation in specs/livechatai.yaml.
 * `Throws` is `true` for a client created with `throwOnError: true`: its calls resolve to the success branch only.
 */
export type LiveChatAiClient<Throws extends boolean = boolean> = ApiClient<paths, Throws>;

/**
 * Create a LiveChatAI client. An option it does not know (`baseURL`, `timeout`) fails to compile, as it
 * fails at run time with "did you mean": each key of `options` must be a key of {@link LiveChatAiClientOptions}.
 *
 * @example
 * ```ts
 * const livechat = createLiveChatAiClient({ apiKey: process.env.LIVECHATAI_API_KEY! });
 * const { data } = await livechat.GET("/conversations/{conversationId}", { params: { path: { conversationId: "chat_1234567890" } } });
 * ```
 */
export function createLiveChatAiClient<const O extends LiveChatAiClientOptions>(
  options: { [K in keyof O]: K extends keyof LiveChatAiClientOptions ? O[K] : never },
): LiveChatAiClient<ThrowsOf<O>> {
  const { apiKey, ...rest }: LiveChatAiClientOptions = options;
  return createApiClient<paths, ThrowsOf<O>>({
    ...rest,
    vendor: "livechatai",
    defaultBaseUrl: LIVECHATAI_BASE_URL,
    optionNames: ["apiKey"],
    authOption: "apiKey",
    optionAliases: { apiToken: "apiKey", token: "apiKey", accessToken: "apiKey", apiAccessToken: "apiKey", authToken: "apiKey", bearerToken: "apiKey", key: "apiKey" },
    auth: { kind: "bearer", token: apiKey },
  });
}
