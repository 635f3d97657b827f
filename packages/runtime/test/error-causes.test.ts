/**
 * What a connection error keeps of the platform's cause chain, over the client with a custom fetch
 * that fails the way undici does: the innermost description in the message, a copied and redacted
 * chain (at most five deep, so a cyclic chain cannot hang or overflow), and the stack of the cause.
 */
import { describe, expect, it } from "vitest";
import { ConnectionError } from "../src/index.js";
import { TOKEN, testClient } from "./helpers/client.js";

/** The ConnectionError for a fetch that rejects with `error`. */
async function failWith(error: Error): Promise<ConnectionError> {
  const client = testClient("https://api.acme.test", { maxRetries: 0, fetch: () => Promise.reject(error) });
  const thrown = await client.GET("/items").catch((e: unknown) => e);
  expect(thrown).toBeInstanceOf(ConnectionError);
  return thrown as ConnectionError;
}

const coded = (message: string, code: unknown, cause?: unknown): Error => Object.assign(new Error(message, cause === undefined ? undefined : { cause }), { code });

describe("the message describes the innermost cause", () => {
  it.each([
    [new TypeError("fetch failed", { cause: coded("read ECONNRESET", "ECONNRESET") }), "read ECONNRESET"],
    [new TypeError("fetch failed", { cause: coded("socket hang up", "ECONNRESET") }), "ECONNRESET: socket hang up"],
    [new TypeError("fetch failed", { cause: coded("bad record", 5) }), "bad record"],
    [new TypeError("fetch failed", { cause: "getaddrinfo failed" }), "getaddrinfo failed"],
    [new TypeError("fetch failed", { cause: { message: "not an Error" } }), "fetch failed"],
  ])("%s", async (error, described) => {
    expect((await failWith(error)).message).toBe(`[acme] GET /items: connection failed: ${described}`);
  });

  it("looks at most five causes deep", async () => {
    let chain: Error = new Error("level 6");
    for (let level = 5; level >= 0; level--) chain = new Error(`level ${level}`, { cause: chain });
    expect((await failWith(new TypeError("fetch failed", { cause: chain }))).message).toBe("[acme] GET /items: connection failed: level 3");
  });
});

describe("the cause chain is copied, redacted and bounded", () => {
  it("a cyclic chain neither hangs nor overflows: five copies are kept", async () => {
    const loop = coded("loop", "ELOOP");
    (loop as { cause?: unknown }).cause = loop;
    const error = await failWith(new TypeError("fetch failed", { cause: loop }));
    const depth = (e: unknown): number => (e instanceof Error && Object.hasOwn(e, "cause") ? 1 + depth(e.cause) : 0);
    expect(depth(error.cause)).toBe(4); // the cause plus four below it; the last copy has no cause property
  });

  it("a string cause is redacted; any other value becomes its type tag", async () => {
    const text = await failWith(new TypeError("fetch failed", { cause: `token ${TOKEN} refused` }));
    expect((text.cause as Error).cause).toBe("token [REDACTED] refused");
    const object = await failWith(new TypeError("fetch failed", { cause: { socket: { token: TOKEN } } }));
    expect((object.cause as Error).cause).toBe("[object Object]");
  });

  it("keeps the cause's stack, redacted; a cause without one gets none of the SDK's", async () => {
    const inner = new Error(`socket for ${TOKEN}`);
    const kept = await failWith(new TypeError("fetch failed", { cause: inner }));
    const copy = (kept.cause as Error).cause as Error;
    expect(copy.stack?.split("\n")[0]).toBe("Error: socket for [REDACTED]");
    expect(copy.stack).toContain("error-causes.test.ts");
    expect(Object.hasOwn(copy, "cause")).toBe(false);
    const bare = new Error("no stack");
    delete (bare as { stack?: string }).stack;
    expect((((await failWith(new TypeError("fetch failed", { cause: bare }))).cause as Error).cause as Error).stack).toBe("");
  });
});
