/**
 * A Chatwoot agent bot: a webhook receiver, a bot that answers the contact while the conversation
 * is `pending` (the bot's), and a handoff to the humans when the contact asks for one. The bot
 * kit never shows it its own replies, agents' messages, private notes or conversations already
 * handed off, so it cannot loop.
 *
 *     CHATWOOT_BASE_URL=https://chat.example.com CHATWOOT_TOKEN=<agent-bot or user token> \
 *     CHATWOOT_WEBHOOK_SECRET=... HANDOFF_TEAM_ID=2 PORT=3000 tsx examples/agent-bot.ts
 *     # then in Chatwoot: Settings → Integrations → Webhooks → https://<your host>/ (message_created,
 *     # conversation_status_changed), and let the inbox start conversations as pending.
 */
import { createServer } from "node:http";
import { chatwoot, createBot, createUnifiedClient, SdkError } from "@org/unified";
import { createWebhookHandler, toNodeListener } from "@org/unified/webhooks";

const sdk = createUnifiedClient({
  support: chatwoot({ baseUrl: process.env.CHATWOOT_BASE_URL ?? "https://app.chatwoot.com", apiAccessToken: process.env.CHATWOOT_TOKEN ?? "" }),
});
const teamId = process.env.HANDOFF_TEAM_ID === undefined ? undefined : Number(process.env.HANDOFF_TEAM_ID);

const bot = createBot(sdk, {
  connection: "support",
  async onMessage(turn) {
    const text = turn.message.text ?? "";
    if (/\b(human|agent|person)\b/i.test(text)) {
      const { status } = await turn.handoff({ note: `The contact asked for a human: "${text}"`, ...(teamId === undefined ? {} : { teamId }) });
      console.log(`handed off conversation ${turn.ref.conversationId} (now ${status.status})`);
      return;
    }
    const answer = /refund/i.test(text) ? "Refunds reach your card within 5–7 business days. Type “human” to talk to a person." : "I'm the refund assistant. Ask me about a refund, or type “human” to talk to a person.";
    const sent = await turn.reply(answer, { idempotencyKey: `bot-reply-${turn.message.id ?? "new"}` });
    console.log(`answered conversation ${turn.ref.conversationId} with message ${sent.id}`);
  },
});

const handler = createWebhookHandler({
  chatwoot: { secret: process.env.CHATWOOT_WEBHOOK_SECRET ?? "", connection: "support" },
  onEvent: async (event) => {
    const outcome = await bot.handle(event);
    if (!outcome.answered && event.type === "message.created") console.log(`ignored message ${event.message.id ?? "?"}: ${outcome.reason}`);
  },
  onError: (error) => {
    console.error(error instanceof SdkError ? `${error.name} from ${error.vendor}: ${error.message}` : error);
  },
});

const server = createServer(toNodeListener(handler));
server.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening on http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : ""}/`);
});
