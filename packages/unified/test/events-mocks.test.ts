/**
 * `sdk.events()` against the spec-driven mock vendors (the spec's examples): every vendor's poll
 * reads what its spec documents — no connection.error, events carry refs of their connection.
 */
import { startMockServers, type MockServers } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chatwoot, createUnifiedClient, fiveChat, livechatai } from "../src/index.js";
import { take, useFakeClock } from "./events-driver.js";

let servers: MockServers;
beforeAll(async () => {
  servers = await startMockServers();
});
afterAll(async () => {
  await servers.close();
});

describe("sdk.events() against the mock vendors", () => {
  it.each(["widget", "bot", "support"] as const)("reads %s's documented listing and messages from the beginning", async (connection) => {
    useFakeClock();
    try {
      const sdk = createUnifiedClient({
        widget: fiveChat({ baseUrl: servers["5chat"].baseUrl, apiKey: "test-token", maxRetries: 0 }),
        bot: livechatai({ baseUrl: servers.livechatai.baseUrl, apiKey: "test-token", agentId: "clx1234567890abcdef", maxRetries: 0 }),
        support: chatwoot({ baseUrl: servers.chatwoot.baseUrl, apiAccessToken: "test-token", maxRetries: 0 }),
      });
      const stop = new AbortController();
      const stream = sdk.events(connection, { from: "beginning", intervalMs: 1000, failuresBeforeEvent: 1, ...(connection === "support" ? { filters: { support: { accountId: 1 } } } : {}), signal: stop.signal });
      const [event] = await take(stream[Symbol.asyncIterator](), 1);
      expect(event?.type).not.toBe("connection.error");
      expect(event).toMatchObject({ connection, source: "poll", ref: { connection } });
      stop.abort();
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });
});
