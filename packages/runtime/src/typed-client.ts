/**
 * The static types of an {@link ApiClient}: openapi-fetch's `Client`, with two changes that the
 * runtime can promise and openapi-fetch cannot:
 *
 * - with `throwOnError: true` a failed call throws, so every method resolves to the success
 *   branch only: `data` is the success type, with no `| undefined` at the call site;
 * - an inline request body may not carry a property its operation does not declare (openapi-fetch
 *   infers the body generically, so TypeScript's excess-property check never runs there).
 *
 * Types only: nothing here exists at run time.
 */
import type { Client, FetchResponse, MaybeOptionalInit } from "openapi-fetch";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type MediaType = `${string}/${string}`;

/** The paths of `Paths` that have an operation for `M` (openapi-typescript writes `m?: never` for the others). */
type PathsWithMethod<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof Paths];

/** The keys of `T` that are required (as openapi-typescript-helpers defines it). */
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

/** The operation object of one path item for `M` (`{}` when absent, which no caller can reach). */
type OperationOf<Item, M extends HttpMethod> = Item extends { [K in M]: infer O } ? (O extends object ? O : never) : never;

/**
 * The result of a call: only its success branch when errors throw (`Throws` is `true`), else the
 * whole union (`Throws` is `boolean`: the client may or may not throw). A throwing client is then a
 * subtype of the plain one and can be passed wherever the plain one is expected.
 */
export type CallResult<R, Throws extends boolean> = [Throws] extends [true] ? Extract<R, { error?: never }> : R;

/** One HTTP method of the client (`GET`, `POST`, …). */
export type ApiMethod<Paths, M extends HttpMethod, Throws extends boolean> = <
  Path extends PathsWithMethod<Paths, M>,
  Init extends MaybeOptionalInit<Paths[Path], M & keyof Paths[Path]>,
>(
  url: Path,
  ...init: InitParam<Init & ExactBody<Init, MaybeOptionalInit<Paths[Path], M & keyof Paths[Path]>>>
) => Promise<CallResult<FetchResponse<OperationOf<Paths[Path], M>, Init, MediaType>, Throws>>;

/** Whether a client created with options `O` throws on errors: `true` for a literal `throwOnError: true`, else `boolean`. */
export type ThrowsOf<O> = O extends { throwOnError: true } ? true : boolean;

/** openapi-fetch's client surface with the SDK's method types. */
export type TypedClient<Paths extends object, Throws extends boolean> = Omit<Client<Paths>, Uppercase<HttpMethod>> & {
  /** Call a GET endpoint. */
  GET: ApiMethod<Paths, "get", Throws>;
  /** Call a PUT endpoint. */
  PUT: ApiMethod<Paths, "put", Throws>;
  /** Call a POST endpoint. */
  POST: ApiMethod<Paths, "post", Throws>;
  /** Call a DELETE endpoint. */
  DELETE: ApiMethod<Paths, "delete", Throws>;
  /** Call an OPTIONS endpoint. */
  OPTIONS: ApiMethod<Paths, "options", Throws>;
  /** Call a HEAD endpoint. */
  HEAD: ApiMethod<Paths, "head", Throws>;
  /** Call a PATCH endpoint. */
  PATCH: ApiMethod<Paths, "patch", Throws>;
  /** Call a TRACE endpoint. */
  TRACE: ApiMethod<Paths, "trace", Throws>;
};
