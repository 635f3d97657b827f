/**
 * `@org/runtime`: the shared runtime of the `@org` vendor clients. Vendor packages build their
 * `create…Client(options)` on {@link createApiClient}; everything cross-cutting (auth, retries,
 * timeouts, typed errors, redaction, path-parameter safety, pagination) lives here, once.
 *
 * Runs on Node ≥ 20.19, Deno, Bun and browsers: it uses only fetch and Web APIs.
 *
 * @packageDocumentation
 */
export { type ApiClient, createApiClient } from "./client.js";
export type { ApiClientConfig, AuthConfig, ClientOptions, Clock, Logger, VendorConfig } from "./options.js";
export {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  MAX_REDIRECTS,
} from "./options.js";
export * from "./public-errors.js";
export { DEFAULT_REQUEST_ID_HEADERS, errorFromResponse, type ErrorFromResponseContext, requestIdFrom } from "./error-from-response.js";
export { isSensitiveHeaderName, REDACTED, redact } from "./redact.js";
export { createPathSerializer, isDotSegment } from "./path-serializer.js";
export { isLoopbackHost } from "./url-safety.js";
export { parseRetryAfter } from "./retry-after.js";
export { isJsonContentType } from "./content-type.js";
export { type Page, paginate, type PaginateOptions, type Paginator } from "./paginate.js";
