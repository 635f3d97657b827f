/**
 * Realistic bodies: the `getConversation` 200 examples of specs/*.yaml (what the mock servers
 * serve), and the same conversations grown to any number of messages for the normalization bench.
 */
import { getAtPointer, joinPointer, loadSpec, type Vendor } from "@org/mock-server";

type Json = Record<string, unknown>;

/** Where each vendor's example conversation lives in its spec, and how to ask for it. */
export const CONVERSATION_EXAMPLES = {
  "5chat": { path: "/conversations/{token}", example: "mayaBilling" },
  livechatai: { path: "/conversations/{conversationId}", example: "mayaBilling" },
  chatwoot: {
    path: "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}",
    example: "open",
  },
} as const satisfies Record<Vendor, { path: string; example: string }>;

export const BENCH_VENDORS = Object.keys(CONVERSATION_EXAMPLES) as readonly Vendor[];

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The vendor's `GET conversation` 200 example body, deep-copied. */
export function conversationBody(vendor: Vendor): Json {
  const { path, example } = CONVERSATION_EXAMPLES[vendor];
  const pointer = joinPointer("/paths", path, "get", "responses", "200", "content", "application/json", "examples", example, "value");
  const value = getAtPointer(loadSpec(vendor), pointer);
  if (!isJson(value)) throw new Error(`${vendor}: no conversation example at ${pointer}`);
  return structuredClone(value);
}

/** The object holding `messages`: LiveChatAI wraps its conversation in `{ status, data }`. */
function messageHolder(vendor: Vendor, body: Json): Json {
  const holder = vendor === "livechatai" ? body["data"] : body;
  if (!isJson(holder) || !Array.isArray(holder["messages"])) throw new Error(`${vendor}: example has no messages array`);
  return holder;
}

const START_MS = Date.parse("2024-03-15T14:30:00Z");

/** Message `i` of a grown conversation: template `i mod k` with a unique id and a later timestamp. */
function grownMessage(vendor: Vendor, template: Json, i: number): Json {
  const at = START_MS + i * 1000;
  switch (vendor) {
    case "5chat":
      return { ...template, id: 100_000 + i, createdAt: new Date(at).toISOString() };
    case "livechatai":
      return { ...template, id: `msg_${i.toString(36).padStart(8, "0")}`, createdAt: new Date(at).toISOString().replace(".000", "") };
    case "chatwoot":
      return { ...template, id: 100_000 + i, created_at: Math.floor(at / 1000) };
  }
}

/** The vendor's example conversation with exactly `count` messages, cycling its real messages. */
export function conversationWithMessages(vendor: Vendor, count: number): Json {
  const body = conversationBody(vendor);
  const holder = messageHolder(vendor, body);
  const templates = (holder["messages"] as unknown[]).filter(isJson);
  if (templates.length === 0) throw new Error(`${vendor}: example has no message objects`);
  holder["messages"] = Array.from({ length: count }, (_, i) => grownMessage(vendor, templates[i % templates.length] ?? {}, i));
  return body;
}
