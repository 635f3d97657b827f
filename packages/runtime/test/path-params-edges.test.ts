/**
 * Path parameters at the edges of what is accepted: the scalars that are sent (0, bigint,
 * boolean), the template styles that are refused, what the refusal says, and how deep the
 * percent-decoding check goes before it gives up and refuses (fails closed).
 */
import { afterEach, describe, expect, it } from "vitest";
import { InvalidRequestError } from "../src/index.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

async function serve() {
  return startServer((_req, res) => { sendJson(res, 200, { id: "x" }); });
}

/** Calls GET `path` with raw (untyped) path parameters and returns the error, if any. */
async function call(url: string, path: string, params: Record<string, unknown>): Promise<unknown> {
  const client = testClient(url);
  return client.request("get", path as "/items/{id}", { params: { path: params as { id: string } } }).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe("path parameter values that are sent", () => {
  it.each([
    [0, "/items/0"],
    [42, "/items/42"],
    [12345678901234567890n, "/items/12345678901234567890"],
    [true, "/items/true"],
    [false, "/items/false"],
    ["%252541", "/items/%25252541"], // three decodes to "A": not a dot-segment
    ["%2541%2e", "/items/%252541%252e"], // ends as "A.": one segment, not a dot-segment
  ])("%s is sent as %s", async (id, expected) => {
    const server = await serve();
    expect(await call(server.url, "/items/{id}", { id })).toBeUndefined();
    expect(server.hits.map((h) => h.url)).toEqual([expected]);
  });
});

it("a parameter whose name has a dot inside (RFC 6570 allows it) is a simple template", async () => {
  const server = await serve();
  expect(await call(server.url, "/items/{a.b}", { "a.b": "v" })).toBeUndefined();
  expect(server.hits.map((h) => h.url)).toEqual(["/items/v"]);
});

describe("refused before any I/O", () => {
  it.each([
    ["an object", { id: { a: 1 } }, "{id}"],
    ["an array", { id: ["a", "b"] }, "{id}"],
    ["a function", { id: () => "a" }, "{id}"],
    ["a label-style template", { ".id": "a" }, "{.id}"],
    ["a matrix-style template", { ";id": "a" }, "{;id}"],
    ["an explode template", { "id*": "a" }, "{id*}"],
    ["a value still changing after four decodes", { id: "%25252541" }, "{id}"],
    ["a dot-segment four decodes deep", { id: "%2525252e" }, "{id}"],
  ])("%s", async (_what, params, template) => {
    const server = await serve();
    const error = await call(server.url, `/items/${template}`, params);
    expect(error).toBeInstanceOf(InvalidRequestError);
    const name = template.slice(1, -1);
    expect(error).toMatchObject({
      reason: "unsafe_path_parameter",
      parameter: name,
      message: `[acme] invalid request: path parameter "${name}" must be a non-empty string or a non-negative number up to Number.MAX_SAFE_INTEGER, not a dot-segment, in a {simple} template`,
    });
    expect(server.hits).toHaveLength(0);
  });

  it("a styled template with no value is unsafe (its style), not missing", async () => {
    const server = await serve();
    expect(await call(server.url, "/items/{.id}", {})).toMatchObject({ reason: "unsafe_path_parameter", parameter: ".id" });
    expect(await call(server.url, "/items/{id}", { id: null })).toMatchObject({ reason: "missing_path_parameter", parameter: "id" });
    expect(server.hits).toHaveLength(0);
  });
});
