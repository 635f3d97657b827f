/**
 * The subset of OpenAPI 3.1 object types the mock server reads. Documents are hand-written YAML,
 * so these types describe what a well-formed spec contains; nothing here is validated at load time.
 */

/** A JSON Schema (2020-12) as embedded in an OpenAPI 3.1 document. */
export type SchemaObject = boolean | { readonly [keyword: string]: unknown };

/** `{ $ref }` pointing somewhere in the same document (`#/components/...`). */
export interface ReferenceObject {
  readonly $ref: string;
  readonly summary?: string;
  readonly description?: string;
}

/** Request parameters and body fields that select an example (see `specs/README.md`); values compare as strings. */
export interface MockMatch {
  readonly query?: Readonly<Record<string, unknown>>;
  readonly path?: Readonly<Record<string, unknown>>;
  readonly header?: Readonly<Record<string, unknown>>;
  /** Top-level fields of the request body (JSON, or multipart fields; a file compares as its file name). */
  readonly body?: Readonly<Record<string, unknown>>;
}

/** An Example Object, optionally carrying the `x-mock-match` extension. */
export interface ExampleObject {
  readonly summary?: string;
  readonly description?: string;
  readonly value?: unknown;
  readonly externalValue?: string;
  readonly "x-mock-match"?: MockMatch;
}

/** A Media Type Object (`content.<media type>`). */
export interface MediaTypeObject {
  readonly schema?: SchemaObject;
  readonly example?: unknown;
  readonly examples?: Readonly<Record<string, ExampleObject | ReferenceObject>>;
}

/** Where a parameter lives in the request. */
export type ParameterLocation = "query" | "header" | "path" | "cookie";

/** A Parameter Object. */
export interface ParameterObject {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly description?: string;
  readonly required?: boolean;
  readonly style?: string;
  readonly explode?: boolean;
  readonly schema?: SchemaObject;
  readonly content?: Readonly<Record<string, MediaTypeObject>>;
  readonly example?: unknown;
  readonly examples?: Readonly<Record<string, ExampleObject | ReferenceObject>>;
}

/** A Header Object: a parameter without `name` and `in`. */
export type HeaderObject = Omit<ParameterObject, "name" | "in">;

/** A Request Body Object. */
export interface RequestBodyObject {
  readonly description?: string;
  readonly required?: boolean;
  readonly content?: Readonly<Record<string, MediaTypeObject>>;
}

/** A Response Object. */
export interface ResponseObject {
  readonly description?: string;
  readonly headers?: Readonly<Record<string, HeaderObject | ReferenceObject>>;
  readonly content?: Readonly<Record<string, MediaTypeObject>>;
}

/** A Security Requirement Object: scheme name → scopes. All schemes of one object are required together. */
export type SecurityRequirementObject = Readonly<Record<string, readonly string[]>>;

/** A Security Scheme Object. */
export type SecuritySchemeObject =
  | { readonly type: "http"; readonly scheme: string; readonly bearerFormat?: string }
  | { readonly type: "apiKey"; readonly name: string; readonly in: "header" | "query" | "cookie" }
  | { readonly type: "oauth2" | "openIdConnect" | "mutualTLS" };

/** An Operation Object. */
export interface OperationObject {
  readonly operationId?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly parameters?: readonly (ParameterObject | ReferenceObject)[];
  readonly requestBody?: RequestBodyObject | ReferenceObject;
  readonly responses?: Readonly<Record<string, ResponseObject | ReferenceObject>>;
  readonly security?: readonly SecurityRequirementObject[];
}

/** The HTTP methods a Path Item may hold. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** A lower-case HTTP method as used for Path Item keys. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A Path Item Object. */
export type PathItemObject = {
  readonly parameters?: readonly (ParameterObject | ReferenceObject)[];
} & { readonly [M in HttpMethod]?: OperationObject };

/** A Server Object. */
export interface ServerObject {
  readonly url: string;
  readonly variables?: Readonly<Record<string, { readonly default: string; readonly enum?: readonly string[] }>>;
}

/** A Components Object. */
export interface ComponentsObject {
  readonly schemas?: Readonly<Record<string, SchemaObject>>;
  readonly responses?: Readonly<Record<string, ResponseObject | ReferenceObject>>;
  readonly parameters?: Readonly<Record<string, ParameterObject | ReferenceObject>>;
  readonly examples?: Readonly<Record<string, ExampleObject | ReferenceObject>>;
  readonly requestBodies?: Readonly<Record<string, RequestBodyObject | ReferenceObject>>;
  readonly headers?: Readonly<Record<string, HeaderObject | ReferenceObject>>;
  readonly securitySchemes?: Readonly<Record<string, SecuritySchemeObject>>;
}

/** An OpenAPI 3.1 document. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly servers?: readonly ServerObject[];
  readonly paths?: Readonly<Record<string, PathItemObject>>;
  readonly components?: ComponentsObject;
  readonly security?: readonly SecurityRequirementObject[];
}
