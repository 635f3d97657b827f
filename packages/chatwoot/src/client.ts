import { createApiClient, type ApiClient, type ClientOptions } from "@org/runtime";
import type { paths } from "./generated/schema.js";

/** Chatwoot Cloud. Self-hosted installations pass their own `baseUrl`. */
export const CHATWOOT_CLOUD_URL = "https://app.chatwoot.com";

/** Options for {@link createChatwootClient}: the shared {@link ClientOptions} plus an optional token. */
export interface ChatwootClientOptions extends ClientOptions {
  /**
   * A user (or agent bot) access token for the application API (`/api/v1/accounts/…`), from
   * Profile Settings. Sent as the `api_access_token` header, only to the configured origin (it is
   * dropped on a redirect to another origin), and never logged. Not needed for the public client
   * API (`/public/api/v1/…`), whose inbox and contact identifiers act as the credentials.
   */
  apiAccessToken?: string;
}

/** A typed Chatwoot client: openapi-fetch's `GET`/`POST`/… over every operation in the spec. */
export type ChatwootClient = ApiClient<paths>;

/**
 * Create a Chatwoot client for Chatwoot Cloud or a self-hosted installation.
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
export function createChatwootClient(options: ChatwootClientOptions = {}): ChatwootClient {
  const { apiAccessToken, ...rest } = options;
  return createApiClient<paths>({
    ...rest,
    vendor: "chatwoot",
    defaultBaseUrl: CHATWOOT_CLOUD_URL,
    ...(apiAccessToken === undefined ? {} : { auth: { kind: "header", name: "api_access_token", value: apiAccessToken } }),
  });
}
