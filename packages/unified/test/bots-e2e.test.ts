/**
 * The bot kit end to end: a stateful Chatwoot mock on 127.0.0.1 sends real signed webhook
 * deliveries to a `node:http` receiver (`createWebhookHandler` → `bot.handle`), the bot acts
 * through the facade against the same mock, and its own writes come back as deliveries. Checked:
 * the bot's own reply does not trigger it, private notes and agents' messages do not, a handoff
 * stops it until the conversation is pending again, and nothing is sent twice.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sendChatwootWebhook, startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BotNotAllowedError, chatwoot, createBot, createUnifiedClient, type BotEvent, type BotOutcome, type BotTurn } from "../src/index.js";
import { createWebhookHandler, toNodeListener } from "../src/webhooks/index.js";

const SECRET = "whsec_bot_e2e";
let mock: MockServer;
let receiver: Server;
let url: string;
const outcomes: { type: string; id: string | null; text: string | null; outcome: BotOutcome }[] = [];
let onEvent: (event: BotEvent) => Promise<BotOutcome> = () => Promise.resolve({ answered: false, reason: "other-connection" });

let listener: ReturnType<typeof toNodeListener> | undefined;

/** A fresh webhook handler per test (its seen-event store too: message ids repeat after mock.reset()). */
function receive(options: { seen?: false } = {}): void {
  listener = toNodeListener(
    createWebhookHandler({
      chatwoot: { secret: SECRET, connection: "support", accountId: 1 },
      ...options,
      onEvent: async (event) => {
        const outcome = await onEvent(event);
        const message = "message" in event ? event.message : null;
        outcomes.push({ type: event.type, id: message?.id ?? null, text: message?.text ?? null, outcome });
      },
    }),
  );
}

beforeAll(async () => {
  mock = await startMockServer({ vendor: "chatwoot" });
  receiver = createServer((req, res) => {
    listener?.(req, res);
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/chatwoot`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await mock.close();
});
afterEach(() => {
  expect(mock.violations, "requests that break the spec").toEqual([]);
  mock.reset();
  mock.webhooks.clear();
  outcomes.length = 0;
});

/** Wait until every delivery caused so far (including those caused by the bot's writes) is answered. */
async function settle(): Promise<void> {
  for (let seen = -1; seen !== mock.webhooks.deliveries.length; ) {
    seen = mock.webhooks.deliveries.length;
    await mock.webhooks.flush();
  }
}

type Support = { readonly support: ReturnType<typeof chatwoot> };

function setUp(onMessage: (turn: BotTurn<Support, "support">) => Promise<void>, options: { seen?: false } = {}) {
  receive(options);
  const sdk = client();
  const bot = createBot(sdk, { connection: "support", onMessage });
  onEvent = (event) => bot.handle(event);
  mock.webhooks.register(url, { secret: SECRET });
  return bot;
}
const client = () => createUnifiedClient({ support: chatwoot({ baseUrl: mock.baseUrl, apiAccessToken: "agent-token" }) });
const sends = () => mock.requests.filter((r) => r.operationId === "createAccountConversationMessage").map((r) => r.body);

describe("a Chatwoot agent bot fed by signed webhook deliveries", () => {
  it("answers the contact once; its own reply, delivered back as message_created, does not trigger it", async () => {
    setUp(async (turn) => {
      await turn.reply(`You said: ${turn.message.text ?? ""}`);
    });
    const conversation = await mock.state.createConversation({ status: "pending" });
    await mock.state.addMessage(conversation.id, { text: "Where is my refund?", from: "contact" });
    await settle();

    expect(sends()).toEqual([{ content: "You said: Where is my refund?", message_type: "outgoing", private: false }]);
    const messages = outcomes.filter((o) => o.type === "message.created").map(({ type, text, outcome }) => ({ type, text, outcome }));
    expect(messages).toEqual([
      { type: "message.created", text: "Where is my refund?", outcome: { answered: true } },
      { type: "message.created", text: "You said: Where is my refund?", outcome: { answered: false, reason: "not-from-contact" } },
    ]);
    expect(mock.webhooks.deliveries.every((d) => d.status === 200)).toBe(true);
  });

  it("ignores private notes, agents' and bots' messages, and conversations it does not own", async () => {
    setUp(() => Promise.reject(new Error("the bot must not be invoked")));
    const pending = await mock.state.createConversation({ status: "pending" });
    await mock.state.addMessage(pending.id, { text: "Refund RF-2291 issued.", from: "agent", private: true });
    await mock.state.addMessage(pending.id, { text: "Hi, I'm Sam.", from: "agent" });
    await mock.state.addMessage(pending.id, { text: "Automated hello", from: "bot" });
    const open = await mock.state.createConversation({ status: "open" });
    await mock.state.addMessage(open.id, { text: "Anyone there?", from: "contact" });
    await settle();

    expect(outcomes.filter((o) => o.type === "message.created").map((o) => o.outcome)).toEqual([
      { answered: false, reason: "private-note" },
      { answered: false, reason: "not-from-contact" },
      { answered: false, reason: "not-from-contact" },
      { answered: false, reason: "not-owned" },
    ]);
    expect(sends()).toEqual([]);
  });

  it("hands off: open, a private note and a team; silent until the conversation is pending again", async () => {
    const bot = setUp(async (turn) => {
      if (turn.message.text === "I want a human") await turn.handoff({ note: "Asked for a human.", teamId: 2 });
      else await turn.reply("Bot here.");
    });
    const c = await mock.state.createConversation({ status: "pending" });
    await mock.state.addMessage(c.id, { text: "I want a human", from: "contact" });
    await settle();
    expect(mock.requests.map((r) => [r.operationId, r.body])).toEqual([
      ["toggleAccountConversationStatus", { status: "open" }],
      ["createAccountConversationMessage", { content: "Asked for a human.", message_type: "outgoing", private: true }],
      ["assignAccountConversation", { team_id: 2 }],
    ]);
    expect(bot.isHandedOff(c.id)).toBe(true);

    await mock.state.addMessage(c.id, { text: "Hello?", from: "contact" });
    await settle();
    expect(outcomes.filter((o) => o.text === "Hello?").map((o) => o.outcome)).toEqual([{ answered: false, reason: "not-owned" }]);

    // The humans give it back: pending again, and the bot answers.
    await mock.state.setStatus(c.id, "pending");
    await mock.state.addMessage(c.id, { text: "Still there?", from: "contact" });
    await settle();
    expect(bot.isHandedOff(c.id)).toBe(false);
    expect(outcomes.find((o) => o.text === "Still there?")?.outcome).toEqual({ answered: true });
    expect(sends().filter((b) => (b as { content?: string }).content === "Bot here.")).toHaveLength(1);
  });

  it("a message delivered again under a new delivery id is not answered twice, even without the handler's dedupe", async () => {
    setUp(
      async (turn) => {
        await turn.reply("Once.");
      },
      { seen: false },
    );
    const c = await mock.state.createConversation({ status: "pending" });
    await mock.state.addMessage(c.id, { text: "Hello", from: "contact" });
    await settle();
    const first = outcomes.find((o) => o.text === "Hello");
    expect(first?.outcome).toEqual({ answered: true });
    // Redeliver the same message as Chatwoot would after a lost acknowledgement, under a fresh delivery id.
    const payload = {
      event: "message_created",
      id: Number(first?.id),
      content: "Hello",
      message_type: "incoming",
      private: false,
      created_at: new Date().toISOString(),
      account: { id: 1, name: "Acme" },
      sender: { id: 7, name: "Maya Chen" },
      conversation: { id: Number(c.id), status: "pending", messages: [] },
    };
    const response = await sendChatwootWebhook(url, "message_created", payload, { secret: SECRET, deliveryId: "redelivery-1" });
    expect(response.status).toBe(200);
    expect(outcomes.at(-1)?.outcome).toEqual({ answered: false, reason: "already-answered" });
    expect(sends()).toHaveLength(1);
  });

  it("an agent-bot token's 401 on typing is a BotNotAllowedError; the handoff it does next still works (bots may call those)", async () => {
    mock.useScenario({ toggleAccountConversationTypingStatus: { status: 401, example: "botToken" }, getAccountConversation: { status: 401, example: "botToken" } });
    const failures: unknown[] = [];
    setUp(async (turn) => {
      await turn.typing(true).catch((error: unknown) => failures.push(error));
      await turn.handoff({ note: "Bot could not help.", agentId: 3 });
    });
    const c = await mock.state.createConversation({ status: "pending" });
    await mock.state.addMessage(c.id, { text: "Help", from: "contact" });
    await settle();
    mock.useScenario();
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(BotNotAllowedError);
    expect(failures[0]).toMatchObject({ vendor: "chatwoot", action: "typing", status: 401 });
    expect(mock.requests.map((r) => `${r.operationId ?? "?"} ${r.status}`)).toEqual([
      "toggleAccountConversationTypingStatus 401",
      "toggleAccountConversationStatus 200",
      "createAccountConversationMessage 200",
      "assignAccountConversation 200",
    ]);
  });
});

