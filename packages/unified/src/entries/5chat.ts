/**
 * `@org/unified/5chat`: the facade for 5chat alone. Same API as `@org/unified`'s
 * `createUnifiedClient`, but a bundle that imports this entry holds no code of the other vendors.
 *
 * @packageDocumentation
 */
import { fiveChatBinding } from "../adapters/5chat.js";
import { createFacade, type UnifiedClient, type UnifiedClientConfig } from "../facade.js";

/**
 * Create the facade for 5chat only.
 *
 * @example
 * ```ts
 * import { createUnifiedClient } from "@org/unified/5chat";
 * ```
 */
export function createUnifiedClient(config: Required<Pick<UnifiedClientConfig, "5chat">>): UnifiedClient<"5chat"> {
  return createFacade(config, { "5chat": fiveChatBinding }) as unknown as UnifiedClient<"5chat">;
}

export * from "../public-api.js";
export * from "@org/runtime/errors";
