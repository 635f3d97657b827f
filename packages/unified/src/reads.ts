/**
 * The facade's reads: `getConversation`, and the two listings wired to {@link listing}. Every check
 * (reference, options, filters, page size, status filter against the capabilities) runs before any
 * request; a listing's check errors surface on its first iteration, like every listing error.
 */
import { MAX_PAGE } from "./cursor.js";
import { describe, invalid, isPlainObject } from "./caller-input.js";
import type { CallOptions, AnyAdapter, MessageListOptions } from "./client-types.js";
import type { ConversationOf, MessageOf, VendorTypes } from "./model.js";
import { listing, type UnifiedPaginator } from "./pagination.js";
import { checkOptions, FACADE, signalOf, unsupported, type Router } from "./routing.js";
import { unifiedCall, type UnifiedPromise } from "./with-response.js";

/** The reads, typed over any adapter (`UnifiedClient` presents them typed by connection). */
export interface ReadMethods {
  getConversation(ref: unknown, options?: CallOptions): UnifiedPromise<ConversationOf<VendorTypes>>;
  listMessages(ref: unknown, options?: MessageListOptions<string>): UnifiedPaginator<MessageOf<VendorTypes>, string>;
  listConversations(connection: string, filters?: unknown): UnifiedPaginator<ConversationOf<VendorTypes>, string>;
}

/** The reads through `router`. */
export function readMethods(router: Router): ReadMethods {
  return {
    getConversation(ref, options) {
      return unifiedCall(() => {
        const signal = signalOf(checkOptions(options, "getConversation", ["signal"]));
        const { adapter, context, vendorRef } = router.resolve(ref, "getConversation", signal);
        return adapter.getConversation(vendorRef, context);
      });
    },

    listMessages(ref, options) {
      // Checks run now, but their errors surface on the first iteration, like every listing error.
      const prepared = attempt(() => {
        const o = checkOptions(options, "listMessages", ["signal", "cursor"]);
        return { ...router.resolve(ref, "listMessages", signalOf(o)), cursor: o["cursor"] };
      });
      const { adapter, context, vendorRef, cursor } = prepared.value ?? {};
      return listing({
        vendor: adapter?.vendor ?? FACADE,
        connection: context?.connection ?? "",
        kind: "messages",
        pagination: adapter?.capabilities.messagePagination ?? "single-page",
        cursor,
        signal: context?.signal,
        precheck: prepared.rethrow,
        fetchPage: (c) => (adapter && context ? adapter.messagesPage(vendorRef ?? {}, c, { ...context, pageSize: undefined }) : Promise.reject(new Error("unreachable"))),
      });
    },

    listConversations(connection, filters) {
      const prepared = attempt(() => {
        const { adapter } = router.route(connection, "listConversations");
        const all = filters ?? {};
        if (!isPlainObject(all)) throw invalid(adapter.vendor, "filters", `listConversations filters must be an object, got ${describe(all)}`);
        const { pageSize, cursor, signal, status, ...rest } = all;
        const supported: readonly unknown[] = adapter.capabilities.conversationStatusFilter;
        if (status !== undefined && !supported.includes(status)) {
          throw unsupported(adapter, connection, "listConversations", `${adapter.vendor} cannot filter conversations by status ${typeof status === "string" ? `"${status}"` : describe(status)} (supported: ${supported.join(", ") || "none"})`);
        }
        const context = { connection, signal: signalOf({ signal }), pageSize: checkPageSize(adapter, connection, pageSize) };
        // The status is checked here against the capabilities; the adapter checks the rest (and may refuse a status for one filter form).
        const vendorFilters = adapter.checkFilters(status === undefined ? rest : { ...rest, status }, context);
        return { adapter, context, vendorFilters, cursor };
      });
      const { adapter, context, vendorFilters, cursor } = prepared.value ?? {};
      return listing({
        vendor: adapter?.vendor ?? FACADE,
        connection,
        kind: "conversations",
        pagination: adapter?.capabilities.conversationPagination ?? "single-page",
        cursor,
        signal: context?.signal,
        precheck: prepared.rethrow,
        fetchPage: (c) => (adapter && context ? adapter.conversationsPage(vendorFilters ?? {}, c, context) : Promise.reject(new Error("unreachable"))),
      });
    },
  };
}

/** Run `fn` now; keep its error to throw later (listings fail on their first iteration, before any request). */
function attempt<T>(fn: () => T): { value: T | undefined; rethrow: () => void } {
  try {
    return { value: fn(), rethrow: () => undefined };
  } catch (error) {
    return {
      value: undefined,
      rethrow: () => {
        throw error;
      },
    };
  }
}

function checkPageSize(adapter: AnyAdapter, connection: string, pageSize: unknown): number | undefined {
  if (pageSize === undefined) return undefined;
  const max = adapter.capabilities.maxPageSize;
  if (max === null) throw unsupported(adapter, connection, "listConversations", `${adapter.vendor} fixes the page size; pageSize cannot be chosen`);
  if (typeof pageSize !== "number" || !Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > Math.min(max, MAX_PAGE)) {
    throw invalid(adapter.vendor, "pageSize", `pageSize must be an integer from 1 to ${max} for connection "${connection}", got ${describe(pageSize)}`);
  }
  return pageSize;
}
