/**
 * The checks of what callers pass, at their edges: the exact words of each refusal (the caller's
 * own parameter, the accepted keys, the range), the "did you mean" habits, and the type names the
 * messages use instead of the value (it may be a secret). Written for the survivors of the
 * mutation run on src/caller-input.ts (stryker/README.md).
 */
import { InvalidRequestError } from "@org/runtime";
import { describe, expect, it } from "vitest";
import { refusal } from "./refusal.js";
import { checkKeys, checkOwnOptions, describe as describeValue, didYouMean, integerAt, invalid, stringAt } from "../src/caller-input.js";


describe("didYouMean", () => {
  it("knows other SDKs' habits and the caller's own, besides spelling", () => {
    expect(didYouMean("limit", ["pageSize", "cursor"])).toBe("pageSize");
    expect(didYouMean("apiKey", ["apiAccessToken", "baseUrl"], { apiKey: "apiAccessToken" })).toBe("apiAccessToken");
    expect(didYouMean("accountID", ["accountId"])).toBe("accountId");
    expect(didYouMean("zzzzzz", ["accountId"])).toBeUndefined();
  });
});

describe("invalid", () => {
  it("is an invalid_option refusal naming the parameter", () => {
    expect(invalid("chatwoot", "pageSize", "why")).toMatchObject({ vendor: "chatwoot", reason: "invalid_option", parameter: "pageSize" });
  });
});

describe("checkOwnOptions", () => {
  it("refuses a near-miss of the adapter's own option and leaves other keys to the client", () => {
    const error = refusal(InvalidRequestError, () => { checkOwnOptions("livechatai", "livechatai()", { agentID: "a" }, ["agentId"]); });
    expect(error).toMatchObject({ parameter: "agentID" });
    expect(error.message).toContain('unknown option "agentID" in livechatai(); did you mean "agentId"?');
    expect(() => { checkOwnOptions("livechatai", "livechatai()", { maxRetries: 1 }, ["agentId"]); }).not.toThrow();
  });
});

describe("checkKeys", () => {
  it("refuses what is not a plain object, naming what the caller passed it as", () => {
    for (const value of [null, [], "ref", 5, new Date(0)]) {
      const error = refusal(InvalidRequestError, () => checkKeys("chatwoot", "the reference", value, ["connection"]));
      expect(error).toMatchObject({ parameter: "the reference" });
      expect(error.message).toContain("the reference must be a plain object");
    }
  });

  it("names an unknown key with the accepted ones, and a suggestion only when there is one", () => {
    const far = refusal(InvalidRequestError, () => checkKeys("chatwoot", "the reference", { connection: "s", zzzzzz: 1 }, ["connection", "accountId"]));
    expect(far).toMatchObject({ parameter: "zzzzzz" });
    expect(far.message).toContain('unknown key "zzzzzz" in the reference (accepted: connection, accountId)');
    expect(far.message).not.toContain("did you mean");
    const near = refusal(InvalidRequestError, () => checkKeys("chatwoot", "the reference", { account_id: 1 }, ["connection", "accountId"]));
    expect(near.message).toContain('unknown key "account_id" in the reference; did you mean "accountId"? (accepted: connection, accountId)');
  });

  it("returns the object itself when every key is known", () => {
    const value = { connection: "s", accountId: 1 };
    expect(checkKeys("chatwoot", "the reference", value, ["connection", "accountId"])).toBe(value);
  });
});

describe("integerAt", () => {
  const at = (v: unknown, min?: number, max?: number) => () => integerAt("chatwoot", { pageSize: v }, "pageSize", "in list options", min, max);

  it("takes a safe integer within the bounds, both ends included", () => {
    expect(at(1, 1, 100)()).toBe(1);
    expect(at(100, 1, 100)()).toBe(100);
    expect(at(Number.MAX_SAFE_INTEGER)()).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("refuses anything else, naming the parameter, the range and the kind of value", () => {
    const cases: [unknown, number | undefined, number | undefined, string][] = [
      [0, 1, 100, "pageSize in list options must be an integer from 1 to 100, got an integer below 1"],
      [101, 1, 100, "pageSize in list options must be an integer from 1 to 100, got an integer above 100"],
      [1.5, 1, 100, "pageSize in list options must be an integer from 1 to 100, got a fraction"],
      ["5", undefined, undefined, "pageSize in list options must be an integer from 1 to 2^53-1, got a string"],
      [undefined, undefined, undefined, "pageSize in list options must be an integer from 1 to 2^53-1, got nothing"],
      [2 ** 53, undefined, undefined, "pageSize in list options must be an integer from 1 to 2^53-1, got an integer beyond 2^53"],
    ];
    for (const [value, min, max, message] of cases) {
      const error = refusal(InvalidRequestError, at(value, min, max));
      expect(error).toMatchObject({ parameter: "pageSize", reason: "invalid_option" });
      expect(error.message).toContain(message);
    }
  });
});

describe("stringAt", () => {
  const at = (v: unknown) => () => stringAt("5chat", { token: v }, "token", "of the reference");

  it("takes a string of 1 to 1024 characters", () => {
    expect(at("t")()).toBe("t");
    expect(at("t".repeat(1024))()).toBe("t".repeat(1024));
  });

  it("refuses an empty, too long or non-string value, naming the parameter and the kind of value", () => {
    for (const [value, kind] of [["", "a string"], ["t".repeat(1025), "a string"], [42, "an integer"], [null, "null"]] as const) {
      const error = refusal(InvalidRequestError, at(value));
      expect(error).toMatchObject({ vendor: "5chat", parameter: "token" });
      expect(error.message).toContain(`token of the reference must be a non-empty string, got ${kind}`);
    }
  });
});

describe("describe", () => {
  it("names a value's kind, never the value", () => {
    const cases: [unknown, string][] = [
      [null, "null"],
      [[1], "an array"],
      [7, "an integer"],
      [0.5, "a fraction"],
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "Infinity"],
      [{ secret: "s3cr3t" }, "an object"],
      [undefined, "nothing"],
      ["s3cr3t", "a string"],
      [true, "a boolean"],
      [10n, "a bigint"],
    ];
    for (const [value, kind] of cases) expect(describeValue(value)).toBe(kind);
  });
});
