/**
 * A small bridge from `node:http` (and Express, which uses the same objects) to a Fetch API
 * handler. Structural types only, so this module imports nothing from Node.
 */

/** What this bridge reads of Node's `IncomingMessage` (an Express `req` is one). */
export interface NodeIncomingMessage extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
}

/** What this bridge writes of Node's `ServerResponse` (an Express `res` is one). */
export interface NodeServerResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(chunk?: Uint8Array): unknown;
}

const encoder = new TextEncoder();

/**
 * The Fetch API `Request` for a Node request. Its body streams from `req` (so a size limit in the
 * handler stops reading early). Do not put a body parser such as `express.json()` in front of
 * the route: the signature is over the raw bytes.
 */
export function toFetchRequest(req: NodeIncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(":")) continue;
    if (typeof value === "string") headers.set(name, value);
    else for (const v of value) headers.append(name, v);
  }
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", `http://${headers.get("host") ?? "localhost"}`);
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers });
  const iterator = req[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next: IteratorResult<Uint8Array | string, unknown> = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  // `duplex: "half"` is required by Node's fetch for a streamed request body.
  return new Request(url, { method, headers, body, duplex: "half" } as RequestInit);
}

/** Write a Fetch API `Response` to a Node response. */
export async function writeFetchResponse(response: Response, res: NodeServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.end(new Uint8Array(await response.arrayBuffer()));
}

/**
 * A `node:http` / Express listener that runs a Fetch API handler.
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import { createWebhookHandler, toNodeListener } from "@org/unified/webhooks";
 *
 * const handler = createWebhookHandler({ chatwoot: { secret: "the webhook's secret" }, onEvent: (e) => console.log(e.type) });
 * createServer(toNodeListener(handler)).listen(3000);
 * ```
 */
export function toNodeListener(handler: (request: Request) => Promise<Response>): (req: NodeIncomingMessage, res: NodeServerResponse) => void {
  return (req, res) => {
    void (async () => {
      try {
        await writeFetchResponse(await handler(toFetchRequest(req)), res);
      } catch {
        res.statusCode = 500;
        res.end();
      }
    })();
  };
}
