import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  createApiClient,
  InvalidPayloadError,
  InvalidRequestError,
  InvalidResponseError,
  type Logger,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SdkError,
  ServerError,
  TimeoutError,
  UnprocessableEntityError,
  UnsupportedOperationError,
} from "../src/index.js";
import { redact } from "../src/redact.js";
import { TOKEN, testClient } from "./helpers/client.js";
import type { paths } from "./helpers/paths.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";
import { settle, useFakeTime } from "./helpers/time.js";

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await closeAllServers();
});

const CW_TOKEN = "cw_api_access_token_9876543210";
const API_KEY = "key_live_abcdefghijklmnop";
const SESSION = "sess_0000111122223333";
const SECRETS = [TOKEN, CW_TOKEN, API_KEY, SESSION];

/** Every way an error can be rendered. */
function renderings(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current !== undefined && current !== null; depth++) {
    if (current instanceof Error) {
      out.push(current.message, String(current), current.stack ?? "", JSON.stringify(current), inspect(current, { depth: 10 }));
      current = current.cause;
    } else {
      out.push(JSON.stringify(current), inspect(current));
      break;
    }
  }
  return out;
}

function expectClean(error: unknown): void {
  expect(error).toBeInstanceOf(SdkError);
  for (const text of renderings(error)) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

/** Echoes the credentials the bearer test client sends (token, x-api-key, per-request session header). */
function echoAll(body: string): string {
  return `${body} ${TOKEN} ${encodeURIComponent(TOKEN)} ${API_KEY} ${SESSION} Bearer ${TOKEN}`;
}

const STATUSES = [400, 401, 403, 404, 409, 422, 429, 502, 500, 418];

function loggerInto(lines: string[]): Logger {
  return {
    debug: (m, meta) => lines.push(m + JSON.stringify(meta)),
    warn: (m, meta) => lines.push(m + JSON.stringify(meta)),
  };
}

describe("no credential ever appears in errors or logs", () => {
  it("HTTP errors that echo every credential in body and headers", async () => {
    const server = await startServer((req, res, _hit, n) => {
      const status = STATUSES[n - 1] ?? 500;
      const echo = echoAll(`status ${status} for ${String(req.headers.authorization)}`);
      if (status === 502) {
        res.writeHead(502, { "content-type": "text/html", "x-request-id": TOKEN, "www-authenticate": `Bearer ${TOKEN}` });
        res.end(`<html><title>${echo}</title><body>${echo}</body></html>`);
      } else {
        sendJson(res, status, { message: echo, nested: { [TOKEN]: [echo] } }, { "retry-after": "999", "set-cookie": `s=${SESSION}` });
      }
    });
    const lines: string[] = [];
    const client = testClient(server.url, {
            maxRetries: 0,
      throwOnError: true,
      headers: { "x-api-key": API_KEY },
      logger: loggerInto(lines),
    });
    const kinds = [
      BadRequestError,
      AuthenticationError,
      PermissionDeniedError,
      NotFoundError,
      ConflictError,
      UnprocessableEntityError,
      RateLimitError,
      ServerError,
      ServerError,
      ApiError,
    ];
    for (const Kind of kinds) {
      const error = await client.GET("/items", { headers: { "X-Session-Token": SESSION } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Kind);
      expectClean(error);
      expect((error as ApiError).bodySnippet).toContain("[REDACTED]");
    }
    for (const line of lines) for (const secret of SECRETS) expect(line).not.toContain(secret);
  });

  it("custom header auth (api_access_token) echoed back", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 401, { error: `invalid api_access_token ${CW_TOKEN}` }); });
    const client = createApiClient<paths>({
      vendor: "chatwoot",
      defaultBaseUrl: server.url,
      auth: { kind: "header", name: "api_access_token", value: CW_TOKEN },
      throwOnError: true,
    });
    const error = await client.GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).message).toBe("[chatwoot] GET /items -> 401 Unauthorized: invalid api_access_token [REDACTED]");
    expectClean(error);
  });

  it("connection, timeout, invalid-response, redirect and request errors", async () => {
    const lines: string[] = [];
    const reset = await startServer((req) => {
      req.socket.destroy();
    });
    const hang = await startServer(() => undefined);
    const badJson = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`{"token": "${TOKEN}", "oops": ${API_KEY}`);
    });
    const html = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(echoAll("<html>"));
    });
    const redirect = await startServer((_req, res) => {
      res.writeHead(302, { location: `http://example.invalid/?token=${TOKEN}` });
      res.end();
    });
    // Fake time for the retry waits and the 30 ms timeout; the sockets stay real.
    useFakeTime();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const options = { maxRetries: 1, headers: { "x-api-key": API_KEY, "x-session-token": SESSION }, logger: loggerInto(lines) };
    const caught = (call: Promise<unknown>): Promise<unknown> => settle(call).catch((e: unknown) => e);
    const errors = [
      await caught(testClient(reset.url, options).GET("/items")),
      await caught(testClient(hang.url, { ...options, timeoutMs: 30 }).GET("/items")),
      await caught(testClient(badJson.url, options).GET("/items")),
      await caught(testClient(html.url, options).GET("/items")),
      await caught(testClient(redirect.url, options).GET("/items")),
      await caught(testClient(reset.url, options).GET("/items/{id}", { params: { path: { id: ".." } } })),
    ];
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "ConnectionError",
      "TimeoutError",
      "InvalidResponseError",
      "InvalidResponseError",
      "InvalidResponseError",
      "InvalidRequestError",
    ]);
    for (const error of errors) expectClean(error);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) for (const secret of SECRETS) expect(line).not.toContain(secret);
  });

  it("a custom fetch whose error and cause chain contain the token", async () => {
    const client = createApiClient<paths>({
      vendor: "acme",
      defaultBaseUrl: "https://api.acme.test",
      auth: { kind: "bearer", token: TOKEN },
      maxRetries: 0,
      fetch: (request) => {
        const inner = Object.assign(new Error(`socket for ${request.headers.get("authorization") ?? ""}`), { code: "ECONNRESET", token: TOKEN });
        return Promise.reject(new TypeError(`fetch failed https://api.acme.test/items?access_token=${encodeURIComponent(TOKEN)}`, { cause: inner }));
      },
    });
    const error = await client.GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toBe(
      "[acme] GET /items: connection failed: ECONNRESET: socket for [REDACTED]",
    );
    expectClean(error);
    const cause = (error as Error).cause as Error & { code?: string; token?: string };
    expect(cause.message).toBe("fetch failed https://api.acme.test/items?access_token=[REDACTED]");
    expect((cause.cause as { code?: string }).code).toBe("ECONNRESET");
    expect((cause.cause as { token?: string }).token).toBeUndefined();
  });

  it("errors built directly by vendor code redact the secrets they are given", () => {
    const errors = [
      new UnsupportedOperationError({ vendor: "acme", operation: "conversations.close", detail: `not with ${TOKEN}`, secrets: [TOKEN] }),
      new InvalidPayloadError({ vendor: "acme", detail: `bad ${TOKEN}`, path: "$.data[0]", payloadSnippet: `{"t":"${TOKEN}"}`, secrets: [TOKEN], cause: new Error(TOKEN) }),
      new InvalidRequestError({ vendor: "acme", reason: "invalid_option", detail: `Bearer ${TOKEN}` }),
      new TimeoutError({ vendor: "acme", operation: { method: "GET", path: "/x" }, scope: "attempt", timeoutMs: 5, detail: TOKEN, secrets: [TOKEN] }),
      new InvalidResponseError({ vendor: "acme", operation: { method: "GET", path: "/x" }, reason: "invalid_json", bodySnippet: TOKEN, body: { a: [TOKEN] }, secrets: [TOKEN] }),
    ];
    for (const error of errors) expectClean(error);
    expect((errors[1] as InvalidPayloadError).payloadSnippet).toBe('{"t":"[REDACTED]"}');
    expect((errors[4] as InvalidResponseError).body).toEqual({ a: ["[REDACTED]"] });
  });

  it("redact() replaces verbatim and percent-encoded secrets and bearer credentials", () => {
    expect(redact("a=tok+en/1 b=tok%2Ben%2F1", ["tok+en/1"])).toBe("a=[REDACTED] b=[REDACTED]");
    expect(redact("Authorization: Bearer abcdefgh12345678", [])).toBe("Authorization: Bearer [REDACTED]");
    expect(redact("the token expired", [])).toBe("the token expired");
    expect(redact("abcabc", ["abc", "abcabc"])).toBe("[REDACTED]");
  });
});

describe("malformed credentials", () => {
  it("a per-request header value with an embedded line break is refused without quoting it", async () => {
    const client = testClient("https://api.acme.test");
    const error = await client.GET("/items", { headers: { "X-Api-Key": `${API_KEY}\r\nX-Evil: 1` } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).parameter).toBe("X-Api-Key");
    expectClean(error);
  });

  it("a token with an embedded line break is refused at client creation without quoting it", () => {
    let error: unknown;
    try {
      createApiClient<paths>({ vendor: "acme", defaultBaseUrl: "https://api.acme.test", auth: { kind: "bearer", token: `${TOKEN}\nX-Evil: 1` } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRequestError);
    expectClean(error);
  });
});
