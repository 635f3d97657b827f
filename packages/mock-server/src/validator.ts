import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OpenApiDocument } from "./openapi.ts";

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule.default;

const DOCUMENT_ID = "mock-spec://document";

/** A parameter to validate: its name, whether it is required and where its schema lives. */
export interface ParameterSchema {
  readonly name: string;
  readonly required: boolean;
  /** JSON pointer of the parameter's schema in the document, if it has one. */
  readonly schemaPointer: string | undefined;
}

/** The ajv instance options shared by both validators. */
function createAjv(doc: OpenApiDocument, coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    // OpenAPI keywords (example, discriminator, xml, externalDocs, x-*) are not JSON Schema.
    strict: false,
    allErrors: true,
    logger: false,
    coerceTypes: coerce ? "array" : false,
  });
  addFormats(ajv);
  // Register the whole document once so every `#/components/...` $ref resolves against it.
  ajv.addSchema({ ...doc, $id: DOCUMENT_ID }, DOCUMENT_ID, undefined, false);
  return ajv;
}

/** The `$ref` URI of the schema at `pointer` in the registered document. */
function refTo(pointer: string): string {
  return `${DOCUMENT_ID}#${pointer.split("/").map(encodeURIComponent).join("/")}`;
}

/** Formats an ajv error as `<prefix><instancePath> <message>`, adding the offending name where ajv omits it. */
export function formatAjvError(error: ErrorObject, prefix: string): string {
  let message = `${prefix}${error.instancePath} ${error.message ?? "is invalid"}`;
  const params = error.params as Record<string, unknown>;
  if (typeof params.additionalProperty === "string") message += ` (${params.additionalProperty})`;
  if (Array.isArray(params.allowedValues)) message += ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`;
  return message;
}

/**
 * Validates values against the schemas of one OpenAPI 3.1 document with ajv (JSON Schema 2020-12)
 * and ajv-formats. The document is registered once; validators are compiled lazily per schema
 * location and cached.
 */
export class SpecValidator {
  readonly #doc: OpenApiDocument;
  #strict: Ajv2020 | undefined;
  #coercing: Ajv2020 | undefined;
  readonly #cache = new Map<string, ValidateFunction>();

  /** @param doc - the OpenAPI document whose schemas are validated against. */
  constructor(doc: OpenApiDocument) {
    this.#doc = doc;
  }

  /**
   * Validates `value` against the schema at `schemaPointer` (a JSON pointer such as
   * `/components/schemas/Conversation`) without coercion.
   * @param prefix - prepended to each message's instance path, e.g. `"body"`.
   * @returns one message per error; empty when valid.
   * @throws Error if the schema cannot be compiled (an invalid schema or dangling `$ref`).
   */
  validate(schemaPointer: string, value: unknown, prefix = ""): string[] {
    let validateFn = this.#cache.get(schemaPointer);
    if (validateFn === undefined) {
      this.#strict ??= createAjv(this.#doc, false);
      validateFn = this.#strict.compile({ $ref: refTo(schemaPointer) });
      this.#cache.set(schemaPointer, validateFn);
    }
    if (validateFn(value)) return [];
    return (validateFn.errors ?? []).map((error) => formatAjvError(error, prefix));
  }

  /**
   * Validates `value` against the schema at `schemaPointer` after coercing strings to the schema's
   * types (ajv `coerceTypes: "array"`), as form fields need. Coerces `value` in place.
   * @param prefix - prepended to each message's instance path, e.g. `"body"`.
   * @returns one message per error; empty when valid.
   */
  validateCoerced(schemaPointer: string, value: unknown, prefix = ""): string[] {
    const key = `coerced:${schemaPointer}`;
    let validateFn = this.#cache.get(key);
    if (validateFn === undefined) {
      this.#coercing ??= createAjv(this.#doc, true);
      validateFn = this.#coercing.compile({ $ref: refTo(schemaPointer) });
      this.#cache.set(key, validateFn);
    }
    if (validateFn(value)) return [];
    return (validateFn.errors ?? []).map((error) => formatAjvError(error, prefix));
  }

  /**
   * Validates request parameters (all strings, or string arrays for repeated ones) after coercing
   * them to their schemas' types (ajv `coerceTypes: "array"`). Coerces `values` in place.
   * @param cacheKey - identifies `params` (e.g. operation pointer + location); the compiled validator is cached under it.
   * @param prefix - the parameter location, e.g. `"query"`; messages read `query/page must be integer`.
   * @returns one message per error, including missing required parameters; empty when valid.
   */
  validateParameters(
    cacheKey: string,
    params: readonly ParameterSchema[],
    values: Record<string, unknown>,
    prefix: string,
  ): string[] {
    const key = `params:${cacheKey}`;
    let validateFn = this.#cache.get(key);
    if (validateFn === undefined) {
      this.#coercing ??= createAjv(this.#doc, true);
      const properties: Record<string, unknown> = {};
      for (const param of params) {
        properties[param.name] = param.schemaPointer === undefined ? true : { $ref: refTo(param.schemaPointer) };
      }
      validateFn = this.#coercing.compile({
        type: "object",
        properties,
        required: params.filter((p) => p.required).map((p) => p.name),
      });
      this.#cache.set(key, validateFn);
    }
    if (validateFn(values)) return [];
    return (validateFn.errors ?? []).map((error) => formatAjvError(error, prefix));
  }
}
