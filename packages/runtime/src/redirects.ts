import { isSensitiveHeaderName } from "./redact.js";

/** Statuses followed as redirects. */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Copy of `headers` without any credential-bearing header (see `isSensitiveHeaderName`), for a
 * redirect that leaves the original origin.
 *
 * @param headers - The request headers.
 * @param secretNames - The vendor's auth header and configured secret header names (lower-case).
 * @returns A new Headers object.
 */
export function withoutSensitiveHeaders(headers: Headers, secretNames: ReadonlySet<string>): Headers {
  const out = new Headers();
  for (const [name, value] of headers) {
    if (!isSensitiveHeaderName(name, secretNames)) out.append(name, value);
  }
  return out;
}

/**
 * Copy of `headers` without the headers that describe a request body, for a redirect that
 * switches to GET (303, or 301/302 after POST).
 *
 * @param headers - The request headers.
 * @returns A new Headers object.
 */
export function withoutBodyHeaders(headers: Headers): Headers {
  const out = new Headers(headers);
  for (const name of ["content-type", "content-length", "content-encoding", "content-language", "content-location"]) out.delete(name);
  return out;
}

/**
 * The method after a redirect, per the Fetch standard: 303 turns anything but GET/HEAD into GET;
 * 301 and 302 turn POST into GET; 307 and 308 keep the method and body.
 *
 * @param status - Redirect status.
 * @param method - Current method.
 * @returns The next method.
 */
export function redirectMethod(status: number, method: string): string {
  if (status === 303 && method !== "GET" && method !== "HEAD") return "GET";
  if ((status === 301 || status === 302) && method === "POST") return "GET";
  return method;
}
