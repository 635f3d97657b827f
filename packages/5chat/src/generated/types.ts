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

/** One chat message. The docs say each message has 12 properties but never name them (the sample is the string `"Hello, this is a test message"`), so **all eight fields below are guesses (GUESSED in each description) and optional**, and the object is deliberately open (`additionalProperties: true`): whatever the API really returns is kept. Pin the names down from a live response before relying on them. The ticket-message object (`POST /tickets/{id}/messages`) is a different resource and was not used as a template. */
export type Message = Schemas["Message"];

/** A website visitor (11 fields), as returned by `GET /visitors/{token}` and inside a conversation. No page marks a field required, so none is; `updatedAt` is sampled as a bare date and is a plain string. */
export type Visitor = Schemas["Visitor"];

/** A user of the website (an agent or operator; 17 fields). Only the sample documents these fields; ids follow the integer decision (the sample shows them as strings, like every id on that page). `googleId` and `gitHubId` are ids issued by Google and GitHub, not by 5chat, so they stay strings. No page marks a field required, so none is; `updatedAt` and `lastVisitAt` are sampled as a bare date and a placeholder and are plain strings. */
export type User = Schemas["User"];

/** An uploaded avatar image file, as embedded in `User.avatar` (9 fields, known only from the sample; none marked required). */
export type Avatar = Schemas["Avatar"];

/** One page of `GET /conversations`. 5chat uses the same page envelope for tickets. */
export type ConversationPage = Schemas["ConversationPage"];

/** Response of `GET /conversations/{token}` and `GET /conversations/{token}/messages`: the conversation, all its messages (not paginated), its visitor and the website's users. */
export type ConversationWithDetails = Schemas["ConversationWithDetails"];

/** Body of `POST /conversations/{token}/rate`. Neither field is marked required. */
export type RateConversationRequest = Schemas["RateConversationRequest"];

/** Body of `PATCH /visitors/{token}/context`. Neither field is marked required. */
export type VisitorContextUpdate = Schemas["VisitorContextUpdate"];

/** The chat widget's configuration (18 fields, all typed on the page; none is marked required, so all are optional). `chatFormFields` and `welcomeMessages` are typed as strings (presumably JSON-encoded lists). The page's sample values are placeholders (`sample_color`, a `chatTitleClass` of "Software Engineer"). */
export type Widget = Schemas["Widget"];

/** Body of `PATCH /widgets/{clientToken}` (the `Widget` fields except `id`, all optional). */
export type WidgetUpdate = Schemas["WidgetUpdate"];

/** The answer of `GET /statistics/current` (all six fields typed as numbers; none marked required). */
export type CurrentStatistics = Schemas["CurrentStatistics"];

/** A support ticket (PRO plan; 19 fields). None is marked required, so all are optional, and the object is open. Page versions disagree: the typed table and one sample give `id` as a string (`"123456789"`), another sample as a number (`123`), so both are accepted; one sample adds an `email` field (kept by the open object). `website` is typed as an object but sampled as a URL string, and `messages` is typed as an array but sampled as a string: each accepts both. The shapes of `website`, `visitor`, `assignee` and the ticket messages are not documented beyond one sample (`visitor: {token, name}`, `assignee: {id, name, email}`). */
export type Ticket = Schemas["Ticket"];

/** One page of `GET /tickets` (the same envelope as `ConversationPage`). */
export type TicketPage = Schemas["TicketPage"];

/** Body of `POST /tickets`; all strings, none marked required. */
export type TicketCreateRequest = Schemas["TicketCreateRequest"];

/** Body of `PATCH /tickets/{id}`; none marked required. */
export type TicketUpdateRequest = Schemas["TicketUpdateRequest"];

/** Body of `PATCH /tickets/{id}/status`. */
export type TicketStatusUpdate = Schemas["TicketStatusUpdate"];

/** Body of `POST /tickets/{id}/messages`; none marked required. */
export type TicketMessageCreateRequest = Schemas["TicketMessageCreateRequest"];

/** A ticket message as `POST /tickets/{id}/messages` answers it (none marked required). */
export type TicketMessage = Schemas["TicketMessage"];

/** Error body. 5chat documents none ("No response details available"). Its operation ids (`ConversationsController_getAllConversations`, …) are what NestJS generates, so the body is inferred to be NestJS's default: `{statusCode, message, error}`, where `message` is a list of strings for validation errors. All fields are optional and the object is open, because the shape is an inference. */
export type ErrorBody = Schemas["ErrorBody"];

/** Query parameters of `GET /conversations` (`listConversations`). */
export type ListConversationsQuery = NonNullable<operations["listConversations"]["parameters"]["query"]>;

/** Query parameters of `GET /conversations/{token}` (`getConversation`). */
export type GetConversationQuery = NonNullable<operations["getConversation"]["parameters"]["query"]>;

/** Query parameters of `GET /conversations/{token}/messages` (`listConversationMessages`). */
export type ListConversationMessagesQuery = NonNullable<operations["listConversationMessages"]["parameters"]["query"]>;

/** Query parameters of `GET /tickets` (`listTickets`). */
export type ListTicketsQuery = NonNullable<operations["listTickets"]["parameters"]["query"]>;
