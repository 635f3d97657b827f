import { type ApiClient, type ClientOptions, createApiClient } from "../../src/index.js";
import type { paths } from "./paths.js";

/** The bearer token used by the test clients; must never appear in any error or log output. */
export const TOKEN = "tok_SUPERSECRET_0123456789";

/**
 * A test client for `baseUrl` with bearer auth.
 *
 * @param baseUrl - The test server.
 * @param options - Overrides.
 * @returns The client.
 */
export function testClient(baseUrl: string, options: ClientOptions = {}): ApiClient<paths> {
  return createApiClient<paths>({
    vendor: "acme",
    defaultBaseUrl: baseUrl,
    auth: { kind: "bearer", token: TOKEN },
    ...options,
  });
}
