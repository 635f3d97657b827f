/**
 * `createBot`'s types follow the client's connections: a turn's `ref` and its actions' results
 * carry the connection name, so they go straight back to the client; an unknown connection or a
 * handler that misreads its turn does not compile. (No request is sent: nothing here is called.)
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { type BotTurn, chatwoot, createBot, createUnifiedClient, type MessageAt, livechatai } from "../src/index.js";

const connections = {
  support: chatwoot({ baseUrl: "http://127.0.0.1:9", apiAccessToken: "t" }),
  ai: livechatai({ baseUrl: "http://127.0.0.1:9", apiKey: "k", agentId: "a" }),
};
const sdk = createUnifiedClient(connections);
type Cs = typeof connections;

describe("createBot types", () => {
  it("types the turn with the connection it answers on", () => {
    const bot = createBot(sdk, {
      connection: "support",
      onMessage: (turn) => {
        expectTypeOf(turn).toEqualTypeOf<BotTurn<Cs, "support">>();
        expectTypeOf(turn.ref.connection).toEqualTypeOf<"support">();
        const answer = () => turn.reply("On it");
        expectTypeOf(answer).returns.resolves.toEqualTypeOf<MessageAt<Cs, "support">>();
        // The ref goes back to the client without a cast.
        const reread = () => sdk.getConversation(turn.ref);
        expectTypeOf(reread).toBeFunction();
      },
    });
    expect(bot.connection).toBe("support");
  });

  it("refuses at compile time what it refuses at run time", () => {
    // @ts-expect-error: "nope" is not a connection of sdk
    expect(() => createBot(sdk, { connection: "nope", onMessage: () => undefined })).toThrow(/nope/);
    // @ts-expect-error: onMessage is required
    expect(() => createBot(sdk, { connection: "ai" })).toThrow(/onMessage must be a function/);
    createBot(sdk, {
      connection: "ai",
      onMessage: (turn) => {
        // @ts-expect-error: a LiveChatAI ref has no accountId
        expectTypeOf(turn.ref.accountId).toBeNumber();
      },
    });
  });
});
