/**
 * Property-based tests: over arbitrary JSON objects and over randomly mutated real fixtures, the
 * normalizers never throw, never mutate their input, keep `raw` identical to the input, and produce
 * only `null` or valid ISO timestamps.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeConversation, normalizeMessage, type UnifiedConversation, type UnifiedMessage, type Vendor } from "../src/index.js";
import { example } from "./fixtures.js";

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const VENDORS: readonly Vendor[] = ["5chat", "livechatai", "chatwoot"];
const RUNS = 300;

function isValidTimestamp(value: string | null): boolean {
  return value === null || (ISO_MS.test(value) && new Date(value).toISOString() === value);
}

function checkMessage(m: UnifiedMessage<Vendor, null>): void {
  expect(isValidTimestamp(m.createdAt), `message createdAt ${String(m.createdAt)}`).toBe(true);
  expect(["contact", "agent", "bot", "system", "unknown"]).toContain(m.sender.role);
  for (const a of m.attachments) expect(["image", "audio", "video", "file", "location", "other"]).toContain(a.kind);
}

function checkConversation(c: UnifiedConversation<Vendor, null>, input: unknown): void {
  expect(c.raw).toBe(input);
  for (const t of [c.createdAt, c.updatedAt, c.lastMessageAt, c.closedAt]) expect(isValidTimestamp(t), `timestamp ${String(t)}`).toBe(true);
  expect(["open", "pending", "resolved", "snoozed", "unknown"]).toContain(c.status);
  expect(typeof c.id).toBe("string");
  expect(Array.isArray(c.tags) && c.tags.every((t) => typeof t === "string")).toBe(true);
  c.messages.forEach(checkMessage);
}

/** JSON objects whose keys include the vendors' real field names, so the normalizers meet them. */
const FIELD_NAMES = [
  "id", "token", "status", "createdAt", "updatedAt", "closedAt", "messages", "conversation", "visitor", "users", "assigneeId",
  "tags", "summary", "rating", "content", "userId", "visitorId", "senderType", "role", "agent", "contact", "contactId", "isResolved",
  "integrationType", "lastMessageDate", "data", "message_type", "sender", "type", "sender_type", "attachments", "file_type",
  "data_url", "file_size", "created_at", "updated_at", "meta", "labels", "channel", "assignee", "last_non_activity_message", "name",
];
const key = fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 8 }));
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -1, 1e20, 8.64e12, 1710513005, "2024-03-15T14:30:00Z", "2024-03-15", "sample_closedAt", "", "OPEN", "open", "user", "assistant", "image", "valueOf", "constructor", "__proto__", "https://x.test/files/100%.pdf"),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("object"), tie("array")),
  object: fc.dictionary(key, tie("tree"), { maxKeys: 8 }),
  array: fc.array(tie("tree"), { maxLength: 4 }),
}));
const jsonObject = fc.dictionary(key, tree, { maxKeys: 10 });

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe.each(VENDORS.map((v) => [v]))("%s normalizers over arbitrary JSON objects", (vendor) => {
  it("normalizeConversation never throws, never mutates, keeps raw, emits valid timestamps", () => {
    fc.assert(
      fc.property(jsonObject, (input) => {
        const before = structuredClone(input);
        const c = normalizeConversation(vendor, deepFreeze(input));
        checkConversation(c, input);
        expect(input).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it("normalizeMessage never throws, never mutates, keeps raw, emits valid timestamps", () => {
    fc.assert(
      fc.property(jsonObject, (input) => {
        const before = structuredClone(input);
        const m = normalizeMessage(vendor, deepFreeze(input));
        expect(m.raw).toBe(input);
        checkMessage(m);
        expect(input).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});

/** The real fixtures, to be mutated. */
const FIXTURES: readonly [Vendor, Record<string, unknown>][] = [
  ["5chat", example("5chat", "getConversation")],
  ["livechatai", example("livechatai", "getConversation")["data"] as Record<string, unknown>],
  ["chatwoot", example("chatwoot", "getConversation")],
  ["chatwoot", example("chatwoot", "getAccountConversation")],
];

/** Every path (list of keys) to a value inside `value`. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

/** A copy of `root` with the value at `path` replaced (or deleted when `replacement` is undefined). */
function mutate(root: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement === undefined ? {} : replacement;
  if (typeof root !== "object" || root === null) return root;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const k of path.slice(0, -1)) {
    const next = parent[k];
    // An earlier mutation may have removed or replaced this branch: nothing left to mutate here.
    if (typeof next !== "object" || next === null) return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined && !Array.isArray(parent)) Reflect.deleteProperty(parent, last);
  else parent[last] = replacement;
  return copy;
}

describe.each(FIXTURES.map(([v, f], i) => [`${v} fixture ${String(i)}`, v, f] as const))("mutated real fixtures: %s", (_name, vendor, fixture) => {
  const fixturePaths = paths(fixture);
  const mutation = fc.array(fc.tuple(fc.nat({ max: fixturePaths.length - 1 }), fc.option(tree, { nil: undefined })), { minLength: 1, maxLength: 5 });

  it("normalizeConversation stays total on up to five random mutations", () => {
    fc.assert(
      fc.property(mutation, (steps) => {
        let input: unknown = fixture;
        for (const [i, replacement] of steps) input = mutate(input, fixturePaths[i] ?? [], replacement);
        if (typeof input !== "object" || input === null || Array.isArray(input)) return; // a non-object root is the typed-error case
        const before = structuredClone(input);
        const c = normalizeConversation(vendor, deepFreeze(input));
        checkConversation(c, input);
        expect(input).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});
