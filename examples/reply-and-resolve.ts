/**
 * Reply to a Chatwoot conversation as an agent, leave a private note for the team, and resolve it
 * — checking first that the connection supports each write, as an app serving several vendors
 * would.
 *
 *     CHATWOOT_BASE_URL=https://chat.example.com CHATWOOT_TOKEN=... tsx examples/reply-and-resolve.ts <accountId> <conversationId> "<reply>"
 *
 * Writes are never retried by the SDK (a retried POST could post the reply twice): on a
 * `TimeoutError` or `ConnectionError`, look at the conversation before sending again.
 */
import { chatwoot, createUnifiedClient, SdkError } from "@org/unified";

const [accountId = "1", conversationId = "42", reply = "Your refund is on its way."] = process.argv.slice(2);
const sdk = createUnifiedClient({
  support: chatwoot({
    baseUrl: process.env.CHATWOOT_BASE_URL ?? "https://app.chatwoot.com",
    apiAccessToken: process.env.CHATWOOT_TOKEN ?? "",
  }),
});
const ref = { connection: "support", accountId: Number(accountId), conversationId: Number(conversationId) } as const;
const can = sdk.capabilities("support");

try {
  if (can.sendMessage === false) throw new Error("this connection cannot send messages");
  const sent = await sdk.sendMessage(ref, { text: reply });
  console.log(`replied: message ${sent.id} by ${sent.sender.role}`);
  if (can.sendMessage.private) {
    const note = await sdk.sendMessage(ref, { text: "Refund issued, closing.", private: true });
    console.log(`private note: message ${note.id}`);
  }
  if (!can.setStatus.includes("resolved")) throw new Error("this connection cannot resolve conversations");
  const resolved = await sdk.setStatus(ref, "resolved");
  console.log(`conversation ${resolved.ref.conversationId} is ${resolved.status}`);
} catch (error) {
  if (error instanceof SdkError) {
    console.error(`${error.name} from ${error.vendor}: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
