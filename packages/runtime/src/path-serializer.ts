import type { PathSerializer } from "openapi-fetch";
import { InvalidRequestError } from "./errors.js";

/**
 * Whether a path-parameter value would be read as a dot-segment (`.` or `..`) by a URL parser or
 * by a server that percent-decodes once or more: `.`, `..`, `%2e`, `.%2E`, `%252e%252e`, ...
 *
 * @param value - The raw parameter value.
 * @returns `true` for dot-segments.
 */
export function isDotSegment(value: string): boolean {
  if (!/^[.%]/.test(value)) return false;
  let v = value.toLowerCase();
  for (let i = 0; i < 3; i++) v = v.replaceAll("%25", "%");
  v = v.replaceAll("%2e", ".");
  return v === "." || v === "..";
}

/** Templates remembered per client; a client fed ever-new paths starts over past this many. */
const MAX_TEMPLATES = 256;

/**
 * Creates the `pathSerializer` given to openapi-fetch. Each `{name}` in the path template is
 * replaced by `encodeURIComponent(String(value))`, so `/`, `?`, `#` and `%` in a value can never
 * change the path or the query. Refused with {@link InvalidRequestError} before any I/O:
 * a missing value (`missing_path_parameter`); an empty, dot-segment (see {@link isDotSegment}) or
 * non-scalar value, and label/matrix/explode template styles (`unsafe_path_parameter`).
 *
 * Each template is split at its placeholders once and remembered (a `replace` with a callback
 * per request cost ~1 µs), so a request only encodes and checks its values.
 *
 * @param vendor - The vendor, for errors.
 * @returns A path serializer.
 */
export function createPathSerializer(vendor: string): PathSerializer {
  /** Template → its parts: literal, name, literal, name, …, literal. */
  const templates = new Map<string, readonly string[]>();
  const encode = (name: string, value: unknown): string => {
    const text = typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean" ? String(value) : "";
    const styled = /^[.;]|\*$/.test(name);
    if (text === "" || styled || isDotSegment(text)) {
      const missing = value == null && !styled;
      throw new InvalidRequestError({
        vendor,
        reason: missing ? "missing_path_parameter" : "unsafe_path_parameter",
        parameter: name,
        detail: `path parameter "${name}" ${missing ? "is missing" : "must be a non-empty string or number, not a dot-segment, in a {simple} template"}`,
      });
    }
    return encodeURIComponent(text);
  };
  return (pathname, pathParams) => {
    let parts = templates.get(pathname);
    if (parts === undefined) {
      if (templates.size >= MAX_TEMPLATES) templates.clear();
      parts = pathname.split(/\{([^{}]*)\}/);
      templates.set(pathname, parts);
    }
    let path = parts[0] ?? "";
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i] ?? "";
      path += encode(name, pathParams[name]) + (parts[i + 1] ?? "");
    }
    return path;
  };
}
