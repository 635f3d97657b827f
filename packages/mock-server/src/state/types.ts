/**
 * The public vocabulary of the mocks' state: who sends a message, which statuses a scenario can
 * set, and what the scenario API returns. Vendor-neutral; each vendor's state module maps it onto
 * its own fields (5chat `OPEN`/`CLOSED`, LiveChatAI `isResolved`, Chatwoot's `status`).
 */

/** A conversation status a scenario can set; a vendor with fewer statuses maps the rest to its nearest. */
export type MockStatus = "open" | "resolved" | "pending" | "snoozed";

/** Who writes a message: the customer, a human agent, or a bot/AI. */
export type MockSender = "contact" | "agent" | "bot";

/** A message to add to a conversation (as if someone wrote it on the vendor's side). */
export interface MockMessageInput {
  readonly text: string;
  /** Default `"contact"`. */
  readonly from?: MockSender;
  /** An internal note only agents see (Chatwoot's private notes); default false. */
  readonly private?: boolean;
}

/** A conversation to create (as if a customer started one). */
export interface MockConversationInput {
  /** The first message's text; none when omitted. */
  readonly text?: string;
  /** Who wrote the first message; default `"contact"`. */
  readonly from?: MockSender;
  /** The contact's name; default the story's contact. */
  readonly contactName?: string;
  /** Default `"open"`. */
  readonly status?: MockStatus;
}

/** Who changes a status: a human agent (default), a bot's token, or the contact. */
export interface MockStatusOptions {
  readonly by?: MockSender;
}

/** A message the state holds, as the scenario API reports it. */
export interface MockMessageInfo {
  /** The id as the vendor's API spells it (a string here even where the API uses integers). */
  readonly id: string;
  readonly conversationId: string;
  readonly text: string;
  readonly from: MockSender;
  readonly private: boolean;
  /** ISO 8601. */
  readonly createdAt: string;
}

/** A conversation the state holds, as the scenario API reports it. */
export interface MockConversationInfo {
  /** The id a client passes back: 5chat's token, LiveChatAI's `chat_…`, Chatwoot's number as a string. */
  readonly id: string;
  /** The vendor's own status value (`OPEN`, `resolved`, …). */
  readonly status: string;
  readonly messageCount: number;
}

/**
 * The state behind one vendor mock, for tests and users: changes made here are what later
 * requests read, exactly as if they had happened on the vendor's side. Each method resolves once
 * the account webhooks registered for the change (Chatwoot) were delivered.
 */
export interface MockState {
  /** Adds a message to a conversation. @throws MockStateError if the conversation is unknown. */
  addMessage(conversationId: string | number, message: MockMessageInput): Promise<MockMessageInfo>;
  /**
   * Changes a conversation's status, as `options.by` would (default an agent). On Chatwoot an
   * agent's change writes an activity message (moving `last_activity_at`); a bot token's change to
   * open, pending or snoozed writes none, as in Chatwoot. @throws MockStateError if the conversation is unknown.
   */
  setStatus(conversationId: string | number, status: MockStatus, options?: MockStatusOptions): Promise<MockConversationInfo>;
  /** Creates a conversation (with a first message when `text` is given). */
  createConversation(input?: MockConversationInput): Promise<MockConversationInfo>;
  /** Every conversation, newest activity first. */
  conversations(): MockConversationInfo[];
  /** Back to the spec's examples (forgets every change). */
  reset(): void;
}

/** Thrown by the scenario API for an unknown conversation or a value it cannot take. */
export class MockStateError extends Error {
  override readonly name = "MockStateError";
}
