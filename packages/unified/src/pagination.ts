/**
 * The facade's listings: lazy, resumable and loop-proof. Nothing is fetched until iteration
 * starts; each iteration starts again from the caller's `cursor`. A page whose next cursor was
 * already seen ends the listing with an `InvalidPayloadError` instead of looping forever.
 */
import { InvalidPayloadError } from "@org/runtime";
import type { AdapterCursor, AdapterPage } from "./adapter.js";
import type { Pagination } from "./capabilities.js";
import { decodeCursor, encodeCursor, type ListingKind } from "./cursor.js";

/** One page of a listing. */
export interface UnifiedPage<T, Cur extends string> {
  readonly items: T[];
  /** The cursor that fetched this page (`undefined` for the first page). */
  readonly cursor: Cur | undefined;
  /** The cursor of the next page, `undefined` on the last page: persist it and pass it as `{ cursor }` to resume. */
  readonly nextCursor: Cur | undefined;
}

/** A listing: iterate items with `for await`, or whole pages with `.pages()`. */
export interface UnifiedPaginator<T, Cur extends string> extends AsyncIterable<T> {
  /** Iterates whole pages, with cursors for resuming. */
  pages(): AsyncIterable<UnifiedPage<T, Cur>>;
}

/** What a listing needs. */
export interface ListingSpec<T> {
  readonly vendor: string;
  readonly connection: string;
  readonly kind: ListingKind;
  readonly pagination: Pagination;
  /** The caller's cursor, unchecked. */
  readonly cursor: unknown;
  readonly signal: AbortSignal | undefined;
  /** Checks that must fail on the first iteration, before any request. */
  readonly precheck: () => void;
  readonly fetchPage: (cursor: AdapterCursor | undefined) => Promise<AdapterPage<T>>;
}

/** Build a listing. */
export function listing<T, Cur extends string>(spec: ListingSpec<T>): UnifiedPaginator<T, Cur> {
  const { vendor, connection, kind, pagination, signal } = spec;

  async function* pages(): AsyncGenerator<UnifiedPage<T, Cur>, void, undefined> {
    spec.precheck();
    let cursorText = spec.cursor === undefined ? undefined : (spec.cursor as Cur);
    let cursor = cursorText === undefined ? undefined : decodeCursor(vendor, kind, pagination, cursorText, connection);
    const seen = new Set<string>(cursorText === undefined ? [] : [cursorText]);
    for (;;) {
      signal?.throwIfAborted();
      const page = await spec.fetchPage(cursor);
      signal?.throwIfAborted();
      const nextText = page.nextCursor === undefined ? undefined : (encodeCursor(vendor, kind, pagination, page.nextCursor) as Cur);
      if (nextText !== undefined && seen.has(nextText)) {
        throw new InvalidPayloadError({ vendor, operation: `list ${kind}`, detail: `connection "${connection}": the server led back to a page already listed; stopping instead of looping forever` });
      }
      yield { items: page.items, cursor: cursorText, nextCursor: nextText };
      if (nextText === undefined || page.nextCursor === undefined) return;
      seen.add(nextText);
      cursorText = nextText;
      cursor = page.nextCursor;
    }
  }

  return {
    pages: () => ({ [Symbol.asyncIterator]: pages }),
    async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
      for await (const page of pages()) yield* page.items;
    },
  };
}
