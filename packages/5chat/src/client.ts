import { createApiClient, type ApiClient, type ClientOptions } from "@org/runtime";
import type { paths } from "./generated/schema.js";

/** The public 5chat API host. */
export const FIVECHAT_BASE_URL = "https://api.5chat.io";

/** Options for {@link createFiveChatClient}: the shared {@link ClientOptions} plus the API token. */
export interface FiveChatClientOptions extends ClientOptions {
  /**
   * An API token from the 5chat dashboard (`/dashboard/configuration/api`). Tokens are
   * website-scoped; the read endpoints need the `READ` or `READ_WRITE` permission.
   * Sent as `Authorization: Bearer …`, only to the configured origin, and never logged.
   */
  apiKey: string;
}

/** A typed 5chat client: openapi-fetch's `GET`/`POST`/… over every operation in the spec. */
export type FiveChatClient = ApiClient<paths>;

/**
 * Create a 5chat client.
 *
 * @example
 * ```ts
 * const fivechat = createFiveChatClient({ apiKey: process.env.FIVECHAT_API_KEY! });
 * const { data, error } = await fivechat.GET("/conversations/{token}", { params: { path: { token } } });
 * ```
 */
export function createFiveChatClient(options: FiveChatClientOptions): FiveChatClient {
  const { apiKey, ...rest } = options;
  return createApiClient<paths>({
    ...rest,
    vendor: "5chat",
    defaultBaseUrl: FIVECHAT_BASE_URL,
    auth: { kind: "bearer", token: apiKey },
  });
}
