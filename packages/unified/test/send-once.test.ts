/**
 * Send once: a `node:http` server on 127.0.0.1 plays Chatwoot's messages endpoint and can store a
 * message and then drop the connection (the classic "did it go out?"). With an idempotency key
 * the SDK looks the message up by the key before sending again, so nothing is stored twice.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chatwoot, ConnectionError, createUnifiedClient, InvalidRequestError, livechatai, UnsupportedOperationError } from "../src/index.js";

type Mode = "store-then-drop" | "drop-before-store" | "ok";
let server: Server;
let baseUrl: string;
let mode: Mode = "ok";
let botToken = false;
let stored: Record<string, unknown>[] = [];
let wire: string[] = [];
let drops = 0;

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      wire.push(`${req.method ?? "?"} ${req.url ?? ""}`);
      if (req.url !== "/api/v1/accounts/1/conversations/42/messages") return void res.writeHead(404).end();
      if (req.method === "GET") {
        if (botToken) return void res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "Access to this endpoint is not authorized for bots" }));
        return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ meta: {}, payload: stored }));
      }
      const body = await bodyOf(req);
      const dropNow = mode !== "ok" && drops === 0;
      if (dropNow && mode === "drop-before-store") {
        drops++;
        return void req.socket.destroy();
      }
      const message = { id: 5200 + stored.length, content: body["content"], content_attributes: body["content_attributes"] ?? {}, message_type: 1, private: body["private"], conversation_id: 42, created_at: 1710513300, sender: { id: 3, name: "Sam Rivera", type: "user" } };
      stored.push(message);
      if (dropNow) {
        drops++;
        return void req.socket.destroy();
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(message));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  mode = "ok";
  botToken = false;
  stored = [];
  wire = [];
  drops = 0;
});

const REF = { connection: "support", accountId: 1, conversationId: 42 } as const;
const sdk = () =>
  createUnifiedClient({
    support: chatwoot({ baseUrl, apiAccessToken: "agent-token" }),
    bot: livechatai({ baseUrl, apiKey: "k" }),
  });
const POST = "POST /api/v1/accounts/1/conversations/42/messages";
const GET = "GET /api/v1/accounts/1/conversations/42/messages";

describe("sendMessage with an idempotencyKey (Chatwoot application API)", () => {
  it("stores the key with the message (content_attributes.sdk_idempotency_key)", async () => {
    const m = await sdk().sendMessage(REF, { text: "Your refund is on its way." }, { idempotencyKey: "reply-5103" });
    expect(m.text).toBe("Your refund is on its way.");
    expect(stored).toMatchObject([{ content_attributes: { sdk_idempotency_key: "reply-5103" } }]);
    expect(wire).toEqual([POST]);
  });

  it("the server stores the message and drops the connection: the look-up finds it, nothing is sent again", async () => {
    mode = "store-then-drop";
    const m = await sdk().sendMessage(REF, { text: "Your refund is on its way." }, { idempotencyKey: "reply-5103" });
    expect(m).toMatchObject({ id: "5200", text: "Your refund is on its way.", conversationRef: REF });
    expect(stored).toHaveLength(1);
    expect(wire).toEqual([POST, GET]);
  });

  it("the connection drops before the server stores it: the look-up finds nothing, one resend", async () => {
    mode = "drop-before-store";
    const m = await sdk().sendMessage(REF, { text: "Your refund is on its way." }, { idempotencyKey: "reply-5103" });
    expect(m.id).toBe("5200");
    expect(stored).toHaveLength(1);
    expect(wire).toEqual([POST, GET, POST]);
  });

  it("a credential that may not list messages (an agent-bot token): the send's error, and no resend", async () => {
    mode = "store-then-drop";
    botToken = true;
    const error = await sdk()
      .sendMessage(REF, { text: "Your refund is on its way." }, { idempotencyKey: "reply-5103" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(stored).toHaveLength(1);
    expect(wire).toEqual([POST, GET]);
  });

  it("without a key a dropped send is never retried (the caller must check before sending again)", async () => {
    mode = "store-then-drop";
    await expect(sdk().sendMessage(REF, { text: "Your refund is on its way." })).rejects.toBeInstanceOf(ConnectionError);
    expect(wire).toEqual([POST]);
  });

  it("refuses a key the vendor cannot store, or a malformed key, before any request", async () => {
    const client = sdk();
    const publicRef = { connection: "support", inboxIdentifier: "inbox", contactIdentifier: "contact", conversationId: 42 } as const;
    await expect(client.sendMessage({ connection: "bot", conversationId: "c" }, { text: "hi" }, { idempotencyKey: "k1" })).rejects.toMatchObject({
      constructor: UnsupportedOperationError,
      vendor: "livechatai",
      operation: "sendMessage",
    });
    await expect(client.sendMessage(publicRef, { text: "hi" }, { idempotencyKey: "k1" })).rejects.toBeInstanceOf(UnsupportedOperationError);
    for (const bad of ["", "has space", "x".repeat(256), 42]) {
      await expect(client.sendMessage(REF, { text: "hi" }, { idempotencyKey: bad as string })).rejects.toMatchObject({ constructor: InvalidRequestError, parameter: "idempotencyKey" });
    }
    expect(client.capabilities("support").idempotentSend).toBe(true);
    expect(client.capabilities("bot").idempotentSend).toBe(false);
    expect(wire).toEqual([]);
  });
});
