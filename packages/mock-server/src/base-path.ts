import type { OpenApiDocument } from "./openapi.ts";

/** The pathname of the document's first server URL with variables at their defaults; `""` for `/`. */
export function basePathOf(doc: OpenApiDocument): string {
  const server = doc.servers?.[0];
  if (server === undefined) return "";
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? "");
  const pathname = new URL(url, "http://placeholder.invalid").pathname;
  return pathname.replace(/\/+$/, "");
}

