/**
 * The public Adapter interface is enough for a fourth vendor: a made-up "Acme Tickets" API, served
 * by a tiny node:http server on 127.0.0.1 that this test starts, driven through every facade method
 * (reads, listings with cursors, capability checks, writes, withResponse) with no change to
 * @org/unified.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  type Adapter,
  type AdapterContext,
  type Capabilities,
  type ConversationOf,
  type ConversationRefOf,
  createUnifiedClient,
  InvalidPayloadError,
  InvalidRequestError,
  type MessageOf,
  UnsupportedOperationError,
  type VendorTypes,
} from "../src/index.js";

interface AcmeTicket {
  id: string;
  state: "open" | "closed";
  messages: { id: number; body: string; from: "customer" | "staff" }[];
}

interface AcmeTypes extends VendorTypes {
  readonly vendor: "acme";
  readonly ref: { readonly ticketId: string };
  readonly filters: { readonly queue?: string };
  readonly client: { readonly baseUrl: string };
  readonly writes: "sendMessage" | "setStatus";
  readonly statuses: "resolved";
  readonly rawConversation: AcmeTicket;
  readonly rawMessage: AcmeTicket["messages"][number];
  readonly rawContact: never;
}

// --- the server: five tickets, two per page; ticket t1 has five messages, paged backwards by id.
const seen: { method: string; url: string; body: unknown }[] = [];
const tickets: AcmeTicket[] = ["t1", "t2", "t3", "t4", "t5"].map((id) => ({
  id,
  state: "open",
  messages: id === "t1" ? [1, 2, 3, 4, 5].map((n) => ({ id: n, body: `message ${n}`, from: n % 2 === 1 ? "customer" : "staff" })) : [],
}));
let server: Server;
let baseUrl: string;

async function readBody(req: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  return text === "" ? undefined : (JSON.parse(text) as unknown);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body = await readBody(req);
      seen.push({ method: req.method ?? "", url: url.pathname + url.search, body });
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { "content-type": "application/json", "x-request-id": `acme-${seen.length}` });
        res.end(JSON.stringify(json));
      };
      const [, resource, id, sub] = url.pathname.split("/");
      const ticket = tickets.find((t) => t.id === id);
      if (resource !== "tickets") { send(404, { error: "not found" }); return; }
      if (id === undefined) {
        const page = Number(url.searchParams.get("page") ?? "1");
        const size = Number(url.searchParams.get("size") ?? "2");
        send(200, { items: tickets.slice((page - 1) * size, page * size), more: page * size < tickets.length }); return;
      }
      if (ticket === undefined) { send(404, { error: "no such ticket" }); return; }
      if (sub === undefined) { send(200, ticket); return; }
      if (sub === "messages" && req.method === "GET") {
        const before = Number(url.searchParams.get("before") ?? Infinity);
        send(200, ticket.messages.filter((m) => m.id < before).slice(-2)); return;
      }
      if (sub === "messages" && req.method === "POST") {
        const message = { id: ticket.messages.length + 1, body: (body as { text: string }).text, from: "staff" as const };
        ticket.messages.push(message);
        send(201, message); return;
      }
      if (sub === "close" && req.method === "POST") {
        ticket.state = "closed";
        send(200, ticket); return;
      }
      send(405, { error: "method" });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
});

beforeEach(() => {
  seen.length = 0;
});

// --- the adapter: everything a vendor needs, written against the public interface only.
const ACME_CAPABILITIES: Capabilities = {
  vendor: "acme",
  messagePagination: "before",
  conversationPagination: "page",
  maxPageSize: 3,
  conversationStatusFilter: [],
  conversationMessages: "all",
  sendMessage: { private: false, attachments: false },
  setStatus: ["resolved"],
  snoozedUntil: false,
  assign: false,
  setTags: false,
  webhooks: false,
  notes: [],
};

function acme(options: { baseUrl: string }): Adapter<AcmeTypes> {
  const get = async (path: string, signal: AbortSignal | undefined) => {
    const response = await fetch(`${options.baseUrl}${path}`, { signal });
    return { json: (await response.json()) as unknown, response };
  };
  const post = async (path: string, body: unknown, signal: AbortSignal | undefined) => {
    const response = await fetch(`${options.baseUrl}${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" }, signal });
    return { json: (await response.json()) as unknown, response };
  };
  const isTicket = (v: unknown): v is AcmeTicket => typeof v === "object" && v !== null && typeof (v as { id?: unknown }).id === "string";
  const ticketOf = (v: unknown, operation: string): AcmeTicket => {
    if (!isTicket(v)) throw new InvalidPayloadError({ vendor: "acme", operation, path: "$.id", detail: "expected a ticket" });
    return v;
  };
  const message = (m: AcmeTicket["messages"][number], ticketId: string, { connection }: AdapterContext): MessageOf<AcmeTypes> => {
    const ref = { connection, ticketId } as ConversationRefOf<AcmeTypes>;
    return {
      vendor: "acme",
      connection,
      conversationRef: ref,
      id: String(m.id),
      conversationId: ticketId,
      text: m.body,
      createdAt: null,
      sender: { role: m.from === "customer" ? "contact" : "agent", id: null, name: null },
      private: false,
      attachments: [],
      raw: m,
    };
  };
  const conversation = (t: AcmeTicket, context: AdapterContext): ConversationOf<AcmeTypes> => ({
    vendor: "acme",
    connection: context.connection,
    ref: { connection: context.connection, ticketId: t.id },
    id: t.id,
    status: t.state === "closed" ? "resolved" : "open",
    createdAt: null,
    updatedAt: null,
    lastMessageAt: null,
    closedAt: null,
    contact: null,
    assignee: null,
    tags: [],
    summary: null,
    rating: null,
    channel: "api",
    messages: t.messages.map((m) => message(m, t.id, context)),
    raw: t,
  });
  return {
    vendor: "acme",
    capabilities: ACME_CAPABILITIES,
    client: { baseUrl: options.baseUrl },
    checkRef(ref) {
      if (typeof ref["ticketId"] !== "string" || Object.keys(ref).length !== 1) throw new InvalidRequestError({ vendor: "acme", reason: "invalid_option", parameter: "ticketId", detail: "an acme reference is { ticketId }" });
      return { ticketId: ref["ticketId"] };
    },
    checkFilters(filters) {
      return typeof filters["queue"] === "string" ? { queue: filters["queue"] } : {};
    },
    async getConversation(ref, context) {
      const { json, response } = await get(`/tickets/${encodeURIComponent(ref.ticketId)}`, context.signal);
      return { data: conversation(ticketOf(json, "getConversation"), context), response };
    },
    async messagesPage(ref, cursor, context) {
      const before = cursor !== undefined && "before" in cursor ? `?before=${cursor.before}` : "";
      const { json } = await get(`/tickets/${encodeURIComponent(ref.ticketId)}/messages${before}`, context.signal);
      const page = json as AcmeTicket["messages"];
      return { items: page.map((m) => message(m, ref.ticketId, context)).reverse(), nextCursor: page.length === 0 ? undefined : { before: Math.min(...page.map((m) => m.id)) } };
    },
    async conversationsPage(_filters, cursor, context) {
      const page = cursor !== undefined && "page" in cursor ? cursor.page : 1;
      const { json } = await get(`/tickets?page=${page}&size=${context.pageSize ?? 2}`, context.signal);
      const body = json as { items: AcmeTicket[]; more: boolean };
      return { items: body.items.map((t) => conversation(t, context)), nextCursor: body.more ? { page: page + 1 } : undefined };
    },
    async sendMessage(ref, outgoing, context) {
      const { json, response } = await post(`/tickets/${encodeURIComponent(ref.ticketId)}/messages`, { text: outgoing.text }, context.signal);
      return { data: message(json as AcmeTicket["messages"][number], ref.ticketId, context), response };
    },
    async setStatus(ref, _status, _options, context) {
      const { json, response } = await post(`/tickets/${encodeURIComponent(ref.ticketId)}/close`, {}, context.signal);
      const ticket = conversation(ticketOf(json, "setStatus"), context);
      return { data: { ref: ticket.ref, status: ticket.status, snoozedUntil: null }, response };
    },
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("a fourth vendor through the public Adapter interface", () => {
  const sdk = () => createUnifiedClient({ helpdesk: acme({ baseUrl }) });

  it("reads a conversation whose ref round-trips, typed by the adapter", async () => {
    const c = await sdk().getConversation({ connection: "helpdesk", ticketId: "t1" });
    expectTypeOf(c.raw).toEqualTypeOf<AcmeTicket>();
    expectTypeOf(c.ref).toEqualTypeOf<ConversationRefOf<AcmeTypes, "helpdesk">>();
    expect(c).toMatchObject({ vendor: "acme", connection: "helpdesk", id: "t1", status: "open", ref: { connection: "helpdesk", ticketId: "t1" } });
    expect((await sdk().getConversation(c.ref)).id).toBe("t1");
  });

  it("pages messages backwards with `before` cursors, and resumes from one", async () => {
    const pages = await collect(sdk().listMessages({ connection: "helpdesk", ticketId: "t1" }).pages());
    expect(pages.map((p) => p.items.map((m) => m.id))).toEqual([["5", "4"], ["3", "2"], ["1"], []]);
    const resumed = await collect(sdk().listMessages({ connection: "helpdesk", ticketId: "t1" }, { cursor: pages[1]?.cursor }));
    expect(resumed.map((m) => m.id)).toEqual(["3", "2", "1"]);
  });

  it("pages conversations with page cursors and pageSize, checked against maxPageSize before any request", async () => {
    const pages = await collect(sdk().listConversations("helpdesk", { pageSize: 3 }).pages());
    expect(pages.map((p) => p.items.map((c) => c.id))).toEqual([["t1", "t2", "t3"], ["t4", "t5"]]);
    expect(pages[0]?.nextCursor).toBe('acme:conversations:{"page":2}');
    seen.length = 0;
    const err = await collect(sdk().listConversations("helpdesk", { pageSize: 4 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err).toMatchObject({ parameter: "pageSize" });
    expect(seen).toHaveLength(0);
  });

  it("refuses a status filter, a foreign cursor and an unsupported write before any request", async () => {
    const client = sdk();
    await expect(collect(client.listConversations("helpdesk", { status: "open" } as never))).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(collect(client.listConversations("helpdesk", { cursor: 'acme:messages:{"before":3}' as never }))).rejects.toMatchObject({ parameter: "cursor" });
    // @ts-expect-error -- the adapter's type says it cannot assign.
    await expect(client.assign({ connection: "helpdesk", ticketId: "t1" }, { agentId: 1 })).rejects.toBeInstanceOf(UnsupportedOperationError);
    // @ts-expect-error -- nor reopen.
    await expect(client.setStatus({ connection: "helpdesk", ticketId: "t1" }, "open")).rejects.toBeInstanceOf(UnsupportedOperationError);
    expect(seen).toHaveLength(0);
  });

  it("writes, returning normalized objects and the response", async () => {
    const client = sdk();
    const m = await client.sendMessage({ connection: "helpdesk", ticketId: "t2" }, { text: "hello" });
    expect(m).toMatchObject({ vendor: "acme", text: "hello", sender: { role: "agent" }, conversationRef: { connection: "helpdesk", ticketId: "t2" } });
    const { data, requestId } = await client.setStatus({ connection: "helpdesk", ticketId: "t2" }, "resolved").withResponse();
    expect(data.status).toBe("resolved");
    expect(requestId).toBe("acme-2");
    expect(seen.map((r) => [r.method, r.url, r.body])).toEqual([
      ["POST", "/tickets/t2/messages", { text: "hello" }],
      ["POST", "/tickets/t2/close", {}],
    ]);
  });

  it("exposes its capabilities and its client", () => {
    expect(sdk().capabilities("helpdesk").setStatus).toEqual(["resolved"]);
    expect(sdk().vendorClient("helpdesk")).toEqual({ baseUrl });
  });

  it("sits next to the built-in adapters in one client", async () => {
    const { chatwoot } = await import("../src/index.js");
    const mixed = createUnifiedClient({ helpdesk: acme({ baseUrl }), support: chatwoot({ baseUrl: "https://chat.example.com" }) });
    expect(mixed.connections).toEqual(["helpdesk", "support"]);
    expectTypeOf<Parameters<typeof mixed.capabilities>[0]>().toEqualTypeOf<"helpdesk" | "support">();
  });
});
