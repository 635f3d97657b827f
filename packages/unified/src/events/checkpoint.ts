/**
 * A connection's poll checkpoint: how far the poller has read, per conversation. Stored as a JSON
 * string in a `CheckpointStore`; a value this version cannot read starts over from "now" (never
 * replays history, never throws).
 */
import type { ConversationStatus } from "../model.js";

/** What the poller remembers of one conversation. */
export interface ConversationMark {
  /** Its status at the last poll. */
  readonly s: ConversationStatus;
  /** Its latest activity at the last poll (ISO), or `null`. */
  readonly a: string | null;
  /** The newest message time seen (ISO), or `null`. */
  readonly t: string | null;
  /** The newest message ids seen (newest first, at most {@link MARK_IDS}). */
  readonly ids: readonly string[];
  /** When this process first saw activity `a` (its own clock, ISO); absent in older checkpoints. */
  readonly o?: string;
  /** Read the messages again next poll even if `a` has not moved (see {@link SAME_TICK_MS}). */
  readonly r?: boolean;
}

/**
 * Vendors stamp activity in whole seconds (Chatwoot) or coarser, so a message written in the same
 * second as the activity a poll saw leaves `a` unchanged. For this long after it first saw `a`
 * (by its own clock, so server clock skew does not matter), and once more after, the poller reads
 * the conversation's messages again even though `a` did not move; known ids keep it from yielding
 * anything twice.
 */
export const SAME_TICK_MS = 2000;

/** One connection's checkpoint. */
export interface Checkpoint {
  readonly v: 1;
  /** The newest time seen anywhere (conversation created, activity, message), or `null`. */
  readonly since: string | null;
  /** Per conversation id. */
  readonly marks: Readonly<Record<string, ConversationMark>>;
}

/** Message ids kept per conversation. */
export const MARK_IDS = 20;
/** Conversations kept in a checkpoint at most (the least recently active are dropped first). */
export const MAX_MARKS = 5000;

const STATUSES = new Set(["open", "pending", "resolved", "snoozed", "unknown"]);

function isMark(value: unknown): value is ConversationMark {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    STATUSES.has(m["s"] as string) &&
    (m["a"] === null || typeof m["a"] === "string") &&
    (m["t"] === null || typeof m["t"] === "string") &&
    Array.isArray(m["ids"]) &&
    m["ids"].every((id) => typeof id === "string") &&
    (m["o"] === undefined || typeof m["o"] === "string") &&
    (m["r"] === undefined || typeof m["r"] === "boolean")
  );
}

/** Read a stored checkpoint; `null` when there is none or it is not one this version wrote. */
export function parseCheckpoint(text: string | null): Checkpoint | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const c = value as Record<string, unknown>;
    const marks = c["marks"];
    if (c["v"] !== 1 || !(c["since"] === null || typeof c["since"] === "string") || typeof marks !== "object" || marks === null) return null;
    const out: Record<string, ConversationMark> = Object.create(null) as Record<string, ConversationMark>;
    for (const [id, mark] of Object.entries(marks)) if (isMark(mark)) out[id] = mark;
    return { v: 1, since: c["since"], marks: out };
  } catch {
    return null;
  }
}

/** The checkpoint as stored, keeping the {@link MAX_MARKS} most recently active conversations. */
export function serializeCheckpoint(checkpoint: Checkpoint): string {
  let entries = Object.entries(checkpoint.marks);
  if (entries.length > MAX_MARKS) {
    entries = entries.sort(([, x], [, y]) => ((y.a ?? y.t ?? "") > (x.a ?? x.t ?? "") ? 1 : -1)).slice(0, MAX_MARKS);
  }
  return JSON.stringify({ v: 1, since: checkpoint.since, marks: Object.fromEntries(entries) });
}

/** The later of two ISO strings (either may be `null`). */
export function later(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}
