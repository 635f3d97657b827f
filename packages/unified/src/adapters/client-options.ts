/**
 * The vendor-client options every adapter factory accepts (those of `@org/runtime`'s
 * `ClientOptions`), for the unknown-key check. `throwOnError` is not among them: the facade always
 * builds its clients with `throwOnError: true`.
 */
export const CLIENT_OPTION_KEYS = [
  "baseUrl",
  "fetch",
  "headers",
  "timeoutMs",
  "deadlineMs",
  "maxRetries",
  "retryPost",
  "maxRetryDelayMs",
  "maxResponseBytes",
  "userAgent",
  "allowInsecureHttp",
  "logger",
  "clock",
  "random",
] as const;
