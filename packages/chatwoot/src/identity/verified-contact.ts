/**
 * `verifiedContact`: a Client API contact body with its `identifier_hash` filled in, for
 * create-contact and update-contact (`PublicContactCreateUpdate`).
 */
import { InvalidRequestError } from "@org/runtime/errors";
import type { components } from "../generated/schema.js";
import { identifierHash } from "./identifier-hash.js";

/** The Client API's create / update contact body. */
export type PublicContactBody = components["schemas"]["PublicContactCreateUpdate"];

/**
 * `body` with `identifier_hash` computed from its `identifier` and the API inbox's HMAC token,
 * ready for `POST /public/api/v1/inboxes/{inbox_identifier}/contacts` or the PATCH of a
 * contact. Server-side only: the token is a secret.
 *
 * @param body - The contact fields; `identifier` is required.
 * @param hmacToken - The API inbox's HMAC token.
 * @returns A copy of `body` with `identifier_hash`.
 * @throws `InvalidRequestError` without an `identifier` or with an empty token.
 *
 * @example
 * ```ts
 * import { createChatwootClient, verifiedContact } from "@org/chatwoot";
 *
 * const client = createChatwootClient({ baseUrl: "https://chat.example.com" });
 * const body = await verifiedContact({ identifier: "cust-1042", email: "maya.chen@example.com" }, process.env.CHATWOOT_API_INBOX_HMAC_TOKEN ?? "");
 * await client.POST("/public/api/v1/inboxes/{inbox_identifier}/contacts", { params: { path: { inbox_identifier: "inbox-id" } }, body });
 * ```
 */
export async function verifiedContact<B extends PublicContactBody & { identifier: string }>(body: B, hmacToken: string): Promise<B & { identifier_hash: string }> {
  const given: unknown = body;
  if (typeof given !== "object" || given === null || typeof (given as { identifier?: unknown }).identifier !== "string") {
    throw new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "identifier", detail: "verifiedContact: the body needs a string `identifier`" });
  }
  return { ...body, identifier_hash: await identifierHash(body.identifier, hmacToken) };
}
