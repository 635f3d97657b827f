/**
 * The bench's HTTP server, run in its own process (see bench/README.md: on two cores, one for the
 * client under test and one for the server, so server work and GC never share the client's event
 * loop). Keep-alive, 127.0.0.1 only, and as cheap as a server can be: every vendor's example
 * conversation is serialized once and answered from a buffer, under `/<vendor>/…`.
 *
 * Parent side: {@link startBenchServer}. Child side: this file run as a forked entry.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Vendor } from "@org/mock-server";
import { exited, firstMessage, forkBench } from "./child.ts";
import { BENCH_VENDORS, conversationBody } from "./fixtures.ts";

/** A running bench server: `origin` is `http://127.0.0.1:<port>`; each vendor lives under `/<vendor>`. */
export interface BenchServer {
  readonly origin: string;
  baseUrl(vendor: Vendor): string;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const child = forkBench("./server.ts", ["--serve"]);
  const { origin } = await firstMessage<{ origin: string }>(child, "bench server");
  return {
    origin,
    baseUrl: (vendor) => `${origin}/${vendor}`,
    async close() {
      child.disconnect();
      await exited(child);
    },
  };
}

function serve(): void {
  const bodies = new Map<string, Buffer>(BENCH_VENDORS.map((v) => [v, Buffer.from(JSON.stringify(conversationBody(v)))]));
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    const vendor = url.slice(1, url.indexOf("/", 1));
    const body = bodies.get(vendor);
    if (req.method !== "GET" || body === undefined) {
      res.writeHead(404, { "content-type": "application/json", "content-length": 2 }).end("{}");
      return;
    }
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length }).end(body);
  });
  // Long keep-alive so idle gaps between sections never close a pooled socket mid-measurement.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  server.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    process.send?.({ origin: `http://127.0.0.1:${port}` });
  });
  process.on("disconnect", () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

if (process.argv.includes("--serve")) serve();
