import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import {
  ApiError,
  ConnectionError,
  InvalidPayloadError,
  InvalidRequestError,
  NotFoundError,
  RateLimitError,
  SdkError,
  ServerError,
  TimeoutError,
  type ErrorJSON,
  UnsupportedOperationError,
} from "../src/index.js";
import { errorFromResponse } from "../src/error-from-response.js";

const op = { method: "GET", path: "/conversations/{token}" };

describe("error classes", () => {
  it("form a hierarchy with names set", () => {
    const e = new RateLimitError({ vendor: "acme", operation: op, status: 429, retryAfterMs: 1500 });
    expect(e).toBeInstanceOf(RateLimitError);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toBeInstanceOf(SdkError);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(ServerError);
    expect(e.name).toBe("RateLimitError");
    expect(String(e)).toBe("RateLimitError: [acme] GET /conversations/{token} -> 429: retry after 1500 ms");
    expect(e.stack?.split("\n")[0]).toBe(String(e));
    expect(new UnsupportedOperationError({ vendor: "acme", operation: "conversations.close" })).toBeInstanceOf(SdkError);
    expect(new UnsupportedOperationError({ vendor: "acme", operation: "x" })).not.toBeInstanceOf(ApiError);
    expect(new InvalidPayloadError({ vendor: "acme", detail: "d" }).message).toBe("[acme] invalid payload at $: d");
    expect(new InvalidPayloadError({ vendor: "acme", operation: "conversations.list", path: "$.data[2].id", detail: "expected a string, got null" }).message).toBe(
      "[acme] conversations.list: invalid payload at $.data[2].id: expected a string, got null",
    );
    expect(new InvalidRequestError({ vendor: "acme", reason: "invalid_option", detail: "d" })).toBeInstanceOf(SdkError);
    expect({}).not.toBeInstanceOf(SdkError);
    expect(null).not.toBeInstanceOf(SdkError);
    expect(new Error("x")).not.toBeInstanceOf(SdkError);
  });

  it("isInstance works across two copies of the package (ESM/CJS dual loading); instanceof within one", async () => {
    vi.resetModules();
    const copyA = await import("../src/errors.js");
    vi.resetModules();
    const copyB = await import("../src/errors.js");
    expect(copyA.RateLimitError).not.toBe(copyB.RateLimitError);
    const e = new copyA.RateLimitError({ vendor: "acme", operation: op, status: 429 });
    expect(copyB.RateLimitError.isInstance(e)).toBe(true);
    expect(copyB.ApiError.isInstance(e)).toBe(true);
    expect(copyB.SdkError.isInstance(e)).toBe(true);
    expect(copyB.NotFoundError.isInstance(e)).toBe(false);
    expect(copyB.ServerError.isInstance(e)).toBe(false);
    expect([{}, null, undefined, new Error("x"), "SdkError"].some((v) => copyB.SdkError.isInstance(v))).toBe(false);
    // `instanceof` is the language's own check: no Symbol.hasInstance override, so only the same copy's classes match.
    expect(Object.hasOwn(copyB.SdkError, Symbol.hasInstance)).toBe(false);
    expect(e).toBeInstanceOf(copyA.ApiError);
    expect(e).not.toBeInstanceOf(copyB.ApiError);
  });

  const dist = fileURLToPath(new URL("../dist/index.cjs", import.meta.url));
  it("isInstance works between the built ESM and CJS files", async () => {
    // A missing build fails rather than skips (turbo's `test` task builds the package first).
    expect(existsSync(dist), `${dist} is missing: build @org/runtime first`).toBe(true);
    const cjs = createRequire(import.meta.url)(dist) as typeof import("../src/index.js");
    const esm = (await import(/* @vite-ignore */ new URL("../dist/index.js", import.meta.url).href)) as typeof import("../src/index.js");
    const fromCjs = new cjs.NotFoundError({ vendor: "acme", operation: op, status: 404 });
    expect(esm.NotFoundError.isInstance(fromCjs)).toBe(true);
    expect(esm.ApiError.isInstance(fromCjs)).toBe(true);
    expect(esm.RateLimitError.isInstance(fromCjs)).toBe(false);
    expect(cjs.TimeoutError.isInstance(new esm.TimeoutError({ vendor: "a", operation: op, scope: "attempt", timeoutMs: 1 }))).toBe(true);
  });

  it("a vendor subclass without its own errorKind falls back to the prototype check", () => {
    class Plain extends NotFoundError {}
    expect(Plain.isInstance(new Plain({ vendor: "acme", operation: op }))).toBe(true);
    expect(Plain.isInstance(new NotFoundError({ vendor: "acme", operation: op }))).toBe(false);
    class ChatwootNotFound extends NotFoundError {}
    const base = new NotFoundError({ vendor: "acme", operation: op });
    const sub = new ChatwootNotFound({ vendor: "acme", operation: op });
    expect(sub).toBeInstanceOf(ChatwootNotFound);
    expect(sub).toBeInstanceOf(NotFoundError);
    expect(base).not.toBeInstanceOf(ChatwootNotFound);
    expect(sub.name).toBe("NotFoundError");
  });

  it("toJSON returns safe fields only (no body, no cause, no stack)", () => {
    const e = new TimeoutError({
      vendor: "acme",
      operation: op,
      scope: "deadline",
      timeoutMs: 500,
      attempts: 2,
      body: { secret: "x" },
      cause: new Error("inner"),
    });
    const json = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
    expect(json).toEqual({
      name: "TimeoutError",
      message: "[acme] GET /conversations/{token}: overall deadline of 500 ms exceeded (2 attempts)",
      vendor: "acme",
      operation: op,
      attempts: 2,
      scope: "deadline",
      timeoutMs: 500,
    });
    expect(e.cause).toBeInstanceOf(Error);
  });

  it("toJSON is typed per class and lists the subclass's fields", () => {
    const json: ErrorJSON<TimeoutError> = new TimeoutError({ vendor: "acme", operation: op, scope: "attempt", timeoutMs: 5, status: 504 }).toJSON();
    expect(json).toEqual({
      name: "TimeoutError",
      message: "[acme] GET /conversations/{token} -> 504: timed out after 5 ms (per-attempt timeout)",
      vendor: "acme",
      operation: op,
      status: 504,
      scope: "attempt",
      timeoutMs: 5,
    });
    const payload = new InvalidPayloadError({ vendor: "acme", operation: "conversations.get", detail: "d", path: "$.a" }).toJSON();
    expect(payload).toEqual({ name: "InvalidPayloadError", message: "[acme] conversations.get: invalid payload at $.a: d", vendor: "acme", operation: "conversations.get", path: "$.a" });
  });

  it("ConnectionError describes its cause", () => {
    const cause = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) });
    const e = new ConnectionError({ vendor: "acme", operation: op, cause, attempts: 3 });
    expect(e.message).toBe("[acme] GET /conversations/{token}: connection failed: connect ECONNREFUSED 127.0.0.1:1 (3 attempts)");
  });
});

describe("errorFromResponse", () => {
  it("builds the typed error from a Response and its body text", () => {
    const response = new Response(null, {
      status: 404,
      statusText: "Not Found",
      headers: { "content-type": "application/json", "x-request-id": "r-1", "set-cookie": "a=b", "x-ratelimit-remaining": "9" },
    });
    const e = errorFromResponse(response, '{"errors":[{"message":"conversation not found"}]}', { vendor: "chatwoot", operation: op });
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.message).toBe("[chatwoot] GET /conversations/{token} -> 404 Not Found (request id r-1): conversation not found");
    expect(e.body).toEqual({ errors: [{ message: "conversation not found" }] });
    expect(e.headers).toEqual({ "content-type": "application/json", "x-request-id": "r-1", "x-ratelimit-remaining": "9" });
  });

  it("parses Retry-After dates for RateLimitError with the given clock", () => {
    const now = Date.UTC(2030, 0, 1);
    const response = new Response("slow down", { status: 429, headers: { "retry-after": new Date(now + 7000).toUTCString() } });
    const e = errorFromResponse(response, "slow down", { vendor: "acme", operation: op, now });
    expect(e).toBeInstanceOf(RateLimitError);
    expect(e instanceof RateLimitError ? e.retryAfterMs : undefined).toBe(7000);
    expect(e.message).toBe("[acme] GET /conversations/{token} -> 429: slow down (retry after 7000 ms)");
  });

  it("truncates snippets to 1 KB", () => {
    const e = errorFromResponse(new Response(null, { status: 500 }), "x".repeat(5000), { vendor: "acme", operation: op });
    expect(e.bodySnippet).toHaveLength(1024);
    expect(e.bodySnippet?.endsWith("…")).toBe(true);
    expect(e.message.length).toBeLessThan(300);
  });
});
