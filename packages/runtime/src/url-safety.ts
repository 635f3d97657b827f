import { InvalidRequestError } from "./errors.js";

/**
 * Whether `hostname` (as `URL#hostname` gives it) is a loopback host: `localhost`, 127.0.0.0/8
 * or `[::1]`.
 *
 * @param hostname - A URL hostname.
 * @returns `true` for loopback hosts.
 */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|\[::1\]|127(\.\d{1,3}){3})$/i.test(hostname);
}

/**
 * Whether a URL may carry credentials: `https:`, or `http:` to a loopback host, or any `http:`
 * URL when `allowInsecureHttp` is set.
 *
 * @param url - A parsed URL.
 * @param allowInsecureHttp - The client's `allowInsecureHttp` option.
 * @returns `true` when requests to `url` are allowed.
 */
export function isAllowedUrl(url: URL, allowInsecureHttp: boolean | undefined): boolean {
  return url.protocol === "https:" || (url.protocol === "http:" && (allowInsecureHttp === true || isLoopbackHost(url.hostname)));
}

/**
 * Throws {@link InvalidRequestError} unless `url` parses and is allowed by {@link isAllowedUrl}.
 * The URL itself is not echoed (it may carry a query credential); only its scheme and host are.
 *
 * @param vendor - The vendor, for the error.
 * @param url - The URL to check.
 * @param allowInsecureHttp - The client's `allowInsecureHttp` option.
 * @param what - What the URL is, for the message (`"baseUrl"`).
 */
export function assertAllowedUrl(vendor: string, url: string, allowInsecureHttp: boolean | undefined, what: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (parsed === undefined || !isAllowedUrl(parsed, allowInsecureHttp)) {
    throw new InvalidRequestError({
      vendor,
      reason: parsed ? "insecure_url" : "invalid_url",
      parameter: what,
      detail: parsed
        ? `${what} must use https: (got ${parsed.protocol}//${parsed.host}); http: is only allowed for loopback hosts or with allowInsecureHttp`
        : `${what} is not an absolute URL`,
    });
  }
}
