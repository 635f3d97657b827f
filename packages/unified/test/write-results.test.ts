/**
 * A write that went through never throws because of a read after it. With an agent-bot token,
 * Chatwoot answers 401 on `GET …/conversations/{id}` (bots may write but not read it); the mock is
 * forced into exactly that with a scenario, and every write must succeed from its own response,
 * with no read on the wire.
 */
import { startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, chatwoot, createUnifiedClient } from "../src/index.js";

let mock: MockServer;
const REF = { connection: "support", accountId: 1, conversationId: 42 } as const;

beforeAll(async () => {
  mock = await startMockServer({ vendor: "chatwoot" });
});
afterAll(() => mock.close());
afterEach(() => {
  expect(mock.violations, "requests that break the spec").toEqual([]);
  mock.reset();
});

const sdk = () => createUnifiedClient({ support: chatwoot({ baseUrl: mock.baseUrl, apiAccessToken: "bot-token" }) });
const operations = () => mock.requests.map((r) => `${r.method} ${r.operationId ?? "?"} ${r.status}`);

describe("writes with a credential that may write but not read the conversation", () => {
  it("assign: assignAccountConversation->200, getAccountConversation->401 — the assignment comes from the write", async () => {
    mock.useScenario({ assignAccountConversation: { status: 200, example: "samAssigned" }, getAccountConversation: { status: 401, example: "botToken" } });
    // The scenario is real: a read with this token fails.
    await expect(sdk().getConversation(REF)).rejects.toBeInstanceOf(AuthenticationError);
    mock.reset();

    const result = await sdk().assign(REF, { agentId: 3 });
    expect(result).toEqual({ ref: REF, agent: { id: "3", name: "Sam Rivera", email: "sam.rivera@acme.example" }, team: undefined });
    expect(operations()).toEqual(["POST assignAccountConversation 200"]);
  });

  it("setStatus: the status and snooze end come from toggle_status's own answer", async () => {
    mock.useScenario({ toggleAccountConversationStatus: { status: 200, example: "snoozed" }, getAccountConversation: { status: 401, example: "botToken" } });
    const result = await sdk().setStatus(REF, "snoozed", { snoozedUntil: new Date("2024-03-18T09:00:00Z") });
    expect(result).toEqual({ ref: REF, status: "snoozed", snoozedUntil: "2024-03-18T09:00:00.000Z" });
    expect(operations()).toEqual(["POST toggleAccountConversationStatus 200"]);
  });

  it("setTags: the labels come from the labels answer", async () => {
    mock.useScenario({ getAccountConversation: { status: 401, example: "botToken" } });
    const result = await sdk().setTags(REF, ["billing", "refund"]);
    expect(result).toEqual({ ref: REF, tags: ["billing", "refund"] });
    expect(operations()).toEqual(["POST setAccountConversationLabels 200"]);
  });

  it("a team assignment and an unassignment say what changed, and what this call left alone", async () => {
    mock.useScenario({ getAccountConversation: { status: 401, example: "botToken" } });
    expect(await sdk().assign(REF, { teamId: 2 })).toEqual({ ref: REF, agent: undefined, team: { id: "2", name: "billing" } });
    expect(await sdk().assign(REF, null)).toEqual({ ref: REF, agent: null, team: null });
    expect(operations()).toEqual(["POST assignAccountConversation 200", "POST assignAccountConversation 200", "POST assignAccountConversation 200"]);
  });
});
