/**
 * The request variants compared by the HTTP benches, per vendor: raw fetch + JSON.parse (the
 * floor), the same with a cancelable 60 s timeout (its own AbortController and timer: the floor for
 * any client whose timeouts free the socket), plain openapi-fetch on the generated `paths`, the same
 * with that timeout passed as its per-call `signal` (what the vendor clients are built from), the @org vendor client (runtime retries and
 * timeout middleware on, as users run it), the vendor client followed by normalizeConversation on its
 * data (unified's floor: no adapter, no facade) and @org/unified's getConversation (with normalization).
 * The peers (openapi-fetch + ky, hey-api, orval) are in bench/peers/variants.ts.
 * Every call resolves to the parsed body (or the normalized conversation) and throws on failure.
 */
import { createChatwootClient, type paths as ChatwootPaths } from "@org/chatwoot";
import { createFiveChatClient, type paths as FiveChatPaths } from "@org/5chat";
import { createLiveChatAiClient, type paths as LiveChatAiPaths } from "@org/livechatai";
import type { Vendor } from "@org/mock-server";
import { chatwoot, createUnifiedClient, fiveChat, livechatai, normalizeConversation } from "@org/unified";
import createClient from "openapi-fetch";
import type { BenchServer } from "./server.ts";

export const VARIANT_KINDS = [
  "raw-fetch",
  "raw-fetch+timeout",
  "openapi-fetch",
  "openapi-fetch+timeout",
  "openapi-fetch+ky",
  "hey-api",
  "orval",
  "vendor-client",
  "vendor+normalize",
  "unified",
] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

/** The peers a user would pick instead of `@org/<vendor>` (bench/peers/). */
export const PEER_KINDS = ["openapi-fetch+ky", "hey-api", "orval"] as const satisfies readonly VariantKind[];
type PeerKind = (typeof PEER_KINDS)[number];

/** A performance target: the median per-round ratio of a kind to another kind in the same round. */
export interface RatioTarget {
  readonly max: number;
  readonly of: VariantKind;
}

/**
 * Performance targets (issue 19): the vendor client no slower than openapi-fetch with a cancelable
 * timeout and ≤ 1.10× raw fetch + a cancelable timeout; unified ≤ 1.05× the vendor client it wraps.
 */
export const RATIO_TARGETS: Partial<Record<VariantKind, readonly RatioTarget[]>> = {
  "vendor-client": [
    { max: 1.1, of: "raw-fetch+timeout" },
    { max: 1, of: "openapi-fetch+timeout" },
  ],
  unified: [{ max: 1.05, of: "vendor-client" }],
};

export interface Variant {
  /** `<vendor>/<kind>` */
  readonly id: string;
  readonly vendor: Vendor;
  readonly kind: VariantKind;
  /** One GET conversation call; resolves to the parsed body or normalized conversation. */
  call(): Promise<unknown>;
  /** The number of messages in what {@link call} resolved to (a sanity check before measuring). */
  messageCount(result: unknown): number;
}

/** Identifiers of the example conversations (the same ones the spec examples describe). */
const FIVECHAT_TOKEN = "c7d1e2f3a4b5";
const LIVECHATAI_ID = "chat_9b2e4d6f80";
const CHATWOOT = { inbox: "Yr9bXn3KqW2vT7sL", contact: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a", conversation: 42 };
export const API_KEY = "bench-not-a-secret";

/** The path parameters of each vendor's GET conversation (the peers take them by name or in path order). */
export const CONVERSATION_PATH_PARAMS: Record<Vendor, Readonly<Record<string, string | number>>> = {
  "5chat": { token: FIVECHAT_TOKEN },
  livechatai: { conversationId: LIVECHATAI_ID },
  chatwoot: { inbox_identifier: CHATWOOT.inbox, contact_identifier: CHATWOOT.contact, conversation_id: CHATWOOT.conversation },
};

/** The headers every variant of a vendor sends: the bearer token where the operation needs one. */
export function headersFor(vendor: Vendor): Record<string, string> {
  return vendor === "chatwoot" ? { accept: "application/json" } : { authorization: `Bearer ${API_KEY}`, accept: "application/json" };
}
const CHATWOOT_PATH = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}";

export function messagesOf(value: unknown): number {
  const messages = (value as { messages?: unknown } | null)?.messages;
  return Array.isArray(messages) ? messages.length : -1;
}

/** Messages in a raw body: LiveChatAI's sit in its `data` envelope. */
export function rawMessages(vendor: Vendor): (body: unknown) => number {
  return vendor === "livechatai" ? (body) => messagesOf((body as { data?: unknown } | null)?.data) : messagesOf;
}

export function check<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) throw new Error(`HTTP ${result.response.status}`);
  return result.data;
}

async function rawGet(url: string, headers: Record<string, string>, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(url, signal ? { headers, signal } : { headers });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return JSON.parse(text);
}

/**
 * Runs `call` with what a cancelable per-request timeout costs at the least: an AbortController
 * whose signal fetch watches, and a timer that would abort it (60 s, the clients' default),
 * cleared when the call settles.
 */
export async function withTimeout<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, 60_000);
  try {
    return await call(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** Plain openapi-fetch, the @org vendor clients and one unified client, each vendor at `base(vendor)`. */
export function createClients(base: (vendor: Vendor) => string) {
  return {
    plain: {
      "5chat": createClient<FiveChatPaths>({ baseUrl: base("5chat"), headers: headersFor("5chat") }),
      livechatai: createClient<LiveChatAiPaths>({ baseUrl: base("livechatai"), headers: headersFor("livechatai") }),
      chatwoot: createClient<ChatwootPaths>({ baseUrl: base("chatwoot"), headers: headersFor("chatwoot") }),
    },
    vendor: {
      "5chat": createFiveChatClient({ apiKey: API_KEY, baseUrl: base("5chat") }),
      livechatai: createLiveChatAiClient({ apiKey: API_KEY, baseUrl: base("livechatai") }),
      chatwoot: createChatwootClient({ baseUrl: base("chatwoot") }),
    },
    unified: createUnifiedClient({
      "5chat": fiveChat({ apiKey: API_KEY, baseUrl: base("5chat") }),
      livechatai: livechatai({ apiKey: API_KEY, baseUrl: base("livechatai") }),
      chatwoot: chatwoot({ baseUrl: base("chatwoot") }),
    }),
  };
}

/** All variants for all vendors, against `server`. */
export function createVariants(server: BenchServer): Variant[] {
  const base = (v: Vendor): string => server.baseUrl(v);
  const bearer = headersFor("5chat");
  const accept = headersFor("chatwoot");
  const fiveChatUrl = `${base("5chat")}/conversations/${encodeURIComponent(FIVECHAT_TOKEN)}`;
  const liveChatAiUrl = `${base("livechatai")}/conversations/${encodeURIComponent(LIVECHATAI_ID)}`;
  const chatwootUrl = `${base("chatwoot")}/public/api/v1/inboxes/${encodeURIComponent(CHATWOOT.inbox)}/contacts/${encodeURIComponent(CHATWOOT.contact)}/conversations/${CHATWOOT.conversation}`;
  const chatwootPath = { inbox_identifier: CHATWOOT.inbox, contact_identifier: CHATWOOT.contact, conversation_id: CHATWOOT.conversation };

  const { plain, vendor, unified } = createClients(base);

  const calls: Record<Vendor, Record<Exclude<VariantKind, PeerKind>, () => Promise<unknown>>> = {
    "5chat": {
      "raw-fetch": () => rawGet(fiveChatUrl, bearer),
      "raw-fetch+timeout": () => withTimeout((signal) => rawGet(fiveChatUrl, bearer, signal)),
      "openapi-fetch": async () => check(await plain["5chat"].GET("/conversations/{token}", { params: { path: { token: FIVECHAT_TOKEN } } })),
      "openapi-fetch+timeout": () =>
        withTimeout(async (signal) => check(await plain["5chat"].GET("/conversations/{token}", { params: { path: { token: FIVECHAT_TOKEN } }, signal }))),
      "vendor-client": async () => check(await vendor["5chat"].GET("/conversations/{token}", { params: { path: { token: FIVECHAT_TOKEN } } })),
      "vendor+normalize": async () => normalizeConversation("5chat", check(await vendor["5chat"].GET("/conversations/{token}", { params: { path: { token: FIVECHAT_TOKEN } } }))),
      unified: () => unified.getConversation({ connection: "5chat", token: FIVECHAT_TOKEN }),
    },
    livechatai: {
      "raw-fetch": () => rawGet(liveChatAiUrl, bearer),
      "raw-fetch+timeout": () => withTimeout((signal) => rawGet(liveChatAiUrl, bearer, signal)),
      "openapi-fetch": async () =>
        check(await plain.livechatai.GET("/conversations/{conversationId}", { params: { path: { conversationId: LIVECHATAI_ID } } })),
      "openapi-fetch+timeout": () =>
        withTimeout(async (signal) =>
          check(await plain.livechatai.GET("/conversations/{conversationId}", { params: { path: { conversationId: LIVECHATAI_ID } }, signal })),
        ),
      "vendor-client": async () =>
        check(await vendor.livechatai.GET("/conversations/{conversationId}", { params: { path: { conversationId: LIVECHATAI_ID } } })),
      "vendor+normalize": async () =>
        normalizeConversation("livechatai", check(await vendor.livechatai.GET("/conversations/{conversationId}", { params: { path: { conversationId: LIVECHATAI_ID } } }))),
      unified: () => unified.getConversation({ connection: "livechatai", conversationId: LIVECHATAI_ID }),
    },
    chatwoot: {
      "raw-fetch": () => rawGet(chatwootUrl, accept),
      "raw-fetch+timeout": () => withTimeout((signal) => rawGet(chatwootUrl, accept, signal)),
      "openapi-fetch": async () => check(await plain.chatwoot.GET(CHATWOOT_PATH, { params: { path: chatwootPath } })),
      "openapi-fetch+timeout": () => withTimeout(async (signal) => check(await plain.chatwoot.GET(CHATWOOT_PATH, { params: { path: chatwootPath }, signal }))),
      "vendor-client": async () => check(await vendor.chatwoot.GET(CHATWOOT_PATH, { params: { path: chatwootPath } })),
      "vendor+normalize": async () => normalizeConversation("chatwoot", check(await vendor.chatwoot.GET(CHATWOOT_PATH, { params: { path: chatwootPath } }))),
      unified: () =>
        unified.getConversation({
          connection: "chatwoot",
          inboxIdentifier: CHATWOOT.inbox,
          contactIdentifier: CHATWOOT.contact,
          conversationId: CHATWOOT.conversation,
        }),
    },
  };

  return (Object.keys(calls) as Vendor[]).flatMap((v) =>
    VARIANT_KINDS.filter((kind): kind is Exclude<VariantKind, PeerKind> => !(PEER_KINDS as readonly string[]).includes(kind)).map((kind) => ({
      id: `${v}/${kind}`,
      vendor: v,
      kind,
      call: calls[v][kind],
      messageCount: kind === "unified" || kind === "vendor+normalize" ? messagesOf : rawMessages(v),
    })),
  );
}
