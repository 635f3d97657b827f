import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type * as Runtime from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

const dist = fileURLToPath(new URL("../dist/index.cjs", import.meta.url));

// The CJS build reaches openapi-fetch through node-mode interop (`__toESM(require(...), 1)`), where
// `default` is the whole exports object: loading the file is not enough, a client must work.
describe("the built CommonJS entry (dist/index.cjs)", () => {
  // A missing build fails here rather than skipping (turbo's `test` task builds the package first).
  if (!existsSync(dist)) throw new Error(`${dist} is missing: build @org/runtime first (pnpm -s exec turbo run build --filter=@org/runtime)`);
  const cjs = createRequire(import.meta.url)(dist) as typeof Runtime;

  it("creates a client that sends real requests and parses the response", async () => {
    const server = await startServer((req, res) => {
      sendJson(res, 200, { id: "7", name: req.headers.authorization ?? "" });
    });
    const client = cjs.createApiClient<paths>({ vendor: "acme", defaultBaseUrl: server.url, auth: { kind: "bearer", token: "t0k3n-cjs" } });
    const { data, error, response } = await client.GET("/items/{id}", { params: { path: { id: "a/b" } } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: "7", name: "Bearer t0k3n-cjs" });
    expect(server.hits.map((h) => h.url)).toEqual(["/items/a%2Fb"]);
  });

  it("throws the CJS copy's typed errors, which the ESM source's classes also recognise", async () => {
    const server = await startServer((_req, res) => {
      sendJson(res, 404, { message: "no such item" }, { "x-request-id": "req_cjs" });
    });
    const client = cjs.createApiClient<paths>({ vendor: "acme", defaultBaseUrl: server.url, throwOnError: true });
    const error = await client.GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(cjs.NotFoundError);
    const { NotFoundError, ApiError } = await import("../src/index.js");
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(ApiError.isInstance(error)).toBe(true);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect((error as Runtime.NotFoundError).message).toBe("[acme] GET /items -> 404 Not Found (request id req_cjs): no such item");
  });
});
