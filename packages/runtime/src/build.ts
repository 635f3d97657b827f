/** A call's refusal before any I/O, or its request built with openapi-fetch's own serializers. */
import { createFinalURL, createQuerySerializer, defaultBodySerializer, type HeadersOptions, mergeHeaders, type Middleware, type MiddlewareRequestParams, type ParseAs, type QuerySerializer, type QuerySerializerOptions, removeTrailingSlash } from "openapi-fetch";
import type { InvalidRequestError } from "./errors.js";
import { baseUrlError, headersError, invalidRequest, type ResolvedOptions } from "./options.js";

/** A body serializer as openapi-fetch calls it: with the merged headers. */
export type Serialize = (body: unknown, headers?: Headers) => unknown;

/** A fetch implementation given a `Request`. */
export type Transport = (input: Request, requestInitExt?: Record<string, unknown>) => Promise<Response>;

/** The per-call options openapi-fetch accepts (`FetchOptions`), as the core reads them. */
export interface CallInit {
  readonly baseUrl?: string;
  readonly fetch?: Transport;
  readonly Request?: typeof Request;
  readonly headers?: HeadersOptions;
  readonly params?: MiddlewareRequestParams;
  readonly parseAs?: ParseAs;
  readonly querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  readonly bodySerializer?: Serialize;
  readonly pathSerializer?: unknown;
  readonly body?: unknown;
  readonly middleware?: readonly Middleware[];
  readonly signal?: AbortSignal | null;
  readonly redirect?: RequestRedirect;
  /** Any other `RequestInit` field (`credentials`, `cache`, …) or custom property. */
  readonly [field: string]: unknown;
}

/** What a client computes once for all its calls. */
export interface Defaults {
  readonly o: ResolvedOptions;
  readonly baseUrl: string;
  readonly querySerializer: QuerySerializer<unknown>;
  readonly pathSerializer: (pathname: string, params: Record<string, unknown>) => string;
}

const PARSE_AS: ReadonlySet<string> = new Set(["json", "text", "blob", "arrayBuffer", "stream"]);

/** Fields of a call's init the core consumes itself (the rest go to fetch). */
const OWN = new Set(["baseUrl", "fetch", "Request", "headers", "params", "parseAs", "querySerializer", "bodySerializer", "pathSerializer", "body", "middleware", "signal", "redirect", "method"]);

/** Why a call must not be sent, or `undefined`. */
export function refusal(o: ResolvedOptions, path: unknown, init: CallInit): InvalidRequestError | undefined {
  const { vendor } = o;
  // Appended to the base URL, a path without its leading "/" would change the host ("…com" + ".evil.example/").
  if (typeof path !== "string" || !path.startsWith("/")) return invalidRequest(vendor, "invalid_url", "path", 'the path must start with "/"');
  const invalid = headersError(vendor, init.headers) ?? headersError(vendor, init.params?.header);
  if (invalid) return invalid;
  if (init.pathSerializer !== undefined) return invalidRequest(vendor, "invalid_option", "pathSerializer", "pathSerializer is not supported: the SDK encodes path parameters itself");
  if (init.parseAs !== undefined && !PARSE_AS.has(init.parseAs)) return invalidRequest(vendor, "invalid_option", "parseAs", `parseAs must be one of ${[...PARSE_AS].join(", ")}`);
  const badUrl = init.baseUrl === undefined ? undefined : baseUrlError(vendor, "baseUrl", typeof init.baseUrl === "string" ? init.baseUrl : "", o.allowInsecureHttp);
  if (badUrl) return badUrl;
  // openapi-fetch serializes path parameters only when `params.path` exists: a template must not go out as `%7Bid%7D`.
  const name = path.includes("{") ? /\{([^{}]*)\}/.exec(path)?.[1] : undefined;
  const values: unknown = init.params?.path;
  if (name !== undefined && (typeof values !== "object" || values === null)) return invalidRequest(vendor, "missing_path_parameter", name, `path parameter "${name}" is missing`);
  return undefined;
}

/** A call's URL, headers and body, built as openapi-fetch's `coreFetch` does, with the `RequestInit` fields to forward and the serializers used. */
export function build(d: Defaults, method: string, path: string, init: CallInit) {
  const { o } = d;
  const params = init.params ?? {};
  const own = init.querySerializer;
  const querySerializer =
    own === undefined ? d.querySerializer : typeof own === "function" ? own : createQuerySerializer({ ...(typeof o.querySerializer === "object" ? o.querySerializer : {}), ...own });
  const baseUrl = init.baseUrl ? removeTrailingSlash(init.baseUrl) : d.baseUrl;
  const url = createFinalURL(path, { baseUrl, params, querySerializer, pathSerializer: d.pathSerializer });
  const bodySerializer = init.bodySerializer ?? (o.bodySerializer as Serialize | undefined) ?? defaultBodySerializer;
  const header = params.header as HeadersOptions | undefined;
  const body = init.body === undefined ? undefined : bodySerializer(init.body, mergeHeaders(o.headers, init.headers, header));
  const headers = mergeHeaders(body === undefined || body instanceof FormData ? {} : { "Content-Type": "application/json" }, o.headers, init.headers, header);
  let fields = o.fields;
  for (const key in init) {
    if (OWN.has(key)) continue;
    if (fields === o.fields) fields = { ...o.fields };
    fields[key] = init[key];
  }
  return { url, method, headers, body: (body ?? null) as BodyInit | null, fields, querySerializer, bodySerializer, baseUrl };
}
