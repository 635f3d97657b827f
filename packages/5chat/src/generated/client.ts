/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: specs/5chat.yaml (servers, securitySchemes) and vendors.json, by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

import { createApiClient, type ApiClient, type ClientOptions, type ThrowsOf } from "@org/runtime";
import type { paths } from "./schema.js";

/**
 * The default base URL, from `servers[0]` of specs/5chat.yaml: 5chat production API
 * Pass `baseUrl` to reach another host.
 */
export const FIVECHAT_BASE_URL = "https://api.5chat.io";

/**
 * Options for {@link createFiveChatClient}: the shared {@link ClientOptions} plus the credential.
 */
export interface FiveChatClientOptions extends ClientOptions {
  /**
   * An API token from the 5chat dashboard (`/dashboard/configuration/api`). Tokens are
   * website-scoped; the read endpoints need the `READ` or `READ_WRITE` permission.
   * Sent as `Authorization: Bearer …`, only to the configured origin, and never logged.
   */
  apiKey: string;
}

/**
 * A typed 5chat client: openapi-fetch's `GET`/`POST`/… over every operation in specs/5chat.yaml.
 * `Throws` is `true` for a client created with `throwOnError: true`: its calls resolve to the success branch only.
 */
export type FiveChatClient<Throws extends boolean = boolean> = ApiClient<paths, Throws>;

/**
 * Create a 5chat client. An option it does not know (`baseURL`, `timeout`) fails to compile, as it
 * fails at run time with "did you mean": each key of `options` must be a key of {@link FiveChatClientOptions}.
 *
 * @example
 * ```ts
 * const fivechat = createFiveChatClient({ apiKey: process.env.FIVECHAT_API_KEY! });
 * const { data, error } = await fivechat.GET("/conversations/{token}", { params: { path: { token } } });
 * ```
 */
export function createFiveChatClient<const O extends FiveChatClientOptions>(
  options: { [K in keyof O]: K extends keyof FiveChatClientOptions ? O[K] : never },
): FiveChatClient<ThrowsOf<O>> {
  const { apiKey, ...rest }: FiveChatClientOptions = options;
  return createApiClient<paths, ThrowsOf<O>>({
    ...rest,
    vendor: "5chat",
    defaultBaseUrl: FIVECHAT_BASE_URL,
    optionNames: ["apiKey"],
    authOption: "apiKey",
    optionAliases: { apiToken: "apiKey", token: "apiKey", accessToken: "apiKey", apiAccessToken: "apiKey", authToken: "apiKey", bearerToken: "apiKey", key: "apiKey" },
    auth: { kind: "bearer", token: apiKey },
  });
}
