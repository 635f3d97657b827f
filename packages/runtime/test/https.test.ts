import { describe, expect, it } from "vitest";
import { createApiClient, InvalidRequestError } from "../src/index.js";
import { isLoopbackHost } from "../src/url-safety.js";
import type { paths } from "./helpers/paths.js";

function create(baseUrl: string, allowInsecureHttp?: boolean) {
  return createApiClient<paths>({ vendor: "acme", defaultBaseUrl: "https://api.acme.test", baseUrl, allowInsecureHttp });
}

describe("https enforcement", () => {
  it("refuses http: to a non-loopback host at client creation", () => {
    expect(() => create("http://api.acme.test")).toThrow(InvalidRequestError);
    let error: unknown;
    try {
      create("http://api.acme.test/v1");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).reason).toBe("insecure_url");
    expect((error as InvalidRequestError).parameter).toBe("baseUrl");
    expect((error as InvalidRequestError).message).toBe(
      "[acme] invalid request: baseUrl must use https: (got http://api.acme.test); http: is only allowed for loopback hosts or with allowInsecureHttp",
    );
  });

  it("refuses other schemes and relative URLs", () => {
    expect(() => create("ftp://api.acme.test")).toThrow(/must use https/);
    expect(() => create("/relative")).toThrow(/baseUrl is not an absolute URL/);
  });

  it.each(["https://api.acme.test", "http://127.0.0.1:8080", "http://127.1.2.3", "http://localhost:3000", "http://[::1]:9000"])("accepts %s", (url) => {
    expect(create(url).vendor).toBe("acme");
  });

  it("accepts http: anywhere with allowInsecureHttp", () => {
    expect(create("http://api.acme.test", true).vendor).toBe("acme");
  });

  it("allowInsecureHttp allows http:, not other schemes", () => {
    expect(() => create("ftp://api.acme.test", true)).toThrow(/must use https/);
    expect(() => create("ws://api.acme.test", true)).toThrow(/must use https/);
  });

  it("loopback is 127.0.0.0/8 with any octets, localhost and [::1], and nothing that merely ends like them", () => {
    expect(create("http://127.10.200.255").vendor).toBe("acme");
    expect(isLoopbackHost("127.0.0.10")).toBe(true);
    expect(isLoopbackHost("notlocalhost")).toBe(false);
    expect(isLoopbackHost("evil.localhost")).toBe(false);
    expect(() => create("http://evil.localhost")).toThrow(/must use https/);
  });

  it("the vendor default base URL is checked too", () => {
    expect(() => createApiClient<paths>({ vendor: "acme", defaultBaseUrl: "http://api.acme.test" })).toThrow(InvalidRequestError);
  });

  it("a per-request baseUrl is checked before any I/O", async () => {
    const client = create("https://api.acme.test");
    await expect(client.GET("/items", { baseUrl: "http://evil.test" })).rejects.toThrow(/baseUrl must use https/);
  });

  it("a per-request baseUrl that merely starts like the client's loopback base URL is still checked", async () => {
    // Requests under the client's own validated base URL skip re-parsing; this one is not under it.
    const client = create("http://localhost");
    await expect(client.GET("/items", { baseUrl: "http://localhost.evil.test" })).rejects.toThrow(/baseUrl must use https/);
  });

  it("isLoopbackHost", () => {
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("LOCALHOST")).toBe(true);
    expect(isLoopbackHost("[::1]")).toBe(true);
    expect(isLoopbackHost("127.0.0.1.evil.test")).toBe(false);
    expect(isLoopbackHost("localhost.evil.test")).toBe(false);
    expect(isLoopbackHost("10.0.0.1")).toBe(false);
  });

  it("invalid options are refused", () => {
    const base = { vendor: "acme", defaultBaseUrl: "https://api.acme.test" };
    expect(() => createApiClient<paths>({ ...base, maxRetries: -1 })).toThrow(/maxRetries must be an integer ≥ 0 \(got -1\)/);
    expect(() => createApiClient<paths>({ ...base, timeoutMs: 0 })).toThrow(/timeoutMs must be a number > 0, or Infinity to turn it off \(got 0\)/);
    expect(() => createApiClient<paths>({ ...base, auth: { kind: "bearer", token: "" } })).toThrow(/auth.token must be a non-empty string/);
    expect(() => createApiClient<paths>({ ...base, headers: { "x-api-key": "abc\ndef" } })).toThrow(/headers\["x-api-key"\] is not a valid header/);
  });
});
