import { InvalidRequestError } from "./errors.js";

/**
 * Whether `hostname` (as `URL#hostname` gives it) is a loopback host: `localhost`, 127.0.0.0/8
 * or `[::1]`.
 *
 * @param hostname - A URL hostname.
 * @returns `true` for loopback hosts.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === "localhost" || host === "[::1]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Whether a URL may carry credentials: `https:`, or `http:` to a loopback host, or any `http:`
 * URL when `allowInsecureHttp` is set.
 *
 * @param url - A parsed URL.
 * @param allowInsecureHttp - The client's `allowInsecureHttp` option.
 * @returns `true` when requests to `url` are allowed.
 */
export function isAllowedUrl(url: URL, allowInsecureHttp: boolean): boolean {
  if (url.protocol === "https:") return true;
  if (url.protocol !== "http:") return false;
  return allowInsecureHttp || isLoopbackHost(url.hostname);
}

/**
 * Throws {@link InvalidRequestError} unless `url` parses and is allowed by {@link isAllowedUrl}.
 * The URL itself is not echoed (it may carry a query credential); only its scheme and host are.
 *
 * @param vendor - The vendor, for the error.
 * @param url - The URL to check.
 * @param allowInsecureHttp - The client's `allowInsecureHttp` option.
 * @param what - What the URL is, for the message (`"baseUrl"`).
 * @returns The parsed URL.
 */
export function assertAllowedUrl(vendor: string, url: string, allowInsecureHttp: boolean, what: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidRequestError({ vendor, reason: "invalid_url", parameter: what, detail: `${what} is not an absolute URL` });
  }
  if (!isAllowedUrl(parsed, allowInsecureHttp)) {
    throw new InvalidRequestError({
      vendor,
      reason: "insecure_url",
      parameter: what,
      detail: `${what} must use https: (got ${parsed.protocol}//${parsed.host}); http: is only allowed for loopback hosts or with allowInsecureHttp`,
    });
  }
  return parsed;
}
