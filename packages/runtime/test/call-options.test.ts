/**
 * Per-call options (the second argument of GET/POST/…): the ones refused before any I/O, and the
 * query serializer a call can bring (a function or openapi-fetch's options object).
 */
import { afterEach, describe, expect, it } from "vitest";
import { InvalidRequestError } from "../src/index.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

async function serve() {
  return startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
}

describe("refused before any I/O", () => {
  it.each([
    [{ parseAs: "xml" }, "parseAs", "parseAs must be one of json, text, blob, arrayBuffer, stream"],
    [{ pathSerializer: () => "/x" }, "pathSerializer", "pathSerializer is not supported: the SDK encodes path parameters itself"],
    [{ baseUrl: 5 }, "baseUrl", "baseUrl is not an absolute URL"],
  ])("%j", async (init, parameter, detail) => {
    const server = await serve();
    const error = await testClient(server.url).GET("/items", init as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).parameter).toBe(parameter);
    expect((error as InvalidRequestError).message).toContain(detail);
    expect(server.hits).toHaveLength(0);
  });
});

describe("a call's own query serializer", () => {
  it("a function is used as it is", async () => {
    const server = await serve();
    await testClient(server.url).GET("/items", { params: { query: { cursor: "c", limit: 2 } }, querySerializer: () => "custom=1" });
    expect(server.hits.map((h) => h.url)).toEqual(["/items?custom=1"]);
  });

  it("an options object is read as openapi-fetch reads it", async () => {
    const server = await serve();
    const client = testClient(server.url, { querySerializer: { array: { style: "pipeDelimited", explode: false } } });
    await client.GET("/items", { params: { query: { cursor: "a b" } }, querySerializer: { allowReserved: true } } as never);
    expect(server.hits).toHaveLength(1);
    expect(server.hits[0]?.url).toBe("/items?cursor=a%20b");
  });
});
