/** The redirect policy as one pure function: given a response and the hop it answered, stop, refuse, or follow. */
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

/** `headers` without the names `drop` selects. */
function without(headers: Headers, drop: (name: string) => boolean): Headers {
  const out = new Headers();
  for (const [name, value] of headers) if (!drop(name)) out.append(name, value);
  return out;
}

/**
 * What a response means for the hop that got it:
 * - not a redirect (or a 3xx without `Location`): `undefined`, done;
 * - an opaque redirect, more than {@link MAX_REDIRECTS} hops, an unparseable target, a target with
 *   userinfo or not https (http only to loopback or with `allowInsecureHttp`): refused, as the
 *   reason (which names the target's origin only, never its URL);
 * - else the next hop: credential headers dropped when leaving the origin (and for the rest of the
 *   chain), 303 (and 301/302 after POST) turned into a body-less GET.
 */
export function redirectStep(response: Response, hop: Hop, count: number, allowInsecureHttp: boolean, secretHeaderNames: ReadonlySet<string>): Hop | string | undefined {
  const { status } = response;
  const location = status > 300 && status < 309 && status !== 304 ? response.headers.get("location") : null;
  if (response.type === "opaqueredirect") return "opaque redirect; set baseUrl to the final URL";
  if (location === null) return undefined;
  if (count >= MAX_REDIRECTS) return `more than ${MAX_REDIRECTS} redirects`;
  let next: URL;
  try {
    next = new URL(location, hop.url);
  } catch {
    return "redirect to an invalid URL refused";
  }
  if (next.username || next.password) return `redirect to ${next.origin} refused (the target URL carries credentials)`;
  if (!isAllowedUrl(next, allowInsecureHttp)) return `redirect to ${next.origin} refused (not https)`;
  let { method, headers, body } = hop;
  if (next.origin !== new URL(hop.url).origin) headers = without(headers, (name) => isSensitiveHeaderName(name, secretHeaderNames));
  if (status === 303 ? method !== "GET" && method !== "HEAD" : status < 303 && method === "POST") {
    method = "GET";
    body = null;
    headers = without(headers, (name) => name.startsWith("content-"));
  }
  return { url: next.href, method, headers, body };
}
