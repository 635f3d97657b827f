/**
 * Typed client for the LiveChatAI v2 API (https://app.livechatai.com/api/v2), generated from specs/livechatai.yaml.
 *
 * @packageDocumentation
 */
export * from "./client.js";
export type * from "./types.js";
export * from "@org/runtime/errors";
export type { ClientOptions } from "@org/runtime";
