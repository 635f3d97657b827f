/**
 * `withResponse()`: every single call of the facade returns a promise of the normalized object that
 * also offers the HTTP response and the vendor's request id, as openai-node's `APIPromise` does,
 * without adding fields to the model.
 */
import { requestIdFrom } from "@org/runtime";
import type { AdapterResult } from "./adapter.js";

/** A result together with where it came from. */
export interface WithResponse<T> {
  /** The normalized result. */
  readonly data: T;
  /** The vendor's request id (`x-request-id` and similar), when it sent one. */
  readonly requestId: string | undefined;
  /** The HTTP response of the request that did the work (for a write, the write itself); its body is already read. */
  readonly response: Response;
}

/** A promise of `T` that can also give the response: `await sdk.getConversation(ref).withResponse()`. */
export interface UnifiedPromise<T> extends Promise<T> {
  /** The same call's result with its response and request id. */
  withResponse(): Promise<WithResponse<T>>;
}

/**
 * Run a single call: every check and the request happen inside the returned promise, so a refused
 * call rejects (it never throws where the call is made).
 */
export function unifiedCall<T>(run: () => Promise<AdapterResult<T>>): UnifiedPromise<T> {
  return unifiedPromise(Promise.resolve().then(run));
}

/** Wrap an adapter call's result promise. */
export function unifiedPromise<T>(result: Promise<AdapterResult<T>>): UnifiedPromise<T> {
  const data = result.then((r) => r.data);
  // The call may be awaited through withResponse() alone: the data branch must not be reported unhandled.
  data.catch(() => undefined);
  return Object.assign(data, {
    withResponse: () => result.then((r) => ({ data: r.data, requestId: requestIdFrom(r.response.headers), response: r.response })),
  });
}
