/**
 * Every class of the error family, each from a freshly loaded copy of the package (as a second
 * copy is loaded when ESM and CJS builds or two versions meet): its `name`, `isInstance` across
 * copies, and the default messages its class defines.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { NotFoundError, RateLimitError, SdkError, UnsupportedOperationError } from "../src/index.js";
import { closeAllServers, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

const op = { method: "GET", path: "/items" };

/** A RateLimitError for GET /items with the given detail and wait. */
const rateLimit = (init: { detail?: string; retryAfterMs?: number }): RateLimitError => new RateLimitError({ vendor: "acme", operation: op, status: 429, ...init });

type Errors = typeof import("../src/errors.js");

/** A fresh copy of the error family, loaded now. */
async function freshCopy(): Promise<Errors> {
  vi.resetModules();
  return import("../src/errors.js");
}

/** One instance of every class, built from `copy`. */
function everyClass(copy: Errors): [string, SdkError][] {
  const api = { vendor: "acme", operation: op };
  return [
    ["SdkError", new copy.SdkError("m", { vendor: "acme" })],
    ["ApiError", new copy.ApiError({ ...api, status: 418 })],
    ["BadRequestError", new copy.BadRequestError({ ...api, status: 400 })],
    ["AuthenticationError", new copy.AuthenticationError({ ...api, status: 401 })],
    ["PermissionDeniedError", new copy.PermissionDeniedError({ ...api, status: 403 })],
    ["NotFoundError", new copy.NotFoundError({ ...api, status: 404 })],
    ["ConflictError", new copy.ConflictError({ ...api, status: 409 })],
    ["UnprocessableEntityError", new copy.UnprocessableEntityError({ ...api, status: 422 })],
    ["RateLimitError", new copy.RateLimitError({ ...api, status: 429 })],
    ["ServerError", new copy.ServerError({ ...api, status: 500 })],
    ["ConnectionError", new copy.ConnectionError({ ...api, cause: new Error("reset") })],
    ["TimeoutError", new copy.TimeoutError({ ...api, scope: "attempt", timeoutMs: 5 })],
    ["InvalidResponseError", new copy.InvalidResponseError({ ...api, reason: "invalid_json" })],
    ["InvalidRequestError", new copy.InvalidRequestError({ vendor: "acme", reason: "invalid_option", detail: "d" })],
    ["UnsupportedOperationError", new copy.UnsupportedOperationError({ vendor: "acme", operation: "conversations.close" })],
    ["InvalidPayloadError", new copy.InvalidPayloadError({ vendor: "acme", detail: "d" })],
  ];
}

describe("the error family, from a fresh copy of the package", () => {
  it("every class names its errors after itself", async () => {
    const copy = await freshCopy();
    for (const [name, error] of everyClass(copy)) {
      expect(error.name).toBe(name);
      expect(String(error).startsWith(`${name}: `)).toBe(true);
    }
  });

  it("each class recognises its own errors from another copy, and no sibling's", async () => {
    const a = await freshCopy();
    const b = await freshCopy();
    const errors = everyClass(a);
    for (const [name] of errors) {
      const Class = b[name as keyof Errors] as typeof SdkError;
      const matching = errors.filter(([, error]) => Class.isInstance(error)).map(([n]) => n);
      if (name === "SdkError") expect(matching).toHaveLength(errors.length);
      else if (name === "ApiError") expect(matching).not.toContain("InvalidRequestError");
      else expect(matching).toEqual([name]);
    }
  });

  it("an InvalidResponseError says why by default, naming the content type it got", async () => {
    const copy = await freshCopy();
    const message = (reason: "invalid_json" | "redirect" | "too_large" | "unexpected_content_type", contentType?: string) =>
      new copy.InvalidResponseError({ vendor: "acme", operation: op, reason, contentType }).message;
    expect(message("invalid_json")).toBe("[acme] GET /items: response body is not valid JSON (truncated or malformed)");
    expect(message("redirect")).toBe("[acme] GET /items: redirect cannot be followed");
    expect(message("too_large")).toBe("[acme] GET /items: response body exceeds maxResponseBytes");
    expect(message("unexpected_content_type", "text/html")).toBe('[acme] GET /items: expected a JSON response, got content type "text/html"');
    expect(message("unexpected_content_type")).toBe('[acme] GET /items: expected a JSON response, got content type "none"');
  });

  it("an error body is kept up to 64 KB (a fresh copy of the client)", async () => {
    vi.resetModules();
    const { createApiClient } = await import("../src/index.js");
    const server = await startServer((_req, res) => {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end("e".repeat(100 * 1024));
    });
    const { error } = await createApiClient({ vendor: "acme", defaultBaseUrl: server.url }).GET("/items" as never);
    expect(error).toBe("e".repeat(64 * 1024));
  });
});

describe("messages the classes build", () => {
  it("an error built directly has its message as given; no cause means no cause property", () => {
    const error = new SdkError("boom", { vendor: "acme" });
    expect(error.message).toBe("boom");
    expect(Object.hasOwn(error, "cause")).toBe(false);
    expect(Object.hasOwn(new SdkError("boom", { vendor: "acme", cause: new Error("inner") }), "cause")).toBe(true);
  });

  it("name can be reassigned or redefined, as on any Error", () => {
    const error = new NotFoundError({ vendor: "acme", operation: op, status: 404 });
    error.name = "VendorNotFound";
    expect(error.name).toBe("VendorNotFound");
    Object.defineProperty(error, "name", { get: () => "Computed" });
    expect(error.name).toBe("Computed");
  });

  it("a short credential is never redacted from the head (vendor, method, path template), only from the rest", () => {
    const error = new NotFoundError({ vendor: "acme", operation: { method: "GET", path: "/v1/items" }, status: 404, detail: "no v1 key", secrets: ["v1"] });
    expect(error.message).toBe("[acme] GET /v1/items -> 404: no [REDACTED] key");
  });

  it("toJSON leaves out fields that have no value", () => {
    const json = new NotFoundError({ vendor: "acme", operation: op, status: 404 }).toJSON();
    expect("requestId" in json).toBe(false);
    expect("bodySnippet" in json).toBe(false);
    expect(Object.values(json)).not.toContain(undefined);
  });

  it("UnsupportedOperationError: the operation, then the detail, redacted before it is cut", () => {
    const secret = "tok_SECRET_abcdefgh";
    expect(new UnsupportedOperationError({ vendor: "acme", operation: "conversations.close" }).message).toBe("[acme] unsupported operation conversations.close");
    expect(new UnsupportedOperationError({ vendor: "acme", operation: "conversations.close", detail: "not on this plan" }).message).toBe(
      "[acme] unsupported operation conversations.close: not on this plan",
    );
    const cut = new UnsupportedOperationError({ vendor: "acme", operation: "x", detail: `${"d".repeat(190)}${secret}`, secrets: [secret] });
    expect(cut.message).toBe(`[acme] unsupported operation x: ${"d".repeat(190)}[REDACTED]`);
  });

  it("a 429 without Retry-After says nothing about waiting; with one, how long", () => {
    expect(rateLimit({ detail: "slow down" }).message).toBe("[acme] GET /items -> 429: slow down");
    expect(rateLimit({}).message).toBe("[acme] GET /items -> 429");
    expect(rateLimit({ detail: "slow down", retryAfterMs: 1499.2 }).message).toBe("[acme] GET /items -> 429: slow down (retry after 1500 ms)");
  });
});
