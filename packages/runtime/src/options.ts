/**
 * The option table and {@link resolveOptions}. Each option is declared once in `OPTIONS` with its
 * check, the accepted values for the message and its default; `satisfies` makes the compiler insist
 * on one entry of the right kind per option, and "did you mean" offers the table's keys.
 */
import { didYouMean } from "./edit-distance.js";
import { InvalidRequestError, type InvalidRequestReason } from "./errors.js";
import type { ApiClientConfig } from "./option-types.js";
import { sensitiveHeaderValues } from "./redact.js";
import { isAllowedUrl } from "./url-safety.js";

export type * from "./option-types.js";

interface Check<T> {
  readonly test: (value: unknown) => value is T;
  readonly accepts: string;
  readonly default?: T;
}

/** The run-time kind of an option's type, which its check must guard. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the kind of every callable option
type Kind<T> = T extends number ? number : T extends boolean ? boolean : T extends string ? string : T extends (...args: never[]) => unknown ? Function : object;

const check = <T>(accepts: string, test: (v: unknown) => boolean): Check<T> => ({ accepts, test: test as (v: unknown) => v is T });
const number = (accepts: string, ok: (n: number) => boolean): Check<number> => check(accepts, (v) => typeof v === "number" && !Number.isNaN(v) && ok(v));
const positive = number("a number > 0, or Infinity to turn it off", (n) => n > 0);
const boolean = check<boolean>("a boolean", (v) => typeof v === "boolean");
const flag = { ...boolean, default: false };
const string = check<string>("a string", (v) => typeof v === "string");
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any callable
const fn = check<Function>("a function", (v) => typeof v === "function");
/** Objects (and, for `querySerializer`, functions) whose shape TypeScript and their use check. */
const object = check<object>("an object", (v) => (typeof v === "object" && v !== null) || typeof v === "function");

/** What only a vendor package sets; `withOptions` ignores these. */
const VENDOR = { vendor: string, defaultBaseUrl: string, auth: object, authOption: string, requestIdHeaders: object, secretHeaders: object, optionNames: object, optionAliases: object };
export const VENDOR_SETTINGS: ReadonlySet<string> = new Set(Object.keys(VENDOR));

/** `RequestInit` fields forwarded to every fetch. */
const FIELDS = { cache: string, credentials: string, mode: string, referrer: string, referrerPolicy: string, integrity: string, keepalive: boolean };

/** Every option, checked at creation. */
const OPTIONS = {
  baseUrl: string,
  fetch: fn,
  headers: object,
  timeoutMs: { ...positive, default: 60_000 },
  deadlineMs: { ...positive, default: Infinity },
  maxRetries: { ...number("an integer ≥ 0", (n) => Number.isInteger(n) && n >= 0), default: 2 },
  retryPost: flag,
  maxRetryDelayMs: { ...number("a number ≥ 0, or Infinity", (n) => n >= 0), default: 60_000 },
  maxResponseBytes: { ...number("an integer ≥ 1, or Infinity", (n) => n === Infinity || (Number.isInteger(n) && n >= 1)), default: 50 * 1024 * 1024 },
  shouldRetry: fn,
  onAttempt: fn,
  userAgent: string,
  throwOnError: flag,
  allowInsecureHttp: flag,
  logger: object,
  debug: boolean,
  ...FIELDS,
  ...{ querySerializer: object, bodySerializer: fn, Request: fn, requestInitExt: object },
  ...VENDOR,
} as const satisfies { readonly [K in keyof ApiClientConfig]-?: Check<Kind<NonNullable<ApiClientConfig[K]>>> };

/** Other SDKs' spellings of the runtime's options. */
const HABITS: Readonly<Record<string, string>> = {
  ...{ baseURL: "baseUrl", baseurl: "baseUrl", url: "baseUrl", timeout: "timeoutMs", deadline: "deadlineMs", defaultHeaders: "headers" },
  ...{ retries: "maxRetries", retry: "maxRetries", maxRetry: "maxRetries", maxRetryDelay: "maxRetryDelayMs", maxResponseSize: "maxResponseBytes" },
};

/** Backoff: the first retry waits up to BASE (full jitter), no computed wait exceeds CAP, and no wait is under MIN, so `Retry-After: 0` cannot hammer a server. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;
export const MIN_RETRY_DELAY_MS = 100;
/** Most redirects followed for one attempt. */
export const MAX_REDIRECTS = 5;

/** The validated settings a client runs with. */
export type ResolvedOptions = ReturnType<typeof resolveOptions>;

/** An {@link InvalidRequestError}; `detail` never holds the offending value. */
export function invalidRequest(vendor: string, reason: InvalidRequestReason, parameter: string, detail: string): InvalidRequestError {
  return new InvalidRequestError({ vendor, reason, parameter, detail });
}

/** Why `value` is not a usable base URL (whitespace, relative, not `https:` or allowed `http:`, userinfo, query, fragment), never quoting it; or `undefined`. */
export function baseUrlError(vendor: string, name: string, value: string, allowInsecureHttp: boolean): InvalidRequestError | undefined {
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
  return problem === undefined ? undefined : invalidRequest(vendor, problem.startsWith("must use") ? "insecure_url" : "invalid_url", name, `${name} ${problem}`);
}

/** The error for an invalid header name or value in a record, tuples or openapi-fetch `headers`/`params.header` (where the platform would throw a TypeError quoting the value), or `undefined`. */
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

/** Validates every option (throwing an {@link InvalidRequestError} naming it and what is accepted) and returns the settings a client runs with. */
export function resolveOptions(config: ApiClientConfig) {
  const vendor = typeof config.vendor === "string" && config.vendor ? config.vendor : "sdk";
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined || config.optionNames?.includes(key)) continue;
    if (key === "pathSerializer") throw invalidRequest(vendor, "invalid_option", key, "pathSerializer is not supported: the SDK encodes path parameters itself, so they cannot change the path");
    if (!Object.hasOwn(OPTIONS, key)) {
      const guess = didYouMean(key, [...Object.keys(OPTIONS), ...(config.optionNames ?? [])], { ...HABITS, ...config.optionAliases });
      throw invalidRequest(vendor, "invalid_option", key, `unknown option "${key}"${guess ? `; did you mean "${guess}"?` : ""}`);
    }
    const { test, accepts } = OPTIONS[key as keyof typeof OPTIONS];
    if (!test(value)) throw invalidRequest(vendor, "invalid_option", key, `${key} must be ${accepts} (got ${typeof value === "number" ? String(value) : `a ${typeof value}`})`);
  }
  const allowInsecureHttp = config.allowInsecureHttp ?? false;
  const baseUrl = config.baseUrl ?? config.defaultBaseUrl;
  const badUrl = baseUrlError(vendor, "defaultBaseUrl", config.defaultBaseUrl, allowInsecureHttp) ?? baseUrlError(vendor, "baseUrl", baseUrl, allowInsecureHttp);
  if (badUrl) throw badUrl;

  const headers: Record<string, string> = {};
  const secretHeaderNames = new Set(config.secretHeaders?.map((name) => name.toLowerCase()));
  const { auth } = config;
  if (auth) {
    const [name, secret, field, scheme] = auth.kind === "bearer" ? ["Authorization", auth.token, "token", "Bearer "] : [auth.name, auth.value, "value", ""];
    const option = config.authOption ?? `auth.${field}`;
    if (typeof secret !== "string" || !secret) throw invalidRequest(vendor, "invalid_option", option, `${option} must be a non-empty string`);
    headers[name] = scheme + secret;
    secretHeaderNames.add(name.toLowerCase());
  }
  const userHeaders = config.headers instanceof Headers ? Object.fromEntries(config.headers) : config.headers;
  Object.assign(headers, userHeaders);
  if (config.userAgent !== undefined) headers["User-Agent"] = config.userAgent;
  const invalid = headersError(vendor, userHeaders) ?? headersError(vendor, headers);
  if (invalid) throw invalid;

  const { timeoutMs, deadlineMs, maxRetries, maxRetryDelayMs, maxResponseBytes } = OPTIONS;
  const { fetch, shouldRetry, onAttempt, logger, querySerializer, bodySerializer, Request, requestInitExt } = config;
  return {
    ...{ vendor, baseUrl, headers, secretHeaderNames, allowInsecureHttp, fetch, shouldRetry, onAttempt, logger, querySerializer, bodySerializer, Request, requestInitExt },
    secrets: sensitiveHeaderValues(Object.entries(headers), secretHeaderNames),
    timeoutMs: config.timeoutMs ?? timeoutMs.default,
    deadlineMs: config.deadlineMs ?? deadlineMs.default,
    maxRetries: config.maxRetries ?? maxRetries.default,
    maxRetryDelayMs: config.maxRetryDelayMs ?? maxRetryDelayMs.default,
    maxResponseBytes: config.maxResponseBytes ?? maxResponseBytes.default,
    retryPost: config.retryPost ?? false,
    throwOnError: config.throwOnError ?? false,
    requestIdHeaders: config.requestIdHeaders?.map((name) => name.toLowerCase()),
    debug: config.debug ?? /^(1|true|yes)$/i.test(debugFlag()),
    /** `RequestInit` fields (`credentials`, `cache`, …) forwarded to every fetch. */
    fields: Object.fromEntries(Object.entries(config).filter(([key, value]) => value !== undefined && Object.hasOwn(FIELDS, key))) as Record<string, unknown>,
  };
}

/** `ORG_SDK_DEBUG` where an environment exists at all. */
function debugFlag(): string {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.ORG_SDK_DEBUG ?? "";
  } catch {
    return "";
  }
}
