/**
 * Listing cursors: the strings `page.nextCursor` holds and `{ cursor }` accepts. A cursor names the
 * vendor and the kind of listing it came from and carries one {@link AdapterCursor} as JSON, e.g.
 * `chatwoot:messages:{"before":5103}`. Decoding accepts exactly what encoding can emit (integers
 * in range, a bounded token), so a hand-edited or foreign cursor is refused before any request.
 */
import { InvalidPayloadError, InvalidRequestError } from "@org/runtime";
import type { AdapterCursor } from "./adapter.js";
import type { Pagination } from "./capabilities.js";

/** The two kinds of listing. */
export type ListingKind = "conversations" | "messages";

/**
 * A cursor of vendor `V`'s listing `L`: a string at run time, branded so that a cursor of one
 * listing passed to another fails to compile. Persist it as a string; to resume from a stored
 * string, assert the type you stored (`stored as ConversationCursor<"chatwoot">`).
 */
export type Cursor<V extends string, L extends ListingKind> = string & { readonly "~cursor": `${V}:${L}` };
/** A cursor of vendor `V`'s conversation listing. */
export type ConversationCursor<V extends string> = Cursor<V, "conversations">;
/** A cursor of vendor `V`'s message listing. */
export type MessageCursor<V extends string> = Cursor<V, "messages">;

/** Largest page number or count a cursor may carry. */
export const MAX_PAGE = 2 ** 31 - 1;
const MAX_TOKEN = 1024;

const isCount = (v: unknown, min: number, max: number): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= max;

/** Whether `value` is a cursor of the form `pagination` (exact keys, values in range). */
export function isCursorOf(value: unknown, pagination: Pagination): value is AdapterCursor {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(",");
  switch (pagination) {
    case "page":
      return (keys === "page" || keys === "page,seen") && isCount(record["page"], 1, MAX_PAGE) && (record["seen"] === undefined || isCount(record["seen"], 0, Number.MAX_SAFE_INTEGER));
    case "before":
      return keys === "before" && isCount(record["before"], 1, Number.MAX_SAFE_INTEGER);
    case "token":
      return keys === "token" && typeof record["token"] === "string" && record["token"].length > 0 && record["token"].length <= MAX_TOKEN;
    case "single-page":
      return false;
  }
}

/** Encode an adapter's next cursor, refusing one that does not fit its declared form (an adapter or server bug). */
export function encodeCursor(vendor: string, kind: ListingKind, pagination: Pagination, cursor: AdapterCursor): string {
  if (!isCursorOf(cursor, pagination)) {
    throw new InvalidPayloadError({ vendor, operation: `list ${kind}`, path: "$", detail: `the next-page position is not a valid ${pagination} cursor (out of range or of the wrong type)` });
  }
  return `${vendor}:${kind}:${JSON.stringify(cursor)}`;
}

/** Decode the caller's `cursor`, or throw an {@link InvalidRequestError} naming `cursor` and the connection. */
export function decodeCursor(vendor: string, kind: ListingKind, pagination: Pagination, text: unknown, connection: string): AdapterCursor {
  const prefix = `${vendor}:${kind}:`;
  let value: unknown;
  if (typeof text === "string" && text.startsWith(prefix) && text.length <= prefix.length + MAX_TOKEN + 32) {
    try {
      value = JSON.parse(text.slice(prefix.length));
    } catch {
      value = undefined;
    }
  }
  if (!isCursorOf(value, pagination)) {
    throw new InvalidRequestError({
      vendor,
      reason: "invalid_cursor",
      parameter: "cursor",
      detail: `cursor is not one that connection "${connection}" (${vendor}) emitted for its ${kind} listing; pass page.nextCursor unchanged`,
    });
  }
  return value;
}
