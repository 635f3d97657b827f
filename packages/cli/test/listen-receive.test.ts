/**
 * `listen --receive-port`: Chatwoot deliveries received by the CLI (verified with the vendor
 * webhook's secret) join the polled stream and are forwarded, signed with the forwarding secret,
 * to the user's handler; a delivery with a bad signature is refused and reported.
 */
import { signChatwootWebhook } from "@org/chatwoot/webhooks";
import { chatwootWebhookPayload } from "@org/chatwoot/webhooks/testing";
import { startMockVendors, type MockVendors } from "@org/mock-server";
import { afterEach, beforeEach, expect, it } from "vitest";
import { built, startCli } from "./support/cli.js";
import { startReceiver, type Receiver } from "./support/receiver.js";

const VENDOR_SECRET = "whsec_vendor_side";
const FORWARD_SECRET = "whsec_forward_side";
let mocks: MockVendors<"chatwoot">;
let handler: Receiver;

beforeEach(async (ctx) => {
  if (!built) ctx.skip("dist/cli.js is not built: run pnpm --filter @org/cli build (the test command does)");
  mocks = await startMockVendors({ vendors: ["chatwoot"] });
  handler = await startReceiver(FORWARD_SECRET);
});
afterEach(async () => {
  await mocks.close();
  await handler.close();
});

it("merges received Chatwoot deliveries into the stream and forwards them; refuses a bad signature", async () => {
  const run = startCli(["listen", "support", "--forward-to", handler.url, "--secret", FORWARD_SECRET, "--receive-port", "0", "--receive-secret", VENDOR_SECRET, "--interval", "0.2"], {
    env: { CONVERSATIONS_SUPPORT_VENDOR: "chatwoot", CONVERSATIONS_SUPPORT_BASE_URL: mocks.baseUrls.chatwoot, CONVERSATIONS_SUPPORT_ACCOUNT_ID: "1", CONVERSATIONS_SUPPORT_TOKEN: "cw-token-12345" },
  });
  await run.waitFor(/receiving Chatwoot webhooks on (http:\/\/127\.0\.0\.1:\d+\/)\n/);
  const url = /receiving Chatwoot webhooks on (\S+)/.exec(run.output.stderr)?.[1] ?? "";

  const payload = chatwootWebhookPayload("message_created", { id: 777001, content: "Where is my refund?", conversation: { id: 4242 } });
  const signed = await signChatwootWebhook({ payload, secret: VENDOR_SECRET });
  const accepted = await fetch(url, { method: "POST", headers: signed.headers, body: signed.body });
  expect(accepted.status).toBeLessThan(300);
  await run.waitFor(/message\.created support:4242:message:777001 → 200/, "stdout");

  const forged = await signChatwootWebhook({ payload, secret: "not-the-vendor-secret" });
  const refused = await fetch(url, { method: "POST", headers: forged.headers, body: forged.body });
  expect(refused.status).toBe(401);
  await run.waitFor(/refused a delivery/);

  run.child.kill("SIGINT");
  const done = await run.done;
  expect(done.code).toBe(130);
  const forwarded = handler.received.find((r) => r.event.event === "message_created");
  expect(JSON.parse(forwarded?.body ?? "{}")).toMatchObject({ event: "message_created", connection: "support", source: "webhook" });
  expect(done.stdout + done.stderr).not.toContain(VENDOR_SECRET);
  expect(done.stdout + done.stderr).not.toContain(FORWARD_SECRET);
});
