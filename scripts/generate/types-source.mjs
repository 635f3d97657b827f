/**
 * The readable aliases of a vendor package (`src/generated/types.ts`): one per schema, named after
 * it, and one `<OperationId>Query` per operation that takes query parameters. Each carries the
 * first paragraph of the schema's title/description as TSDoc.
 *
 * A name that would shadow a global (`Error`) or clash with `@org/runtime/errors` is suffixed with
 * `Body` (`Error` → `ErrorBody`); a name that still clashes fails the run, naming the schema.
 */
import { reservedNames } from "./reserved-names.mjs";

/** Names the package itself exports next to the aliases (generated schema + client module). */
function packageNames(row) {
  return new Set(["components", "paths", "operations", "webhooks", "$defs", "ClientOptions", ...Object.values(row.client)]);
}

/** `list_conversations`, `list-conversations` → `ListConversations`. */
function pascal(name) {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");
}

/** The first paragraph of a title or description, safe inside a comment, or null. */
function firstParagraph(text) {
  if (typeof text !== "string" || text.trim() === "") return null;
  const paragraph = text.trim().split(/\n\s*\n/)[0];
  return paragraph
    .split("\n")
    .map((line) => line.trim())
    .join(" ")
    .replace(/\*\//g, "*\\/");
}

function tsdoc(lines) {
  return `/** ${lines.join(" ")} */\n`;
}

/**
 * @param {import("../vendors.d.mts").VendorRow} row
 * @param {any} spec the parsed spec
 * @param {string} root repository root
 * @returns {string} the module text (without the generated-file header)
 */
export function typesSource(row, spec, root) {
  const where = row.spec;
  const { globals, runtime } = reservedNames(root);
  const own = packageNames(row);
  const clash = (name) =>
    globals.has(name) ? "a global" : runtime.has(name) ? "an export of @org/runtime/errors" : own.has(name) ? "a name the package exports" : null;
  const taken = new Map();
  const claim = (name, what) => {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) throw new Error(`${where}: ${what} gives the alias "${name}", not a TypeScript identifier`);
    const reason = clash(name);
    if (reason) throw new Error(`${where}: ${what} would be exported as "${name}", which is ${reason}; rename it in the spec`);
    if (taken.has(name)) throw new Error(`${where}: ${what} and ${taken.get(name)} both give the alias "${name}"; rename one in the spec`);
    taken.set(name, what);
    return name;
  };

  let out = "";
  out += 'import type { components, operations } from "./schema.js";\n\n';
  out += 'export type { components, operations, paths } from "./schema.js";\n\n';
  out += 'type Schemas = components["schemas"];\n';

  for (const [schemaName, schema] of Object.entries(spec.components?.schemas ?? {})) {
    const alias = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(schemaName) ? schemaName : pascal(schemaName);
    const renamed = globals.has(alias) || runtime.has(alias) ? `${alias}Body` : alias;
    claim(renamed, `schema "${schemaName}"`);
    const doc = firstParagraph(schema?.title) ?? firstParagraph(schema?.description) ?? `The \`${schemaName}\` schema.`;
    const note = renamed === alias ? "" : ` (Schema \`${schemaName}\`; named \`${renamed}\` so that it does not shadow the global or runtime \`${alias}\`.)`;
    out += `\n${tsdoc([doc + note])}export type ${renamed} = Schemas[${JSON.stringify(schemaName)}];\n`;
  }

  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of ["get", "put", "post", "delete", "options", "head", "patch", "trace"]) {
      const op = item?.[method];
      if (!op?.operationId) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveRef(spec, p));
      if (!params.some((p) => p?.in === "query")) continue;
      const name = claim(`${pascal(op.operationId)}Query`, `the query of ${method.toUpperCase()} ${path}`);
      out += `\n${tsdoc([`Query parameters of \`${method.toUpperCase()} ${path}\` (\`${op.operationId}\`).`])}`;
      out += `export type ${name} = NonNullable<operations[${JSON.stringify(op.operationId)}]["parameters"]["query"]>;\n`;
    }
  }
  return out;
}

function resolveRef(spec, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 16; hops++) {
    const pointer = current.$ref.replace(/^#\//, "").split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    current = pointer.reduce((acc, key) => acc?.[key], spec);
  }
  return current;
}
