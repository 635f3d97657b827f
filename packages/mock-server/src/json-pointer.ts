import type { OpenApiDocument, ReferenceObject } from "./openapi.ts";

/** Appends reference tokens to a JSON pointer (`""` is the whole document), escaping `~` and `/`. */
export function joinPointer(pointer: string, ...tokens: readonly (string | number)[]): string {
  let out = pointer;
  for (const token of tokens) out += "/" + String(token).replaceAll("~", "~0").replaceAll("/", "~1");
  return out;
}

/** Splits a JSON pointer into unescaped reference tokens. */
export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The value at `pointer` in `root`, or `undefined` if there is none. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let current = root;
  for (const token of splitPointer(pointer)) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/** Whether `value` is a Reference Object. */
export function isReference(value: unknown): value is ReferenceObject {
  return typeof value === "object" && value !== null && typeof (value as { $ref?: unknown }).$ref === "string";
}

/** A value found in the document, with the JSON pointer where it lives. */
export interface Located<T> {
  readonly value: T;
  readonly pointer: string;
}

/**
 * Follows local `$ref`s (`#/...`) until a non-reference object is reached.
 * @throws Error if a reference is external, dangling or circular.
 */
export function resolveRef<T>(doc: OpenApiDocument, value: T | ReferenceObject, pointer: string): Located<T> {
  let current: unknown = value;
  let at = pointer;
  const seen = new Set<string>();
  while (isReference(current)) {
    const ref = current.$ref;
    if (!ref.startsWith("#")) throw new Error(`${at}: only local $refs are supported, got ${ref}`);
    if (seen.has(ref)) throw new Error(`${at}: circular $ref ${ref}`);
    seen.add(ref);
    at = decodeURIComponent(ref.slice(1));
    current = getAtPointer(doc, at);
    if (current === undefined) throw new Error(`${pointer}: $ref ${ref} does not resolve`);
  }
  return { value: current as T, pointer: at };
}
