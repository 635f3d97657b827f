import { afterEach, describe, expect, it } from "vitest";
import { createApiClient, InvalidResponseError } from "../src/index.js";
import { TOKEN, testClient } from "./helpers/client.js";
import type { paths } from "./helpers/paths.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

const CHATWOOT_TOKEN = "cw_secret_token_abcdef";

function chatwootLike(baseUrl: string) {
  return createApiClient<paths>({
    vendor: "chatwoot",
    defaultBaseUrl: baseUrl,
    auth: { kind: "header", name: "api_access_token", value: CHATWOOT_TOKEN },
    headers: { "x-trace": "keep-me" },
  });
}

describe("redirects", () => {
  it("a cross-origin redirect carries neither Authorization nor the custom auth header", async () => {
    const target = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const origin = await startServer((_req, res) => {
      res.writeHead(302, { location: `${target.url}/landing` });
      res.end();
    });
    const bearer = await testClient(origin.url).GET("/items");
    expect(bearer.data).toEqual({ items: [] });
    expect(origin.hits[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(target.hits[0]?.url).toBe("/landing");
    expect(target.hits[0]?.headers.authorization).toBeUndefined();

    const custom = await chatwootLike(origin.url).GET("/items");
    expect(custom.data).toEqual({ items: [] });
    expect(origin.hits[1]?.headers.api_access_token).toBe(CHATWOOT_TOKEN);
    expect(target.hits[1]?.headers.api_access_token).toBeUndefined();
    expect(target.hits[1]?.headers["x-trace"]).toBe("keep-me");
  });

  it("a same-origin redirect keeps the credentials", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/items") {
        res.writeHead(301, { location: "/v2/items" });
        res.end();
      } else sendJson(res, 200, { items: [] });
    });
    await testClient(server.url).GET("/items");
    await chatwootLike(server.url).GET("/items");
    expect(server.hits.map((h) => h.url)).toEqual(["/items", "/v2/items", "/items", "/v2/items"]);
    expect(server.hits[1]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.hits[3]?.headers.api_access_token).toBe(CHATWOOT_TOKEN);
  });

  it("credentials stay dropped when a redirect chain comes back to the original origin", async () => {
    let originUrl = "";
    const other = await startServer((_req, res) => {
      res.writeHead(307, { location: `${originUrl}/back` });
      res.end();
    });
    const origin = await startServer((req, res) => {
      if (req.url === "/items") {
        res.writeHead(307, { location: `${other.url}/hop` });
        res.end();
      } else sendJson(res, 200, { items: [] });
    });
    originUrl = origin.url;
    await testClient(origin.url).GET("/items");
    expect(origin.hits.map((h) => [h.url, h.headers.authorization])).toEqual([
      ["/items", `Bearer ${TOKEN}`],
      ["/back", undefined],
    ]);
  });

  it("303 turns a POST into a GET without body; 307 re-sends the POST body", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/items" && req.method === "POST") {
        res.writeHead(303, { location: "/items/new" });
        res.end();
      } else if (req.url === "/items/v1") {
        res.writeHead(307, { location: "/items/v2" });
        res.end();
      } else sendJson(res, req.method === "POST" ? 201 : 200, { id: "1" });
    });
    const client = testClient(server.url);
    await client.POST("/items", { body: { name: "n" } });
    expect(server.hits.map((h) => [h.method, h.url, h.body, h.headers["content-type"]])).toEqual([
      ["POST", "/items", '{"name":"n"}', "application/json"],
      ["GET", "/items/new", "", undefined],
    ]);
    await client.PUT("/items/{id}", { params: { path: { id: "v1" } }, body: { name: "again" } });
    expect(server.hits.slice(2).map((h) => [h.method, h.url, h.body])).toEqual([
      ["PUT", "/items/v1", '{"name":"again"}'],
      ["PUT", "/items/v2", '{"name":"again"}'],
    ]);
  });

  it("stops after 5 redirects with InvalidResponseError", async () => {
    const server = await startServer((_req, res, _hit, n) => {
      res.writeHead(302, { location: `/loop/${n}` });
      res.end();
    });
    const error = await testClient(server.url)
      .GET("/items")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe("redirect");
    expect((error as InvalidResponseError).message).toContain("more than 5 redirects");
    expect(server.hits).toHaveLength(6);
  });

  it("refuses a redirect to plain http on a non-loopback host, before sending anything there", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(302, { location: "http://example.invalid/steal" });
      res.end();
    });
    const error = await testClient(server.url)
      .GET("/items")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toContain("redirect to http://example.invalid refused (not https)");
  });

  it("a 3xx without Location is returned as a non-2xx response", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(304);
      res.end();
    });
    const { response } = await testClient(server.url).GET("/items");
    expect(response.status).toBe(304);
  });
});
