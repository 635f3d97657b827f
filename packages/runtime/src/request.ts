/**
 * The request core: one call from its arguments to openapi-fetch's `{ data, error, response }`:
 * refuse (before any I/O) → build → attempts → read and parse once. A `Request` is built only for
 * middleware, a custom `fetch` or a custom `Request` class; otherwise each attempt is `fetch(url, init)`.
 */
import type { MergedOptions, Middleware } from "openapi-fetch";
import { type Call, createAttempts } from "./attempts.js";
import { build, type CallInit, type Defaults, refusal, type Transport } from "./build.js";
import { type CallResult, readResult } from "./parse.js";
import type { Hop } from "./redirects.js";

/** Whether a middleware returned something (openapi-fetch tests truthiness; its types say `void`). */
const truthy = (value: unknown): boolean => Boolean(value);

/** Runs one call: method (upper case), path template, openapi-fetch options. */
export type Core = (method: string, path: string, init?: CallInit) => Promise<CallResult>;

/** A client's request core; `use`/`eject` change `middleware` in place. */
export function createCore(d: Defaults, middleware: readonly Middleware[]): Core {
  const { o } = d;
  const run = createAttempts(o);
  const { requestInitExt } = o;

  return async (method, path, init = {}) => {
    const refused = refusal(o, path, init);
    if (refused) throw refused;
    const b = build(d, method, path, init);
    const operation = { method, path };
    const parseAs = init.parseAs ?? "json";
    const transport: Transport | undefined = init.fetch ?? o.fetch;
    const RequestClass = init.Request ?? o.Request;
    const all = init.middleware?.length ? [...middleware, ...init.middleware] : middleware;
    const call = { operation, signal: init.signal, redirect: init.redirect, parseAs };
    const plain = (hop: Hop, signal: AbortSignal): Promise<Response> =>
      fetch(hop.url, { ...b.fields, ...requestInitExt, method: hop.method, headers: hop.headers, body: hop.body, signal, redirect: "manual" });
    // A stream body (from a custom bodySerializer) can be sent once only: buffered, it can be re-sent.
    const body = b.body instanceof ReadableStream ? await new Response(b.body).arrayBuffer() : b.body;
    if (all.length === 0 && !transport && !RequestClass) return run({ ...call, first: { url: b.url, method, headers: b.headers, body }, send: plain, custom: false });

    // openapi-fetch's path: a Request for the middleware, with the call's extra fields attached.
    const Req = RequestClass ?? Request;
    let request = new Req(b.url, { ...b.fields, method, headers: b.headers, body, signal: init.signal ?? null, redirect: init.redirect ?? "follow" });
    for (const key in b.fields) if (!(key in request)) Reflect.set(request, key, b.fields[key]);
    const id = Math.random().toString(36).slice(2, 11);
    const options: MergedOptions = Object.freeze({ baseUrl: b.baseUrl, fetch: (transport ?? globalThis.fetch) as typeof fetch, parseAs, querySerializer: b.querySerializer, bodySerializer: b.bodySerializer, pathSerializer: d.pathSerializer });
    const params = init.params ?? {};
    const context = () => ({ request, schemaPath: path, params, options, id });
    // A Response a middleware hands over is read with the same rules, outside any attempt.
    const given = (response: Response) => readResult(o, response, { method, parseAs, fields: () => ({ vendor: o.vendor, operation, attempts: 0, secrets: o.secrets }) });
    for (const m of all) {
      const result = await m.onRequest?.(context());
      if (result instanceof Response) return given(result);
      if (result instanceof Request) request = result;
      else if (truthy(result)) throw new Error("onRequest: must return new Request() or Response() when modifying the request");
    }
    const sent = request;
    const first: Hop = { url: sent.url, method: sent.method, headers: sent.headers, body: sent.body ? await sent.arrayBuffer() : null };
    const custom = (hop: Hop, signal: AbortSignal): Promise<Response> => {
      const built = new Req(hop.url, { ...b.fields, method: hop.method, headers: hop.headers, body: hop.body, signal, redirect: "manual" });
      // As in openapi-fetch: properties attached to the request (by the caller or a middleware) travel with it.
      for (const key in sent) if (!(key in built)) Reflect.set(built, key, Reflect.get(sent, key));
      return (transport ?? fetch)(built, requestInitExt);
    };
    const onResponse: Call["onResponse"] = all.some((m) => m.onResponse)
      ? async (response) => {
          for (const m of [...all].reverse()) {
            const result = await m.onResponse?.({ ...context(), response });
            if (result instanceof Response) response = result;
            else if (truthy(result)) throw new Error("onResponse: must return new Response() when modifying the response");
          }
          return response;
        }
      : undefined;
    try {
      return await run({ ...call, first, send: transport || RequestClass ? custom : plain, custom: transport !== undefined, onResponse });
    } catch (error) {
      let failure = error;
      for (const m of [...all].reverse()) {
        if (!m.onError) continue;
        const result = await m.onError({ ...context(), error: failure });
        if (result instanceof Response) return given(result);
        if (result instanceof Error) failure = result;
        else if (truthy(result)) throw new Error("onError: must return new Response() or instance of Error", { cause: error });
      }
      throw failure;
    }
  };
}
