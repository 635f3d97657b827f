/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: specs/chatwoot.yaml (openapi-typescript), by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

export interface paths {
    "/public/api/v1/inboxes/{inbox_identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
            };
            cookie?: never;
        };
        /**
         * Get the inbox
         * @description Returns the public settings of an API-channel inbox: name, timezone, working hours and
         *     whether identity validation (HMAC), CSAT and greeting are enabled.
         *
         *     Only `Channel::Api` inboxes are found (`Channel::Api.find_by!(identifier: …)`); the
         *     identifier of any other inbox type answers 404. No auth header: the `inbox_identifier`
         *     is the credential.
         *
         *     The official `client_swagger.json` omits this operation (it is only in `swagger.json`,
         *     under the tag "Inbox API").
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a contact
         * @description Creates a contact session in the inbox and returns its `source_id` (the
         *     `contact_identifier` for every later call) and `pubsub_token` (for the ActionCable
         *     websocket). Both are secrets.
         *
         *     If a contact with the same `identifier`, `email` or `phone_number` already exists in the
         *     account, that contact is reused (a new contact inbox is created for it): the returned `id`
         *     may be an existing contact's.
         *
         *     **Identity validation (HMAC).** When `identifier_hash` is sent, or the inbox has identity
         *     validation enabled, the server checks `identifier_hash == HMAC-SHA256(inbox HMAC token,
         *     identifier)`. A mismatch raises an unrescued error, so the answer is **500**, not 401/422.
         *     On success the contact inbox is HMAC-verified, and the contact then sees **all** its
         *     conversations (not only those of this contact inbox).
         *
         *     Answers **200** (not 201), like every public create.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
            };
            cookie?: never;
        };
        /**
         * Get the contact
         * @description Returns the contact of this contact inbox with its session credentials (same shape as
         *     create). No auth header: the identifiers are the credentials.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the contact
         * @description Updates the contact's name, email, phone number, avatar URL or custom attributes
         *     (`identifier` is ignored on update). The route also answers `PUT` with the same behaviour.
         *
         *     The server runs Chatwoot's contact-identify action, which can **merge** this contact into
         *     an existing contact of the account that has the same email or phone number.
         *
         *     **The response is the raw `Contact` model JSON** (`render json: contact`), not the
         *     `public_contact` shape the official swagger documents: it has no `source_id` and no
         *     `pubsub_token`, but every contact column (ISO 8601 timestamps).
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
            };
            cookie?: never;
        };
        /**
         * List the contact's conversations
         * @description Returns every conversation of the contact in this contact inbox (all of the contact's
         *     conversations in the account if the contact inbox is HMAC-verified). **Not paginated**,
         *     and each conversation embeds **all** its chat messages, so the payload can be large.
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Create a conversation
         * @description Opens a new conversation for the contact in this inbox. Only `custom_attributes` is
         *     permitted in the body (it is stored on the conversation but not rendered back by the
         *     public view). Answers **200** (not 201).
         *
         *     A new conversation has no messages, and `contact_last_seen_at` / `agent_last_seen_at`
         *     are `0` (never).
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Returns one conversation of the contact, addressed by its display id, with **all** its
         *     chat messages (activity messages and private notes are excluded; not paginated) and the
         *     full `Contact` model JSON.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a conversation
         * @description Marks the conversation **resolved** (despite the route name, it never toggles: there is
         *     no way to reopen a conversation through the public API; a new incoming message reopens
         *     it). Idempotent: an already resolved conversation is returned unchanged, still 200.
         *     No request body.
         *
         *     If the inbox has CSAT enabled, Chatwoot then posts a CSAT survey message (`message_type`
         *     3, `content_type` `input_csat`) asynchronously; it is not in this response.
         */
        post: operations["resolveConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the contact's typing indicator
         * @description Broadcasts `conversation.typing_on` or `conversation.typing_off` to the agents over
         *     ActionCable. The controller reads `params[:typing_status]`, so the value may be sent
         *     either in the JSON body or as the query parameter; send exactly one of them. The official
         *     swagger declares both and marks the query parameter required; neither is required by the
         *     server. A value other than `on` / `off` does nothing and still answers 200.
         *
         *     **Answers 200 with an empty body** (no content, no `Content-Type`).
         */
        post: operations["toggleTyping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the conversation as seen by the contact
         * @description Sets the conversation's `contact_last_seen_at` to now and enqueues a job that marks the
         *     agents' messages as read. No request body.
         *
         *     **Answers 200 with an empty body** (no content, no `Content-Type`).
         */
        post: operations["updateLastSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        /**
         * List messages
         * @description Returns the **latest 20** chat messages of the conversation, or, with `before`, the 20
         *     messages whose id is lower than `before`; oldest first in both cases. Private notes and
         *     activity messages are excluded. To page backwards, pass the `id` of the first (oldest)
         *     message received as `before`, until fewer than 20 messages come back. (`after` is ignored
         *     by the public API.)
         *
         *     The official swagger does not document `before`.
         *
         *     The examples use a page size of 2 to show the paging (the server's page size is 20):
         *     the default example is the latest page, `before=5103` the previous one and
         *     `before=5101` the empty page past the start.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message as the contact
         * @description Creates a message in the conversation. The message is always **incoming**
         *     (`message_type` 0) and its sender is the contact; sending a new message to a resolved
         *     conversation reopens it. Answers **200** (not 201).
         *
         *     Send JSON `{content, echo_id}`, or `multipart/form-data` with up to 15 files in
         *     `attachments[]` (the attachment `file_type` is derived from each file's MIME type:
         *     `image`, `audio`, `video` or `file`). `echo_id` is a client-chosen id that Chatwoot echoes
         *     in its websocket events (not in this response) so the client can match its optimistic
         *     copy.
         *
         *     Errors: content longer than 150,000 characters, or more than 200 messages per conversation
         *     per minute (`CONVERSATION_MESSAGE_PER_MINUTE_LIMIT`), answer **422** (not 429).
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
                /**
                 * @description The message's id (database id, unique across the installation).
                 * @example 5105
                 */
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Answer a bot form or CSAT message
         * @description Stores the contact's answer on an interactive message, in
         *     `content_attributes.submitted_values`. The route also answers `PUT`.
         *
         *     `submitted_values` is either an **array** of `{name, title, value}` (answers to
         *     `input_select` and `form` messages) or the **object** `{csat_survey_response: {rating,
         *     feedback_message}}` (answer to an `input_csat` survey). The official swagger shows only
         *     the object.
         *
         *     Errors: a CSAT answer to a survey older than 14 days answers 422 `{error}`; any other
         *     failure while saving (including validation errors) is rescued as **500** `{error,
         *     message}`.
         */
        patch: operations["updateMessage"];
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The numeric id of the Chatwoot account (visible in dashboard URLs, `/app/accounts/{account_id}/…`).
                 * @example 1
                 */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List the account's conversations
         * @description Lists the account's conversations visible to the token's user, newest activity first,
         *     **25 per page** (`CONVERSATION_RESULTS_PER_PAGE`), with counts by assignee type.
         *     Defaults: `status=open`, `assignee_type=all`, `page=1`. Each conversation embeds at most
         *     its latest message.
         *
         *     The examples use a page size of 2: the default example is page 1 of
         *     `?status=all` (conversations 42 and 41), `page=2` gives conversation 40.
         */
        get: operations["listAccountConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The numeric id of the Chatwoot account (visible in dashboard URLs, `/app/accounts/{account_id}/…`).
                 * @example 1
                 */
                account_id: components["parameters"]["AccountId"];
                /**
                 * @description The conversation's **display id** in the account (the number shown in the dashboard).
                 * @example 42
                 */
                conversation_id: components["parameters"]["AppConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Returns one conversation of the account, addressed by its display id. `messages` holds
         *     **at most one** message (the latest, which can be an activity message or a private note);
         *     `last_non_activity_message` is the latest non-activity message. Use
         *     `listAccountConversationMessages` for the history.
         *
         *     The official swagger lists 403 for a user without access; Chatwoot renders Pundit denials
         *     as **401** `{"error": "You are not authorized to do this action"}`.
         */
        get: operations["getAccountConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The numeric id of the Chatwoot account (visible in dashboard URLs, `/app/accounts/{account_id}/…`).
                 * @example 1
                 */
                account_id: components["parameters"]["AccountId"];
                /**
                 * @description The conversation's **display id** in the account (the number shown in the dashboard).
                 * @example 42
                 */
                conversation_id: components["parameters"]["AppConversationId"];
            };
            cookie?: never;
        };
        /**
         * List a conversation's messages
         * @description Returns messages of the conversation, oldest first, with conversation metadata.
         *     `before` and `after` are **message ids** (not timestamps) and are not documented in the
         *     official swagger:
         *
         *     - neither: the **latest 20** messages;
         *     - `before` only: the **20** messages with `id < before`;
         *     - `after` only: up to **100** messages with `id > after`;
         *     - both: up to **1000** messages with `after <= id < before`.
         *
         *     To page backwards, pass the `id` of the first message of the page as `before` until fewer
         *     than 20 messages come back. Unlike the public API, this list **includes private notes
         *     and activity messages**: check `private` and `message_type == 2`.
         *
         *     The examples use a page size of 2 (the server's is 20): the default example is the latest
         *     page, `before=5103` the previous one, `before=5101` the empty page past the start, and
         *     `after=5102` the messages after message 2.
         */
        get: operations["listAccountConversationMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The message type as an **integer** (the public and application views render
         *     `message_type_before_type_cast`; the official swagger types it as a string):
         *
         *     - `0` incoming: from the contact;
         *     - `1` outgoing: from an agent, a bot or an automation;
         *     - `2` activity: a system event ("Conversation was marked resolved by …");
         *     - `3` template: a system-generated message such as a CSAT survey (missing from the
         *       swagger's application enum).
         *
         *     Closed: it is a Rails enum in `app/models/message.rb`.
         * @enum {integer}
         */
        MessageType: 0 | 1 | 2 | 3;
        /**
         * @description The message content type (a string; the database integers are not exposed). Known values:
         *     `text`, `input_text`, `input_textarea`, `input_email`, `input_select`, `cards`, `form`,
         *     `article`, `incoming_email`, `input_csat`, `integrations`, `sticker`, `voice_call`.
         *     The official swagger lists only 4 of them. Kept **open**: Chatwoot adds content types
         *     with new channels and features, so any other string may appear.
         */
        MessageContentType: ("text" | "input_text" | "input_textarea" | "input_email" | "input_select" | "cards" | "form" | "article" | "incoming_email" | "input_csat" | "integrations" | "sticker" | "voice_call") | string;
        /**
         * @description Delivery status of a message: `sent`, `delivered`, `read` or `failed` (a Rails enum in
         *     `app/models/message.rb`; closed).
         * @enum {string}
         */
        MessageStatus: "sent" | "delivered" | "read" | "failed";
        /**
         * @description Conversation status. Closed (a Rails enum in `app/models/conversation.rb`). The official
         *     swagger's application enum lacks `snoozed`, and its public conversation schema lacks
         *     `status` altogether.
         * @enum {string}
         */
        ConversationStatus: "open" | "resolved" | "pending" | "snoozed";
        /**
         * @description Attachment kind. Known values: `image`, `audio`, `video`, `file`, `location`, `fallback`,
         *     `share`, `story_mention`, `contact`, `ig_reel`, `ig_post`, `ig_story`, `embed`. Kept
         *     **open**: new channel integrations add kinds.
         */
        AttachmentFileType: ("image" | "audio" | "video" | "file" | "location" | "fallback" | "share" | "story_mention" | "contact" | "ig_reel" | "ig_post" | "ig_story" | "embed") | string;
        /** @description The public settings of an API-channel inbox (`public/api/v1/inboxes/show`). */
        PublicInbox: {
            /** @description The inbox identifier (the same value as the path parameter). */
            identifier: string;
            /** @description Whether identity validation (HMAC `identifier_hash`) is mandatory for contacts. */
            identity_validation_enabled: boolean;
            name: string;
            /** @description IANA time zone of the working hours, e.g. `America/Los_Angeles`. */
            timezone: string;
            working_hours: components["schemas"]["WorkingHours"][];
            working_hours_enabled: boolean;
            csat_survey_enabled: boolean;
            greeting_enabled: boolean;
        };
        /** @description Opening hours of one weekday, in the inbox time zone. */
        WorkingHours: {
            /** @description 0 = Sunday … 6 = Saturday. */
            day_of_week: number;
            closed_all_day: boolean;
            /** @description Null when the day is closed all day. */
            open_hour: number | null;
            open_minutes: number | null;
            close_hour: number | null;
            close_minutes: number | null;
            open_all_day: boolean;
        };
        /**
         * @description Body of create and update contact. All fields are optional.
         *
         *     The official swagger lists `avatar` (a binary file); the controller permits
         *     **`avatar_url`** instead (Chatwoot downloads the image). `source_id` is accepted on create
         *     but undocumented. `identifier` and `identifier_hash` are ignored on update.
         */
        PublicContactCreateUpdate: {
            /** @description Your own id for the contact (unique per account). Used for identity validation. */
            identifier?: string;
            /** @description HMAC-SHA256 of `identifier` with the inbox's HMAC token (hex). Required when the inbox enforces identity validation. */
            identifier_hash?: string;
            /** Format: email */
            email?: string;
            name?: string;
            /** @description E.164 format, e.g. `+14155550134`. */
            phone_number?: string;
            /**
             * Format: uri
             * @description URL of an image Chatwoot downloads as the contact's avatar (the swagger's `avatar` file is not permitted).
             */
            avatar_url?: string;
            /** @description Custom attributes of the contact (keys defined in the account's settings). */
            custom_attributes?: {
                [key: string]: unknown;
            };
            /** @description Create only, undocumented. The contact identifier to use instead of a random UUID. */
            source_id?: string;
        };
        /**
         * @description The contact of a contact inbox, with its session credentials (create and get contact).
         *     The official swagger's `public_contact` lacks `phone_number`.
         */
        PublicContactWithSession: {
            /** @description The `contact_identifier` for every later call. A secret. */
            source_id: string;
            /** @description Token for subscribing to the contact's events over the ActionCable websocket (`/cable`). A secret. */
            pubsub_token: string;
            /** @description The contact id. */
            id: number;
            name: string | null;
            email: string | null;
            phone_number: string | null;
        };
        /**
         * @description The full `Contact` model JSON (Rails `as_json` of every column), as rendered by
         *     update-contact and embedded as `contact` in public conversations. Timestamps are ISO 8601
         *     strings here (unlike most other Chatwoot payloads). No `source_id` or `pubsub_token`.
         *     Open: a new column in a Chatwoot release appears here without notice.
         */
        Contact: {
            id: number;
            name: string | null;
            email: string | null;
            phone_number: string | null;
            identifier: string | null;
            /** @description Channel-provided details (browser, city, company name, social profiles, …). */
            additional_attributes: {
                [key: string]: unknown;
            };
            custom_attributes: {
                [key: string]: unknown;
            };
            blocked: boolean;
            /** @description Known values: `visitor`, `lead`, `customer` (open). */
            contact_type?: string | null;
            country_code?: string | null;
            location?: string | null;
            middle_name?: string | null;
            last_name?: string | null;
            /** Format: date-time */
            last_activity_at?: string | null;
            account_id: number;
            company_id?: number | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of create conversation. Only `custom_attributes` is permitted. */
        PublicConversationCreate: {
            /** @description Custom attributes of the conversation. */
            custom_attributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A conversation as the public API renders it (`public/api/v1/models/_conversation`). The
         *     official swagger types `inbox_id` as a string, lacks `uuid`, `status`,
         *     `contact_last_seen_at` and `agent_last_seen_at`, `$ref`s the application message for
         *     `messages` and leaves `contact` untyped.
         */
        PublicConversation: {
            /** @description The conversation's **display id** (use it as `conversation_id`). */
            id: number;
            /** Format: uuid */
            uuid: string;
            inbox_id: number;
            /** @description When the contact last saw the conversation, unix seconds; **0 = never**. */
            contact_last_seen_at: number;
            status: components["schemas"]["ConversationStatus"];
            /** @description When an agent last saw the conversation, unix seconds; **0 = never**. */
            agent_last_seen_at: number;
            /**
             * @description **All** chat messages of the conversation (activity messages and private notes
             *     excluded), oldest first; not paginated.
             */
            messages: components["schemas"]["PublicMessage"][];
            contact: components["schemas"]["Contact"];
        };
        /**
         * @description A message as the public API renders it (`public/api/v1/models/_message`). The official
         *     swagger types `id`, `message_type`, `content_attributes`, `created_at` and
         *     `conversation_id` as strings. `attachments` and `sender` are **absent** (not `[]` or
         *     `null`) when the message has none.
         */
        PublicMessage: {
            id: number;
            /** @description Text of the message; null for attachment-only messages. */
            content: string | null;
            message_type: components["schemas"]["MessageType"];
            content_type: components["schemas"]["MessageContentType"];
            content_attributes: components["schemas"]["ContentAttributes"];
            /** @description Unix seconds. */
            created_at: number;
            /** @description The conversation's display id. */
            conversation_id: number;
            /** @description Absent when the message has no attachments. */
            attachments?: components["schemas"]["Attachment"][];
            sender?: components["schemas"]["Sender"];
        };
        /**
         * @description Content-type-specific data of a message (an object; the official swagger types it as a
         *     string). Known keys: `items` (choices of `input_select`, `cards`, `form`, `article`
         *     messages), `submitted_values` (the contact's answers), `submitted_email`, `email`
         *     (incoming email details), `in_reply_to`, `in_reply_to_external_id`, `deleted`,
         *     `external_created_at`, `external_error`, `translations`, `story_sender`, `story_id`,
         *     `is_unsupported`, `data`. Open: any key may appear.
         */
        ContentAttributes: {
            /**
             * @description Choices of an interactive message. Per content type: `input_select` `{title, value}`;
             *     `cards` `{title, description, media_url, actions: [{text, type, payload, uri}]}`;
             *     `form` `{type, placeholder, label, name, options, default, required, pattern, title,
             *     pattern_error}`; `article` `{title, description, link}`.
             */
            items?: {
                [key: string]: unknown;
            }[];
            /** @description The contact's answers, as sent to `updateMessage`. */
            submitted_values?: components["schemas"]["SubmittedValue"][] | ({
                csat_survey_response?: components["schemas"]["CsatSurveyResponse"];
            } & {
                [key: string]: unknown;
            });
            /** @description True for a message deleted by an agent (its content is replaced). */
            deleted?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description One answer to an `input_select` or `form` message. */
        SubmittedValue: {
            /** @description The form field name (form messages). */
            name?: string;
            /** @description The chosen option's title (input_select messages). */
            title?: string;
            /** @description The chosen or typed value. */
            value?: string | number | boolean | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The contact's answer to a CSAT survey (`input_csat` message). */
        CsatSurveyResponse: {
            /** @description 1 (worst) to 5 (best). */
            rating: number;
            /** @description Optional free-text feedback. */
            feedback_message?: string;
        };
        /**
         * @description An attachment (`Attachment#push_event_data`). One flat object: `id`, `message_id`,
         *     `file_type` and `account_id` are always present; the other fields depend on `file_type`:
         *
         *     - `image`, `video`, `file`, `share`, `story_mention`, `ig_*` (and `audio`, plus
         *       `transcribed_text`): `extension`, `data_url`, `thumb_url`, `file_size`, `width`, `height`;
         *     - `location`: `coordinates_lat`, `coordinates_long`, `fallback_title`, `data_url`;
         *     - `fallback`: `fallback_title`, `data_url`;
         *     - `contact`: `fallback_title`, `meta`;
         *     - `embed`: `data_url`.
         *
         *     `data_url` of uploaded files is an ActiveStorage redirect URL (follow redirects to
         *     download).
         */
        Attachment: {
            id: number;
            message_id: number;
            file_type: components["schemas"]["AttachmentFileType"];
            account_id: number;
            /** @description File extension when known (often null for uploads). */
            extension?: string | null;
            /** @description URL of the file (redirect) or, for location/fallback/embed, the external URL (may be null). */
            data_url?: string | null;
            /** @description Thumbnail URL for images; empty string for other files. */
            thumb_url?: string;
            /** @description Size in bytes. */
            file_size?: number;
            /** @description Pixel width of images and videos, when analysed. */
            width?: number | null;
            height?: number | null;
            /** @description Audio only. Transcription, when the account has audio transcription enabled. */
            transcribed_text?: string | null;
            /** @description Location only. */
            coordinates_lat?: number;
            /** @description Location only. */
            coordinates_long?: number;
            /** @description Location, fallback and contact only. */
            fallback_title?: string | null;
            /** @description Contact only. The shared contact card's data. */
            meta?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description JSON body of create message. `content` is the text. The server itself tolerates a
         *     missing `content`, but a message without text is only useful with attachments, which
         *     need the multipart form.
         */
        PublicMessageCreate: {
            content: string;
            /** @description Client-chosen id echoed in the websocket `message.created` event, to match an optimistic copy. */
            echo_id?: string;
        };
        /** @description Multipart body of create message, for attachments. */
        PublicMessageCreateMultipart: {
            content?: string;
            echo_id?: string;
            /** @description Up to 15 files. The attachment `file_type` is derived from each file's MIME type. */
            "attachments[]"?: string[];
        };
        /**
         * @description Body of update message. `submitted_values` is an **array** of answers for `input_select`
         *     and `form` messages, or the **object** `{csat_survey_response}` for a CSAT survey (the
         *     official swagger shows only the object).
         */
        PublicMessageUpdate: {
            submitted_values: components["schemas"]["SubmittedValue"][] | {
                csat_survey_response: components["schemas"]["CsatSurveyResponse"];
            };
        };
        /** @description Body of toggle typing (alternative to the `typing_status` query parameter). */
        TypingStatusUpdate: {
            /** @enum {string} */
            typing_status: "on" | "off";
        };
        /**
         * @description The author of a message (`push_event_data` of the sender record), discriminated by
         *     `type`: `contact`, `user` (a human agent), `agent_bot` or `captain_assistant` (Chatwoot
         *     Enterprise AI assistant). Closed: these are the only classes that can send a message.
         *     Absent on messages without a sender (activity messages, CSAT surveys).
         */
        Sender: components["schemas"]["ContactSender"] | components["schemas"]["UserSender"] | components["schemas"]["AgentBotSender"] | components["schemas"]["CaptainAssistantSender"];
        /** @description A contact (`Contact#push_event_data`). */
        ContactSender: {
            id: number;
            name: string | null;
            email: string | null;
            phone_number: string | null;
            identifier: string | null;
            /** @description Avatar URL; empty string when there is none. */
            thumbnail: string;
            blocked: boolean;
            additional_attributes: {
                [key: string]: unknown;
            };
            custom_attributes: {
                [key: string]: unknown;
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "contact";
        };
        /** @description A human agent (`User#push_event_data`). */
        UserSender: {
            id: number;
            name: string;
            /** @description The agent's display name (falls back to `name`). */
            available_name: string;
            /** @description Empty string when there is none. */
            avatar_url: string;
            thumbnail: string;
            /** @description Known values: `online`, `busy`, `offline` (open). */
            availability_status: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user";
        };
        /** @description An agent bot (`AgentBot#push_event_data`). */
        AgentBotSender: {
            id: number;
            name: string;
            avatar_url: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "agent_bot";
        };
        /** @description A Captain AI assistant (Chatwoot Enterprise, `Captain::Assistant#push_event_data`). */
        CaptainAssistantSender: {
            id: number;
            name: string;
            avatar_url: string;
            description: string | null;
            /** Format: date-time */
            created_at: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "captain_assistant";
        };
        /**
         * @description `Contact#push_event_data`: the contact as it appears in events, in `sender` and in
         *     application list-messages `meta.contact` (the swagger `$ref`s the `{payload: […]}`
         *     contact wrapper there).
         */
        ContactPushData: components["schemas"]["ContactSender"];
        /**
         * @description `User#push_event_data`: an agent as it appears in events, in `sender` and in application
         *     list-messages `meta.assignee` (the swagger `$ref`s the `agent` schema there).
         */
        UserPushData: components["schemas"]["UserSender"];
        /**
         * @description A conversation as the application API renders it
         *     (`api/v1/conversations/partials/_conversation`). Timestamps are unix seconds (`0` =
         *     never), except `snoozed_until` (ISO 8601 or null) and `updated_at` (float seconds).
         *     The official swagger's `status` enum lacks `snoozed`, `timestamp` is typed string and
         *     `snoozed_until` number.
         */
        Conversation: {
            meta: components["schemas"]["ConversationMeta"];
            /** @description The display id. */
            id: number;
            /**
             * @description **At most one** message: the latest one (which may be an activity message or a
             *     private note), or `[]` for a conversation without messages.
             */
            messages: components["schemas"]["MessagePushData"][];
            account_id: number;
            /** Format: uuid */
            uuid: string;
            /** @description Channel-provided details (browser, referer, mail subject, …). */
            additional_attributes: {
                [key: string]: unknown;
            };
            /** @description Unix seconds; 0 = never. */
            agent_last_seen_at: number;
            /** @description Unix seconds; 0 = never. */
            assignee_last_seen_at: number;
            /** @description False when the channel's reply window is closed (e.g. WhatsApp 24 h, Facebook 7 days). */
            can_reply: boolean;
            /** @description Unix seconds; 0 = never. */
            contact_last_seen_at: number;
            custom_attributes: {
                [key: string]: unknown;
            };
            inbox_id: number;
            labels: string[];
            muted: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 end of the snooze, or null (the swagger says number).
             */
            snoozed_until: string | null;
            status: components["schemas"]["ConversationStatus"];
            /** @description Unix seconds. */
            created_at: number;
            /** @description Unix seconds with a fractional part. Absent on older Chatwoot versions. */
            updated_at?: number;
            /** @description Last activity, unix seconds (the swagger says string). */
            timestamp: number;
            /** @description First agent reply, unix seconds; 0 = no reply yet. */
            first_reply_created_at: number;
            /** @description Incoming messages the agents have not seen. */
            unread_count: number;
            /** @description The latest message that is not an activity message, or null. */
            last_non_activity_message: components["schemas"]["MessagePushData"] | null;
            /** @description Unix seconds. */
            last_activity_at: number;
            /** @enum {string|null} */
            priority: "low" | "medium" | "high" | "urgent" | null;
            /** @description Since when the contact waits for a reply, unix seconds; 0 = not waiting. */
            waiting_since: number;
            sla_policy_id: number | null;
            /** @description Enterprise only. The SLA applied to the conversation. */
            applied_sla?: {
                [key: string]: unknown;
            } | null;
            /** @description Enterprise only. SLA breach events. */
            sla_events?: {
                [key: string]: unknown;
            }[];
        };
        /** @description The `meta` block of an application conversation. */
        ConversationMeta: {
            sender: components["schemas"]["ContactDetail"];
            /** @description The inbox channel class, e.g. `Channel::Api`, `Channel::WebWidget`, `Channel::Email`, `Channel::Whatsapp` (open). */
            channel: string;
            /** @description Present only when the conversation is assigned. An agent, or an agent bot when `assignee_type` is `AgentBot`. */
            assignee?: components["schemas"]["AgentDetail"] | components["schemas"]["AgentBotSlim"];
            /** @description `User` or `AgentBot` (present on versions that can assign bots). */
            assignee_type?: string;
            team?: components["schemas"]["Team"];
            /** @description Whether the contact inbox passed identity validation. */
            hmac_verified: boolean | null;
        };
        /** @description A contact as the application API renders it (`api/v1/models/_contact`). Open. */
        ContactDetail: {
            additional_attributes: {
                [key: string]: unknown;
            };
            /** @description Known values: `online`, `busy`, `offline` (open). */
            availability_status: string | null;
            email: string | null;
            id: number;
            name: string | null;
            phone_number: string | null;
            blocked: boolean;
            identifier: string | null;
            thumbnail: string;
            custom_attributes: {
                [key: string]: unknown;
            };
            /** @description Unix seconds; absent when the contact never had activity. */
            last_activity_at?: number;
            /** @description Unix seconds. */
            created_at?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description An agent as the application API renders it (`api/v1/models/_agent`). */
        AgentDetail: {
            id: number;
            account_id: number | null;
            /** @description Known values: `online`, `busy`, `offline` (open). */
            availability_status: string | null;
            auto_offline: boolean;
            confirmed: boolean;
            email: string;
            /** @description Sign-in provider, e.g. `email`, `google_oauth2`. */
            provider: string;
            available_name: string;
            custom_attributes?: {
                [key: string]: unknown;
            };
            name: string;
            /** @description Known values: `agent`, `administrator` (open). */
            role: string;
            thumbnail: string;
            /** @description Enterprise only. */
            custom_role_id?: number | null;
        };
        /** @description An agent bot assigned to a conversation (fields beyond `id` and `name` vary by version; open). */
        AgentBotSlim: {
            id: number;
            name: string;
            description?: string | null;
            thumbnail?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A team (`api/v1/models/_team`). */
        Team: {
            id: number;
            name: string;
            description?: string | null;
            allow_auto_assign?: boolean;
            account_id?: number;
            /** @description Whether the token's user is a member of the team. */
            is_member?: boolean;
        };
        /**
         * @description `Message#push_event_data`, used for `messages[0]` and `last_non_activity_message` of an
         *     application conversation (and in webhooks): every message column plus a `conversation`
         *     summary. `sender_type` holds Rails class names (the swagger's `contact|agent|agent_bot`
         *     is wrong). `attachments` and `sender` are absent when there are none.
         */
        MessagePushData: {
            id: number;
            content: string | null;
            account_id: number;
            inbox_id: number;
            /** @description The conversation's display id. */
            conversation_id: number;
            message_type: components["schemas"]["MessageType"];
            content_type: components["schemas"]["MessageContentType"];
            content_attributes: components["schemas"]["ContentAttributes"];
            /** @description True for private notes (visible to agents only). */
            private: boolean;
            status: components["schemas"]["MessageStatus"];
            /** @description The message id in the external channel, if any. */
            source_id: string | null;
            /** @description Class of the sender: `Contact`, `User`, `AgentBot`, `Captain::Assistant` (open); null without a sender. */
            sender_type: string | null;
            sender_id: number | null;
            external_source_ids?: {
                [key: string]: unknown;
            } | null;
            additional_attributes?: {
                [key: string]: unknown;
            } | null;
            processed_message_content?: string | null;
            sentiment?: {
                [key: string]: unknown;
            } | null;
            /** @description Unix seconds. */
            created_at: number;
            /**
             * Format: date-time
             * @description ISO 8601 (unlike `created_at`).
             */
            updated_at: string;
            /**
             * @description The client's `echo_id`. Not stored: present only in the events about the request that
             *     created the message.
             */
            echo_id?: string;
            conversation: {
                assignee_id: number | null;
                unread_count: number;
                /** @description Unix seconds. */
                last_activity_at: number;
                contact_inbox: {
                    source_id: string;
                };
            };
            attachments?: components["schemas"]["Attachment"][];
            sender?: components["schemas"]["Sender"];
        } & {
            [key: string]: unknown;
        };
        /** @description Conversation counts by assignee type, for the current filters (all pages). */
        ConversationCounts: {
            mine_count: number;
            assigned_count: number;
            unassigned_count: number;
            all_count: number;
        };
        /** @description One page of the account's conversations (`api/v1/accounts/conversations/index`). */
        ConversationList: {
            data: {
                meta: components["schemas"]["ConversationCounts"];
                /** @description Up to 25 conversations. */
                payload: components["schemas"]["Conversation"][];
            };
        };
        /**
         * @description A message as application list-messages renders it (`api/v1/models/_message`). Unlike the
         *     public message it has `inbox_id`, `status`, `private` and `source_id`. `attachments`,
         *     `sender` and `echo_id` are absent when empty.
         */
        AppMessage: {
            id: number;
            content: string | null;
            inbox_id: number;
            /**
             * @description The client's `echo_id`. It is not stored, so it appears only in the response to the
             *     request that created the message, never in this list.
             */
            echo_id?: string;
            /** @description The conversation's display id. */
            conversation_id: number;
            message_type: components["schemas"]["MessageType"];
            content_type: components["schemas"]["MessageContentType"];
            status: components["schemas"]["MessageStatus"];
            content_attributes: components["schemas"]["ContentAttributes"];
            /** @description Unix seconds. */
            created_at: number;
            /** @description True for private notes. */
            private: boolean;
            source_id: string | null;
            sender?: components["schemas"]["Sender"];
            attachments?: components["schemas"]["Attachment"][];
        };
        /** @description Conversation metadata returned with application list-messages. */
        MessageListMeta: {
            labels: string[];
            additional_attributes: {
                [key: string]: unknown;
            };
            contact: components["schemas"]["ContactPushData"];
            assignee?: components["schemas"]["UserPushData"];
            /**
             * Format: date-time
             * @description ISO 8601 or null (the conversation object has unix seconds instead).
             */
            agent_last_seen_at: string | null;
            /** Format: date-time */
            assignee_last_seen_at: string | null;
        };
        /** @description Application list-messages response (`api/v1/accounts/conversations/messages/index`). */
        MessageList: {
            meta: components["schemas"]["MessageListMeta"];
            /** @description Messages, oldest first. */
            payload: components["schemas"]["AppMessage"][];
        };
        /** @description `{error}`: application API errors (401, 404, 422) and the public CSAT lock (422). */
        ErrorMessage: {
            error: string;
        };
        /** @description devise_token_auth's 401 body when no `api_access_token` is sent. */
        DeviseError: {
            errors: string[];
        };
        /** @description `{message, attributes}`: a model validation failure (`ActiveRecord::RecordInvalid`), 422. */
        ValidationError: {
            /** @description The full error messages, joined by `, `. */
            message: string;
            /** @description The invalid attributes. */
            attributes: string[];
        };
        /** @description Public API 404, rendered by the Rails exceptions app (not the `{error}` of the application API). */
        NotFound: {
            /** @constant */
            status: 404;
            error: string;
        };
        /** @description A 500 rendered by the Rails exceptions app. */
        InternalServerError: {
            status: number;
            error: string;
        };
        /** @description The 500 body of public update-message when saving fails: `{error: <contact errors>, message}`. */
        MessageUpdateFailure: {
            /** @description The contact's validation errors (usually `{}`). */
            error?: unknown;
            message: string;
        };
    };
    responses: {
        /**
         * @description Throttled by rack-attack (default `RACK_ATTACK_LIMIT` = 3000 requests per IP per minute,
         *     production only). The body is **plain text**, not JSON, and no `Retry-After` or rate-limit
         *     headers are sent; wait and retry.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /**
         * @description The inbox does not exist or is not an API-channel inbox. Rendered by the Rails exceptions
         *     app (`ActiveRecord::RecordNotFound` is not rescued by the public controller).
         */
        PublicInboxNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFound"];
            };
        };
        /**
         * @description The inbox or the contact (`contact_identifier`) does not exist. Rendered by the Rails
         *     exceptions app.
         */
        PublicContactNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFound"];
            };
        };
        /**
         * @description The inbox, the contact or the conversation does not exist, or the conversation is not
         *     visible to this contact inbox. Rendered by the Rails exceptions app.
         */
        PublicConversationNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFound"];
            };
        };
        /**
         * @description The inbox, the contact, the conversation or the message does not exist. Rendered by the
         *     Rails exceptions app.
         */
        PublicMessageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFound"];
            };
        };
        /**
         * @description The contact is invalid (`ActiveRecord::RecordInvalid`, rescued by the public controller):
         *     for example a malformed email or a phone number not in E.164 format.
         */
        PublicContactInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /**
         * @description Authentication or authorization failed. Chatwoot answers **401** for all of these,
         *     including Pundit policy denials (the official swagger's 403):
         *
         *     - no `api_access_token` header: devise_token_auth's `{"errors": ["You need to sign in or
         *       sign up before continuing."]}`;
         *     - unknown token: `{"error": "Invalid Access Token"}`;
         *     - the user is not a member of the account: `{"error": "You are not authorized to access
         *       this account"}`;
         *     - the account is suspended: `{"error": "Account is suspended"}`;
         *     - an agent-bot token on these endpoints: `{"error": "Access to this endpoint is not
         *       authorized for bots"}`;
         *     - a policy denial: `{"error": "You are not authorized to do this action"}`.
         */
        AppUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"] | components["schemas"]["DeviseError"];
            };
        };
        /** @description The conversation does not exist in this account (`ActiveRecord::RecordNotFound`). */
        AppNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
    };
    parameters: {
        /**
         * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
         *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
         *     conversations in the inbox.
         * @example Yr9bXn3KqW2vT7sL
         */
        InboxIdentifier: string;
        /**
         * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
         *     anyone who knows it (with the inbox identifier) can read and write the contact's
         *     conversations.
         * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
         */
        ContactIdentifier: string;
        /**
         * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
         * @example 42
         */
        PublicConversationId: number;
        /**
         * @description The message's id (database id, unique across the installation).
         * @example 5105
         */
        MessageId: number;
        /**
         * @description The numeric id of the Chatwoot account (visible in dashboard URLs, `/app/accounts/{account_id}/…`).
         * @example 1
         */
        AccountId: number;
        /**
         * @description The conversation's **display id** in the account (the number shown in the dashboard).
         * @example 42
         */
        AppConversationId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicInbox"];
                };
            };
            404: components["responses"]["PublicInboxNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicContactCreateUpdate"];
            };
        };
        responses: {
            /** @description The contact and its session credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicContactWithSession"];
                };
            };
            404: components["responses"]["PublicInboxNotFound"];
            422: components["responses"]["PublicContactInvalid"];
            429: components["responses"]["TooManyRequests"];
            /**
             * @description `identifier_hash` does not match the HMAC of `identifier` (the error is not rescued, so
             *     the Rails exceptions app renders a generic 500). Body inferred from
             *     `ActionDispatch::PublicExceptions` with JSON format.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact and its session credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicContactWithSession"];
                };
            };
            404: components["responses"]["PublicContactNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicContactCreateUpdate"];
            };
        };
        responses: {
            /** @description The updated contact (full `Contact` model JSON). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            404: components["responses"]["PublicContactNotFound"];
            422: components["responses"]["PublicContactInvalid"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConversations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact's conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicConversation"][];
                };
            };
            404: components["responses"]["PublicContactNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PublicConversationCreate"];
            };
        };
        responses: {
            /** @description The new conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicConversation"];
                };
            };
            404: components["responses"]["PublicContactNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicConversation"];
                };
            };
            404: components["responses"]["PublicConversationNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resolveConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation, now resolved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicConversation"];
                };
            };
            404: components["responses"]["PublicConversationNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    toggleTyping: {
        parameters: {
            query?: {
                /**
                 * @description `on` or `off`. Alternative to the body property of the same name.
                 * @example on
                 */
                typing_status?: "on" | "off";
            };
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TypingStatusUpdate"];
            };
        };
        responses: {
            /** @description Typing status broadcast. The body is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["PublicConversationNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateLastSeen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Last-seen time updated. The body is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["PublicConversationNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description A message id. Only messages with a lower id are returned (the 20 just before it).
                 * @example 5103
                 */
                before?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up to 20 messages, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicMessage"][];
                };
            };
            404: components["responses"]["PublicConversationNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicMessageCreate"];
                "multipart/form-data": components["schemas"]["PublicMessageCreateMultipart"];
            };
        };
        responses: {
            /** @description The created message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicMessage"];
                };
            };
            404: components["responses"]["PublicConversationNotFound"];
            /**
             * @description The message is invalid (`ActiveRecord::RecordInvalid`, rescued by the public
             *     controller): content too long, or the per-conversation flood limit reached.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of an **API-channel** inbox (Settings → Inboxes → the inbox →
                 *     Configuration). It is a bearer-like secret: anyone who knows it can create contacts and
                 *     conversations in the inbox.
                 * @example Yr9bXn3KqW2vT7sL
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id`, returned by `createContact`. It is a bearer-like secret:
                 *     anyone who knows it (with the inbox identifier) can read and write the contact's
                 *     conversations.
                 * @example 4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's **display id** (the per-account number shown in the dashboard), not its database id.
                 * @example 42
                 */
                conversation_id: components["parameters"]["PublicConversationId"];
                /**
                 * @description The message's id (database id, unique across the installation).
                 * @example 5105
                 */
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicMessageUpdate"];
            };
        };
        responses: {
            /** @description The updated message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicMessage"];
                };
            };
            404: components["responses"]["PublicMessageNotFound"];
            /** @description The CSAT survey is older than 14 days and can no longer be answered. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /**
             * @description Saving the message failed. The controller rescues every `StandardError` of the update
             *     and renders `{error, message}` with status 500 (`error` is the contact's validation
             *     errors, usually `{}`; `message` the exception message). If that rescue itself fails,
             *     the Rails exceptions app renders `{status, error}`. Both shapes are accepted.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageUpdateFailure"] | components["schemas"]["InternalServerError"];
                };
            };
        };
    };
    listAccountConversations: {
        parameters: {
            query?: {
                /** @description Filter by assignee. `me` = assigned to the token's user. */
                assignee_type?: "me" | "unassigned" | "all" | "assigned";
                /** @description Filter by conversation status; `all` disables the filter. */
                status?: "all" | "open" | "resolved" | "pending" | "snoozed";
                /** @description Free-text search (Chatwoot matches it against the conversations' messages and contacts). */
                q?: string;
                /** @description Only conversations of this inbox. */
                inbox_id?: number;
                /** @description Only conversations of this team. */
                team_id?: number;
                /**
                 * @description Only conversations that have any of these labels. Rails reads an array only from the
                 *     bracketed name, so the parameter is named `labels[]` and repeated
                 *     (`labels[]=billing&labels[]=refund`).
                 */
                "labels[]"?: string[];
                /** @description Page number, from 1. 25 conversations per page. */
                page?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The numeric id of the Chatwoot account (visible in dashboard URLs, `/app/accounts/{account_id}/…`).
                 * @example 1
                 */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of conversations and the counts by assignee type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAccountConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The numeric id of the Chatwoot account (visible in dashboard URLs, `/app/accounts/{account_id}/…`).
                 * @example 1
                 */
                account_id: components["parameters"]["AccountId"];
                /**
                 * @description The conversation's **display id** in the account (the number shown in the dashboard).
                 * @example 42
                 */
                conversation_id: components["parameters"]["AppConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountConversationMessages: {
        parameters: {
            query?: {
                /**
                 * @description A message id. Returns the 20 messages just before it (up to 1000 with `after`).
                 * @example 5103
                 */
                before?: number;
                /**
                 * @description A message id. Returns up to 100 messages after it (up to 1000 with `before`, inclusive of `after`).
                 * @example 5102
                 */
                after?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The numeric id of the Chatwoot account (visible in dashboard URLs, `/app/accounts/{account_id}/…`).
                 * @example 1
                 */
                account_id: components["parameters"]["AccountId"];
                /**
                 * @description The conversation's **display id** in the account (the number shown in the dashboard).
                 * @example 42
                 */
                conversation_id: components["parameters"]["AppConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Conversation metadata and one page of messages, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
