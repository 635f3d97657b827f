/**
 * Chatwoot's identity validation ("verified contacts"): the `identifier_hash` a widget or a
 * Client API caller sends with a contact's `identifier`.
 *
 * Chatwoot v4.10.0 checks `params[:identifier_hash] == OpenSSL::HMAC.hexdigest('sha256',
 * hmac_token, params[:identifier].to_s)` — app/controllers/api/v1/widget/contacts_controller.rb:64-70
 * (the website inbox's `hmac_token`) and app/controllers/public/api/v1/inboxes/contacts_controller.rb:37-43
 * (the API inbox's `hmac_token`): HMAC-SHA256, key = the token's UTF-8 bytes, message = the
 * identifier's UTF-8 bytes, lower-case hex, compared exactly.
 */
import { InvalidRequestError } from "@org/runtime/errors";
import { hmacSha256, toBytes, toHex } from "../webhooks/hmac.js";

function invalid(parameter: string, detail: string): InvalidRequestError {
  return new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter, detail: `identifierHash: ${detail}` });
}

/**
 * The `identifier_hash` Chatwoot expects for `identifier` under an inbox's HMAC token
 * (Settings → Inboxes → Configuration → Identity validation). Compute it on your server — the
 * token is a secret and must never reach a browser.
 *
 * Runs on Web Crypto (Node ≥ 20, Bun, Deno, browsers, workers).
 *
 * @param identifier - Your system's id for the user, exactly as you send it as `identifier`.
 * @param hmacToken - The inbox's HMAC token.
 * @returns 64 lower-case hex digits.
 * @throws `InvalidRequestError` (reason `invalid_option`) for an empty identifier or token, or a non-string.
 *
 * @example
 * ```ts
 * import { identifierHash } from "@org/chatwoot";
 *
 * const identifier_hash = await identifierHash("cust-1042", process.env.CHATWOOT_INBOX_HMAC_TOKEN ?? "");
 * ```
 */
export async function identifierHash(identifier: string, hmacToken: string): Promise<string> {
  if (typeof identifier !== "string" || identifier.length === 0) throw invalid("identifier", "`identifier` must be a non-empty string (Chatwoot hashes it as text)");
  if (typeof hmacToken !== "string" || hmacToken.length === 0) throw invalid("hmacToken", "`hmacToken` must be the inbox's non-empty HMAC token");
  return toHex(await hmacSha256(hmacToken, toBytes(identifier) as Uint8Array<ArrayBuffer>));
}
