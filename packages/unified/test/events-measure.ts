/**
 * Throughput of one poller (not a test; run by hand):
 *
 *     cd packages/unified && ../../node_modules/.bin/tsx test/events-measure.ts
 *
 * 100 conversations on a fake LiveChatAI (127.0.0.1), 10 000 new messages between two polls: how
 * many `message.created` per second one stream yields, with memory stores and with Redis (a
 * `redis-server` it starts on port 6399), and how many Redis round trips each event costs.
 */
import { spawn } from "node:child_process";
import { createClient } from "redis";
import { createUnifiedClient, type EventStores, livechatai, memoryStores, events } from "../src/index.js";
import { redisStores } from "../src/redis.js";
import { startFakeVendor } from "./events-fake-vendors.js";

const N = Number(process.env["N"] ?? 10_000);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(label: string, stores: EventStores, roundTrips: () => number): Promise<void> {
  const vendor = await startFakeVendor("livechatai", { pageSize: 100 });
  const t0 = Date.parse("2026-01-01T00:00:00Z");
  for (let c = 0; c < 100; c++) vendor.addConversation(`chat_${c}`, new Date(t0 + c).toISOString(), "hi");
  const sdk = createUnifiedClient({ bot: livechatai({ baseUrl: vendor.baseUrl, apiKey: "k", agentId: "a", maxRetries: 0 }) });
  const stop = new AbortController();
  const polled = events(sdk, "bot", { intervalMs: 100, stores, signal: stop.signal })[Symbol.asyncIterator]();
  const first = polled.next();
  await pause(4000); // the first poll (the baseline) is done
  for (let i = 0; i < N; i++) vendor.addMessage(`chat_${i % 100}`, `m${i}`, new Date(t0 + 1_000_000 + i).toISOString());
  const before = roundTrips();
  const start = performance.now();
  await first;
  for (let got = 1; got < N; got++) await polled.next();
  const ms = performance.now() - start;
  const trips = (roundTrips() - before) / N;
  console.log(`${label}: ${N} message.created in ${Math.round(ms)} ms = ${Math.round((N / ms) * 1000)} events/s; store round trips per event ${trips.toFixed(2)}; HTTP requests ${vendor.requests.length}`);
  stop.abort();
  await polled.return?.();
  await vendor.close();
}

await run("memory stores", memoryStores(), () => 0);
const server = spawn("redis-server", ["--port", "6399", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
await pause(300);
const redis = await createClient({ url: "redis://127.0.0.1:6399" }).connect();
let calls = 0;
const counting = {
  sendCommand: (args: string[]): Promise<unknown> => {
    calls++;
    return redis.sendCommand(args);
  },
};
await run("redis stores", redisStores(counting, { prefix: `measure-${Date.now()}:` }), () => calls);
redis.destroy();
server.kill();
