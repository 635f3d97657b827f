/**
 * Whether a `Content-Type` value is JSON: `application/json` or any `+json` suffix type
 * (`application/problem+json`), with any parameters.
 *
 * @param contentType - The header value.
 * @returns `true` for JSON media types.
 */
export function isJsonContentType(contentType: string): boolean {
  if (contentType.startsWith("application/json")) {
    const next = contentType.charCodeAt(16);
    return Number.isNaN(next) || next === 59 /* ; */ || next === 32 /* space */;
  }
  const semi = contentType.indexOf(";");
  const essence = (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  return essence === "application/json" || (essence.endsWith("+json") && essence.includes("/"));
}
