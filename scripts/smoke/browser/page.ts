/**
 * The browser smoke page's script, bundled with @org/unified by scripts/smoke/browser.mjs: it
 * reads the example-story Chatwoot conversation through the public client API of the mock server
 * named in `?chatwoot=<baseUrl>` (another origin: the mock answers CORS), renders it, and sets
 * `data-status` on <body> to `ok` or `error` for the test to read.
 */
import { chatwoot, createUnifiedClient, SdkError } from "@org/unified";
import { verifyChatwootWebhook } from "@org/chatwoot/webhooks";

const out = document.querySelector("main");
const baseUrl = new URLSearchParams(location.search).get("chatwoot") ?? "";

function show(title: string, lines: string[]): void {
  const h1 = document.createElement("h1");
  h1.textContent = title;
  const list = document.createElement("ol");
  for (const line of lines) {
    const item = document.createElement("li");
    item.textContent = line;
    list.append(item);
  }
  out?.replaceChildren(h1, list);
}

async function main(): Promise<void> {
  const sdk = createUnifiedClient({ chatwoot: chatwoot({ baseUrl }) });
  const conversation = await sdk.getConversation({
    connection: "chatwoot",
    inboxIdentifier: "Yr9bXn3KqW2vT7sL",
    contactIdentifier: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a",
    conversationId: 42,
  });
  show(`Chatwoot conversation ${conversation.id} with ${conversation.contact?.name ?? "?"} (${conversation.status})`, conversation.messages.map((m) => `${m.sender.name ?? m.sender.role}: ${m.text ?? ""}`));
  // Issue 11: a signed Chatwoot delivery verifies with the browser's Web Crypto (vector from scripts/smoke/smoke.ts).
  const webhook = await verifyChatwootWebhook({
    rawBody: '{"event":"message_created","id":9001,"content":"Hi, I was charged twice for my March invoice. ☕","message_type":"incoming","created_at":"2026-01-01T00:00:00.123Z","conversation":{"id":42}}',
    headers: { "X-Chatwoot-Signature": "sha256=83c029621466ffabff71923cc3c188ec3592c51f8d89e6c91df7bc0703335d63", "X-Chatwoot-Timestamp": "1767225600" },
    secret: "smoke-webhook-secret",
    now: 1_767_225_600_000,
  });
  document.body.dataset.result = JSON.stringify({
    webhook: webhook.event,
    id: conversation.id,
    status: conversation.status,
    contact: conversation.contact?.name ?? null,
    messages: conversation.messages.map((m) => m.text),
  });
  document.body.dataset.status = "ok";
}

main().catch((error: unknown) => {
  show("Failed", [error instanceof SdkError ? `${error.name}: ${error.message}` : String(error)]);
  document.body.dataset.status = "error";
});
