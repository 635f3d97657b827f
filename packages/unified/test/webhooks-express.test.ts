import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { createWebhookHandler, toNodeListener, type UnifiedEvent } from "../src/webhooks/index.js";
import { NOW, payloadOf, SECRET, signedHeaders } from "./webhook-fixtures.js";

describe("createWebhookHandler in an Express app (the README's example)", () => {
  let server: Server | undefined;
  afterEach(async () => {
    const running = server;
    if (running !== undefined) {
      await new Promise<void>((resolve) => {
        running.close(() => {
          resolve();
        });
      });
    }
  });

  it("mounted with toNodeListener on a route without a body parser, it verifies the raw bytes", async () => {
    const events: UnifiedEvent[] = [];
    const app = express();
    const handler = createWebhookHandler({ chatwoot: { secret: SECRET }, onEvent: (e) => void events.push(e), now: () => NOW });
    // Before any body parser: the handler must read the raw bytes the signature covers.
    app.post("/webhooks/chatwoot", toNodeListener(handler));
    app.use(express.json());
    const listening = app.listen(0, "127.0.0.1");
    server = listening;
    await new Promise<void>((resolve) => listening.once("listening", resolve));
    const { port } = listening.address() as AddressInfo;
    const body = JSON.stringify(payloadOf("message_created"));
    const ok = await fetch(`http://127.0.0.1:${port}/webhooks/chatwoot`, { method: "POST", body, headers: signedHeaders(body) });
    expect(ok.status).toBe(200);
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe("message.created");
    const forged = await fetch(`http://127.0.0.1:${port}/webhooks/chatwoot`, { method: "POST", body, headers: signedHeaders(body, { secret: "x" }) });
    expect(forged.status).toBe(401);
  });
});
