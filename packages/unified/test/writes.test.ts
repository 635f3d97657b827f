/**
 * Contract tests of every write against the spec-driven mock servers on 127.0.0.1: the mock
 * validates each request against the spec (any violation fails the test), and the tests check what
 * went on the wire, what came back normalized, and what was refused before any request.
 */
import { startMockServers, type MockServers } from "@org/mock-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chatwoot, createUnifiedClient, fiveChat, livechatai, UnsupportedOperationError } from "../src/index.js";

let servers: MockServers;

function makeClient(s: MockServers) {
  return createUnifiedClient({
    widget: fiveChat({ baseUrl: s["5chat"].baseUrl, apiKey: "test-token" }),
    bot: livechatai({ baseUrl: s.livechatai.baseUrl, apiKey: "test-token" }),
    support: chatwoot({ baseUrl: s.chatwoot.baseUrl, apiAccessToken: "test-token" }),
  });
}
let sdk: ReturnType<typeof makeClient>;

const ACCOUNT_REF = { connection: "support", accountId: 1, conversationId: 42 } as const;
const PUBLIC_REF = { connection: "support", inboxIdentifier: "Yr9bXn3KqW2vT7sL", contactIdentifier: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a", conversationId: 42 } as const;
const BOT_REF = { connection: "bot", conversationId: "chat_9b2e4d6f80" } as const;

beforeAll(async () => {
  servers = await startMockServers();
  sdk = makeClient(servers);
});

afterAll(async () => {
  await servers.close();
});

afterEach(() => {
  for (const v of ["5chat", "livechatai", "chatwoot"] as const) {
    expect(servers[v].violations, `${v} mock saw requests that break the spec`).toEqual([]);
    servers[v].reset();
  }
});

const wire = (v: "chatwoot" | "livechatai") => servers[v].requests.map((r) => [r.method, r.operationId, r.body]);

describe("sendMessage", () => {
  it("Chatwoot application API: an agent reply, returned normalized with its conversation's ref", async () => {
    const m = await sdk.sendMessage(ACCOUNT_REF, { text: "It usually shows up within 5–7 business days. Anything else I can help with?" });
    expect(wire("chatwoot")).toEqual([
      ["POST", "createAccountConversationMessage", { content: "It usually shows up within 5–7 business days. Anything else I can help with?", message_type: "outgoing", private: false }],
    ]);
    // The stateful mock gives each sent message a new id.
    expect(m).toMatchObject({ vendor: "chatwoot", connection: "support", id: expect.stringMatching(/^\d+$/) as unknown, conversationId: "42", sender: { role: "agent" } });
    expect(m.conversationRef).toEqual(ACCOUNT_REF);
  });

  it("Chatwoot application API: a private note", async () => {
    const m = await sdk.sendMessage(ACCOUNT_REF, { text: "Refund RF-2291 for the duplicate $49 charge issued in Stripe.", private: true });
    expect(servers.chatwoot.requests[0]?.body).toMatchObject({ private: true });
    expect(m.id).toMatch(/^\d+$/);
  });

  it("Chatwoot application API: attachments go as multipart/form-data", async () => {
    const pdf = new Blob(["%PDF-1.4 refund"], { type: "application/pdf" });
    const m = await sdk.sendMessage(ACCOUNT_REF, { text: "Here is the refund confirmation.", attachments: [{ name: "refund-RF-2291.pdf", data: pdf }] });
    const request = servers.chatwoot.requests[0];
    expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.body).toEqual({ content: "Here is the refund confirmation.", message_type: "outgoing", private: false, "attachments[]": ["refund-RF-2291.pdf"] });
    expect(m.attachments[0]).toMatchObject({ kind: "file", name: "refund-RF-2291.pdf" });
  });

  it("Chatwoot public API: a message as the contact; a private note is refused before any request", async () => {
    const m = await sdk.sendMessage(PUBLIC_REF, { text: "Thanks! How long will the refund take?" });
    expect(wire("chatwoot")).toEqual([["POST", "createMessage", { content: "Thanks! How long will the refund take?" }]]);
    expect(m).toMatchObject({ id: expect.stringMatching(/^\d+$/) as unknown, sender: { role: "contact" } });
    expect(m.conversationRef).toEqual(PUBLIC_REF);
    servers.chatwoot.reset();
    await expect(sdk.sendMessage(PUBLIC_REF, { text: "note", private: true })).rejects.toBeInstanceOf(UnsupportedOperationError);
    expect(servers.chatwoot.requests).toHaveLength(0);
  });

  it("LiveChatAI: the documented human-agent reply", async () => {
    const m = await sdk.sendMessage(BOT_REF, { text: "It usually shows up within 5–7 business days. Anything else I can help with?" });
    expect(wire("livechatai")).toEqual([
      ["POST", "replyToConversation", { message: "It usually shows up within 5–7 business days. Anything else I can help with?", messageType: "TEXT" }],
    ]);
    expect(m).toMatchObject({ vendor: "livechatai", connection: "bot", id: expect.stringMatching(/./) as unknown, sender: { role: "agent" } });
    expect(m.conversationRef).toEqual(BOT_REF);
  });

  it("refuses what a vendor cannot honour with UnsupportedOperationError, before any request", async () => {
    const refusals = [
      sdk.sendMessage({ connection: "widget", token: "c7d1e2f3a4b5" } as never, { text: "hi" }),
      sdk.sendMessage(BOT_REF, { text: "note", private: true }),
      sdk.sendMessage(BOT_REF, { text: "file", attachments: [{ name: "a.txt", data: new Blob(["a"]) }] }),
      sdk.setStatus(BOT_REF, "open" as never),
      sdk.assign(BOT_REF as never, { agentId: 3 }),
      sdk.setTags(BOT_REF as never, ["billing"]),
      sdk.setStatus(PUBLIC_REF, "pending"),
      sdk.assign(PUBLIC_REF, { agentId: 3 }),
      sdk.setTags(PUBLIC_REF, ["billing"]),
    ];
    for (const refusal of refusals) await expect(refusal).rejects.toBeInstanceOf(UnsupportedOperationError);
    for (const v of ["5chat", "livechatai", "chatwoot"] as const) expect(servers[v].requests).toHaveLength(0);
  });

  it("reports every write in capabilities()", () => {
    expect(sdk.capabilities("support")).toMatchObject({
      sendMessage: { private: true, attachments: true },
      setStatus: ["open", "pending", "resolved", "snoozed"],
      snoozedUntil: true,
      assign: { agent: true, team: true, unassign: true },
      setTags: true,
    });
    expect(sdk.capabilities("bot")).toMatchObject({ sendMessage: { private: false, attachments: false }, setStatus: ["resolved"], assign: false, setTags: false });
    expect(sdk.capabilities("widget")).toMatchObject({ sendMessage: false, setStatus: [], assign: false, setTags: false });
  });
});

describe("setStatus", () => {
  it("Chatwoot application API: toggle_status with the status; the result is the write's own answer (no read after it)", async () => {
    const c = await sdk.setStatus(ACCOUNT_REF, "resolved");
    expect(wire("chatwoot")).toEqual([["POST", "toggleAccountConversationStatus", { status: "resolved" }]]);
    expect(c).toEqual({ ref: ACCOUNT_REF, status: "resolved", snoozedUntil: null });
  });

  it("Chatwoot: snoozedUntil goes as Unix seconds", async () => {
    const c = await sdk.setStatus(ACCOUNT_REF, "snoozed", { snoozedUntil: new Date("2024-03-18T09:00:00Z") });
    expect(servers.chatwoot.requests[0]?.body).toEqual({ status: "snoozed", snoozed_until: 1710752400 });
    expect(c).toMatchObject({ status: "snoozed", snoozedUntil: "2024-03-18T09:00:00.000Z" });
  });

  it("Chatwoot public API: resolve through the public toggle_status", async () => {
    const c = await sdk.setStatus(PUBLIC_REF, "resolved");
    expect(wire("chatwoot")).toEqual([["POST", "resolveConversation", undefined]]);
    expect(c.status).toBe("resolved");
    expect(c.ref).toEqual(PUBLIC_REF);
  });

  it("LiveChatAI: resolved through the end endpoint, whose 200 is the result", async () => {
    const c = await sdk.setStatus(BOT_REF, "resolved");
    expect(wire("livechatai").map(([method, op]) => [method, op])).toEqual([["POST", "endConversation"]]);
    expect(c).toEqual({ ref: BOT_REF, status: "resolved", snoozedUntil: null });
  });

  it("refuses a snoozedUntil that is not a Date or goes with another status, before any request", async () => {
    await expect(sdk.setStatus(ACCOUNT_REF, "snoozed", { snoozedUntil: "tomorrow" as never })).rejects.toMatchObject({ parameter: "snoozedUntil" });
    await expect(sdk.setStatus(ACCOUNT_REF, "open", { snoozedUntil: new Date() })).rejects.toMatchObject({ parameter: "snoozedUntil" });
    expect(servers.chatwoot.requests).toHaveLength(0);
  });
});

describe("assign", () => {
  it("Chatwoot: an agent, a team, both, and null (unassign both); each result is the writes' own answers", async () => {
    const agent = await sdk.assign(ACCOUNT_REF, { agentId: 3 });
    const team = await sdk.assign(ACCOUNT_REF, { teamId: 2 });
    await sdk.assign(ACCOUNT_REF, { agentId: 3, teamId: 2 });
    const none = await sdk.assign(ACCOUNT_REF, null);
    expect(wire("chatwoot")).toEqual([
      ["POST", "assignAccountConversation", { assignee_id: 3 }],
      ["POST", "assignAccountConversation", { team_id: 2 }],
      ["POST", "assignAccountConversation", { assignee_id: 3 }],
      ["POST", "assignAccountConversation", { team_id: 2 }],
      ["POST", "assignAccountConversation", { assignee_id: null }],
      ["POST", "assignAccountConversation", { team_id: null }],
    ]);
    expect(agent).toEqual({ ref: ACCOUNT_REF, agent: { id: "3", name: "Sam Rivera", email: "sam.rivera@acme.example" }, team: undefined });
    expect(team).toEqual({ ref: ACCOUNT_REF, agent: undefined, team: { id: "2", name: "billing" } });
    expect(none).toEqual({ ref: ACCOUNT_REF, agent: null, team: null });
  });

  it("refuses an empty or malformed assignment, naming the caller's key", async () => {
    await expect(sdk.assign(ACCOUNT_REF, {})).rejects.toMatchObject({ parameter: "agentId" });
    await expect(sdk.assign(ACCOUNT_REF, { agentId: -1 })).rejects.toMatchObject({ parameter: "agentId" });
    await expect(sdk.assign(ACCOUNT_REF, { agent: 3 } as never)).rejects.toThrow(/did you mean "agentId"/);
    expect(servers.chatwoot.requests).toHaveLength(0);
  });
});

describe("setTags", () => {
  it("Chatwoot: replaces the labels; the result is the labels the write answers", async () => {
    const c = await sdk.setTags(ACCOUNT_REF, ["billing", "refund", "billing"]);
    expect(wire("chatwoot")).toEqual([["POST", "setAccountConversationLabels", { labels: ["billing", "refund"] }]]);
    expect(c).toEqual({ ref: ACCOUNT_REF, tags: ["billing", "refund"] });
  });
});

describe("withResponse", () => {
  it("gives a write's own response and request id, and the same data", async () => {
    const { data, requestId, response } = await sdk.setTags(ACCOUNT_REF, ["billing"]).withResponse();
    expect(response.status).toBe(200);
    expect(requestId).toMatch(/^mock-\d+$/);
    // The request id is the write's (the labels POST): no read follows it.
    expect(servers.chatwoot.requests.map((r) => r.method)).toEqual(["POST"]);
    // The response is the write's (the labels POST), not a follow-up read's: its URL is the one the
    // POST went to, and its request id is the one the mock gave that request. The mock numbers its
    // requests in order, so a later read's id, minus the requests between, is the write's.
    const post = servers.chatwoot.requests.findIndex((r) => r.method === "POST");
    expect(servers.chatwoot.requests[post]?.operationId).toBe("setAccountConversationLabels");
    expect(new URL(response.url).pathname).toBe(servers.chatwoot.requests[post]?.path);
    const { requestId: laterId } = await sdk.getConversation(ACCOUNT_REF).withResponse();
    const between = servers.chatwoot.requests.length - 1 - post;
    expect(requestId).toBe(`mock-${Number(laterId?.slice("mock-".length)) - between}`);
    expect(data.ref).toEqual(ACCOUNT_REF);
  });

  it("works for reads too", async () => {
    const { data, requestId } = await sdk.getConversation(BOT_REF).withResponse();
    expect(data.id).toBe("chat_9b2e4d6f80");
    expect(requestId).toMatch(/^mock-\d+$/);
  });
});
