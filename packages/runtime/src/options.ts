/**
 * Option types — what users pass ({@link ClientOptions}) and what a vendor package fixes
 * ({@link VendorConfig}) — and {@link resolveOptions}, which validates all of them at creation.
 *
 * @packageDocumentation
 */
import type { BodySerializer, QuerySerializer, QuerySerializerOptions } from "openapi-fetch";
import { type InvalidRequestError, invalidRequest, type Operation } from "./errors.js";
import { sensitiveHeaderValues } from "./redact.js";
import { isAllowedUrl } from "./url-safety.js";
import { editDistance } from "./edit-distance.js";

/** Receives the SDK's log lines. Metadata never contains credentials, bodies or concrete URLs. */
export interface Logger {
  /**
   * One line per attempt and per redirect (with `debug: true` or `ORG_SDK_DEBUG=1`).
   *
   * @param message - One line.
   * @param meta - Structured, credential-free details.
   */
  debug?(message: string, meta: Record<string, unknown>): void;
  /**
   * Surprising events: a `Retry-After` longer than `maxRetryDelayMs`, a hook that threw.
   *
   * @param message - One line.
   * @param meta - Structured, credential-free details.
   */
  warn?(message: string, meta: Record<string, unknown>): void;
}

/** What {@link ClientOptions.onAttempt} receives after each attempt (OpenTelemetry HTTP client semconv names in comments). */
export interface AttemptInfo {
  /** The vendor id. */
  readonly vendor: string;
  /** Method and OpenAPI path template (`http.request.method`, `url.template`). */
  readonly operation: Operation;
  /** Host of the request (`server.address`). */
  readonly serverAddress: string;
  /** 1 for the first attempt; `attempt - 1` is `http.request.resend_count`. */
  readonly attempt: number;
  /** Epoch milliseconds when the attempt started. */
  readonly startTime: number;
  /** How long the attempt took, in milliseconds (headers and body). */
  readonly durationMs: number;
  /** The final status of the attempt, if a response arrived (`http.response.status_code`). */
  readonly status?: number;
  /** The vendor's request id, if any. */
  readonly requestId?: string;
  /** The error's class name when the attempt failed (`error.type`). */
  readonly errorType?: string;
}

/** What {@link ClientOptions.shouldRetry} receives. */
export interface RetryContext {
  /** Method and path template. */
  readonly operation: Operation;
  /** The attempt that just failed (1-based). */
  readonly attempt: number;
  /** The response status, when one arrived. */
  readonly status?: number;
  /** The error, when no usable response arrived. */
  readonly error?: Error;
  /** The SDK's own decision (idempotent method, retryable status or connection error/attempt timeout). */
  readonly retryable: boolean;
}

/**
 * openapi-fetch client options the SDK passes through unchanged. `cache` is spelled out because
 * Node's own `RequestInit` type (from `@types/node`, without the DOM lib) has no `cache` member:
 * a `Pick` of it breaks every Node-only consumer that type-checks libraries.
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

/**
 * Options an SDK user may pass to any vendor client (vendor packages extend this), and to
 * `client.withOptions()`. Every option is validated when the client is created.
 */
export interface ClientOptions extends OpenapiFetchPassThrough {
  /** Override the vendor's API base URL. Must be `https:` unless loopback or `allowInsecureHttp`; no credentials, query or fragment. */
  baseUrl?: string;
  /**
   * Custom fetch implementation (default: `globalThis.fetch`, looked up at call time). It receives
   * a `Request` (of the `Request` class, if set) carrying the SDK's `AbortSignal` and
   * `redirect: "manual"`. What it throws is passed through unchanged, never retried.
   */
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
  /**
   * `false` (default): a non-2xx response resolves to `{ error, response }` as in openapi-fetch.
   * `true`: it rejects with the typed error (`NotFoundError`, `RateLimitError`, ...).
   */
  throwOnError?: boolean;
  /** Allow a non-loopback `http:` base URL (never do this with real credentials). Default `false`. */
  allowInsecureHttp?: boolean;
  /** Receives per-attempt debug lines and warnings. */
  logger?: Logger;
  /** Log one debug line per attempt (to `logger`, else `console.debug`). Default: `ORG_SDK_DEBUG=1` in the environment. */
  debug?: boolean;
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
  /** The vendor factory's own option names (e.g. `apiAccessToken`), offered by "did you mean" for an unknown key. */
  optionNames?: readonly string[];
  /** Other SDKs' habits for the vendor's options, e.g. `{ apiKey: "apiAccessToken", token: "apiAccessToken" }`. */
  optionAliases?: Readonly<Record<string, string>>;
}

/** Everything `createApiClient` takes: the vendor-fixed parts plus the user's options. */
export interface ApiClientConfig extends VendorConfig, ClientOptions {}

/** Default per-attempt timeout. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default number of retries. */
export const DEFAULT_MAX_RETRIES = 2;
/** Default cap on a single wait between attempts. */
export const DEFAULT_MAX_RETRY_DELAY_MS = 60_000;
/** Default cap on a decoded response body: 50 MB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024;
/** Backoff base: the first retry waits up to this long (full jitter). */
export const BACKOFF_BASE_MS = 500;
/** Backoff cap: no computed (non-`Retry-After`) wait exceeds this. */
export const BACKOFF_CAP_MS = 8_000;
/** Shortest wait between attempts, whatever `Retry-After` says, so `Retry-After: 0` cannot hammer a server. */
export const MIN_RETRY_DELAY_MS = 100;
/** Most redirects followed for one attempt. */
export const MAX_REDIRECTS = 5;

/** The validated settings a client runs with. */
export interface ResolvedOptions {
  readonly vendor: string;
  readonly baseUrl: string;
  /** Default headers, auth and User-Agent included. */
  readonly headers: Record<string, string>;
  /** Lower-case names of the auth header and the vendor's secret headers. */
  readonly secretHeaderNames: ReadonlySet<string>;
  /** Credential values of the default headers. */
  readonly secrets: readonly string[];
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly maxRetries: number;
  readonly maxRetryDelayMs: number;
  readonly maxResponseBytes: number;
  readonly retryPost: boolean;
  readonly throwOnError: boolean;
  readonly allowInsecureHttp: boolean;
  readonly requestIdHeaders: readonly string[] | undefined;
  readonly fetch: ((input: Request) => Promise<Response>) | undefined;
  readonly shouldRetry: ((context: RetryContext) => boolean) | undefined;
  readonly onAttempt: ((info: AttemptInfo) => void) | undefined;
  readonly logger: Logger | undefined;
  readonly debug: boolean;
  /** Options handed to openapi-fetch's `createClient` as they are. */
  readonly passThrough: OpenapiFetchPassThrough;
}

/**
 * Every option the runtime knows, with its kind: `p` a number > 0 or Infinity, `z` a number ≥ 0 or
 * Infinity, `i` an integer ≥ 0, `I` an integer ≥ 1 or Infinity, `b` boolean, `f` function,
 * `s` string, `o` anything else (checked by TypeScript and where it is used).
 */
const KINDS = new Map(
  (
    "timeoutMs:p deadlineMs:p maxRetryDelayMs:z maxRetries:i maxResponseBytes:I retryPost:b throwOnError:b allowInsecureHttp:b debug:b keepalive:b " +
    "fetch:f shouldRetry:f onAttempt:f bodySerializer:f Request:f vendor:s defaultBaseUrl:s baseUrl:s userAgent:s credentials:s cache:s mode:s " +
    "referrer:s referrerPolicy:s integrity:s auth:o headers:o logger:o querySerializer:o requestInitExt:o requestIdHeaders:o secretHeaders:o optionNames:o optionAliases:o"
  )
    .split(" ")
    .map((entry) => entry.split(":") as [string, string]),
);

/** Number kinds: the test and the accepted range, for the message. */
const RANGES: Readonly<Record<string, readonly [(n: number) => boolean, string]>> = {
  p: [(n) => n > 0, "a number > 0, or Infinity to turn it off"],
  z: [(n) => n >= 0, "a number ≥ 0, or Infinity"],
  i: [(n) => n >= 0 && Number.isInteger(n), "an integer ≥ 0"],
  I: [(n) => n === Infinity || (n >= 1 && Number.isInteger(n)), "an integer ≥ 1, or Infinity"],
};

/** openapi-fetch client options handed to its `createClient` unchanged. */
const PASS_THROUGH = "querySerializer bodySerializer Request requestInitExt credentials cache mode referrer referrerPolicy integrity keepalive".split(" ");

/** Other SDKs' spellings of our options. */
const ALIASES: Readonly<Record<string, string>> = {
  baseURL: "baseUrl",
  url: "baseUrl",
  timeout: "timeoutMs",
  deadline: "deadlineMs",
  retries: "maxRetries",
  retry: "maxRetries",
  maxRetryDelay: "maxRetryDelayMs",
  maxResponseSize: "maxResponseBytes",
  defaultHeaders: "headers",
};

/**
 * The error for an unknown option key, suggesting the closest known name or alias.
 *
 * @param vendor - The vendor.
 * @param key - The unknown key.
 * @param names - Known option names (the runtime's and the vendor's).
 * @param aliases - Other SDKs' spellings.
 * @returns The error.
 */
function unknownOption(vendor: string, key: string, names: readonly string[], aliases: Readonly<Record<string, string>>): InvalidRequestError {
  const alias = Object.hasOwn(aliases, key) ? aliases[key] : undefined;
  const near = names.map((name) => [name, editDistance(key, name)] as const).sort((a, b) => a[1] - b[1])[0];
  const guess = alias ?? (near && near[1] <= Math.max(1, Math.floor(key.length / 4)) ? near[0] : undefined);
  return invalidRequest(vendor, "invalid_option", key, `unknown option "${key}"${guess ? `; did you mean "${guess}"?` : ""}`);
}

/**
 * Checks a base URL: a string without surrounding whitespace, absolute, `https:` (or allowed
 * `http:`), with no userinfo, query or fragment. The URL is never quoted (it may hold a secret).
 *
 * @param vendor - The vendor.
 * @param name - The option name.
 * @param value - The value.
 * @param allowInsecureHttp - The client's `allowInsecureHttp`.
 * @returns The URL.
 */
export function checkBaseUrl(vendor: string, name: string, value: string, allowInsecureHttp: boolean): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  const problem =
    value !== value.trim() || /\s/.test(value)
      ? "must not contain whitespace"
      : !url
        ? "is not an absolute URL"
        : url.username || url.password || /^[a-z][a-z\d+.-]*:\/\/[^/?#]*@/i.test(value)
          ? "must not contain credentials (user:password@); pass them as auth or headers"
          : /[?#]/.test(value)
            ? "must not contain a query or a fragment"
            : !isAllowedUrl(url, allowInsecureHttp)
              ? `must use https: (got ${url.protocol}//${url.host}); http: is only allowed for loopback hosts or with allowInsecureHttp`
              : undefined;
  if (problem) throw invalidRequest(vendor, url && !url.username && !url.password && problem.startsWith("must use") ? "insecure_url" : "invalid_url", name, `${name} ${problem}`);
  return value;
}

/**
 * An {@link InvalidRequestError} (naming the header, never quoting its value) when a header name
 * or value is invalid — e.g. a line break inside a value — which the platform would otherwise
 * report with a TypeError quoting the value.
 *
 * @param vendor - The vendor, for the error.
 * @param headers - A record, tuples, a `Headers`, or openapi-fetch `headers`/`params.header` (values may be arrays, numbers, null).
 * @returns The error to throw, or `undefined` when every header is valid.
 */
export function headersError(vendor: string, headers: unknown): InvalidRequestError | undefined {
  if (typeof headers !== "object" || headers === null || headers instanceof Headers) return undefined;
  for (const [name, value] of Array.isArray(headers) ? (headers as [string, unknown][]) : Object.entries(headers)) {
    for (const v of [value].flat()) {
      try {
        if (v != null) new Headers([[name, String(v)]]);
      } catch {
        return invalidRequest(vendor, "invalid_option", name, `headers["${name}"] is not a valid header name or value`);
      }
    }
  }
  return undefined;
}

/**
 * Whether `ORG_SDK_DEBUG` is set to a true-ish value, where an environment exists at all.
 *
 * @returns The flag.
 */
function debugFromEnv(): boolean {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    return /^(1|true|yes)$/i.test(env?.ORG_SDK_DEBUG ?? "");
  } catch {
    return false;
  }
}

/**
 * Validates every option and returns the settings a client runs with.
 *
 * @param config - Vendor-fixed parts and the user's options.
 * @returns The resolved options.
 * @throws InvalidRequestError - Naming the option and the accepted range.
 */
export function resolveOptions(config: ApiClientConfig): ResolvedOptions {
  const vendor = typeof config.vendor === "string" && config.vendor ? config.vendor : "sdk";
  const names = [...KINDS.keys(), ...(config.optionNames ?? [])];
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) continue;
    if (key === "pathSerializer") {
      throw invalidRequest(vendor, "invalid_option", key, "pathSerializer is not supported: the SDK encodes path parameters itself, so they cannot change the path");
    }
    if (!names.includes(key)) throw unknownOption(vendor, key, names, { ...ALIASES, ...config.optionAliases });
    const kind = KINDS.get(key) ?? "o";
    const range = RANGES[kind];
    const type = { b: "boolean", f: "function", s: "string" }[kind];
    if (range ? typeof value !== "number" || Number.isNaN(value) || (value === Infinity ? !range[1].includes("Infinity") : !Number.isFinite(value) || !range[0](value)) : type && typeof value !== type) {
      const got = typeof value === "number" ? String(value) : `a ${typeof value}`;
      throw invalidRequest(vendor, "invalid_option", key, `${key} must be ${range ? range[1] : `a ${type ?? "value"}`} (got ${got})`);
    }
  }
  const allowInsecureHttp = config.allowInsecureHttp === true;
  checkBaseUrl(vendor, "defaultBaseUrl", config.defaultBaseUrl, allowInsecureHttp);
  const baseUrl = checkBaseUrl(vendor, "baseUrl", config.baseUrl ?? config.defaultBaseUrl, allowInsecureHttp);

  const headers: Record<string, string> = {};
  const secretHeaderNames = new Set(config.secretHeaders?.map((name) => name.toLowerCase()));
  const { auth } = config;
  if (auth) {
    const [name, secret, option, scheme] = auth.kind === "bearer" ? ["Authorization", auth.token, "token", "Bearer "] : [auth.name, auth.value, "value", ""];
    if (typeof secret !== "string" || !secret) throw invalidRequest(vendor, "invalid_option", `auth.${option}`, `auth.${option} must be a non-empty string`);
    headers[name] = scheme + secret;
    secretHeaderNames.add(name.toLowerCase());
  }
  const userHeaders = config.headers instanceof Headers ? Object.fromEntries(config.headers) : config.headers;
  const invalid = headersError(vendor, userHeaders);
  if (invalid) throw invalid;
  Object.assign(headers, userHeaders);
  if (config.userAgent !== undefined) headers["User-Agent"] = config.userAgent;
  const invalidAgent = headersError(vendor, headers);
  if (invalidAgent) throw invalidAgent;

  const passThrough: OpenapiFetchPassThrough = Object.fromEntries(PASS_THROUGH.filter((key) => config[key as keyof ApiClientConfig] !== undefined).map((key) => [key, config[key as keyof ApiClientConfig]]));
  return {
    vendor,
    baseUrl,
    headers,
    secretHeaderNames,
    secrets: sensitiveHeaderValues(Object.entries(headers), secretHeaderNames),
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deadlineMs: config.deadlineMs ?? Infinity,
    maxRetries: config.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxRetryDelayMs: config.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS,
    maxResponseBytes: config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    retryPost: config.retryPost === true,
    throwOnError: config.throwOnError === true,
    allowInsecureHttp,
    requestIdHeaders: config.requestIdHeaders?.map((name) => name.toLowerCase()),
    fetch: config.fetch,
    shouldRetry: config.shouldRetry,
    onAttempt: config.onAttempt,
    logger: config.logger,
    debug: config.debug ?? debugFromEnv(),
    passThrough,
  };
}
