/**
 * `@org/unified/livechatai`: the facade for LiveChatAI alone. Same API as `@org/unified`'s
 * `createUnifiedClient`, but a bundle that imports this entry holds no code of the other vendors.
 *
 * @packageDocumentation
 */
import { liveChatAiBinding } from "../adapters/livechatai.js";
import { createFacade, type UnifiedClient, type UnifiedClientConfig } from "../facade.js";

/**
 * Create the facade for LiveChatAI only.
 *
 * @example
 * ```ts
 * import { createUnifiedClient } from "@org/unified/livechatai";
 * ```
 */
export function createUnifiedClient(config: Required<Pick<UnifiedClientConfig, "livechatai">>): UnifiedClient<"livechatai"> {
  return createFacade(config, { livechatai: liveChatAiBinding }) as unknown as UnifiedClient<"livechatai">;
}

export * from "../public-api.js";
export * from "@org/runtime/errors";
