import { decodeJsonCursor, encodeJsonCursor } from "./cursor-codec.js";
import { InvalidPayloadError, InvalidRequestError } from "./errors.js";

/** One page as seen by the caller. */
export interface Page<T> {
  /** The page's items. */
  readonly items: T[];
  /** Opaque cursor that fetched this page (`undefined` for the first page). Pass as `startCursor` to fetch it again. */
  readonly cursor: string | undefined;
  /** Opaque cursor of the next page, `undefined` on the last page. Persist it to resume after this page: `paginate`'s `startCursor` (the facade's list methods call it `cursor`). */
  readonly nextCursor: string | undefined;
}

/** Options of {@link paginate}. */
export interface PaginateOptions<T, C> {
  /**
   * Fetches one page. `cursor` is `undefined` for the first page, then the previous page's
   * `nextCursor`. Return `nextCursor: undefined` on the last page.
   */
  fetchPage(cursor: C | undefined, signal?: AbortSignal): Promise<{ items: T[]; nextCursor: C | undefined }>;
  /** An opaque cursor from a previous `Page.cursor`/`Page.nextCursor`: resume from there. */
  startCursor?: string;
  /** Stops iteration: the pending fetch gets the signal and iteration throws its reason. */
  signal?: AbortSignal;
  /** Turns a vendor cursor into an opaque string. Default: base64url of its JSON. */
  encodeCursor?: (cursor: C) => string;
  /** Inverse of `encodeCursor`. Default: JSON from base64url. */
  decodeCursor?: (text: string) => C;
  /** Vendor id for errors. Default `"sdk"`. */
  vendor?: string;
}

/** The result of {@link paginate}: iterate items with `for await`, or pages with `.pages()`. */
export interface Paginator<T> extends AsyncIterable<T> {
  /** Iterates whole pages, with opaque cursors for resuming. */
  pages(): AsyncIterable<Page<T>>;
}

/**
 * Lazily walks a cursor-paginated endpoint. Nothing is fetched until iteration starts; each
 * iteration starts again from `startCursor`.
 *
 * Stops when a page has no next cursor. Throws the signal's reason when `signal` aborts, an
 * {@link InvalidRequestError} when `startCursor` cannot be decoded, and an
 * {@link InvalidPayloadError} when the server returns a cursor it already returned (which would
 * otherwise loop forever).
 *
 * @typeParam T - Item type.
 * @typeParam C - The vendor's cursor type (page number, token, object...).
 * @param options - How to fetch a page, where to start, and cursor encoding.
 * @returns An async iterable of items with a `.pages()` view.
 *
 * @example
 * ```ts
 * const conversations = paginate({
 *   fetchPage: async (page: number | undefined, signal) => {
 *     const { data } = await client.GET("/conversations", { params: { query: { page: page ?? 1 } }, signal });
 *     return { items: data.items, nextCursor: data.has_more ? (page ?? 1) + 1 : undefined };
 *   },
 * });
 * for await (const c of conversations) console.log(c.id);
 * for await (const page of conversations.pages()) save(page.nextCursor); // resume later with startCursor
 * ```
 */
export function paginate<T, C>(options: PaginateOptions<T, C>): Paginator<T> {
  const { vendor = "sdk", signal, encodeCursor = encodeJsonCursor, decodeCursor = decodeJsonCursor as (text: string) => C } = options;

  async function* pages(): AsyncGenerator<Page<T>, void, undefined> {
    let cursorText = options.startCursor;
    let cursor: C | undefined;
    const seen = new Set<string>();
    if (cursorText !== undefined) {
      try {
        cursor = decodeCursor(cursorText);
      } catch (error) {
        throw new InvalidRequestError({ vendor, reason: "invalid_cursor", parameter: "startCursor", detail: "startCursor is not a cursor this paginator produced", cause: error });
      }
      seen.add(cursorText);
    }
    for (;;) {
      signal?.throwIfAborted();
      const { items, nextCursor } = await options.fetchPage(cursor, signal);
      signal?.throwIfAborted();
      const nextText = nextCursor === undefined ? undefined : encodeCursor(nextCursor);
      if (nextText !== undefined && seen.has(nextText)) {
        throw new InvalidPayloadError({ vendor, detail: "the server returned a pagination cursor it had already returned; stopping instead of looping forever" });
      }
      yield { items, cursor: cursorText, nextCursor: nextText };
      if (nextText === undefined) return;
      seen.add(nextText);
      cursorText = nextText;
      cursor = nextCursor;
    }
  }

  return {
    pages: () => ({ [Symbol.asyncIterator]: pages }),
    async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
      for await (const page of pages()) yield* page.items;
    },
  };
}
