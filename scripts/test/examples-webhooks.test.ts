/**
 * The webhook-receiver examples (examples/webhook-*.ts) receive real signed Chatwoot deliveries:
 * the Fetch handler called in-process, the node:http and Express servers started as a user starts
 * them (`tsx examples/<file>.ts` with PORT=0) and reached over HTTP on 127.0.0.1. Each must
 * acknowledge a delivery and act on its event once, acknowledge a retried delivery without acting
 * again, and refuse a delivery whose signature does not match.
 * Payloads: Chatwoot v4.10.0's shapes, from @org/unified's webhook test fixtures.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { payloadOf, signedHeaders } from "../../packages/unified/test/webhook-fixtures.ts";

const root = join(import.meta.dirname, "..", "..");
const SECRET = "whsec-example-test";
process.env.CHATWOOT_WEBHOOK_SECRET = SECRET;

const body = JSON.stringify(payloadOf("message_created"));
const delivery = (id = randomUUID(), secret = SECRET) => ({
  method: "POST",
  body,
  headers: signedHeaders(body, { secret, timestamp: Math.floor(Date.now() / 1000), deliveryId: id }),
});
const EVENT_LINE = "message.created contact: Hi, I was charged twice for my March invoice.";

describe("webhook-fetch.ts (Fetch API handler)", () => {
  it("acts once per delivery and refuses a bad signature", async () => {
    const { POST } = await import("../../examples/webhook-fetch.ts");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const id = randomUUID();
      const first = await POST(new Request("https://hooks.example/", delivery(id)));
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ received: true });
      const again = await POST(new Request("https://hooks.example/", delivery(id)));
      expect(await again.json()).toEqual({ received: true, duplicate: true });
      expect(log.mock.calls.map((c) => String(c[0]))).toEqual([EVENT_LINE]);
      const forged = await POST(new Request("https://hooks.example/", delivery(randomUUID(), "not-the-secret")));
      expect(forged.status).toBe(401);
      expect(error.mock.calls.map((c) => String(c[0])).join("\n")).not.toContain(SECRET);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});

describe.each([
  ["webhook-node-http.ts", "/"],
  ["webhook-express.ts", "/webhooks/chatwoot"],
])("%s", (file, path) => {
  let child: ChildProcessWithoutNullStreams | undefined;
  afterAll(() => {
    child?.kill();
  });

  it("listens, acts once per delivery, and refuses a bad signature", async () => {
    child = spawn(join(root, "node_modules", ".bin", "tsx"), [join(root, "examples", file)], { env: { ...process.env, PORT: "0", CHATWOOT_WEBHOOK_SECRET: SECRET } });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (found?.[1] !== undefined) {
          clearInterval(timer);
          resolve(found[1]);
        }
      }, 50);
      child?.once("exit", (code) => {
        clearInterval(timer);
        reject(new Error(`${file} exited (${code}): ${stdout}`));
      });
    });
    const id = randomUUID();
    const first = await fetch(`${url}${path}`, delivery(id));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true });
    const again = await fetch(`${url}${path}`, delivery(id));
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect((await fetch(`${url}${path}`, delivery(randomUUID(), "not-the-secret"))).status).toBe(401);
    // The child's stdout reaches this process asynchronously: wait for its line (or the timeout).
    await vi.waitFor(
      () => {
        expect(stdout).toContain(EVENT_LINE);
      },
      { timeout: 10_000 },
    );
    expect(stdout.split("\n").filter((l) => l.startsWith("message.created"))).toEqual([EVENT_LINE]);
  }, 60_000);
});
