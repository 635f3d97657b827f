import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { basePathOf, loadSpec, startMockServer, type MockServer } from "../src/index.ts";
import { call, FIXTURE_SPEC } from "./helpers.ts";

const AUTH = { authorization: "Bearer secret-token" };
let mock: MockServer;

beforeAll(async () => {
  mock = await startMockServer({ vendor: "fixture", spec: FIXTURE_SPEC });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.reset();
});

describe("addresses", () => {
  it("listens on 127.0.0.1 and appends the server URL's pathname", () => {
    expect(mock.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.baseUrl).toBe(`${mock.origin}/v1`);
    expect(mock.vendor).toBe("fixture");
  });

  it("uses a templated server URL's variable default", () => {
    const doc = loadSpec(FIXTURE_SPEC);
    expect(basePathOf({ ...doc, servers: [{ url: "{baseUrl}", variables: { baseUrl: { default: "https://app.chatwoot.com" } } }] })).toBe("");
    expect(basePathOf({ ...doc, servers: [{ url: "https://x.test/api/v2/" }] })).toBe("/api/v2");
    expect(basePathOf({ ...doc, servers: [] })).toBe("");
  });
});

describe("routing and selection", () => {
  it("answers with the first example without x-mock-match of the lowest 2xx response", async () => {
    const res = await call(`${mock.baseUrl}/pets`, { headers: AUTH });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [{ id: "p1", name: "Tom" }, { id: "p2", name: "Kit" }], next: 2 });
    expect(res.headers.get("x-request-id")).toMatch(/^mock-\d+$/);
    expect(res.headers.get("x-total")).toBe("3");
    expect(mock.violations).toEqual([]);
    expect(mock.coveredOperations()).toEqual(new Set(["listPets"]));
  });

  it("selects an example by query parameter (compared as a string)", async () => {
    const res = await call(`${mock.baseUrl}/pets?page=2`, { headers: AUTH });
    expect(res.body).toEqual({ items: [{ id: "p3", name: "Rex" }], next: null });
  });

  it("selects an example of a non-2xx response by path parameter", async () => {
    const res = await call(`${mock.baseUrl}/pets/missing`, { headers: AUTH });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: "not_found" });
    expect(mock.violations).toEqual([]);
  });

  it("percent-decodes path parameters before matching", async () => {
    const res = await call(`${mock.baseUrl}/pets/a%2Fb%20c`, { headers: AUTH });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: "a/b c", name: "Slash" });
  });

  it("follows $refs to components.examples", async () => {
    const res = await call(`${mock.baseUrl}/pets/p1`, { headers: AUTH });
    expect(res.body).toEqual({ id: "p1", name: "Tom" });
  });

  it("selects by header and sends the response's example headers", async () => {
    const res = await call(`${mock.baseUrl}/status`, { headers: { "x-scenario": "degraded" } });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
  });

  it("prefers literal paths over templates", async () => {
    const res = await call(`${mock.baseUrl}/pets/search?q=tom`, { headers: AUTH });
    expect(res.status).toBe(200);
    expect(mock.requests[0]?.operationId).toBe("searchPets");
  });

  it("sends text/plain examples as the raw string", async () => {
    const res = await call(`${mock.baseUrl}/pets/7/bio`, { headers: AUTH });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(res.text).toBe("Tom likes naps.");
  });

  it("sends responses without content as an empty body", async () => {
    const res = await call(`${mock.baseUrl}/pets/p1`, { method: "DELETE", headers: AUTH });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
  });

  it("answers unknown routes with 404 and a route violation", async () => {
    for (const url of [`${mock.baseUrl}/nope`, `${mock.origin}/pets`]) {
      const res = await call(url, { headers: AUTH });
      expect(res.status).toBe(404);
    }
    expect(mock.violations.map((v) => [v.where, v.operationId])).toEqual([
      ["route", null],
      ["route", null],
    ]);
  });

  it("answers a known path with an undeclared method with 405", async () => {
    const res = await call(`${mock.baseUrl}/status`, { method: "PUT" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
    expect(mock.violations[0]?.where).toBe("route");
  });
});

describe("security", () => {
  it("answers the 401 example when the bearer token is missing or of the wrong scheme", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Basic dTpw" }, { authorization: "Bearer " }];
    for (const headers of attempts) {
      const res = await call(`${mock.baseUrl}/pets`, { headers });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: "unauthorized" });
    }
    expect(mock.violations).toEqual([]);
  });

  it("checks apiKey headers", async () => {
    expect((await call(`${mock.baseUrl}/account`, { headers: AUTH })).status).toBe(401);
    expect((await call(`${mock.baseUrl}/account`, { headers: { api_access_token: "k" } })).status).toBe(200);
  });

  it("lets operations with `security: []` through", async () => {
    expect((await call(`${mock.baseUrl}/status`)).status).toBe(200);
  });
});

describe("request validation", () => {
  it("coerces query strings to the schema's types", async () => {
    const res = await call(`${mock.baseUrl}/pets?page=1&flag=true&labels[]=a&labels[]=b&ids=1,2`, { headers: AUTH });
    expect(res.status).toBe(200);
    expect((await call(`${mock.baseUrl}/pets?labels=a`, { headers: AUTH })).status).toBe(200);
    expect(mock.violations).toEqual([]);
  });

  it("rejects query values of the wrong type with 400 and violations", async () => {
    const res = await call(`${mock.baseUrl}/pets?page=zero&flag=maybe&ids=1,x`, { headers: AUTH });
    expect(res.status).toBe(400);
    const messages = mock.violations.map((v) => `${v.operationId ?? ""} ${v.where} ${v.message}`);
    expect(messages).toEqual([
      "listPets query query/page must be integer",
      "listPets query query/ids/1 must be integer",
      "listPets query query/flag must be boolean",
    ]);
    expect(res.body).toEqual({ mockViolations: mock.violations });
  });

  it("records a missing required query parameter", async () => {
    const res = await call(`${mock.baseUrl}/pets/search`, { headers: AUTH });
    expect(res.status).toBe(400);
    expect(mock.violations).toMatchObject([{ where: "query", message: "query must have required property 'q'" }]);
  });

  it("validates path parameters and declared headers", async () => {
    expect((await call(`${mock.baseUrl}/pets/abc/bio`, { headers: AUTH })).status).toBe(400);
    expect((await call(`${mock.baseUrl}/pets`, { headers: { ...AUTH, "x-tenant": "acme" } })).status).toBe(400);
    expect(mock.violations.map((v) => v.where)).toEqual(["path", "header"]);
  });

  it("validates cookie parameters (and ignores cookies the operation does not declare)", async () => {
    expect((await call(`${mock.baseUrl}/pets`, { headers: { ...AUTH, cookie: "theme=dark; session_region=eu" } })).status).toBe(200);
    expect((await call(`${mock.baseUrl}/pets`, { headers: { ...AUTH, cookie: "session_region=mars" } })).status).toBe(400);
    expect(mock.violations.map((v) => `${v.where}: ${v.message}`)).toEqual(['cookie: cookie/session_region must be equal to one of the allowed values ("eu", "us")']);
  });

  const post = (body: string, contentType = "application/json"): Promise<Awaited<ReturnType<typeof call>>> =>
    call(`${mock.baseUrl}/pets`, { method: "POST", headers: { ...AUTH, "content-type": contentType }, body });

  it("accepts a valid JSON body", async () => {
    const res = await post(JSON.stringify({ name: "Nemo", tag: null }));
    expect(res.status).toBe(201);
    expect(mock.violations).toEqual([]);
    expect(mock.requests[0]?.body).toEqual({ name: "Nemo", tag: null });
  });

  it("rejects a body that breaks its schema", async () => {
    const res = await post(JSON.stringify({ name: "", colour: "red" }));
    expect(res.status).toBe(400);
    expect(mock.violations.map((v) => v.message)).toEqual([
      "body must NOT have additional properties (colour)",
      "body/name must NOT have fewer than 1 characters",
    ]);
  });

  it("rejects malformed JSON, a missing required body and an undeclared content type", async () => {
    expect((await post("{nope")).status).toBe(400);
    expect((await call(`${mock.baseUrl}/pets`, { method: "POST", headers: AUTH })).status).toBe(400);
    expect((await post("name=x", "application/x-www-form-urlencoded")).status).toBe(400);
    expect(mock.violations.map((v) => `${v.where}: ${v.message.split(":")[0] ?? ""}`)).toEqual([
      "body: malformed JSON body",
      "body: body is required",
      'header: content-type "application/x-www-form-urlencoded" is not one of',
    ]);
  });

  it("selects an example by top-level body fields (compared as strings)", async () => {
    const res = await post(JSON.stringify({ name: "Rex" }));
    expect(res.body).toEqual({ id: "p4", name: "Nemo" });
    expect(mock.violations).toEqual([]);
  });

  const postForm = (form: FormData): Promise<Awaited<ReturnType<typeof call>>> =>
    call(`${mock.baseUrl}/pets`, { method: "POST", headers: AUTH, body: form });
  const png = (name: string): File => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], name, { type: "image/png" });

  it("accepts a valid multipart body, coercing its fields, and selects by its fields", async () => {
    const form = new FormData();
    form.append("name", "Rex");
    form.append("vaccinated", "true");
    form.append("avatar", png("rex.png"));
    form.append("photos[]", png("rex-1.png"));
    form.append("photos[]", png("rex-2.png"));
    const res = await postForm(form);
    expect(mock.violations).toEqual([]);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: "p5", name: "Rex" });
    expect(mock.requests[0]?.body).toEqual({ name: "Rex", vaccinated: true, avatar: "rex.png", "photos[]": ["rex-1.png", "rex-2.png"] });
  });

  it("rejects multipart fields that break the schema, files where text belongs and text where files belong", async () => {
    const form = new FormData();
    form.append("name", png("name.png"));
    form.append("vaccinated", "maybe");
    form.append("avatar", "not a file");
    form.append("colour", "red");
    for (const n of [1, 2, 3]) form.append("photos[]", png(`p${n}.png`));
    expect((await postForm(form)).status).toBe(400);
    expect(mock.violations.map((v) => v.message).sort()).toEqual([
      "body must NOT have additional properties (colour)",
      "body/avatar must be a file part",
      "body/name must be a text field, not a file",
      "body/photos[] must NOT have more than 2 items",
      "body/vaccinated must be boolean",
    ]);
  });

  it("rejects a repeated non-array field and a malformed multipart body", async () => {
    const form = new FormData();
    form.append("name", "Rex");
    form.append("name", "Max");
    expect((await postForm(form)).status).toBe(400);
    const broken = await call(`${mock.baseUrl}/pets`, {
      method: "POST",
      headers: { ...AUTH, "content-type": "multipart/form-data; boundary=xyz" },
      body: "--xyz\r\nnot a part",
    });
    expect(broken.status).toBe(400);
    expect(mock.violations.map((v) => v.message.split(":")[0])).toEqual([
      "body/name is repeated but its schema is not an array",
      "malformed multipart/form-data body",
    ]);
  });

  it("rejects bodies over 1 MB with 413", async () => {
    const res = await post(JSON.stringify({ name: "x".repeat(1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(mock.violations[0]?.where).toBe("body");
  });
});

describe("response validation", () => {
  it("records a response violation for an example that breaks its schema, and still sends it", async () => {
    const res = await call(`${mock.baseUrl}/status`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: "yes" });
    expect(mock.violations).toMatchObject([{ operationId: "getStatus", where: "response", message: "response 200 broken/ok must be boolean" }]);
  });
});

describe("CORS", () => {
  it("answers preflights with 204 and the allowed methods and headers", async () => {
    const res = await fetch(`${mock.baseUrl}/pets`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
    const allowed = res.headers.get("access-control-allow-headers") ?? "";
    for (const header of ["authorization", "api_access_token", "content-type"]) expect(allowed).toContain(header);
    expect(mock.requests).toEqual([]);
  });

  it("adds the CORS headers to every response", async () => {
    const res = await fetch(`${mock.baseUrl}/nope`);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toBe("x-request-id, retry-after");
  });
});

describe("recording", () => {
  it("records requests with credentials redacted", async () => {
    await call(`${mock.baseUrl}/pets?page=2&labels[]=a&labels[]=b`, { headers: { ...AUTH, "x-tenant": "t-1" } });
    await call(`${mock.baseUrl}/account`, { headers: { api_access_token: "very-secret" } });
    expect(mock.requests).toHaveLength(2);
    expect(mock.requests[0]).toMatchObject({
      method: "GET",
      path: "/v1/pets",
      operationId: "listPets",
      query: { page: "2", "labels[]": ["a", "b"] },
      body: undefined,
      status: 200,
    });
    expect(mock.requests[0]?.headers.authorization).toBe("[redacted]");
    expect(mock.requests[0]?.headers["x-tenant"]).toBe("t-1");
    expect(mock.requests[1]?.headers.api_access_token).toBe("[redacted]");
    expect(JSON.stringify(mock.requests)).not.toContain("secret");
    expect(mock.coveredOperations()).toEqual(new Set(["listPets", "getAccount"]));
  });

  it("forgets everything on reset()", async () => {
    await call(`${mock.baseUrl}/nope`);
    mock.reset();
    expect(mock.requests).toEqual([]);
    expect(mock.violations).toEqual([]);
    expect(mock.coveredOperations().size).toBe(0);
  });
});
