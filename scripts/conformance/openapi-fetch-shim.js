// Drop-in replacement for openapi-fetch's src/index.js, so that openapi-fetch's own test suite
// runs against @org/runtime's createApiClient (see run-openapi-fetch-suite.sh). Serializers and
// helpers are openapi-fetch's own, as the runtime uses them; createClient is ours. The suite stays
// outside this repository.
import { createApiClient } from "@org/runtime";
import { wrapAsPathBasedClient } from "openapi-fetch";

export * from "openapi-fetch";

/** openapi-fetch's createClient over createApiClient: no retries and no timeout, as openapi-fetch has neither. */
export default function createClient(clientOptions = {}) {
  return createApiClient({ vendor: "suite", defaultBaseUrl: "https://fake-api.example", maxRetries: 0, timeoutMs: Infinity, ...clientOptions });
}

export function createPathBasedClient(clientOptions) {
  return wrapAsPathBasedClient(createClient(clientOptions));
}
