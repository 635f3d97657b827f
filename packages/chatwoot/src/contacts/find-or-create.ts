/**
 * `findOrCreateContact`: the search-then-create every integration writes, with the race
 * handled. Chatwoot v4.10.0 has no upsert: create answers 422 `{message, attributes}` when the
 * email, phone number or identifier is already taken (`ActiveRecord::RecordInvalid`,
 * app/controllers/concerns/request_exception_handler.rb:46-52), so two concurrent creates leave
 * one 422; the loser searches again and returns the winner.
 */
import { InvalidRequestError, UnprocessableEntityError } from "@org/runtime/errors";
import type { ChatwootClient } from "../generated/client.js";
import type { components } from "../generated/schema.js";

/** A contact as the application contacts endpoints render it. */
export type ChatwootContact = components["schemas"]["AppContact"];

/** What {@link findOrCreateContact} looks for, and creates when nothing matches. */
export interface FindOrCreateContactInput {
  /** The account. */
  accountId: number;
  /** Matched exactly (case-insensitively, as Chatwoot stores emails). */
  email?: string;
  /** E.164, e.g. `"+14155550134"`; matched exactly. */
  phone?: string;
  /** Your system's id for the contact; matched exactly (case-sensitively). */
  identifier?: string;
  /** Used only when creating. */
  name?: string;
  /** Used only when creating (values of the account's contact custom attributes). */
  customAttributes?: Record<string, unknown>;
}

/** The contact, and whether this call created it. */
export interface FindOrCreateContactResult {
  contact: ChatwootContact;
  created: boolean;
}

type Key = "identifier" | "email" | "phone_number";

function matches(contact: ChatwootContact, key: Key, value: string): boolean {
  const stored = contact[key];
  if (typeof stored !== "string") return false;
  return key === "email" ? stored.toLowerCase() === value.toLowerCase() : stored === value;
}

/** Search pages to read per key: `q` is a substring match, so exact matches may sit past page 1. */
const MAX_SEARCH_PAGES = 3;

async function search(client: ChatwootClient<true>, accountId: number, keys: readonly [Key, string][]): Promise<ChatwootContact | undefined> {
  for (const [key, value] of keys) {
    for (let page = 1; page <= MAX_SEARCH_PAGES; page++) {
      const { data } = await client.GET("/api/v1/accounts/{account_id}/contacts/search", {
        params: { path: { account_id: accountId }, query: { q: value, page, include_contact_inboxes: true } },
      });
      const found = data.payload.find((contact) => matches(contact, key, value));
      if (found !== undefined) return found;
      if (data.payload.length < 15) break;
    }
  }
  return undefined;
}

function keysOf(input: FindOrCreateContactInput): [Key, string][] {
  const keys: [Key, string][] = [];
  for (const [key, value] of [["identifier", input.identifier], ["email", input.email], ["phone_number", input.phone]] as const) {
    if (value === undefined) continue;
    if (typeof value !== "string" || value.trim() === "") {
      throw new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: key === "phone_number" ? "phone" : key, detail: `findOrCreateContact: \`${key === "phone_number" ? "phone" : key}\` must be a non-empty string` });
    }
    keys.push([key, value.trim()]);
  }
  return keys;
}

/**
 * Find the account's contact with this identifier, email or phone number (tried in that order),
 * or create it. When a concurrent create wins the race (422 "has already been taken"), searches
 * again and returns the winner; when there is still none (e.g. the clashing contact is not
 * searchable), throws an `UnprocessableEntityError` naming the clashing fields.
 *
 * Needs a user token: agent-bot tokens get 401 on contact search and create
 * (app/controllers/concerns/access_token_auth_helper.rb:2-6).
 *
 * @param client - A Chatwoot client with an `apiAccessToken`.
 * @param input - The account and at least one of `identifier`, `email`, `phone`.
 * @returns The contact and whether it was created by this call.
 * @throws `InvalidRequestError` without any of the three keys; the client's `ApiError`s otherwise.
 *
 * @example
 * ```ts
 * import { createChatwootClient, findOrCreateContact } from "@org/chatwoot";
 *
 * const chatwoot = createChatwootClient({ baseUrl: "https://chat.example.com", apiAccessToken: "token" });
 * const { contact, created } = await findOrCreateContact(chatwoot, { accountId: 1, email: "maya.chen@example.com", name: "Maya Chen" });
 * ```
 */
export async function findOrCreateContact(client: ChatwootClient, input: FindOrCreateContactInput): Promise<FindOrCreateContactResult> {
  if (!Number.isSafeInteger(input.accountId) || input.accountId <= 0) {
    throw new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "accountId", detail: "findOrCreateContact: `accountId` must be a positive integer" });
  }
  const keys = keysOf(input);
  if (keys.length === 0) {
    throw new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "identifier", detail: "findOrCreateContact: pass at least one of `identifier`, `email`, `phone`" });
  }
  const strict = client.withOptions({ throwOnError: true });
  const existing = await search(strict, input.accountId, keys);
  if (existing !== undefined) return { contact: existing, created: false };

  const body: components["schemas"]["ContactCreateRequest"] = {};
  for (const [key, value] of keys) body[key] = value;
  if (input.name !== undefined) body.name = input.name;
  if (input.customAttributes !== undefined) body.custom_attributes = input.customAttributes;
  try {
    const { data } = await strict.POST("/api/v1/accounts/{account_id}/contacts", { params: { path: { account_id: input.accountId } }, body });
    return { contact: data.payload.contact, created: true };
  } catch (error) {
    if (!(error instanceof UnprocessableEntityError)) throw error;
    const clash = clashingFields(error.body);
    if (clash.length === 0) throw error;
    const winner = await search(strict, input.accountId, keys);
    if (winner !== undefined) return { contact: winner, created: false };
    throw new UnprocessableEntityError({
      vendor: "chatwoot",
      operation: error.operation,
      status: 422,
      body: error.body,
      detail: `findOrCreateContact: Chatwoot refused the ${clash.join(" / ")}${messageOf(error.body)}; a search found no contact holding it (already taken by a contact search does not list, or invalid)`,
      cause: error,
    });
  }
}

/**
 * The contact keys a 422 `{message, attributes}` names. The message is localized (the account's
 * locale), so only `attributes` is read.
 */
function clashingFields(body: unknown): string[] {
  if (typeof body !== "object" || body === null) return [];
  const { attributes } = body as { attributes?: unknown };
  if (!Array.isArray(attributes)) return [];
  return attributes.filter((a): a is string => a === "email" || a === "phone_number" || a === "identifier");
}

function messageOf(body: unknown): string {
  const message = typeof body === "object" && body !== null ? (body as { message?: unknown }).message : undefined;
  return typeof message === "string" ? ` (Chatwoot: ${JSON.stringify(message)})` : "";
}
