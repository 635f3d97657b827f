import type { OpenApiDocument, SecurityRequirementObject, SecuritySchemeObject } from "./openapi.ts";

/** The parts of a request that can carry credentials. */
export interface CredentialSource {
  /** Request headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly query: URLSearchParams;
}

/** Header names that always carry credentials, lower-cased. */
const ALWAYS_SECRET_HEADERS = ["authorization", "proxy-authorization", "cookie", "api_access_token", "x-api-key"];

/** Names of headers and query parameters whose values are credentials. */
export interface CredentialNames {
  /** Lower-cased header names. */
  readonly headers: ReadonlySet<string>;
  readonly query: ReadonlySet<string>;
}

/** The header and query parameter names that carry credentials in `doc` (plus the usual auth headers). */
export function credentialNames(doc: OpenApiDocument): CredentialNames {
  const headers = new Set(ALWAYS_SECRET_HEADERS);
  const query = new Set<string>();
  for (const scheme of Object.values(doc.components?.securitySchemes ?? {})) {
    if (scheme.type !== "apiKey") continue;
    if (scheme.in === "header") headers.add(scheme.name.toLowerCase());
    if (scheme.in === "query") query.add(scheme.name);
  }
  return { headers, query };
}

function cookieNames(header: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const pair of (header ?? "").split(";")) {
    const [name = "", value = ""] = pair.split("=", 2);
    if (name.trim() !== "" && value.trim() !== "") names.add(name.trim());
  }
  return names;
}

function satisfies(scheme: SecuritySchemeObject | undefined, request: CredentialSource): boolean {
  // A requirement naming an undeclared scheme is a spec error, not the client's: let it through.
  if (scheme === undefined) return true;
  switch (scheme.type) {
    case "http": {
      const authorization = request.headers.authorization ?? "";
      const [kind = "", credentials = ""] = authorization.split(" ", 2);
      return kind.toLowerCase() === scheme.scheme.toLowerCase() && credentials.trim() !== "";
    }
    case "apiKey": {
      if (scheme.in === "header") return (request.headers[scheme.name.toLowerCase()] ?? "").trim() !== "";
      if (scheme.in === "query") return (request.query.get(scheme.name) ?? "") !== "";
      return cookieNames(request.headers.cookie).has(scheme.name);
    }
    case "oauth2":
    case "openIdConnect": {
      const [kind = "", token = ""] = (request.headers.authorization ?? "").split(" ", 2);
      return kind.toLowerCase() === "bearer" && token.trim() !== "";
    }
    case "mutualTLS":
      return true;
  }
}

/**
 * Whether a request meets the security requirements: one requirement object must be met in full
 * (all of its schemes); an empty list or an empty requirement object means no credentials needed.
 */
export function isAuthorized(
  doc: OpenApiDocument,
  requirements: readonly SecurityRequirementObject[],
  request: CredentialSource,
): boolean {
  if (requirements.length === 0) return true;
  const schemes = doc.components?.securitySchemes ?? {};
  return requirements.some((requirement) =>
    Object.keys(requirement).every((name) => satisfies(schemes[name], request)),
  );
}
