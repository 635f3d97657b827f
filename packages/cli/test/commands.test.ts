/**
 * Every command's --help (with examples), --version, --since, doctor's rate-limit headers, and the
 * credential prompt on a real pseudo-terminal (typed, masked, never echoed).
 */
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { built, runCli, runCliOnPty } from "./support/cli.js";
import { startBulk5chat, type BulkServer } from "./support/bulk-5chat.js";

let server: BulkServer;
beforeEach(async (ctx) => {
  if (!built) ctx.skip("dist/cli.js is not built: run pnpm --filter @org/cli build (the test command does)");
  server = await startBulk5chat({ conversations: 30, messagesPer: 1 });
});
afterEach(async () => {
  await server.close();
});

describe("help and version", () => {
  for (const command of ["export", "listen", "trigger", "doctor"]) {
    it(`${command} --help shows usage and examples, exit 0`, async () => {
      const run = await runCli([command, "--help"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: conversations ${command}`);
      expect(run.stdout).toMatch(new RegExp(`Examples:\\n(\\s+\\$ [^\\n]*conversations ${command}[^\\n]*\\n)+`));
    });
  }

  it("--help lists the exit codes; --version prints the package version", async () => {
    const help = await runCli(["--help"]);
    expect(help.stdout).toContain("Exit codes: 0 ok, 1 usage, 2 configuration, 3 vendor error, 130 interrupted.");
    const version = await runCli(["--version"]);
    const { version: expected } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(version.stdout.trim()).toBe(expected);
    expect(version.code).toBe(0);
  });
});

const env = () => ({ CONVERSATIONS_CHATS_VENDOR: "5chat", CONVERSATIONS_CHATS_BASE_URL: server.url, CONVERSATIONS_CHATS_TOKEN: "cmd-token-123456" });

it("--since keeps the conversations with activity since the date", async () => {
  // The server's conversation i was created at 2024-01-01 00:00 + i minutes.
  const run = await runCli(["export", "chats", "--since", "2024-01-01T00:20:00Z"], { env: env() });
  expect(run.code).toBe(0);
  const ids = run.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
  expect(ids).toEqual(Array.from({ length: 11 }, (_, k) => `tok${30 - k}`));
});

it("doctor reports the rate-limit headers it saw", async () => {
  const run = await runCli(["doctor", "chats"], { env: env() });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("rate-limit headers: x-ratelimit-limit: 600; x-ratelimit-remaining: 599");
});

it("on a terminal, a missing credential is prompted for, masked, and never echoed", async () => {
  const { CONVERSATIONS_CHATS_TOKEN: token, ...withoutToken } = env();
  const run = await runCliOnPty(["doctor", "chats"], { env: withoutToken, input: `${token}\r` });
  expect(run.stdout).toContain("chats (5chat) credential (CONVERSATIONS_CHATS_TOKEN is not set)");
  expect(run.stdout).toMatch(/ok {3}chats \(5chat\) — GET \/health → 200/);
  expect(run.stdout).not.toContain(token);
  expect(run.code).toBe(0);
});
