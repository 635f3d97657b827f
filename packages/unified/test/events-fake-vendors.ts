/**
 * Small stateful vendors for the event-stream tests, on node:http at 127.0.0.1: LiveChatAI
 * (listing newest `lastMessageDate` first, page-sized by the server) and 5chat (listing order
 * undocumented; here oldest first). Scripted failures (`failNext`) answer with any status, headers
 * and body; every request is recorded with the fake clock's time.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** The real timer, captured before a test fakes `setTimeout`: a slow vendor is slow in real time. */
const realSetTimeout = globalThis.setTimeout;

export interface FakeMessage {
  id: string;
  text: string;
  from: "contact" | "agent" | "bot";
  createdAt: string;
}
export interface FakeConversation {
  id: string;
  createdAt: string;
  resolved: boolean;
  messages: FakeMessage[];
}
export interface Failure {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Only requests whose path starts with this fail (default: any). */
  path?: string;
}

export interface FakeVendor {
  readonly baseUrl: string;
  readonly conversations: Map<string, FakeConversation>;
  /** Requests served: method, path and Date.now() (faked in tests) when they arrived. */
  readonly requests: { path: string; at: number }[];
  /** Answer the next `times` matching requests with `failure`. */
  failNext(failure: Failure, times?: number): void;
  /** Answer every request with `failure` from now on. */
  failAlways(failure: Failure): void;
  addConversation(id: string, at: string, text?: string): FakeConversation;
  addMessage(conversationId: string, text: string, at: string, from?: FakeMessage["from"]): FakeMessage;
  close(): Promise<void>;
}

type Shape = "livechatai" | "5chat";

function lastAt(c: FakeConversation): string {
  return c.messages.at(-1)?.createdAt ?? c.createdAt;
}

function render(shape: Shape, url: URL, conversations: FakeConversation[], pageSize: number): unknown {
  const byId = new Map(conversations.map((c) => [c.id, c]));
  const detail = /^\/conversations\/([^/]+)(\/messages)?$/.exec(url.pathname);
  if (shape === "livechatai") {
    if (url.pathname === "/conversations") {
      const page = Number(url.searchParams.get("page") ?? "1");
      const sorted = [...conversations].sort((a, b) => (lastAt(a) < lastAt(b) ? 1 : -1));
      const items = sorted.slice((page - 1) * pageSize, page * pageSize).map((c) => ({ id: c.id, createdAt: c.createdAt, lastMessageDate: lastAt(c), isResolved: c.resolved }));
      return { status: "success", data: { conversations: items, meta: { totalPages: Math.max(1, Math.ceil(sorted.length / pageSize)), currentPage: page } } };
    }
    const c = detail ? byId.get(detail[1] ?? "") : undefined;
    if (c === undefined) return undefined;
    const messages = c.messages.map((m) => ({ id: m.id, content: m.text, role: m.from === "contact" ? "user" : "assistant", createdAt: m.createdAt }));
    return { status: "success", data: { id: c.id, createdAt: c.createdAt, lastMessageDate: lastAt(c), isResolved: c.resolved, messages } };
  }
  if (url.pathname === "/conversations") {
    const page = Number(url.searchParams.get("page") ?? "1");
    const items = conversations.slice((page - 1) * pageSize, page * pageSize).map((c) => ({ id: Number(c.id.replace(/\D/g, "")) || 1, token: c.id, createdAt: c.createdAt, status: c.resolved ? "CLOSED" : "OPEN" }));
    return { data: items, total: conversations.length, page, limit: pageSize, hasNextPage: page * pageSize < conversations.length, hasPrevPage: page > 1 };
  }
  const c = detail ? byId.get(detail[1] ?? "") : undefined;
  if (c === undefined) return undefined;
  const messages = c.messages.map((m) => ({ id: m.id, content: m.text, senderType: m.from === "contact" ? "visitor" : m.from, createdAt: m.createdAt }));
  return { conversation: { token: c.id, createdAt: c.createdAt, status: c.resolved ? "CLOSED" : "OPEN" }, messages, visitor: { id: 1, name: "Ada" }, users: [] };
}

/** Start a fake vendor on a free port of 127.0.0.1. */
export async function startFakeVendor(shape: Shape, { pageSize = 2, latencyMs = 0 }: { pageSize?: number; latencyMs?: number } = {}): Promise<FakeVendor> {
  const conversations = new Map<string, FakeConversation>();
  const requests: { path: string; at: number }[] = [];
  const failures: { failure: Failure; times: number }[] = [];
  let counter = 0;
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({ path: url.pathname, at: Date.now() });
    const failing = failures.find((f) => f.times > 0 && url.pathname.startsWith(f.failure.path ?? "/"));
    if (failing !== undefined) {
      failing.times--;
      res.writeHead(failing.failure.status, { "content-type": "application/json", ...failing.failure.headers });
      res.end(failing.failure.body ?? JSON.stringify({ error: "scripted" }));
      return;
    }
    const body = render(shape, url, [...conversations.values()], pageSize);
    res.writeHead(body === undefined ? 404 : 200, { "content-type": "application/json" });
    res.end(JSON.stringify(body ?? { error: "not found" }));
  };
  // `latencyMs`: each answer waits that long in real time (a loaded machine, a slow network).
  const delayed = (req: IncomingMessage, res: ServerResponse): void => {
    realSetTimeout(() => {
      handler(req, res);
    }, latencyMs);
  };
  const server: Server = createServer(latencyMs === 0 ? handler : delayed);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const addMessage: FakeVendor["addMessage"] = (conversationId, text, at, from = "contact") => {
    const c = conversations.get(conversationId);
    if (c === undefined) throw new Error(`no conversation ${conversationId}`);
    const m: FakeMessage = { id: `m${++counter}`, text, from, createdAt: at };
    c.messages.push(m);
    return m;
  };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    conversations,
    requests,
    failNext: (failure, times = 1) => void failures.push({ failure, times }),
    failAlways: (failure) => void failures.push({ failure, times: Number.POSITIVE_INFINITY }),
    addConversation(id, at, text) {
      const c: FakeConversation = { id, createdAt: at, resolved: false, messages: [] };
      conversations.set(id, c);
      if (text !== undefined) addMessage(id, text, at);
      return c;
    },
    addMessage,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
