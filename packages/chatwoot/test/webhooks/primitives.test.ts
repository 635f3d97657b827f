/**
 * The building blocks under verifyChatwootWebhook, at their edges: hex decoding, the constant-time
 * comparison, Web Crypto's absence, header lookup in every shape, the delivery store's bounds and
 * the event guard. Written for the mutants Stryker found surviving (issue 18).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { fromHex, hmacSha256, timingSafeEqual, toBytes } from "../../src/webhooks/hmac.js";
import { createMemoryDeliveryStore, isChatwootEvent, readHeader, type ChatwootWebhookEvent } from "../../src/webhooks/index.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fromHex", () => {
  it("decodes even-length hex of either case, every byte", () => {
    expect(fromHex("00ff7Fa0")).toEqual(new Uint8Array([0, 255, 127, 160]));
    expect(fromHex("")).toEqual(new Uint8Array([]));
  });

  it("refuses odd lengths and non-hex anywhere in the string", () => {
    for (const hex of ["abc", "0", "zz", "0g", "g0", "00 0", " 000"]) expect(fromHex(hex), hex).toBeNull();
  });
});

describe("timingSafeEqual", () => {
  it("is true only for the same bytes, wherever they differ", () => {
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(timingSafeEqual(new Uint8Array([9, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 9]))).toBe(false);
  });

  it("is false for different lengths, even when one is a prefix of the other", () => {
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1, 2, 0]), new Uint8Array([1, 2]))).toBe(false);
  });
});

describe("hmacSha256", () => {
  it("matches node:crypto's HMAC-SHA256", async () => {
    const { createHmac } = await import("node:crypto");
    const mac = await hmacSha256("key", toBytes("message") as Uint8Array<ArrayBuffer>);
    expect(Buffer.from(mac).toString("hex")).toBe(createHmac("sha256", "key").update("message").digest("hex"));
  });

  it("says so when the runtime has no Web Crypto", async () => {
    vi.stubGlobal("crypto", undefined);
    await expect(hmacSha256("key", new Uint8Array([1]))).rejects.toThrow("Web Crypto (globalThis.crypto.subtle) is not available in this runtime");
    vi.stubGlobal("crypto", {});
    await expect(hmacSha256("key", new Uint8Array([1]))).rejects.toThrow(/Web Crypto/);
  });
});

describe("readHeader", () => {
  it("joins a repeated header's values, skips undefined ones, and ignores other names", () => {
    expect(readHeader({ "X-Chatwoot-Delivery": ["a", "b"] }, "x-chatwoot-delivery")).toBe("a, b");
    expect(readHeader({ "x-chatwoot-delivery": undefined, "X-CHATWOOT-DELIVERY": "c" }, "x-chatwoot-delivery")).toBe("c");
    expect(readHeader({ "x-other": "z" }, "x-chatwoot-delivery")).toBeUndefined();
    expect(readHeader(new Headers({ "x-other": "z" }), "x-chatwoot-delivery")).toBeUndefined();
  });
});

describe("createMemoryDeliveryStore bounds", () => {
  it("names the bad bound; one entry is a valid bound", () => {
    expect(() => createMemoryDeliveryStore({ ttlSeconds: -1 })).toThrow("createMemoryDeliveryStore: ttlSeconds must be a positive number");
    expect(() => createMemoryDeliveryStore({ ttlSeconds: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => createMemoryDeliveryStore({ maxEntries: 0 })).toThrow("createMemoryDeliveryStore: maxEntries must be a positive integer");
    const one = createMemoryDeliveryStore({ maxEntries: 1, now: () => 0 });
    expect(one.claim("a")).toBe(true);
    expect(one.claim("b")).toBe(true);
    expect(one.claim("b")).toBe(false);
    expect(one.claim("a")).toBe(true);
  });

  it("defaults to a day's TTL", () => {
    let now = 0;
    const store = createMemoryDeliveryStore({ now: () => now });
    expect(store.claim("a")).toBe(true);
    now = 86_399_999;
    expect(store.claim("a")).toBe(false);
    now = 86_400_000;
    expect(store.claim("a")).toBe(true);
  });
});

describe("isChatwootEvent", () => {
  it("needs both a known delivery and the name", () => {
    const base = { deliveryId: null, timestamp: null, signed: false, payload: {} };
    const unknownNamed = { ...base, known: false, event: "message_created" } as unknown as ChatwootWebhookEvent;
    const knownOther = { ...base, known: true, event: "conversation_created" } as unknown as ChatwootWebhookEvent;
    const known = { ...base, known: true, event: "message_created" } as unknown as ChatwootWebhookEvent;
    expect(isChatwootEvent(unknownNamed, "message_created")).toBe(false);
    expect(isChatwootEvent(knownOther, "message_created")).toBe(false);
    expect(isChatwootEvent(known, "message_created")).toBe(true);
  });
});
