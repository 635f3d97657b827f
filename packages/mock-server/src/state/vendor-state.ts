/**
 * The contract between the generic mock server and one vendor's state module, plus the few
 * helpers every module uses (examples as seed data, paging, ids, time).
 */
import type { MockConversationInfo, MockConversationInput, MockMessageInfo, MockMessageInput, MockSender, MockStatus } from "./types.ts";

/** A JSON object as the vendor's API spells it. */
export type JsonObject = Record<string, unknown>;

/** What a state module sees of a request that passed validation. */
export interface StateRequest {
  readonly operationId: string;
  /** Percent-decoded path parameters. */
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The decoded body (JSON, or multipart fields as an object). */
  readonly body: unknown;
}

/**
 * A module's answer: a response built from the state, `"not-found"` for an id the state does not
 * hold (the server answers with the spec's 404 example), or `undefined` for an operation the
 * module leaves to the spec's examples.
 */
export type StateAnswer = { readonly status: number; readonly body: unknown } | "not-found" | undefined;

/** One vendor's state: answers the operations it models, and the scenario API's changes. */
export interface VendorState {
  answer(request: StateRequest): StateAnswer;
  /** @returns `undefined` when the conversation is unknown. */
  addMessage(conversationId: string, input: MockMessageInput): MockMessageInfo | undefined;
  /** @returns `undefined` when the conversation is unknown. */
  setStatus(conversationId: string, status: MockStatus, by?: MockSender): MockConversationInfo | undefined;
  createConversation(input: MockConversationInput): MockConversationInfo;
  conversations(): MockConversationInfo[];
}

/** What a module is built from. */
export interface StateContext {
  /** The values of an operation's 2xx examples, in spec order (deep copies: the module may change them). */
  examples(operationId: string): unknown[];
  /** Tells the webhook registry that something happened (Chatwoot's event names and payloads). */
  emit(event: string, payload: JsonObject): void;
  /** Now, in milliseconds since the epoch (follows vitest's fake timers). */
  now(): number;
}

/** Builds a fresh state from the spec's examples. */
export type VendorStateFactory = (context: StateContext) => VendorState;

/** Whether `value` is a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The objects in `value`, if it is an array (others dropped). */
export function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** A positive integer query parameter, or `fallback`. */
export function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const value = Number(query.get(name) ?? "");
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** One page (1-based) of `items` and the paging figures. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; total: number; totalPages: number } {
  return { items: items.slice((page - 1) * size, page * size), total: items.length, totalPages: Math.max(1, Math.ceil(items.length / size)) };
}

/** The largest integer among `values` (0 if none). */
export function maxInt(values: readonly unknown[]): number {
  return values.reduce<number>((max, v) => (typeof v === "number" && Number.isInteger(v) && v > max ? v : max), 0);
}

/** Seconds since the epoch, as Chatwoot's integer timestamps. */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** A counter that yields lower-case hex of `length` digits, for generated tokens and ids. */
export function hexCounter(start: number, length: number): () => string {
  let next = start;
  return () => (next++).toString(16).padStart(length, "0");
}

/** `value` without the keys listed. */
export function omit(value: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/** `value` if it is a string, else `fallback`. */
export function text(value: unknown, fallback = ""): string {
  return typeof value === "string" ? value : fallback;
}
