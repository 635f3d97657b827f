/**
 * Hostile servers and bad input: one clear line on stderr, a non-zero documented exit code, no
 * stack trace (unless --verbose), and never the credential.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { built, runCli } from "./support/cli.js";
import { startBulk5chat, type BulkOptions, type BulkServer } from "./support/bulk-5chat.js";

const TOKEN = "hostile-secret-token-987";
let dir: string;
let server: BulkServer | undefined;

beforeEach((ctx) => {
  if (!built) ctx.skip("dist/cli.js is not built: run pnpm --filter @org/cli build (the test command does)");
  dir = mkdtempSync(join(tmpdir(), "cli-hostile-"));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function expectOneCleanLine(stderr: string): void {
  const lines = stderr.trimEnd().split("\n").filter((l) => l.startsWith("conversations: "));
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain(TOKEN);
}

const env = (url: string, extra: Record<string, string> = {}) => ({ CONVERSATIONS_CHATS_VENDOR: "5chat", CONVERSATIONS_CHATS_BASE_URL: url, CONVERSATIONS_CHATS_TOKEN: TOKEN, ...extra });

describe("hostile servers", () => {
  const cases: [NonNullable<BulkOptions["hostile"]>, RegExp][] = [
    ["html", /\[5chat\] GET \/conversations/],
    ["truncated-json", /\[5chat\] GET \/conversations/],
    ["500", /\[5chat\] GET \/conversations -> 500.*request id bulk-/],
    ["echo-token", /\[5chat\] GET \/conversations -> 403/],
  ];
  for (const [hostile, line] of cases) {
    it(`${hostile}: exit 3 with one line naming vendor, operation and status`, async () => {
      server = await startBulk5chat({ conversations: 3, messagesPer: 1, hostile });
      const run = await runCli(["--retries", "0", "export", "chats", "-o", join(dir, "out.jsonl")], { env: env(server.url) });
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(line);
      expectOneCleanLine(run.stderr);
    });
  }

  it("--verbose adds the stack, still without the credential", async () => {
    server = await startBulk5chat({ conversations: 3, messagesPer: 1, hostile: "echo-token" });
    const run = await runCli(["export", "chats", "--verbose"], { env: env(server.url) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/\n\s+at /);
    expect(run.stderr).toContain("CONVERSATIONS_CHATS_TOKEN=[redacted, 24 characters]");
    expect(run.stderr).not.toContain(TOKEN);
  });

  it("a server that is not there: exit 3, one line", async () => {
    server = await startBulk5chat({ conversations: 1, messagesPer: 1 });
    const url = server.url;
    await server.close();
    server = undefined;
    const run = await runCli(["--retries", "1", "export", "chats"], { env: env(url) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/\[5chat\] GET \/conversations/);
    expectOneCleanLine(run.stderr);
  });
});

describe("bad input", () => {
  const usage: [string, string[], RegExp][] = [
    ["an unknown command", ["exprot"], /unknown command 'exprot'/],
    ["an unknown option", ["export", "chats", "--colour"], /unknown option '--colour'/],
    ["a bad format", ["export", "chats", "--format", "xml"], /--format must be jsonl or csv/],
    ["a bad date", ["export", "chats", "--since", "yesterday"], /--since must be a date/],
    ["--resume to stdout", ["export", "chats", "--resume"], /--resume needs --output/],
    ["a status the vendor cannot filter by", ["export", "chats", "--status", "open"], /--status open: 5chat cannot filter conversations by status/],
    ["a bad --retries", ["--retries", "many", "export", "chats"], /--retries must be an integer/],
    ["an unknown webhook event", ["trigger", "payment_intent.succeeded", "--to", "http://127.0.0.1:9/x"], /unknown Chatwoot webhook event/],
    ["a target that is not a URL", ["trigger", "message_created", "--to", "localhost"], /--to must be an http\(s\) URL/],
  ];
  for (const [what, args, line] of usage) {
    it(`${what}: exit 1`, async () => {
      const run = await runCli(args, { env: env("http://127.0.0.1:9"), cwd: dir });
      expect(run.stderr).toMatch(line);
      expect(run.code).toBe(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  const config: [string, Record<string, string>, string | undefined, RegExp][] = [
    ["no such connection", {}, undefined, /no connection named "chats"; none configured/],
    ["a missing credential (no terminal to prompt on)", { CONVERSATIONS_CHATS_VENDOR: "5chat" }, undefined, /set CONVERSATIONS_CHATS_TOKEN/],
    ["an unknown vendor", { CONVERSATIONS_CHATS_VENDOR: "zendesk" }, undefined, /vendor must be one of 5chat, livechatai, chatwoot, got "zendesk"/],
    ["a credential in the config file", {}, JSON.stringify({ connections: { chats: { vendor: "5chat", token: TOKEN } } }), /credentials are read only from the environment/],
    ["a config file that is not JSON", {}, "{ connections: ", /not valid JSON/],
    ["an unknown key in the config file", {}, JSON.stringify({ connections: { chats: { vendor: "5chat", baseURL: "http://x" } } }), /unknown key "baseURL"/],
  ];
  for (const [what, vars, file, line] of config) {
    it(`${what}: exit 2`, async () => {
      if (file !== undefined) writeFileSync(join(dir, "conversations.config.json"), file);
      const run = await runCli(["export", "chats"], { env: vars, cwd: dir });
      expect(run.stderr).toMatch(line);
      expect(run.code).toBe(2);
      expectOneCleanLine(run.stderr);
    });
  }
});
