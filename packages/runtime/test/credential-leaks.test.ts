import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, BadRequestError, ConnectionError, createApiClient, InvalidRequestError, InvalidResponseError, SdkError } from "../src/index.js";
import { TOKEN, testClient } from "./helpers/client.js";
import type { paths } from "./helpers/paths.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

/** Every surface of an error and its cause chain, own properties included. */
function surfaces(error: unknown): string[] {
  const out: string[] = [];
  for (let c = error, depth = 0; c != null && depth < 10; c = (c as { cause?: unknown }).cause, depth++) {
    if (!(c instanceof Error)) {
      out.push(inspect(c));
      break;
    }
    out.push(c.message, String(c), c.stack ?? "", JSON.stringify(c), inspect(c, { depth: Infinity }), JSON.stringify(Object.getOwnPropertyNames(c).map((k) => String((c as unknown as Record<string, unknown>)[k]))));
    const body = (c as { body?: unknown }).body;
    if (body !== undefined) out.push(JSON.stringify(body));
  }
  return out;
}

function expectNoToken(error: unknown): void {
  expect(error).toBeInstanceOf(SdkError);
  for (const text of surfaces(error)) {
    expect(text).not.toContain(TOKEN);
    // Not even a prefix long enough to matter.
    expect(text).not.toContain(TOKEN.slice(0, 12));
  }
}

describe("credentials never reach an error surface", () => {
  it("a token straddling the 200-character cut of a message is redacted before the cut (no prefix survives)", async () => {
    // The detail is cut at 199 characters; the token starts at 186, so cut-then-redact would leave "tok_SUPERSECR".
    const detail = `${"x".repeat(185)} ${TOKEN} rejected`;
    expect(detail.indexOf(TOKEN)).toBeLessThan(199);
    expect(detail.indexOf(TOKEN) + TOKEN.length).toBeGreaterThan(199);
    const server = await startServer((_req, res) => { sendJson(res, 400, { message: detail }); });
    const error = await testClient(server.url, { maxRetries: 0, throwOnError: true }).GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).message).toContain("[REDACTED]");
    expectNoToken(error);
    expect((error as ApiError).message).not.toContain(TOKEN.slice(0, 6));
  });

  it("a token straddling the 1 KB cut of a text body snippet is redacted before the cut", async () => {
    const body = `${"y".repeat(1015)}${TOKEN}`; // the snippet is cut at 1023 characters, inside the token
    const server = await startServer((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(body);
    });
    const error = await testClient(server.url, { maxRetries: 0, throwOnError: true }).GET("/items").catch((e: unknown) => e);
    expectNoToken(error);
    expect((error as ApiError).bodySnippet).not.toContain(TOKEN.slice(0, 4));
    expect((error as ApiError).bodySnippet?.startsWith("y".repeat(1015))).toBe(true);
  });

  it("a token nested 41 levels deep in a 4xx body is not kept verbatim in error.body", async () => {
    let nested: unknown = { token: TOKEN };
    for (let i = 0; i < 41; i++) nested = { a: nested };
    const server = await startServer((_req, res) => { sendJson(res, 422, nested); });
    const error = await testClient(server.url, { maxRetries: 0, throwOnError: true }).GET("/items").catch((e: unknown) => e);
    expectNoToken(error);
    expect(JSON.stringify((error as ApiError).body)).toContain("[TRUNCATED]");
  });

  it("JSON-escaped forms of a token (\\/ and \\u escapes) are caught in bodySnippet", async () => {
    const escaped = Array.from({ length: TOKEN.length }, (_, i) => `\\u${TOKEN.charCodeAt(i).toString(16).padStart(4, "0")}`).join("");
    const server = await startServer((_req, res) => {
      const text = `{"error":"${escaped}","also":"Bearer\\/${escaped}"}`;
      res.writeHead(401, { "content-type": "application/json" });
      res.end(text);
    });
    const error = await testClient(server.url, { maxRetries: 0, throwOnError: true }).GET("/items").catch((e: unknown) => e);
    expectNoToken(error);
    expect((error as ApiError).bodySnippet).not.toContain("\\u");
  });

  it("a transport error whose cause.code carries the token is redacted, code included", async () => {
    const client = createApiClient<paths>({
      vendor: "acme",
      defaultBaseUrl: "https://api.acme.test",
      auth: { kind: "bearer", token: TOKEN },
      maxRetries: 0,
      fetch: () => Promise.reject(new TypeError("fetch failed", { cause: Object.assign(new Error(`socket to ${TOKEN}`), { code: `E_${TOKEN}` }) })),
    });
    const error = await client.GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expectNoToken(error);
    const cause = (error as Error).cause as Error & { code?: string };
    expect((cause.cause as { code?: string }).code).toBe("E_[REDACTED]");
  });

  it("a baseUrl with userinfo is refused at creation, without quoting the password", () => {
    let error: unknown;
    try {
      createApiClient<paths>({ vendor: "acme", defaultBaseUrl: "https://api.acme.test", baseUrl: `https://user:${TOKEN}@api.acme.test` });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).parameter).toBe("baseUrl");
    expectNoToken(error);
  });

  it("a redirect Location with userinfo is an InvalidResponseError, sent once, URL not quoted", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(302, { location: `https://user:${TOKEN}@evil.test/x` });
      res.end();
    });
    const error = await testClient(server.url, { maxRetries: 3 }).GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe("redirect");
    expect(server.hits).toHaveLength(1);
    expectNoToken(error);
    expect((error as Error).message).not.toContain("evil.test/x");
  });

  it("an 8,000-character request id is cut to a bounded length in the message and the field", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 404, { message: "nope" }, { "x-request-id": "r".repeat(8000) }); });
    const error = (await testClient(server.url, { throwOnError: true }).GET("/items").catch((e: unknown) => e)) as ApiError;
    expect(error.message.length).toBeLessThan(500);
    expect(error.requestId?.length).toBeLessThanOrEqual(128);
    expect(error.headers?.["x-request-id"]?.length).toBeLessThanOrEqual(128);
  });
});
