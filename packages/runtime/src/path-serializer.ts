import type { PathSerializer } from "openapi-fetch";
import { InvalidRequestError } from "./errors.js";

/**
 * Whether a path-parameter value would be read as a dot-segment (`.` or `..`) by a URL parser or
 * by a server that percent-decodes once or twice: `.`, `..`, `%2e`, `.%2E`, `%252e%252e`, ...
 *
 * @param value - The raw parameter value.
 * @returns `true` for dot-segments.
 */
export function isDotSegment(value: string): boolean {
  if (value.length > 32 || (!value.includes(".") && !value.includes("%"))) return false;
  let v = value.toLowerCase();
  for (let i = 0; i < 3 && v.includes("%25"); i++) v = v.replaceAll("%25", "%");
  v = v.replaceAll("%2e", ".");
  return v === "." || v === "..";
}

/**
 * Creates the `pathSerializer` given to openapi-fetch. Each `{name}` in the path template is
 * replaced by `encodeURIComponent(String(value))`, so `/`, `?`, `#` and `%` in a value can never
 * change the path or the query. Refused with {@link InvalidRequestError} before any I/O:
 * a missing or empty value, a dot-segment value (see {@link isDotSegment}), a non-scalar value and
 * label/matrix/explode template styles.
 *
 * @param vendor - The vendor, for errors.
 * @returns A path serializer.
 */
export function createPathSerializer(vendor: string): PathSerializer {
  return function serializePath(pathname: string, pathParams: Record<string, unknown>): string {
    let open = pathname.indexOf("{");
    if (open === -1) return pathname;
    let out = "";
    let from = 0;
    while (open !== -1) {
      const close = pathname.indexOf("}", open);
      if (close === -1) break;
      const name = pathname.slice(open + 1, close);
      out += pathname.slice(from, open) + encodeParam(vendor, name, pathParams[name]);
      from = close + 1;
      open = pathname.indexOf("{", from);
    }
    return out + pathname.slice(from);
  };
}

function encodeParam(vendor: string, name: string, value: unknown): string {
  if (/^[.;]|\*$/.test(name)) {
    throw new InvalidRequestError({ vendor, reason: "unsafe_path_parameter", parameter: name, detail: `path parameter style "{${name}}" is not supported` });
  }
  if (value === undefined || value === null) {
    throw new InvalidRequestError({ vendor, reason: "missing_path_parameter", parameter: name, detail: `path parameter "${name}" is missing` });
  }
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") text = String(value);
  else {
    throw new InvalidRequestError({ vendor, reason: "unsafe_path_parameter", parameter: name, detail: `path parameter "${name}" must be a string or a number` });
  }
  if (text === "") {
    throw new InvalidRequestError({ vendor, reason: "unsafe_path_parameter", parameter: name, detail: `path parameter "${name}" must not be empty` });
  }
  if (isDotSegment(text)) {
    throw new InvalidRequestError({ vendor, reason: "unsafe_path_parameter", parameter: name, detail: `path parameter "${name}" must not be a dot-segment ("." or "..", encoded or not)` });
  }
  return encodeURIComponent(text);
}
