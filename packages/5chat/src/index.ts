/**
 * Typed client for the 5chat API (https://api.5chat.io), generated from specs/5chat.yaml.
 *
 * @packageDocumentation
 */
export * from "./client.js";
export type * from "./types.js";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SdkError,
  ServerError,
  TimeoutError,
  UnprocessableEntityError,
} from "@org/runtime";
export type { ClientOptions } from "@org/runtime";
