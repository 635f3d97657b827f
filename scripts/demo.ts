/**
 * The demo (`pnpm demo`): the unified facade against spec-driven mock servers of all three vendors
 * on 127.0.0.1 — no tokens, no internet. It prints one support conversation as each vendor serves
 * it, side by side, replies to and resolves the Chatwoot conversation through the facade, pages
 * through listings of four connections (two of them Chatwoot accounts)
 * with resumable cursors, follows each listed conversation's `ref` to its messages, watches all
 * three vendors through one event stream while a customer writes on each (scripts/demo-events.ts),
 * and stops its servers.
 *
 * The mock servers start from the examples in specs/*.yaml and keep state: a reply is listed, a
 * resolved conversation reads resolved. The tokens below are placeholders the mocks only check for
 * presence.
 */
import { startMockServers, VENDORS } from "@org/mock-server";
import { demoEvents } from "./demo-events.ts";
import { chatwoot, createUnifiedClient, fiveChat, livechatai, type UnifiedConversation, type UnifiedMessage } from "@org/unified";

const COLUMN = 34;
const LABEL = 16;

function cell(value: string | null | undefined, width = COLUMN): string {
  const text = (value ?? "—").replace(/\s+/g, " ");
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function message(m: UnifiedMessage | undefined): string {
  return m === undefined ? "—" : `${m.sender.role}: ${m.text ?? "(no text)"}`;
}

function table(title: string, columns: readonly string[], rows: readonly (readonly [string, ...(string | null)[]])[]): string {
  const rule = `+${"-".repeat(LABEL + 2)}${columns.map(() => `+${"-".repeat(COLUMN + 2)}`).join("")}+`;
  const line = (cells: readonly (string | null)[], label: string) => `| ${cell(label, LABEL)} ${cells.map((c) => `| ${cell(c)} `).join("")}|`;
  return [title, rule, line(columns, ""), rule, ...rows.map(([label, ...cells]) => line(cells, label)), rule].join("\n");
}

function sideBySide(conversations: readonly UnifiedConversation[]): string {
  const pick = (f: (c: UnifiedConversation) => string | null) => conversations.map(f);
  return table(
    "One conversation, three vendors (normalized by @org/unified):",
    conversations.map((c) => `${c.connection} (${c.vendor}) #${c.id}`),
    [
      ["status", ...pick((c) => c.status)],
      ["channel", ...pick((c) => c.channel)],
      ["contact", ...pick((c) => (c.contact === null ? null : [c.contact.name ?? `id ${c.contact.id ?? "?"}`, c.contact.email].filter(Boolean).join(" · ")))],
      ["assignee", ...pick((c) => c.assignee?.name ?? null)],
      ["created", ...pick((c) => c.createdAt)],
      ["last message at", ...pick((c) => c.lastMessageAt)],
      ["messages", ...pick((c) => String(c.messages.length))],
      ["first message", ...pick((c) => message(c.messages[0]))],
      ["last message", ...pick((c) => message(c.messages.at(-1)))],
      ["tags", ...pick((c) => (c.tags.length > 0 ? c.tags.join(", ") : null))],
    ],
  );
}

async function main(): Promise<void> {
  const servers = await startMockServers(VENDORS);
  try {
    // Adapters are values; the keys name connections (two Chatwoot accounts could sit side by side).
    const sdk = createUnifiedClient({
      widget: fiveChat({ baseUrl: servers["5chat"].baseUrl, apiKey: "demo-token" }),
      bot: livechatai({ baseUrl: servers.livechatai.baseUrl, apiKey: "demo-token", agentId: "clx1234567890abcdef" }),
      support: chatwoot({ baseUrl: servers.chatwoot.baseUrl, apiAccessToken: "demo-token" }),
      supportEu: chatwoot({ baseUrl: servers.chatwoot.baseUrl, apiAccessToken: "demo-token-eu" }),
    });
    console.log(
      `Mock vendor servers (from specs/*.yaml):\n${VENDORS.map((v) => `  ${v.padEnd(11)} ${servers[v].baseUrl}`).join("\n")}`,
    );
    console.log(`Connections: ${sdk.connections.join(", ")}\n`);

    const conversations = await Promise.all([
      sdk.getConversation({ connection: "widget", token: "c7d1e2f3a4b5" }),
      sdk.getConversation({ connection: "bot", conversationId: "chat_9b2e4d6f80" }),
      sdk.getConversation({ connection: "support", inboxIdentifier: "Yr9bXn3KqW2vT7sL", contactIdentifier: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a", conversationId: 42 }),
    ]);
    console.log(sideBySide(conversations));

    const [chatwootConversation] = conversations.filter((c) => c.vendor === "chatwoot");
    if (chatwootConversation?.vendor === "chatwoot") {
      // `raw` keeps the vendor payload, typed by the generated Chatwoot types.
      console.log(`\nRaw payload stays at hand: chatwoot raw.uuid = ${"uuid" in chatwootConversation.raw ? String(chatwootConversation.raw.uuid) : "(application API)"}`);
    }

    // Acting through the facade: reply to the Chatwoot conversation, then resolve it (application API).
    const supportRef = { connection: "support", accountId: 1, conversationId: 42 } as const;
    const reply = await sdk.sendMessage(supportRef, { text: "Update: the refund for the duplicate $49 charge went out today." }).withResponse();
    console.log(`\nReplied on support #42: message #${reply.data.id ?? "?"} by ${reply.data.sender.name ?? reply.data.sender.role} (request id ${reply.requestId ?? "none"})`);
    const resolved = await sdk.setStatus(supportRef, "resolved").withResponse();
    console.log(
      `Resolved support #42: toggle_status answered ${resolved.response.status} (request id ${resolved.requestId ?? "none"}); read back, its status is now "${resolved.data.status}"`,
    );

    console.log("\nPaging through listings (cursors are opaque strings you can persist and resume from):");
    const listings = [
      ["widget", sdk.listConversations("widget", { pageSize: 2 })],
      ["bot", sdk.listConversations("bot", { pageSize: 2 })],
      ["support", sdk.listConversations("support", { accountId: 1 })],
      ["supportEu", sdk.listConversations("supportEu", { accountId: 1 })],
    ] as const;
    for (const [connection, listing] of listings) {
      let n = 0;
      for await (const page of listing.pages()) {
        n += 1;
        const items = page.items.map((c) => `#${c.id} ${c.status}${c.contact?.name ? ` (${c.contact.name})` : ""}`).join(", ");
        console.log(`  ${connection.padEnd(11)} page ${n}: ${items}${page.nextCursor === undefined ? "  [last page]" : `  → next cursor ${page.nextCursor}`}`);
      }
    }

    console.log("\nChatwoot messages of each listed conversation, newest first, through its own ref:");
    for await (const c of sdk.listConversations("support", { accountId: 1 })) {
      let page = 0;
      for await (const p of sdk.listMessages(c.ref).pages()) {
        page += 1;
        console.log(`  #${c.id} page ${page}: ${p.items.length === 0 ? "(empty: end of history)" : p.items.map((m) => `#${m.id ?? "?"} ${m.sender.role}`).join(", ")}`);
      }
    }

    await demoEvents(servers);
  } finally {
    await servers.close();
  }
  console.log("\nDemo finished; mock servers stopped.");
}

await main();
await (await import("./demo-webhook.ts")).demoWebhook(); // issue 11: the webhook ending (scripts/demo-webhook.ts)
