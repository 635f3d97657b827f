/**
 * What a bot can do through one connection, derived from the connection's capabilities, so a bot
 * action the vendor cannot honour is refused before any request.
 */
import type { Capabilities } from "../capabilities.js";

/** What a bot can do through one connection. */
export interface BotCapabilities {
  /** `turn.reply(text)`: send a message to the contact. */
  readonly reply: boolean;
  /** `turn.reply({ text, attachments })` with files. */
  readonly attachments: boolean;
  /** `turn.note(text)`: a private note for the agents. */
  readonly note: boolean;
  /** `turn.typing(on)`: the typing indicator (Chatwoot `toggle_typing_status`; user tokens only). */
  readonly typing: boolean;
  /** `turn.handoff()`: give the conversation to the humans (Chatwoot: status `open`). */
  readonly handoff: boolean;
  /** Which `handoff({ agentId, teamId })` assignments are possible (`false`: none). */
  readonly assign: false | { readonly agent: boolean; readonly team: boolean };
  /** `turn.resolve()`: close the conversation. */
  readonly resolve: boolean;
}

/**
 * The bot actions a connection supports: Chatwoot all of them; LiveChatAI reply and resolve (its
 * documented human-agent reply and end endpoints); 5chat none (its API is read-only).
 */
export function botCapabilitiesOf(capabilities: Capabilities): BotCapabilities {
  const send = capabilities.sendMessage;
  const assign = capabilities.assign;
  return {
    reply: send !== false,
    attachments: send !== false && send.attachments,
    note: send !== false && send.private,
    // Only Chatwoot documents a typing endpoint for an integration.
    typing: capabilities.vendor === "chatwoot",
    handoff: capabilities.setStatus.includes("open"),
    assign: assign === false ? false : { agent: assign.agent, team: assign.team },
    resolve: capabilities.setStatus.includes("resolved"),
  };
}
