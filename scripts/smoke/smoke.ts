/**
 * The consumer smoke test: what a user who ran `npm install @org/unified` can do with it.
 *
 * It imports every published package, reads the example-story conversation through the unified
 * facade from each vendor, runs one operation through each vendor client, and checks that a typed
 * error from the facade is an instance of `@org/runtime`'s class (one runtime, shared by all).
 * The mock servers' base URLs come from `SMOKE_MOCKS` (JSON: `{ "5chat": url, livechatai: url,
 * chatwoot: url }`), started by scripts/smoke/run-matrix.mjs on 127.0.0.1.
 *
 * This one file is run in every form the matrix covers: as TypeScript (type-checked against the
 * published `.d.ts`/`.d.cts` with moduleResolution node16 and bundler, then run directly by
 * Node ≥ 22, Bun and Deno) and compiled by tsc to `.mjs` (ESM: `import`) and `.cjs` (CommonJS:
 * `require`), run by every runtime. So it uses no top-level await and no `import.meta`.
 * It prints `smoke: ok …` and exits 0, or names the failed check and exits 1.
 */
import * as chatwoot from "@org/chatwoot";
import * as chatwootWebhooks from "@org/chatwoot/webhooks";
import * as fivechat from "@org/5chat";
import * as livechatai from "@org/livechatai";
import * as runtime from "@org/runtime";
import * as unified from "@org/unified";
import process from "node:process";

type MockUrls = Record<unified.Vendor, string>;

/** The example story every spec tells (specs/README.md). */
const STORY = { contact: "Maya Chen", firstMessage: "Hi, I was charged twice for my March invoice." };
const TOKEN = "demo-token";

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${what}`);
}

function mockUrls(): MockUrls {
  const text = process.env.SMOKE_MOCKS;
  check(text !== undefined, "SMOKE_MOCKS is set");
  const urls = JSON.parse(text) as Partial<MockUrls>;
  for (const vendor of unified.VENDORS) check(typeof urls[vendor] === "string", `SMOKE_MOCKS has a ${vendor} URL`);
  return urls as MockUrls;
}

async function main(): Promise<string[]> {
  const urls = mockUrls();
  const done: string[] = [];

  // 1. The facade: the same conversation, read from each vendor.
  const sdk = unified.createUnifiedClient({
    "5chat": unified.fiveChat({ apiKey: TOKEN, baseUrl: urls["5chat"] }),
    livechatai: unified.livechatai({ apiKey: TOKEN, baseUrl: urls.livechatai }),
    chatwoot: unified.chatwoot({ baseUrl: urls.chatwoot }),
  });
  const refs = [
    { connection: "5chat", token: "c7d1e2f3a4b5" },
    { connection: "livechatai", conversationId: "chat_9b2e4d6f80" },
    { connection: "chatwoot", inboxIdentifier: "Yr9bXn3KqW2vT7sL", contactIdentifier: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a", conversationId: 42 },
  ] as const;
  for (const ref of refs) {
    const conversation = await sdk.getConversation(ref);
    check(conversation.vendor === ref.connection, `${ref.connection}: getConversation returns a ${ref.connection} conversation`);
    check(
      conversation.messages.some((m) => m.text === STORY.firstMessage),
      `${ref.connection}: getConversation has the story's first message (got ${JSON.stringify(conversation.messages.map((m) => m.text))})`,
    );
    done.push(`unified.getConversation(${ref.connection})`);
  }
  // The raw payload keeps its vendor type through the facade.
  const fromLiveChat = await sdk.getConversation(refs[1]);
  const rawId: string = fromLiveChat.raw.id;
  check(rawId === "chat_9b2e4d6f80", "livechatai: the raw payload is the vendor's conversation");

  // 2. Typed errors: one @org/runtime behind every package, so `instanceof` holds across them.
  try {
    await sdk.getConversation({ connection: "5chat", token: "missing" });
    check(false, "5chat: an unknown conversation is an error");
  } catch (error) {
    check(error instanceof runtime.NotFoundError, `5chat: an unknown conversation is @org/runtime's NotFoundError (got ${String(error)})`);
    check(error instanceof unified.SdkError, "5chat: the facade's SdkError is @org/runtime's");
    check(error.vendor === "5chat", "5chat: the error names its vendor");
  }
  done.push("runtime.NotFoundError");

  // 3. One operation through each vendor client.
  const five = fivechat.createFiveChatClient({ apiKey: TOKEN, baseUrl: urls["5chat"] });
  const visitor = await five.GET("/visitors/{token}", { params: { path: { token: "v9a8b7c6d5e4" } } });
  check(visitor.data?.name === STORY.contact, `5chat client: GET /visitors/{token} is ${STORY.contact}`);
  done.push("5chat GET /visitors/{token}");

  const live = livechatai.createLiveChatAiClient({ apiKey: TOKEN, baseUrl: urls.livechatai });
  const conversation = await live.GET("/conversations/{conversationId}", { params: { path: { conversationId: "chat_9b2e4d6f80" } } });
  check(conversation.data?.data.id === "chat_9b2e4d6f80", "livechatai client: GET /conversations/{conversationId}");
  done.push("livechatai GET /conversations/{conversationId}");

  const cw = chatwoot.createChatwootClient({ baseUrl: urls.chatwoot });
  const contact = await cw.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}", {
    params: { path: { inbox_identifier: "Yr9bXn3KqW2vT7sL", contact_identifier: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a" } },
  });
  check(contact.data?.name === STORY.contact, `chatwoot client: GET …/contacts/{contact_identifier} is ${STORY.contact}`);
  done.push("chatwoot GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}");

  // 4. Webhooks (issue 11): @org/chatwoot/webhooks verifies a signed delivery with this runtime's
  // Web Crypto. The vector was signed with node:crypto as Chatwoot signs (timestamp "." raw body).
  const vector = {
    secret: "smoke-webhook-secret",
    timestamp: 1_767_225_600,
    body: '{"event":"message_created","id":9001,"content":"Hi, I was charged twice for my March invoice. ☕","message_type":"incoming","created_at":"2026-01-01T00:00:00.123Z","conversation":{"id":42}}',
    signature: "sha256=83c029621466ffabff71923cc3c188ec3592c51f8d89e6c91df7bc0703335d63",
  };
  const headers = { "X-Chatwoot-Signature": vector.signature, "X-Chatwoot-Timestamp": String(vector.timestamp), "X-Chatwoot-Delivery": "smoke-1" };
  const verify = (rawBody: string) => chatwootWebhooks.verifyChatwootWebhook({ rawBody, headers, secret: vector.secret, now: vector.timestamp * 1000 });
  const delivery = await verify(vector.body);
  check(chatwootWebhooks.isChatwootEvent(delivery, "message_created") && delivery.payload.conversation.id === 42, "chatwoot/webhooks: the vector verifies as message_created");
  const tampered = await verify(vector.body.replace("twice", "thrice")).then(
    () => null,
    (error: unknown) => error,
  );
  check(tampered instanceof chatwootWebhooks.WebhookVerificationError && tampered.reason === "bad_signature", "chatwoot/webhooks: a tampered body is refused (bad_signature)");
  check(tampered instanceof runtime.SdkError, "chatwoot/webhooks: WebhookVerificationError is @org/runtime's SdkError");
  done.push("chatwoot/webhooks verifyChatwootWebhook");
  return done;
}

main().then(
  (done) => {
    console.log(`smoke: ok (${done.length} checks: ${done.join("; ")})`);
  },
  (error: unknown) => {
    console.error(`smoke: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
