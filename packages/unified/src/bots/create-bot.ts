/**
 * `createBot(sdk, { connection, onMessage })`: a handler that is given only what a bot should
 * answer, with actions to answer from. Feed it events from `events(sdk, connection)` or from
 * `createWebhookHandler({ onEvent: bot.handle })`; it decides from the unified model alone.
 */
import type { ConnectionName, Connections, MessageAt, RefOf, StatusChangeAt, AssignmentChangeAt, UnifiedClient } from "../client.js";
import type { ConversationStatus } from "../model.js";
import { adaptersOf } from "../client-adapters.js";
import { describe, invalid, isPlainObject } from "../caller-input.js";
import { createRouter } from "../routing.js";
import type { SendOptions } from "../writes.js";
import { botCapabilitiesOf, type BotCapabilities } from "./capabilities.js";
import { decide, type BotEvent, type BotIgnoreReason, type BotMessage } from "./filter.js";
import { turnActions, type BotClient, type BotReply, type HandoffOptions } from "./turn.js";

/** What a handoff did: the status change, the note (if any) and the assignment (if any). */
export interface HandoffResult<Cs extends Connections, K extends ConnectionName<Cs>> {
  readonly status: StatusChangeAt<Cs, K>;
  readonly note: MessageAt<Cs, K> | undefined;
  readonly assignment: AssignmentChangeAt<Cs, K> | undefined;
}

/** One message the bot answers, and what it can do about it. */
export interface BotTurn<Cs extends Connections, K extends ConnectionName<Cs>> {
  /** The connection name. */
  readonly connection: K;
  /** The conversation, ready for any `sdk` call. */
  readonly ref: RefOf<Cs, K>;
  /** The contact's message. */
  readonly message: BotMessage;
  /** The event as it was handed to `bot.handle`. */
  readonly event: BotEvent;
  /** What the bot can do through this connection. */
  readonly capabilities: BotCapabilities;
  /** Answer the contact. `options.idempotencyKey`: send once (where `capabilities(connection).idempotentSend`). */
  reply(content: string | BotReply, options?: SendOptions): Promise<MessageAt<Cs, K>>;
  /** A private note for the agents. */
  note(text: string): Promise<MessageAt<Cs, K>>;
  /** Show (true) or stop (false) the typing indicator. */
  typing(on: boolean): Promise<void>;
  /**
   * Give the conversation to the humans: Chatwoot sets it `open` (out of the bot's hands), adds
   * the note and assigns. The bot is not invoked on it again until it is back in an owned status.
   */
  handoff(options?: HandoffOptions): Promise<HandoffResult<Cs, K>>;
  /** Close the conversation. */
  resolve(): Promise<StatusChangeAt<Cs, K>>;
}

/** Options of {@link createBot}. */
export interface BotOptions<Cs extends Connections, K extends ConnectionName<Cs>> {
  /** The connection the bot answers on (events of other connections are ignored). */
  readonly connection: K;
  /** Called once per message the bot should answer. Throw to report a failure (see {@link Bot.handle}). */
  readonly onMessage: (turn: BotTurn<Cs, K>) => void | Promise<void>;
  /**
   * The conversation statuses the bot owns. Default: Chatwoot `["pending"]` (a bot inbox keeps a
   * conversation pending until handoff); other vendors `["open", "pending"]`.
   */
  readonly ownedStatuses?: readonly ConversationStatus[];
  /** How many answered message ids to remember, so a redelivered message is not answered twice. Default 10 000. */
  readonly remember?: number;
}

/**
 * A turn as the implementation builds it: what {@link BotTurn} is before `createBot`'s signature
 * gives it the connection's types (the actions check their arguments at run time).
 */
interface UntypedTurn extends ReturnType<typeof turnActions> {
  readonly connection: string;
  readonly ref: object;
  readonly message: BotMessage;
  readonly event: BotEvent;
  readonly capabilities: BotCapabilities;
}

/**
 * The handler as the implementation calls it. Its parameter is a method's, so it is compared
 * bivariantly: `createBot`'s typed signature (whose turn is a {@link BotTurn} of the caller's
 * connection) is checked against the implementation's without a cast.
 */
type TurnHandler = { onMessage(turn: UntypedTurn): void | Promise<void> }["onMessage"];

/** {@link BotOptions} as the implementation reads them. */
interface UntypedBotOptions {
  readonly connection: string;
  readonly onMessage: TurnHandler;
  readonly ownedStatuses?: readonly ConversationStatus[];
  readonly remember?: number;
}

/** What `bot.handle` did with an event. */
export type BotOutcome = { readonly answered: true } | { readonly answered: false; readonly reason: BotIgnoreReason };

/** A bot. */
export interface Bot {
  /** The connection it answers on. */
  readonly connection: string;
  /** What it can do there. */
  readonly capabilities: BotCapabilities;
  /**
   * Hand it any event: it calls `onMessage` only for a message it should answer, and says why
   * not otherwise. If `onMessage` throws before any write, the message may be answered when it
   * is delivered again; once a write was attempted it never is (a retry could send twice).
   */
  handle(event: BotEvent): Promise<BotOutcome>;
  /** Whether the bot handed this conversation (by its id) to the humans and it is not back yet. */
  isHandedOff(conversationId: string): boolean;
}

const STATUSES: readonly ConversationStatus[] = ["open", "pending", "resolved", "snoozed", "unknown"];

/**
 * Create a bot on one connection of `sdk`.
 *
 * @throws {InvalidRequestError} for an unknown connection or malformed options (before any request).
 */
export function createBot<Cs extends Connections, K extends ConnectionName<Cs>>(sdk: UnifiedClient<Cs>, options: BotOptions<Cs, K>): Bot;
export function createBot(client: BotClient, options: UntypedBotOptions): Bot {
  const adapters = adaptersOf(client);
  if (adapters === undefined) throw invalid("unified", "sdk", `createBot: the first argument must be a client made by createUnifiedClient, got ${describe(client)}`);
  if (!isPlainObject(options)) throw invalid("unified", "options", `createBot takes { connection, onMessage }, got ${describe(options)}`);
  const { onMessage, remember = 10_000 } = options;
  const { connection } = createRouter(adapters).route(options.connection, "createBot");
  const vendorCapabilities = client.capabilities(connection);
  const vendor = vendorCapabilities.vendor;
  if (typeof onMessage !== "function") throw invalid(vendor, "onMessage", `createBot: onMessage must be a function, got ${describe(onMessage)}`);
  if (!Number.isSafeInteger(remember) || remember < 1) throw invalid(vendor, "remember", `createBot: remember must be a positive integer, got ${describe(remember, [1, Number.MAX_SAFE_INTEGER])}`);
  const owned = options.ownedStatuses ?? (vendor === "chatwoot" ? ["pending"] : ["open", "pending"]);
  if (!Array.isArray(owned) || owned.length === 0 || !owned.every((s: unknown) => (STATUSES as readonly unknown[]).includes(s))) {
    throw invalid(vendor, "ownedStatuses", `createBot: ownedStatuses must be a non-empty list of ${STATUSES.join(", ")}`);
  }
  const capabilities = botCapabilitiesOf(vendorCapabilities);
  const handedOff = new Set<string>();
  const answered = new Set<string>();
  const state = { connection, owned, isHandedOff: (id: string) => handedOff.has(id), wasAnswered: (key: string) => answered.has(key) };

  function remembered(key: string): void {
    answered.add(key);
    // Sets iterate in insertion order: drop the oldest.
    if (answered.size > remember) for (const old of answered) if (answered.delete(old) && answered.size <= remember) break;
  }

  return {
    connection,
    capabilities,
    isHandedOff: state.isHandedOff,
    async handle(event) {
      // Back in an owned status: the humans gave it back to the bot.
      const statusNow = event.type === "conversation.status_changed" ? (event.status ?? event.conversation?.status) : undefined;
      if (event.connection === connection && statusNow !== undefined && owned.includes(statusNow) && event.conversation !== undefined) handedOff.delete(event.conversation.id);
      const decision = decide(event, state);
      if (!decision.answer) return { answered: false, reason: decision.reason };
      remembered(decision.messageKey);
      let wrote = false;
      const actions = turnActions({
        sdk: client,
        vendor,
        connection,
        ref: decision.ref,
        capabilities,
        onWrite: () => {
          wrote = true;
        },
        markHandedOff: (on) => (on ? handedOff.add(decision.conversationId) : handedOff.delete(decision.conversationId)),
      });
      const turn: UntypedTurn = { connection, ref: decision.ref, message: decision.message, event, capabilities, ...actions };
      try {
        await onMessage(turn);
      } catch (error) {
        // `wrote` is set by the actions while onMessage runs.
        if (!(wrote as boolean)) answered.delete(decision.messageKey);
        throw error;
      }
      return { answered: true };
    },
  };
}
