/**
 * Readable aliases for the generated Chatwoot types. The generated `paths`, `components` and
 * `operations` are re-exported too, for anything not aliased here.
 */
import type { components, operations } from "./generated/schema.js";

export type { components, operations, paths } from "./generated/schema.js";

type Schemas = components["schemas"];

/** Public API: an API-channel inbox. */
export type PublicInbox = Schemas["PublicInbox"];
/** Public API: a contact with its `source_id` (the contact identifier) and `pubsub_token`. */
export type PublicContactWithSession = Schemas["PublicContactWithSession"];
/** The full Contact model JSON (public conversation `contact`, update-contact response). */
export type Contact = Schemas["Contact"];
/** Public API: body of create/update contact. */
export type PublicContactCreateUpdate = Schemas["PublicContactCreateUpdate"];
/** Public API: a conversation with every chat message. */
export type PublicConversation = Schemas["PublicConversation"];
/** Public API: a message. `attachments` and `sender` are absent when empty. */
export type PublicMessage = Schemas["PublicMessage"];
/** A message sender, discriminated by `type`. */
export type Sender = Schemas["Sender"];
/** A message attachment. */
export type Attachment = Schemas["Attachment"];
/** Public API: body of create message. */
export type PublicMessageCreate = Schemas["PublicMessageCreate"];
/** Public API: body of update message (bot-form replies, CSAT). */
export type PublicMessageUpdate = Schemas["PublicMessageUpdate"];
/** Application API: a conversation (its `messages` holds at most the latest message). */
export type Conversation = Schemas["Conversation"];
/** Application API: a conversation's `meta` (sender, channel, assignee, team). */
export type ConversationMeta = Schemas["ConversationMeta"];
/** Application API: a message as listed by list-messages. */
export type AppMessage = Schemas["AppMessage"];
/** Application API: a message as embedded in a conversation (push event data). */
export type MessagePushData = Schemas["MessagePushData"];
/** Application API: body of list conversations. */
export type ConversationList = Schemas["ConversationList"];
/** Application API: body of list messages. */
export type MessageList = Schemas["MessageList"];
/** A contact's push event data (application conversation `meta.sender`). */
export type ContactPushData = Schemas["ContactPushData"];
/** Conversation status. */
export type ConversationStatus = Schemas["ConversationStatus"];
/** Message type: 0 incoming, 1 outgoing, 2 activity, 3 template. */
export type MessageType = Schemas["MessageType"];
/** `{ error }` error body (application API and some public errors). */
export type ErrorMessage = Schemas["ErrorMessage"];
/** `{ message, attributes }` validation error body (422). */
export type ValidationError = Schemas["ValidationError"];
/** Public API 404 body from the Rails exception app. */
export type NotFound = Schemas["NotFound"];
/** Query parameters of the application API's list conversations. */
export type ListAccountConversationsQuery = NonNullable<operations["listAccountConversations"]["parameters"]["query"]>;
