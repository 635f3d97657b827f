/**
 * `@org/runtime`: the shared runtime of the `@org` vendor clients. Vendor packages build their
 * `create…Client(options)` on {@link createApiClient}; everything cross-cutting (option validation,
 * auth, retries, timeouts, typed errors, redaction, path-parameter safety, bounded reads) lives here, once.
 *
 * Runs on Node ≥ 20.19, Deno, Bun and browsers: it uses only fetch and Web APIs.
 *
 * @packageDocumentation
 */
export { type ApiClient, createApiClient } from "./client.js";
export type { ApiMethod, CallResult, ThrowsOf } from "./typed-client.js";
export type { ApiClientConfig, AttemptInfo, AuthConfig, ClientOptions, Logger, OpenapiFetchPassThrough, RetryContext, VendorConfig } from "./options.js";
export * from "./public-errors.js";
export { requestIdFrom } from "./error-from-response.js";
export { didYouMean, editDistance } from "./edit-distance.js";
export { type BodySource, readBody } from "./read-body.js";
