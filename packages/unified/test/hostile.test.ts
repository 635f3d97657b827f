/**
 * Hostile servers and careless callers. A node:http server on 127.0.0.1 (started here) answers with
 * whatever body a test sets; every failure must be a typed SdkError (InvalidPayloadError with the
 * JSON path for a 2xx of the wrong shape, InvalidRequestError naming the caller's word for bad
 * input) — never a TypeError, never a conversation with an empty id, never a skipped page or a loop.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  chatwoot,
  createUnifiedClient,
  fiveChat,
  InvalidPayloadError,
  InvalidRequestError,
  livechatai,
  normalizeConversation,
  normalizeMessage,
  SdkError,
  UnsupportedOperationError,
} from "../src/index.js";
import { settledUnderFakeTime } from "./fake-time.js";

type Answer = (url: URL, method: string) => unknown;
let answer: Answer = () => ({});
let status = 200;
const requests: string[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(`${req.method ?? ""} ${url.pathname}${url.search}`);
    req.resume();
    req.on("end", () => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(answer(url, req.method ?? "")));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
});

beforeEach(() => {
  requests.length = 0;
  status = 200;
});

function client() {
  const transport = { baseUrl, maxRetries: 0 };
  return createUnifiedClient({
    widget: fiveChat({ ...transport, apiKey: "test-token" }),
    bot: livechatai({ ...transport, apiKey: "test-token", agentId: "agent" }),
    support: chatwoot({ ...transport, apiAccessToken: "test-token" }),
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const SHAPES: readonly [string, unknown][] = [
  ["null", null],
  ["a string", "hello"],
  ["an array of numbers", [1, 2, 3]],
  ["an empty object", {}],
  ["data of junk", { data: [null, 1, "x"] }],
  ["conversations not an array", { status: "success", data: { conversations: "x", meta: {} } }],
  ["payload not an array", { payload: "x", data: { payload: "x", meta: {} } }],
  ["null id", { id: null, token: null, data: { id: null } }],
  ["empty id", { id: "", token: "", data: { id: "" } }],
];

describe("a 2xx of the wrong shape is an InvalidPayloadError with the JSON path, for every operation", () => {
  let sdk: ReturnType<typeof client>;
  beforeAll(() => {
    sdk = client();
  });
  const operations: readonly [string, () => Promise<unknown>][] = [
    ["5chat getConversation", () => sdk.getConversation({ connection: "widget", token: "t" })],
    ["5chat listMessages", () => collect(sdk.listMessages({ connection: "widget", token: "t" }))],
    ["5chat listConversations", () => collect(sdk.listConversations("widget"))],
    ["livechatai getConversation", () => sdk.getConversation({ connection: "bot", conversationId: "c" })],
    ["livechatai listMessages", () => collect(sdk.listMessages({ connection: "bot", conversationId: "c" }))],
    ["livechatai listConversations", () => collect(sdk.listConversations("bot"))],
    ["livechatai sendMessage", () => sdk.sendMessage({ connection: "bot", conversationId: "c" }, { text: "hi" })],
    ["livechatai setStatus", () => sdk.setStatus({ connection: "bot", conversationId: "c" }, "resolved")],
    ["chatwoot getConversation (account)", () => sdk.getConversation({ connection: "support", accountId: 1, conversationId: 2 })],
    ["chatwoot getConversation (public)", () => sdk.getConversation({ connection: "support", inboxIdentifier: "i", contactIdentifier: "c", conversationId: 2 })],
    ["chatwoot listMessages (account)", () => collect(sdk.listMessages({ connection: "support", accountId: 1, conversationId: 2 }))],
    ["chatwoot listMessages (public)", () => collect(sdk.listMessages({ connection: "support", inboxIdentifier: "i", contactIdentifier: "c", conversationId: 2 }))],
    ["chatwoot listConversations (account)", () => collect(sdk.listConversations("support", { accountId: 1 }))],
    ["chatwoot listConversations (public)", () => collect(sdk.listConversations("support", { inboxIdentifier: "i", contactIdentifier: "c" }))],
    ["chatwoot sendMessage", () => sdk.sendMessage({ connection: "support", accountId: 1, conversationId: 2 }, { text: "hi" })],
    ["chatwoot setStatus", () => sdk.setStatus({ connection: "support", accountId: 1, conversationId: 2 }, "open")],
    ["chatwoot assign", () => sdk.assign({ connection: "support", accountId: 1, conversationId: 2 }, { agentId: 3 })],
    ["chatwoot setTags", () => sdk.setTags({ connection: "support", accountId: 1, conversationId: 2 }, ["x"])],
  ];

  for (const [shapeName, body] of SHAPES) {
    it(`answers ${shapeName}`, async () => {
      answer = () => body;
      for (const [name, run] of operations) {
        const outcome = await run().then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        // Chatwoot's assignments answers the JSON literal null when it unassigned (an agent id that is not a user of the account).
        if (name === "chatwoot assign" && body === null) {
          expect(outcome).toEqual({ value: { ref: { connection: "support", accountId: 1, conversationId: 2 }, agent: null, team: undefined } });
          continue;
        }
        expect("error" in outcome, `${name} accepted ${shapeName}: ${JSON.stringify("value" in outcome ? outcome.value : null)}`).toBe(true);
        const error = "error" in outcome ? outcome.error : undefined;
        expect(error, `${name}: ${String(error)}`).toBeInstanceOf(SdkError);
        expect(error, `${name}: ${String(error)}`).not.toBeInstanceOf(TypeError);
        if (error instanceof InvalidPayloadError) {
          expect(error.path, name).toMatch(/^\$/);
          expect(error.vendor, name).toMatch(/^(5chat|livechatai|chatwoot)$/);
        }
      }
    });
  }

  it("names the first offending field", async () => {
    answer = () => ({ data: [{ token: "ok" }, { token: null }], hasNextPage: false });
    const err = await collect(sdk.listConversations("widget")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidPayloadError);
    expect(err).toMatchObject({ vendor: "5chat", operation: "GET /conversations", path: "$.data[1].token" });
  });
});

describe("writes that are not idempotent are never retried", () => {
  it("sends a message once, even with retryPost, maxRetries and a shouldRetry that says yes", async () => {
    status = 503;
    answer = () => ({ error: "unavailable" });
    const eager = { baseUrl, maxRetries: 5, retryPost: true, shouldRetry: () => true };
    const sdk = createUnifiedClient({
      support: chatwoot({ ...eager, apiAccessToken: "test-token" }),
      bot: livechatai({ ...eager, apiKey: "test-token" }),
    });
    // Under fake time a retry would happen at once and show as a second POST below, not as a timeout.
    const support = await settledUnderFakeTime(() => sdk.sendMessage({ connection: "support", accountId: 1, conversationId: 2 }, { text: "hi" }));
    const bot = await settledUnderFakeTime(() => sdk.sendMessage({ connection: "bot", conversationId: "c" }, { text: "hi" }));
    expect(support.error).toBeInstanceOf(SdkError);
    expect(bot.error).toBeInstanceOf(SdkError);
    expect(requests).toEqual(["POST /api/v1/accounts/1/conversations/2/messages", "POST /conversations/c/reply"]);
  });
});

describe("pagination metadata", () => {
  it("LiveChatAI page counts sent as strings are read as numbers: every page once, in order, and the listing ends", async () => {
    answer = (url) => {
      const page = url.searchParams.get("page") ?? "1";
      return { status: "success", data: { conversations: [{ id: `c${page}` }], meta: { currentPage: page, totalPages: "3", total: "3", perPage: "1" } } };
    };
    const items = await collect(client().listConversations("bot"));
    expect(items.map((c) => c.id)).toEqual(["c1", "c2", "c3"]);
    expect(requests.map((r) => new URL(r.split(" ")[1] ?? "", baseUrl).searchParams.get("page"))).toEqual(["1", "2", "3"]);
  });

  it("refuses page counts that are not unambiguous numbers", async () => {
    answer = () => ({ status: "success", data: { conversations: [{ id: "c" }], meta: { totalPages: "3 pages" } } });
    await expect(collect(client().listConversations("bot"))).rejects.toMatchObject({ path: "$.data.meta.totalPages" });
  });

  it("a server that leads back to a page already listed stops with an InvalidPayloadError, not a loop", async () => {
    answer = () => [{ id: 7 }];
    const err = await collect(client().listMessages({ connection: "support", inboxIdentifier: "i", contactIdentifier: "c", conversationId: 2 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidPayloadError);
    expect(requests).toHaveLength(2);
  });

  it("Chatwoot message ids sent as strings give a cursor the same listing accepts", async () => {
    answer = (url) => (url.searchParams.get("before") === null ? [{ id: "5103" }, { id: "5104" }] : []);
    const sdk = client();
    const ref = { connection: "support", inboxIdentifier: "i", contactIdentifier: "c", conversationId: 2 } as const;
    const [first] = await collect(sdk.listMessages(ref).pages());
    expect(first?.nextCursor).toBe('chatwoot:messages:{"before":5103}');
    expect(await collect(sdk.listMessages(ref, { cursor: first?.nextCursor }))).toEqual([]);
  });
});

describe("careless callers are refused before any request, in their own words", () => {
  let sdk: ReturnType<typeof client>;
  beforeAll(() => {
    sdk = client();
  });
  const ref = { connection: "support", accountId: 1, conversationId: 2 } as const;

  it("cursors: only what the SDK emits", async () => {
    for (const cursor of ['chatwoot:messages:{"before":0}', 'chatwoot:messages:{"before":-1}', 'chatwoot:messages:{"before":1.5}', 'chatwoot:messages:{"before":1e308}', 'chatwoot:messages:{"before":"3"}', 'chatwoot:messages:{"before":3,"x":1}', "garbage", 42]) {
      const err = await collect(sdk.listMessages(ref, { cursor: cursor as never })).catch((e: unknown) => e);
      expect(err, String(cursor)).toBeInstanceOf(InvalidRequestError);
      expect(err).toMatchObject({ parameter: "cursor" });
    }
    for (const cursor of ['5chat:conversations:{"page":0}', '5chat:conversations:{"page":99999999999}', '5chat:conversations:{"page":2.5}']) {
      await expect(collect(sdk.listConversations("widget", { cursor: cursor as never }))).rejects.toMatchObject({ parameter: "cursor" });
    }
    expect(requests).toHaveLength(0);
  });

  it("pageSize: an integer from 1 to the vendor's maximum; refused where the vendor fixes it", async () => {
    for (const pageSize of [-1, 0, 1.5, 1e9, Number.NaN, Infinity, "10"]) {
      await expect(collect(sdk.listConversations("widget", { pageSize: pageSize as never }))).rejects.toMatchObject({ parameter: "pageSize" });
    }
    await expect(collect(sdk.listConversations("support", { accountId: 1, pageSize: 10 }))).rejects.toBeInstanceOf(UnsupportedOperationError);
    expect(requests).toHaveLength(0);
  });

  it("references: missing, mistyped or misspelt ids name the caller's key", async () => {
    await expect(sdk.getConversation({ connection: "support", conversationId: 2 } as never)).rejects.toMatchObject({ parameter: "accountId" });
    for (const bad of [Number.NaN, Infinity, -1, 0, 1.5, "2"]) {
      await expect(sdk.getConversation({ ...ref, conversationId: bad as never })).rejects.toMatchObject({ parameter: "conversationId" });
    }
    await expect(sdk.getConversation({ connection: "support", accountId: 1, conversation_id: 2 } as never)).rejects.toThrow(/did you mean "conversationId"/);
    await expect(sdk.getConversation({ connection: "widget", tokn: "t" } as never)).rejects.toThrow(/did you mean "token"/);
    await expect(sdk.getConversation({ connection: "nope", token: "t" } as never)).rejects.toMatchObject({ parameter: "connection" });
    expect(requests).toHaveLength(0);
  });

  it("adapter options: unknown keys refused at creation, with a suggestion", () => {
    expect(() => livechatai({ apiKey: "x", agent_id: "a" } as never)).toThrow(/did you mean "agentId"/);
    // The vendor clients check their options (@org/runtime); the facade passes them through unchanged.
    expect(() => chatwoot({ baseUrl, apiKey: "x" } as never)).toThrow(/unknown option "apiKey"/);
    expect(() => fiveChat({ baseURL: baseUrl, apiKey: "x" } as never)).toThrow(/did you mean "baseUrl"/);
    expect(() => livechatai({ apiKey: "x", timeout: 5 } as never)).toThrow(/did you mean "timeoutMs"/);
  });

  it("client config: anything that is not an adapter is refused, naming its key", () => {
    expect(() => createUnifiedClient({ livechat: { apiKey: "x" }, logger: console } as never)).toThrow(/connection "livechat" is not an adapter/);
    expect(() => createUnifiedClient({ chatwoot: { baseUrl } } as never)).toThrow(/0\.x took options here; 1\.0 takes an adapter: chatwoot\(/);
    expect(() => createUnifiedClient({} as never)).toThrow(InvalidRequestError);
  });
});

describe("normalizers: plain JSON only, and linear", () => {
  it("refuse Date, Map, RegExp, boxed primitives, class instances, throwing getters and revoked proxies", () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const throwing = Object.defineProperty({}, "id", { enumerable: true, get: () => { throw new RangeError("boom"); } });
    class Ticket {
      id = 1;
    }
    for (const payload of [new Date(), new Map(), /x/, Object(1) as unknown, Object("x") as unknown, new Ticket(), throwing, revocable.proxy]) {
      for (const vendor of ["5chat", "livechatai", "chatwoot"] as const) {
        expect(() => normalizeConversation(vendor, payload), vendor).toThrow(InvalidPayloadError);
        expect(() => normalizeMessage(vendor, payload)).toThrow(InvalidPayloadError);
      }
    }
  });

  it("5chat reads users[] once, whatever the number of messages", () => {
    let reads = 0;
    const users = Array.from({ length: 300 }, (_, i) => Object.defineProperty({ name: `u${i}` }, "id", { enumerable: true, get: () => (reads++, `u${i}`) }));
    const messages = Array.from({ length: 300 }, (_, i) => ({ id: i, userId: `u${i}`, content: "x" }));
    const c = normalizeConversation("5chat", { conversation: { token: "t", assigneeId: "u1" }, users, messages });
    expect(c.messages[299]?.sender.name).toBe("u299");
    expect(reads).toBe(300);
  });
});
