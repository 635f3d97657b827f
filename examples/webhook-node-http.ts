/**
 * A Chatwoot webhook receiver on `node:http`: `toNodeListener` bridges the Fetch handler to Node's
 * request/response (the raw body is read as sent, which the signature check needs).
 *
 *     CHATWOOT_WEBHOOK_SECRET=... PORT=3000 tsx examples/webhook-node-http.ts
 *     # then in Chatwoot: Settings → Integrations → Webhooks → https://<your host>/
 */
import { createServer } from "node:http";
import { toNodeListener } from "@org/unified/webhooks";
import { chatwootWebhookHandler } from "./webhook-events.ts";

const server = createServer(toNodeListener(chatwootWebhookHandler(process.env.CHATWOOT_WEBHOOK_SECRET ?? "")));
server.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening on http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : ""}/`);
});
