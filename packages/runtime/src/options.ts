/**
 * {@link resolveOptions}: validates every option at creation against the option table and returns
 * the settings a client runs with. The option types are in `option-types.ts` (re-exported here).
 *
 * @packageDocumentation
 */
import { didYouMean } from "./edit-distance.js";
import { type InvalidRequestError, invalidRequest } from "./errors.js";
import { OPTION_HABITS, OPTION_NAMES, OPTIONS, PASS_THROUGH } from "./option-table.js";
import type { ApiClientConfig, OpenapiFetchPassThrough } from "./option-types.js";
import { sensitiveHeaderValues } from "./redact.js";
import { isAllowedUrl } from "./url-safety.js";

export type * from "./option-types.js";

/** Backoff base: the first retry waits up to this long (full jitter). */
export const BACKOFF_BASE_MS = 500;
/** Backoff cap: no computed (non-`Retry-After`) wait exceeds this. */
export const BACKOFF_CAP_MS = 8_000;
/** Shortest wait between attempts, whatever `Retry-After` says, so `Retry-After: 0` cannot hammer a server. */
export const MIN_RETRY_DELAY_MS = 100;
/** Most redirects followed for one attempt. */
export const MAX_REDIRECTS = 5;

/** The validated settings a client runs with: defaults filled in; headers with auth and User-Agent; `secrets`, the credential values of those headers. */
export type ResolvedOptions = ReturnType<typeof resolveOptions>;

/**
 * The error for an unknown option key, suggesting the closest known name or habit.
 *
 * @param vendor - The vendor.
 * @param key - The unknown key.
 * @param names - Known option names (the runtime's and the vendor's).
 * @param habits - Other SDKs' spellings.
 * @returns The error.
 */
export function unknownOption(vendor: string, key: string, names: readonly string[], habits: Readonly<Record<string, string>>): InvalidRequestError {
  const guess = didYouMean(key, names, habits);
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
export function resolveOptions(config: ApiClientConfig) {
  const vendor = typeof config.vendor === "string" && config.vendor ? config.vendor : "sdk";
  const names = [...OPTION_NAMES, ...(config.optionNames ?? [])];
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined || config.optionNames?.includes(key)) continue;
    if (key === "pathSerializer") {
      throw invalidRequest(vendor, "invalid_option", key, "pathSerializer is not supported: the SDK encodes path parameters itself, so they cannot change the path");
    }
    if (!Object.hasOwn(OPTIONS, key)) throw unknownOption(vendor, key, names, { ...OPTION_HABITS, ...config.optionAliases });
    const check = OPTIONS[key as keyof typeof OPTIONS];
    if (!check.test(value)) {
      throw invalidRequest(vendor, "invalid_option", key, `${key} must be ${check.accepts} (got ${typeof value === "number" ? String(value) : `a ${typeof value}`})`);
    }
  }
  const allowInsecureHttp = config.allowInsecureHttp ?? OPTIONS.allowInsecureHttp.default;
  checkBaseUrl(vendor, "defaultBaseUrl", config.defaultBaseUrl, allowInsecureHttp);
  const baseUrl = checkBaseUrl(vendor, "baseUrl", config.baseUrl ?? config.defaultBaseUrl, allowInsecureHttp);

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
  const invalid = headersError(vendor, userHeaders);
  if (invalid) throw invalid;
  Object.assign(headers, userHeaders);
  if (config.userAgent !== undefined) headers["User-Agent"] = config.userAgent;
  const invalidAgent = headersError(vendor, headers);
  if (invalidAgent) throw invalidAgent;

  const passThrough: OpenapiFetchPassThrough = Object.fromEntries(PASS_THROUGH.filter((key) => config[key] !== undefined).map((key) => [key, config[key]]));
  return {
    vendor,
    baseUrl,
    headers,
    secretHeaderNames,
    secrets: sensitiveHeaderValues(Object.entries(headers), secretHeaderNames),
    timeoutMs: config.timeoutMs ?? OPTIONS.timeoutMs.default,
    deadlineMs: config.deadlineMs ?? OPTIONS.deadlineMs.default,
    maxRetries: config.maxRetries ?? OPTIONS.maxRetries.default,
    maxRetryDelayMs: config.maxRetryDelayMs ?? OPTIONS.maxRetryDelayMs.default,
    maxResponseBytes: config.maxResponseBytes ?? OPTIONS.maxResponseBytes.default,
    retryPost: config.retryPost ?? OPTIONS.retryPost.default,
    throwOnError: config.throwOnError ?? OPTIONS.throwOnError.default,
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
