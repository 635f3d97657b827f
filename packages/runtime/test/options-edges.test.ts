/**
 * Client options refused at creation, with the caller's own option named: base URLs with white
 * space or credentials anywhere in the authority, options of the wrong type, and header values the
 * platform would reject (without quoting them).
 */
import { describe, expect, it } from "vitest";
import { createApiClient, InvalidRequestError } from "../src/index.js";

/** The error createApiClient throws for these extra options, or "created". */
function refusal(extra: Record<string, unknown>): InvalidRequestError | "created" {
  try {
    createApiClient({ vendor: "acme", defaultBaseUrl: "https://api.acme.test", ...extra });
    return "created";
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    return error as InvalidRequestError;
  }
}

const CREDENTIALS = "baseUrl must not contain credentials (user:password@); pass them as auth or headers";

describe("base URLs", () => {
  it.each([
    [" https://api.acme.test", "baseUrl must not contain whitespace"],
    ["https://api.acme.test ", "baseUrl must not contain whitespace"],
    ["https://api.acme.test/a b", "baseUrl must not contain whitespace"],
    ["https://user@api.acme.test", CREDENTIALS],
    ["https://:pw@api.acme.test", CREDENTIALS],
    ["https://@api.acme.test", CREDENTIALS],
    ["HTTPS://@api.acme.test", CREDENTIALS],
    ["git+https://@api.acme.test", CREDENTIALS],
  ])("%j: %s", (baseUrl, problem) => {
    const error = refusal({ baseUrl });
    expect(error).not.toBe("created");
    expect((error as InvalidRequestError).message).toBe(`[acme] invalid request: ${problem}`);
    expect((error as InvalidRequestError).reason).toBe("invalid_url");
    expect((error as InvalidRequestError).parameter).toBe("baseUrl");
  });

  it("an @ in the path is not userinfo", () => {
    expect(refusal({ baseUrl: "https://api.acme.test/v1@x" })).toBe("created");
  });
});

describe("option types", () => {
  it.each([
    [{ baseUrl: 5 }, "baseUrl must be a string (got 5)"],
    [{ headers: "x" }, "headers must be an object (got a string)"],
    [{ fetch: "x" }, "fetch must be a function (got a string)"],
    [{ timeoutMs: "5" }, "timeoutMs must be a number > 0, or Infinity to turn it off (got a string)"],
  ])("%j: %s", (extra, problem) => {
    const error = refusal(extra);
    expect((error as InvalidRequestError).message).toBe(`[acme] invalid request: ${problem}`);
    expect((error as InvalidRequestError).parameter).toBe(Object.keys(extra)[0]);
  });

  it("null is not an object; a function or a Headers instance is accepted where headers go", () => {
    expect((refusal({ headers: null }) as InvalidRequestError).parameter).toBe("headers");
    expect(refusal({ headers: new Headers({ "x-a": "1" }) })).toBe("created");
  });

  it("a vendor that is not a string is refused in the SDK's name", () => {
    expect((refusal({ vendor: 5 }) as InvalidRequestError).message).toBe("[sdk] invalid request: vendor must be a string (got 5)");
  });
});

describe("header values", () => {
  it.each([{ "x-a": "a\nb" }, { "bad name": "v" }])("%j is refused naming the header, not quoting the value", (headers) => {
    const [name] = Object.keys(headers);
    const error = refusal({ headers }) as InvalidRequestError;
    expect(error.message).toBe(`[acme] invalid request: headers["${String(name)}"] is not a valid header name or value`);
    expect(error.parameter).toBe(name);
  });

  it("null and undefined header values are left out, not refused", () => {
    expect(refusal({ headers: { "x-a": undefined, "x-b": null } })).toBe("created");
  });
});
