import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server saw it. */
export interface Hit {
  method: string;
  /** The raw request target exactly as sent (path + query, not normalized). */
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A handler gets the request, the response and the 1-based attempt number for this server. */
export type Handler = (req: IncomingMessage, res: ServerResponse, hit: Hit, count: number) => void | Promise<void>;

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request received, in order. */
  readonly hits: Hit[];
  /** Resolves when the n-th request (1-based) has arrived. */
  waitForHit(n: number): Promise<Hit>;
  close(): Promise<void>;
}

const servers = new Set<Server>();

/**
 * Starts an HTTP server on 127.0.0.1 with an ephemeral port. Requests are counted server-side.
 *
 * @param handler - Answers each request.
 * @returns The running server.
 */
export async function startServer(handler: Handler): Promise<TestServer> {
  const hits: Hit[] = [];
  const waiters: { n: number; resolve: (hit: Hit) => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const hit: Hit = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      hits.push(hit);
      for (const w of waiters.filter((x) => x.n === hits.length)) w.resolve(hit);
      void Promise.resolve(handler(req, res, hit, hits.length)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  servers.add(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    waitForHit: (n) => {
      const existing = hits[n - 1];
      if (existing !== undefined) return Promise.resolve(existing);
      return new Promise<Hit>((resolve) => waiters.push({ n, resolve }));
    },
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  servers.delete(server);
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => { resolve(); }));
}

/** Closes every server started by {@link startServer} (use in `afterEach`). */
export async function closeAllServers(): Promise<void> {
  await Promise.all([...servers].map(closeServer));
}

/**
 * Sends a JSON response.
 *
 * @param res - The response.
 * @param status - HTTP status.
 * @param body - JSON-serializable body.
 * @param headers - Extra headers.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}
