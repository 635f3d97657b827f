/**
 * One `describe` for caller input and vendor payloads. The failure it prevents: a merged describe
 * that was written for range checks told a caller who passed a numeric payload to
 * `normalizeConversation` that it got "an out-of-range integer" (a payload has no range).
 */
import { describe as group, expect, it } from "vitest";
import { chatwoot, createUnifiedClient, InvalidPayloadError, InvalidRequestError, normalizeConversation, normalizeMessage } from "../src/index.js";
import { describe } from "../src/caller-input.js";

const detailOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("did not throw");
};

group("describe: one wording for caller input and vendor payloads", () => {
  it("names the kind, never the value", () => {
    expect(describe(null)).toBe("null");
    expect(describe(undefined)).toBe("nothing");
    expect(describe([1])).toBe("an array");
    expect(describe("sk_live_secret")).toBe("a string");
    expect(describe(true)).toBe("a boolean");
    expect(describe(42)).toBe("an integer");
    expect(describe(1.5)).toBe("a fraction");
    expect(describe(2 ** 60)).toBe("an integer beyond 2^53");
    expect(describe(Number.NaN)).toBe("NaN");
    expect(describe(-Infinity)).toBe("-Infinity");
    expect(describe({ a: 1 })).toBe("an object");
    expect(describe(Object.create(null))).toBe("an object");
    expect(describe(new Date(0))).toBe("an object that is not plain JSON (Date)");
    expect(describe(() => 1)).toBe("a function");
    expect(describe(10n)).toBe("a bigint");
  });

  it("says which bound an integer crossed only when the caller checked a range", () => {
    expect(describe(0, [1, 100])).toBe("an integer below 1");
    expect(describe(101, [1, 100])).toBe("an integer above 100");
    expect(describe(50, [1, 100])).toBe("an integer");
    expect(describe(0.5, [1, 100])).toBe("a fraction");
  });

  it("does not call a numeric vendor payload an out-of-range integer", () => {
    const conversation = detailOf(() => normalizeConversation("chatwoot", 42));
    expect(conversation).toMatch(/: expected a plain JSON object, got an integer$/);
    expect(detailOf(() => normalizeMessage("livechatai", 4.2))).toMatch(/: expected a plain JSON object, got a fraction$/);
    expect(detailOf(() => normalizeMessage("5chat", "text"))).toMatch(/: expected a plain JSON object, got a string$/);
    expect(detailOf(() => normalizeConversation("chatwoot", [{}]))).toMatch(/: expected a plain JSON object, got an array$/);
    expect(detailOf(() => normalizeConversation("chatwoot", new Map()))).toMatch(/: expected a plain JSON object, got an object that is not plain JSON \(Map\)$/);
    expect(() => normalizeConversation("chatwoot", 42)).toThrow(InvalidPayloadError);
  });

  it("tells a caller whose id is out of range which bound it crossed, without echoing it", async () => {
    const sdk = createUnifiedClient({ support: chatwoot({ baseUrl: "http://127.0.0.1:9", apiAccessToken: "t" }) });
    const error = await sdk.getConversation({ connection: "support", accountId: 0, conversationId: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).message).toMatch(/accountId .* must be an integer from 1 to 2\^53-1, got an integer below 1$/);
  });
});
