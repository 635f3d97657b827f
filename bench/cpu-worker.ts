/**
 * The client-CPU bench's child process: `globalThis.fetch` is replaced by a stub that answers every
 * call with the vendor's example conversation (the same bytes for every variant), so what is timed
 * is the client's own work per call: building the request, the attempt bookkeeping, reading and
 * parsing the body once, and for unified the facade and normalizeConversation ("vendor+normalize"
 * is the vendor client followed by normalizeConversation on its data: unified's floor, with no
 * adapter or facade in between). Variants run in
 * interleaved rounds (bench/stats.ts `roundOrder`); each sample is `calls` sequential awaited calls,
 * timed by `process.cpuUsage()` (this process's CPU, so a loaded machine inflates it less than wall time).
 */
import type { Vendor } from "@org/mock-server";
import { normalizeConversation } from "@org/unified";
import { BENCH_VENDORS, conversationBody } from "./fixtures.ts";
import type { CpuWorkerOptions, CpuWorkerResult } from "./cpu.ts";
import { roundOrder } from "./stats.ts";
import { CONVERSATION_PATH_PARAMS, check, createClients, headersFor, withTimeout } from "./variants.ts";

const ORIGIN = "https://bench.invalid";
const bodies = new Map<Vendor, Uint8Array<ArrayBuffer>>(BENCH_VENDORS.map((v) => [v, new TextEncoder().encode(JSON.stringify(conversationBody(v)))]));
const parsed = new Map<Vendor, unknown>(BENCH_VENDORS.map((v) => [v, conversationBody(v)]));

/** The stub: the vendor is the first path segment; a fresh Response over the same bytes each call. */
function stubFetch(input: RequestInfo | URL): Promise<Response> {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const vendor = url.slice(ORIGIN.length + 1, url.indexOf("/", ORIGIN.length + 1)) as Vendor;
  const body = bodies.get(vendor);
  if (body === undefined) return Promise.resolve(new Response("{}", { status: 404, headers: { "content-type": "application/json" } }));
  return Promise.resolve(new Response(body, { status: 200, headers: { "content-type": "application/json; charset=utf-8", "content-length": String(body.length) } }));
}
globalThis.fetch = stubFetch;

const base = (v: Vendor): string => `${ORIGIN}/${v}`;
const FIVECHAT = CONVERSATION_PATH_PARAMS["5chat"] as { token: string };
const LIVECHATAI = CONVERSATION_PATH_PARAMS.livechatai as { conversationId: string };
const CHATWOOT = CONVERSATION_PATH_PARAMS.chatwoot as { inbox_identifier: string; contact_identifier: string; conversation_id: number };
const CHATWOOT_PATH = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}";
const urls: Record<Vendor, string> = {
  "5chat": `${base("5chat")}/conversations/${encodeURIComponent(FIVECHAT.token)}`,
  livechatai: `${base("livechatai")}/conversations/${encodeURIComponent(LIVECHATAI.conversationId)}`,
  chatwoot: `${base("chatwoot")}/public/api/v1/inboxes/${encodeURIComponent(CHATWOOT.inbox_identifier)}/contacts/${encodeURIComponent(CHATWOOT.contact_identifier)}/conversations/${CHATWOOT.conversation_id}`,
};

const { plain, vendor: vendorClients, unified } = createClients(base);

async function raw(vendor: Vendor): Promise<unknown> {
  return withTimeout(async (signal) => {
    const res = await fetch(urls[vendor], { headers: headersFor(vendor), signal });
    const text = await res.text();
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return JSON.parse(text) as unknown;
  });
}

/** Every variant: `<vendor>/<kind>` → one call. */
export const CPU_KINDS = ["raw-fetch+timeout", "openapi-fetch", "vendor-client", "vendor+normalize", "unified", "normalize"] as const;
type CpuKind = (typeof CPU_KINDS)[number];

const calls: Record<Vendor, Record<CpuKind, () => unknown>> = {
  "5chat": {
    "raw-fetch+timeout": () => raw("5chat"),
    "openapi-fetch": async () => check(await plain["5chat"].GET("/conversations/{token}", { params: { path: FIVECHAT } })),
    "vendor-client": async () => check(await vendorClients["5chat"].GET("/conversations/{token}", { params: { path: FIVECHAT } })),
    "vendor+normalize": async () => normalizeConversation("5chat", check(await vendorClients["5chat"].GET("/conversations/{token}", { params: { path: FIVECHAT } }))),
    unified: () => unified.getConversation({ connection: "5chat", token: FIVECHAT.token }),
    normalize: () => normalizeConversation("5chat", parsed.get("5chat")),
  },
  livechatai: {
    "raw-fetch+timeout": () => raw("livechatai"),
    "openapi-fetch": async () => check(await plain.livechatai.GET("/conversations/{conversationId}", { params: { path: LIVECHATAI } })),
    "vendor-client": async () => check(await vendorClients.livechatai.GET("/conversations/{conversationId}", { params: { path: LIVECHATAI } })),
    "vendor+normalize": async () => normalizeConversation("livechatai", check(await vendorClients.livechatai.GET("/conversations/{conversationId}", { params: { path: LIVECHATAI } }))),
    unified: () => unified.getConversation({ connection: "livechatai", conversationId: LIVECHATAI.conversationId }),
    normalize: () => normalizeConversation("livechatai", parsed.get("livechatai")),
  },
  chatwoot: {
    "raw-fetch+timeout": () => raw("chatwoot"),
    "openapi-fetch": async () => check(await plain.chatwoot.GET(CHATWOOT_PATH, { params: { path: CHATWOOT } })),
    "vendor-client": async () => check(await vendorClients.chatwoot.GET(CHATWOOT_PATH, { params: { path: CHATWOOT } })),
    "vendor+normalize": async () => normalizeConversation("chatwoot", check(await vendorClients.chatwoot.GET(CHATWOOT_PATH, { params: { path: CHATWOOT } }))),
    unified: () =>
      unified.getConversation({
        connection: "chatwoot",
        inboxIdentifier: CHATWOOT.inbox_identifier,
        contactIdentifier: CHATWOOT.contact_identifier,
        conversationId: CHATWOOT.conversation_id,
      }),
    normalize: () => normalizeConversation("chatwoot", parsed.get("chatwoot")),
  },
};

/** µs of this process's CPU time (user + system) per call: other processes' load does not count. */
async function sample(call: () => unknown, n: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await call();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / n;
}

async function run(options: CpuWorkerOptions): Promise<CpuWorkerResult> {
  const cases = BENCH_VENDORS.flatMap((vendor) => CPU_KINDS.map((kind) => ({ vendor, kind, call: calls[vendor][kind] })));
  for (const c of cases) await sample(c.call, options.warmup);
  const us = new Map(cases.map((c) => [c, [] as number[]]));
  for (let round = 0; round < options.rounds; round++) {
    for (const c of roundOrder(cases, round)) us.get(c)?.push(await sample(c.call, options.calls));
  }
  return {
    bodyBytes: Object.fromEntries(BENCH_VENDORS.map((v) => [v, bodies.get(v)?.length ?? 0])),
    cases: cases.map((c) => ({ vendor: c.vendor, kind: c.kind, usPerCall: us.get(c) ?? [] })),
  };
}

const options = JSON.parse(process.argv[2] ?? "{}") as CpuWorkerOptions;
void run(options).then((result) => process.send?.(result));
