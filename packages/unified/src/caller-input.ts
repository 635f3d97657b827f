/**
 * Checks of what callers pass (adapter options, references, filters, call options): unknown keys
 * are refused with a "did you mean" suggestion, values of the wrong type or range are refused, and
 * every error names the caller's own words (`accountId`, `cursor`, `pageSize`, the connection).
 */
import { didYouMean as suggest, InvalidRequestError } from "@org/runtime";
import { isObject } from "./tolerant-read.js";

/** Habits from other SDKs and APIs, mapped to our names (checked before edit distance). */
const HABITS: Readonly<Record<string, string>> = {
  baseURL: "baseUrl",
  baseurl: "baseUrl",
  url: "baseUrl",
  timeout: "timeoutMs",
  deadline: "deadlineMs",
  retries: "maxRetries",
  maxRetry: "maxRetries",
  limit: "pageSize",
  perPage: "pageSize",
  per_page: "pageSize",
  startCursor: "cursor",
  after: "cursor",
};

/**
 * The known name closest to `key`: the runtime's one "did you mean" (same threshold as the clients'
 * option check), with the facade's habits (`account_id` → `accountId`) added to the caller's.
 *
 * @param key - What the caller wrote.
 * @param known - The accepted names.
 * @param habits - Extra `wrong → right` pairs (e.g. `apiKey → apiAccessToken` for Chatwoot).
 */
export function didYouMean(key: string, known: readonly string[], habits: Readonly<Record<string, string>> = {}): string | undefined {
  return suggest(key, known, { ...HABITS, ...habits });
}

/**
 * Refuse a key of an adapter's options that looks like a misspelling of one of the adapter's own
 * options (`livechatai({ agentID })` → did you mean "agentId"?); every other key is left to the
 * vendor client's option check, which has the same "did you mean".
 *
 * @param vendor - For the error.
 * @param what - The caller's name for the options, e.g. `livechatai()`.
 * @param rest - The options without the adapter's own.
 * @param own - The adapter's own option names.
 * @param habits - Extra suggestions.
 */
export function checkOwnOptions(vendor: string, what: string, rest: object, own: readonly string[], habits?: Readonly<Record<string, string>>): void {
  for (const key of Object.keys(rest)) {
    const hint = didYouMean(key, own, habits);
    if (hint !== undefined) throw invalid(vendor, key, `unknown option "${key}" in ${what}; did you mean "${hint}"?`);
  }
}

/** Whether `value` is a plain object: the tolerant reader's check (one implementation in this package). */
export const isPlainObject = isObject;

/** An {@link InvalidRequestError} for `parameter`, thrown before any request. */
export function invalid(vendor: string, parameter: string, detail: string): InvalidRequestError {
  return new InvalidRequestError({ vendor, reason: "invalid_option", parameter, detail });
}

/**
 * Refuse `value` unless it is a plain object whose keys are all in `known`.
 *
 * @param vendor - For the error.
 * @param what - The caller's name for the object, e.g. `chatwoot() options` or `the reference`.
 * @param value - What the caller passed.
 * @param known - Accepted keys.
 * @param habits - Extra suggestions.
 */
export function checkKeys(vendor: string, what: string, value: unknown, known: readonly string[], habits?: Readonly<Record<string, string>>): Readonly<Record<string, unknown>> {
  if (!isPlainObject(value)) throw invalid(vendor, what, `${what} must be a plain object`);
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const hint = didYouMean(key, known, habits);
    throw invalid(vendor, key, `unknown key "${key}" in ${what}${hint === undefined ? "" : `; did you mean "${hint}"?`} (accepted: ${known.join(", ")})`);
  }
  return value;
}

/** A required (or, with `optional`, possibly absent) safe integer in `[min, max]`, named `parameter` in errors. */
export function integerAt(vendor: string, value: Readonly<Record<string, unknown>>, parameter: string, where: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const v = value[parameter];
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) {
    throw invalid(vendor, parameter, `${parameter} ${where} must be an integer from ${min} to ${max === Number.MAX_SAFE_INTEGER ? "2^53-1" : max}, got ${describe(v, [min, max])}`);
  }
  return v;
}

/** A required non-empty string (at most 1024 characters), named `parameter` in errors. */
export function stringAt(vendor: string, value: Readonly<Record<string, unknown>>, parameter: string, where: string): string {
  const v = value[parameter];
  if (typeof v !== "string" || v.length === 0 || v.length > 1024) {
    throw invalid(vendor, parameter, `${parameter} ${where} must be a non-empty string, got ${describe(v)}`);
  }
  return v;
}

/**
 * A short description of a value's kind for error messages, right for caller input and for vendor
 * payloads alike: never the value itself (it may be secret), only what it is — `null`, `nothing`,
 * `an array`, `a string`, `an integer`, `a fraction`, `NaN`, `an object`, or `an object that is not
 * plain JSON (Date)`.
 *
 * @param value - Whatever was passed or received.
 * @param range - The accepted integer range, when the caller checked one: an integer outside it is
 *   then described as `an integer below 1` or `an integer above 100` (the bound, not the value).
 */
export function describe(value: unknown, range?: readonly [min: number, max: number]): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return String(value);
    if (!Number.isInteger(value)) return "a fraction";
    if (!Number.isSafeInteger(value)) return "an integer beyond 2^53";
    if (range !== undefined && value < range[0]) return `an integer below ${range[0]}`;
    if (range !== undefined && value > range[1]) return `an integer above ${range[1]}`;
    return "an integer";
  }
  if (typeof value === "object") return isPlainObject(value) ? "an object" : `an object that is not plain JSON (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return `a ${typeof value}`;
}
