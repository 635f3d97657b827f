/**
 * Setting custom attributes on contacts and conversations, with Chatwoot v4.10.0's two different
 * semantics spelled out in the names' docs.
 */
import type { ChatwootClient } from "../generated/client.js";
import type { components } from "../generated/schema.js";

/** Custom attribute values by key (the account's attribute definitions are not checked by Chatwoot). */
export type ChatwootCustomAttributes = Record<string, unknown>;

/**
 * **Merge** `customAttributes` into a contact's (PATCH update-contact: the controller merges
 * into the stored ones, app/controllers/api/v1/accounts/contacts_controller.rb:161-165). Keys not
 * sent are kept. Needs a user token (bots get 401).
 *
 * @param client - A Chatwoot client with an `apiAccessToken`.
 * @param target - The account, the contact and the values to set.
 * @returns The updated contact.
 * @throws The client's `ApiError`s (404 unknown contact, 422 invalid, 401).
 */
export async function setContactCustomAttributes(
  client: ChatwootClient,
  target: { accountId: number; contactId: number; customAttributes: ChatwootCustomAttributes },
): Promise<components["schemas"]["AppContact"]> {
  const { data } = await client.withOptions({ throwOnError: true }).PATCH("/api/v1/accounts/{account_id}/contacts/{contact_id}", {
    params: { path: { account_id: target.accountId, contact_id: target.contactId } },
    body: { custom_attributes: target.customAttributes },
  });
  return data.payload;
}

/**
 * **Replace** a conversation's custom attributes with `customAttributes` (keys left out are
 * removed: `@conversation.custom_attributes = params[:custom_attributes]`,
 * app/controllers/api/v1/accounts/conversations_controller.rb:122-125). Agent-bot tokens may
 * call it (app/controllers/concerns/access_token_auth_helper.rb:3). To add one key, send every
 * key you want to keep.
 *
 * @param client - A Chatwoot client with an `apiAccessToken` (a user's or an agent bot's).
 * @param target - The account, the conversation's display id and every attribute it should have.
 * @returns The custom attributes now stored.
 * @throws The client's `ApiError`s (404 unknown conversation, 401).
 */
export async function setConversationCustomAttributes(
  client: ChatwootClient,
  target: { accountId: number; conversationId: number; customAttributes: ChatwootCustomAttributes },
): Promise<ChatwootCustomAttributes> {
  const { data } = await client.withOptions({ throwOnError: true }).POST("/api/v1/accounts/{account_id}/conversations/{conversation_id}/custom_attributes", {
    params: { path: { account_id: target.accountId, conversation_id: target.conversationId } },
    body: { custom_attributes: target.customAttributes },
  });
  return data.custom_attributes;
}
