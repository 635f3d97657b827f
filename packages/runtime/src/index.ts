/**
 * `@org/runtime`: the shared runtime of the `@org` vendor clients. Vendor packages build their
 * `create…Client(options)` on {@link createApiClient}; everything cross-cutting (option validation,
 * auth, retries, timeouts, typed errors, redaction, path-parameter safety, bounded reads) lives here,
 * once. It uses only fetch and Web APIs: Node ≥ 20.19, Deno, Bun, browsers.
 *
 * @packageDocumentation
 */
export { type ApiClient, type ApiMethod, type CallResult, createApiClient, type ThrowsOf } from "./client.js";
export type { ApiClientConfig, AttemptInfo, AuthConfig, ClientOptions, Logger, OpenapiFetchPassThrough, RetryContext, VendorConfig } from "./options.js";
export * from "./errors.js";
export { requestIdFrom } from "./error-from-response.js";
export { didYouMean, editDistance } from "./edit-distance.js";
export { type BodySource, readBody } from "./read-body.js";
