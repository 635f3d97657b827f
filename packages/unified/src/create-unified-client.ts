/**
 * `createUnifiedClient` over all three vendors: the main entry point's facade. For a bundle that
 * holds a single vendor, import the same function from `@org/unified/<vendor>` instead.
 */
import { chatwootBinding } from "./adapters/chatwoot.js";
import { fiveChatBinding } from "./adapters/5chat.js";
import { liveChatAiBinding } from "./adapters/livechatai.js";
import { createFacade, type ConfiguredVendor, type UnifiedClient, type UnifiedClientConfig } from "./facade.js";

/**
 * Create the facade. Only the vendors present in `config` can be called, and the types say so.
 * Each key takes that vendor client's options (`@org/5chat`, `@org/livechatai`, `@org/chatwoot`);
 * the clients are built with `throwOnError: true`, so every failure is a typed error.
 *
 * @example
 * ```ts
 * const sdk = createUnifiedClient({ chatwoot: { baseUrl: "https://chat.example.com" } });
 * const c = await sdk.getConversation({ vendor: "chatwoot", inboxIdentifier, contactIdentifier, conversationId: 42 });
 * ```
 */
export function createUnifiedClient<const C extends UnifiedClientConfig>(config: C): UnifiedClient<ConfiguredVendor<C>> {
  // The facade is typed over every vendor; the public type narrows it to the configured ones.
  return createFacade(config, { "5chat": fiveChatBinding, livechatai: liveChatAiBinding, chatwoot: chatwootBinding }) as unknown as UnifiedClient<ConfiguredVendor<C>>;
}
