/**
 * `conversations export`, the built binary against a 5chat-shaped server on 127.0.0.1: JSONL and
 * CSV, progress on a pipe and on a real pseudo-terminal, 429s honoured, and resume after SIGINT
 * and SIGKILL giving exactly the uninterrupted export.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { built, runCli, runCliOnPty, startCli } from "./support/cli.js";
import { startBulk5chat, type BulkServer } from "./support/bulk-5chat.js";

const TOKEN = "five-secret-token-123";
let dir: string;
let servers: BulkServer[] = [];

const env = (server: BulkServer): Record<string, string> => ({ CONVERSATIONS_CHATS_VENDOR: "5chat", CONVERSATIONS_CHATS_BASE_URL: server.url, CONVERSATIONS_CHATS_TOKEN: TOKEN });
async function server(options: Parameters<typeof startBulk5chat>[0]): Promise<BulkServer> {
  const s = await startBulk5chat(options);
  servers.push(s);
  return s;
}

beforeEach((ctx) => {
  if (!built) ctx.skip("dist/cli.js is not built: run pnpm --filter @org/cli build (the test command does)");
  dir = mkdtempSync(join(tmpdir(), "cli-export-"));
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

describe("export", () => {
  it("writes one JSONL line per conversation with every message, without raw unless asked", async () => {
    const s = await server({ conversations: 25, messagesPer: 3 });
    const out = join(dir, "chats.jsonl");
    const run = await runCli(["export", "chats", "-o", out, "--page-size", "10"], { env: env(s) });
    expect(run.stderr).toContain("export chats: done, 25 conversations, 75 messages");
    expect(run.code).toBe(0);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string; raw?: unknown; messages: { text: string; raw?: unknown }[] });
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: 25 }, (_, k) => `tok${25 - k}`));
    expect(lines[0]?.messages.map((m) => m.text)).toEqual([0, 1, 2].map((k) => `message ${k} of conversation 25, with "quotes", commas, and a\nnew line`));
    expect(lines[0]).not.toHaveProperty("raw");
    expect(JSON.parse(readFileSync(`${out}.checkpoint.json`, "utf8"))).toMatchObject({ complete: true, conversations: 25, messages: 75 });

    const withRaw = await runCli(["export", "chats", "--raw"], { env: env(s) });
    expect(withRaw.code).toBe(0);
    expect(JSON.parse(withRaw.stdout.split("\n")[0] ?? "")).toHaveProperty("raw.token", "tok25");
  });

  it("writes CSV with the documented columns, one row per message, quoting what needs it", async () => {
    const s = await server({ conversations: 4, messagesPer: 2 });
    const run = await runCli(["export", "chats", "--format", "csv"], { env: env(s) });
    expect(run.code).toBe(0);
    const rows = parse<Record<string, string>>(run.stdout, { columns: true });
    expect(rows).toHaveLength(8);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "connection", "vendor", "conversation_id", "conversation_status", "conversation_created_at", "conversation_channel", "contact_id", "contact_name",
      "contact_email", "message_id", "message_created_at", "sender_role", "sender_id", "sender_name", "text", "attachment_urls",
    ]);
    expect(rows[0]).toMatchObject({ connection: "chats", vendor: "5chat", conversation_id: "tok4", text: 'message 0 of conversation 4, with "quotes", commas, and a\nnew line' });
  });

  it("prints a progress line every interval on a pipe, and a progress bar on a real terminal", async () => {
    const s = await server({ conversations: 60, messagesPer: 5 });
    const piped = await runCli(["export", "chats", "-o", join(dir, "a.jsonl"), "--progress-every", "0.001"], { env: env(s) });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toMatch(/^export chats: \d+ of 60 conversations, \d+ messages, \d+ messages\/s(, ETA \d+ s)?$/m);
    expect(piped.stderr).not.toContain("\u2588");

    const pty = await runCliOnPty(["export", "chats", "-o", join(dir, "b.jsonl")], { env: env(s) });
    expect(pty.code).toBe(0);
    expect(pty.stdout).toContain("\u2588"); // cli-progress's bar, drawn only on a TTY
    expect(pty.stdout).toMatch(/100% \| 60\/60 conversations \| 300 messages/);
    expect(pty.stdout).toContain("export chats: done, 60 conversations, 300 messages");
  });

  it("waits out 429s instead of failing", async () => {
    const s = await server({ conversations: 30, messagesPer: 2, rateLimitEvery: 4 });
    const run = await runCli(["export", "chats", "-o", join(dir, "r.jsonl")], { env: env(s) });
    expect(run.stderr).toContain("done, 30 conversations, 60 messages");
    expect(run.code).toBe(0);
    expect(s.counts.rateLimited).toBeGreaterThan(3);
  });

  for (const signal of ["SIGINT", "SIGKILL"] as const) {
    it(`resumes after ${signal} with nothing lost and nothing repeated`, async () => {
      const shape = { conversations: 120, messagesPer: 4 };
      const full = join(dir, "full.jsonl");
      const plain = await server(shape);
      expect((await runCli(["export", "chats", "-o", full, "--page-size", "7"], { env: env(plain) })).code).toBe(0);

      const out = join(dir, "partial.jsonl");
      const holding = await server({ ...shape, holdAfter: 50 });
      const running = startCli(["export", "chats", "-o", out, "--page-size", "7"], { env: env(holding) });
      await holding.held; // 50 conversations served; the next request hangs
      running.child.kill(signal);
      const killed = await running.done;
      if (signal === "SIGINT") {
        expect(killed.code).toBe(130);
        expect(killed.stderr).toMatch(/interrupted; \d+ conversations are in .*partial\.jsonl, continue with --resume/);
        expect(killed.stderr).not.toMatch(/\n\s+at /);
      } else {
        expect(killed.signal).toBe("SIGKILL");
      }
      expect(existsSync(`${out}.checkpoint.json`)).toBe(true);
      const partialLines = readFileSync(out, "utf8").split("\n").length - 1;
      expect(partialLines).toBeGreaterThan(0);
      expect(partialLines).toBeLessThan(shape.conversations);

      holding.release();
      const refused = await runCli(["export", "chats", "-o", out, "--page-size", "7"], { env: env(plain) });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("with a checkpoint: continue (or confirm it is complete) with --resume");
      const resumed = await runCli(["export", "chats", "-o", out, "--page-size", "7", "--resume"], { env: env(plain) });
      expect(resumed.code).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(readFileSync(full, "utf8"));
      expect(JSON.parse(readFileSync(`${out}.checkpoint.json`, "utf8"))).toMatchObject({ complete: true, conversations: 120 });
      const again = await runCli(["export", "chats", "-o", out, "--page-size", "7", "--resume"], { env: env(plain) });
      expect(again.code).toBe(0);
      expect(again.stderr).toContain("is already complete (120 conversations, 480 messages); nothing to resume");
      expect(readFileSync(out, "utf8")).toBe(readFileSync(full, "utf8"));
    });
  }

  it("refuses to resume with other options than the checkpoint's", async () => {
    const s = await server({ conversations: 30, messagesPer: 1, holdAfter: 5 });
    const out = join(dir, "x.jsonl");
    const running = startCli(["export", "chats", "-o", out], { env: env(s) });
    await s.held;
    running.child.kill("SIGINT");
    expect((await running.done).code).toBe(130);
    const csv = await runCli(["export", "chats", "-o", out, "--format", "csv", "--resume"], { env: env(s) });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/checkpoint .* is for format "jsonl", not "csv"/);
  });
});
