/**
 * Public option types: what end users pass ({@link ClientOptions}) and what a vendor package fixes
 * ({@link VendorConfig}).
 *
 * @packageDocumentation
 */

/** Time source and sleeper. Inject one in tests so backoff waits resolve immediately. */
export interface Clock {
  /** Current time in epoch milliseconds. */
  now(): number;
  /**
   * Resolves after `ms` milliseconds; rejects with `signal.reason` if `signal` aborts first.
   *
   * @param ms - Delay in milliseconds.
   * @param signal - The caller's signal, when the request has one.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Receives the SDK's log lines. Metadata never contains credentials, headers or full URLs. */
export interface Logger {
  /**
   * Retries and other routine events.
   *
   * @param message - One line.
   * @param meta - Structured, credential-free details.
   */
  debug?(message: string, meta: Record<string, unknown>): void;
  /**
   * Surprising events: a `Retry-After` longer than `maxRetryDelayMs`, an opaque redirect.
   *
   * @param message - One line.
   * @param meta - Structured, credential-free details.
   */
  warn?(message: string, meta: Record<string, unknown>): void;
}

/**
 * Options an SDK user may pass to any vendor client (vendor packages extend this), and to
 * `client.withOptions()` for a per-call-site override.
 */
export interface ClientOptions {
  /** Override the vendor's API base URL. Must be `https:` unless loopback or `allowInsecureHttp`. */
  baseUrl?: string;
  /**
   * Custom fetch implementation (default: `globalThis.fetch`, looked up at call time). It receives
   * a `Request` carrying the SDK's `AbortSignal` and `redirect: "manual"`, and must honour both.
   */
  fetch?: (input: Request) => Promise<Response>;
  /** Extra headers sent with every request. Values of credential-like names are redacted from errors. */
  headers?: Record<string, string>;
  /** Timeout of each attempt (response headers and body), in ms. Default 60 000. `Infinity` disables. */
  timeoutMs?: number;
  /** Overall deadline across all attempts and backoff waits, in ms. Default: none. */
  deadlineMs?: number;
  /** Retries after the first attempt. Default 2. `0` disables retries. */
  maxRetries?: number;
  /** Also retry POST and PATCH (only safe when the vendor deduplicates them). Default `false`. */
  retryPost?: boolean;
  /** Longest wait between attempts, in ms; a longer `Retry-After` is not waited for. Default 60 000. */
  maxRetryDelayMs?: number;
  /** Sent as the `User-Agent` header. Default: the platform's. */
  userAgent?: string;
  /**
   * `false` (default): a non-2xx response resolves to `{ error, response }` as in openapi-fetch.
   * `true`: it rejects with the typed error (`NotFoundError`, `RateLimitError`, ...).
   */
  throwOnError?: boolean;
  /** Allow a non-loopback `http:` base URL (never do this with real credentials). Default `false`. */
  allowInsecureHttp?: boolean;
  /** Receives retry and warning lines. */
  logger?: Logger;
  /** Time source and sleeper (tests). Default: `Date.now` and `setTimeout`. */
  clock?: Clock;
  /** Random source in [0, 1) for backoff jitter (tests). Default `Math.random`. */
  random?: () => number;
}

/** How a vendor authenticates. */
export type AuthConfig =
  /** `Authorization: Bearer <token>`. */
  | { readonly kind: "bearer"; readonly token: string }
  /** A custom header, e.g. Chatwoot's `api_access_token: <value>`. */
  | { readonly kind: "header"; readonly name: string; readonly value: string };

/** The parts of a client a vendor package fixes. */
export interface VendorConfig {
  /** Short vendor id used in error messages and logs (`"chatwoot"`). */
  vendor: string;
  /** The vendor's production base URL. */
  defaultBaseUrl: string;
  /** How to authenticate, if at all. The credential is redacted everywhere. */
  auth?: AuthConfig;
  /** Response headers holding the vendor's request id, first match wins. Default `x-request-id`, `request-id`. */
  requestIdHeaders?: readonly string[];
  /** Further request header names (any case) whose values are secret: redacted and dropped on cross-origin redirects. */
  secretHeaders?: readonly string[];
}

/** Everything `createApiClient` takes: the vendor-fixed parts plus the user's options. */
export interface ApiClientConfig extends VendorConfig, ClientOptions {}

/** Default per-attempt timeout. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default number of retries. */
export const DEFAULT_MAX_RETRIES = 2;
/** Default cap on a single wait between attempts. */
export const DEFAULT_MAX_RETRY_DELAY_MS = 60_000;
/** Backoff base: the first retry waits up to this long (full jitter). */
export const BACKOFF_BASE_MS = 500;
/** Backoff cap: no computed (non-`Retry-After`) wait exceeds this. */
export const BACKOFF_CAP_MS = 8_000;
/** Most redirects followed for one attempt. */
export const MAX_REDIRECTS = 5;
