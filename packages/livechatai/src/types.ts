/**
 * Readable aliases for the generated LiveChatAI types. The generated `paths`, `components` and
 * `operations` are re-exported too, for anything not aliased here.
 */
import type { components, operations } from "./generated/schema.js";

export type { components, operations, paths } from "./generated/schema.js";

type Schemas = components["schemas"];

/** A conversation with its messages (`data` of `GET /conversations/{conversationId}`). */
export type Conversation = Schemas["Conversation"];
/** A conversation as listed by `GET /conversations`, with its contact. */
export type ConversationSummary = Schemas["ConversationSummary"];
/** A message of a conversation. */
export type Message = Schemas["Message"];
/** A knowledge source the AI used for a message. */
export type MessageSource = Schemas["MessageSource"];
/** A human agent (not the AI agent that `agentId` names). */
export type HumanAgent = Schemas["HumanAgent"];
/** The contact embedded in a conversation list item. */
export type ConversationContact = Schemas["ConversationContact"];
/** A contact as returned by `GET /contacts/{contactId}`. */
export type Contact = Schemas["Contact"];
/** A contact as listed by `GET /contacts`. */
export type ContactListItem = Schemas["ContactListItem"];
/** `data` of `GET /conversations`: conversations plus pagination meta. */
export type ConversationList = Schemas["ConversationList"];
/** Pagination meta of conversation listings. */
export type PaginationMeta = Schemas["PaginationMeta"];
/** The body of `GET /contacts`. */
export type ContactList = Schemas["ContactList"];
/** The body of `POST /conversations` (send a message). */
export type SendMessageRequest = Schemas["SendMessageRequest"];
/** `data` of the send-message response. */
export type SendMessageResult = Schemas["SendMessageResult"];
/** The body of `POST /contacts` (create or update). */
export type ContactUpsertRequest = Schemas["ContactUpsertRequest"];
/** The error body: `{ status: "error", message, code }`. */
export type ErrorBody = Schemas["Error"];
/** Query parameters of `GET /conversations`. */
export type ListConversationsQuery = operations["listConversations"]["parameters"]["query"];
