/**
 * Which events a bot answers, from the unified model alone: a new message (`message.created`) of
 * the bot's connection, from the contact (`sender.role === "contact"`: never the bot's own or an
 * agent's outgoing messages, never activity messages), not a private note, on a conversation the
 * bot owns (Chatwoot: `pending`, the status a bot inbox keeps until handoff) and not handed off.
 */
import type { ConversationStatus, IsoTimestamp, SenderRole, UnifiedAttachment, UnifiedSender } from "../model.js";

/** A message as the bot reads it (the stream's and the webhook handler's messages both fit). */
export interface BotMessage {
  readonly id: string | null;
  readonly conversationId: string | null;
  readonly text: string | null;
  readonly private: boolean;
  readonly createdAt: IsoTimestamp | null;
  readonly sender: UnifiedSender;
  readonly attachments: readonly UnifiedAttachment[];
}

/**
 * An event as the bot reads it: what `events(sdk, …)` yields and what `createWebhookHandler`'s
 * `onEvent` receives both fit, so either can feed `bot.handle`.
 */
export interface BotEvent {
  readonly type: string;
  readonly connection: string | null;
  readonly ref?: object | null;
  readonly message?: BotMessage;
  readonly conversation?: { readonly id: string; readonly status: ConversationStatus };
  readonly status?: ConversationStatus;
}

/** Why the bot did not answer an event. */
export type BotIgnoreReason =
  | "other-connection"
  | "not-a-new-message"
  | "no-reference"
  | "private-note"
  | "not-from-contact"
  | "not-owned"
  | "handed-off"
  | "already-answered";

/** The decision for one event. */
export type BotDecision =
  | { readonly answer: true; readonly conversationId: string; readonly messageKey: string; readonly ref: object; readonly message: BotMessage }
  | { readonly answer: false; readonly reason: BotIgnoreReason };

/** What the filter needs to know about the bot's state. */
export interface FilterState {
  readonly connection: string;
  readonly owned: readonly ConversationStatus[];
  isHandedOff(conversationId: string): boolean;
  wasAnswered(messageKey: string): boolean;
}

const ignore = (reason: BotIgnoreReason): BotDecision => ({ answer: false, reason });
const CONTACT: SenderRole = "contact";

/** Decide whether the bot answers `event`. Pure: the caller records what it decides. */
export function decide(event: BotEvent, state: FilterState): BotDecision {
  if (event.connection !== state.connection) return ignore("other-connection");
  if (event.type !== "message.created" || event.message === undefined) return ignore("not-a-new-message");
  const message = event.message;
  const conversationId = event.conversation?.id ?? message.conversationId;
  if (event.ref === undefined || event.ref === null || conversationId === null || conversationId === "") return ignore("no-reference");
  if (message.private) return ignore("private-note");
  if (message.sender.role !== CONTACT) return ignore("not-from-contact");
  if (event.conversation === undefined || !state.owned.includes(event.conversation.status)) return ignore("not-owned");
  if (state.isHandedOff(conversationId)) return ignore("handed-off");
  const messageKey = `${conversationId}:${message.id ?? message.createdAt ?? message.text ?? ""}`;
  if (state.wasAnswered(messageKey)) return ignore("already-answered");
  return { answer: true, conversationId, messageKey, ref: event.ref, message };
}
