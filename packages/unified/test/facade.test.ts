/**
 * The facade against the spec-driven mock servers on 127.0.0.1 (real HTTP, real specs): every
 * request the vendor clients send must conform to the spec (no mock violations).
 */
import { startMockServers, type MockServers } from "@org/mock-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  chatwoot,
  createUnifiedClient,
  fiveChat,
  InvalidRequestError,
  livechatai,
  NotFoundError,
  SdkError,
  UnsupportedOperationError,
} from "../src/index.js";

let servers: MockServers;

function makeClient(s: MockServers) {
  return createUnifiedClient({
    widget: fiveChat({ baseUrl: s["5chat"].baseUrl, apiKey: "test-token" }),
    bot: livechatai({ baseUrl: s.livechatai.baseUrl, apiKey: "test-token", agentId: "clx1234567890abcdef" }),
    support: chatwoot({ baseUrl: s.chatwoot.baseUrl, apiAccessToken: "test-token" }),
  });
}
let sdk: ReturnType<typeof makeClient>;

const PUBLIC_REF = {
  connection: "support",
  inboxIdentifier: "Yr9bXn3KqW2vT7sL",
  contactIdentifier: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a",
  conversationId: 42,
} as const;
const ACCOUNT_REF = { connection: "support", accountId: 1, conversationId: 42 } as const;
const FIVECHAT_REF = { connection: "widget", token: "c7d1e2f3a4b5" } as const;
const LIVECHATAI_REF = { connection: "bot", conversationId: "chat_9b2e4d6f80" } as const;

beforeAll(async () => {
  servers = await startMockServers();
  sdk = makeClient(servers);
});

afterAll(async () => {
  await servers.close();
});

afterEach(() => {
  for (const v of ["5chat", "livechatai", "chatwoot"] as const) {
    expect(servers[v].violations, `${v} mock saw requests that break the spec`).toEqual([]);
    servers[v].reset();
  }
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("getConversation", () => {
  it("reads the same story from all three vendors", async () => {
    const [five, live, cw] = await Promise.all([
      sdk.getConversation(FIVECHAT_REF),
      sdk.getConversation(LIVECHATAI_REF),
      sdk.getConversation(PUBLIC_REF),
    ]);
    // LiveChatAI's conversation detail carries only the contact's id; the others carry the contact.
    expect(live.contact).toMatchObject({ id: "contact_7f3a9c2e51", name: null });
    for (const c of [five, cw]) expect(c.contact?.name).toBe("Maya Chen");
    for (const c of [five, live, cw]) {
      expect(c.status).toBe("open");
      expect(c.messages).toHaveLength(4);
      expect(c.messages[0]?.text).toBe("Hi, I was charged twice for my March invoice.");
      expect(c.messages[0]?.sender.role).toBe("contact");
      expect(c.messages.at(-1)?.createdAt).toBe("2024-03-15T14:33:30.000Z");
    }
    expect(five.vendor).toBe("5chat");
    expect(live.vendor).toBe("livechatai");
    expect(cw.vendor).toBe("chatwoot");
    // Each carries the connection and the exact reference it was read with.
    expect([five.ref, live.ref, cw.ref]).toEqual([FIVECHAT_REF, LIVECHATAI_REF, PUBLIC_REF]);
    expect(cw.messages[0]?.conversationRef).toEqual(PUBLIC_REF);
  });

  it("reads a Chatwoot conversation through the application API with the access token", async () => {
    const c = await sdk.getConversation(ACCOUNT_REF);
    expect(c.id).toBe("42");
    expect(c.contact?.name).toBe("Maya Chen");
    expect(servers.chatwoot.requests.at(-1)?.headers["api_access_token"]).toBe("[redacted]");
  });

  it("throws NotFoundError tagged with the vendor, operation and status", async () => {
    const err = await sdk.getConversation({ connection: "widget", token: "missing" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toBeInstanceOf(SdkError);
    expect(err).toMatchObject({ vendor: "5chat", status: 404, operation: { method: "GET", path: "/conversations/{token}" } });
    const cwErr = await sdk.getConversation({ ...PUBLIC_REF, conversationId: 999 }).catch((e: unknown) => e);
    expect(cwErr).toBeInstanceOf(NotFoundError);
    expect(cwErr).toMatchObject({ vendor: "chatwoot", status: 404 });
  });

  it("throws AuthenticationError for a rejected Chatwoot token, without leaking it", async () => {
    const bad = createUnifiedClient({ support: chatwoot({ baseUrl: servers.chatwoot.baseUrl, apiAccessToken: "invalid-token" }) });
    const err = await bad.getConversation(ACCOUNT_REF).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(JSON.stringify(err) + String(err)).not.toContain("invalid-token");
  });

  it("refuses a connection that was not configured, naming it, before any request", async () => {
    const only = createUnifiedClient({ support: chatwoot({ baseUrl: servers.chatwoot.baseUrl }) });
    expect(only.connections).toEqual(["support"]);
    for (const connection of ["widget", "nope", "constructor", "toString", "__proto__"]) {
      const err = await only.getConversation({ connection, token: "x" } as never).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InvalidRequestError);
      expect(err).toMatchObject({ parameter: "connection" });
      expect(String(err)).toContain(`"${connection}"`);
      expect(() => only.capabilities(connection as never)).toThrow(InvalidRequestError);
    }
    expect(servers.chatwoot.requests).toHaveLength(0);
  });

  it("honours an already-aborted signal: rejects with the caller's reason and sends nothing", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(sdk.getConversation(FIVECHAT_REF, { signal: controller.signal })).rejects.toBe(reason);
    expect(servers["5chat"].requests).toHaveLength(0);
  });
});

describe("listMessages", () => {
  it("pages through Chatwoot's `before` cursor, newest first, until an empty page", async () => {
    const pages = await collect(sdk.listMessages(PUBLIC_REF).pages());
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 0]);
    const ids = pages.flatMap((p) => p.items.map((m) => Number(m.id)));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(servers.chatwoot.requests.map((r) => r.query["before"])).toEqual([undefined, "5103", "5101"]);
  });

  it("resumes from a persisted cursor", async () => {
    const first = await sdk.listMessages(PUBLIC_REF).pages()[Symbol.asyncIterator]().next();
    const cursor = first.done === true ? undefined : first.value.nextCursor;
    expect(typeof cursor).toBe("string");
    const rest = await collect(sdk.listMessages(PUBLIC_REF, { cursor }));
    expect(rest.map((m) => m.id)).toEqual(["5102", "5101"]);
  });

  it("pages the application API the same way", async () => {
    const messages = await collect(sdk.listMessages(ACCOUNT_REF));
    expect(messages.map((m) => m.id)).toEqual(["5104", "5103", "5102", "5101"]);
  });

  it("returns 5chat and LiveChatAI messages in one page, newest first", async () => {
    for (const ref of [FIVECHAT_REF, LIVECHATAI_REF] as const) {
      const pages = await collect(sdk.listMessages(ref).pages());
      expect(pages).toHaveLength(1);
      expect(pages[0]?.nextCursor).toBeUndefined();
      expect(pages[0]?.items.at(-1)?.text).toBe("Hi, I was charged twice for my March invoice.");
    }
  });

  it("rejects a cursor issued for another vendor", async () => {
    const page = await sdk.listMessages(PUBLIC_REF).pages()[Symbol.asyncIterator]().next();
    const cursor = page.done === true ? undefined : page.value.nextCursor;
    const err = await collect(sdk.listMessages(FIVECHAT_REF, { cursor: cursor as never })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err).toMatchObject({ parameter: "cursor" });
    expect(String(err)).toContain('connection "widget"');
  });
});

describe("listConversations", () => {
  it("pages 5chat by page/limit and passes pageSize", async () => {
    const pages = await collect(sdk.listConversations("widget", { pageSize: 2 }).pages());
    expect(pages.map((p) => p.items.length)).toEqual([2, 1]);
    expect(servers["5chat"].requests.map((r) => [r.query["page"], r.query["limit"]])).toEqual([["1", "2"], ["2", "2"]]);
  });

  it("pages LiveChatAI with the configured agentId and maps the status filter (resolved → close)", async () => {
    const all = await collect(sdk.listConversations("bot", { pageSize: 2, status: "resolved" }));
    // The stateful mock filters: exactly its resolved conversations come back.
    const resolved = servers.livechatai.state.conversations().filter((c) => c.status === "resolved").map((c) => c.id);
    expect(resolved.length).toBeGreaterThan(0);
    expect(all.map((c) => c.id)).toEqual(resolved);
    expect(servers.livechatai.requests[0]?.query).toMatchObject({ agentId: "clx1234567890abcdef", perPage: "2", status: "close" });
  });

  it("pages Chatwoot's application API until the counted total is seen", async () => {
    const pages = await collect(sdk.listConversations("support", { accountId: 1 }).pages());
    expect(pages.map((p) => p.items.length)).toEqual([2, 1]);
    expect(pages.at(-1)?.nextCursor).toBeUndefined();
  });

  it("lists one contact's conversations through the public API", async () => {
    const items = await collect(sdk.listConversations("support", { inboxIdentifier: PUBLIC_REF.inboxIdentifier, contactIdentifier: PUBLIC_REF.contactIdentifier }));
    expect(items.map((c) => c.id)).toEqual(["42"]);
    expect(servers.chatwoot.requests).toHaveLength(1);
  });

  it("fails with UnsupportedOperationError where a vendor cannot filter (no silent empty result), before any request", async () => {
    expect(sdk.capabilities("widget").conversationStatusFilter).toEqual([]);
    // Types refuse these; from JavaScript they fail on the first iteration, before any request.
    await expect(collect(sdk.listConversations("widget", { status: "open" } as never))).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(collect(sdk.listConversations("bot", { status: "snoozed" } as never))).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(
      collect(sdk.listConversations("support", { inboxIdentifier: "Yr9bXn3KqW2vT7sL", contactIdentifier: "c", status: "open" } as never)),
    ).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(collect(sdk.listConversations("support", { accountId: 1, pageSize: 10 }))).rejects.toBeInstanceOf(UnsupportedOperationError);
    expect(servers["5chat"].requests).toHaveLength(0);
    expect(servers.livechatai.requests).toHaveLength(0);
    expect(servers.chatwoot.requests).toHaveLength(0);
  });

  it("lists, then fetches each listed conversation's messages with its ref: one loop, no vendor code", async () => {
    const counts: number[] = [];
    for (const [connection, filters] of [["widget", {}], ["bot", {}], ["support", { accountId: 1 }]] as const) {
      for await (const c of sdk.listConversations(connection, filters)) {
        counts.push((await collect(sdk.listMessages(c.ref))).length);
        expect(c.connection).toBe(connection);
      }
    }
    expect(counts.length).toBeGreaterThan(3);
  });

  it("stops when the caller aborts: rejects with the caller's reason, no further page asked", async () => {
    const controller = new AbortController();
    const reason = new Error("enough");
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const c of sdk.listConversations("widget", { pageSize: 2, signal: controller.signal })) {
          seen.push(c.id);
          controller.abort(reason);
        }
      })(),
    ).rejects.toBe(reason);
    expect(seen.length).toBeGreaterThan(0);
    expect(servers["5chat"].requests).toHaveLength(1);
  });
});

describe("capabilities", () => {
  it("say how each vendor pages", () => {
    expect(sdk.capabilities("support").messagePagination).toBe("before");
    expect(sdk.capabilities("widget").messagePagination).toBe("single-page");
    expect(sdk.capabilities("bot").conversationStatusFilter).toEqual(["open", "resolved"]);
  });
});
