import type { PreparedRequest } from "./prepared-request.js";
import { sensitiveHeaderValues } from "./redact.js";
import type { RuntimeState } from "./runtime-state.js";

/**
 * The credential values to redact from an error about this request: the client's own plus the
 * values of any credential-like header set on this request.
 *
 * @param state - Client settings.
 * @param request - The request.
 * @returns Secret values.
 */
export function secretsFor(state: RuntimeState, request: PreparedRequest): string[] {
  return [...state.secrets, ...sensitiveHeaderValues(request.headers, state.secretHeaderNames)];
}

