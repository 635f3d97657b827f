/**
 * A small consumer of all four packages, for the type-check cost bench (bench/typecheck-cost.ts
 * checks it in a project of its own; it is never run). It does what a user's first file does:
 * builds each client, makes a typed call per vendor, and reads normalized and raw data.
 */
import { createChatwootClient } from "@org/chatwoot";
import { createFiveChatClient } from "@org/5chat";
import { createLiveChatAiClient } from "@org/livechatai";
import { chatwoot as chatwootAdapter, createUnifiedClient, fiveChat, livechatai, NotFoundError, type UnifiedMessage } from "@org/unified";

export async function firstConversations(baseUrl: string, apiKey: string): Promise<string[]> {
  const lines: string[] = [];

  const fivechat = createFiveChatClient({ apiKey, baseUrl });
  const five = await fivechat.GET("/conversations/{token}", { params: { path: { token: "c7d1e2f3a4b5" } } });
  if (five.data !== undefined) lines.push(five.data.conversation.token, String(five.data.messages.length));

  const livechat = createLiveChatAiClient({ apiKey, baseUrl });
  const live = await livechat.GET("/conversations/{conversationId}", { params: { path: { conversationId: "chat_9b2e4d6f80" } } });
  if (live.data !== undefined) lines.push(live.data.data.id);

  const chatwoot = createChatwootClient({ baseUrl });
  const cw = await chatwoot.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}", {
    params: { path: { inbox_identifier: "inbox", contact_identifier: "contact", conversation_id: 42 } },
  });
  if (cw.data !== undefined) lines.push(cw.data.status);

  const sdk = createUnifiedClient({ "5chat": fiveChat({ apiKey, baseUrl }), livechatai: livechatai({ apiKey, baseUrl }), chatwoot: chatwootAdapter({ baseUrl }) });
  try {
    const conversation = await sdk.getConversation({ connection: "livechatai", conversationId: "chat_9b2e4d6f80" });
    lines.push(conversation.status, conversation.raw.id, conversation.messages.at(-1)?.text ?? "");
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const recent: UnifiedMessage[] = [];
  for await (const message of sdk.listMessages({ connection: "chatwoot", inboxIdentifier: "inbox", contactIdentifier: "contact", conversationId: 42 })) {
    recent.push(message);
    if (recent.length === 10) break;
  }
  for await (const c of sdk.listConversations("5chat")) lines.push(`${c.vendor}:${c.id}`);
  return [...lines, ...recent.map((m) => `${m.sender.role}: ${m.text ?? ""}`)];
}
