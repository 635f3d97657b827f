/**
 * What the webhook-receiver examples do with each event; shared by the three of them
 * (`webhook-fetch.ts`, `webhook-node-http.ts`, `webhook-express.ts`), which differ only in how
 * the HTTP request reaches the handler.
 */
import { createWebhookHandler, type UnifiedEvent } from "@org/unified/webhooks";

/** Called once per verified, not yet seen delivery. Throwing makes the handler answer 500, so Chatwoot retries. */
export function onEvent(event: UnifiedEvent): void {
  switch (event.type) {
    case "message.created":
      console.log(`message.created ${event.message.sender.role}: ${event.message.text ?? "(no text)"}`);
      break;
    case "conversation.status_changed":
      console.log(`conversation.status_changed ${event.conversation.id} → ${event.conversation.status}`);
      break;
    default:
      console.log(event.type);
  }
}

/**
 * The Fetch API handler (`Request` → `Promise<Response>`): verifies the signature with the webhook's
 * secret (Chatwoot → Settings → Integrations → Webhooks), answers a retried delivery without
 * calling `onEvent` again, and normalizes the payload. Events carry the connection name and a ref
 * usable with a `createUnifiedClient({ support: chatwoot(...) })` client.
 */
export function chatwootWebhookHandler(secret: string): (request: Request) => Promise<Response> {
  return createWebhookHandler({
    chatwoot: { secret, connection: "support", accountId: 1 },
    onEvent,
    onError: (error) => {
      console.error(`webhook refused: ${error instanceof Error ? error.message : String(error)}`);
    },
  });
}
