import type { PathSerializer } from "openapi-fetch";
import { InvalidRequestError } from "./errors.js";

/**
 * Whether a path-parameter value would be read as (or contain) a dot-segment (`.` or `..`) by a
 * URL parser or by a server that percent-decodes it once or more: `.`, `..`, `%2e`, `.%2E`,
 * `%252e%252e`, `%2e%2e%2f`, `..\x`, in any case and any mix.
 *
 * @param value - The raw parameter value.
 * @returns `true` when some decoding of the value has a `.` or `..` segment.
 */
export function isDotSegment(value: string): boolean {
  if (!value.includes(".") && !value.includes("%")) return false;
  let v = value;
  for (let i = 0; i < 4; i++) {
    if (v.split(/[/\\]/).some((segment) => segment === "." || segment === "..")) return true;
    const next = v.replace(/%([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === v) return false;
    v = next;
  }
  return true;
}

/**
 * The text of a path-parameter value, or `undefined` when it cannot be one: only strings,
 * non-negative numbers up to `Number.MAX_SAFE_INTEGER` (beyond it `String()` gives `1e+21` or an
 * id that is not the one meant), bigints and booleans are.
 *
 * @param value - The value.
 * @returns Its text.
 */
function scalar(value: unknown): string | undefined {
  if (typeof value === "number") return value >= 0 && value <= Number.MAX_SAFE_INTEGER ? String(value) : undefined;
  return typeof value === "string" || typeof value === "bigint" || typeof value === "boolean" ? String(value) : undefined;
}

/**
 * Creates the `pathSerializer` given to openapi-fetch. Each `{name}` in the path template is
 * replaced by `encodeURIComponent(String(value))`, so `/`, `?`, `#` and `%` in a value can never
 * change the path or the query. Refused with {@link InvalidRequestError} before any I/O: a missing
 * value (`missing_path_parameter`); an empty, dot-segment (see {@link isDotSegment}), non-finite or
 * negative number, or non-scalar value, and label/matrix/explode template styles (`unsafe_path_parameter`).
 *
 * @param vendor - The vendor, for errors.
 * @returns A path serializer.
 */
export function createPathSerializer(vendor: string): PathSerializer {
  return (pathname, pathParams) =>
    pathname.replace(/\{([^{}]*)\}/g, (_, name: string) => {
      const value = pathParams[name];
      const text = scalar(value);
      const styled = /^[.;]|\*$/.test(name);
      if (text === undefined || text === "" || styled || isDotSegment(text)) {
        const missing = value == null && !styled;
        throw new InvalidRequestError({
          vendor,
          reason: missing ? "missing_path_parameter" : "unsafe_path_parameter",
          parameter: name,
          detail: `path parameter "${name}" ${missing ? "is missing" : "must be a non-empty string or a non-negative number up to Number.MAX_SAFE_INTEGER, not a dot-segment, in a {simple} template"}`,
        });
      }
      return encodeURIComponent(text);
    });
}
