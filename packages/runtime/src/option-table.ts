/**
 * The option table: every option of {@link ApiClientConfig} once, with its run-time check, the
 * accepted values for the message and its default. `satisfies` makes the compiler insist on an
 * entry per option and on a check of the option's kind (a number check for a number option), so
 * a new option cannot be declared without its check, and the "did you mean" list is the table's keys.
 *
 * @packageDocumentation
 */
import type { ApiClientConfig, OpenapiFetchPassThrough } from "./option-types.js";

/** One option's check: a guard, the accepted values as the message names them, and the default. */
export interface Check<T> {
  /** Whether the value is accepted. */
  readonly test: (value: unknown) => value is T;
  /** What is accepted, e.g. `an integer ≥ 0`. */
  readonly accepts: string;
  /** The value used when the option is absent. */
  readonly default?: T;
}

/** The run-time kind of an option's type, which its check must guard (functions before objects). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the kind of every callable option
type Kind<T> = T extends number ? number : T extends boolean ? boolean : T extends string ? string : T extends (...args: never[]) => unknown ? Function : object;

/** A table with one check per key of `T`, each guarding the key's kind. */
type Table<T> = { readonly [K in keyof T]-?: Check<Kind<NonNullable<T[K]>>> };

function numberCheck(accepts: string, ok: (n: number) => boolean): Check<number> {
  return { accepts, test: (v): v is number => typeof v === "number" && !Number.isNaN(v) && ok(v) };
}

const positive = numberCheck("a number > 0, or Infinity to turn it off", (n) => n > 0);
const nonNegative = numberCheck("a number ≥ 0, or Infinity", (n) => n >= 0);
const count = numberCheck("an integer ≥ 0", (n) => Number.isInteger(n) && n >= 0);
const size = numberCheck("an integer ≥ 1, or Infinity", (n) => n === Infinity || (Number.isInteger(n) && n >= 1));
const boolean: Check<boolean> = { accepts: "a boolean", test: (v): v is boolean => typeof v === "boolean" };
const flag = { ...boolean, default: false };
const string: Check<string> = { accepts: "a string", test: (v): v is string => typeof v === "string" };
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any callable
const fn: Check<Function> = { accepts: "a function", test: (v): v is Function => typeof v === "function" };
/** Objects (and, for `querySerializer`, functions) whose shape TypeScript and their use check. */
const object: Check<object> = { accepts: "an object", test: (v): v is object => (typeof v === "object" && v !== null) || typeof v === "function" };

/** Every option, checked at creation. */
export const OPTIONS = {
  baseUrl: string,
  fetch: fn,
  headers: object,
  timeoutMs: { ...positive, default: 60_000 },
  deadlineMs: { ...positive, default: Infinity },
  maxRetries: { ...count, default: 2 },
  retryPost: flag,
  maxRetryDelayMs: { ...nonNegative, default: 60_000 },
  maxResponseBytes: { ...size, default: 50 * 1024 * 1024 },
  shouldRetry: fn,
  onAttempt: fn,
  userAgent: string,
  throwOnError: flag,
  allowInsecureHttp: flag,
  logger: object,
  debug: boolean,
  ...{ cache: string, credentials: string, mode: string, referrer: string, referrerPolicy: string, integrity: string, keepalive: boolean },
  ...{ querySerializer: object, bodySerializer: fn, Request: fn, requestInitExt: object },
  // The vendor package's settings.
  ...{ vendor: string, defaultBaseUrl: string, auth: object, authOption: string, requestIdHeaders: object, secretHeaders: object, optionNames: object, optionAliases: object },
} as const satisfies Table<ApiClientConfig>;

/** The option names, for "did you mean". */
export const OPTION_NAMES: readonly string[] = Object.keys(OPTIONS);

/** openapi-fetch client options handed to its `createClient` unchanged. */
export const PASS_THROUGH = Object.keys({
  ...{ querySerializer: 1, bodySerializer: 1, Request: 1, requestInitExt: 1, credentials: 1, cache: 1 },
  ...{ mode: 1, referrer: 1, referrerPolicy: 1, integrity: 1, keepalive: 1 },
} satisfies Record<keyof OpenapiFetchPassThrough, 1>) as (keyof OpenapiFetchPassThrough)[];

/** Other SDKs' spellings of the runtime's options. */
export const OPTION_HABITS: Readonly<Record<string, string>> = {
  ...{ baseURL: "baseUrl", baseurl: "baseUrl", url: "baseUrl", timeout: "timeoutMs", deadline: "deadlineMs", defaultHeaders: "headers" },
  ...{ retries: "maxRetries", retry: "maxRetries", maxRetry: "maxRetries", maxRetryDelay: "maxRetryDelayMs", maxResponseSize: "maxResponseBytes" },
};
