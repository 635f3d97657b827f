import { describe, expect, it } from "vitest";
import { InvalidPayloadError, InvalidRequestError, type Page, paginate } from "../src/index.js";

/** A fake paginated endpoint over 7 items, 3 per page, cursor = offset. */
function endpoint(calls: (number | undefined)[]) {
  const all = ["a", "b", "c", "d", "e", "f", "g"];
  return (cursor: number | undefined) => {
    calls.push(cursor);
    const offset = cursor ?? 0;
    const items = all.slice(offset, offset + 3);
    return Promise.resolve({ items, nextCursor: offset + 3 < all.length ? offset + 3 : undefined });
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe("paginate", () => {
  it("iterates every item across pages, lazily", async () => {
    const calls: (number | undefined)[] = [];
    const items = paginate({ fetchPage: endpoint(calls) });
    expect(calls).toEqual([]);
    expect(await collect(items)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(calls).toEqual([undefined, 3, 6]);
  });

  it("pages carry opaque string cursors; resuming from a saved nextCursor continues after that page", async () => {
    const calls: (number | undefined)[] = [];
    const pages: Page<string>[] = [];
    for await (const page of paginate({ fetchPage: endpoint(calls) }).pages()) {
      pages.push(page);
      if (pages.length === 1) break; // the process stops here and persists the cursor
    }
    const saved = pages[0]?.nextCursor;
    expect(typeof saved).toBe("string");
    expect(pages[0]?.cursor).toBeUndefined();
    const rest = await collect(paginate({ fetchPage: endpoint(calls), startCursor: saved }));
    expect(rest).toEqual(["d", "e", "f", "g"]);
    const resumedPages = await collect(paginate({ fetchPage: endpoint([]), startCursor: saved }).pages());
    expect(resumedPages.map((p) => p.cursor)).toEqual([saved, resumedPages[0]?.nextCursor]);
    expect(resumedPages.at(-1)?.nextCursor).toBeUndefined();
  });

  it("supports custom cursor encoding", async () => {
    const pages = await collect(
      paginate({ fetchPage: endpoint([]), encodeCursor: (c: number) => `off:${c}`, decodeCursor: (s) => Number(s.slice(4)) }).pages(),
    );
    expect(pages.map((p) => p.nextCursor)).toEqual(["off:3", "off:6", undefined]);
    expect(await collect(paginate({ fetchPage: endpoint([]), startCursor: "off:6", decodeCursor: (s) => Number(s.slice(4)) }))).toEqual(["g"]);
  });

  it("stops with InvalidPayloadError when the server repeats a cursor", async () => {
    let n = 0;
    const looping = paginate({
      vendor: "acme",
      fetchPage: (cursor: string | undefined) => {
        n++;
        return Promise.resolve({ items: [n], nextCursor: cursor === undefined ? "p2" : cursor === "p2" ? "p3" : "p2" });
      },
    });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const x of looping) seen.push(x);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidPayloadError);
    expect((error as Error).message).toContain("[acme] invalid payload");
    expect(seen).toEqual([1, 2]);
    expect(n).toBe(3);
  });

  it("detects a page that returns its own cursor as next", async () => {
    const error = await collect(paginate({ fetchPage: () => Promise.resolve({ items: [1], nextCursor: "same" }), startCursor: btoa('"same"') })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidPayloadError);
  });

  it("stops on abort with the abort reason and passes the signal to fetchPage", async () => {
    const controller = new AbortController();
    const signals: (AbortSignal | undefined)[] = [];
    const reason = new Error("stop");
    const items = paginate({
      signal: controller.signal,
      fetchPage: (cursor: number | undefined, signal) => {
        signals.push(signal);
        if (cursor === 3) controller.abort(reason);
        return endpoint([])(cursor);
      },
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const x of items) seen.push(x);
    })().catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(seen).toEqual(["a", "b", "c"]);
    expect(signals.every((s) => s === controller.signal)).toBe(true);
  });

  it("refuses a startCursor it cannot decode", async () => {
    const error = await collect(paginate({ fetchPage: endpoint([]), startCursor: "not a cursor!" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).reason).toBe("invalid_cursor");
  });

  it("handles an empty first page", async () => {
    expect(await collect(paginate({ fetchPage: () => Promise.resolve({ items: [], nextCursor: undefined }) }))).toEqual([]);
  });
});
