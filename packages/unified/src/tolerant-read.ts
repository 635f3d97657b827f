/**
 * Tolerant readers used by every normalizer. Each one takes an `unknown` value straight from a
 * vendor payload and returns a value of the wanted type or `null`; on plain JSON none of them
 * throws, and none of them mutates its input. This is what lets the normalizers promise "never throw on any JSON
 * object".
 */

/** A plain JSON object (not null, not an array). */
export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Whether `value` is a plain JSON object: `{}`-like, not null, an array, a `Date`, `Map`, `RegExp`,
 * boxed primitive or class instance (those are skipped like any value of the wrong type).
 */
export function isObject(value: unknown): value is JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `table[key]` for a lookup table of known vendor values, or `undefined`. Own properties only: a
 * vendor value such as `"constructor"` or `"valueOf"` must not find `Object.prototype`'s members.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string | null): T | undefined {
  return key !== null && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The property `key` of `value` when `value` is an object, else `undefined`. */
export function prop(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The object at `key`, or `null`. */
export function objectAt(value: unknown, key: string): JsonObject | null {
  const v = prop(value, key);
  return isObject(v) ? v : null;
}

const EMPTY: readonly unknown[] = Object.freeze([]);

/** The array at `key`, or an empty array when it is missing or of another type. */
export function arrayAt(value: unknown, key: string): readonly unknown[] {
  const v = prop(value, key);
  return Array.isArray(v) ? v : EMPTY;
}

/**
 * `map` over the JSON objects in the array at `key`, skipping entries of any other type, in one
 * pass (normalizers run this per message, so it allocates only the result).
 */
export function mapObjectsAt<T>(value: unknown, key: string, fn: (item: JsonObject) => T): T[] {
  const out: T[] = [];
  for (const item of arrayAt(value, key)) if (isObject(item)) out.push(fn(item));
  return out;
}

/** A non-empty string, or `null`. */
export function text(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** The string at `key` (non-empty), or `null`. */
export function textAt(value: unknown, key: string): string | null {
  return text(prop(value, key));
}

/** An identifier: a non-empty string or a finite number, as a string; else `null`. */
export function idAt(value: unknown, key: string): string | null {
  const v = prop(value, key);
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return text(v);
}

/** A finite number at `key`, or `null`. */
export function numberAt(value: unknown, key: string): number | null {
  const v = prop(value, key);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** A boolean at `key`, or `null`. */
export function booleanAt(value: unknown, key: string): boolean | null {
  const v = prop(value, key);
  return typeof v === "boolean" ? v : null;
}

/** The array of non-empty strings at `key`; other entries are skipped. */
export function stringsAt(value: unknown, key: string): string[] {
  const out: string[] = [];
  for (const item of arrayAt(value, key)) {
    const t = text(item);
    if (t !== null) out.push(t);
  }
  return out;
}

// Years 0000–9999: outside them toISOString() writes the extended "+275760-…" form (or throws),
// which is not the ISO 8601 shape the model promises.
const EARLIEST_MS = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const LATEST_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

function isoFromMs(ms: number): string | null {
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS ? new Date(ms).toISOString() : null;
}

/**
 * An ISO 8601 string (UTC, with milliseconds) from a date or date-time string, or `null` when the
 * value is not a string that parses as a date (e.g. 5chat's `"sample_closedAt"` placeholder).
 * Numbers are not accepted here: use {@link isoFromUnixSeconds} where a vendor sends epoch seconds.
 */
export function isoFromString(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0) return null;
  // Only strings that look like a date: Date.parse also accepts odd forms such as "1" or "March".
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  return isoFromMs(Date.parse(value));
}

/**
 * An ISO 8601 string from Unix epoch seconds (Chatwoot's timestamps). `0` and negative values are
 * Chatwoot's "never" and give `null`, as do non-numbers. Fractional seconds are kept to the ms.
 */
export function isoFromUnixSeconds(value: unknown): string | null {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return null;
  return isoFromMs(Math.round(value * 1000));
}

/** The latest of several ISO strings (all produced by this module), or `null` when none. */
export function latestIso(values: Iterable<string | null>): string | null {
  let best: string | null = null;
  for (const v of values) {
    // ISO strings from toISOString() for years 0000–9999 order lexicographically.
    if (v !== null && (best === null || v > best)) best = v;
  }
  return best;
}
