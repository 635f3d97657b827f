/**
 * A Chatwoot webhook receiver in an Express 5 app. Mount the handler BEFORE any body parser
 * (`express.json()` would consume the raw body the signature is computed over), or only on its
 * own route as here.
 *
 *     CHATWOOT_WEBHOOK_SECRET=... PORT=3000 tsx examples/webhook-express.ts
 */
import express from "express";
import { toNodeListener } from "@org/unified/webhooks";
import { chatwootWebhookHandler } from "./webhook-events.ts";

const app = express();
app.post("/webhooks/chatwoot", toNodeListener(chatwootWebhookHandler(process.env.CHATWOOT_WEBHOOK_SECRET ?? "")));
app.use(express.json()); // the rest of the app may parse JSON as usual
app.get("/health", (_req, res) => {
  res.json({ ok: true });
});

const server = app.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening on http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : ""}/webhooks/chatwoot`);
});
