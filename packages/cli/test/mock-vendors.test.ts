/**
 * The built binary against @org/mock-server (started here, on 127.0.0.1): doctor and export for
 * each vendor, every request checked against the vendor's spec, and a refused credential.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockVendors, type MockVendors, type Vendor } from "@org/mock-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { built, runCli } from "./support/cli.js";
import { mockEnv, TOKENS } from "./support/mock-env.js";

let mocks: MockVendors<Vendor>;
let dir: string;

beforeAll(async () => {
  mocks = await startMockVendors();
});
afterAll(async () => {
  await mocks.close();
});
beforeEach((ctx) => {
  if (!built) ctx.skip("dist/cli.js is not built: run pnpm --filter @org/cli build (the test command does)");
  dir = mkdtempSync(join(tmpdir(), "cli-mocks-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  try {
    mocks.assertNoViolations();
  } finally {
    mocks.useScenario({});
    mocks.reset();
  }
});

describe("doctor", () => {
  it("checks every configured connection with its vendor's cheapest authenticated call", async () => {
    const run = await runCli(["doctor"], { env: mockEnv(mocks) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ok {3}chats \(5chat\) — GET \/health → 200 \(request id mock-\d+\)$/m);
    expect(run.stdout).toMatch(/^ok {3}bot \(livechatai\) — GET \/conversations → 200/m);
    expect(run.stdout).toMatch(/^ok {3}support \(chatwoot\) — GET \/api\/v1\/profile → 200/m);
    expect(run.stdout).toMatch(/capabilities: read, status filter\(open\|pending\|resolved\|snoozed\), sendMessage, setStatus/);
    expect(run.stdout).toContain("rate-limit headers: none seen");
    expect(mocks.requests().map((r) => r.operationId).sort()).toEqual(["getHealth", "getProfile", "listConversations"].sort());
  });

  it("a refused credential: FAIL for that connection, exit 3, the credential nowhere", async () => {
    mocks.useScenario({ chatwoot: { getProfile: { status: 401 } } });
    const run = await runCli(["doctor", "--verbose"], { env: mockEnv(mocks) });
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^FAIL support \(chatwoot\) — GET \/api\/v1\/profile → 401/m);
    expect(run.stdout).toContain("credential accepted: no");
    expect(run.stdout).toContain("problem: the credential was refused (401)");
    expect(run.stderr).toMatch(/^conversations: 1 of 3 connections failed$/m);
    for (const token of Object.values(TOKENS)) expect(run.stdout + run.stderr).not.toContain(token);
  });
});

describe("export against the mocks", () => {
  for (const connection of ["chats", "bot", "support"] as const) {
    it(`${connection}: every conversation with its messages, requests as the spec says`, async () => {
      const out = join(dir, `${connection}.jsonl`);
      const run = await runCli(["export", connection, "-o", out], { env: mockEnv(mocks) });
      expect(run.stderr).toMatch(new RegExp(`export ${connection}: done, \\d+ conversations, \\d+ messages`));
      expect(run.code).toBe(0);
      const lines = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { connection: string; messages: unknown[] });
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.connection).toBe(connection);
      expect(lines.some((l) => l.messages.length > 0)).toBe(true);
    });
  }

  it("an unsupported status filter is refused before any request (exit 1)", async () => {
    const run = await runCli(["export", "bot", "--status", "snoozed"], { env: mockEnv(mocks) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--status snoozed: livechatai can filter by open, resolved only");
    expect(mocks.requests("livechatai")).toEqual([]);
  });

  it("a 401 while exporting: exit 3 with vendor, operation, status and request id", async () => {
    mocks.useScenario({ "5chat": { "*": { status: 401 } } });
    const run = await runCli(["export", "chats"], { env: mockEnv(mocks) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^conversations: \[5chat\] GET \/conversations -> 401.*\(request id mock-\d+\)/m);
    expect(run.stderr).not.toContain(TOKENS.chats);
  });
});
