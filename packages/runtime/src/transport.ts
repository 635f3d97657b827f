import type { RequestMeta } from "./prepared-request.js";
import type { RuntimeState } from "./runtime-state.js";

/**
 * Cancels a response body we will not read (retried attempts, redirects), ignoring errors.
 *
 * @param response - The response to drop.
 */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/**
 * Sends one HTTP request: the caller's per-request fetch, else the client's custom fetch (given a
 * real Request), else `globalThis.fetch(url, init)` looked up at call time (so the URL and init are
 * turned into a Request exactly once).
 *
 * @param state - Client settings.
 * @param meta - Request metadata (per-request fetch).
 * @param url - Absolute URL.
 * @param init - RequestInit including the attempt's signal and `redirect: "manual"`.
 * @returns The response.
 */
export function send(state: RuntimeState, meta: RequestMeta, url: string, init: RequestInit): Promise<Response> {
  const custom = meta.transport ?? state.transport;
  return custom === undefined ? globalThis.fetch(url, init) : custom(new Request(url, init));
}

