/**
 * Typed client for Chatwoot: the public client API (no token) and the application API's conversation reads (api_access_token), generated from specs/chatwoot.yaml.
 *
 * @packageDocumentation
 */
export * from "./client.js";
export type * from "./types.js";
export * from "@org/runtime/errors";
export type { ClientOptions } from "@org/runtime";
