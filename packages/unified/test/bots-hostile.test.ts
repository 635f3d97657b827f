/**
 * The bot kit's refusals and typed errors: every bad call is an `SdkError` naming the vendor, the
 * bot action and the caller's words, refused before any request; a bot token's 401 on an endpoint
 * bots may not call is a `BotNotAllowedError` that says so. A `node:http` server on 127.0.0.1
 * records what reaches the wire.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BotNotAllowedError,
  chatwoot,
  createBot,
  createUnifiedClient,
  fiveChat,
  InvalidRequestError,
  livechatai,
  SdkError,
  UnsupportedOperationError,
  type BotEvent,
} from "../src/index.js";

let server: Server;
let baseUrl: string;
let wire: { method: string; url: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      wire.push({ method: req.method ?? "?", url: req.url ?? "", body: Buffer.concat(chunks).toString("utf8") });
      const denied = req.headers["api_access_token"] === "bot-token" && (req.url ?? "").endsWith("/toggle_typing_status");
      if (denied) return void res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "Access to this endpoint is not authorized for bots" }));
      if ((req.url ?? "").endsWith("/toggle_typing_status")) return void res.writeHead(200).end();
      res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "Invalid Access Token" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  wire = [];
});

const sdk = (token = "bot-token") =>
  createUnifiedClient({
    support: chatwoot({ baseUrl, apiAccessToken: token }),
    ai: livechatai({ baseUrl, apiKey: "k" }),
    widget: fiveChat({ baseUrl, apiKey: "k" }),
  });

/** A contact's message on a conversation the bot owns, as the stream or the webhook handler gives it. */
function incoming(connection: string, ref: object, status: "pending" | "open" = "pending"): BotEvent {
  return {
    type: "message.created",
    connection,
    ref: { connection, ...ref },
    message: { id: "m1", conversationId: "42", text: "help", private: false, createdAt: null, sender: { role: "contact", id: "7", name: "Maya" }, attachments: [] },
    conversation: { id: "42", status },
  };
}

/** Run one turn and return what the handler threw. */
async function failureOf(connection: "support" | "ai" | "widget", ref: object, act: (turn: Parameters<Parameters<typeof createBot>[1]["onMessage"]>[0]) => Promise<unknown>, token?: string): Promise<unknown> {
  const bot = createBot(sdk(token), {
    connection,
    onMessage: async (turn) => {
      await act(turn as never);
    },
  });
  return bot.handle(incoming(connection, ref, connection === "support" ? "pending" : "open")).then(
    () => undefined,
    (e: unknown) => e,
  );
}

const CHATWOOT_REF = { accountId: 1, conversationId: 42 };

describe("bot actions refused before any request", () => {
  it("an empty reply names the vendor, the action and the caller's key", async () => {
    const error = await failureOf("support", CHATWOOT_REF, (turn) => turn.reply("  "));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ vendor: "chatwoot", parameter: "text" });
    expect(String(error)).toMatch(/bot reply: text must be a non-empty string/);
    expect(wire).toEqual([]);
  });

  it("a handoff on a 5chat connection: UnsupportedOperationError naming 5chat and bot.handoff", async () => {
    const error = await failureOf("widget", { token: "c7d1e2f3a4b5" }, (turn) => turn.handoff({ note: "human please" }));
    expect(error).toBeInstanceOf(UnsupportedOperationError);
    expect(error).toMatchObject({ vendor: "5chat", operation: "bot.handoff" });
    expect(String(error)).toMatch(/connection "widget".*read-only/);
    expect(wire).toEqual([]);
  });

  it("LiveChatAI bots can reply and resolve, nothing else", async () => {
    const bot = createBot(sdk(), { connection: "ai", onMessage: () => undefined });
    expect(bot.capabilities).toEqual({ reply: true, attachments: false, note: false, typing: false, handoff: false, assign: false, resolve: true });
    expect(createBot(sdk(), { connection: "widget", onMessage: () => undefined }).capabilities).toEqual({ reply: false, attachments: false, note: false, typing: false, handoff: false, assign: false, resolve: false });
    for (const act of [(t: { note(x: string): Promise<unknown> }) => t.note("x"), (t: { typing(on: boolean): Promise<unknown> }) => t.typing(true), (t: { handoff(): Promise<unknown> }) => t.handoff()]) {
      const error = await failureOf("ai", { conversationId: "chat_1" }, act);
      expect(error).toBeInstanceOf(UnsupportedOperationError);
      expect(error).toMatchObject({ vendor: "livechatai" });
    }
    expect(wire).toEqual([]);
  });

  it("malformed handoff options name the caller's key; nothing is written", async () => {
    for (const [options, parameter, words] of [
      [{ teamId: 0 }, "teamId", "got an integer below 1"],
      [{ agentId: "3" }, "agentId", "got a string"],
      [{ note: "" }, "note", "got a string"],
      [{ team: 2 }, "team", "team"],
    ] as const) {
      const error = await failureOf("support", CHATWOOT_REF, (turn) => turn.handoff(options as never));
      expect(error, JSON.stringify(options)).toBeInstanceOf(SdkError);
      expect(String(error)).toContain(parameter);
      expect(String(error)).toContain(words);
    }
    expect(wire).toEqual([]);
  });

  it("an unknown connection or a missing handler is refused when the bot is created", () => {
    expect(() => createBot(sdk(), { connection: "nope" as never, onMessage: () => undefined })).toThrow(InvalidRequestError);
    expect(() => createBot(sdk(), { connection: "support", onMessage: undefined as never })).toThrow(/onMessage must be a function/);
    expect(() => createBot(sdk(), { connection: "support", onMessage: () => undefined, ownedStatuses: [] })).toThrow(/ownedStatuses/);
    expect(() => createBot(sdk(), { connection: "support", onMessage: () => undefined, remember: 0 })).toThrow(/remember must be a positive integer, got an integer below 1/);
  });
});

describe("a bot token on an endpoint bots may not call", () => {
  it("typing with an agent-bot token: BotNotAllowedError, an AuthenticationError that says why", async () => {
    const error = await failureOf("support", CHATWOOT_REF, (turn) => turn.typing(true));
    expect(error).toBeInstanceOf(BotNotAllowedError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ vendor: "chatwoot", status: 401, action: "typing" });
    expect(String(error)).toMatch(/not open to agent-bot tokens.*use a user access token/);
    expect(String(error)).not.toContain("bot-token");
    expect(wire.map((w) => [w.method, w.url, w.body])).toEqual([["POST", "/api/v1/accounts/1/conversations/42/toggle_typing_status", JSON.stringify({ typing_status: "on" })]]);
  });

  it("typing with a user token goes through; a wrong token stays a plain AuthenticationError", async () => {
    await expect(failureOf("support", CHATWOOT_REF, (turn) => turn.typing(false), "user-token")).resolves.toBeUndefined();
    expect(wire.at(-1)?.body).toBe(JSON.stringify({ typing_status: "off" }));
    const error = await failureOf("support", CHATWOOT_REF, (turn) => turn.reply("hi"), "wrong-token");
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).not.toBeInstanceOf(BotNotAllowedError);
  });
});
