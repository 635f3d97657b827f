/**
 * `createWebhookHandler`: a Fetch API handler (`Request` → `Response`) that verifies, deduplicates
 * and normalizes deliveries, then calls your `onEvent`. It runs as is in Next.js route handlers,
 * Hono, `Bun.serve`, `Deno.serve` and Workers; see `toNodeListener` for `node:http` and Express.
 */
import { InvalidRequestError } from "@org/runtime/errors";
import { type DeliveryStore, parseChatwootDelivery, WebhookVerificationError } from "../adapters/chatwoot/webhook-verify.js";
import type { UnifiedEvent } from "../adapters/chatwoot/webhook-events.js";
import { claimEvent, commitEvent, releaseEvent } from "../events/dedupe.js";
import { seenOver } from "../stores/memory.js";
import type { AnnouncedState, ClaimResult, SeenEventStore } from "../stores/types.js";
import { type StreamableEvent, toStreamEvent } from "./to-stream-event.js";
import { readBody } from "@org/runtime/read-body";

/** The event type a handler with connection name `C` produces (`null` without one). */
export type HandlerEvent<C extends string> = UnifiedEvent<[C] extends [never] ? null : C>;

/** Options of {@link createWebhookHandler}; `C` is `chatwoot.connection`, so events' refs name it. */
export interface WebhookHandlerOptions<C extends string = never> {
  /**
   * Chatwoot deliveries: the webhook's secret (or several while rotating), tolerance, unsigned
   * opt-in, and the connection name (and account id) events carry in `connection` and `ref`.
   */
  chatwoot: {
    secret?: string | readonly string[];
    toleranceSeconds?: number;
    allowUnsigned?: boolean;
    connection?: C;
    accountId?: number;
  };
  /**
   * Called once per verified event not seen before (by logical id). Throw (or reject) to have the
   * vendor retry. Optional when `stream` is given.
   */
  onEvent?: (event: HandlerEvent<C>) => void | Promise<void>;
  /**
   * An `events(sdk, connection)` stream to merge the deliveries into: `message.created`,
   * `conversation.created` and `conversation.status_changed` are pushed to it (deduplicated with
   * its polls by logical id, through the stream's stores) and the handler answers once the
   * stream's consumer has taken them. Needs `chatwoot.connection` (and an account id).
   */
  stream?: { push(event: StreamableEvent<C>): Promise<void> };
  /**
   * Where logical event ids are remembered, so a retried or duplicated delivery (Chatwoot sends
   * some twice with different delivery ids) is acknowledged without calling `onEvent` again. Share
   * `redisStores(client).seen` between receivers behind a load balancer. Default: in memory
   * (100 000 ids). `false` turns it off.
   */
  seen?: SeenEventStore | false;
  /** How long a seen id is remembered, in ms. Default one day. */
  seenTtlMs?: number;
  /** @deprecated Use `seen`. A delivery store, now keyed by the logical event id. */
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
export function createWebhookHandler<const C extends string = never>(options: WebhookHandlerOptions<C>): (request: Request) => Promise<Response> {
  const { chatwoot, onEvent, stream, maxBodyBytes = 1024 * 1024, onError, now = Date.now, seenTtlMs = 86_400_000 } = options;
  if (onEvent !== undefined ? typeof onEvent !== "function" : typeof stream?.push !== "function") {
    throw new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "onEvent", detail: "createWebhookHandler: pass `onEvent` (a function) or `stream` (from events(sdk, connection))" });
  }
  const seen = seenStoreOf(options);
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
    let body: Uint8Array | undefined;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      report(error);
      return reply(400, { error: "unreadable body" });
    }
    if (body === undefined) return reply(413, { error: "payload too large" });

    const receivedAt = now();
    let event: UnifiedEvent;
    try {
      const { connection = null, accountId, ...verify } = chatwoot;
      event = await parseChatwootDelivery({ ...verify, rawBody: body, headers: request.headers, now: receivedAt, connection, accountId });
    } catch (error) {
      report(error);
      if (error instanceof WebhookVerificationError) return reply(error.reason === "invalid_json" ? 400 : 401, { error: error.reason });
      return reply(500, { error: "internal error" });
    }

    const typed = event as HandlerEvent<C>;
    const merged = stream === undefined ? null : (toStreamEvent(event) as StreamableEvent<C> | null);
    // The stream deduplicates what it is given (through its own stores); the rest is claimed here.
    const store = merged !== null ? null : seen;
    try {
      if (store !== null && (await claimEvent(store, event, 60_000)) !== "claimed") return reply(200, { received: true, duplicate: true });
    } catch (error) {
      report(error);
      return reply(500, { error: "internal error" });
    }
    try {
      if (merged !== null) await stream?.push(merged);
      await onEvent?.(typed);
      if (store !== null) await commitEvent(store, event, seenTtlMs);
    } catch (error) {
      report(error);
      if (store !== null) await releaseEvent(store, event).catch(report);
      return reply(500, { error: "internal error" });
    }
    return reply(200, { received: true });
  };
}

/** The seen store: `seen`, the deprecated `deliveries` (keyed by logical id), or memory. */
function seenStoreOf(options: { seen?: SeenEventStore | false; deliveries?: DeliveryStore | false }): SeenEventStore | null {
  const { seen, deliveries } = options;
  if (seen === false || (seen === undefined && deliveries === false)) return null;
  if (seen !== undefined) return seen;
  if (deliveries === undefined || deliveries === false) return seenOver(new Map());
  // A delivery store knows ids only: a status change is claimed by its id (unique per change).
  const byId = (key: string, state: AnnouncedState): string => `${key}=${state.value}@${state.at ?? "?"}`;
  const claim = async (id: string): Promise<ClaimResult> => ((await deliveries.claim(id)) ? "claimed" : "done");
  const release = async (id: string): Promise<void> => {
    await deliveries.release(id);
  };
  return {
    claim,
    commit: () => Promise.resolve(),
    release,
    claimState: (key, state) => claim(byId(key, state)),
    commitState: () => Promise.resolve(),
    releaseState: (key, state) => release(byId(key, state)),
  };
}
