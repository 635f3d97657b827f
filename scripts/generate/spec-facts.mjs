/**
 * What a vendor package needs from its spec besides the types: the default base URL (`servers`)
 * and how the credential is sent (`securitySchemes`, with the `x-client-option` extension naming
 * the client option that carries it). See specs/README.md.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** Parse a YAML or JSON spec file. */
export function readSpec(specPath) {
  return parse(readFileSync(specPath, "utf8"));
}

/**
 * The default base URL: `servers[0].url` with every `{variable}` replaced by its default.
 * @returns {{ url: string, description: string }}
 */
export function defaultServer(spec, where) {
  const server = spec.servers?.[0];
  if (!server?.url) throw new Error(`${where}: the spec has no servers[0].url to take the default base URL from`);
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name) => {
    const value = server.variables?.[name]?.default;
    if (typeof value !== "string") throw new Error(`${where}: servers[0] variable {${name}} has no default`);
    return value;
  });
  if (!/^https?:\/\/[^/]/.test(url) || url.endsWith("/")) {
    throw new Error(`${where}: default base URL "${url}" must be an absolute http(s) URL without a trailing slash`);
  }
  return { url, description: server.description ?? "" };
}

/**
 * The credential the client takes, from the spec's only security scheme.
 * - `http` + `bearer` → `Authorization: Bearer <value>`;
 * - `apiKey` in a header → that header.
 * `x-client-option: { name, description }` on the scheme names the client option and documents it.
 * The option is required when the spec's top-level `security` needs the scheme (every operation
 * does), optional when only some operations declare it.
 * @returns {{ option: string, description: string, required: boolean, auth: { kind: "bearer" } | { kind: "header", name: string } }}
 */
export function clientCredential(spec, where) {
  const schemes = Object.entries(spec.components?.securitySchemes ?? {});
  if (schemes.length !== 1) {
    throw new Error(`${where}: expected exactly one security scheme, found ${schemes.length} (${schemes.map(([n]) => n).join(", ")})`);
  }
  const [schemeName, scheme] = schemes[0];
  const ext = scheme["x-client-option"];
  if (!ext || typeof ext.name !== "string" || !/^[a-z][A-Za-z0-9]*$/.test(ext.name) || typeof ext.description !== "string") {
    throw new Error(`${where}: securitySchemes.${schemeName} needs x-client-option: { name: <camelCase option>, description: <TSDoc> }`);
  }
  let auth;
  if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "bearer") auth = { kind: "bearer" };
  else if (scheme.type === "apiKey" && scheme.in === "header" && typeof scheme.name === "string") auth = { kind: "header", name: scheme.name };
  else throw new Error(`${where}: securitySchemes.${schemeName}: only http bearer and apiKey-in-header are supported`);
  const required = (spec.security ?? []).some((requirement) => schemeName in requirement);
  return { option: ext.name, description: ext.description.trim(), required, auth };
}
