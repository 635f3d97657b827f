/**
 * The facade core: routes each call to the adapter of the vendor it names, adds pagination,
 * cursors and capability checks. It knows no vendor: the entry points hand it one binding per
 * vendor they support, so a bundle holds only the vendors its entry point imports. It sends no
 * HTTP itself; the vendor clients do.
 */
import type { ChatwootClient, ChatwootClientOptions } from "@org/chatwoot";
import type { FiveChatClient, FiveChatClientOptions } from "@org/5chat";
import type { LiveChatAiClient, LiveChatAiClientOptions } from "@org/livechatai";
import { InvalidRequestError, paginate, UnsupportedOperationError, type Paginator } from "@org/runtime";
import type { AdapterCall, ConversationFiltersByVendor, VendorAdapter, VendorCursor, VendorPage } from "./adapters/adapter.js";
import type { Capabilities } from "./capabilities.js";
import type { UnifiedConversation, UnifiedMessage, Vendor } from "./model.js";
import { VENDORS } from "./model.js";
import type { ConversationRef, ConversationRefFor } from "./refs.js";

/** Per-vendor options for {@link createUnifiedClient}: each key takes that vendor client's options. */
export interface UnifiedClientConfig {
  "5chat"?: FiveChatClientOptions;
  livechatai?: LiveChatAiClientOptions & {
    /** The AI agent (chatbot) whose conversations `listConversations("livechatai")` lists by default. */
    agentId?: string;
  };
  chatwoot?: ChatwootClientOptions;
}

/** The vendors a config object configures. */
export type ConfiguredVendor<C extends UnifiedClientConfig> = Extract<{ [K in keyof C]-?: C[K] extends undefined ? never : K }[keyof C], Vendor>;

/** The vendor clients the facade builds, for calls the facade does not cover. */
export interface VendorClients {
  "5chat": FiveChatClient;
  livechatai: LiveChatAiClient;
  chatwoot: ChatwootClient;
}

/** Options for a single call. */
export interface CallOptions {
  /** Abort the call (and any retry wait). */
  signal?: AbortSignal;
}

/** Options for a listing. */
export interface ListOptions extends CallOptions {
  /** Items per page where the vendor lets the caller choose (`capabilities(v).conversationPageSize`). */
  pageSize?: number;
  /**
   * Resume a listing: a cursor from a previous `pages()` iteration (`page.nextCursor`). Cursors are
   * opaque strings, safe to persist; they are bound to one vendor and one kind of listing.
   */
  cursor?: string;
}

/** The facade over the vendors `V`. */
export interface UnifiedClient<V extends Vendor> {
  /** The configured vendors. */
  readonly vendors: readonly V[];
  /** Fetch one conversation, normalized, with its messages (see `capabilities(v).conversationMessages`). */
  getConversation<R extends ConversationRefFor<V>>(ref: R, options?: CallOptions): Promise<UnifiedConversation<R["vendor"]>>;
  /**
   * Every message of a conversation, newest first, across the vendor's pages. Iterate it with
   * `for await`, or call `.pages()` for pages with resumable cursors.
   */
  listMessages<R extends ConversationRefFor<V>>(ref: R, options?: ListOptions): Paginator<UnifiedMessage<R["vendor"]>>;
  /** Conversations of one vendor matching `filters`, across the vendor's pages. */
  listConversations<K extends V>(vendor: K, filters?: ConversationFiltersByVendor[K] & ListOptions): Paginator<UnifiedConversation<K>>;
  /** What `vendor` supports through the facade. */
  capabilities(vendor: V): Capabilities;
  /** The vendor client the facade uses, for operations it does not cover. */
  vendorClient<K extends V>(vendor: K): VendorClients[K];
}

/**
 * An adapter of any vendor, as the facade stores it. Every `VendorAdapter<V>` is one (method
 * parameters are compared bivariantly), so no cast is needed where adapters are registered.
 */
interface AnyAdapter {
  readonly capabilities: Capabilities;
  getConversation(ref: ConversationRef, call: AdapterCall): Promise<UnifiedConversation>;
  messagesPage(ref: ConversationRef, cursor: VendorCursor | undefined, call: AdapterCall): Promise<VendorPage<UnifiedMessage>>;
  conversationsPage(filters: object, cursor: VendorCursor | undefined, call: AdapterCall): Promise<VendorPage<UnifiedConversation>>;
}

/** The facade's implementation, typed over every vendor; the entry points narrow it to {@link UnifiedClient}. */
export interface AnyVendorClient {
  readonly vendors: readonly Vendor[];
  getConversation(ref: ConversationRef, options?: CallOptions): Promise<UnifiedConversation>;
  listMessages(ref: ConversationRef, options?: ListOptions): Paginator<UnifiedMessage>;
  listConversations(vendor: Vendor, filters?: ListOptions & { status?: string }): Paginator<UnifiedConversation>;
  capabilities(vendor: Vendor): Capabilities;
  vendorClient(vendor: Vendor): VendorClients[Vendor];
}

function encodeCursor(vendor: Vendor, kind: string, cursor: VendorCursor): string {
  return `${vendor}:${kind}:${JSON.stringify(cursor)}`;
}

function decodeCursor(vendor: Vendor, kind: string, text: string): VendorCursor {
  const prefix = `${vendor}:${kind}:`;
  if (text.startsWith(prefix)) {
    try {
      const value: unknown = JSON.parse(text.slice(prefix.length));
      if (typeof value === "object" && value !== null && (("page" in value && typeof value.page === "number") || ("before" in value && typeof value.before === "number"))) {
        return value as VendorCursor;
      }
    } catch {
      // fall through to the typed error
    }
  }
  throw new InvalidRequestError({ vendor, reason: "invalid_cursor", detail: `cursor was not issued by ${vendor} ${kind}` });
}

/** What an entry point knows about one vendor: how to build its client and adapter from options. */
export type VendorBinding<V extends Vendor> = (options: NonNullable<UnifiedClientConfig[V]>) => {
  client: VendorClients[V];
  adapter: VendorAdapter<V>;
};

/** The bindings an entry point supports. */
export type VendorBindings = { readonly [V in Vendor]?: VendorBinding<V> };

/**
 * Build the facade over the vendors configured in `config`, using `bindings` to create them.
 * A configured vendor the entry point has no binding for is refused at creation.
 */
export function createFacade(config: UnifiedClientConfig, bindings: VendorBindings): AnyVendorClient {
  const clients: Partial<VendorClients> = {};
  const adapters: Partial<Record<Vendor, AnyAdapter>> = {};
  for (const vendor of VENDORS) {
    const options = config[vendor];
    if (options === undefined) continue;
    // Any vendor's binding, seen through what the loop needs (no cast: its options are `never` here).
    const bind: ((options: never) => { client: VendorClients[Vendor]; adapter: AnyAdapter }) | undefined = bindings[vendor];
    if (bind === undefined) {
      throw new InvalidRequestError({
        vendor,
        reason: "invalid_option",
        detail: `this entry point does not include ${vendor}; import createUnifiedClient from "@org/unified" or "@org/unified/${vendor}"`,
      });
    }
    const built = bind(options as never);
    (clients as Record<Vendor, VendorClients[Vendor]>)[vendor] = built.client;
    adapters[vendor] = built.adapter;
  }

  function adapterFor(vendor: Vendor, operation: string): AnyAdapter {
    // Own properties only: from JavaScript a "vendor" such as "constructor" must not find Object's.
    const adapter = Object.hasOwn(adapters, vendor) ? adapters[vendor] : undefined;
    if (adapter === undefined) {
      throw new UnsupportedOperationError({
        vendor,
        operation,
        detail: VENDORS.includes(vendor) ? `${vendor} is not configured in createUnifiedClient()` : `unknown vendor "${vendor}"`,
      });
    }
    return adapter;
  }

  const client: AnyVendorClient = {
    vendors: VENDORS.filter((v) => adapters[v] !== undefined),

    async getConversation(ref, options = {}) {
      return adapterFor(ref.vendor, "getConversation").getConversation(ref, { signal: options.signal });
    },

    listMessages(ref, options = {}) {
      const vendor = ref.vendor;
      const adapter = adapterFor(vendor, "listMessages");
      return paginate<UnifiedMessage, VendorCursor>({
        fetchPage: (cursor, signal) => adapter.messagesPage(ref, cursor, { signal, pageSize: options.pageSize }),
        startCursor: options.cursor,
        signal: options.signal,
        encodeCursor: (c) => encodeCursor(vendor, "messages", c),
        decodeCursor: (t) => decodeCursor(vendor, "messages", t),
        vendor,
      });
    },

    listConversations(vendor, filters = {}) {
      const adapter = adapterFor(vendor, "listConversations");
      const { pageSize, cursor, signal, ...vendorFilters } = filters;
      const supported: readonly string[] = adapter.capabilities.conversationStatusFilter;
      const unsupported =
        vendorFilters.status !== undefined && !supported.includes(vendorFilters.status)
          ? new UnsupportedOperationError({
              vendor,
              operation: "listConversations",
              detail: `${vendor} cannot filter conversations by status "${vendorFilters.status}" (supported: ${supported.join(", ") || "none"})`,
            })
          : undefined;
      return paginate<UnifiedConversation, VendorCursor>({
        // Fails on first iteration, before any request, like every other listing error.
        fetchPage: (c, s) => (unsupported ? Promise.reject(unsupported) : adapter.conversationsPage(vendorFilters, c, { signal: s, pageSize })),
        startCursor: cursor,
        signal,
        encodeCursor: (c) => encodeCursor(vendor, "conversations", c),
        decodeCursor: (t) => decodeCursor(vendor, "conversations", t),
        vendor,
      });
    },

    capabilities(vendor) {
      return adapterFor(vendor, "capabilities").capabilities;
    },

    vendorClient(vendor) {
      adapterFor(vendor, "vendorClient"); // throws when the vendor is not configured
      return clients[vendor] as VendorClients[Vendor];
    },
  };
  return client;
}
