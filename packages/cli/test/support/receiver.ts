/**
 * A webhook handler on 127.0.0.1 that verifies each delivery with `@org/chatwoot/webhooks` (what
 * a user's real handler does) and records it; it can be told to be down for a number of requests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { verifyChatwootWebhook, type ChatwootWebhookEvent } from "@org/chatwoot/webhooks";

/** One verified delivery. */
export interface Received {
  readonly event: ChatwootWebhookEvent;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

/** A running receiver. */
export interface Receiver {
  readonly url: string;
  readonly received: Received[];
  readonly refused: string[];
  /** Answer the next `n` requests with 503. */
  failNext(n: number): void;
  close(): Promise<void>;
}

/** Start a receiver that verifies with `secret`. */
export async function startReceiver(secret: string): Promise<Receiver> {
  const received: Received[] = [];
  const refused: string[] = [];
  let failing = 0;
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    if (failing > 0) {
      failing--;
      res.writeHead(503).end();
      return;
    }
    try {
      const event = await verifyChatwootWebhook({ rawBody: body, headers: req.headers, secret });
      received.push({ event, headers: req.headers, body });
      res.writeHead(200).end("ok");
    } catch (error) {
      refused.push(error instanceof Error ? error.message : String(error));
      res.writeHead(401).end();
    }
  }
  const server = createServer((req, res) => void handle(req, res));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    received,
    refused,
    failNext(n) {
      failing = n;
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
