/**
 * One bot turn: the message the bot answers and what it can do about it. Every action is checked
 * against the connection's {@link BotCapabilities} and its arguments before any request; a refusal
 * is an `SdkError` naming the vendor, the action and the caller's words.
 */
import { UnsupportedOperationError } from "@org/runtime";
import type { Assignment, OutgoingAttachment, OutgoingMessage } from "../adapter.js";
import type { Capabilities } from "../capabilities.js";
import { describe, invalid, isPlainObject, checkKeys } from "../caller-input.js";
import type { SendOptions } from "../writes.js";
import type { BotCapabilities } from "./capabilities.js";
import { asBot } from "./errors.js";

/** What `turn.reply` takes besides plain text. */
export interface BotReply {
  /** The message text; must not be empty. */
  readonly text: string;
  /** Files to attach (where `capabilities.attachments`). */
  readonly attachments?: readonly OutgoingAttachment[];
}

/** What `turn.handoff` takes. */
export interface HandoffOptions {
  /** A private note for the agents who take over (where `capabilities.note`). */
  readonly note?: string;
  /** The team to assign (where `capabilities.assign.team`). */
  readonly teamId?: number;
  /** The agent to assign (where `capabilities.assign.agent`). */
  readonly agentId?: number;
}

/** The facade as the bot kit drives it: references are checked by the facade itself. */
export interface BotClient {
  sendMessage(ref: object, message: OutgoingMessage, options?: SendOptions): Promise<unknown>;
  setStatus(ref: object, status: "open" | "resolved"): Promise<unknown>;
  assign(ref: object, assignment: Assignment): Promise<unknown>;
  capabilities(connection: string): Capabilities;
  vendorClient(connection: string): unknown;
}

/** The vendor client's POST, as the typing indicator uses it. */
interface PostClient {
  POST(path: string, init: { params: { path: Readonly<Record<string, number>> }; body: unknown }): Promise<unknown>;
}

const TYPING = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_typing_status";

/** What a turn's actions need. */
export interface TurnContext {
  readonly sdk: BotClient;
  readonly vendor: string;
  readonly connection: string;
  readonly ref: object;
  readonly capabilities: BotCapabilities;
  /** Called before the first request of any write: a failed turn that wrote is not run again. */
  readonly onWrite: () => void;
  /** Called when a handoff starts (true) or its status change failed (false). */
  readonly markHandedOff: (handedOff: boolean) => void;
}

/** The actions of one turn, untyped (`createBot` gives them the connection's types). */
export function turnActions(t: TurnContext) {
  const refuse = (action: string, detail: string): never => {
    throw new UnsupportedOperationError({ vendor: t.vendor, operation: `bot.${action}`, detail: `connection "${t.connection}": ${detail}` });
  };
  const text = (action: string, parameter: string, value: unknown): string => {
    if (typeof value !== "string" || value.trim() === "") throw invalid(t.vendor, parameter, `bot ${action}: ${parameter} must be a non-empty string, got ${describe(value)}`);
    return value;
  };
  const write = <T>(action: string, run: () => Promise<T>): Promise<T> => {
    t.onWrite();
    return asBot(action, run);
  };

  return {
    async reply(content: unknown, options?: SendOptions): Promise<unknown> {
      if (!t.capabilities.reply) refuse("reply", `${t.vendor} cannot send messages (its API is read-only)`);
      if (typeof content !== "string" && !isPlainObject(content)) throw invalid(t.vendor, "text", `bot reply takes a string or { text, attachments }, got ${describe(content)}`);
      const body = typeof content === "string" ? { text: content } : checkKeys(t.vendor, "the bot reply", content, ["text", "attachments"]);
      const message = { text: text("reply", "text", body["text"]), ...(body["attachments"] === undefined ? {} : { attachments: body["attachments"] as readonly OutgoingAttachment[] }) };
      if (message.attachments !== undefined && message.attachments.length > 0 && !t.capabilities.attachments) refuse("reply", `${t.vendor} cannot send attachments`);
      return write("reply", () => t.sdk.sendMessage(t.ref, message, options));
    },

    async note(value: unknown): Promise<unknown> {
      if (!t.capabilities.note) refuse("note", `${t.vendor} has no private notes`);
      const message = { text: text("note", "text", value), private: true };
      return write("note", () => t.sdk.sendMessage(t.ref, message));
    },

    async typing(on: unknown): Promise<void> {
      if (!t.capabilities.typing) refuse("typing", `${t.vendor} has no typing indicator for integrations`);
      if (typeof on !== "boolean") throw invalid(t.vendor, "on", `bot typing takes true (typing) or false (stopped), got ${describe(on)}`);
      const ref = t.ref as { accountId?: unknown; conversationId?: unknown };
      if (typeof ref.accountId !== "number" || typeof ref.conversationId !== "number") refuse("typing", "the typing indicator needs an accountId reference (application API)");
      const client = t.sdk.vendorClient(t.connection) as PostClient;
      const path = { account_id: ref.accountId as number, conversation_id: ref.conversationId as number };
      await asBot("typing", () => client.POST(TYPING, { params: { path }, body: { typing_status: on ? "on" : "off" } }));
    },

    async handoff(options: unknown = {}): Promise<{ status: unknown; note: unknown; assignment: unknown }> {
      if (!t.capabilities.handoff) refuse("handoff", `${t.vendor} cannot hand a conversation to humans (${t.capabilities.reply ? "no status to reopen it with" : "its API is read-only"})`);
      const o = checkKeys(t.vendor, "the handoff options", options, ["note", "teamId", "agentId"]);
      const note = o["note"] === undefined ? undefined : text("handoff", "note", o["note"]);
      if (note !== undefined && !t.capabilities.note) refuse("handoff", `${t.vendor} has no private notes`);
      const assignment: { agentId?: number; teamId?: number } = {};
      for (const key of ["agentId", "teamId"] as const) {
        const v = o[key];
        if (v === undefined) continue;
        if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1) throw invalid(t.vendor, key, `bot handoff: ${key} must be a positive integer, got ${describe(v, [1, Number.MAX_SAFE_INTEGER])}`);
        const cap = t.capabilities.assign;
        if (cap === false || !(key === "agentId" ? cap.agent : cap.team)) refuse("handoff", `${t.vendor} cannot assign by ${key}`);
        assignment[key] = v;
      }
      // From here on the bot leaves this conversation alone, even while the requests run.
      t.markHandedOff(true);
      let status: unknown;
      try {
        status = await write("handoff", () => t.sdk.setStatus(t.ref, "open"));
      } catch (error) {
        t.markHandedOff(false);
        throw error;
      }
      const sentNote = note === undefined ? undefined : await write("handoff", () => t.sdk.sendMessage(t.ref, { text: note, private: true }));
      const assigned = Object.keys(assignment).length === 0 ? undefined : await write("handoff", () => t.sdk.assign(t.ref, assignment));
      return { status, note: sentNote, assignment: assigned };
    },

    async resolve(): Promise<unknown> {
      if (!t.capabilities.resolve) refuse("resolve", `${t.vendor} cannot resolve conversations`);
      return write("resolve", () => t.sdk.setStatus(t.ref, "resolved"));
    },
  };
}
