import { InvalidResponseError } from "./errors.js";
import { MAX_REDIRECTS } from "./options.js";
import type { PreparedRequest, RequestMeta } from "./prepared-request.js";
import { REDIRECT_STATUSES, redirectMethod, withoutBodyHeaders, withoutSensitiveHeaders } from "./redirects.js";
import { secretsFor } from "./request-secrets.js";
import type { RuntimeState } from "./runtime-state.js";
import { discard, send } from "./transport.js";
import { isAllowedUrl } from "./url-safety.js";

/**
 * Cheap check on the hot path: whether a response may be a redirect to follow (a 3xx) or a
 * browser's opaque redirect (status 0).
 *
 * @param response - A response.
 * @returns `true` when {@link followRedirects} must look at it.
 */
export function mayBeRedirect(response: Response): boolean {
  const status = response.status;
  return status === 0 || (status >= 300 && status <= 308);
}

function redirectError(state: RuntimeState, request: PreparedRequest, meta: RequestMeta, attempt: number, detail: string): InvalidResponseError {
  return new InvalidResponseError({ vendor: state.vendor, operation: meta, reason: "redirect", detail, attempts: attempt, secrets: secretsFor(state, request) });
}


/**
 * Follows redirects by hand (the request is sent with `redirect: "manual"`), up to
 * {@link MAX_REDIRECTS}. Credential headers (Authorization, the vendor's auth header, cookies and
 * any credential-like or configured secret header) are dropped as soon as a redirect leaves the
 * original origin, and stay dropped. Redirects to non-https, non-loopback URLs are refused. 303
 * (and 301/302 after POST) continue as GET without a body; 307/308 re-send the body. A browser's
 * opaque redirect (the target is hidden from scripts) is an `InvalidResponseError`.
 *
 * @param state - Client settings.
 * @param request - The original request.
 * @param first - The response that may be a redirect.
 * @param signal - The attempt's signal.
 * @param meta - Request metadata.
 * @param attempt - Attempt number, for errors.
 * @returns The first non-redirect response.
 */
export async function followRedirects(
  state: RuntimeState,
  request: PreparedRequest,
  first: Response,
  signal: AbortSignal | undefined,
  meta: RequestMeta,
  attempt: number,
): Promise<Response> {
  let url = request.url;
  let method = request.method;
  let headers = request.headers;
  let body = request.body;
  let response = first;
  for (let hop = 0; ; hop++) {
    const status = response.status;
    if (status === 0 && response.type === "opaqueredirect") {
      discard(response);
      throw redirectError(state, request, meta, attempt, "the server redirected, and this runtime hides redirect targets (opaque redirect); set baseUrl to the final URL");
    }
    if (!REDIRECT_STATUSES.has(status)) return response;
    const location = response.headers.get("location");
    if (location === null) return response;
    discard(response);
    if (hop >= MAX_REDIRECTS) throw redirectError(state, request, meta, attempt, `more than ${MAX_REDIRECTS} redirects`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw redirectError(state, request, meta, attempt, "redirect with an invalid Location header");
    }
    if (!isAllowedUrl(next, state.allowInsecureHttp)) {
      throw redirectError(state, request, meta, attempt, `redirect to ${next.protocol}//${next.host} refused (not https)`);
    }
    if (next.origin !== new URL(url).origin) headers = withoutSensitiveHeaders(headers, state.secretHeaderNames);
    const nextMethod = redirectMethod(status, method);
    if (nextMethod !== method) {
      method = nextMethod;
      body = null;
      headers = withoutBodyHeaders(headers);
    }
    state.logger?.debug?.("following redirect", { vendor: state.vendor, method: meta.method, path: meta.path, status, hop: hop + 1 });
    url = next.href;
    response = await send(state, meta, url, { ...request.init, method, headers, body, signal, redirect: "manual" });
  }
}
