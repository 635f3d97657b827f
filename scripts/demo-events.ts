/**
 * The demo's event-stream section: one `events(sdk, …)` stream watches a connection of each vendor
 * (polling; none of the three is asked for webhooks here), and a customer writes on each mock
 * through its scenario API (`server.state.addMessage`). Each message arrives once, as one
 * `message.created` per vendor. Called by scripts/demo.ts with its running mock servers.
 */
import type { MockServers } from "@org/mock-server";
import { chatwoot, createUnifiedClient, events, fiveChat, livechatai } from "@org/unified";

/** The listing each vendor's poller reads: its first poll is over once the second one starts. */
const LISTING = { "5chat": "listConversations", livechatai: "listConversations", chatwoot: "listAccountConversations" } as const;

/** Resolves when `done()` holds, checking every 20 ms; rejects after `ms`. */
async function until(done: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`demo-events: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Run the section against the demo's mock servers; returns the events it printed. */
export async function demoEvents(servers: MockServers): Promise<string[]> {
  const sdk = createUnifiedClient({
    widget: fiveChat({ baseUrl: servers["5chat"].baseUrl, apiKey: "demo-token" }),
    bot: livechatai({ baseUrl: servers.livechatai.baseUrl, apiKey: "demo-token", agentId: "clx1234567890abcdef" }),
    support: chatwoot({ baseUrl: servers.chatwoot.baseUrl, apiAccessToken: "demo-token" }),
  });
  const stop = new AbortController();
  const stream = events(sdk, ["widget", "bot", "support"], { signal: stop.signal, intervalMs: 100, filters: { support: { accountId: 1 } } });
  console.log("\nOne event stream for three vendors (events(sdk, …), polling every 100 ms from now):");

  const printed: string[] = [];
  const seen = new Set<string>();
  const consume = (async () => {
    for await (const event of stream) {
      if (event.type !== "message.created") continue;
      const line = `  ${event.connection.padEnd(8)} (${event.vendor}) message.created #${event.message.id ?? "?"} in ${event.conversation.id} from ${event.message.sender.role}: ${event.message.text ?? ""}`;
      console.log(line);
      printed.push(line);
      seen.add(event.vendor);
      if (seen.size === 3) stop.abort();
    }
  })();

  const vendors = ["5chat", "livechatai", "chatwoot"] as const;
  const listed = (v: (typeof vendors)[number]) => servers[v].requests.filter((r) => r.operationId === LISTING[v]).length;
  const before = Object.fromEntries(vendors.map((v) => [v, listed(v)]));
  await until(() => vendors.every((v) => listed(v) >= (before[v] ?? 0) + 2), 10_000, "the first poll of each connection");
  console.log("  (a customer writes on each mock through its scenario API)");
  await servers["5chat"].state.addMessage("c7d1e2f3a4b5", { text: "Is the refund through yet?" });
  await servers.livechatai.state.addMessage("chat_9b2e4d6f80", { text: "Is the refund through yet?" });
  await servers.chatwoot.state.addMessage(42, { text: "Is the refund through yet?" });

  const timeout = setTimeout(() => {
    stop.abort();
  }, 15_000);
  await consume;
  clearTimeout(timeout);
  if (seen.size !== 3) throw new Error(`demo-events: expected one message.created per vendor, got ${printed.length} from ${[...seen].join(", ") || "none"}`);
  return printed;
}
