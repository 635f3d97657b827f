/**
 * The SDK's internal view of a request: what the attempt loop needs to send it (again).
 *
 * @packageDocumentation
 */

/** Everything needed to send a request, possibly several times. */
export interface PreparedRequest {
  /** Absolute URL. */
  readonly url: string;
  /** Upper-case method. */
  readonly method: string;
  /** Headers (not mutated; redirects copy them). */
  readonly headers: Headers;
  /** A body that can be sent more than once (string, ArrayBuffer, FormData, ...), or `null`. */
  readonly body: BodyInit | null;
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined;
  /** Other RequestInit fields to pass through (credentials, cache, dispatcher, ...). */
  readonly init: RequestInit;
}

/** How openapi-fetch will read the body (its `parseAs` option). */
export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";

/** Per-request facts the fetch layer cannot see on a Request: the operation and `parseAs`. */
export interface RequestMeta {
  /** Upper-case method. */
  readonly method: string;
  /** OpenAPI path template. */
  readonly path: string;
  /** openapi-fetch's `parseAs`. */
  readonly parseAs: ParseAs;
  /** A per-request `fetch` given by the caller, used instead of the client's. */
  readonly transport: ((input: Request) => Promise<Response>) | undefined;
}

/**
 * Whether the body is a one-shot stream that must be buffered before it can be re-sent.
 *
 * @param body - A request body.
 * @returns `true` for ReadableStreams.
 */
export function isStreamBody(body: unknown): body is ReadableStream {
  return typeof ReadableStream !== "undefined" && body instanceof ReadableStream;
}

/**
 * Builds a {@link PreparedRequest} from the `RequestInit` openapi-fetch produced (fast path: no
 * Request object was ever constructed). A one-shot stream body is left as is; see
 * {@link withBufferedBody}.
 *
 * @param url - The final URL.
 * @param init - openapi-fetch's RequestInit (method, headers as a Headers object, body, signal, ...).
 * @returns The prepared request.
 */
export function prepareFromInit(url: string, init: RequestInit): PreparedRequest {
  const headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
  return { url, method: (init.method ?? "GET").toUpperCase(), headers, body: init.body ?? null, signal: init.signal ?? undefined, init };
}

/**
 * The same request with a one-shot stream body read into an ArrayBuffer, so it can be re-sent.
 *
 * @param prepared - A prepared request whose body is a ReadableStream.
 * @returns The prepared request with a buffered body.
 */
export async function withBufferedBody(prepared: PreparedRequest): Promise<PreparedRequest> {
  const body = await new Response(prepared.body).arrayBuffer();
  return { ...prepared, body };
}

/**
 * Builds a {@link PreparedRequest} from a real Request (used when user middleware is registered,
 * so middleware sees genuine Request objects). The body is read once into an ArrayBuffer so it
 * can be re-sent on retries and 307/308 redirects.
 *
 * @param request - The request.
 * @returns The prepared request.
 */
export async function prepareFromRequest(request: Request): Promise<PreparedRequest> {
  const body = request.body === null ? null : await request.arrayBuffer();
  const init: RequestInit = {};
  if (request.credentials !== "same-origin") init.credentials = request.credentials;
  if (request.cache !== "default") init.cache = request.cache;
  if (request.keepalive) init.keepalive = true;
  if (request.integrity !== "") init.integrity = request.integrity;
  if (request.referrerPolicy !== "") init.referrerPolicy = request.referrerPolicy;
  if (request.mode === "same-origin" || request.mode === "no-cors") init.mode = request.mode;
  return { url: request.url, method: request.method, headers: request.headers, body, signal: request.signal, init };
}
