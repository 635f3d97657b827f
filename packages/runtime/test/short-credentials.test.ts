/**
 * The short-credential policy: a credential shorter than 8 characters (a placeholder such as `"t"`)
 * is redacted only where it stands alone, and never from the vendor, method and path an error
 * starts with; a full-length credential is redacted wherever it appears.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createApiClient, InvalidPayloadError, InvalidRequestError } from "../src/index.js";
import { redact } from "../src/redact.js";
import type { paths } from "./helpers/paths.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

describe("short credentials", () => {
  it("a 1-character token does not garble the vendor, operation or path, and is still redacted where it stands alone", async () => {
    const server = await startServer((req, res) => { sendJson(res, 401, { message: `bad token "${String(req.headers["api_access_token"])}" for account` }); });
    const client = createApiClient<paths>({
      vendor: "chatwoot",
      defaultBaseUrl: server.url,
      auth: { kind: "header", name: "api_access_token", value: "t" },
      authOption: "apiAccessToken",
      throwOnError: true,
    });
    const error = (await client.GET("/items/{id}", { params: { path: { id: "a" } } }).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('[chatwoot] GET /items/{id} -> 401 Unauthorized: bad token "[REDACTED]" for account');
    expect(JSON.stringify(error)).not.toContain('"t"');
  });

  it("a short secret is redacted as a whole word, in every encoded form, and never inside another word", () => {
    expect(redact("token=t&next=/at/t", ["t"])).toBe("token=[REDACTED]&next=/at/[REDACTED]");
    expect(redact('{"key":"a b"} a%20b', ["a b"])).toBe('{"key":"[REDACTED]"} [REDACTED]');
    expect(redact("Bearer t, attempt", ["t"])).toBe("Bearer [REDACTED], attempt");
    expect(redact("[acme] GET /v1/x", ["v1"], false)).toBe("[acme] GET /v1/x");
  });

  it("a full-length secret is redacted anywhere, even inside a word or the head of a message", () => {
    const secret = "s3cr3t-t0k3n";
    expect(redact(`x${secret}y`, [secret])).toBe("x[REDACTED]y");
    const error = new InvalidPayloadError({ vendor: "acme", operation: `GET /x/${secret}`, detail: `got ${secret}`, secrets: [secret] });
    expect(error.message).toBe("[acme] GET /x/[REDACTED]: invalid payload at $: got [REDACTED]");
  });

  it("an empty credential is refused, naming the option the caller wrote", () => {
    const create = (option?: string) => () =>
      createApiClient<paths>({ vendor: "chatwoot", defaultBaseUrl: "https://chat.example.com", auth: { kind: "header", name: "api_access_token", value: "" }, authOption: option });
    expect(create("apiAccessToken")).toThrow(new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", detail: "apiAccessToken must be a non-empty string" }).message);
    expect(create()).toThrow("auth.value must be a non-empty string");
  });
});
