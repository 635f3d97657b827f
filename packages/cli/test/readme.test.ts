/**
 * The root README's "Command line" block, run as written: each `conversations …` line against the
 * mock vendors (the README's `support` connection is pointed at the Chatwoot mock) and, for the
 * webhook lines, a local handler that verifies signatures in place of http://localhost:3000/webhooks.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockVendors, type MockVendors, type Vendor } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { built, runCli, startCli } from "./support/cli.js";
import { mockEnv } from "./support/mock-env.js";
import { startReceiver, type Receiver } from "./support/receiver.js";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const marker = readme.indexOf("<!-- cli-check");
const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(marker))?.[1] ?? "";
/** The command lines, without comments. */
const lines = block
  .split("\n")
  .map((l) => l.replace(/\s+#.*$/, "").trim())
  .filter((l) => l.startsWith("conversations "));

let mocks: MockVendors<Vendor>;
let receiver: Receiver;
let dir: string;

beforeAll(async () => {
  mocks = await startMockVendors();
  receiver = await startReceiver("whsec_test");
  dir = mkdtempSync(join(tmpdir(), "cli-readme-"));
});
afterAll(async () => {
  await mocks.close();
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("README: Command line", () => {
  it("has a marked block of conversations commands covering every command", () => {
    expect(marker).toBeGreaterThan(0);
    for (const command of ["doctor", "export", "trigger", "listen"]) expect(lines.some((l) => l.startsWith(`conversations ${command}`))).toBe(true);
  });

  it.for(lines)("%s", async (line, ctx) => {
    if (!built) ctx.skip("dist/cli.js is not built: run pnpm --filter @org/cli build (the test command does)");
    const [, ...words] = line.replace("http://localhost:3000/webhooks", receiver.url).split(/\s+/);
    const redirect = words.indexOf(">");
    const stdoutFile = redirect === -1 ? undefined : words[redirect + 1];
    const args = redirect === -1 ? words : words.slice(0, redirect);
    const env = mockEnv(mocks);
    if (args[0] === "listen") {
      const running = startCli(args, { env, cwd: dir });
      await running.waitFor(/forwarding events to/);
      running.child.kill("SIGINT");
      expect((await running.done).code).toBe(130);
      return;
    }
    const run = await runCli(args, { env, cwd: dir });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    if (stdoutFile !== undefined) writeFileSync(join(dir, stdoutFile), run.stdout);
    if (args[0] === "trigger") expect(receiver.received.length).toBeGreaterThan(0);
    if (args[0] === "export" && args.includes("csv")) expect(run.stdout.split("\n")[0]).toContain("conversation_id");
  });
});
