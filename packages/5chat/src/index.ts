/**
 * Typed client for the 5chat API (https://api.5chat.io), generated from specs/5chat.yaml.
 *
 * @packageDocumentation
 */
export * from "./client.js";
export type * from "./types.js";
export * from "@org/runtime/errors";
export type { ClientOptions } from "@org/runtime";
