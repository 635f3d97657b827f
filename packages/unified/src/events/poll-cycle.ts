/**
 * One poll of one connection: list conversations (latest activity first where the vendor
 * documents that order, else a bounded full scan), diff them against the checkpoint, read messages
 * only of conversations that changed, and return the events plus the next checkpoint. Pure with
 * respect to the stores: the stream commits.
 */
import { InvalidPayloadError } from "@org/runtime";
import type { Adapter, AdapterCursor, AdapterListContext, AdapterPage } from "../adapter.js";
import type { ConversationOf, MessageOf, VendorTypes } from "../model.js";
import { type Checkpoint, type ConversationMark, later, MARK_IDS, SAME_TICK_MS } from "./checkpoint.js";
import { createdEventId, messageEventId, statusEventId } from "./ids.js";
import type { ConversationEventOf } from "./types.js";

type Conversation = ConversationOf<VendorTypes>;
type Message = MessageOf<VendorTypes>;
type Event = ConversationEventOf<VendorTypes, string>;

/** What one poll needs. */
export interface PollInput {
  readonly adapter: Adapter;
  readonly filters: object;
  readonly context: AdapterListContext;
  /** The stored checkpoint, or `null` on the first poll. */
  readonly checkpoint: Checkpoint | null;
  /** `false` on a first poll that only sets the baseline (`from: "now"`). */
  readonly emit: boolean;
  /** Full scans stop after this many conversations. */
  readonly maxConversations: number;
  readonly receivedAt: string;
}

/** What one poll found. */
export interface PollResult {
  readonly events: Event[];
  readonly checkpoint: Checkpoint;
}

/** Pages one listing may read in one poll (a loop guard; each page is checked by the facade's rules). */
const MAX_PAGES = 200;

function activityOf(c: Conversation): string | null {
  return c.lastMessageAt ?? c.updatedAt ?? c.createdAt;
}

async function* pagesOf<T>(fetch: (cursor: AdapterCursor | undefined) => Promise<AdapterPage<T>>, vendor: string, operation: string): AsyncGenerator<T[]> {
  let cursor: AdapterCursor | undefined;
  const seen = new Set<string>();
  for (let n = 0; n < MAX_PAGES; n++) {
    const page = await fetch(cursor);
    yield page.items;
    if (page.nextCursor === undefined) return;
    const key = JSON.stringify(page.nextCursor);
    if (seen.has(key)) throw new InvalidPayloadError({ vendor, operation, detail: "the server led back to a page already read; stopping instead of looping forever" });
    seen.add(key);
    cursor = page.nextCursor;
  }
}

/** The conversations to look at, newest activity first where the vendor promises that order. */
async function listConversations(input: PollInput): Promise<Conversation[]> {
  const { adapter, filters, context, checkpoint, maxConversations } = input;
  const incremental = adapter.capabilities.events?.poll === "incremental" && adapter.recentConversationsPage !== undefined;
  const since = checkpoint?.since ?? null;
  const out: Conversation[] = [];
  const fetch = incremental && adapter.recentConversationsPage ? adapter.recentConversationsPage.bind(adapter) : adapter.conversationsPage.bind(adapter);
  for await (const items of pagesOf((c) => fetch(filters, c, context), adapter.vendor, "events: list conversations")) {
    out.push(...items);
    if (!incremental && out.length >= maxConversations) return out.slice(0, maxConversations);
    // Latest activity first: once a page reaches what the checkpoint has seen, older pages hold nothing new.
    if (incremental && (checkpoint === null || items.some((c) => since !== null && (activityOf(c) ?? "") <= since))) return out;
  }
  return out;
}

/** The messages newer than the mark, oldest first, and the mark's next message fields. */
async function newMessages(input: PollInput, c: Conversation, mark: ConversationMark | undefined, since: string | null) {
  // The adapter takes the reference without its connection name.
  const vendorRef = Object.fromEntries(Object.entries(c.ref).filter(([key]) => key !== "connection"));
  const known = new Set(mark?.ids ?? []);
  const floor = mark?.t ?? since;
  const fresh: Message[] = [];
  const newest: string[] = [];
  let t = mark?.t ?? null;
  let done = false;
  for await (const items of pagesOf((cursor) => input.adapter.messagesPage(vendorRef, cursor, input.context), input.adapter.vendor, "events: list messages")) {
    for (const m of items) {
      if (m.id !== null && newest.length < MARK_IDS) newest.push(m.id);
      t = later(t, m.createdAt);
      if (done) continue;
      if ((m.id !== null && known.has(m.id)) || (floor !== null && m.createdAt !== null && m.createdAt < floor)) done = true;
      else if (m.id !== null) fresh.push(m);
    }
    // A baseline needs only the newest ids; otherwise read back to what the mark knows.
    if (done || !input.emit) break;
  }
  return { fresh: fresh.reverse(), t, ids: newest };
}

/** Run one poll. */
export async function pollOnce(input: PollInput): Promise<PollResult> {
  const { adapter, context, checkpoint, emit, receivedAt } = input;
  const connection = context.connection;
  const fullScan = adapter.capabilities.events?.poll !== "incremental";
  const since = checkpoint?.since ?? null;
  const marks: Record<string, ConversationMark> = { ...checkpoint?.marks };
  let nextSince = since;
  const events: Event[] = [];
  const conversations = (await listConversations(input)).filter((c) => c.id !== "");
  // Oldest activity first, so the consumer sees conversations in the order they moved.
  conversations.sort((x, y) => ((activityOf(x) ?? "") < (activityOf(y) ?? "") ? -1 : 1));
  for (const c of conversations) {
    context.signal?.throwIfAborted();
    const mark = marks[c.id];
    const activity = activityOf(c);
    const base = { vendor: adapter.vendor, connection, ref: c.ref, source: "poll" as const, receivedAt };
    // New: not in the checkpoint and created after it (or, without a checkpoint, everything found).
    const isNew = mark === undefined && (since === null || (c.createdAt === null ? fullScan : c.createdAt > since));
    const moved = mark === undefined ? since === null || activity === null || activity > since : activity === null || mark.a === null || activity > mark.a;
    // Same activity, but a message may have landed in the same (whole-second) tick: read again.
    const recheck = mark !== undefined && mark.r === true && activity === mark.a;
    if (emit && isNew) events.push({ ...base, id: createdEventId(connection, c.id), type: "conversation.created", conversation: c });
    let t = mark?.t ?? null;
    let ids = mark?.ids ?? [];
    if (fullScan || isNew || moved || recheck) {
      const found = await newMessages(input, c, mark, isNew ? null : since);
      ({ t, ids } = found);
      if (emit) {
        // `message.created` is a contact's, agent's or bot's message. A vendor's own notices
        // (`system`: Chatwoot's activity messages, written on every status change) are not, and
        // webhooks never deliver them (`webhook_sendable?`): the status change is its own event.
        for (const m of found.fresh) if (m.sender.role !== "system") events.push({ ...base, id: messageEventId(connection, c.id, m.id ?? ""), type: "message.created", message: m, conversation: c });
      }
    }
    if (emit && mark !== undefined && mark.s !== c.status && c.status !== "unknown") {
      events.push({ ...base, id: statusEventId(connection, c.id, mark.s, c.status, c.updatedAt ?? receivedAt), type: "conversation.status_changed", conversation: c, status: c.status, previousStatus: mark.s });
    }
    const firstSeen = mark !== undefined && mark.a === activity && mark.o !== undefined ? mark.o : receivedAt;
    marks[c.id] = { s: c.status, a: activity, t, ids, o: firstSeen, r: Date.parse(receivedAt) - Date.parse(firstSeen) < SAME_TICK_MS };
    nextSince = later(later(nextSince, activity), later(c.createdAt, t));
  }
  return { events, checkpoint: { v: 1, since: nextSince, marks } };
}
