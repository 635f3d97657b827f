/**
 * The one "did you mean" of the SDK (`@org/runtime`'s `didYouMean` and `editDistance`, also used
 * by `@org/unified`): which suggestion a caller gets for a misspelt name, and when none.
 */
import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "../src/index.js";

describe("editDistance", () => {
  it.each([
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["abc", "", 3],
    ["", "", 0],
    ["flaw", "lawn", 2],
    ["agentID", "agentId", 0],
    ["MAXRETRIES", "maxRetries", 0],
    ["timeout", "timeoutMs", 2],
    ["maxRetrys", "maxRetries", 2],
    ["ab", "ba", 2],
    ["abcdef", "azcdxf", 2],
  ])("%j → %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("didYouMean", () => {
  const KNOWN = ["baseUrl", "timeoutMs", "maxRetries", "headers", "fetch", "agentId"];

  it("suggests the closest accepted name, case ignored", () => {
    expect(didYouMean("agentID", KNOWN)).toBe("agentId");
    expect(didYouMean("maxRetrys", KNOWN)).toBe("maxRetries");
    expect(didYouMean("header", KNOWN)).toBe("headers");
    expect(didYouMean("fetsh", KNOWN)).toBe("fetch");
  });

  it("allows max(2, ⌊length / 3⌋) edits and no more", () => {
    // "fxxch": 2 edits from "fetch" (length 5: 2 allowed)
    expect(didYouMean("fxxch", KNOWN)).toBe("fetch");
    expect(didYouMean("fxxxh", KNOWN)).toBeUndefined();
    // length 10: 3 edits allowed
    expect(didYouMean("mxxRetrizz", KNOWN)).toBe("maxRetries");
    expect(didYouMean("mxxRxtrizz", KNOWN)).toBeUndefined();
    expect(didYouMean("totallyMadeUp", KNOWN)).toBeUndefined();
  });

  it("the closest wins over an earlier farther one; on a tie the first listed wins", () => {
    expect(didYouMean("abcd", ["abxx", "abcx"])).toBe("abcx");
    expect(didYouMean("abcd", ["abcx", "abcy"])).toBe("abcx");
  });

  it("a habit from other SDKs wins, but only when it names an accepted option", () => {
    const habits = { baseURL: "baseUrl", timeout: "timeoutMs", retries: "notAnOption" };
    expect(didYouMean("timeout", KNOWN, habits)).toBe("timeoutMs");
    expect(didYouMean("baseURL", KNOWN, habits)).toBe("baseUrl");
    expect(didYouMean("retries", KNOWN, habits)).toBeUndefined();
  });

  it("inherited object names are not habits", () => {
    expect(didYouMean("constructor", KNOWN, {})).toBeUndefined();
    expect(didYouMean("toString", ["toStrong"], {})).toBe("toStrong");
  });
});
