import type { PathSerializer } from "openapi-fetch";
import { InvalidRequestError } from "./errors.js";

/**
 * Whether a path-parameter value is or holds a dot-segment (`.`, `..`) for a URL parser or a server
 * that percent-decodes it once or more: `%2e`, `.%2E`, `%252e%252e`, `%2e%2e%2f`, `..\x`, any case.
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

/** The text of a path-parameter value: strings, bigints, booleans, numbers from 0 to `MAX_SAFE_INTEGER` (beyond, `String()` gives `1e+21` or another id); else `undefined`. */
function scalar(value: unknown): string | undefined {
  if (typeof value === "number") return value >= 0 && value <= Number.MAX_SAFE_INTEGER ? String(value) : undefined;
  return typeof value === "string" || typeof value === "bigint" || typeof value === "boolean" ? String(value) : undefined;
}

/**
 * The `pathSerializer` given to openapi-fetch: `{name}` becomes `encodeURIComponent(value)`, so no value
 * changes the path or query; a missing, empty, dot-segment or non-scalar value, or a styled template, is refused.
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
