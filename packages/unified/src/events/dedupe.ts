/**
 * The seen store's cycle for one event, whatever its kind: claim before the consumer gets it,
 * commit when it took it, release when it failed. A status change is deduplicated by state (the
 * conversation's last announced status, compared and set atomically), every other event by its
 * logical id.
 */
import type { AnnouncedState, ClaimResult, SeenEventStore } from "../stores/types.js";
import { statusKeyOf } from "./ids.js";

/** What the cycle reads of an event (stream events and webhook events both have it). */
export interface DedupableEvent {
  readonly id: string;
  readonly type?: string;
  readonly status?: string;
  readonly conversation?: { readonly updatedAt: string | null };
  readonly receivedAt?: string;
}

/**
 * A vendor stamp further ahead of this process's clock than this is not trusted (a server clock
 * gone wrong, or a hostile one): it would make every later real change look older and be dropped.
 */
const MAX_STAMP_AHEAD_MS = 86_400_000;

/** The key and state a status change announces, or `null` for every other event. */
function announced(event: DedupableEvent): { key: string; state: AnnouncedState } | null {
  if (event.type !== "conversation.status_changed" || typeof event.status !== "string") return null;
  const key = statusKeyOf(event.id);
  if (key === null) return null;
  const at = Date.parse(event.conversation?.updatedAt ?? "");
  const received = Date.parse(event.receivedAt ?? "");
  const trusted = Number.isFinite(at) && !(Number.isFinite(received) && at > received + MAX_STAMP_AHEAD_MS);
  return { key, state: { value: event.status, at: trusted ? at : null } };
}

/** Claim `event` for `pendingMs`. */
export function claimEvent(seen: SeenEventStore, event: DedupableEvent, pendingMs: number): Promise<ClaimResult> {
  const a = announced(event);
  return a === null ? seen.claim(event.id, pendingMs) : seen.claimState(a.key, a.state, pendingMs);
}

/** The consumer took `event`: remember it for `ttlMs`. */
export function commitEvent(seen: SeenEventStore, event: DedupableEvent, ttlMs: number): Promise<void> {
  const a = announced(event);
  return a === null ? seen.commit(event.id, ttlMs) : seen.commitState(a.key, a.state, ttlMs);
}

/** The consumer failed: let a redelivery of `event` through. */
export function releaseEvent(seen: SeenEventStore, event: DedupableEvent): Promise<void> {
  const a = announced(event);
  return a === null ? seen.release(event.id) : seen.releaseState(a.key, a.state);
}
