import { InvalidRequestError } from "./errors.js";

/** Characters no header value may contain (the platform would throw an error quoting the value). */
const INVALID_VALUE = /[\0\r\n]/;

/** Leading/trailing HTTP whitespace, which the platform strips (so a trailing newline is fine). */
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * Checks per-request header values before openapi-fetch merges them: an invalid value (a line break
 * inside the value, e.g. a header-injection attempt) would otherwise make the platform throw a
 * TypeError that quotes the value. Throws {@link InvalidRequestError} naming only the header.
 *
 * @param vendor - The vendor, for the error.
 * @param headers - openapi-fetch `headers` or `params.header` (object, tuples or Headers).
 */
export function assertHeaderValues(vendor: string, headers: unknown): void {
  if (headers === null || typeof headers !== "object" || headers instanceof Headers) return;
  const entries: Iterable<unknown> = Array.isArray(headers) ? (headers as unknown[]) : Object.entries(headers);
  for (const entry of entries) {
    if (!Array.isArray(entry)) continue;
    const [name, value] = entry as [unknown, unknown];
    const values: unknown[] = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if ((typeof v === "string" || typeof v === "number" || typeof v === "boolean") && INVALID_VALUE.test(String(v).replace(EDGE_WHITESPACE, ""))) {
        throw new InvalidRequestError({
          vendor,
          reason: "invalid_option",
          parameter: String(name),
          detail: `header "${String(name)}" has an invalid value (it contains a line break or NUL)`,
        });
      }
    }
  }
}
