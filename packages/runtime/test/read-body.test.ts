/**
 * `@org/runtime/read-body`: the one bounded reader (the clients read responses with it, the webhook
 * handlers read requests with it). What it returns at, under and over the cap, with and without
 * `truncate`, and that it stops reading at the cap.
 */
import { describe, expect, it } from "vitest";
import { readBody } from "../src/index.js";

/** A body of the given chunks that counts how many were pulled and whether it was cancelled. */
function chunked(chunks: readonly string[]): { body: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
  const bytes = chunks.map((c) => new TextEncoder().encode(c));
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = bytes[pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(next);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, pulled: () => pulled, cancelled: () => cancelled };
}

const text = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));

describe("readBody", () => {
  it("no body is zero bytes", async () => {
    expect(await readBody(new Response(null), 10)).toEqual(new Uint8Array(0));
  });

  it("joins the chunks in order, up to and including exactly the cap", async () => {
    expect(text(await readBody({ body: chunked(["ab", "cd", "ef"]).body, headers: new Headers() }, 6))).toBe("abcdef");
    expect(text(await readBody({ body: chunked(["abcdef"]).body, headers: new Headers() }, 6))).toBe("abcdef");
  });

  it("one byte over the cap is undefined, and the rest of the body is not read", async () => {
    const source = chunked(["ab", "cd", "efg", "never", "read"]);
    expect(await readBody({ body: source.body, headers: new Headers() }, 6)).toBeUndefined();
    expect(source.pulled()).toBeLessThanOrEqual(4);
    expect(source.cancelled()).toBe(true);
  });

  it("a Content-Length over the cap is refused before reading anything", async () => {
    const source = chunked(["abc"]);
    const headers = new Headers({ "content-length": "7" });
    expect(await readBody({ body: source.body, headers }, 6)).toBeUndefined();
    expect(source.cancelled()).toBe(true);
    expect(source.pulled()).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk; none is read
  });

  it("a Content-Length at the cap, or on a content-encoded body (it counts encoded bytes), is read and counted", async () => {
    expect(text(await readBody({ body: chunked(["abcdef"]).body, headers: new Headers({ "content-length": "6" }) }, 6))).toBe("abcdef");
    const encoded = new Headers({ "content-length": "100", "content-encoding": "gzip" });
    expect(text(await readBody({ body: chunked(["abc"]).body, headers: encoded }, 6))).toBe("abc");
  });

  it("a Content-Length that lies low does not lift the cap", async () => {
    expect(await readBody({ body: chunked(["abcd", "efgh"]).body, headers: new Headers({ "content-length": "2" }) }, 6)).toBeUndefined();
  });

  it("truncate keeps the first maxBytes bytes, cutting inside a chunk, and stops reading", async () => {
    const source = chunked(["ab", "cdef", "gh", "never"]);
    expect(text(await readBody({ body: source.body, headers: new Headers({ "content-length": "13" }) }, 4, true))).toBe("abcd");
    expect(source.cancelled()).toBe(true);
    expect(text(await readBody({ body: chunked(["abcdef"]).body, headers: new Headers() }, 6, true))).toBe("abcdef");
    expect(text(await readBody({ body: chunked(["abcdefgh"]).body, headers: new Headers() }, 6, true))).toBe("abcdef");
  });

  it("reads a Request too (a webhook receiver's case)", async () => {
    const request = new Request("http://127.0.0.1/hook", { method: "POST", body: '{"event":"message_created"}' });
    expect(text(await readBody(request, 1024))).toBe('{"event":"message_created"}');
    const big = new Request("http://127.0.0.1/hook", { method: "POST", body: "x".repeat(2048) });
    expect(await readBody(big, 1024)).toBeUndefined();
  });
});
