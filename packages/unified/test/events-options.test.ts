/**
 * What a caller passes to `sdk.events()` is checked before anything runs: each mistake is an
 * `InvalidRequestError` naming the caller's own key.
 */
import { describe, expect, it } from "vitest";
import { chatwoot, createUnifiedClient, InvalidRequestError, livechatai } from "../src/index.js";

const sdk = createUnifiedClient({
  bot: livechatai({ baseUrl: "http://127.0.0.1:9", apiKey: "k", agentId: "a" }),
  support: chatwoot({ baseUrl: "http://127.0.0.1:9", apiAccessToken: "t" }),
});

describe("sdk.events() options", () => {
  it.each([
    ["an unknown connection", () => sdk.events("nope" as never), "connection"],
    ["no connection", () => sdk.events([]), "connections"],
    ["a habit key", () => sdk.events("bot", { interval: 1000 } as never), "interval"],
    ["a negative interval", () => sdk.events("bot", { intervalMs: -1 }), "intervalMs"],
    ["a fractional lease", () => sdk.events("bot", { leaseMs: 1.5 }), "leaseMs"],
    ["stores that are not stores", () => sdk.events("bot", { stores: {} as never }), "stores"],
    ["filters for another connection", () => sdk.events("bot", { filters: { support: { accountId: 1 } } as never }), "filters"],
    ["a Chatwoot poll without accountId", () => sdk.events("support"), "accountId"],
    ["a signal that is not one", () => sdk.events("bot", { signal: "stop" as never }), "signal"],
    ["a from that is neither", () => sdk.events("bot", { from: "yesterday" as never }), "from"],
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

  it("suggests the right name for a habit", () => {
    expect(() => sdk.events("bot", { interval: 1000 } as never)).toThrow(/did you mean "intervalMs"/);
  });

  it("can be iterated once", () => {
    const stream = sdk.events("bot", { signal: AbortSignal.abort() });
    stream[Symbol.asyncIterator]();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(InvalidRequestError);
  });
});
