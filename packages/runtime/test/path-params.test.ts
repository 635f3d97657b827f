import { afterEach, describe, expect, it } from "vitest";
import { InvalidRequestError } from "../src/index.js";
import { isDotSegment } from "../src/path-serializer.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

async function serve() {
  return startServer((_req, res) => { sendJson(res, 200, { id: "x" }); });
}

describe("path parameters", () => {
  it.each([
    ["a/b?x=1", "/items/a%2Fb%3Fx%3D1"],
    ["a#frag", "/items/a%23frag"],
    ["50%", "/items/50%25"],
    ["...", "/items/..."],
    ["..a", "/items/..a"],
    ["with space", "/items/with%20space"],
    ["back\\slash", "/items/back%5Cslash"],
    ["ünï", "/items/%C3%BCn%C3%AF"],
  ])("%j is sent as one encoded segment: %s", async (id, expected) => {
    const server = await serve();
    const { data } = await testClient(server.url).GET("/items/{id}", { params: { path: { id } } });
    expect(data).toEqual({ id: "x" });
    expect(server.hits.map((h) => h.url)).toEqual([expected]);
  });

  it.each(["..", ".", "%2e%2e", "%2E%2e", ".%2E", "%2e.", "%2e", "%252e%252e", "", "../admin", "%2e%2e%2f", "%2E.%2Fadmin", "%2e%2E%5cadmin", "..\\admin", "a/../b"])(
    "%j is refused before any I/O (a dot-segment after any number of decodes)",
    async (id) => {
    const server = await serve();
    const error = await testClient(server.url)
      .GET("/items/{id}", { params: { path: { id } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).reason).toBe("unsafe_path_parameter");
    expect((error as InvalidRequestError).parameter).toBe("id");
    expect(server.hits).toHaveLength(0);
    },
  );

  it.each([Number.NaN, Infinity, -Infinity, -1, -0.5, 1e21, Number.MAX_SAFE_INTEGER + 2])("the number %s is refused as a path parameter, before any I/O", async (id) => {
    const server = await serve();
    const error = await testClient(server.url)
      .GET("/items/{id}", { params: { path: { id: id as unknown as string } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).reason).toBe("unsafe_path_parameter");
    expect(server.hits).toHaveLength(0);
  });

  it("a templated path with no params at all is refused, not sent as %7Bid%7D", async () => {
    const server = await serve();
    const error = await testClient(server.url)
      .GET("/items/{id}", {} as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).reason).toBe("missing_path_parameter");
    expect(server.hits).toHaveLength(0);
  });

  it("a missing path parameter is refused", async () => {
    const server = await serve();
    const client = testClient(server.url);
    const error = await client
      .GET("/files/{dir}/{name}", { params: { path: { dir: "a" } as { dir: string; name: string } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).reason).toBe("missing_path_parameter");
    expect((error as InvalidRequestError).message).toBe('[acme] invalid request: path parameter "name" is missing');
    expect(server.hits).toHaveLength(0);
  });

  it("several parameters are each encoded; query strings stay separate", async () => {
    const server = await serve();
    await testClient(server.url).GET("/files/{dir}/{name}", { params: { path: { dir: "a/b", name: "c?d" } } });
    await testClient(server.url).GET("/items", { params: { query: { cursor: "a&b=c", limit: 5 } } });
    expect(server.hits.map((h) => h.url)).toEqual(["/files/a%2Fb/c%3Fd", "/items?cursor=a%26b%3Dc&limit=5"]);
  });

  it("isDotSegment recognises encoded and double-encoded dot-segments", () => {
    for (const v of [".", "..", "%2e", "%2E%2E", ".%2e", "%252E."]) expect(isDotSegment(v)).toBe(true);
    for (const v of ["...", ".a", "a.", "%2e%2e%2e", "%2f", "x", "a..b", "%zz"]) expect(isDotSegment(v)).toBe(false);
    for (const v of ["%2e%2e%2f", "%2E%2e%2Fx", "x%2f%2E", "%25252e"]) expect(isDotSegment(v)).toBe(true);
  });

  it("the largest safe integer is sent as its digits", async () => {
    const server = await serve();
    await testClient(server.url).GET("/items/{id}", { params: { path: { id: Number.MAX_SAFE_INTEGER as unknown as string } } });
    expect(server.hits.map((h) => h.url)).toEqual(["/items/9007199254740991"]);
  });

  it.each([".evil.example/steal", "@evil.example/steal", "items", ""])("an untyped path %j that does not start with / is refused before any I/O", async (path) => {
    const server = await serve();
    const error = await testClient(server.url)
      .request("get", path as "/items")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).reason).toBe("invalid_url");
    expect((error as InvalidRequestError).parameter).toBe("path");
    expect(server.hits).toHaveLength(0);
  });
});
