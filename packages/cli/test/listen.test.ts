/**
 * `conversations listen`: the built binary polls a 5chat-shaped server (`events(sdk, …)`), forwards
 * each event signed to a handler that verifies it with @org/chatwoot/webhooks, prints one line per
 * event, survives the handler being down (retries, then reports and goes on), and exits 130 on Ctrl-C.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { built, startCli } from "./support/cli.js";
import { startBulk5chat, type BulkServer } from "./support/bulk-5chat.js";
import { startReceiver, type Receiver } from "./support/receiver.js";

const SECRET = "whsec_listen_secret";
let server: BulkServer;
let receiver: Receiver;

beforeEach(async (ctx) => {
  if (!built) ctx.skip("dist/cli.js is not built: run pnpm --filter @org/cli build (the test command does)");
  server = await startBulk5chat({ conversations: 2, messagesPer: 2 });
  receiver = await startReceiver(SECRET);
});
afterEach(async () => {
  await server.close();
  await receiver.close();
});

const env = () => ({ CONVERSATIONS_CHATS_VENDOR: "5chat", CONVERSATIONS_CHATS_BASE_URL: server.url, CONVERSATIONS_CHATS_TOKEN: "listen-token-123" });
const listen = (url: string, ...extra: string[]) => startCli(["listen", "chats", "--forward-to", url, "--secret", SECRET, "--from", "beginning", "--interval", "0.1", ...extra], { env: env() });

describe("listen", () => {
  it("forwards every event as a signed Chatwoot-style delivery, one line each, until Ctrl-C (130)", async () => {
    const run = listen(receiver.url);
    await run.waitFor(/(→ 200[^\n]*\n[\s\S]*){6}/, "stdout"); // 2 conversation.created + 4 message.created
    run.child.kill("SIGINT");
    const done = await run.done;
    expect(done.code).toBe(130);
    expect(done.stdout).toMatch(/^\d\d:\d\d:\d\d conversation\.created chats:tok2:created → 200$/m);
    expect(done.stdout).toMatch(/^\d\d:\d\d:\d\d message\.created chats:tok2:message:200000 → 200$/m);
    expect(receiver.refused).toEqual([]);
    const kinds = receiver.received.map((r) => r.event.event);
    expect(kinds.filter((k) => k === "message_created")).toHaveLength(4);
    expect(kinds.filter((k) => k === "conversation_created")).toHaveLength(2);
    const body = JSON.parse(receiver.received.find((r) => r.event.event === "message_created")?.body ?? "{}") as Record<string, unknown>;
    expect(body).toMatchObject({ event: "message_created", type: "message.created", connection: "chats", vendor: "5chat" });
    expect(JSON.stringify(body)).not.toContain('"raw"');
    expect(done.stdout + done.stderr).not.toContain(SECRET);
  });

  it("retries a handler that answers 503, then delivers", async () => {
    receiver.failNext(2);
    const run = listen(receiver.url, "--attempts", "3");
    await run.waitFor(/→ 200/, "stdout");
    run.child.kill("SIGINT");
    const done = await run.done;
    expect(done.stderr).toMatch(/the handler answered 503; retry 1 in \d+ ms/);
    expect(done.stderr).toMatch(/the handler answered 503; retry 2 in \d+ ms/);
    expect(done.stdout.split("\n")[0]).toMatch(/→ 200$/);
  });

  it("a handler that is down: each event is reported after its attempts and the stream goes on", async () => {
    const url = receiver.url;
    await receiver.close();
    receiver = await startReceiver(SECRET); // a live one for afterEach; the CLI targets the dead URL
    const run = listen(url, "--attempts", "2");
    await run.waitFor(/(FAILED after 2 attempts: the handler is down \(connection refused\)\n[\s\S]*){2}/, "stdout");
    run.child.kill("SIGINT");
    const done = await run.done;
    expect(done.code).toBe(130);
    expect(done.stderr).not.toMatch(/\n\s+at /);
  });
});
