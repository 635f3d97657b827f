/**
 * A Chatwoot webhook receiver as a Fetch API handler: the same function serves Next.js route
 * handlers (`export const POST = handler`), Hono, `Bun.serve({ fetch: handler })`,
 * `Deno.serve(handler)` and Workers (`export default { fetch: handler }`).
 *
 *     CHATWOOT_WEBHOOK_SECRET=... deno run -A examples/webhook-fetch.ts   # or bun, or import it
 */
import { chatwootWebhookHandler } from "./webhook-events.ts";

export const POST = chatwootWebhookHandler(process.env.CHATWOOT_WEBHOOK_SECRET ?? "");
export default { fetch: POST };
