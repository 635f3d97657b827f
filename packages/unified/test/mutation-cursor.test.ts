/**
 * Listing cursors and the paginator, at their edges: what a cursor may hold (exact keys, integers in
 * range, a bounded token), how a foreign or hand-edited cursor is refused before any request, and
 * how a listing ends or refuses to loop. Written for the survivors of the mutation run on
 * src/cursor.ts and src/pagination.ts (stryker/README.md); each test is about a promise those
 * modules make, not about a mutant.
 */
import { InvalidPayloadError, InvalidRequestError } from "@org/runtime";
import { describe, expect, it } from "vitest";
import type { AdapterCursor, AdapterPage } from "../src/adapter.js";
import { decodeCursor, encodeCursor, isCursorOf, MAX_PAGE } from "../src/cursor.js";
import { listing } from "../src/pagination.js";

const PREFIX = "chatwoot:messages:"; // 18 characters
const MAX_TEXT = PREFIX.length + 1024 + 32;

const decode = (text: unknown, pagination: "page" | "before" | "token" = "before") => decodeCursor("chatwoot", "messages", pagination, text, "support");

function refused(text: unknown, pagination: "page" | "before" | "token" = "before"): InvalidRequestError {
  try {
    decode(text, pagination);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    return error as InvalidRequestError;
  }
  throw new Error(`cursor ${JSON.stringify(text)} was accepted`);
}

describe("isCursorOf", () => {
  it("takes page numbers as whole numbers from 1 to MAX_PAGE, with an optional count seen", () => {
    expect(isCursorOf({ page: MAX_PAGE }, "page")).toBe(true);
    expect(isCursorOf({ page: MAX_PAGE + 1 }, "page")).toBe(false);
    expect(isCursorOf({ page: 1.5 }, "page")).toBe(false);
    expect(isCursorOf({ page: 0 }, "page")).toBe(false);
    expect(isCursorOf({ seen: 0, page: 2 }, "page")).toBe(true); // key order does not matter
    expect(isCursorOf({ page: 2, seen: -1 }, "page")).toBe(false);
    expect(isCursorOf({ page: 2, seen: 1.5 }, "page")).toBe(false);
    expect(isCursorOf({ page: 2, extra: 1 }, "page")).toBe(false);
    expect(isCursorOf({ page: "2" }, "page")).toBe(false);
  });

  it("refuses null, arrays and non-objects without throwing", () => {
    for (const value of [null, undefined, [], [1], 1, "page", true]) {
      for (const pagination of ["page", "before", "token", "single-page"] as const) expect(isCursorOf(value, pagination)).toBe(false);
    }
  });

  it("takes a token of 1 to 1024 characters under the key `token` alone", () => {
    expect(isCursorOf({ token: "a" }, "token")).toBe(true);
    expect(isCursorOf({ token: "a".repeat(1024) }, "token")).toBe(true);
    expect(isCursorOf({ token: "a".repeat(1025) }, "token")).toBe(false);
    expect(isCursorOf({ token: "" }, "token")).toBe(false);
    expect(isCursorOf({ token: 5 }, "token")).toBe(false);
    expect(isCursorOf({ token: ["a"] }, "token")).toBe(false);
    expect(isCursorOf({ token: "a", page: 1 }, "token")).toBe(false);
    expect(isCursorOf({ before: 5 }, "token")).toBe(false);
  });

  it("takes no cursor at all for a single-page listing", () => {
    expect(isCursorOf({ page: 1 }, "single-page")).toBe(false);
    expect(isCursorOf({}, "single-page")).toBe(false);
  });
});

describe("encodeCursor", () => {
  it("refuses an adapter's next cursor that does not fit its form, as an invalid payload of the listing", () => {
    const error = (() => {
      try {
        encodeCursor("chatwoot", "messages", "before", { before: 0 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidPayloadError);
    expect(error).toMatchObject({ vendor: "chatwoot", operation: "list messages", path: "$" });
    expect((error as Error).message).toContain("the next-page position is not a valid before cursor");
  });

  it("round-trips every form through decodeCursor", () => {
    for (const [pagination, cursor] of [["page", { page: 3, seen: 40 }], ["before", { before: 5103 }], ["token", { token: "t".repeat(1024) }]] as const) {
      const text = encodeCursor("chatwoot", "messages", pagination, cursor);
      expect(text).toBe(`${PREFIX}${JSON.stringify(cursor)}`);
      expect(decode(text, pagination)).toEqual(cursor);
    }
  });
});

describe("decodeCursor", () => {
  it("refuses a cursor that is not a string with InvalidRequestError naming the connection, not a TypeError", () => {
    for (const text of [5, { before: 5 }, null, ["chatwoot:messages:{}"]]) {
      const error = refused(text);
      expect(error).toMatchObject({ vendor: "chatwoot", reason: "invalid_cursor", parameter: "cursor" });
      expect(error.message).toContain(`cursor is not one that connection "support" (chatwoot) emitted for its messages listing; pass page.nextCursor unchanged`);
    }
  });

  it("refuses a cursor of another vendor or listing even when its JSON would fit", () => {
    refused('5chatwoo:messages:{"before":5}'); // same length as the prefix, other vendor
    refused('chatwoot:messagez:{"before":5}');
    refused('{"before":5}');
  });

  it("accepts a cursor up to 32 characters of slack past the longest token, and not one more", () => {
    const body = JSON.stringify({ token: "a".repeat(1024) });
    const atLimit = `${PREFIX}${body}${" ".repeat(MAX_TEXT - PREFIX.length - body.length)}`;
    expect(atLimit).toHaveLength(MAX_TEXT);
    expect(decode(atLimit, "token")).toEqual({ token: "a".repeat(1024) });
    refused(`${atLimit} `, "token");
  });

  it("refuses text after the prefix that is not JSON", () => {
    refused(`${PREFIX}not json`);
    refused(`${PREFIX}{"before":5`);
  });
});

describe("listing", () => {
  type Page = AdapterPage<number>;
  const spec = (pages: (cursor: AdapterCursor | undefined) => Page, cursor?: string) => {
    const calls: (AdapterCursor | undefined)[] = [];
    const paginator = listing<number, string>({
      vendor: "chatwoot",
      connection: "support",
      kind: "messages",
      pagination: "before",
      cursor,
      signal: undefined,
      precheck: () => undefined,
      fetchPage: (c) => {
        calls.push(c);
        if (calls.length > 10) throw new Error("fetched more than 10 pages");
        return Promise.resolve(pages(c));
      },
    });
    return { paginator, calls };
  };

  it("ends after a last page without fetching again", async () => {
    const { paginator, calls } = spec(() => ({ items: [1, 2], nextCursor: undefined }));
    const pages = [];
    for await (const page of paginator.pages()) pages.push(page);
    expect(pages).toEqual([{ items: [1, 2], cursor: undefined, nextCursor: undefined }]);
    expect(calls).toEqual([undefined]);
  });

  it("refuses, before yielding anything, a resumed listing whose first page leads back to the cursor it was resumed from", async () => {
    const from = `${PREFIX}{"before":7}`;
    const { paginator, calls } = spec(() => ({ items: [1], nextCursor: { before: 7 } }), from);
    const yielded: number[] = [];
    const error = await (async () => {
      try {
        for await (const item of paginator) yielded.push(item);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(yielded).toEqual([]);
    expect(calls).toEqual([{ before: 7 }]);
    expect(error).toBeInstanceOf(InvalidPayloadError);
    expect(error).toMatchObject({ vendor: "chatwoot", operation: "list messages" });
    expect((error as Error).message).toContain('connection "support": the server led back to a page already listed; stopping instead of looping forever');
  });
});
