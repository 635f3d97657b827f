/**
 * The redirect policy at its edges, over real HTTP: which statuses are followed, how many hops,
 * which method and body the next hop gets, and which targets are refused without being contacted.
 */
import { afterEach, describe, expect, it } from "vitest";
import { InvalidResponseError } from "../src/index.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

/** A server that redirects its first request with `status` to /landing and answers 200 there. */
async function redirectOnce(status: number) {
  return startServer((req, res) => {
    if (req.url?.startsWith("/landing")) sendJson(res, 200, { id: "landed" });
    else {
      res.writeHead(status, { location: "/landing", "content-type": "application/json" });
      res.end('{"id":"not followed"}');
    }
  });
}

describe("which responses are followed", () => {
  it.each([301, 302, 303, 307, 308])("%i with Location is followed", async (status) => {
    const server = await redirectOnce(status);
    const { data, response } = await testClient(server.url).GET("/items/{id}", { params: { path: { id: "1" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: "landed" });
    expect(server.hits.map((h) => h.url)).toEqual(["/items/1", "/landing"]);
  });

  it.each([300, 304, 309])("%i is returned as it is, Location or not", async (status) => {
    const server = await redirectOnce(status);
    const { response } = await testClient(server.url, { maxRetries: 0 }).GET("/items/{id}", { params: { path: { id: "1" } } });
    expect(response.status).toBe(status);
    expect(server.hits).toHaveLength(1);
  });

  it("five redirects are followed; the sixth is refused", async () => {
    const chain = (hops: number) =>
      startServer((_req, res, _hit, n) => {
        if (n <= hops) {
          res.writeHead(302, { location: `/hop/${n}` });
          res.end();
        } else sendJson(res, 200, { items: [] });
      });
    const five = await chain(5);
    const { data } = await testClient(five.url).GET("/items");
    expect(data).toEqual({ items: [] });
    expect(five.hits).toHaveLength(6);
    const six = await chain(6);
    const error = await testClient(six.url).GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(six.hits).toHaveLength(6);
  });
});

describe("the method and body of the next hop", () => {
  it.each([
    [301, "POST", "GET"],
    [302, "POST", "GET"],
    [303, "POST", "GET"],
    [307, "POST", "POST"],
    [308, "POST", "POST"],
    [301, "PUT", "PUT"],
    [302, "PUT", "PUT"],
    [303, "PUT", "GET"],
    [303, "DELETE", "GET"],
    [303, "GET", "GET"],
    [303, "HEAD", "HEAD"],
  ] as const)("%i after %s: %s", async (status, method, expected) => {
    const server = await redirectOnce(status);
    const client = testClient(server.url, { maxRetries: 0 });
    const path = { params: { path: { id: "1" } } };
    if (method === "POST") await client.POST("/items", { body: { name: "x" } });
    else if (method === "PUT") await client.PUT("/items/{id}", { ...path, body: { name: "x" } });
    else if (method === "DELETE") await client.DELETE("/items/{id}", path);
    else if (method === "HEAD") await client.request("head" as "get", "/items/{id}", path);
    else await client.GET("/items/{id}", { ...path, headers: { "content-language": "en" } });
    const next = server.hits[1];
    expect(next?.method).toBe(expected);
    const sendsBody = method === "POST" || method === "PUT";
    if (expected === method && sendsBody) {
      expect(next?.body).toBe('{"name":"x"}');
      expect(next?.headers["content-type"]).toBe("application/json");
    } else {
      expect(next?.body).toBe("");
      expect(next?.headers["content-type"]).toBeUndefined();
      expect(next?.headers["content-length"] ?? "0").toBe("0");
    }
    expect(next?.headers.authorization).toMatch(/^Bearer /); // same origin: credentials kept
    if (method === "GET") expect(next?.headers["content-language"]).toBe("en"); // a GET stays as it was
  });
});

describe("targets refused without being contacted", () => {
  it("a target carrying user:password is refused, naming only its origin", async () => {
    const target = await startServer((_req, res) => { sendJson(res, 200, {}); });
    const port = new URL(target.url).port;
    const origin = await startServer((_req, res) => {
      res.writeHead(302, { location: `http://user:hunter2@127.0.0.1:${port}/x` });
      res.end();
    });
    const error = await testClient(origin.url).GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe("redirect");
    expect((error as Error).message).toContain(`redirect to http://127.0.0.1:${port} refused (the target URL carries credentials)`);
    expect((error as Error).message).not.toContain("hunter2");
    expect(target.hits).toHaveLength(0);
  });

  it("a target carrying a user name alone is refused too", async () => {
    const target = await startServer((_req, res) => { sendJson(res, 200, {}); });
    const origin = await startServer((_req, res) => {
      res.writeHead(302, { location: `http://user@127.0.0.1:${new URL(target.url).port}/x` });
      res.end();
    });
    const error = await testClient(origin.url).GET("/items").catch((e: unknown) => e);
    expect((error as Error).message).toContain("refused (the target URL carries credentials)");
    expect(target.hits).toHaveLength(0);
  });

  it("an opaque redirect (what a browser's fetch gives for redirect: manual) is refused, saying what to do", async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), "type", { value: "opaqueredirect" });
    const client = testClient("https://api.acme.test", { fetch: () => Promise.resolve(opaque) });
    const error = await client.GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain("opaque redirect; set baseUrl to the final URL");
  });

  it("an unparseable target is refused", async () => {
    const origin = await startServer((_req, res) => {
      res.writeHead(302, { location: "http://[::1" });
      res.end();
    });
    const error = await testClient(origin.url).GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain("redirect to an invalid URL refused");
  });
});
