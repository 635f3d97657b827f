/**
 * Build step: one sample delivery body per Chatwoot webhook event, from specs/chatwoot.yaml's
 * `webhooks:` section, written to dist/webhook-samples.json for `conversations trigger`.
 * An event's body is the first example its request body declares (`examples` or `example`); an
 * event without one gets a sample built from its schema (const, enum, example and default values;
 * required properties only), and says so (`source: "schema"`).
 *
 *     node build/webhook-samples.mjs <spec> <out.json>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";

const [specPath, outPath] = process.argv.slice(2);
const spec = parse(readFileSync(specPath, "utf8"));

function resolve(schema) {
  let s = schema;
  for (let i = 0; s?.$ref !== undefined && i < 50; i++) {
    s = s.$ref.replace(/^#\//, "").split("/").reduce((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return s ?? {};
}

function sample(schema, depth = 0) {
  const s = resolve(schema);
  if (depth > 12) return null;
  if (s.const !== undefined) return s.const;
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (Array.isArray(s.allOf)) return Object.assign({}, ...s.allOf.map((part) => sample(part, depth + 1)));
  const choice = s.oneOf ?? s.anyOf;
  if (Array.isArray(choice)) return sample(choice.find((c) => resolve(c).type !== "null") ?? choice[0], depth + 1);
  const type = Array.isArray(s.type) ? (s.type.find((t) => t !== "null") ?? "null") : s.type;
  switch (type) {
    case "object": {
      const out = {};
      for (const key of s.required ?? []) out[key] = sample(s.properties?.[key] ?? {}, depth + 1);
      return out;
    }
    case "array":
      return s.minItems > 0 ? [sample(s.items ?? {}, depth + 1)] : [];
    case "integer":
    case "number":
      return s.minimum ?? 1;
    case "boolean":
      return false;
    case "string":
      return s.format === "date-time" ? "2024-01-15T10:30:00.000Z" : "sample";
    case "null":
      return null;
    default:
      return s.properties === undefined ? null : sample({ ...s, type: "object" }, depth + 1);
  }
}

const out = {};
for (const [event, item] of Object.entries(spec.webhooks ?? {})) {
  const media = item.post?.requestBody?.content?.["application/json"] ?? {};
  const named = Object.entries(media.examples ?? {})[0];
  if (named !== undefined) out[event] = { source: `example "${named[0]}"`, body: resolve(named[1]).value };
  else if (media.example !== undefined) out[event] = { source: "example", body: media.example };
  else {
    // A schema shared by several events (typing on/off) lists them all; the sample names its own.
    const body = sample(media.schema ?? {});
    out[event] = { source: "schema", body: body !== null && typeof body === "object" && "event" in body ? { ...body, event } : body };
  }
}
writeFileSync(outPath, `${JSON.stringify(out, null, 2)}\n`);
console.log(`webhook samples: ${Object.keys(out).length} events → ${outPath}`);
