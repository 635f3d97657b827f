/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: specs/chatwoot.yaml (servers, securitySchemes) and vendors.json, by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

import { createApiClient, type ApiClient, type ClientOptions, type ThrowsOf } from "@org/runtime";
import type { paths } from "./schema.js";

/**
 * The default base URL, from `servers[0]` of specs/chatwoot.yaml: Chatwoot installation (Chatwoot Cloud or a self-hosted host, without a trailing slash).
 * Pass `baseUrl` to reach another host.
 */
export const CHATWOOT_CLOUD_URL = "https://app.chatwoot.com";

/**
 * Options for {@link createChatwootClient}: the shared {@link ClientOptions} plus the credential.
 */
export interface ChatwootClientOptions extends ClientOptions {
  /**
   * A user (or agent bot) access token for the application API (`/api/v1/accounts/…`), from
   * Profile Settings. Sent as the `api_access_token` header, only to the configured origin (it is
   * dropped on a redirect to another origin), and never logged. Not needed for the public client
   * API (`/public/api/v1/…`), whose inbox and contact identifiers act as the credentials.
   */
  apiAccessToken?: string;
}

/**
 * A typed Chatwoot client: openapi-fetch's `GET`/`POST`/… over every operation in specs/chatwoot.yaml.
 * `Throws` is `true` for a client created with `throwOnError: true`: its calls resolve to the success branch only.
 */
export type ChatwootClient<Throws extends boolean = boolean> = ApiClient<paths, Throws>;

/**
 * Create a Chatwoot client. An option it does not know (`baseURL`, `timeout`) fails to compile, as it
 * fails at run time with "did you mean": each key of `options` must be a key of {@link ChatwootClientOptions}.
 *
 * @example
 * ```ts
 * const chatwoot = createChatwootClient({ baseUrl: "https://chat.example.com" });
 * const { data } = await chatwoot.GET(
 *   "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}",
 *   { params: { path: { inbox_identifier, contact_identifier, conversation_id: 42 } } },
 * );
 * ```
 */
export function createChatwootClient<const O extends ChatwootClientOptions>(
  options?: { [K in keyof O]: K extends keyof ChatwootClientOptions ? O[K] : never },
): ChatwootClient<ThrowsOf<O>> {
  const { apiAccessToken, ...rest }: ChatwootClientOptions = options ?? {};
  return createApiClient<paths, ThrowsOf<O>>({
    ...rest,
    vendor: "chatwoot",
    defaultBaseUrl: CHATWOOT_CLOUD_URL,
    optionNames: ["apiAccessToken"],
    authOption: "apiAccessToken",
    optionAliases: { apiKey: "apiAccessToken", apiToken: "apiAccessToken", token: "apiAccessToken", accessToken: "apiAccessToken", authToken: "apiAccessToken", bearerToken: "apiAccessToken", key: "apiAccessToken" },
    ...(apiAccessToken === undefined ? {} : { auth: { kind: "header", name: "api_access_token", value: apiAccessToken } }),
  });
}
