/**
 * `@org/unified/chatwoot`: the facade for Chatwoot alone. Same API as `@org/unified`'s
 * `createUnifiedClient`, but a bundle that imports this entry holds no code of the other vendors.
 *
 * @packageDocumentation
 */
import { chatwootBinding } from "../adapters/chatwoot.js";
import { createFacade, type UnifiedClient, type UnifiedClientConfig } from "../facade.js";

/**
 * Create the facade for Chatwoot only.
 *
 * @example
 * ```ts
 * import { createUnifiedClient } from "@org/unified/chatwoot";
 * ```
 */
export function createUnifiedClient(config: Required<Pick<UnifiedClientConfig, "chatwoot">>): UnifiedClient<"chatwoot"> {
  return createFacade(config, { chatwoot: chatwootBinding }) as unknown as UnifiedClient<"chatwoot">;
}

export * from "../public-api.js";
export * from "@org/runtime/errors";
