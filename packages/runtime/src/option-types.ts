/** The option types: what users pass ({@link ClientOptions}) and what a vendor package fixes ({@link VendorConfig}). */
import type { BodySerializer, QuerySerializer, QuerySerializerOptions } from "openapi-fetch";
import type { Operation } from "./errors.js";

/** Receives the SDK's log lines. Metadata never contains credentials, bodies or concrete URLs. */
export interface Logger {
  /** One line per attempt, retry and redirect, with credential-free details. */
  debug?(message: string, meta: Record<string, unknown>): void;
  /** Surprising events: a `Retry-After` longer than `maxRetryDelayMs`, a hook that threw. */
  warn?(message: string, meta: Record<string, unknown>): void;
}

/**
 * What {@link ClientOptions.onAttempt} receives after each attempt, with the OpenTelemetry HTTP
 * client names: `operation` (`http.request.method`, `url.template`), `serverAddress`
 * (`server.address`), `attempt` (1-based; `attempt - 1` is `http.request.resend_count`),
 * `startTime` (epoch ms), `durationMs` (headers and body), `status` (`http.response.status_code`),
 * the vendor's `requestId`, and `errorType`, the error's class name when it failed (`error.type`).
 */
export interface AttemptInfo {
  readonly vendor: string;
  readonly operation: Operation;
  readonly serverAddress: string;
  readonly attempt: number;
  readonly startTime: number;
  readonly durationMs: number;
  readonly status?: number;
  readonly requestId?: string;
  readonly errorType?: string;
}

/**
 * What {@link ClientOptions.shouldRetry} receives: the attempt that just failed (1-based), its
 * status when a response arrived, else its error, and `retryable`, the SDK's own decision
 * (idempotent method, and a retryable status, a connection error or an attempt timeout).
 */
export interface RetryContext {
  readonly operation: Operation;
  readonly attempt: number;
  readonly status?: number;
  readonly error?: Error;
  readonly retryable: boolean;
}

/**
 * openapi-fetch client options passed through unchanged. `cache` is spelled out: Node's
 * `RequestInit` type (without the DOM lib) has none, so a `Pick` of it breaks Node-only consumers.
 */
export interface OpenapiFetchPassThrough extends Pick<RequestInit, "credentials" | "mode" | "referrer" | "referrerPolicy" | "integrity" | "keepalive"> {
  /** Fetch's cache mode, as the Fetch standard defines it (browsers honour it; Node's fetch ignores most modes). */
  cache?: "default" | "no-store" | "reload" | "no-cache" | "force-cache" | "only-if-cached";
  /** openapi-fetch's client-level query serializer (function or options). */
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  /** openapi-fetch's client-level body serializer. */
  bodySerializer?: BodySerializer<unknown>;
  /** The `Request` class openapi-fetch builds requests with; a custom `fetch` receives instances of it. */
  Request?: typeof Request;
  /** Extra `RequestInit` fields for the platform's fetch (Node: e.g. undici's `dispatcher`). */
  requestInitExt?: Record<string, unknown>;
}

/** Options a user may pass to any vendor client and to `client.withOptions()`; each is validated when the client is created. */
export interface ClientOptions extends OpenapiFetchPassThrough {
  /** Override the vendor's API base URL. Must be `https:` unless loopback or `allowInsecureHttp`; no credentials, query or fragment. */
  baseUrl?: string;
  /** Custom fetch (default: `globalThis.fetch` at call time). It receives a `Request` with the SDK's signal and `redirect: "manual"`; what it throws (other than a `TypeError`) passes through, never retried. */
  fetch?: (input: Request) => Promise<Response>;
  /** Extra headers sent with every request. Values of credential-like names are redacted from errors. */
  headers?: Record<string, string> | Headers;
  /** Timeout of each attempt (response headers and body), in ms. Default 60 000. `Infinity` turns it off. */
  timeoutMs?: number;
  /** Overall deadline across all attempts and backoff waits, in ms. Default: none (`Infinity`). */
  deadlineMs?: number;
  /** Retries after the first attempt (an integer ≥ 0). Default 2. `0` disables retries. */
  maxRetries?: number;
  /** Also retry POST and PATCH (only safe when the vendor deduplicates them). Default `false`. */
  retryPost?: boolean;
  /** Longest wait between attempts, in ms; a longer `Retry-After` is not waited for. Default 60 000. */
  maxRetryDelayMs?: number;
  /** Largest response body accepted, in decoded bytes. Default 50 MB. Larger: `InvalidResponseError` (`too_large`). */
  maxResponseBytes?: number;
  /** Overrides the retry decision after a failed attempt (attempts and deadline still bound it). */
  shouldRetry?: (context: RetryContext) => boolean;
  /** Called after every attempt (for metrics and tracing; see the README's OpenTelemetry recipe). */
  onAttempt?: (info: AttemptInfo) => void;
  /** Sent as the `User-Agent` header. Default: the platform's. */
  userAgent?: string;
  /** `false` (default): a non-2xx resolves to `{ error, response }` as in openapi-fetch; `true`: it rejects with the typed error. */
  throwOnError?: boolean;
  /** Allow a non-loopback `http:` base URL (never do this with real credentials). Default `false`. */
  allowInsecureHttp?: boolean;
  /** Receives per-attempt debug lines and warnings. */
  logger?: Logger;
  /** Log one debug line per attempt (to `logger`, else `console.debug`). Default: `ORG_SDK_DEBUG=1` in the environment. */
  debug?: boolean;
}

/** How a vendor authenticates: `Authorization: Bearer <token>`, or a custom header such as Chatwoot's `api_access_token: <value>`. */
export type AuthConfig = { readonly kind: "bearer"; readonly token: string } | { readonly kind: "header"; readonly name: string; readonly value: string };

/**
 * The parts of a client a vendor package fixes: its id for messages and logs (`"chatwoot"`), its
 * production base URL, how it authenticates (the credential is redacted everywhere) and the
 * caller's name for the credential in errors (`apiAccessToken`), the request-id headers (first match
 * wins; default `x-request-id`, `request-id`), further secret header names, and its own option names
 * and other SDKs' spellings of them (`{ apiKey: "apiAccessToken" }`) for "did you mean".
 */
export interface VendorConfig {
  vendor: string;
  defaultBaseUrl: string;
  auth?: AuthConfig;
  authOption?: string;
  requestIdHeaders?: readonly string[];
  secretHeaders?: readonly string[];
  optionNames?: readonly string[];
  optionAliases?: Readonly<Record<string, string>>;
}

/** Everything `createApiClient` takes: the vendor-fixed parts plus the user's options. */
export interface ApiClientConfig extends VendorConfig, ClientOptions {}
