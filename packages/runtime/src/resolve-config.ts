import { systemClock } from "./clock.js";
import { DEFAULT_REQUEST_ID_HEADERS } from "./error-from-response.js";
import { InvalidRequestError } from "./errors.js";
import type { RuntimeState } from "./runtime-state.js";
import { type ApiClientConfig, DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_DELAY_MS, DEFAULT_TIMEOUT_MS } from "./options.js";
import { sensitiveHeaderValues } from "./redact.js";
import { assertAllowedUrl } from "./url-safety.js";

/** A validated configuration: the runtime state plus what openapi-fetch needs. */
export interface ResolvedConfig {
  /** Settings for the request loop. */
  readonly state: RuntimeState;
  /** The base URL (validated). */
  readonly baseUrl: string;
  /** Default headers: user headers, auth, User-Agent. */
  readonly headers: Record<string, string>;
}

function invalidOption(vendor: string, parameter: string, detail: string): InvalidRequestError {
  return new InvalidRequestError({ vendor, reason: "invalid_option", parameter, detail: `${parameter} ${detail}` });
}

function positive(vendor: string, name: string, value: number | undefined, fallback: number, allowInfinity: boolean): number {
  if (value === undefined) return fallback;
  const ok = typeof value === "number" && value > 0 && (Number.isFinite(value) || (allowInfinity && value === Infinity));
  if (!ok) throw invalidOption(vendor, name, allowInfinity ? "must be a positive number or Infinity" : "must be a positive finite number");
  return value;
}

/**
 * Validates a client configuration and resolves defaults. Throws {@link InvalidRequestError} for
 * a non-https base URL (unless loopback or `allowInsecureHttp`), an empty credential, an invalid
 * header value (without echoing it) or an out-of-range number.
 *
 * @param config - Vendor-fixed parts plus user options.
 * @returns The resolved configuration.
 */
export function resolveConfig(config: ApiClientConfig): ResolvedConfig {
  const vendor = config.vendor;
  const allowInsecureHttp = config.allowInsecureHttp === true;
  const baseUrl = config.baseUrl ?? config.defaultBaseUrl;
  assertAllowedUrl(vendor, baseUrl, allowInsecureHttp, "baseUrl");

  const timeoutMs = positive(vendor, "timeoutMs", config.timeoutMs, DEFAULT_TIMEOUT_MS, true);
  const deadlineMs = config.deadlineMs === undefined ? undefined : positive(vendor, "deadlineMs", config.deadlineMs, 0, true);
  const maxRetryDelayMs = config.maxRetryDelayMs === undefined ? DEFAULT_MAX_RETRY_DELAY_MS : config.maxRetryDelayMs;
  if (!(maxRetryDelayMs >= 0)) throw invalidOption(vendor, "maxRetryDelayMs", "must be a non-negative number");
  const maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw invalidOption(vendor, "maxRetries", "must be a non-negative integer");

  const secretHeaderNames = new Set((config.secretHeaders ?? []).map((n) => n.toLowerCase()));
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  const auth = config.auth;
  if (auth !== undefined) {
    if (auth.kind === "bearer") {
      if (auth.token === "") throw invalidOption(vendor, "auth.token", "must not be empty");
      headers.Authorization = `Bearer ${auth.token}`;
      secrets.push(auth.token);
    } else {
      if (auth.value === "") throw invalidOption(vendor, "auth.value", "must not be empty");
      headers[auth.name] = auth.value;
      secretHeaderNames.add(auth.name.toLowerCase());
      secrets.push(auth.value);
    }
  }
  for (const [name, value] of Object.entries(config.headers ?? {})) headers[name] = value;
  if (config.userAgent !== undefined) headers["User-Agent"] = config.userAgent;
  for (const value of sensitiveHeaderValues(headers, secretHeaderNames)) if (!secrets.includes(value)) secrets.push(value);
  for (const [name, value] of Object.entries(headers)) {
    try {
      new Headers([[name, value]]);
    } catch {
      throw invalidOption(vendor, `headers["${name}"]`, "is not a valid header name or value");
    }
  }

  const requestIdHeaders = (config.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS).map((n) => n.toLowerCase());
  const state: RuntimeState = {
    vendor,
    timeoutMs,
    deadlineMs,
    maxRetries,
    retryPost: config.retryPost === true,
    maxRetryDelayMs,
    throwOnError: config.throwOnError === true,
    allowInsecureHttp,
    clock: config.clock ?? systemClock,
    random: config.random ?? Math.random,
    logger: config.logger,
    transport: config.fetch,
    requestIdHeaders,
    secretHeaderNames,
    secrets,
  };
  return { state, baseUrl, headers };
}
