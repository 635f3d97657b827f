/**
 * Readable aliases for the generated 5chat types. The generated `paths`, `components` and
 * `operations` are re-exported too, for anything not aliased here.
 */
import type { components, operations } from "./generated/schema.js";

export type { components, operations, paths } from "./generated/schema.js";

type Schemas = components["schemas"];

/** A conversation as listed by `GET /conversations` (12 fields). */
export type Conversation = Schemas["Conversation"];
/** A conversation with its AI summary and localized tags (14 fields). */
export type ConversationDetail = Schemas["ConversationDetail"];
/** A chat message. Its fields are undocumented by 5chat; the object is open. */
export type Message = Schemas["Message"];
/** A website visitor (the customer side). */
export type Visitor = Schemas["Visitor"];
/** An agent ("user") of the website. */
export type User = Schemas["User"];
/** A user's avatar file. */
export type Avatar = Schemas["Avatar"];
/** One page of `GET /conversations`. */
export type ConversationPage = Schemas["ConversationPage"];
/** The body of `GET /conversations/{token}` and `GET /conversations/{token}/messages`. */
export type ConversationWithDetails = Schemas["ConversationWithDetails"];
/** The error body 5chat returns (NestJS style; inferred). */
export type ErrorBody = Schemas["Error"];
/** Query parameters of `GET /conversations`. */
export type ListConversationsQuery = NonNullable<operations["listConversations"]["parameters"]["query"]>;
