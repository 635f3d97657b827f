/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: specs/5chat.yaml (schemas and operations), by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

/** Readable aliases for the generated 5chat types. */
import type { components, operations } from "./schema.js";

export type { components, operations, paths } from "./schema.js";

type Schemas = components["schemas"];

/** A conversation as listed by `GET /conversations` (12 fields). The detail endpoints return `ConversationDetail`, which adds `summary` and `tags`. Ids are integers: the detail-page samples show them as strings, but the list sample and the typed tables agree on numbers. */
export type Conversation = Schemas["Conversation"];

/** A conversation as returned by `GET /conversations/{token}` and its `/messages` variant (14 fields): the 12 `Conversation` fields plus the AI `summary` and the localized `tags`. */
export type ConversationDetail = Schemas["ConversationDetail"];

/** One chat message. The docs say each message has 12 properties but never name them (the sample is the string `"Hello, this is a test message"`), so **every field below is a guess and optional**, and the object is deliberately open (`additionalProperties: true`): whatever the API really returns is kept. Pin the names down from a live response before relying on them. The ticket-message object (`POST /tickets/{id}/messages`) is a different resource and was not used as a template. */
export type Message = Schemas["Message"];

/** A website visitor (11 fields), as returned by `GET /visitors/{token}` and inside a conversation. */
export type Visitor = Schemas["Visitor"];

/** A user of the website (an agent or operator; 17 fields). Only the sample documents these fields; ids follow the integer decision (the sample shows them as strings, like every id on that page). `googleId` and `gitHubId` are ids issued by Google and GitHub, not by 5chat, so they stay strings. */
export type User = Schemas["User"];

/** An uploaded avatar image file, as embedded in `User.avatar` (9 fields, known only from the sample). */
export type Avatar = Schemas["Avatar"];

/** One page of `GET /conversations`. 5chat uses the same page envelope for tickets. */
export type ConversationPage = Schemas["ConversationPage"];

/** Response of `GET /conversations/{token}` and `GET /conversations/{token}/messages`: the conversation, all its messages (not paginated), its visitor and the website's users. */
export type ConversationWithDetails = Schemas["ConversationWithDetails"];

/** Error body. 5chat documents none ("No response details available"). Its operation ids (`ConversationsController_getAllConversations`, …) are what NestJS generates, so the body is inferred to be NestJS's default: `{statusCode, message, error}`, where `message` is a list of strings for validation errors. All fields are optional and the object is open, because the shape is an inference. (Schema `Error`; named `ErrorBody` so that it does not shadow the global or runtime `Error`.) */
export type ErrorBody = Schemas["Error"];

/** Query parameters of `GET /conversations` (`listConversations`). */
export type ListConversationsQuery = NonNullable<operations["listConversations"]["parameters"]["query"]>;

/** Query parameters of `GET /conversations/{token}` (`getConversation`). */
export type GetConversationQuery = NonNullable<operations["getConversation"]["parameters"]["query"]>;

/** Query parameters of `GET /conversations/{token}/messages` (`listConversationMessages`). */
export type ListConversationMessagesQuery = NonNullable<operations["listConversationMessages"]["parameters"]["query"]>;
