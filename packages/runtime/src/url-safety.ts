/** Which URLs may carry credentials. */

/** Whether a URL hostname is a loopback host: `localhost`, 127.0.0.0/8 or `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|\[::1\]|127(\.\d{1,3}){3})$/i.test(hostname);
}

/** Whether a URL may carry credentials: `https:`, `http:` to a loopback host, or any `http:` with `allowInsecureHttp`. */
export function isAllowedUrl(url: URL, allowInsecureHttp: boolean | undefined): boolean {
  return url.protocol === "https:" || (url.protocol === "http:" && (allowInsecureHttp === true || isLoopbackHost(url.hostname)));
}
