/**
 * Read one Chatwoot conversation through the facade and print it with its whole history.
 *
 *     CHATWOOT_BASE_URL=https://chat.example.com CHATWOOT_TOKEN=... tsx examples/read-conversation.ts <accountId> <conversationId>
 *
 * CHATWOOT_BASE_URL defaults to Chatwoot Cloud. CHATWOOT_TOKEN is a user access token
 * (Profile Settings → Access Token).
 */
import { chatwoot, createUnifiedClient, NotFoundError } from "@org/unified";

const [accountId = "1", conversationId = "42"] = process.argv.slice(2);
const sdk = createUnifiedClient({
  support: chatwoot({
    baseUrl: process.env.CHATWOOT_BASE_URL ?? "https://app.chatwoot.com",
    apiAccessToken: process.env.CHATWOOT_TOKEN ?? "",
  }),
});
const ref = { connection: "support", accountId: Number(accountId), conversationId: Number(conversationId) } as const;

try {
  const conversation = await sdk.getConversation(ref);
  console.log(`#${conversation.id} ${conversation.status} — ${conversation.contact?.name ?? "unknown contact"}`);
  // The application API's conversation carries only its latest message: list them all.
  const messages = [];
  for await (const message of sdk.listMessages(ref)) messages.push(message);
  for (const m of messages.reverse()) console.log(`${m.createdAt ?? "?"} ${m.sender.role}: ${m.text ?? `(${m.attachments.length} attachments)`}`);
} catch (error) {
  if (error instanceof NotFoundError) {
    console.error(`no conversation ${conversationId} in account ${accountId} (${error.requestId ?? "no request id"})`);
    process.exitCode = 1;
  } else throw error;
}
