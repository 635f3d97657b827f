/**
 * `createApiClient`: openapi-fetch's client surface over the SDK's request core, plus `vendor` and
 * `withOptions`. Its types are openapi-fetch's `Client`, except that with `throwOnError: true` every
 * method resolves to the success branch only, and an inline body may not carry a property its
 * operation does not declare (openapi-fetch infers it generically, so no excess-property check runs).
 */
import { type Client, createQuerySerializer, type FetchResponse, type MaybeOptionalInit, type Middleware, removeTrailingSlash } from "openapi-fetch";
import type { CallInit } from "./build.js";
import { type ApiClientConfig, type ClientOptions, resolveOptions, VENDOR_SETTINGS } from "./options.js";
import { createPathSerializer } from "./path-serializer.js";
import { createCore } from "./request.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The paths of `Paths` that have an operation for `M` (openapi-typescript writes `m?: never` for the others). */
type PathsWithMethod<Paths, M extends HttpMethod> = { [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never }[keyof Paths];

/** As openapi-typescript-helpers defines them. */
type RequiredKeysOfHelper<T> = { [K in keyof T]: object extends Pick<T, K> ? never : K }[keyof T];
type RequiredKeysOf<T> = RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>;

/** openapi-fetch's init parameter: optional when nothing in it is required. */
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** Marks every property of an inline body that no variant of the declared body has as `never`. */
type ExactBody<Init, Declared> = Init extends { body: infer B }
  ? B extends readonly unknown[]
    ? unknown
    : B extends object
      ? { body: { [K in Exclude<keyof B, KeysOfUnion<NonNullable<Declared extends { body?: infer D } ? D : never>>>]: never } }
      : unknown
  : unknown;

/** The operation object of one path item for `M`. */
type OperationOf<Item, M extends HttpMethod> = Item extends { [K in M]: infer O } ? (O extends object ? O : never) : never;

/** A call's result: the success branch only when `Throws` is `true`, else the union (so a throwing client passes for a plain one). */
export type CallResult<R, Throws extends boolean> = [Throws] extends [true] ? Extract<R, { error?: never }> : R;

/** One HTTP method of the client (`GET`, `POST`, …). */
export type ApiMethod<Paths, M extends HttpMethod, Throws extends boolean> = <
  Path extends PathsWithMethod<Paths, M>,
  Init extends MaybeOptionalInit<Paths[Path], M & keyof Paths[Path]>,
>(
  url: Path,
  ...init: InitParam<Init & ExactBody<Init, MaybeOptionalInit<Paths[Path], M & keyof Paths[Path]>>>
) => Promise<CallResult<FetchResponse<OperationOf<Paths[Path], M>, Init, `${string}/${string}`>, Throws>>;

/** Whether a client created with options `O` throws on errors: `true` for a literal `throwOnError: true`, else `boolean`. */
export type ThrowsOf<O> = O extends { throwOnError: true } ? true : boolean;

/** An openapi-fetch client (same `{ data, error, response }` contract) with the SDK's resilience built in, plus `vendor` and `withOptions`. */
export type ApiClient<Paths extends object, Throws extends boolean = boolean> = Omit<Client<Paths>, Uppercase<HttpMethod>> & {
  /** Calls a GET endpoint; the other methods likewise. */
  GET: ApiMethod<Paths, "get", Throws>;
  PUT: ApiMethod<Paths, "put", Throws>;
  POST: ApiMethod<Paths, "post", Throws>;
  DELETE: ApiMethod<Paths, "delete", Throws>;
  OPTIONS: ApiMethod<Paths, "options", Throws>;
  HEAD: ApiMethod<Paths, "head", Throws>;
  PATCH: ApiMethod<Paths, "patch", Throws>;
  TRACE: ApiMethod<Paths, "trace", Throws>;
  /** The vendor id, e.g. `"chatwoot"`. */
  readonly vendor: string;
  /** A new client with these options over the current ones (headers merged by key) and the same middleware; vendor-fixed settings cannot change. */
  withOptions<const O extends ClientOptions>(overrides: O): ApiClient<Paths, O extends { throwOnError: boolean } ? ThrowsOf<O> : Throws>;
};

/**
 * A typed client for one vendor API (`Paths` from openapi-typescript) with openapi-fetch 0.17's
 * interface; see the README. Throws `InvalidRequestError` for an invalid option, base URL or credential.
 */
export function createApiClient<Paths extends object, Throws extends boolean = boolean>(config: ApiClientConfig): ApiClient<Paths, Throws> {
  const o = resolveOptions(config);
  const { querySerializer } = o;
  const middleware: Middleware[] = [];
  const core = createCore(
    {
      o,
      baseUrl: removeTrailingSlash(o.baseUrl),
      querySerializer: typeof querySerializer === "function" ? querySerializer : createQuerySerializer(querySerializer),
      pathSerializer: createPathSerializer(o.vendor),
    },
    middleware,
  );
  const call = (method: string) => (path: string, init?: CallInit) => core(method, path, init);
  const record = (headers: ClientOptions["headers"]) => (headers instanceof Headers ? Object.fromEntries(headers) : headers);

  const client = {
    vendor: o.vendor,
    request: (method: string, path: string, init?: CallInit) => core(method.toUpperCase(), path, init),
    GET: call("GET"),
    PUT: call("PUT"),
    POST: call("POST"),
    DELETE: call("DELETE"),
    OPTIONS: call("OPTIONS"),
    HEAD: call("HEAD"),
    PATCH: call("PATCH"),
    TRACE: call("TRACE"),
    /** Registers middleware (openapi-fetch's rules: an object with `onRequest`, `onResponse` or `onError`). */
    use(...added: (Middleware | null | undefined)[]): void {
      for (const m of added) {
        if (!m) continue;
        if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
          throw new Error("Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`");
        }
        middleware.push(m);
      }
    },
    /** Unregisters middleware. */
    eject(...removed: Middleware[]): void {
      for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
    },
    withOptions: (overrides: ClientOptions) => {
      const rest = Object.fromEntries(Object.entries(overrides).filter(([key]) => !VENDOR_SETTINGS.has(key)));
      const next = createApiClient<Paths>({ ...config, ...rest, headers: { ...record(config.headers), ...record(overrides.headers) } });
      next.use(...middleware);
      return next;
    },
  };
  // One untyped core behind openapi-fetch's method types, narrowed per path.
  return client as ApiClient<Paths, Throws>;
}
