/**
 * Smoke test against the real vendor specs: each vendor's mock answers every GET operation it can
 * call from the spec alone (parameters filled from their examples) with 200 and no violations.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getAtPointer,
  loadSpec,
  Router,
  specPath,
  startMockServers,
  VENDORS,
  type MockServers,
  type OpenApiDocument,
  type ResolvedParameter,
  type RouteOperation,
} from "../src/index.ts";

const present = VENDORS.filter((vendor) => existsSync(specPath(vendor)));

/** A value for a parameter taken from the spec: its example, first named example, or schema hints. */
function sampleValue(doc: OpenApiDocument, param: ResolvedParameter): string | undefined {
  const first = Object.values(param.parameter.examples ?? {})[0];
  const schema = (param.schemaPointer === undefined ? undefined : getAtPointer(doc, param.schemaPointer)) as Record<string, unknown> | undefined;
  const candidates: unknown[] = [
    param.parameter.example,
    first !== undefined && "value" in first ? first.value : undefined,
    schema?.example,
    Array.isArray(schema?.examples) ? (schema.examples as unknown[])[0] : undefined,
    schema?.default,
    Array.isArray(schema?.enum) ? (schema.enum as unknown[])[0] : undefined,
  ];
  const found = candidates.find((c) => c !== undefined);
  if (found === undefined) return undefined;
  return typeof found === "string" ? found : JSON.stringify(found);
}

/** Request headers that satisfy the operation's first security requirement. */
function credentials(doc: OpenApiDocument, op: RouteOperation): { headers: Record<string, string>; query: string[] } {
  const headers: Record<string, string> = {};
  const query: string[] = [];
  for (const name of Object.keys(op.security[0] ?? {})) {
    const scheme = doc.components?.securitySchemes?.[name];
    if (scheme === undefined) continue;
    if (scheme.type === "http") headers.authorization = `${scheme.scheme === "basic" ? "Basic" : "Bearer"} smoke-test-credential`;
    else if (scheme.type === "apiKey") {
      if (scheme.in === "header") headers[scheme.name] = "smoke-test-credential";
      else if (scheme.in === "query") query.push(`${encodeURIComponent(scheme.name)}=smoke-test-credential`);
      else headers.cookie = `${scheme.name}=smoke-test-credential`;
    } else headers.authorization = "Bearer smoke-test-credential";
  }
  return { headers, query };
}

/** The URL path + query for a GET operation, or `undefined` if a required parameter has no sample. */
function requestFor(doc: OpenApiDocument, op: RouteOperation): { path: string; headers: Record<string, string> } | undefined {
  let path = op.path;
  const { headers, query } = credentials(doc, op);
  for (const param of op.parameters) {
    if (!param.required) continue;
    const value = sampleValue(doc, param);
    if (value === undefined) return undefined;
    if (param.in === "path") path = path.replace(`{${param.name}}`, encodeURIComponent(value));
    else if (param.in === "query") query.push(`${encodeURIComponent(param.name)}=${encodeURIComponent(value)}`);
    else if (param.in === "header") headers[param.name.toLowerCase()] = value;
  }
  return { path: query.length > 0 ? `${path}?${query.join("&")}` : path, headers };
}

describe.skipIf(present.length === 0)("real vendor specs", () => {
  let mocks: MockServers;
  beforeAll(async () => {
    mocks = await startMockServers(present);
  });
  afterAll(async () => {
    await mocks.close();
  });

  it("starts every present vendor on 127.0.0.1 with the spec's base path", () => {
    for (const vendor of present) {
      const mock = mocks[vendor];
      expect(mock.baseUrl.startsWith(mock.origin)).toBe(true);
      expect(mock.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    }
    if (present.includes("livechatai")) expect(mocks.livechatai.baseUrl).toBe(`${mocks.livechatai.origin}/api/v2`);
    if (present.includes("chatwoot")) expect(mocks.chatwoot.baseUrl).toBe(mocks.chatwoot.origin);
  });

  for (const vendor of present) {
    const doc = loadSpec(vendor);
    const gets = new Router(doc).operations.filter((op) => op.method === "get");
    it(`${vendor} has at least one GET operation callable from the spec's examples`, () => {
      expect(gets.map((op) => requestFor(doc, op)).filter((r) => r !== undefined).length).toBeGreaterThan(0);
    });
    for (const op of gets) {
      const request = requestFor(doc, op);
      it.skipIf(request === undefined)(`${vendor} GET ${op.path} (${op.operationId}) → 200, no violations`, async () => {
        if (request === undefined) return;
        const mock = mocks[vendor];
        mock.reset();
        const response = await fetch(mock.baseUrl + request.path, { headers: request.headers });
        const body = await response.text();
        expect(mock.violations).toEqual([]);
        expect(response.status, body).toBe(200);
        expect(mock.coveredOperations()).toEqual(new Set([op.operationId]));
      });
    }
  }
});
