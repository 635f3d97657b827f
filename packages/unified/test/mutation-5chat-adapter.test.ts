/**
 * The 5chat adapter against a 127.0.0.1 server the test controls: references and filters refused
 * before any request (with the words of each refusal), the query it sends, where a listing stops,
 * the JSON path of a bad token, and an HTTP error thrown as its typed error. Written for the
 * survivors of the mutation run on src/adapters/5chat/adapter.ts (stryker/README.md).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUnifiedClient, fiveChat, InvalidPayloadError, InvalidRequestError, NotFoundError } from "../src/index.js";

interface Seen {
  url: string;
}
let server: Server;
let seen: Seen[] = [];
let answer: (url: URL) => { status: number; body: unknown } = () => ({ status: 200, body: {} });

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? "" });
    const { status, body } = answer(new URL(req.url ?? "/", "http://127.0.0.1"));
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
});

const sdk = () => createUnifiedClient({ w: fiveChat({ baseUrl: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`, apiKey: "test-key", maxRetries: 0 }) });

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing failed");
}

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe("5chat adapter", () => {
  it("refuses a reference with another key, suggesting token, before any request", async () => {
    const error = await failure(() => sdk().getConversation({ connection: "w", conversationId: "x" } as never));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toContain('unknown key "conversationId" in the reference; did you mean "token"? (accepted: token)');
    const empty = await failure(() => sdk().getConversation({ connection: "w", token: "" }));
    expect((empty as Error).message).toContain('token in a reference to connection "w" (5chat) must be a non-empty string, got a string');
    expect(seen).toEqual([]);
  });

  it("refuses bad filters before any request, and sends lang only when given", async () => {
    const bad = await failure(() => collect(sdk().listConversations("w", { lang: 5 } as never)));
    expect((bad as Error).message).toContain('lang in listConversations("w") filters must be a non-empty string, got an integer');
    const unknown = await failure(() => collect(sdk().listConversations("w", { language: "en" } as never)));
    expect((unknown as Error).message).toContain('unknown key "language" in listConversations filters');
    expect(seen).toEqual([]);

    answer = () => ({ status: 200, body: { data: [], hasNextPage: false } });
    await collect(sdk().listConversations("w", { lang: "en" }));
    await collect(sdk().listConversations("w"));
    await collect(sdk().listConversations("w", { pageSize: 5 }));
    expect(seen.map((s) => new URL(s.url, "http://h").searchParams.toString())).toEqual(["page=1&lang=en", "page=1", "page=1&limit=5"]);
  });

  it("stops listing at an empty page even when the server says there is a next one", async () => {
    answer = (url) => (url.searchParams.get("page") === "1" ? { status: 200, body: { data: [{ token: "a" }], hasNextPage: true } } : { status: 200, body: { data: [], hasNextPage: true } });
    const items = await collect(sdk().listConversations("w"));
    expect(items.map((c) => c.id)).toEqual(["a"]);
    expect(seen).toHaveLength(2);
  });

  it("names the JSON path of a bad token in a detail body and in a list item", async () => {
    answer = () => ({ status: 200, body: { conversation: { token: "" }, messages: [] } });
    const detail = await failure(() => sdk().getConversation({ connection: "w", token: "t" }));
    expect(detail).toBeInstanceOf(InvalidPayloadError);
    expect(detail).toMatchObject({ path: "$.conversation.token", operation: "GET /conversations/{token}" });
    answer = () => ({ status: 200, body: { data: [{ token: null }], hasNextPage: false } });
    const listed = await failure(() => collect(sdk().listConversations("w")));
    expect(listed).toMatchObject({ path: "$.data[0].token", operation: "GET /conversations" });
  });

  it("lists a conversation's messages newest first", async () => {
    answer = () => ({ status: 200, body: { conversation: { token: "t" }, messages: [{ id: "1", content: "first" }, { id: "2", content: "second" }] } });
    const messages = await collect(sdk().listMessages({ connection: "w", token: "t" }));
    expect(messages.map((m) => m.text)).toEqual(["second", "first"]);
  });

  it("throws a 404 as NotFoundError", async () => {
    answer = () => ({ status: 404, body: { message: "no such conversation" } });
    expect(await failure(() => sdk().getConversation({ connection: "w", token: "t" }))).toBeInstanceOf(NotFoundError);
  });
});
