/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: specs/livechatai.yaml (schemas and operations), by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

/** Readable aliases for the generated LiveChatAI types. */
import type { components, operations } from "./schema.js";

export type { components, operations, paths } from "./schema.js";

type Schemas = components["schemas"];

/** A human team member (not the AI agent) who handles conversations after a hand-off. Where an `agent` field holds one, it is null when no human took part (the AI handled the chat). */
export type HumanAgent = Schemas["HumanAgent"];

/** A knowledge-base source the AI used for a reply (retrieval-augmented generation). */
export type MessageSource = Schemas["MessageSource"];

/** One message of a conversation. `role` is `user` for the contact and `assistant` for the AI agent's replies. **How a human agent's reply appears here is undocumented**: the retrieve sample shows a `role: "user"` message carrying an `agent`, and the reply endpoint returns `sender: "AGENT"` in a different shape (`AgentReplyMessage`). Read a message with a non-null `agent` as possibly written by that human, whatever its `role`. */
export type Message = Schemas["Message"];

/** A conversation with all its messages, as returned by `GET /conversations/{conversationId}`. */
export type Conversation = Schemas["Conversation"];

/** The contact as embedded in a conversation list item. Its `attributes` are an object here (an array of `{key, value}` in `Contact`). Fields other than `id` are nullable (inferred): a WhatsApp contact has no email, an anonymous visitor no name or `distinctId`. */
export type ConversationContact = Schemas["ConversationContact"];

/** A conversation as listed by `GET /conversations` (no messages, but with the contact). */
export type ConversationSummary = Schemas["ConversationSummary"];

/** Page information of the conversation and saved-view lists. */
export type PaginationMeta = Schemas["PaginationMeta"];

/** The `data` of `GET /conversations` and `GET /contacts/{contactId}/conversations`. */
export type ConversationList = Schemas["ConversationList"];

/** A contact as returned (bare, without envelope) by `GET /contacts/{contactId}`. The nullability below is documented. `attributes` is an array of `{key, value}` pairs here, but an object in the conversation list and in create-contact. */
export type Contact = Schemas["Contact"];

/** A contact as listed by `GET /contacts` (a subset of `Contact`). Nullability follows the documented `Contact` fields. */
export type ContactListItem = Schemas["ContactListItem"];

/** The whole response of `GET /contacts`. Unlike the other lists it carries `agentId`, `totalCount` and a `pages` object beside `data`. */
export type ContactList = Schemas["ContactList"];

/** Body of `POST /conversations` (send a message). */
export type SendMessageRequest = Schemas["SendMessageRequest"];

/** The `data` of a successful send-message response. */
export type SendMessageResult = Schemas["SendMessageResult"];

/** Body of `POST /conversations/{conversationId}/reply`. The page marks none of its fields as required; the spec follows it. */
export type AgentReplyRequest = Schemas["AgentReplyRequest"];

/** The stored reply as the reply endpoint returns it. Its shape (`text`, `sender`) differs from `Message` in `GET /conversations/{conversationId}` (`content`, `role`); how the reply appears there is undocumented. */
export type AgentReplyMessage = Schemas["AgentReplyMessage"];

/** The `data` of a successful reply. */
export type AgentReplyResult = Schemas["AgentReplyResult"];

/** Body of `POST /conversations/{conversationId}/end` (optional as a whole). */
export type EndConversationRequest = Schemas["EndConversationRequest"];

/** The `data` of a successful end-conversation response. */
export type EndConversationResult = Schemas["EndConversationResult"];

/** Body of `POST /conversations/create`. */
export type CreateConversationRequest = Schemas["CreateConversationRequest"];

/** The `data` of a successful create-conversation response. */
export type CreateConversationResult = Schemas["CreateConversationResult"];

/** One condition of a saved view. The docs show one sample (`sentiment` `EQUALS` `NEGATIVE`) and no list of fields or operators: all three are open. */
export type ConversationViewRule = Schemas["ConversationViewRule"];

/** A saved inbox view (a named filter), as listed by `GET /conversations/views`. */
export type ConversationView = Schemas["ConversationView"];

/** The `data` of `GET /conversations/views`. */
export type ConversationViewList = Schemas["ConversationViewList"];

/** Body of `POST /contacts` (create or update a contact). */
export type ContactUpsertRequest = Schemas["ContactUpsertRequest"];

/** Error body of every operation, as documented in the API intro. The list of `code` values is undocumented; treat it as an open string. (Schema `Error`; named `ErrorBody` so that it does not shadow the global or runtime `Error`.) */
export type ErrorBody = Schemas["Error"];

/** Query parameters of `GET /conversations` (`listConversations`). */
export type ListConversationsQuery = NonNullable<operations["listConversations"]["parameters"]["query"]>;

/** Query parameters of `GET /conversations/views` (`listConversationViews`). */
export type ListConversationViewsQuery = NonNullable<operations["listConversationViews"]["parameters"]["query"]>;

/** Query parameters of `GET /contacts` (`listContacts`). */
export type ListContactsQuery = NonNullable<operations["listContacts"]["parameters"]["query"]>;

/** Query parameters of `GET /contacts/{contactId}/conversations` (`listContactConversations`). */
export type ListContactConversationsQuery = NonNullable<operations["listContactConversations"]["parameters"]["query"]>;
