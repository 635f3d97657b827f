/**
 * `listen --receive-port`: where the vendor delivers webhooks (Chatwoot), a receiver on this
 * machine whose verified deliveries are pushed into the same `events(sdk, …)` stream as the polls
 * (`createWebhookHandler({ stream })` of `@org/unified/webhooks`, deduplicated by logical id).
 * Point the vendor's webhook (or a tunnel) at it.
 */
import { createServer } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { createWebhookHandler, toNodeListener } from "@org/unified/webhooks";

/** Settings of the receiver. */
export interface ReceiverOptions {
  readonly host: string;
  readonly port: number;
  /** The webhook's secret; without one, unsigned deliveries are accepted (Chatwoot before 4.11.2). */
  readonly secret: string | undefined;
  readonly connection: string;
  readonly accountId: number | undefined;
  /** The `events(sdk, …)` stream to merge the deliveries into. */
  readonly stream: { push(event: never): Promise<void> };
  /** Told about each refused delivery (never holds the secret). */
  readonly onRefused: (problem: string) => void;
}

/** Start the receiver; resolves with its URL. */
export async function startWebhookReceiver(options: ReceiverOptions): Promise<{ url: string; close(): Promise<void> }> {
  const handler = createWebhookHandler({
    chatwoot: {
      connection: options.connection,
      ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
      ...(options.secret === undefined ? { allowUnsigned: true } : { secret: options.secret }),
    },
    stream: options.stream,
    onError: (error: unknown) => {
      options.onRefused(error instanceof Error ? error.message : String(error));
    },
  });
  const server = createServer(toNodeListener(handler));
  server.listen(options.port, options.host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
