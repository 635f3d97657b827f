/**
 * Whether a `Content-Type` value is JSON: `application/json` or any `+json` suffix type
 * (`application/problem+json`), with any parameters, any case.
 *
 * @param contentType - The header value.
 * @returns `true` for JSON media types.
 */
export function isJsonContentType(contentType: string): boolean {
  return /^\s*(application\/json|[^;\s/]+\/[^;\s]+\+json)\s*(;|$)/i.test(contentType);
}
