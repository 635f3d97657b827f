/**
 * `conversations trigger`: every Chatwoot webhook event of the spec, delivered signed to a handler
 * that verifies it with @org/chatwoot/webhooks, as a real receiver does.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CHATWOOT_WEBHOOK_EVENTS } from "@org/chatwoot/webhooks";
import { parse } from "yaml";
import { built, runCli } from "./support/cli.js";
import { startReceiver, type Receiver } from "./support/receiver.js";

const SECRET = "whsec_trigger_test_secret";
const spec = parse(readFileSync(new URL("../../../specs/chatwoot.yaml", import.meta.url), "utf8")) as { webhooks: Record<string, unknown> };
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver(SECRET);
});
afterAll(async () => {
  await receiver.close();
});
beforeEach((ctx) => {
  if (!built) ctx.skip("dist/cli.js is not built: run pnpm --filter @org/cli build (the test command does)");
});

describe("trigger", () => {
  it("knows every webhook event of the spec", () => {
    const samples = JSON.parse(readFileSync(new URL("../dist/webhook-samples.json", import.meta.url), "utf8")) as Record<string, { body: { event?: string } }>;
    expect(Object.keys(samples).sort()).toEqual(Object.keys(spec.webhooks).sort());
    for (const [event, sample] of Object.entries(samples)) expect(sample.body.event).toBe(event);
  });

  for (const event of Object.keys(spec.webhooks)) {
    it(`${event}: one signed delivery the handler's verification accepts`, async () => {
      const before = receiver.received.length;
      const run = await runCli(["trigger", event, "--to", receiver.url, "--secret", SECRET]);
      expect(run.stdout).toMatch(new RegExp(`^${event} → ${receiver.url.replace(/[/.]/g, "\\$&")}: 200 \\[delivery [0-9a-f-]{36}\\]$`, "m"));
      expect(run.code).toBe(0);
      expect(receiver.received.length).toBe(before + 1);
      const got = receiver.received.at(-1);
      expect(got?.event.event).toBe(event);
      if ((CHATWOOT_WEBHOOK_EVENTS as readonly string[]).includes(event)) expect(got?.event).toHaveProperty("known", true);
      expect(run.stdout + run.stderr).not.toContain(SECRET);
    });
  }

  it("the secret can come from the environment; a wrong one is refused by the handler: exit 3", async () => {
    const ok = await runCli(["trigger", "message_created", "--to", receiver.url], { env: { CONVERSATIONS_WEBHOOK_SECRET: SECRET } });
    expect(ok.code).toBe(0);
    const wrong = await runCli(["trigger", "message_created", "--to", receiver.url, "--secret", "not-the-secret"]);
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/^conversations: message_created → .*: 401 \(the handler answered 401\)/m);
    expect(wrong.stderr).not.toContain("not-the-secret");
    expect(receiver.refused.at(-1)).toMatch(/signature/i);
  });

  it("a handler that is down: exit 3 and one line saying so", async () => {
    const down = await startReceiver(SECRET);
    const url = down.url;
    await down.close();
    const run = await runCli(["trigger", "message_created", "--to", url, "--secret", SECRET]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("the handler is down (connection refused)");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
