/**
 * The body `listen` forwards for one stream event: Chatwoot's event name in `event` (what a
 * Chatwoot handler routes on) plus the unified event, without the vendor payloads (`raw`), which
 * can be large and are vendor-shaped.
 */

/** The parts of an `events(sdk, …)` event the CLI reads. */
export interface StreamEvent {
  readonly type: string;
  readonly id: string;
  readonly connection: string;
  readonly vendor: string;
  readonly error?: unknown;
  readonly retrying?: boolean;
  readonly [key: string]: unknown;
}

/** Unified event type → Chatwoot webhook event name. */
export const CHATWOOT_EVENT_NAMES: Readonly<Record<string, string>> = {
  "message.created": "message_created",
  "conversation.created": "conversation_created",
  "conversation.status_changed": "conversation_status_changed",
};

function dropRaw(value: unknown, depth = 0): unknown {
  if (depth > 8 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => dropRaw(v, depth + 1));
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "raw").map(([k, v]) => [k, dropRaw(v, depth + 1)]));
}

/** The delivery body of `event`. */
export function forwardBody(event: StreamEvent): Record<string, unknown> {
  return { event: CHATWOOT_EVENT_NAMES[event.type] ?? event.type.replace(/\./g, "_"), ...(dropRaw(event) as Record<string, unknown>) };
}
