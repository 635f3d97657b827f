/**
 * The bot kit: {@link createBot} answers only what a bot should (incoming contact messages on
 * conversations it owns), with `reply`, `note`, `typing`, `handoff` and `resolve`.
 */
export { createBot, type Bot, type BotOptions, type BotOutcome, type BotTurn, type HandoffResult } from "./create-bot.js";
export { botCapabilitiesOf, type BotCapabilities } from "./capabilities.js";
export { BotNotAllowedError, isBotDenial } from "./errors.js";
export type { BotEvent, BotIgnoreReason, BotMessage } from "./filter.js";
export type { BotReply, HandoffOptions } from "./turn.js";
