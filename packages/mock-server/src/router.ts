import { joinPointer, resolveRef } from "./json-pointer.ts";
import {
  HTTP_METHODS,
  type HttpMethod,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type SecurityRequirementObject,
} from "./openapi.ts";

/** A parameter of an operation with its `$ref` resolved. */
export interface ResolvedParameter {
  readonly name: string;
  readonly in: ParameterObject["in"];
  readonly required: boolean;
  readonly parameter: ParameterObject;
  /** JSON pointer of the parameter's schema, if it has one. */
  readonly schemaPointer: string | undefined;
}

/** An operation of the document, ready to serve. */
export interface RouteOperation {
  /** The operation's `operationId`, or `"<METHOD> <path>"` when it has none. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The OpenAPI path template, e.g. `/conversations/{id}`. */
  readonly path: string;
  /** JSON pointer of the Operation Object. */
  readonly pointer: string;
  readonly operation: OperationObject;
  /** Path-level and operation-level parameters merged (operation wins), `$ref`s resolved. */
  readonly parameters: readonly ResolvedParameter[];
  /** The security requirements in force: the operation's, else the document's. */
  readonly security: readonly SecurityRequirementObject[];
}

/** The outcome of routing a request path. */
export type RouteResult =
  | { readonly kind: "matched"; readonly operation: RouteOperation; readonly pathParams: Readonly<Record<string, string>> }
  | { readonly kind: "not-found" }
  | { readonly kind: "method-not-allowed"; readonly allowed: readonly string[] }
  | { readonly kind: "bad-encoding"; readonly message: string };

interface CompiledPath {
  readonly template: string;
  readonly regex: RegExp;
  readonly names: readonly string[];
  readonly operations: ReadonlyMap<string, RouteOperation>;
}

/** Matches request paths (relative to the server's base path) against a document's path templates. */
export class Router {
  readonly #paths: readonly CompiledPath[];
  /** Every operation of the document, in document order. */
  readonly operations: readonly RouteOperation[];

  /** @param doc - the document whose `paths` are routed. */
  constructor(doc: OpenApiDocument) {
    const compiled: CompiledPath[] = [];
    const all: RouteOperation[] = [];
    for (const [template, pathItem] of Object.entries(doc.paths ?? {})) {
      const pathPointer = joinPointer("/paths", template);
      const names: string[] = [];
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          if (part.startsWith("{") && part.endsWith("}")) {
            names.push(part.slice(1, -1));
            return "([^/]+)";
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
        .join("");
      const operations = new Map<string, RouteOperation>();
      for (const method of HTTP_METHODS) {
        const operation = pathItem[method];
        if (operation === undefined) continue;
        const pointer = joinPointer(pathPointer, method);
        const merged = new Map<string, ResolvedParameter>();
        const add = (list: OperationObject["parameters"], at: string): void => {
          (list ?? []).forEach((entry, index) => {
            const { value, pointer: paramPointer } = resolveRef<ParameterObject>(doc, entry, joinPointer(at, "parameters", index));
            merged.set(`${value.in}:${value.name}`, {
              name: value.name,
              in: value.in,
              required: value.in === "path" || value.required === true,
              parameter: value,
              schemaPointer: value.schema === undefined ? undefined : joinPointer(paramPointer, "schema"),
            });
          });
        };
        add(pathItem.parameters, pathPointer);
        add(operation.parameters, pointer);
        const route: RouteOperation = {
          operationId: operation.operationId ?? `${method.toUpperCase()} ${template}`,
          method,
          path: template,
          pointer,
          operation,
          parameters: [...merged.values()],
          security: operation.security ?? doc.security ?? [],
        };
        operations.set(method, route);
        all.push(route);
      }
      compiled.push({ template, regex: new RegExp(`^${source}$`), names, operations });
    }
    // Literal paths win over templates: `/conversations/search` before `/conversations/{id}`.
    compiled.sort((a, b) => a.names.length - b.names.length);
    this.#paths = compiled;
    this.operations = all;
  }

  /**
   * Routes a request.
   * @param method - the HTTP method (any case).
   * @param path - the still percent-encoded path relative to the base path, starting with `/`.
   */
  match(method: string, path: string): RouteResult {
    const lower = method.toLowerCase();
    let allowed: string[] | undefined;
    for (const candidate of this.#paths) {
      const found = candidate.regex.exec(path);
      if (found === null) continue;
      const operation = candidate.operations.get(lower);
      if (operation === undefined) {
        allowed ??= [...candidate.operations.keys()].map((m) => m.toUpperCase());
        continue;
      }
      const pathParams: Record<string, string> = {};
      for (const [index, name] of candidate.names.entries()) {
        const raw = found[index + 1] ?? "";
        try {
          pathParams[name] = decodeURIComponent(raw);
        } catch {
          return { kind: "bad-encoding", message: `path parameter ${name} is not valid percent-encoding: ${raw}` };
        }
      }
      return { kind: "matched", operation, pathParams };
    }
    return allowed === undefined ? { kind: "not-found" } : { kind: "method-not-allowed", allowed };
  }
}
