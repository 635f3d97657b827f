/**
 * What each write returns, and the options of a send. A write's result is built from the write's
 * own response — never from a read after it: a credential allowed to write may not be allowed to
 * read (Chatwoot agent-bot tokens get 401 on `GET …/conversations/{id}`), and a write that went
 * through must not throw because of a read. Read the conversation yourself when you need all of it.
 */
import type { ConversationRefOf, ConversationStatus, IsoTimestamp, UnifiedAgent, VendorTypes } from "./model.js";

/** What `setStatus` returns: the status the vendor reports after the write. */
export interface StatusChangeOf<T extends VendorTypes, C extends string = string> {
  /** The conversation written to (the reference you passed). */
  ref: ConversationRefOf<T, C>;
  /** The status now, as the write's response says (`"unknown"` when the vendor names one this SDK does not know). */
  status: ConversationStatus;
  /** Until when the conversation is snoozed (Chatwoot `snoozed_until`), or `null`. */
  snoozedUntil: IsoTimestamp | null;
}

/** A team a conversation is assigned to. */
export interface UnifiedTeam {
  id: string | null;
  name: string | null;
}

/**
 * What `assign` returns: who the vendor says is assigned after the write. `undefined` means this
 * call did not touch that side (an `assign(ref, { teamId })` leaves the agent as it was); `null`
 * means nobody (unassigned).
 */
export interface AssignmentChangeOf<T extends VendorTypes, C extends string = string> {
  /** The conversation written to (the reference you passed). */
  ref: ConversationRefOf<T, C>;
  /** The agent now assigned, `null` after an unassignment, `undefined` when not changed by this call. */
  agent: UnifiedAgent | null | undefined;
  /** The team now assigned, `null` after removing it, `undefined` when not changed by this call. */
  team: UnifiedTeam | null | undefined;
}

/** What `setTags` returns: the tags the vendor reports after the write. */
export interface TagsChangeOf<T extends VendorTypes, C extends string = string> {
  /** The conversation written to (the reference you passed). */
  ref: ConversationRefOf<T, C>;
  /** The conversation's tags now (Chatwoot labels). */
  tags: string[];
}

/** Options of `sendMessage`. */
export interface SendOptions {
  /** Abort the call. */
  readonly signal?: AbortSignal;
  /**
   * Send once: a key you choose for this message (1–255 visible ASCII characters), the same on
   * every attempt to send it. Where `capabilities(connection).idempotentSend`, the SDK stores the
   * key with the message and, after a timeout, a dropped connection or a 5xx, looks the message up
   * by the key before sending again, so it is never posted twice by the SDK. Refused (before any
   * request) where the vendor stores no such key: there, do not resend after an unclear failure;
   * read the conversation's latest messages first.
   */
  readonly idempotencyKey?: string;
}
