import type { RequestMeta } from "./prepared-request.js";

/** Key under which the per-request {@link RequestMeta} travels inside openapi-fetch's RequestInit. */
export const META: unique symbol = Symbol("@org/runtime.meta");

/** A RequestInit carrying the SDK's per-request metadata. */
export type MetaInit = RequestInit & { [META]?: RequestMeta };

/**
 * Stand-in for `Request` that openapi-fetch constructs (through its `Request` option) when no user
 * middleware needs a genuine Request. It only records the URL and init, so the request is turned
 * into a real one exactly once, by `fetch` itself, per attempt. (Constructing an undici Request
 * and then passing it to fetch builds it twice.) Never exposed to user code.
 */
export class LightRequest {
  /** The final URL. */
  readonly url: string;
  /** openapi-fetch's RequestInit, including the SDK's metadata. */
  readonly init: MetaInit;

  /**
   * @param url - The final URL.
   * @param init - openapi-fetch's RequestInit.
   */
  constructor(url: string, init: MetaInit) {
    this.url = url;
    this.init = init;
  }

  /** The method. */
  get method(): string {
    return this.init.method ?? "GET";
  }

  /** The caller's signal. */
  get signal(): AbortSignal | null {
    return this.init.signal ?? null;
  }

  /** The headers openapi-fetch merged. */
  get headers(): Headers {
    return this.init.headers instanceof Headers ? this.init.headers : new Headers(this.init.headers);
  }
}
