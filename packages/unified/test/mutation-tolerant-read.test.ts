/**
 * The tolerant readers at their edges: empty strings and non-finite numbers read as missing, a
 * lookup table keyed `"null"` not matched by a missing key, date strings that only look like dates,
 * and timestamps at the edges of years 0000–9999. Written for the survivors of the mutation run on
 * src/tolerant-read.ts (stryker/README.md).
 */
import { describe, expect, it } from "vitest";
import { idAt, isoFromString, isoFromUnixSeconds, lookup, numberAt, text, textAt } from "../src/tolerant-read.js";

describe("tolerant readers", () => {
  it("look up a missing key as nothing, even in a table that has a \"null\" entry", () => {
    expect(lookup({ null: "x", open: "open" }, null)).toBeUndefined();
    expect(lookup({ null: "x", open: "open" }, "open")).toBe("open");
  });

  it("read an empty string as missing text and as a missing id", () => {
    expect(text("")).toBeNull();
    expect(textAt({ name: "" }, "name")).toBeNull();
    expect(idAt({ id: "" }, "id")).toBeNull();
    expect(idAt({ id: "c7" }, "id")).toBe("c7");
    expect(idAt({ id: 0 }, "id")).toBe("0");
  });

  it("read non-finite numbers as missing ids and numbers", () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(idAt({ id: n }, "id")).toBeNull();
      expect(numberAt({ n }, "n")).toBeNull();
    }
    expect(numberAt({ n: -1.5 }, "n")).toBe(-1.5);
  });
});

describe("isoFromString", () => {
  it("refuses strings that Date.parse takes but that are not dates of the form YYYY-MM-DD", () => {
    for (const value of ["1", "March 7", "2024-01-1", "2024-1-01", "20240101"]) expect(isoFromString(value), value).toBeNull();
    expect(isoFromString("2024-01-01")).toBe("2024-01-01T00:00:00.000Z");
  });

  it("gives null for an instant before year 0000 (no extended-year form)", () => {
    expect(isoFromString("0000-01-01T00:00:00Z")).toBe("0000-01-01T00:00:00.000Z");
    expect(isoFromString("0000-01-01T00:00:00+00:01")).toBeNull();
  });
});

describe("isoFromUnixSeconds", () => {
  it("reads 0 and negative seconds as Chatwoot's never", () => {
    expect(isoFromUnixSeconds(0)).toBeNull();
    expect(isoFromUnixSeconds(-5)).toBeNull();
    expect(isoFromUnixSeconds(0.001)).toBe("1970-01-01T00:00:00.001Z");
  });

  it("keeps the last millisecond of year 9999 and nothing after it", () => {
    expect(isoFromUnixSeconds(253_402_300_799.999)).toBe("9999-12-31T23:59:59.999Z");
    expect(isoFromUnixSeconds(253_402_300_800)).toBeNull();
    expect(isoFromUnixSeconds(Number.POSITIVE_INFINITY)).toBeNull();
    expect(isoFromUnixSeconds("1700000000")).toBeNull();
  });
});
