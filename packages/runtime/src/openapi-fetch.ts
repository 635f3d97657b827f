/**
 * openapi-fetch's `createClient`, whichever way the module system wrapped it.
 *
 * openapi-fetch ships ESM (`export { createClient as default }`) and CJS (`exports.default =
 * createClient` with `__esModule`). Our CJS build reaches it through node-mode interop
 * (`__toESM(require(...), 1)`), which ignores `__esModule`, so there `default` is the whole exports
 * object and the function is one level down; in ESM and in bundlers `default` is the function.
 *
 * @packageDocumentation
 */
import * as openapiFetch from "openapi-fetch";

type CreateClient = typeof openapiFetch.default;

/** `default` as it may actually arrive: the function, or the CJS exports object holding it. */
const imported = openapiFetch.default as CreateClient | { readonly default: CreateClient };

/** openapi-fetch's `createClient` (default export). */
export const createClient: CreateClient = typeof imported === "function" ? imported : imported.default;
