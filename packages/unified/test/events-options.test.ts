/**
 * What a caller passes to `events(sdk, …)` is checked before anything runs: each mistake is an
 * `InvalidRequestError` naming the caller's own key.
 */
import { describe, expect, it } from "vitest";
import { chatwoot, createUnifiedClient, InvalidRequestError, livechatai, events } from "../src/index.js";

const sdk = createUnifiedClient({
  bot: livechatai({ baseUrl: "http://127.0.0.1:9", apiKey: "k", agentId: "a" }),
  support: chatwoot({ baseUrl: "http://127.0.0.1:9", apiAccessToken: "t" }),
});

describe("events(sdk, …) options", () => {
  it.each([
    ["something that is not a client", () => events({ connections: ["bot"] } as never, "bot"), "sdk"],
    ["a client's copy (no routing behind it)", () => events({ ...sdk }, "bot"), "sdk"],
    ["an unknown connection", () => events(sdk, "nope" as never), "connection"],
    ["no connection", () => events(sdk, []), "connections"],
    ["a habit key", () => events(sdk, "bot", { interval: 1000 } as never), "interval"],
    ["a negative interval", () => events(sdk, "bot", { intervalMs: -1 }), "intervalMs"],
    ["a fractional lease", () => events(sdk, "bot", { leaseMs: 1.5 }), "leaseMs"],
    ["stores that are not stores", () => events(sdk, "bot", { stores: {} as never }), "stores"],
    ["filters for another connection", () => events(sdk, "bot", { filters: { support: { accountId: 1 } } as never }), "filters"],
    ["a Chatwoot poll without accountId", () => events(sdk, "support"), "accountId"],
    ["a signal that is not one", () => events(sdk, "bot", { signal: "stop" as never }), "signal"],
    ["a from that is neither", () => events(sdk, "bot", { from: "yesterday" as never }), "from"],
  ])("refuses %s", (_, call, parameter) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidRequestError);
    expect((thrown as InvalidRequestError).parameter).toBe(parameter);
  });

  it("refuses a first argument that is not a client, saying what it must be", () => {
    expect(() => events(undefined as never, "bot")).toThrow(/first argument must be a client made by createUnifiedClient, got nothing/);
  });

  it("refuses, at compile time, a connection the client lacks and filters of the wrong shape", () => {
    const stop = { signal: AbortSignal.abort() };
    // @ts-expect-error: "nope" is not a connection of sdk
    expect(() => events(sdk, "nope", stop)).toThrow(InvalidRequestError);
    // @ts-expect-error: Chatwoot's poll filters take a numeric accountId
    expect(() => events(sdk, "support", { ...stop, filters: { support: { accountId: "1" } } })).toThrow(InvalidRequestError);
    // @ts-expect-error: filters name only the stream's connections
    expect(() => events(sdk, "bot", { ...stop, filters: { support: { accountId: 1 } } })).toThrow(InvalidRequestError);
    // @ts-expect-error: not a client
    expect(() => events({}, "bot")).toThrow(InvalidRequestError);
  });

  it("says how a number is out of range, not the number", () => {
    expect(() => events(sdk, "bot", { intervalMs: 50 })).toThrow(/intervalMs must be an integer from 100 to 86400000, got an integer below 100/);
    expect(() => events(sdk, "bot", { leaseMs: 1.5 })).toThrow(/got a fraction/);
  });

  it("suggests the right name for a habit", () => {
    expect(() => events(sdk, "bot", { interval: 1000 } as never)).toThrow(/did you mean "intervalMs"/);
  });

  it("can be iterated once", () => {
    const stream = events(sdk, "bot", { signal: AbortSignal.abort() });
    stream[Symbol.asyncIterator]();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(InvalidRequestError);
  });
});
