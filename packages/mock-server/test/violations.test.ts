/**
 * Query parameters the spec does not declare are violations, and the published package carries
 * no path of the machine it was built on.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as api from "../src/index.ts";
import { startMockServer, type MockServer } from "../src/index.ts";
import { call, FIXTURE_SPEC } from "./helpers.ts";

let fixture: MockServer;
let chatwoot: MockServer;

beforeAll(async () => {
  [fixture, chatwoot] = await Promise.all([startMockServer({ vendor: "fixture", spec: FIXTURE_SPEC }), startMockServer({ vendor: "chatwoot" })]);
});
afterAll(async () => {
  await Promise.all([fixture.close(), chatwoot.close()]);
});

describe("undeclared query parameters", () => {
  it("?bogus=1 is answered 400 and recorded as a query violation naming the parameter", async () => {
    chatwoot.reset();
    const res = await call(`${chatwoot.baseUrl}/api/v1/accounts/1/conversations?status=open&bogus=1`, { headers: { api_access_token: "t" } });
    expect(res.status).toBe(400);
    expect(chatwoot.violations).toEqual([
      expect.objectContaining({ operationId: "listAccountConversations", where: "query", message: "query/bogus is not a parameter of this operation" }),
    ]);
  });

  it("declared parameters, their `name[]` form and API-key query parameters are not flagged", async () => {
    chatwoot.reset();
    const res = await call(`${chatwoot.baseUrl}/api/v1/accounts/1/conversations?status=all&labels[]=billing`, { headers: { api_access_token: "t" } });
    expect(res.status).toBe(200);
    expect(chatwoot.violations).toEqual([]);
    const doc = api.loadSpec(FIXTURE_SPEC);
    const keyNames = Object.values(doc.components?.securitySchemes ?? {}).flatMap((s) => (s.type === "apiKey" && s.in === "query" ? [s.name] : []));
    if (keyNames.length === 0) return;
    fixture.reset();
    await call(`${fixture.baseUrl}/pets?${keyNames[0] ?? ""}=k`, { headers: { authorization: "Bearer x" } });
    expect(fixture.violations.filter((v) => v.where === "query")).toEqual([]);
  });
});

describe("no build-machine paths", () => {
  it("the package exports no REPO_ROOT or other absolute path", () => {
    expect(Object.keys(api)).not.toContain("REPO_ROOT");
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    for (const [name, value] of Object.entries(api)) {
      if (typeof value === "string") expect(value.startsWith(root), name).toBe(false);
    }
  });

  it("the built package reads its own copy of the specs, and its code names no directory of this machine", (ctx) => {
    const dist = fileURLToPath(new URL("../dist/", import.meta.url));
    if (!existsSync(`${dist}index.js`)) ctx.skip("packages/mock-server/dist is not built (pnpm -s exec turbo run build --filter=@org/mock-server)");
    expect(readdirSync(`${dist}specs`).sort()).toEqual(api.VENDORS.map((v) => `${v}.yaml`).sort());
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    for (const file of readdirSync(dist).filter((f) => /\.(c?js|d\.c?ts)$/.test(f))) {
      expect(readFileSync(`${dist}${file}`, "utf8").includes(root), file).toBe(false);
    }
  });
});
