/**
 * The redirect policy, as one pure function: given a response and the hop it answered, follow
 * (where, with which method and headers), stop, or refuse.
 *
 * @packageDocumentation
 */
import { MAX_REDIRECTS } from "./options.js";
import { isSensitiveHeaderName } from "./redact.js";
import { isAllowedUrl } from "./url-safety.js";

/** One hop of a request. */
export interface Hop {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** The serialized body (re-sent as it is on every attempt and 307/308 hop). */
  readonly body: BodyInit | null;
}

/** What to do with a response. */
export type RedirectStep =
  | { readonly kind: "done" }
  | { readonly kind: "follow"; readonly hop: Hop }
  | { readonly kind: "refuse"; readonly detail: string };

/**
 * Copy of `headers` without the names `drop` selects.
 *
 * @param headers - Request headers.
 * @param drop - Whether to drop a (lower-case) name.
 * @returns New headers.
 */
function without(headers: Headers, drop: (name: string) => boolean): Headers {
  const out = new Headers();
  for (const [name, value] of headers) if (!drop(name)) out.append(name, value);
  return out;
}

/**
 * Decides what a response means for the request that got it:
 * - not a redirect (or a 3xx without `Location`): done;
 * - an opaque redirect (a browser hides the target), more than {@link MAX_REDIRECTS} hops, an
 *   unparseable target, a target with userinfo, or a non-https target (http only to loopback or
 *   with `allowInsecureHttp`): refused — the target URL is never quoted, only its origin;
 * - else followed: credential headers dropped when leaving the origin (the caller keeps the
 *   dropped set for the rest of the chain), 303 (and 301/302 after POST) turned into a body-less GET.
 *
 * @param response - The response to the hop.
 * @param hop - The hop it answered.
 * @param count - Redirects followed so far.
 * @param allowInsecureHttp - The client's option.
 * @param secretHeaderNames - Lower-case names of the vendor's secret headers.
 * @returns The step.
 */
export function redirectStep(response: Response, hop: Hop, count: number, allowInsecureHttp: boolean, secretHeaderNames: ReadonlySet<string>): RedirectStep {
  const { status } = response;
  const location = status > 300 && status < 309 && status !== 304 ? response.headers.get("location") : null;
  if (response.type === "opaqueredirect") return { kind: "refuse", detail: "opaque redirect; set baseUrl to the final URL" };
  if (location === null) return { kind: "done" };
  if (count >= MAX_REDIRECTS) return { kind: "refuse", detail: `more than ${MAX_REDIRECTS} redirects` };
  let next: URL;
  try {
    next = new URL(location, hop.url);
  } catch {
    return { kind: "refuse", detail: "redirect to an invalid URL refused" };
  }
  if (next.username || next.password) return { kind: "refuse", detail: `redirect to ${next.origin} refused (the target URL carries credentials)` };
  if (!isAllowedUrl(next, allowInsecureHttp)) return { kind: "refuse", detail: `redirect to ${next.origin} refused (not https)` };
  let { method, headers, body } = hop;
  if (next.origin !== new URL(hop.url).origin) headers = without(headers, (name) => isSensitiveHeaderName(name, secretHeaderNames));
  if (status === 303 ? method !== "GET" && method !== "HEAD" : status < 303 && method === "POST") {
    method = "GET";
    body = null;
    headers = without(headers, (name) => name.startsWith("content-"));
  }
  return { kind: "follow", hop: { url: next.href, method, headers, body } };
}
