/**
 * The test kit users run in their own tests: real servers on 127.0.0.1, real specs, real fetch.
 */
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- false positive on the "5chat" key of a mapped type (no enum anywhere) */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MockViolationError, startMockVendors, type MockVendors } from "../src/index.ts";

const auth = { authorization: "Bearer test-token" };

describe("startMockVendors", () => {
  let mocks: MockVendors<"5chat" | "livechatai">;
  beforeAll(async () => {
    mocks = await startMockVendors({ vendors: ["5chat", "livechatai"] });
  });
  afterAll(async () => {
    await mocks.close();
  });
  beforeEach(() => {
    mocks.useScenario({});
    mocks.reset();
  });

  it("starts only the vendors asked for, each at its spec's base path on 127.0.0.1", () => {
    expect(Object.keys(mocks.baseUrls).sort()).toEqual(["5chat", "livechatai"]);
    expect(mocks.baseUrls["5chat"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mocks.baseUrls.livechatai).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
    expect("chatwoot" in mocks.servers).toBe(false);
  });

  it("answers from the spec's examples and records each request with credentials redacted", async () => {
    const res = await fetch(`${mocks.baseUrls["5chat"]}/conversations?page=2`, { headers: auth });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { page: number }).page).toBe(2);
    const [request, ...rest] = mocks.requests();
    expect(rest).toEqual([]);
    expect(request).toMatchObject({ vendor: "5chat", method: "GET", path: "/conversations", operationId: "listConversations", status: 200, query: { page: "2" } });
    expect(request?.headers.authorization).toBe("[redacted]");
    expect(mocks.requests("livechatai")).toEqual([]);
    mocks.assertNoViolations();
  });

  it("reports a request that breaks the spec: 400 for the caller, a violation for the test", async () => {
    const res = await fetch(`${mocks.baseUrls["5chat"]}/conversations?page=first`, { headers: auth });
    expect(res.status).toBe(400);
    expect(mocks.violations()).toEqual([expect.objectContaining({ vendor: "5chat", operationId: "listConversations", where: "query" })]);
    expect(() => { mocks.assertNoViolations(); }).toThrow(MockViolationError);
    expect(() => { mocks.assertNoViolations(); }).toThrow(/5chat GET \/conversations \(listConversations\): query: .*page/);
    mocks.reset();
    expect(mocks.violations()).toEqual([]);
  });

  it("forces a declared response with a scenario, per operation or for every operation", async () => {
    mocks.useScenario({ "5chat": { getVisitor: { status: 404 } } });
    const notFound = await fetch(`${mocks.baseUrls["5chat"]}/visitors/v_anything`, { headers: auth });
    expect(notFound.status).toBe(404);
    const listed = await fetch(`${mocks.baseUrls["5chat"]}/conversations`, { headers: auth });
    expect(listed.status).toBe(200);

    mocks.useScenario({ "5chat": { "*": { status: 401 } } });
    expect((await fetch(`${mocks.baseUrls["5chat"]}/conversations`, { headers: auth })).status).toBe(401);

    mocks.useScenario({ "5chat": { listConversations: { example: "lastPage" } } });
    const second = await fetch(`${mocks.baseUrls["5chat"]}/conversations`, { headers: auth });
    expect(((await second.json()) as { page: number }).page).toBe(2);
    mocks.assertNoViolations();
  });

  it("still validates the request under a scenario", async () => {
    mocks.useScenario({ "5chat": { listConversations: { status: 401 } } });
    expect((await fetch(`${mocks.baseUrls["5chat"]}/conversations?limit=many`, { headers: auth })).status).toBe(400);
    expect(mocks.violations()).toHaveLength(1);
  });

  it("rejects a scenario that names what the spec lacks, saying what it declares", () => {
    expect(() => { mocks.useScenario({ "5chat": { getConversaton: { status: 404 } } }); }).toThrow(/no operation "getConversaton"/);
    expect(() => { mocks.useScenario({ "5chat": { getHealth: { status: 404 } } }); }).toThrow(/getHealth declares no response with status 404; it declares 200/);
    expect(() => { mocks.useScenario({ "5chat": { "*": { status: 418 } } }); }).toThrow(/no operation declares a response with status 418/);
  });
});

describe("startMockVendors with a scenario at start", () => {
  it("applies it from the first request, and closes everything it started", async () => {
    const mocks = await startMockVendors({ vendors: ["5chat"], scenario: { "5chat": { listConversations: { status: 401 } } } });
    const res = await fetch(`${mocks.baseUrls["5chat"]}/conversations`, { headers: auth });
    expect(res.status).toBe(401);
    await mocks.close();
    await expect(fetch(`${mocks.baseUrls["5chat"]}/conversations`, { headers: auth })).rejects.toThrow();
  });

  it("starts nothing when the scenario is wrong", async () => {
    await expect(startMockVendors({ vendors: ["5chat", "livechatai"], scenario: { livechatai: { nope: { status: 200 } } } })).rejects.toThrow(/livechatai mock scenario/);
  });
});
