import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { HTTP_METHODS, type OpenApiDocument } from "./openapi.ts";
import { isVendor, type Vendor } from "./vendors.ts";

/**
 * Where the vendor specs are, found from this module's own location (never a path fixed at build
 * time). The published package carries a copy of `specs/` next to its built code (`dist/specs/`,
 * copied by the build); inside the repository, code run from `src/` reads the repository's own
 * `specs/` (`packages/mock-server/src/` → `specs/`), the single source of truth, so a spec edit is
 * seen at once.
 */
function specsDir(): string {
  const shipped = fileURLToPath(new URL("./specs/", import.meta.url));
  return existsSync(shipped) ? shipped : fileURLToPath(new URL("../../../specs/", import.meta.url));
}

/** Absolute path of the OpenAPI document of `vendor` (`specs/<vendor>.yaml`). */
export function specPath(vendor: Vendor): string {
  return resolve(specsDir(), `${vendor}.yaml`);
}

/**
 * Reads and parses an OpenAPI document.
 * @param vendorOrPath - a {@link Vendor} (reads `specs/<vendor>.yaml`) or a path to a YAML/JSON file,
 *   resolved against the current directory.
 * @throws Error if the file is missing, is not YAML, or is not an OpenAPI 3.x document.
 */
export function loadSpec(vendorOrPath: Vendor | (string & Record<never, never>)): OpenApiDocument {
  const file = isVendor(vendorOrPath) ? specPath(vendorOrPath) : resolve(vendorOrPath);
  const doc: unknown = parse(readFileSync(file, "utf8"), { maxAliasCount: -1 });
  if (typeof doc !== "object" || doc === null || typeof (doc as { openapi?: unknown }).openapi !== "string") {
    throw new Error(`${file} is not an OpenAPI document (no "openapi" field)`);
  }
  return doc as OpenApiDocument;
}

/** Every `operationId` a spec declares, in spec order (for "each operation exercised" checks). */
export function operationIds(vendorOrPath: Vendor | (string & Record<never, never>)): string[] {
  const ids: string[] = [];
  for (const pathItem of Object.values(loadSpec(vendorOrPath).paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const id = pathItem[method]?.operationId;
      if (id !== undefined) ids.push(id);
    }
  }
  return ids;
}
