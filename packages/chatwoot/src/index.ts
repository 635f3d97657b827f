/**
 * Typed client for Chatwoot: the public client API (no token) and the application API's conversation reads (api_access_token), generated from specs/chatwoot.yaml.
 * Plus the helpers integrators write first: identity hashes, find-or-create contacts, custom attributes and attachment files.
 *
 * @packageDocumentation
 */
export * from "./client.js";
export type * from "./types.js";
export * from "@org/runtime/errors";
export type { ClientOptions } from "@org/runtime";
export { identifierHash } from "./identity/identifier-hash.js";
export { verifiedContact, type PublicContactBody } from "./identity/verified-contact.js";
export { findOrCreateContact, type ChatwootContact, type FindOrCreateContactInput, type FindOrCreateContactResult } from "./contacts/find-or-create.js";
export { setContactCustomAttributes, setConversationCustomAttributes, type ChatwootCustomAttributes } from "./contacts/custom-attributes.js";
export { toChatwootFile, type ByteChunks, type ChatwootFileInput, type ToChatwootFileOptions } from "./files/to-file.js";
export {
  CHATWOOT_ACCEPTABLE_FILE_TYPES,
  CHATWOOT_DEFAULT_MAX_FILE_BYTES,
  CHATWOOT_MAX_ATTACHMENTS_PER_MESSAGE,
  isWebWidgetFileType,
} from "./files/limits.js";
