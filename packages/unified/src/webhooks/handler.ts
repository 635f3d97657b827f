/**
 * `createWebhookHandler`: a Fetch API handler (`Request` → `Response`) that verifies, deduplicates
 * and normalizes deliveries, then calls your `onEvent`. It runs as is in Next.js route handlers,
 * Hono, `Bun.serve`, `Deno.serve` and Workers; see `toNodeListener` for `node:http` and Express.
 */
import { createMemoryDeliveryStore, type DeliveryStore, verifyChatwootWebhook, WebhookVerificationError } from "@org/chatwoot/webhooks";
import { InvalidRequestError } from "@org/runtime/errors";
import { chatwootEvent } from "../adapters/chatwoot/webhook.js";
import type { UnifiedEvent } from "./events.js";
import { BodyTooLargeError, readLimited } from "./read-limited.js";

/** Options of {@link createWebhookHandler}. */
export interface WebhookHandlerOptions {
  /**
   * Chatwoot deliveries: the webhook's secret (or several while rotating), tolerance, unsigned
   * opt-in, and the connection name (and account id) events carry in `connection` and `ref`.
   */
  chatwoot: {
    secret?: string | readonly string[];
    toleranceSeconds?: number;
    allowUnsigned?: boolean;
    connection?: string;
    accountId?: number;
  };
  /** Called once per verified, not yet seen delivery. Throw (or reject) to have the vendor retry. */
  onEvent: (event: UnifiedEvent) => void | Promise<void>;
  /**
   * Where delivery ids are remembered, so a retried delivery is acknowledged without calling
   * `onEvent` again. Default: an in-memory store (one day, 10 000 ids). `false` turns it off.
   */
  deliveries?: DeliveryStore | false;
  /** Largest body accepted, in bytes; larger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Told about every refused delivery and every `onEvent` failure (for your logs). The error never
   * holds the secret or the signature. Default: nothing.
   */
  onError?: (error: unknown) => void;
  /** The clock, in milliseconds since the epoch (tests inject one). Default `Date.now`. */
  now?: () => number;
}

const JSON_HEADERS = { "content-type": "application/json" };

function reply(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/**
 * Create a webhook endpoint.
 *
 * Responses: 200 `{ received: true }` when `onEvent` succeeded; 200 `{ received: true, duplicate:
 * true }` for a delivery already processed; 401 when verification fails (400 when the verified
 * body is not a JSON object); 405 for a method other than POST; 413 over `maxBodyBytes`; 500
 * (without details) when `onEvent` throws, after which the delivery id is forgotten so the
 * vendor's retry is processed.
 *
 * @example
 * ```ts
 * import { createWebhookHandler } from "@org/unified/webhooks";
 *
 * export const POST = createWebhookHandler({
 *   chatwoot: { secret: process.env.CHATWOOT_WEBHOOK_SECRET! },
 *   onEvent: (event) => {
 *     if (event.type === "message.created") console.log(event.message.sender.role, event.message.text);
 *   },
 * });
 * ```
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  const { chatwoot, onEvent, deliveries = createMemoryDeliveryStore(), maxBodyBytes = 1024 * 1024, onError, now = Date.now } = options;
  if (typeof onEvent !== "function") {
    throw new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "onEvent", detail: "createWebhookHandler: `onEvent` must be a function" });
  }
  const secrets = chatwoot.secret === undefined ? [] : typeof chatwoot.secret === "string" ? [chatwoot.secret] : chatwoot.secret;
  if (chatwoot.allowUnsigned !== true && (secrets.length === 0 || secrets.some((secret) => typeof secret !== "string" || secret.length === 0))) {
    // Fail at start-up, not on the first delivery.
    throw new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "chatwoot.secret", detail: "createWebhookHandler: pass the webhook's `secret` (a non-empty string or a list of them), or `allowUnsigned: true`" });
  }
  if (!(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    throw new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "maxBodyBytes", detail: "createWebhookHandler: `maxBodyBytes` must be a positive integer" });
  }
  const report = (error: unknown): void => {
    try {
      onError?.(error);
    } catch {
      // A failing logger must not change the response.
    }
  };

  return async (request) => {
    if (request.method !== "POST") return new Response(null, { status: 405, headers: { allow: "POST" } });
    let body: Uint8Array;
    try {
      body = await readLimited(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return reply(413, { error: "payload too large" });
      report(error);
      return reply(400, { error: "unreadable body" });
    }

    const receivedAt = now();
    let event: UnifiedEvent;
    try {
      const { connection = null, accountId, ...verify } = chatwoot;
      const verified = await verifyChatwootWebhook({ ...verify, rawBody: body, headers: request.headers, now: receivedAt });
      event = chatwootEvent(verified, { connection, accountId, receivedAt: new Date(receivedAt).toISOString() });
    } catch (error) {
      report(error);
      if (error instanceof WebhookVerificationError) return reply(error.reason === "invalid_json" ? 400 : 401, { error: error.reason });
      return reply(500, { error: "internal error" });
    }

    const id = event.deliveryId;
    const store = deliveries === false || id === null ? null : deliveries;
    try {
      if (store !== null && id !== null && !(await store.claim(id))) return reply(200, { received: true, duplicate: true });
    } catch (error) {
      report(error);
      return reply(500, { error: "internal error" });
    }
    try {
      await onEvent(event);
    } catch (error) {
      report(error);
      if (store !== null && id !== null) await Promise.resolve(store.release(id)).catch(report);
      return reply(500, { error: "internal error" });
    }
    return reply(200, { received: true });
  };
}
