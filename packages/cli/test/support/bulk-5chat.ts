/**
 * A 5chat-shaped test server that serves as many conversations and messages as a test asks for,
 * generated on the fly from the spec's own examples (specs/5chat.yaml), on 127.0.0.1. It can
 * answer 429 now and then, hold requests until the test releases them (to kill the CLI mid-run
 * deterministically), or behave like a hostile server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { parse } from "yaml";

interface Example {
  conversation: Record<string, unknown>;
  messages: Record<string, unknown>[];
  visitor: Record<string, unknown>;
  users: Record<string, unknown>[];
}

const spec = parse(readFileSync(new URL("../../../../specs/5chat.yaml", import.meta.url), "utf8")) as {
  paths: Record<string, { get: { responses: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }> } }>;
};
const detail = Object.values(spec.paths["/conversations/{token}/messages"]?.get.responses["200"]?.content["application/json"]?.examples ?? {})[0]?.value as Example;

/** What the server does. */
export interface BulkOptions {
  readonly conversations: number;
  readonly messagesPer: number;
  /** Answer every n-th request with 429 (`Retry-After: 0`). */
  readonly rateLimitEvery?: number;
  /** After this many message requests, hold further requests until `release()`. */
  readonly holdAfter?: number;
  /** Misbehave on every data request. */
  readonly hostile?: "html" | "truncated-json" | "500" | "echo-token";
}

/** A running bulk server. */
export interface BulkServer {
  readonly url: string;
  readonly counts: { requests: number; rateLimited: number; messageRequests: number };
  /** Resolves once a request is being held. */
  readonly held: Promise<void>;
  release(): void;
  close(): Promise<void>;
}

function conversation(i: number): Record<string, unknown> {
  return { ...detail.conversation, id: i, token: `tok${i}`, createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString() };
}

function messages(i: number, per: number): Record<string, unknown>[] {
  const template = detail.messages;
  return Array.from({ length: per }, (_, k) => ({
    ...template[k % template.length],
    id: i * 100_000 + k,
    conversationId: i,
    content: `message ${k} of conversation ${i}, with "quotes", commas, and a\nnew line`,
    createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000 + k * 1000).toISOString(),
  }));
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", "x-request-id": `bulk-${Math.random().toString(36).slice(2, 8)}`, ...headers });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

/** Start the server on a free port of 127.0.0.1. */
export async function startBulk5chat(options: BulkOptions): Promise<BulkServer> {
  const counts = { requests: 0, rateLimited: 0, messageRequests: 0 };
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  let onHeld: () => void = () => undefined;
  const held = new Promise<void>((r) => (onHeld = r));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    counts.requests++;
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const auth = req.headers.authorization ?? "";
    if (!auth.startsWith("Bearer ")) { send(res, 401, { statusCode: 401, message: "Unauthorized" }); return; }
    if (url.pathname === "/health") { send(res, 200, { status: "ok", timestamp: new Date().toISOString() }, { "x-ratelimit-limit": "600", "x-ratelimit-remaining": "599" }); return; }
    if (options.rateLimitEvery !== undefined && counts.requests % options.rateLimitEvery === 0) {
      counts.rateLimited++;
      send(res, 429, "Retry later\n", { "retry-after": "0", "content-type": "text/plain" }); return;
    }
    switch (options.hostile) {
      case "html":
        res.writeHead(200, { "content-type": "text/html" });
        return void res.end("<html><body>Sign in</body></html>");
      case "truncated-json":
        { send(res, 200, '{"data": [{"id": 1, "tok'); return; }
      case "500":
        { send(res, 500, { statusCode: 500, message: "Internal Server Error" }); return; }
      case "echo-token":
        { send(res, 403, { statusCode: 403, message: `token ${auth.slice(7)} is not allowed` }); return; }
      case undefined:
        break;
    }
    if (url.pathname === "/conversations") {
      const page = Number(url.searchParams.get("page") ?? "1");
      const limit = Number(url.searchParams.get("limit") ?? "20");
      const from = (page - 1) * limit;
      const ids = Array.from({ length: Math.max(0, Math.min(limit, options.conversations - from)) }, (_, k) => options.conversations - from - k);
      const totalPages = Math.ceil(options.conversations / limit);
      send(res, 200, { data: ids.map(conversation), total: options.conversations, page, limit, totalPages, hasNextPage: page < totalPages, hasPrevPage: page > 1 }); return;
    }
    const match = /^\/conversations\/tok(\d+)\/messages$/.exec(url.pathname);
    if (match?.[1] !== undefined) {
      counts.messageRequests++;
      if (options.holdAfter !== undefined && counts.messageRequests > options.holdAfter) {
        onHeld();
        await gate;
      }
      const i = Number(match[1]);
      send(res, 200, { ...detail, conversation: conversation(i), messages: messages(i, options.messagesPer) }); return;
    }
    send(res, 404, { statusCode: 404, message: "Not Found" });
  }

  const server = createServer((req, res) => void handle(req, res));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    held,
    release: () => { release(); },
    close: async () => {
      release();
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
