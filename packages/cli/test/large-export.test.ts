/**
 * A 100,000-message export (1,000 conversations × 100 messages, generated from the 5chat spec's
 * examples) streams in bounded memory: the binary's peak RSS (`--verbose` prints
 * `process.resourceUsage().maxRSS`) stays near that of a 10× smaller export. The figures are
 * printed, and written to .tmp/large-export.json, for the record; only memory is asserted.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, beforeEach, expect, it } from "vitest";
import { built, runCli } from "./support/cli.js";
import { startBulk5chat, type BulkServer } from "./support/bulk-5chat.js";

let dir: string;
const servers: BulkServer[] = [];

beforeEach((ctx) => {
  if (!built) ctx.skip("dist/cli.js is not built: run pnpm --filter @org/cli build (the test command does)");
  dir = mkdtempSync(join(tmpdir(), "cli-large-"));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function exportOf(conversations: number, messagesPer: number): Promise<{ peakMb: number; seconds: number; lines: number; messages: number }> {
  const server = await startBulk5chat({ conversations, messagesPer });
  servers.push(server);
  const out = join(dir, `${conversations}.jsonl`);
  const started = performance.now();
  const run = await runCli(["export", "chats", "-o", out, "--page-size", "100", "--verbose"], {
    env: { CONVERSATIONS_CHATS_VENDOR: "5chat", CONVERSATIONS_CHATS_BASE_URL: server.url, CONVERSATIONS_CHATS_TOKEN: "bulk-token-1234" },
  });
  const seconds = (performance.now() - started) / 1000;
  expect(run.stderr).toContain(`done, ${conversations} conversations, ${conversations * messagesPer} messages`);
  expect(run.code).toBe(0);
  const peakMb = Number(/peak RSS (\d+) MB/.exec(run.stderr)?.[1]);
  let lines = 0;
  let messages = 0;
  for await (const line of createInterface({ input: createReadStream(out) })) {
    lines++;
    messages += (JSON.parse(line) as { messages: unknown[] }).messages.length;
  }
  return { peakMb, seconds, lines, messages };
}

it("exports 100,000 messages in bounded memory", async () => {
  const small = await exportOf(100, 100);
  const large = await exportOf(1000, 100);
  expect(large).toMatchObject({ lines: 1000, messages: 100_000 });
  const figures = {
    messages: large.messages,
    peakRssMb: large.peakMb,
    peakRssMbAt10k: small.peakMb,
    seconds: Number(large.seconds.toFixed(1)),
    messagesPerSecond: Math.round(large.messages / large.seconds),
    outputMb: Number((readFileSync(join(dir, "1000.jsonl")).length / 1e6).toFixed(1)),
  };
  console.log(`large export: ${JSON.stringify(figures)}`);
  mkdirSync(new URL("../.tmp/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../.tmp/large-export.json", import.meta.url), `${JSON.stringify(figures, null, 2)}\n`);
  // Streaming: ten times the messages may not cost more than a few tens of MB more memory.
  expect(large.peakMb).toBeLessThan(small.peakMb + 40);
  expect(large.peakMb).toBeLessThan(250);
}, 300_000);
