/**
 * The adapters' checks of a 2xx body, at their edges: which ids, counts and booleans pass, which
 * are refused, and the words of each refusal (the JSON path, what was expected, the kind of value
 * that came instead). Written for the survivors of the mutation run on src/response-shape.ts
 * (stryker/README.md).
 */
import { InvalidPayloadError } from "@org/runtime";
import { describe, expect, it } from "vitest";
import { refusal } from "./refusal.js";
import { expectArray, expectBoolean, expectId, expectInteger, expectObject, expectObjects } from "../src/response-shape.js";

const ctx = { vendor: "5chat", operation: "GET /conversations" };

function refusalAt(run: () => unknown, path: string): string {
  const error = refusal(InvalidPayloadError, run);
  expect(error).toMatchObject({ vendor: "5chat", operation: "GET /conversations", path });
  return error.message;
}

describe("response shape", () => {
  it("says what was expected at which path, and what came instead", () => {
    expect(refusalAt(() => expectObject(ctx, [1], "$.data"), "$.data")).toContain("expected an object, got an array");
    expect(refusalAt(() => expectArray(ctx, {}, "$.items"), "$.items")).toContain("expected an array, got an object");
    expect(refusalAt(() => expectObjects(ctx, [{}, 3], "$.items"), "$.items[1]")).toContain("expected an object, got an integer");
    expect(refusalAt(() => expectBoolean(ctx, "true", "$.ok"), "$.ok")).toContain("expected a boolean, got a string");
    expect(refusalAt(() => expectId(ctx, null, "$.id"), "$.id")).toContain("expected an id (a non-empty string or an integer), got null");
  });

  it("takes ids as non-empty strings or safe integers, and nothing else", () => {
    expect(expectId(ctx, "c7", "$.id")).toBe("c7");
    expect(expectId(ctx, 42, "$.id")).toBe("42");
    expect(refusalAt(() => expectId(ctx, "", "$.id"), "$.id")).toContain("got a string");
    expect(refusalAt(() => expectId(ctx, 1.5, "$.id"), "$.id")).toContain("got a fraction");
    expect(refusalAt(() => expectId(ctx, 2 ** 53, "$.id"), "$.id")).toContain("got an integer beyond 2^53");
    expect(refusalAt(() => expectId(ctx, true, "$.id"), "$.id")).toContain("got a boolean");
  });

  it("takes counts as safe integers at or above the minimum, or whole digit strings of up to 15 digits", () => {
    expect(expectInteger(ctx, 0, "$.page")).toBe(0);
    expect(expectInteger(ctx, 3, "$.page", 3)).toBe(3);
    expect(expectInteger(ctx, "3", "$.page")).toBe(3);
    expect(expectInteger(ctx, "123456789012345", "$.total")).toBe(123456789012345);
    const refused: [unknown, number, string][] = [
      [2, 3, "expected an integer ≥ 3, got an integer"],
      [-1, 0, "expected an integer ≥ 0, got an integer"],
      [1.5, 0, "expected an integer ≥ 0, got a fraction"],
      [2 ** 53, 0, "expected an integer ≥ 0, got an integer beyond 2^53"],
      [null, 0, "expected an integer ≥ 0, got null"],
      ["3a", 0, "expected an integer ≥ 0, got a string that is not one"],
      ["a3", 0, "expected an integer ≥ 0, got a string that is not one"],
      ["1234567890123456", 0, "expected an integer ≥ 0, got a string that is not one"],
      ["-3", 0, "expected an integer ≥ 0, got a string that is not one"],
      ["", 0, "expected an integer ≥ 0, got a string that is not one"],
      [" 3", 0, "expected an integer ≥ 0, got a string that is not one"],
      ["3 ", 0, "expected an integer ≥ 0, got a string that is not one"],
      [["3"], 0, "expected an integer ≥ 0, got an array"],
      [[3], 0, "expected an integer ≥ 0, got an array"],
      ["2", 3, "expected an integer ≥ 3, got a string that is not one"],
    ];
    for (const [value, min, message] of refused) expect(refusalAt(() => expectInteger(ctx, value, "$.page", min), "$.page")).toContain(message);
  });

  it("takes booleans as they are", () => {
    expect(expectBoolean(ctx, false, "$.ok")).toBe(false);
    expect(expectBoolean(ctx, true, "$.ok")).toBe(true);
  });
});
