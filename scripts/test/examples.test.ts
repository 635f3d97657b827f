/**
 * The programs in examples/ type-check (strict) and run against the spec-driven mock servers,
 * started with the test kit users get (`startMockVendors` from @org/mock-server). Each runs as a
 * user would run it (`tsx examples/<file>.ts`, configured by environment variables), except the
 * edge handler, which is a module whose `fetch` the test calls with real `Request`s.
 * Needs built packages (the examples import @org/* through their published entry points).
 */
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- false positive on the "5chat" key of a mapped type (no enum anywhere) */
import { execFile, execFileSync, spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startMockVendors, type MockVendors } from "@org/mock-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import handler from "../../examples/edge-handler.ts";

const root = join(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const work = mkdtempSync(join(tmpdir(), "org-examples-"));
const run = promisify(execFile);

let mocks: MockVendors<"5chat" | "chatwoot">;
beforeAll(async () => {
  mocks = await startMockVendors({ vendors: ["5chat", "chatwoot"] });
});
afterEach(() => {
  mocks.assertNoViolations();
  mocks.useScenario({});
  mocks.reset();
});
afterAll(async () => {
  await mocks.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs an example; resolves with its stdout, rejects (with stderr) on a non-zero exit. */
async function example(file: string, args: string[], env: Record<string, string>): Promise<string> {
  const { stdout } = await run(tsx, [join(root, "examples", file), ...args], { cwd: work, env: { ...process.env, ...env }, timeout: 60_000 });
  return stdout;
}

it("type-check with the repository's strict options", () => {
  execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", join(root, "examples", "tsconfig.json")], { stdio: "pipe" });
});

describe("read-conversation.ts", () => {
  const env = () => ({ CHATWOOT_BASE_URL: mocks.baseUrls.chatwoot, CHATWOOT_TOKEN: "test-token" });

  it("prints the conversation and its whole history, oldest first", async () => {
    const out = await example("read-conversation.ts", ["1", "42"], env());
    const lines = out.trim().split("\n");
    expect(lines[0]).toBe("#42 open — Maya Chen");
    expect(lines[1]).toMatch(/contact: Hi, I was charged twice/);
    expect(lines.length).toBeGreaterThan(2);
    expect(mocks.requests("chatwoot").map((r) => r.operationId)).toEqual(expect.arrayContaining(["getAccountConversation", "listAccountConversationMessages"]));
  });

  it("says so, and exits 1, when the conversation does not exist", async () => {
    mocks.useScenario({ chatwoot: { getAccountConversation: { status: 404 } } });
    const failure = (await example("read-conversation.ts", ["1", "42"], env()).then(
      () => ({}),
      (error: unknown) => error,
    )) as { code?: number; stderr?: string };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/no conversation 42 in account 1/);
  });
});

describe("reply-and-resolve.ts", () => {
  const env = () => ({ CHATWOOT_BASE_URL: mocks.baseUrls.chatwoot, CHATWOOT_TOKEN: "test-token" });

  it("replies, leaves a private note and resolves, with bodies the spec accepts", async () => {
    const out = await example("reply-and-resolve.ts", ["1", "42", "Your refund is on its way."], env());
    expect(out).toMatch(/^replied: message \S+ by agent$/m);
    expect(out).toMatch(/^private note: message \S+$/m);
    // The conversation read back after the write is the spec's example (the mock keeps no
    // state, so it is still "open"); the request body below is what proves the resolve.
    expect(out).toMatch(/^conversation 42 is (open|resolved)$/m);
    const writes = mocks.requests("chatwoot").filter((r) => r.method === "POST");
    expect(writes.map((r) => r.operationId)).toEqual(["createAccountConversationMessage", "createAccountConversationMessage", "toggleAccountConversationStatus"]);
    expect(writes[0]?.body).toMatchObject({ content: "Your refund is on its way." });
    expect(writes[1]?.body).toMatchObject({ private: true });
    expect(writes[2]?.body).toMatchObject({ status: "resolved" });
  });

  it("reports a refused write as the typed error, exit 1", async () => {
    mocks.useScenario({ chatwoot: { createAccountConversationMessage: { status: 404 } } });
    const failure = (await example("reply-and-resolve.ts", ["1", "42", "hello"], env()).then(
      () => ({}),
      (error: unknown) => error,
    )) as { code?: number; stderr?: string };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/^NotFoundError from chatwoot/m);
  });
});

describe("export-jsonl.ts", () => {
  /**
   * A proxy in front of the 5chat mock that caps the page size at 2 (as a server may; the mock
   * honours the export's `limit=50`, which would fit everything on one page), and never answers
   * the request for page 2 while `stall` is set: the export is then provably killed after saving
   * page 1 and before finishing page 2.
   */
  let proxy: Server;
  let proxyUrl = "";
  let stall = false;
  beforeAll(async () => {
    proxy = createServer((req, res) => {
      if (stall && (req.url ?? "").includes("page=2")) return; // left hanging until the process dies
      const url = (req.url ?? "/").replace(/([?&]limit=)\d+/, "$12");
      void fetch(`${mocks.baseUrls["5chat"]}${url}`, { headers: { authorization: req.headers.authorization ?? "" } }).then(async (upstream) => {
        res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      });
    });
    await new Promise<void>((ok) => proxy.listen(0, "127.0.0.1", ok));
    const address = proxy.address();
    proxyUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  });
  afterAll(() => {
    proxy.closeAllConnections();
    proxy.close();
  });

  const lines = (file: string) => readFileSync(file, "utf8").trim().split("\n");

  it("exports every conversation with its messages, one JSON line each", async () => {
    const out = join(work, "full.jsonl");
    const printed = await example("export-jsonl.ts", [out], { FIVECHAT_API_KEY: "test-token", FIVECHAT_BASE_URL: mocks.baseUrls["5chat"] });
    expect(printed).toMatch(/done: 3 conversations/);
    const records = lines(out).map((l) => JSON.parse(l) as { conversation: { id: string; raw: unknown }; messages: { text: string | null }[] });
    expect(records).toHaveLength(3);
    expect(records.every((r) => r.conversation.raw !== undefined && Array.isArray(r.messages))).toBe(true);
    expect(records[0]?.messages.map((m) => m.text)).toContain("Hi, I was charged twice for my March invoice.");
    // Run again: nothing to do.
    expect(await example("export-jsonl.ts", [out], { FIVECHAT_API_KEY: "test-token", FIVECHAT_BASE_URL: mocks.baseUrls["5chat"] })).toMatch(/is complete \(3 conversations\)/);
  });

  it("resumes after a kill without losing or duplicating a line", async () => {
    // Its own reference: the same export through the proxy, not killed.
    const reference = join(work, "reference.jsonl");
    expect(await example("export-jsonl.ts", [reference], { FIVECHAT_API_KEY: "test-token", FIVECHAT_BASE_URL: proxyUrl })).toMatch(/done: 3 conversations/);
    const out = join(work, "killed.jsonl");
    stall = true;
    const child = spawn(tsx, [join(root, "examples", "export-jsonl.ts"), out], { cwd: work, env: { ...process.env, FIVECHAT_API_KEY: "test-token", FIVECHAT_BASE_URL: proxyUrl } });
    let stdout = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes("page saved")) resolve();
      });
      child.once("exit", (code) => { reject(new Error(`the export ended (${code}) before saving a page: ${stdout}`)); });
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => {
      child.once("exit", resolve);
    });
    stall = false;
    expect(lines(out)).toHaveLength(2);
    // As if the kill had landed in the middle of appending the next page.
    appendFileSync(out, '{"conversation":{"vendor":"5chat","id":"half-writ');

    const resumed = await example("export-jsonl.ts", [out], { FIVECHAT_API_KEY: "test-token", FIVECHAT_BASE_URL: proxyUrl });
    expect(resumed).toMatch(/resuming after 2 conversations/);
    expect(resumed).toMatch(/done: 3 conversations/);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(reference, "utf8"));
  });
});

describe("edge-handler.ts", () => {
  const env = () => ({ CHATWOOT_BASE_URL: mocks.baseUrls.chatwoot, CHATWOOT_TOKEN: "test-token" });

  it("answers the normalized conversation as JSON, without the vendor payload", async () => {
    const res = await handler.fetch(new Request("https://edge.example/conversations/1/42"), env());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; status: string; raw?: unknown };
    expect(body).toMatchObject({ id: "42", status: "open" });
    expect(body.raw).toBeUndefined();
  });

  it("maps a missing conversation to 404 and an unknown route to 404", async () => {
    mocks.useScenario({ chatwoot: { getAccountConversation: { status: 404 } } });
    expect((await handler.fetch(new Request("https://edge.example/conversations/1/42"), env())).status).toBe(404);
    expect((await handler.fetch(new Request("https://edge.example/nope"), env())).status).toBe(404);
  });

  it("turns a vendor failure into 502 naming only the error and the vendor", async () => {
    mocks.useScenario({ chatwoot: { getAccountConversation: { status: 401 } } });
    const res = await handler.fetch(new Request("https://edge.example/conversations/1/42"), { ...env(), CHATWOOT_TOKEN: "secret-token-123" });
    expect(res.status).toBe(502);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: "AuthenticationError", vendor: "chatwoot" });
    expect(text).not.toContain("secret-token-123");
  });
});

describe("agent-bot.ts", () => {
  /** Starts the example as a user would, on a free port; resolves with its URL and its output so far. */
  async function startBot(env: Record<string, string>) {
    const child = spawn(tsx, [join(root, "examples", "agent-bot.ts")], { cwd: work, env: { ...process.env, PORT: "0", ...env } });
    const output = { text: "" };
    child.stdout.on("data", (chunk: Buffer) => (output.text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output.text += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", () => {
        const found = /listening on (\S+)/.exec(output.text);
        if (found?.[1] !== undefined) resolve(found[1]);
      });
      child.once("exit", (code) => {
        reject(new Error(`agent-bot.ts exited (${code}): ${output.text}`));
      });
    });
    return { child, url, output };
  }

  /** Waits until every webhook delivery caused so far (including by the bot's own writes) is answered. */
  async function settle(): Promise<void> {
    const hooks = mocks.servers.chatwoot.webhooks;
    for (let seen = -1; seen !== hooks.deliveries.length; ) {
      seen = hooks.deliveries.length;
      await hooks.flush();
    }
  }

  it("answers the contact over signed deliveries, ignores its own reply, hands off and then stays quiet", async () => {
    const secret = "whsec_example";
    const { child, url, output } = await startBot({ CHATWOOT_BASE_URL: mocks.baseUrls.chatwoot, CHATWOOT_TOKEN: "test-token", CHATWOOT_WEBHOOK_SECRET: secret, HANDOFF_TEAM_ID: "2" });
    try {
      mocks.servers.chatwoot.webhooks.register(url, { secret });
      const conversation = await mocks.state.chatwoot.createConversation({ status: "pending" });
      await mocks.state.chatwoot.addMessage(conversation.id, { text: "Where is my refund?", from: "contact" });
      await settle();
      const sends = () => mocks.requests("chatwoot").filter((r) => r.operationId === "createAccountConversationMessage");
      expect(sends().map((r) => r.body)).toEqual([
        { content: expect.stringMatching(/^Refunds reach your card/) as unknown, message_type: "outgoing", private: false, content_attributes: { sdk_idempotency_key: expect.stringMatching(/^bot-reply-\d+$/) as unknown } },
      ]);
      expect(output.text).toMatch(/answered conversation \d+ with message \d+/);
      expect(output.text).toMatch(/ignored message \d+: not-from-contact/);

      await mocks.state.chatwoot.addMessage(conversation.id, { text: "I want a human", from: "contact" });
      await settle();
      expect(output.text).toMatch(/handed off conversation \d+ \(now open\)/);
      const handoff = mocks.requests("chatwoot").slice(-3).map((r) => [r.operationId, r.body]);
      expect(handoff).toEqual([
        ["toggleAccountConversationStatus", { status: "open" }],
        ["createAccountConversationMessage", { content: 'The contact asked for a human: "I want a human"', message_type: "outgoing", private: true }],
        ["assignAccountConversation", { team_id: 2 }],
      ]);

      await mocks.state.chatwoot.addMessage(conversation.id, { text: "Hello?", from: "contact" });
      await settle();
      expect(output.text).toMatch(/ignored message \d+: not-owned/);
      expect(sends()).toHaveLength(2);
      expect(mocks.servers.chatwoot.webhooks.deliveries.every((d) => d.status === 200)).toBe(true);
    } finally {
      child.kill("SIGTERM");
      mocks.servers.chatwoot.webhooks.clear();
    }
  });
});
