import { describe, expect, it } from "vitest";
import { createMemoryDeliveryStore } from "../../src/webhooks/index.js";

describe("createMemoryDeliveryStore", () => {
  it("claims an id once, until its TTL passes", () => {
    let now = 0;
    const store = createMemoryDeliveryStore({ ttlSeconds: 60, now: () => now });
    expect(store.claim("a")).toBe(true);
    expect(store.claim("a")).toBe(false);
    now = 59_999;
    expect(store.claim("a")).toBe(false);
    now = 60_000;
    expect(store.claim("a")).toBe(true);
  });

  it("forgets a released id (a failed delivery is processed again on retry)", () => {
    const store = createMemoryDeliveryStore();
    expect(store.claim("a")).toBe(true);
    store.release("a");
    expect(store.claim("a")).toBe(true);
  });

  it("keeps at most maxEntries ids, dropping the oldest", () => {
    const store = createMemoryDeliveryStore({ maxEntries: 3, now: () => 0 });
    for (const id of ["a", "b", "c", "d"]) expect(store.claim(id)).toBe(true);
    expect(store.claim("d")).toBe(false);
    expect(store.claim("b")).toBe(false);
    expect(store.claim("a")).toBe(true); // dropped when "d" came
  });

  it("rejects nonsense bounds", () => {
    expect(() => createMemoryDeliveryStore({ ttlSeconds: 0 })).toThrow(RangeError);
    expect(() => createMemoryDeliveryStore({ maxEntries: 1.5 })).toThrow(RangeError);
  });
});
