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
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes_controller.rb:6-8
         *     (`Channel::Api.find_by!(identifier:)` → 404 from the Rails exceptions app; PublicController
         *     has no `handle_with_exception`, app/controllers/public_controller.rb:3-5).
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
         *     Create checks the pair but does **not** mark the new contact inbox verified (the check
         *     runs before the contact inbox exists); a later `getContact` or `updateContact` with a
         *     valid pair does, and from then on the contact sees **all** its conversations in the
         *     account (not only those of this contact inbox).
         *
         *     Answers **200** (not 201), like every public create.
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/contacts_controller.rb:7-14
         *     (create), :30-43 (HMAC: `raise StandardError` → 500, no handler in
         *     app/controllers/public_controller.rb), :45-47 (permitted fields);
         *     app/builders/contact_inbox_with_contact_builder.rb:8-25 (reuses the contact inbox with that
         *     `source_id`, retries once on a unique-key race).
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
         *
         *     **Identity validation.** When `identifier_hash` is sent, or the inbox enforces identity
         *     validation, the server checks `identifier_hash == HMAC-SHA256(inbox HMAC token,
         *     identifier)` (both query parameters) and answers **500** without a valid pair (the error
         *     is not rescued). A valid pair marks the contact inbox **verified**, so the contact then
         *     sees all its conversations in the account. The official swagger declares neither
         *     parameter.
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/contacts_controller.rb:5, :26-28
         *     (`find_by!` → 404 from the Rails exceptions app), :30-35 (a valid pair sets
         *     `hmac_verified`).
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the contact
         * @description Updates the contact's name, email, phone number, avatar URL or custom attributes. The
         *     route also answers `PUT` with the same behaviour.
         *
         *     **Identity validation.** `identifier` is not stored by an update, but `identifier` +
         *     `identifier_hash` are **checked** (the official docs say they are ignored): when
         *     `identifier_hash` is sent, or the inbox enforces identity validation, a missing or wrong
         *     pair answers **500** (unrescued error), and a valid pair marks the contact inbox
         *     **verified** (the contact then sees all its conversations in the account).
         *
         *     The server runs Chatwoot's contact-identify action, which can **merge** this contact into
         *     an existing contact of the account that has the same email or phone number.
         *
         *     **The response is the raw `Contact` model JSON** (`render json: contact`), not the
         *     `public_contact` shape the official swagger documents: it has no `source_id` and no
         *     `pubsub_token`, but every contact column (ISO 8601 timestamps).
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/contacts_controller.rb:16-22
         *     (`ContactIdentifyAction`, `identifier` removed from the update), :30-35.
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
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/conversations_controller.rb:5-7
         *     (all the contact's conversations when the contact inbox is `hmac_verified`, else this
         *     contact inbox's).
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
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/conversations_controller.rb:11-13,
         *     :56-58, :64-66 (only `custom_attributes` permitted).
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
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/conversations_controller.rb:9,
         *     :48-54.
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
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/conversations_controller.rb:15-27
         *     (already resolved → returns before saving; the view still renders the conversation).
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
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/conversations_controller.rb:29-37,
         *     :60-62 (the contact is the typing user; `head :ok`).
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
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/conversations_controller.rb:39-44.
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
         *
         *     **Which conversations are reachable.** Unlike the conversation endpoints (which see only
         *     this contact inbox's conversations until it is identity-verified), the message endpoints
         *     find `conversation_id` among **all of the contact's conversations in the account, in any
         *     inbox, with no verification check** (`InboxesController#set_conversation`): knowing a
         *     contact identifier is enough to read and write that contact's conversations on other
         *     channels (email, WhatsApp, website) by display id.
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/messages_controller.rb:4-6, :36-45
         *     (internal messages filtered out: `private` and activity,
         *     app/finders/message_finder.rb:17-21).
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
         *
         *     **Which conversations are reachable.** Unlike the conversation endpoints (which see only
         *     this contact inbox's conversations until it is identity-verified), the message endpoints
         *     find `conversation_id` among **all of the contact's conversations in the account, in any
         *     inbox, with no verification check** (`InboxesController#set_conversation`): knowing a
         *     contact identifier is enough to read and write that contact's conversations on other
         *     channels (email, WhatsApp, website) by display id.
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/messages_controller.rb:8-12,
         *     :24-34, :51-68 (`content` and `echo_id` only; always `incoming` from the contact).
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
         *     It can target **any** message of the conversation, including private notes and activity
         *     messages (`@conversation.messages.find`), and the answer then shows their `content`; the
         *     public message has no `private` field to tell them apart.
         *
         *     Errors: a CSAT answer to a survey older than 14 days answers 422 `{error}`. Any other
         *     failure while saving answers **500 `{"status": 500, "error": "Internal Server Error"}`**:
         *     the controller's rescue renders `@contact.errors`, but `@contact` is never set, so the
         *     rescue itself raises and the Rails exceptions app answers. The `{error, message}` body
         *     the code seems to promise never occurs.
         *
         *     **Which conversations are reachable.** Unlike the conversation endpoints (which see only
         *     this contact inbox's conversations until it is identity-verified), the message endpoints
         *     find `conversation_id` among **all of the contact's conversations in the account, in any
         *     inbox, with no verification check** (`InboxesController#set_conversation`): knowing a
         *     contact identifier is enough to read and write that contact's conversations on other
         *     channels (email, WhatsApp, website) by display id.
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/inboxes/messages_controller.rb:14-20 (422
         *     for a CSAT older than 14 days, :15; any failure → 500 `{error, message}`, :18-19), :47-49.
         */
        patch: operations["updateMessage"];
        trace?: never;
    };
    "/public/api/v1/csat_survey/{conversation_uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation's `uuid` (in CSAT survey links). A bearer-like secret.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                conversation_uuid: components["parameters"]["ConversationUuid"];
            };
            cookie?: never;
        };
        /**
         * Get a conversation's CSAT survey
         * @description The CSAT survey page's data: the conversation's `input_csat` message with the inbox's
         *     survey settings and, once answered, the stored response. Chatwoot's own survey page
         *     (`/survey/responses/{conversation_uuid}`) calls it. No auth header: the conversation
         *     `uuid` is the credential. Works for any inbox type, not only API inboxes.
         *
         *     `conversation_id` is the conversation's **database id** (not the display id), and
         *     `csat_survey_response` is the raw response record (every column, including the agents'
         *     `csat_review_notes`). Unknown uuid, or a conversation without a CSAT message: 404 from
         *     the Rails exceptions app. Missing from the official swagger.
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/csat_survey_controller.rb:5, :15-23
         *     (`Conversation.find_by!(uuid:)`, then its `input_csat` message; either missing → 404).
         */
        get: operations["getCsatSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Answer a conversation's CSAT survey
         * @description Stores the contact's rating (1–5) and optional feedback in the CSAT message's
         *     `content_attributes.submitted_values` (the same effect as answering it with
         *     `updateMessage`) and answers the survey. The route also answers `PUT`. A survey sent
         *     **more than 14 days** ago answers **422** `{"error": "You cannot update the CSAT survey
         *     after 14 days"}`. Missing from the official swagger.
         *
         *     The response **record** (`csat_survey_response`) is written afterwards by a background
         *     job (`CsatSurveyListener#message_updated`, on the async dispatcher), so this answer
         *     normally still shows `null` for a first answer, or the previous rating when the contact
         *     answers again (which then replaces it). Read it back with `getCsatSurvey`.
         *
         *     Sources (v4.10.0): app/controllers/public/api/v1/csat_survey_controller.rb:7-13 (422
         *     `{error}` after 14 days, :8, :29-31), :25-27 (permitted `message.submitted_values`).
         */
        patch: operations["answerCsatSurvey"];
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
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:11-15;
         *     app/finders/conversation_finder.rb:177-178 (`page`), :196 (`CONVERSATION_RESULTS_PER_PAGE`,
         *     default 25); app/views/api/v1/accounts/conversations/index.json.jbuilder;
         *     app/views/api/v1/conversations/partials/_conversation.json.jbuilder. Not open to agent-bot
         *     tokens (app/controllers/concerns/access_token_auth_helper.rb:2-6).
         */
        get: operations["listAccountConversations"];
        put?: never;
        /**
         * Open a conversation with a contact
         * @description Creates a conversation (`ConversationBuilder`) and answers it rendered like
         *     `getAccountConversation` (status **200**, not 201). Agent-bot tokens may call this
         *     operation.
         *
         *     The contact inbox is found in one of two ways: `inbox_id` + `contact_id` (Chatwoot finds
         *     or creates the contact's contact inbox in that inbox, with `source_id` if given), or
         *     `source_id` alone (an existing contact inbox's source id, looked up across the whole
         *     installation; 404 when it does not exist). An inbox with "lock to single conversation"
         *     returns the contact's **last existing conversation** instead of a new one.
         *
         *     `message` (a create-message body) posts a first message in the same transaction (e.g.
         *     an approved WhatsApp template to start a conversation outside the 24-hour window).
         *     `status`, `assignee_id`, `team_id`, `snoozed_until`, `custom_attributes` and
         *     `additional_attributes` are stored as given. A blocked contact's conversation is created
         *     `resolved`; an inbox with an active bot starts it `pending`.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:39-44
         *     (builder + optional first message in one transaction), :166-200 (`inbox_id` / `contact_id` /
         *     `source_id`; 422 `source_id should be unique`, :187-189);
         *     app/builders/conversation_builder.rb:10-39 (lock to single conversation, :10-14; stored
         *     fields, :20-39). Open to agent-bot tokens (access_token_auth_helper.rb:3).
         */
        post: operations["createAccountConversation"];
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
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:37, :161-164
         *     (`find_by!(display_id:)` → 404; `authorize … :show?` → 401 policy denial);
         *     app/views/api/v1/conversations/partials/_conversation.json.jbuilder:5-60 (`messages` = the
         *     latest message of any kind, :30-37; `first_reply_created_at` `.to_i`, :55). **Agent-bot
         *     tokens get 401** here: `show` is not in `BOT_ACCESSIBLE_ENDPOINTS`
         *     (app/controllers/concerns/access_token_auth_helper.rb:2-6,
         *     app/controllers/api/base_controller.rb:5).
         */
        get: operations["getAccountConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a conversation (priority, SLA policy)
         * @description Updates the conversation's `priority` (and, in Chatwoot Enterprise, `sla_policy_id`):
         *     those are the only attributes the controller permits; everything else has its own
         *     endpoint (status, assignee, labels, custom attributes). The route also answers `PUT`.
         *     Answers the conversation. Agent-bot tokens may call this operation.
         *
         *     A `priority` outside the enum raises an unrescued error (500).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:46-48,
         *     :135-138 (only `priority` is permitted). Open to agent-bot tokens
         *     (access_token_auth_helper.rb:3).
         */
        patch: operations["updateAccountConversation"];
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
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations/messages_controller.rb:4-6;
         *     app/finders/message_finder.rb:23-49 (latest 20; `after` → 100 ascending; `before` → 20; both
         *     → up to 1000); app/views/api/v1/accounts/conversations/messages/index.json.jbuilder:1-14.
         *     **Not open to agent-bot tokens** (access_token_auth_helper.rb:4 lists only `create`), so a
         *     bot cannot look a message up by `source_id`.
         */
        get: operations["listAccountConversationMessages"];
        put?: never;
        /**
         * Send a message (agent reply, private note, incoming message)
         * @description Creates a message in the conversation (`Messages::MessageBuilder`) and renders it as
         *     `api/v1/models/_message` (`AppMessage`). Answers **200** (not 201). Agent-bot tokens may
         *     call this operation.
         *
         *     - **Agent reply** (default): `message_type` defaults to `outgoing`; the sender is the
         *       token's user (or the agent bot named by `sender_type: AgentBot` + `sender_id`). Chatwoot
         *       delivers it to the channel (email, WhatsApp, …) asynchronously, so `status` starts as
         *       `sent`.
         *     - **Private note**: `private: true`. Visible to agents only, never delivered.
         *     - **Incoming message**: `message_type: incoming` records a message *from the contact*
         *       (sender = the conversation's contact). Only API-channel inboxes accept it (and voice
         *       inboxes in Enterprise); any other inbox answers **422** `{"error": "Incoming messages
         *       are only allowed in Api inboxes"}`.
         *     - **Rich content**: `content_type` (`input_select`, `cards`, `form`, `article`, …) with
         *       `content_attributes` (`items`, `in_reply_to`, …). `content_attributes` may also be a
         *       JSON-encoded string (the builder parses it; an unparsable string becomes `{}`).
         *     - **WhatsApp templates**: `template_params` (`name`, `language`, `processed_params`, …)
         *       is stored in `additional_attributes.template_params`; the WhatsApp channel sends the
         *       approved template instead of free text (needed outside the 24-hour window).
         *     - **Attachments**: send `multipart/form-data` with the files in `attachments[]` (each
         *       file's MIME type decides its `file_type`), or JSON `attachments` holding ActiveStorage
         *       signed blob ids from a direct upload.
         *     - **Email inboxes**: `cc_emails`, `bcc_emails`, `to_emails` (comma-separated) and
         *       `email_html_content`.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations/messages_controller.rb:8-14
         *     (`create`; the sender is `Current.user || @resource`, so an agent-bot token sends as the
         *     bot), app/builders/messages/message_builder.rb (fields it reads: :10-20 and :110-147),
         *     app/views/api/v1/accounts/conversations/messages/create.json.jbuilder →
         *     app/views/api/v1/models/_message.json.jbuilder (200; `echo_id` :4 only when sent,
         *     `sender` :13 and `attachments` :14 only when present). Bots may call it
         *     (app/controllers/concerns/access_token_auth_helper.rb:4), so the 401 "not authorized
         *     for bots" never comes from here. 404: the conversation (`find_by!` in
         *     app/controllers/api/v1/accounts/conversations/base_controller.rb) or the account.
         *     Attachments: at most 15 per message (app/models/message.rb:46, :412-413); on website
         *     inboxes only, each file ≤ `MAXIMUM_FILE_UPLOAD_SIZE` MB (default 40) and of an
         *     image/video/audio type or one of `Attachment::ACCEPTABLE_FILE_TYPES`
         *     (app/models/attachment.rb:27-36, :157-185), else 422.
         *
         *     **Sending once.** `echo_id` is not stored (message.rb:83); `source_id` is (see the
         *     field). Neither is unique, so a retried create makes a second message. Do not put your own
         *     key in `source_id` on an **outgoing** message: Chatwoot then treats it as having come from
         *     the channel and never delivers it there (app/services/base/send_on_channel_service.rb:35-39,
         *     :46-49, `invalid_message?` → `message.source_id.present?`). Keep the key in
         *     `content_attributes` instead (stored as sent by the builder) and, after a timeout, look for
         *     it in list-messages before sending again; `@org/unified`'s `sendMessage(…, { idempotencyKey })`
         *     does exactly that.
         *
         *     Every failure of the builder (an unknown `content_type` or `message_type`, content over
         *     150,000 characters, an incoming message on a non-API inbox, an invalid email address, the
         *     flood limit) is rescued as **422 `{"error": <message>}`** (messages_controller.rb:12-13); the official swagger documents
         *     a `bad_request_error` shape that the code never renders. The swagger also requires
         *     `content` (the server does not: a template or attachment-only message has none), lists
         *     6 of the 13 content types, and requires `category` and `processed_params` in
         *     `template_params` (the WhatsApp channel matches the template by `name` and `language`
         *     only).
         */
        post: operations["createAccountConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}": {
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
                /**
                 * @description The message's id (database id, as in `AppMessage.id`).
                 * @example 5106
                 */
                message_id: components["parameters"]["AppMessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a message
         * @description "Deletes" a message of the conversation: the row is kept, its `content` is replaced by
         *     the localized "This message was deleted", `content_type` becomes `text`,
         *     `content_attributes` becomes `{"deleted": true}` and its attachments are destroyed.
         *     Answers **200 with the updated message** (not 204). Works on private notes and activity
         *     messages too. Agent-bot tokens are refused (401).
         *
         *     Sources (v4.10.0):
         *     app/controllers/api/v1/accounts/conversations/messages_controller.rb:21-26 (content
         *     replaced, `deleted: true`, attachments destroyed), :59-61 (`find` → 404). Not open to agent-
         *     bot tokens.
         */
        delete: operations["deleteAccountConversationMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status": {
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
        get?: never;
        put?: never;
        /**
         * Change a conversation's status (resolve, reopen, pending, snooze)
         * @description Sets the conversation's status to `status`, or, without `status`, **toggles** it (`open`
         *     → `resolved`; `resolved`, `pending` or `snoozed` → `open`). With `status: snoozed`,
         *     `snoozed_until` (**unix seconds**, parsed with `DateTime.strptime(…, '%s')`) ends the
         *     snooze; without it the conversation stays snoozed until the next incoming message. Any
         *     other status clears `snoozed_until`.
         *
         *     Side effects: when a user with the **agent** role (not an administrator) sets a
         *     conversation to `open`, Chatwoot assigns it to that agent. An agent-bot token moving a
         *     `pending` conversation to `open` performs a bot handoff (then `success` is `null`).
         *     Agent-bot tokens may call this operation.
         *
         *     Activity message: a status change writes one (`message_type` 2, no sender), e.g.
         *     "Conversation was marked resolved by Sam Rivera", which moves `last_activity_at` like any
         *     message (app/models/concerns/activity_message_handler.rb:49-57 `status_change_activity`,
         *     texts :69-87 and config/locales/en.yml `conversations.activity.status`; run from
         *     app/models/conversation.rb:216-221). Its content is `nil`, and no message is written, when
         *     neither a user, a contact nor an automation made the change: an agent-bot token setting
         *     `open`, `pending` or `snoozed` (a bot resolving still gets the auto-resolve text, :74-76).
         *     Activity messages are never delivered by webhook (`webhook_sendable?`,
         *     app/models/concerns/message_filter_helpers.rb:8-10).
         *
         *     The view's `meta` block is empty, and jbuilder omits empty blocks: the body has only
         *     `payload` (the official swagger shows a `meta` object, only `open`/`resolved` as
         *     `current_status` and no `snoozed_until`). A `status` outside the enum or an ISO `snoozed_until` raises an unrescued
         *     error (500).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:78-99 (bot
         *     handoff pending → open, :80-81 and :91-95; agent self-assign on open, :88, :97-99),
         *     :151-154; app/views/api/v1/accounts/conversations/toggle_status.json.jbuilder (`success` =
         *     `@status`, unset after a bot handoff). Open to agent-bot tokens
         *     (access_token_auth_helper.rb:3).
         */
        post: operations["toggleAccountConversationStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments": {
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
        get?: never;
        put?: never;
        /**
         * Assign or unassign an agent, an agent bot or a team
         * @description One endpoint for four actions, chosen by which keys the body has:
         *
         *     - `assignee_id` present (or `assignee_type: AgentBot`): assigns that **agent** (a user of
         *       the account) and answers the agent (`AgentDetail`); `assignee_id: null` (or an id that
         *       is not a user of the account) **unassigns** and answers `null`. With
         *       `assignee_type: AgentBot`, assigns that agent bot (`AgentBotSlim`); an unknown bot
         *       changes nothing and answers `null`.
         *     - otherwise `team_id` present: assigns that **team** and answers the raw team record
         *       (`AssignedTeam`); `team_id: null` (or an id not in the account) **removes the team** and
         *       answers `null`.
         *     - neither: changes nothing, answers `null`.
         *
         *     `null` answers are the JSON literal `null` with status 200 (the official swagger says
         *     every answer is a `user`). Agent-bot tokens may call this operation.
         *
         *     Sources (v4.10.0):
         *     app/controllers/api/v1/accounts/conversations/assignments_controller.rb:3-44 (`assignee_id`
         *     key or `assignee_type: AgentBot` → agent, :4; else `team_id` → team, :6-7; else `render
         *     json: nil`, :9; unknown team → null team, :37-39). Open to agent-bot tokens
         *     (access_token_auth_helper.rb:5).
         */
        post: operations["assignAccountConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels": {
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
         * List a conversation's labels
         * @description Returns the conversation's label names (`{payload: [...]}`).
         *
         *     Sources (v4.10.0): app/controllers/concerns/label_concern.rb:7-9;
         *     app/controllers/api/v1/accounts/conversations/labels_controller.rb. Not open to agent-bot
         *     tokens (access_token_auth_helper.rb:2-6).
         */
        get: operations["listAccountConversationLabels"];
        put?: never;
        /**
         * Set a conversation's labels
         * @description **Replaces** the conversation's labels with `labels` (`update!(label_list: labels)`): a
         *     label left out is removed, and `[]` removes them all (so does a body without `labels`,
         *     which is why `labels` is required here). To add one label, read the list first. Names
         *     are not checked against the account's labels. Answers the resulting list.
         *
         *     Sources (v4.10.0): app/controllers/concerns/label_concern.rb:2-5 (`update_labels` replaces
         *     the list); app/controllers/api/v1/accounts/conversations/labels_controller.rb:10-12. Not
         *     open to agent-bot tokens (access_token_auth_helper.rb:2-6).
         */
        post: operations["setAccountConversationLabels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority": {
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
        get?: never;
        put?: never;
        /**
         * Set or clear a conversation's priority
         * @description Sets the priority (`toggle_priority(params[:priority])`); `null` or a missing `priority`
         *     clears it. Answers **200 with an empty body**. Same effect as `updateAccountConversation`
         *     with `priority`, which answers the conversation. Agent-bot tokens may call this
         *     operation. A `priority` outside the enum raises an unrescued error (500).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:101-104
         *     (`head :ok`). Open to agent-bot tokens (access_token_auth_helper.rb:3).
         */
        post: operations["toggleAccountConversationPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_typing_status": {
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
        get?: never;
        put?: never;
        /**
         * Show or hide the agent's typing indicator
         * @description Dispatches `conversation.typing_on` / `conversation.typing_off` for the token's user
         *     (the widget shows "typing…", and webhooks subscribed to `conversation_typing_on` /
         *     `_off` get it with `is_private`). Answers **200 with an empty body** (`head :ok`).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:106-110
         *     (`toggle_typing_status`, always `head :ok`); app/services/conversations/typing_status_manager.rb:17-25
         *     (`typing_status` `on` / `off`; any other value, or none, does nothing and still answers
         *     200; `is_private` is passed through to the event, app/listeners/webhook_listener.rb:96-108).
         *     **Not open to agent-bot tokens**: `toggle_typing_status` is not in
         *     `BOT_ACCESSIBLE_ENDPOINTS` (app/controllers/concerns/access_token_auth_helper.rb:2-6), so
         *     a bot gets 401 `{"error": "Access to this endpoint is not authorized for bots"}`
         *     (app/controllers/api/base_controller.rb:5, access_token_auth_helper.rb:29-34). 404: the
         *     conversation (`find_by!(display_id:)`, conversations_controller.rb:161-164).
         */
        post: operations["toggleAccountConversationTypingStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/custom_attributes": {
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
        get?: never;
        put?: never;
        /**
         * Set a conversation's custom attributes
         * @description **Replaces** the conversation's custom attributes with `custom_attributes` (keys left
         *     out are removed; `{}` removes them all). Keys are not checked against the account's
         *     attribute definitions. Answers `{custom_attributes}`. Agent-bot tokens may call this
         *     operation.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:122-125
         *     (assignment, not merge);
         *     app/views/api/v1/accounts/conversations/custom_attributes.json.jbuilder. Open to agent-bot
         *     tokens (access_token_auth_helper.rb:3).
         */
        post: operations["setAccountConversationCustomAttributes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/unread": {
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
        get?: never;
        put?: never;
        /**
         * Mark a conversation unread
         * @description Sets `agent_last_seen_at` and `assignee_last_seen_at` to one second before the latest
         *     incoming message (or to never, 0, when there is none), so the conversation shows as
         *     unread again. No request body. Answers the conversation.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:116-120,
         *     :144-149. Not open to agent-bot tokens.
         */
        post: operations["markAccountConversationUnread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/{conversation_id}/update_last_seen": {
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
        get?: never;
        put?: never;
        /**
         * Mark a conversation read by the agent
         * @description Sets `agent_last_seen_at` to now, and `assignee_last_seen_at` too when the token's user
         *     is the assignee. No request body. Answers the conversation.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:112-114,
         *     :144-149 (`assignee_last_seen_at` only when the user is the assignee, :206-208). Not open to
         *     agent-bot tokens.
         */
        post: operations["updateAccountConversationLastSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/meta": {
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
         * Count the account's conversations
         * @description The counts of `listAccountConversations` without the conversations: the same finder
         *     and the same filters (`status`, `q`, `inbox_id`, `team_id`, `labels[]`,
         *     `conversation_type`, `source_id`). The counts are by assignee and ignore
         *     `assignee_type`. `assigned_count` is `all_count - unassigned_count`.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:17-20;
         *     app/views/api/v1/accounts/conversations/meta.json.jbuilder. Not open to agent-bot tokens.
         */
        get: operations["getAccountConversationsMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/conversations/filter": {
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
        get?: never;
        put?: never;
        /**
         * Filter the account's conversations (advanced filter)
         * @description The dashboard's advanced filter (`Conversations::FilterService`): a list of conditions
         *     `{attribute_key, filter_operator, values, query_operator}` joined in order by each
         *     condition's `query_operator` (`AND`/`OR`; the last condition's must be `null`: the
         *     operator is appended to the SQL, so a trailing one makes an invalid query and a 500).
         *     `attribute_key` is a standard attribute (`status`, `assignee_id`, `inbox_id`, `team_id`, `priority`,
         *     `display_id`, `campaign_id`, `labels`, `browser_language`, `conversation_language`,
         *     `referer`, `created_at`, `last_activity_at`, `mail_subject`) or a conversation/contact
         *     custom attribute key (`custom_attribute_type`). Latest activity first, 25 per page
         *     (`page`).
         *
         *     Unlike the list, `meta` has **no `assigned_count`**, and results are not limited by the
         *     list's default `status=open`. An unknown attribute, an operator the attribute does not
         *     allow, a missing value or a query operator other than AND/OR answers **422 `{error}`**.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/conversations_controller.rb:50-59 (422
         *     `{error}` for an invalid attribute, operator or value, :54-58). Not open to agent-bot
         *     tokens.
         */
        post: operations["filterAccountConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the token's user and the accounts it can act in
         * @description Returns the user the access token belongs to (`api/v1/models/_user`), with **every
         *     account** it belongs to and its role there (`accounts[]`). Use it to discover the
         *     `account_id` of the application API. Not scoped to an account; agent-bot tokens are
         *     refused (401).
         *
         *     **The body contains the user's `access_token`** (the same secret as the header) and
         *     `pubsub_token`: do not log it. `hmac_identifier` appears only on installations with
         *     `CHATWOOT_INBOX_HMAC_KEY` set, `custom_attributes` only when non-empty, and
         *     `accounts[].custom_role_id` / `custom_role` only in Chatwoot Enterprise.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/profiles_controller.rb:4, :48-50 (the token's
         *     user). Not open to agent-bot tokens
         *     (app/controllers/concerns/access_token_auth_helper.rb:2-6).
         */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/contacts": {
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
         * List the account's contacts
         * @description Lists the account's contacts, **15 per page** (`ContactsController::RESULTS_PER_PAGE`),
         *     each with its contact inboxes unless `include_contact_inboxes=false`.
         *
         *     Only **resolved** contacts are listed: those with an email, a phone number or an
         *     identifier (anonymous website visitors are left out). On an account with the `crm_v2`
         *     feature the list holds only contacts whose `contact_type` is `lead` instead.
         *
         *     `meta.count` is the total over all pages. `meta.current_page` echoes the `page` query
         *     parameter **as sent** (a string such as `"2"`) and is the integer `1` when `page` is
         *     absent (`@current_page = params[:page] || 1`); the official swagger types it as a string.
         *
         *     The official swagger documents `sort` with the values `name`, `email`, `phone_number`,
         *     `last_activity_at` (and their `-` forms) only; the controller also sorts by `created_at`,
         *     `company`, `city` and `country`. A value outside that list is ignored (no error).
         *
         *     The examples use a page size of 2: the default example is page 1 (Maya Chen and Daniel
         *     Okafor), `page=2` gives Priya Natarajan.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/contacts_controller.rb:19-22 (index),
         *     :122-129 (resolved contacts: app/models/contact.rb:181-185 — an email, phone or identifier,
         *     or only leads with `crm_v2`), :135-144 (15 per page, :12), :131-133 (`meta.current_page` =
         *     `params[:page] || 1`), :179-185 (`include_contact_inboxes`);
         *     app/views/api/v1/accounts/contacts/index.json.jbuilder:1-10;
         *     app/views/api/v1/models/_contact.json.jbuilder:1-20 (`last_activity_at` / `created_at` only
         *     when set, :11-12). 401: app/controllers/api/base_controller.rb:4-5 (bots too),
         *     `check_authorization` (:14).
         */
        get: operations["listAccountContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Creates a contact in the account and, when `inbox_id` is sent, its contact inbox in that
         *     inbox (the `source_id` sent, or one Chatwoot generates for the channel: a UUID for API and
         *     website inboxes, the email for email inboxes, the phone number for SMS and WhatsApp).
         *
         *     Answers **200** (not 201). `payload.contact_inbox.inbox` is the **raw inbox record**
         *     (every database column, ISO timestamps: `json.inbox @contact_inbox&.inbox`), not the slim
         *     inbox of `contact_inboxes`; both `inbox` and `source_id` are `null` without `inbox_id`.
         *     The official swagger documents `payload` as the contact itself.
         *
         *     The contact inbox created here is **not** HMAC-verified (use `createAccountContactInbox`
         *     with `hmac_verified`). `avatar_url` is downloaded later by a background job. A file
         *     `avatar` (multipart) is also permitted by the controller; it is not modelled here.
         *     Fields outside the schema are silently dropped by Chatwoot; the schema is closed so that
         *     a misspelt field fails to compile.
         *
         *     Errors: an invalid or already-used `email`, `phone_number` (E.164) or `identifier` is a
         *     422 `{message, attributes}`; an unknown `inbox_id` is a 404; an email, SMS or WhatsApp
         *     `inbox_id` for a contact without an email / phone number is a 422 `{error}`
         *     (`ActionController::ParameterMissing`); an `inbox_id` of a channel that cannot be
         *     contacted this way (Facebook, Instagram, Telegram, LINE, …) raises an unrescued error:
         *     **500**. In both inbox cases the contact is **not** created (one transaction).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/contacts_controller.rb:87-94 (create in a
         *     transaction), :146-155 (`inbox_id` → contact inbox; an unknown inbox is 404), :157-159
         *     (permitted fields); 422 `{message, attributes}` from
         *     app/controllers/concerns/request_exception_handler.rb:46-52;
         *     app/views/api/v1/accounts/contacts/create.json.jbuilder:1-9 (`contact_inbox.inbox` is the
         *     raw record, :6; both null without `inbox_id`). 200 because the action renders its view (no
         *     `status: :created`).
         */
        post: operations["createAccountContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/contacts/search": {
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
         * Search contacts
         * @description Searches the account's resolved contacts (see `listAccountContacts`): `q` is matched as
         *     a substring of the name, email, phone number, company name
         *     (`additional_attributes.company_name`) case-insensitively, and of the identifier
         *     **case-sensitively** (`LIKE`, not `ILIKE`). 15 per page, same `meta` as the list.
         *
         *     **A missing or blank `q` answers 200, not 422.** The guard at
         *     app/controllers/api/v1/accounts/contacts_controller.rb:25 reads
         *     `render json: {…}, status: :unprocessable_entity if params[:q].blank? && return`; Ruby
         *     parses it as `render(…) if (params[:q].blank? && return)`, so a blank `q` *returns*
         *     before `render` runs and a present `q` skips it: the 422 is never sent. The action then
         *     renders its template (app/views/api/v1/accounts/contacts/search.json.jbuilder:1-10) with
         *     `@contacts` and `@contacts_count` unset: `meta.count` is **null** and `payload` is `[]`
         *     (jbuilder 2.11.5 `array!(nil)` renders `[]`). Send a non-blank `q`.
         *
         *     Other sources: `q` is stripped and wrapped in `%…%` (contacts_controller.rb:27-31);
         *     15 per page (`RESULTS_PER_PAGE`, :12); `meta.current_page` is `params[:page] || 1` (:132),
         *     the page **as sent** (a string) or the integer 1; `contact_inboxes` unless
         *     `include_contact_inboxes` is other than `true` (:179-185); 401 from
         *     app/controllers/api/base_controller.rb:4-5 (bots included: contacts#search is not in
         *     app/controllers/concerns/access_token_auth_helper.rb:2-6) and `check_authorization`
         *     (contacts_controller.rb:14); 404 from `Current.account`
         *     (app/controllers/concerns/ensure_current_account_helper.rb). The example matches
         *     `q=maya`; any other `q` answers the empty page.
         */
        get: operations["searchAccountContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/contacts/filter": {
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
        get?: never;
        put?: never;
        /**
         * Filter contacts
         * @description Filters the account's resolved contacts with a list of conditions (the same engine as the
         *     dashboard's "Filter" panel, `Contacts::FilterService`). 15 per page, same `meta` as the
         *     list. `labels[]` is **not** applied here (filter on `labels` in the payload instead).
         *
         *     Conditions are joined left to right by each condition's `query_operator` (`AND` or
         *     `OR`); the last condition's `query_operator` is omitted or null. Keys and their
         *     operators (`lib/filters/filter_keys.yml`): `name`, `email` (`equal_to`, `not_equal_to`,
         *     `contains`, `does_not_contain`); `phone_number` (the same plus `starts_with`);
         *     `identifier`, `country_code` (`equal_to`, `not_equal_to`); `city`, `company` (`equal_to`,
         *     `not_equal_to`, `contains`, `does_not_contain`); `labels` (`equal_to`, `not_equal_to`,
         *     `is_present`, `is_not_present`); `created_at`, `last_activity_at` (`is_greater_than`,
         *     `is_less_than`, `days_before`); `blocked` (`equal_to`, `not_equal_to`); any contact
         *     custom attribute key defined in the account.
         *
         *     The official swagger lists only four operators and string `values`; the service accepts
         *     every operator above, and numbers, dates and booleans as values.
         *
         *     An unknown key, an operator the key does not allow, empty `values` (except with
         *     `is_present` / `is_not_present`) or a `query_operator` other than `AND`/`OR` answers
         *     **422** `{"error": …}` with the messages below. A body without `payload` raises an
         *     unrescued error (500).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/contacts_controller.rb:64-74 (422
         *     `{error}` for an invalid attribute, operator or value, :69-73).
         */
        post: operations["filterAccountContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/contacts/{contact_id}": {
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
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get a contact
         * @description Returns one contact of the account (any contact, resolved or not) wrapped in `payload`,
         *     with its contact inboxes unless `include_contact_inboxes=false`.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/contacts_controller.rb:62, :187-189
         *     (`find` → 404 `Resource could not be found`, request_exception_handler.rb:12-14);
         *     app/views/api/v1/accounts/contacts/show.json.jbuilder:1-3.
         */
        get: operations["getAccountContact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Deletes the contact; its conversations, contact inboxes, messages and notes are deleted
         *     by background jobs afterwards (`dependent: :destroy_async`). **Administrators only** (an
         *     agent gets 401 `{"error": "You are not authorized to do this action"}`, not 403).
         *
         *     A contact that is online right now cannot be deleted: **422** `{"message": "<Name> is
         *     Online, please try again later"}` (the name is `String#capitalize`d: `Maya chen`).
         *
         *     **Answers 200 with an empty body** (`head :ok`).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/contacts_controller.rb:102-112 (422
         *     `{message}` while the contact is online, :103-108; else `head :ok`).
         */
        delete: operations["deleteAccountContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Updates a contact. `custom_attributes` and `additional_attributes` are **merged** into
         *     the stored ones (a key sent replaces that key; keys not sent are kept; use Chatwoot's
         *     `destroy_custom_attributes` to remove keys), the other fields replace their values.
         *     `PUT` routes to the same action. The official swagger documents `PUT` answering **204**
         *     with the bare contact; the server answers **200** with `{payload: contact}`.
         *     `avatar_url` is downloaded later by a background job.
         *     Fields outside the schema are silently dropped by Chatwoot; the schema is closed so that
         *     a misspelt field fails to compile.
         *
         *     An invalid or already-used `email`, `phone_number` or `identifier` answers 422
         *     `{message, attributes}`.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/contacts_controller.rb:96-100, :161-177
         *     (`custom_attributes` and `additional_attributes` merged into the stored ones);
         *     app/views/api/v1/accounts/contacts/update.json.jbuilder:1-3; 422
         *     request_exception_handler.rb:46-52.
         */
        patch: operations["updateAccountContact"];
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/contacts/{contact_id}/conversations": {
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
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * List a contact's conversations
         * @description The contact's conversations in every inbox the token's user may see
         *     (`Conversations::PermissionFilterService`), latest activity first, **at most 20**, not
         *     paginated. Each conversation is rendered like `getAccountConversation` (at most one
         *     embedded message).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/contacts/conversations_controller.rb:2-16
         *     (the 20 latest by `last_activity_at`, filtered by the user's permissions, :9-15).
         */
        get: operations["listAccountContactConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/contacts/{contact_id}/contactable_inboxes": {
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
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * List the inboxes that can reach a contact
         * @description The inboxes (that the token's user may see) through which an agent can start a
         *     conversation with this contact, each with the `source_id` to use
         *     (`Contacts::ContactableInboxesService`):
         *
         *     - API inbox: always listed; the latest contact inbox's `source_id`, or a **fresh random
         *       UUID on every call** when there is none yet (no contact inbox is created);
         *     - website inbox: only when the contact has a contact inbox there **without
         *       conversations**;
         *     - email inbox: when the contact has an email (`source_id` = the email);
         *     - WhatsApp: when it has a phone number (`source_id` = the number without `+`);
         *       SMS and Twilio SMS: the number; Twilio WhatsApp: `whatsapp:` + the number;
         *     - any other channel (Facebook, Instagram, Telegram, LINE, …): never listed.
         *
         *     The official swagger `$ref`s the full `inbox` schema for `inbox`; the view renders the
         *     slim inbox (`InboxSlim`: six fields).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/contacts_controller.rb:76-79 (only
         *     inboxes the user may see, :78).
         */
        get: operations["listContactableInboxes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/contacts/{contact_id}/contact_inboxes": {
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
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a contact inbox
         * @description Links the contact to an inbox (a "contact inbox", which carries the `source_id` that
         *     conversations in that inbox are created with). Returns the existing contact inbox when
         *     the same contact, inbox and `source_id` are already linked. Without `source_id`
         *     Chatwoot generates one for the channel (as in `createAccountContact`).
         *
         *     The official swagger omits `hmac_verified` and names the path parameter `id`.
         *     `hmac_verified: true` marks the contact inbox as identity-verified; Chatwoot takes the
         *     caller's word for it (no hash is checked), and only when the contact inbox is
         *     **created** (an existing one keeps its flag).
         *
         *     Errors: unknown contact or inbox 404; an inbox the token's user is not a member of 401;
         *     an email / SMS / WhatsApp inbox for a contact without an email / phone number 422
         *     `{error}`; a channel that cannot be contacted this way 500.
         *
         *     Sources (v4.10.0):
         *     app/controllers/api/v1/accounts/contacts/contact_inboxes_controller.rb:5-19 (`inbox_id` must
         *     be an inbox of the account the user may see, :16-19; `hmac_verified` via HmacConcern).
         */
        post: operations["createAccountContactInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/actions/contact_merge": {
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
        get?: never;
        put?: never;
        /**
         * Merge two contacts
         * @description Merges `mergee_contact_id` into `base_contact_id` (`ContactMergeAction`): the mergee's
         *     conversations, messages, contact inboxes and notes move to the base contact, the
         *     mergee's `identifier`, `name`, `email`, `phone_number`, `additional_attributes` and
         *     `custom_attributes` fill the base contact's blank ones (the base contact's values win),
         *     and the mergee contact is **deleted**. Merging a contact with itself returns it
         *     unchanged. The official swagger says labels move too; `ContactMergeAction` does not
         *     touch taggings, so **the mergee's labels are lost**. It also declares 400, which is never
         *     rendered.
         *
         *     Any member of the account may merge (no role check). Returns the base contact **without**
         *     a `payload` wrapper and without `contact_inboxes`. An unknown id answers 404.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/actions/contact_merges_controller.rb:5-26
         *     (both ids must be contacts of the account, else 404).
         */
        post: operations["mergeAccountContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/inboxes": {
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
         * List the inboxes
         * @description The account's inboxes that the token's user is a member of (administrators see all),
         *     ordered by name, wrapped in `payload`. Not paginated.
         *
         *     The fields depend on the channel (`api/v1/models/_inbox`): every inbox has the fields
         *     listed as required in `Inbox`; website, API, email, Twilio, WhatsApp, Facebook,
         *     Instagram, Telegram and voice inboxes add their own. Secrets (`hmac_token`, Twilio
         *     `auth_token`, IMAP/SMTP passwords, WhatsApp `provider_config`) are rendered **only for
         *     administrators**. The official swagger's `inbox` lists about a dozen website fields and
         *     none of the nullability; the view's fields are modelled here.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/inboxes_controller.rb:10-12
         *     (`policy_scope`: an agent sees only the inboxes they are a member of), :7.
         */
        get: operations["listAccountInboxes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/inboxes/{inbox_id}": {
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
                 * @description The inbox's numeric id (not the API channel's `inbox_identifier`).
                 * @example 5
                 */
                inbox_id: components["parameters"]["AppInboxId"];
            };
            cookie?: never;
        };
        /**
         * Get an inbox
         * @description One inbox (not wrapped in `payload`), with the fields described in `listAccountInboxes`.
         *     An inbox the token's user is not a member of answers **401** `{"error": "You are not
         *     authorized to do this action"}` (the swagger says 403), an unknown id 404.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/inboxes_controller.rb:14, :92-95 (`find`
         *     → 404; `authorize … :show?` → 401 for an inbox the agent is not a member of).
         */
        get: operations["getAccountInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/agents": {
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
         * List the agents
         * @description Every user of the account (agents and administrators), ordered by full name, as a bare
         *     array (no `payload` wrapper). `custom_role_id` is present only on Enterprise builds;
         *     `custom_attributes` only when the user has some. Any member may list them.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/agents_controller.rb:7-9, :3
         *     (`check_authorization`); app/views/api/v1/models/_agent.json.jbuilder:1-14
         *     (`custom_attributes` only when present, :10; `custom_role_id` only on Enterprise builds,
         *     :14).
         */
        get: operations["listAccountAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/teams": {
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
         * List the teams
         * @description Every team of the account as a bare array; `is_member` says whether the token's user is
         *     in the team. Team names are stored lower-cased.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/teams_controller.rb:5-7;
         *     app/views/api/v1/models/_team.json.jbuilder:1-6 (`is_member` is about the token's user, :6).
         */
        get: operations["listAccountTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/teams/{team_id}": {
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
                 * @description The team's id.
                 * @example 1
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /**
         * Get a team
         * @description One team of the account (any member may read it).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/teams_controller.rb:9, :27-29 (`find` →
         *     404).
         */
        get: operations["getAccountTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/teams/{team_id}/team_members": {
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
                 * @description The team's id.
                 * @example 1
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /**
         * List a team's members
         * @description The team's members as a bare array of agents (`api/v1/models/_agent`), in the order they
         *     were added. Any member of the account may list them.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/team_members_controller.rb:6-8, :46-48
         *     (`find` → 404), :3 (`check_authorization`).
         */
        get: operations["listAccountTeamMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/labels": {
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
         * List the labels
         * @description The account's labels, ordered by title, wrapped in `payload`. Titles are lower-cased
         *     (letters, digits, `-` and `_`). These are the values accepted by conversation and
         *     contact labelling.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/labels_controller.rb:6-8, :4
         *     (`check_authorization`).
         */
        get: operations["listAccountLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/canned_responses": {
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
         * List the canned responses
         * @description The account's canned responses as a bare array of model JSON (`render json:`, ISO
         *     timestamps). With `search`, only those whose `short_code` or `content` contains it
         *     (case-insensitive), best matches first (short code prefix, then short code, then
         *     content). Any member may list them.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/canned_responses_controller.rb:4-6
         *     (`render json:` the records), :34-40 (`search` matches short code or content, `ILIKE`).
         */
        get: operations["listAccountCannedResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/webhooks": {
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
         * List the account webhooks
         * @description The account's webhooks, wrapped as `{payload: {webhooks: […]}}`. **Administrators
         *     only** (an agent gets 401 `{"error": "You are not authorized to do this action"}`).
         *
         *     The official swagger documents a bare array (and a bare webhook for create and update);
         *     the views wrap them in `payload`. Its `webhook` lacks `inbox` and lists 8 subscribable
         *     events; the model
         *     allows 12 (`inbox_created`, `inbox_updated`, `conversation_typing_on`,
         *     `conversation_typing_off` too).
         *
         *     **No secret.** Chatwoot v4.10.0 has no webhook secret: the `webhooks` table has none,
         *     the view renders none, and deliveries are not signed (plain JSON `POST`, no signature
         *     header). Authenticate deliveries another way (an unguessable URL, an allow-list).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/webhooks_controller.rb:5-7, :2
         *     (`check_authorization`: administrators);
         *     app/views/api/v1/accounts/webhooks/index.json.jbuilder, _webhook.json.jbuilder:1-11.
         */
        get: operations["listAccountWebhooks"];
        put?: never;
        /**
         * Create an account webhook
         * @description Creates a webhook. **Administrators only.** The fields are read from the `webhook`
         *     object (`params.require(:webhook)`; Rails' JSON parameter wrapping also accepts them at
         *     the top level, the form the official swagger documents).
         *
         *     **`inbox_id` does not filter deliveries.** It is stored and rendered (`inbox`), but
         *     app/listeners/webhook_listener.rb:110-116 (`deliver_account_webhooks`) posts every
         *     subscribed event of **every inbox** to every `account_type` webhook of the account, and
         *     `webhook_type` (app/models/webhook.rb:27, default `account_type`) is not a permitted
         *     parameter (app/controllers/api/v1/accounts/webhooks_controller.rb:25-27), so no webhook
         *     created here is anything else. A consumer meant for one inbox must filter on the
         *     payload's `inbox.id` / `conversation.inbox_id` itself, or it acts on other inboxes' data.
         *
         *     `subscriptions` must be a non-empty array of the events listed in
         *     `AccountWebhookEvent` (`Webhook::ALLOWED_WEBHOOK_EVENTS`), else 422 `{"message":
         *     "Subscriptions Invalid events", "attributes": ["subscriptions"]}`; without it the
         *     webhook gets the column default (eight events: every one but `inbox_created`,
         *     `inbox_updated` and the two typing events). `inbox_id` is not checked (no foreign key,
         *     `belongs_to … optional: true`): an id that is not an inbox of the account is stored,
         *     and the webhook then renders no `inbox`. The `url` must be an
         *     http(s) URL, unique in the account. A body without `webhook` answers 422
         *     `{"error": "param is missing or the value is empty: webhook"}`. Answers **200** (not
         *     201). No secret is generated (see `listAccountWebhooks`).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/webhooks_controller.rb:9-12, :25-27
         *     (`params.require(:webhook).permit(:inbox_id, :name, :url, subscriptions: [])`);
         *     app/models/webhook.rb:24-40 (url format and uniqueness, subscriptions);
         *     create.json.jbuilder.
         */
        post: operations["createAccountWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/webhooks/{webhook_id}": {
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
                 * @description The account webhook's id.
                 * @example 1
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an account webhook
         * @description Deletes the webhook. **Administrators only.** **Answers 200 with an empty body**
         *     (`head :ok`).
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/webhooks_controller.rb:18-21 (`head
         *     :ok`).
         */
        delete: operations["deleteAccountWebhook"];
        options?: never;
        head?: never;
        /**
         * Update an account webhook
         * @description Updates a webhook's `name`, `url`, `subscriptions` or `inbox_id` (each optional; the
         *     subscriptions sent **replace** the stored list). **Administrators only.** `PUT` routes
         *     to the same action. Same validation as `createAccountWebhook`.
         *
         *     Sources (v4.10.0): app/controllers/api/v1/accounts/webhooks_controller.rb:14-16, :29-31
         *     (`find` → 404); update.json.jbuilder.
         */
        patch: operations["updateAccountWebhook"];
        trace?: never;
    };
}
export interface webhooks {
    conversation_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * conversation_created
         * @description A conversation was created. Account and API-inbox webhooks (app/listeners/webhook_listener.rb:18-23, :118-128). Account webhooks get it for **every inbox** of the account (deliver_account_webhooks, webhook_listener.rb:110-116, ignores a webhook's `inbox_id`): filter on the inbox yourself.
         */
        post: operations["webhookConversationCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    conversation_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * conversation_updated
         * @description Attributes of a conversation changed (`changed_attributes` lists them). Account and API-inbox webhooks (app/listeners/webhook_listener.rb:10-16). Account webhooks get it for **every inbox** of the account (deliver_account_webhooks, webhook_listener.rb:110-116, ignores a webhook's `inbox_id`): filter on the inbox yourself.
         */
        post: operations["webhookConversationUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    conversation_status_changed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * conversation_status_changed
         * @description The status of a conversation changed. Account and API-inbox webhooks (app/listeners/webhook_listener.rb:2-8). Account webhooks get it for **every inbox** of the account (deliver_account_webhooks, webhook_listener.rb:110-116, ignores a webhook's `inbox_id`): filter on the inbox yourself. Sent for every change, also those that write no activity message (an agent-bot token setting open, pending or snoozed: app/models/concerns/activity_message_handler.rb:49-57); the activity message a change does write is never delivered as `message_created` (`webhook_sendable?`, app/models/concerns/message_filter_helpers.rb:8-10).
         */
        post: operations["webhookConversationStatusChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    conversation_resolved: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * conversation_resolved
         * @description A conversation was resolved. Agent-bot outgoing URL only: the bot assigned to the conversation and the inbox's active bot (app/listeners/agent_bot_listener.rb:2-8, :47-59).
         */
        post: operations["webhookConversationResolved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    conversation_opened: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * conversation_opened
         * @description A conversation was (re)opened. Agent-bot outgoing URL only (app/listeners/agent_bot_listener.rb:10-16, :47-59).
         */
        post: operations["webhookConversationOpened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    message_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message_created
         * @description An incoming, outgoing or template message was created (`webhook_sendable?`, app/models/concerns/message_filter_helpers.rb:8-10): private notes and the bot's own replies included, activity messages never. Account, API-inbox (app/listeners/webhook_listener.rb:25-33) and agent-bot webhooks (app/listeners/agent_bot_listener.rb:18-25: the conversation's assigned bot and the inbox's active bot, whatever the conversation's status). Account webhooks get it for **every inbox** of the account (deliver_account_webhooks, webhook_listener.rb:110-116, ignores a webhook's `inbox_id`): filter on the inbox yourself.
         */
        post: operations["webhookMessageCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    message_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message_updated
         * @description A message changed. Account, API-inbox (app/listeners/webhook_listener.rb:35-43) and agent-bot webhooks (app/listeners/agent_bot_listener.rb:27-34). Account webhooks get it for **every inbox** of the account (deliver_account_webhooks, webhook_listener.rb:110-116, ignores a webhook's `inbox_id`): filter on the inbox yourself.
         */
        post: operations["webhookMessageUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    webwidget_triggered: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webwidget_triggered
         * @description A visitor opened the website widget. Account, API-inbox (app/listeners/webhook_listener.rb:45-52) and agent-bot webhooks (app/listeners/agent_bot_listener.rb:36-43).
         */
        post: operations["webhookWebwidgetTriggered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    contact_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * contact_created
         * @description A contact was created. Account webhooks only (app/listeners/webhook_listener.rb:54-58).
         */
        post: operations["webhookContactCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    contact_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * contact_updated
         * @description A contact changed. Account webhooks only; not sent when nothing changed (app/listeners/webhook_listener.rb:60-67).
         */
        post: operations["webhookContactUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    inbox_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * inbox_created
         * @description An inbox was created. Account webhooks only (app/listeners/webhook_listener.rb:69-74; payload app/presenters/inbox/event_data_presenter.rb).
         */
        post: operations["webhookInboxCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    inbox_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * inbox_updated
         * @description An inbox's settings changed. Account webhooks only; not sent when nothing changed (app/listeners/webhook_listener.rb:76-84).
         */
        post: operations["webhookInboxUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    conversation_typing_on: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * conversation_typing_on
         * @description Someone started typing: an agent through toggle_typing_status (`user` type `user`, `is_private` as sent) or the contact through the widget / public API (no `type`, `is_private` false). Account and API-inbox webhooks (app/listeners/webhook_listener.rb:86-108).
         */
        post: operations["webhookConversationTypingOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    conversation_typing_off: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * conversation_typing_off
         * @description Someone stopped typing. Account and API-inbox webhooks (app/listeners/webhook_listener.rb:90-108).
         */
        post: operations["webhookConversationTypingOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
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
         *     but undocumented. On update, `identifier` is not stored but, with `identifier_hash`, is
         *     checked (identity validation; a valid pair marks the contact inbox verified).
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
        /** @description The contact's answer to a CSAT survey (`input_csat` message); the server permits only these two keys. */
        CsatSurveyResponse: {
            /** @description 1 (worst) to 5 (best). */
            rating: number;
            /** @description Optional free-text feedback. */
            feedback_message?: string;
        };
        /** @description A conversation's CSAT survey (`public/api/v1/models/_csat_survey`). */
        CsatSurvey: {
            /** @description The `input_csat` message's id. */
            id: number;
            /** @description The stored answer (the raw record), or null before the contact answers. */
            csat_survey_response: components["schemas"]["CsatSurveyResponseRecord"] | null;
            /** @description How the survey page shows the rating: `emoji` (default) or `star` (open). */
            display_type: string;
            /** @description The inbox's CSAT question text, or null for Chatwoot's default. */
            content: string | null;
            inbox_avatar_url: string;
            inbox_name: string;
            /** @description The account's locale, e.g. `en`. */
            locale: string;
            /** @description The conversation's **database id** (not its display id). */
            conversation_id: number;
            /**
             * Format: date-time
             * @description When the survey was sent (ISO 8601); 14 days later it is locked.
             */
            created_at: string;
        };
        /**
         * @description The raw `csat_survey_responses` record (every column, ISO timestamps). It includes the
         *     agents' review notes: anyone with the conversation uuid can read them.
         */
        CsatSurveyResponseRecord: {
            id: number;
            account_id: number;
            /** @description Database id of the conversation. */
            conversation_id: number;
            message_id: number;
            rating: number;
            feedback_message: string | null;
            contact_id: number;
            assigned_agent_id: number | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description An agent's internal review of the rating. */
            csat_review_notes?: string | null;
            /** Format: date-time */
            review_notes_updated_at?: string | null;
            review_notes_updated_by_id?: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of answer CSAT survey (the message's `submitted_values`, wrapped in `message`). */
        CsatSurveyAnswer: {
            message: {
                submitted_values: {
                    csat_survey_response: components["schemas"]["CsatSurveyResponse"];
                };
            };
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
            /**
             * @description **Always null at v4.10.0**: the `attachments.extension` column is rendered
             *     (app/models/attachment.rb:113) but nothing in app/, lib/ or enterprise/ ever writes
             *     it. Take the extension from the file name in `data_url` instead. Typed
             *     string-or-null for later versions.
             */
            extension?: string | null;
            /** @description URL of the file (redirect) or, for location/fallback/embed, the external URL (may be null). */
            data_url?: string | null;
            /**
             * @description Thumbnail URL (250 px wide) for images; empty string for other files. For
             *     **incoming Instagram** messages, `thumb_url` and `data_url` are both the external
             *     (Instagram CDN) URL, for **every** file type.
             */
            thumb_url?: string;
            /** @description Size in bytes. */
            file_size?: number;
            /** @description Pixel width of images and videos, when analysed. */
            width?: number | null;
            height?: number | null;
            /**
             * @description Audio only. The transcription when the account has audio transcription enabled;
             *     **`""` (never null)** when there is none (`meta['transcribed_text'] || ''`).
             */
            transcribed_text?: string;
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
        /** @description Body of the application API's toggle typing status (app/services/conversations/typing_status_manager.rb:17-25). */
        AppTypingStatusUpdate: {
            /** @enum {string} */
            typing_status: "on" | "off";
            /** @description True while typing a private note; delivered as the typing event's `is_private`. */
            is_private?: boolean;
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
            /**
             * @description Known values: `online`, `busy`, `offline` (open). **Always `null` on the public API**:
             *     it is read from the agent's membership in `Current.account`, which the public
             *     controllers never set.
             */
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
            /**
             * @description Incoming messages the agents have not seen, **capped at 10**
             *     (`unread_incoming_messages` takes the last 10): 10 means "10 or more".
             */
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
            /**
             * @description Chatwoot Enterprise with the `sla` feature only: the SLA applied to the conversation.
             *     **Omitted (not null)** when no SLA applies: the view's block renders nothing and
             *     jbuilder drops empty blocks.
             */
            applied_sla?: {
                [key: string]: unknown;
            };
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
        /**
         * @description An agent bot (`api/v1/models/_agent_bot_slim`): assigned to a conversation, or answered by
         *     assignments. `outgoing_url` is absent for system bots. Open (fields vary by version).
         */
        AgentBotSlim: {
            id: number;
            name: string;
            description?: string | null;
            thumbnail?: string;
            /** @description The webhook URL Chatwoot posts events to; absent for system bots. */
            outgoing_url?: string | null;
            /** @description Known value: `webhook` (open). */
            bot_type?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A team (`api/v1/models/_team`, also used for a conversation's `meta.team`): every field
         *     is always rendered. `name` is stored lower-cased.
         */
        Team: {
            id: number;
            name: string;
            description: string | null;
            allow_auto_assign: boolean | null;
            account_id: number;
            /** @description Whether the token's user is a member of the team. */
            is_member: boolean;
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
                /** @description Unseen incoming messages, capped at 10 (like the conversation's `unread_count`). */
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
        /**
         * @description JSON body of create message (application API). Every field is optional for the server;
         *     `content` (or `attachments`) is what makes a message useful. Closed: a misspelt field is
         *     a type error (the server would silently ignore it).
         */
        AppMessageCreate: {
            /** @description The text. Markdown is rendered by the dashboard and converted per channel. */
            content?: string;
            /**
             * @description `outgoing` (default): from the token's user (or bot). `incoming`: from the contact,
             *     API-channel inboxes only (422 elsewhere). `activity` and `template` are accepted by
             *     the model but meant for Chatwoot itself.
             * @default outgoing
             * @enum {string}
             */
            message_type?: "outgoing" | "incoming" | "activity" | "template";
            /**
             * @description True for a private note (agents only, never delivered to the contact).
             * @default false
             */
            private?: boolean;
            /**
             * @description Defaults to `text`. Closed here because the server answers 422 for any other value.
             * @enum {string}
             */
            content_type?: "text" | "input_text" | "input_textarea" | "input_email" | "input_select" | "cards" | "form" | "article" | "incoming_email" | "input_csat" | "integrations" | "sticker" | "voice_call";
            /**
             * @description Content-type-specific data (`items` of an `input_select`/`cards`/`form`/`article`
             *     message, `in_reply_to` = the id of the message answered, …), as an object or as a
             *     JSON-encoded string.
             */
            content_attributes?: components["schemas"]["ContentAttributes"] | string;
            /**
             * @description Client-chosen id, echoed in this response and in the ActionCable `message.created`
             *     event only: `attr_accessor :echo_id` (app/models/message.rb:83) is not a column, so
             *     it is never stored, never listed and not an idempotency key.
             */
            echo_id?: string;
            /**
             * @description The message's id in an external system; stored in the `source_id` column
             *     (app/builders/messages/message_builder.rb:145, db/schema.rb `messages.source_id`,
             *     indexed, **not unique**) and returned by create, list-messages
             *     (app/views/api/v1/models/_message.json.jbuilder:12) and the `message_created`
             *     webhook (app/models/message.rb:185). A caller-chosen `source_id` is how to find a
             *     message again after a timed-out create (list with `after` and match it); there is
             *     no server-side deduplication, so a second create with the same value makes a second
             *     message. Channels other than API inboxes may overwrite it with the provider's id
             *     once delivered.
             */
            source_id?: string;
            /** @description When the message was created in the external system, unix seconds (stored in `content_attributes`). */
            external_created_at?: number;
            /** @description Stored in `additional_attributes.campaign_id`. */
            campaign_id?: number;
            template_params?: components["schemas"]["WhatsappTemplateParams"];
            /**
             * @description With `sender_id`, sends an outgoing message as that agent bot (of the account or global) instead of the token's user.
             * @constant
             */
            sender_type?: "AgentBot";
            /** @description The agent bot's id (with `sender_type: AgentBot`). */
            sender_id?: number;
            /** @description ActiveStorage signed blob ids of files uploaded beforehand (direct upload). To send files in the request itself, use multipart/form-data. */
            attachments?: string[];
            /** @description Email inboxes only. Comma-separated addresses. */
            cc_emails?: string;
            /** @description Email inboxes only. Comma-separated addresses. */
            bcc_emails?: string;
            /** @description Email inboxes only. Comma-separated addresses (default the contact). */
            to_emails?: string;
            /** @description Email inboxes only. HTML body to send instead of the rendered `content`. */
            email_html_content?: string;
        };
        /**
         * @description Multipart body of create message (application API), for attachments: the same fields as
         *     `AppMessageCreate` as form fields, plus up to 15 files in `attachments[]`
         *     (each file's MIME type decides the attachment's `file_type`). `content_attributes` is a
         *     JSON-encoded string here; WhatsApp `template_params` need the JSON body.
         */
        AppMessageCreateMultipart: {
            content?: string;
            /** @enum {string} */
            message_type?: "outgoing" | "incoming" | "activity" | "template";
            /** @description `true` / `false` as text. */
            private?: boolean;
            content_type?: string;
            /** @description JSON-encoded `ContentAttributes`. */
            content_attributes?: string;
            echo_id?: string;
            /** @description Stored and returned (app/builders/messages/message_builder.rb:145). Not a send-once key for outgoing messages, which are then never delivered to the channel (app/services/base/send_on_channel_service.rb:35-39); see the operation's description. */
            source_id?: string;
            /** @description Unix seconds as text; stored in `content_attributes.external_created_at` (message_builder.rb:110-112). */
            external_created_at?: string;
            /** @description Stored in `additional_attributes.campaign_id` (message_builder.rb:118-120). */
            campaign_id?: string;
            /**
             * @description With `sender_id`, the outgoing message is sent as that agent bot (message_builder.rb:126-130), attachments included.
             * @constant
             */
            sender_type?: "AgentBot";
            /** @description The agent bot's id, as text (with `sender_type: AgentBot`). */
            sender_id?: string;
            cc_emails?: string;
            bcc_emails?: string;
            to_emails?: string;
            email_html_content?: string;
            /** @description The files. */
            "attachments[]"?: string[];
        };
        /**
         * @description A WhatsApp message template to send (`template_params` of create message), stored in the
         *     message's `additional_attributes.template_params`. The template must be approved on the
         *     channel (matched by `name` and `language`).
         */
        WhatsappTemplateParams: {
            /** @description The template name as approved by Meta. */
            name: string;
            /** @description Template category, e.g. `UTILITY`, `MARKETING` (informative). */
            category?: string;
            /** @description Template language code, e.g. `en_US`. */
            language: string;
            /** @description Legacy template namespace. */
            namespace?: string;
            /**
             * @description The values for the template's placeholders. Current format: an object by component,
             *     `{body: {"1": "Maya"}, header: {media_url, media_type, media_name}, footer: {...},
             *     buttons: [{type, parameter}]}`. Legacy formats (an array of values, or a flat
             *     `{"1": …}` map) are still converted by the server.
             */
            processed_params?: {
                [key: string]: unknown;
            } | string[];
        };
        /** @description Body of toggle status. Without `status` the status is toggled. */
        ConversationStatusUpdate: {
            status?: components["schemas"]["ConversationStatus"];
            /** @description With `status: snoozed`: end of the snooze, **unix seconds** (an ISO string makes the server fail with 500). */
            snoozed_until?: number;
        };
        /** @description Response of toggle status (`api/v1/accounts/conversations/toggle_status`). The view's empty `meta` block is omitted by jbuilder. */
        ConversationStatusChange: {
            payload: {
                /** @description Whether the save succeeded; `null` after an agent-bot handoff (pending → open by a bot). */
                success: boolean | null;
                /** @description The display id. */
                conversation_id: number;
                current_status: components["schemas"]["ConversationStatus"];
                /**
                 * Format: date-time
                 * @description ISO 8601 end of the snooze, or null.
                 */
                snoozed_until: string | null;
            };
        };
        /**
         * @description Body of assignments. Send `assignee_id` (with `assignee_type: AgentBot` for a bot) **or**
         *     `team_id`; `null` unassigns. When both are sent only the agent is changed.
         */
        ConversationAssignment: {
            /** @description A user id of the account (or an agent bot id with `assignee_type: AgentBot`); null unassigns. */
            assignee_id?: number | null;
            /**
             * @description `AgentBot` to assign an agent bot; anything else means a user.
             * @enum {string}
             */
            assignee_type?: "User" | "AgentBot";
            /** @description A team id of the account; null (or an unknown id) removes the team. */
            team_id?: number | null;
        };
        /**
         * @description The raw team record (`render json: @team`, every column, ISO timestamps) that
         *     assignments answers; unlike `Team` (the `_team` partial) it has timestamps and no
         *     `is_member`. Team names are stored lower-cased.
         */
        AssignedTeam: {
            id: number;
            name: string;
            description: string | null;
            allow_auto_assign: boolean | null;
            account_id: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A conversation's label names (`api/v1/accounts/conversations/labels/index` and `create`). */
        ConversationLabels: {
            payload: string[];
        };
        /** @description Body of set labels. The list replaces the conversation's labels. */
        ConversationLabelsUpdate: {
            /** @description Every label the conversation should have; `[]` removes all. */
            labels: string[];
        };
        /**
         * @description Body of create conversation. Give `inbox_id` + `contact_id` (optionally with `source_id`
         *     for a new contact inbox), or only `source_id` of an existing contact inbox.
         */
        ConversationCreate: {
            /** @description The inbox to open the conversation in (the token's user must have access to it). */
            inbox_id?: number;
            /** @description The contact (of the account) to talk to. */
            contact_id?: number;
            /** @description With `inbox_id` + `contact_id`, the source id of the contact inbox to create; alone, an existing contact inbox's source id. */
            source_id?: string;
            /** @description Marks a newly created contact inbox as identity-verified. */
            hmac_verified?: boolean;
            status?: components["schemas"]["ConversationStatus"];
            /**
             * Format: date-time
             * @description End of the snooze for `status: snoozed` (ISO 8601; stored as given).
             */
            snoozed_until?: string;
            /** @description A user id of the account to assign. */
            assignee_id?: number;
            /** @description A team id of the account to assign. */
            team_id?: number;
            /** @description Channel details to store (e.g. `mail_subject` for email inboxes). */
            additional_attributes?: {
                [key: string]: unknown;
            };
            custom_attributes?: {
                [key: string]: unknown;
            };
            message?: components["schemas"]["AppMessageCreate"];
        };
        /** @description Body of update conversation. Only these attributes are permitted by the controller. */
        ConversationUpdate: {
            /**
             * @description null clears the priority.
             * @enum {string|null}
             */
            priority?: "low" | "medium" | "high" | "urgent" | null;
            /** @description Chatwoot Enterprise only. Applies this SLA policy. */
            sla_policy_id?: number;
        };
        /** @description Body of toggle priority. */
        ConversationPriorityUpdate: {
            /**
             * @description null clears the priority.
             * @enum {string|null}
             */
            priority: "low" | "medium" | "high" | "urgent" | null;
        };
        /** @description A conversation's custom attributes (the body and the answer of set custom attributes). */
        ConversationCustomAttributes: {
            /** @description Every custom attribute; keys left out are removed. */
            custom_attributes: {
                [key: string]: unknown;
            };
        };
        /** @description Response of conversation counts (`api/v1/accounts/conversations/meta`). */
        ConversationMetaCounts: {
            meta: components["schemas"]["ConversationCounts"];
        };
        /** @description One condition of the advanced filter. */
        ConversationFilterCondition: {
            /** @description A standard attribute (`status`, `assignee_id`, `inbox_id`, `team_id`, `priority`, `display_id`, `campaign_id`, `labels`, `browser_language`, `conversation_language`, `referer`, `created_at`, `last_activity_at`, `mail_subject`) or a custom attribute key. */
            attribute_key: string;
            /**
             * @description Each standard attribute allows only some operators (422 otherwise).
             * @enum {string}
             */
            filter_operator: "equal_to" | "not_equal_to" | "contains" | "does_not_contain" | "is_present" | "is_not_present" | "is_greater_than" | "is_less_than" | "days_before" | "starts_with";
            /** @description Required except for `is_present` / `is_not_present`. Statuses and priorities by name (`status` accepts `all`); `days_before` takes a number of days. */
            values?: (string | number | boolean)[];
            /**
             * @description How this condition joins the next one (case-insensitive). Must be null on the last condition (a trailing operator makes invalid SQL, answered 500).
             * @enum {string|null}
             */
            query_operator?: "AND" | "OR" | "and" | "or" | null;
            /**
             * @description For a custom attribute key, which model defines it (default `conversation_attribute`).
             * @enum {string}
             */
            custom_attribute_type?: "conversation_attribute" | "contact_attribute";
        };
        /** @description Body of the advanced conversation filter. */
        ConversationFilterRequest: {
            payload: components["schemas"]["ConversationFilterCondition"][];
        };
        /** @description Response of the advanced filter (`api/v1/accounts/conversations/filter`). Its `meta` lacks `assigned_count`. */
        ConversationFilterResult: {
            meta: {
                mine_count: number;
                unassigned_count: number;
                all_count: number;
            };
            /** @description Up to 25 conversations. */
            payload: components["schemas"]["Conversation"][];
        };
        /**
         * @description The token's user (`api/v1/models/_user`), as `getProfile` renders it. Contains secrets
         *     (`access_token`, `pubsub_token`).
         */
        Profile: {
            /** @description The user's API access token (the `api_access_token` value). A secret. */
            access_token: string;
            /** @description The account the user was most recently active in. */
            account_id: number | null;
            /** @description `display_name`, or `name` without one. */
            available_name: string;
            avatar_url: string;
            confirmed: boolean;
            display_name: string | null;
            message_signature: string | null;
            email: string;
            /** @description Only on installations with `CHATWOOT_INBOX_HMAC_KEY`. */
            hmac_identifier?: string;
            id: number;
            /** @description Who invited the user to its most recently active account. */
            inviter_id: number | null;
            name: string;
            /** @description Sign-in provider, e.g. `email`, `google_oauth2`. */
            provider: string;
            /** @description Token for the ActionCable websocket. A secret. */
            pubsub_token: string;
            /** @description Present only when not empty (e.g. `phone_number`). */
            custom_attributes?: {
                [key: string]: unknown;
            };
            /** @description The role in the most recently active account: `agent` or `administrator`. */
            role: string | null;
            /** @description Dashboard preferences. */
            ui_settings: {
                [key: string]: unknown;
            };
            /** @description devise_token_auth uid (the email). */
            uid: string;
            /** @description `SuperAdmin` for installation admins, else null. */
            type: string | null;
            /** @description Every account the user belongs to. */
            accounts: components["schemas"]["ProfileAccount"][];
        };
        /** @description One account of the profile, with the user's role and availability there. */
        ProfileAccount: {
            /** @description The `account_id` for the application API. */
            id: number;
            name: string;
            /** @description `active` or `suspended` (a suspended account answers 401 to every call). */
            status: string;
            /** Format: date-time */
            active_at: string | null;
            /** @enum {string} */
            role: "agent" | "administrator";
            /** @description `["administrator"]` or `["agent"]`; with an Enterprise custom role, its permissions plus `custom_role`. */
            permissions: string[];
            /** @description The availability the user chose: `online`, `offline`, `busy`. */
            availability: string;
            /** @description The availability derived from presence: `online`, `offline`, `busy`. */
            availability_status: string;
            auto_offline: boolean;
            /** @description Enterprise only. */
            custom_role_id?: number | null;
            /** @description Enterprise only: `{id, name, description, permissions}`. */
            custom_role?: {
                [key: string]: unknown;
            } | null;
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
        /** @description An inbox in contact payloads (`api/v1/models/_inbox_slim`). */
        InboxSlim: {
            id: number;
            /** @description Empty string when the inbox has no avatar. */
            avatar_url: string;
            channel_id: number;
            name: string;
            /** @description The channel class, e.g. `Channel::Api`, `Channel::WebWidget`, `Channel::Email`, `Channel::Whatsapp` (open). */
            channel_type: string;
            /** @description The channel's provider where it has one (e.g. WhatsApp `whatsapp_cloud`, email `microsoft`), else null. */
            provider: string | null;
        };
        /** @description A contact's link to an inbox (`api/v1/models/_contact_inbox`). */
        ContactInbox: {
            /** @description The contact's id in that channel (a UUID for API and website inboxes, the email, the phone number, …). */
            source_id: string;
            inbox: components["schemas"]["InboxSlim"];
        };
        /**
         * @description A contact as the application contacts endpoints render it (`api/v1/models/_contact`):
         *     `ContactDetail` plus `contact_inboxes`, which is present unless the request sent
         *     `include_contact_inboxes=false`.
         */
        AppContact: components["schemas"]["ContactDetail"] & {
            contact_inboxes?: components["schemas"]["ContactInbox"][];
        };
        /** @description Paging information of a contact list. */
        ContactListMeta: {
            /** @description Number of matching contacts over all pages. */
            count: number;
            /**
             * @description The `page` query parameter **as sent** (a string, e.g. `"2"`), or the integer `1`
             *     when it was absent (`params[:page] || 1`).
             */
            current_page: number | string;
        };
        /** @description One page of contacts (list, search and filter). */
        ContactList: {
            meta: components["schemas"]["ContactListMeta"];
            /** @description Up to 15 contacts. */
            payload: components["schemas"]["AppContact"][];
        };
        /**
         * @description One page of search results. As `ContactList`, except that `meta.count` is null when `q`
         *     was blank (the search action returns before setting `@contacts_count`,
         *     app/controllers/api/v1/accounts/contacts_controller.rb:25).
         */
        ContactSearchList: {
            meta: {
                /** @description Number of matching contacts over all pages; null for a blank `q`. */
                count: number | null;
                /** @description The `page` query parameter as sent (a string), or the integer 1. */
                current_page: number | string;
            };
            /** @description Up to 15 contacts; `[]` for a blank `q`. */
            payload: components["schemas"]["AppContact"][];
        };
        /** @description One contact wrapped in `payload` (get and update). */
        ContactPayload: {
            payload: components["schemas"]["AppContact"];
        };
        /**
         * @description The raw `Inbox` model JSON (every column, ISO 8601 timestamps), as create-contact renders
         *     `contact_inbox.inbox`. Open: a new column appears here without notice.
         */
        InboxRecord: {
            id: number;
            channel_id: number;
            account_id: number;
            name: string;
            channel_type: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Create-contact's answer. The official swagger documents `payload` as the contact
         *     itself; it holds `contact` and `contact_inbox`.
         */
        ContactCreateResult: {
            payload: {
                contact: components["schemas"]["AppContact"];
                /** @description The contact inbox created with `inbox_id`; both fields are null without it. */
                contact_inbox: {
                    inbox: components["schemas"]["InboxRecord"] | null;
                    source_id: string | null;
                };
            };
        };
        /**
         * @description Body of create-contact. Every field is optional. Closed here so that a misspelt field
         *     fails to compile (Chatwoot silently drops unknown fields).
         */
        ContactCreateRequest: {
            name?: string | null;
            /** @description Unique in the account (case-insensitive). */
            email?: string | null;
            /** @description E.164 (`+` and up to 15 digits), unique in the account. */
            phone_number?: string | null;
            /** @description Your system's id for the contact, unique in the account. */
            identifier?: string | null;
            blocked?: boolean;
            /**
             * Format: uri
             * @description A public image URL; Chatwoot downloads it in a background job.
             */
            avatar_url?: string;
            /** @description Standard extra details (`company_name`, `city`, `country_code`, `description`, social profiles, …). */
            additional_attributes?: {
                [key: string]: unknown;
            };
            /** @description Values of the account's contact custom attributes, by key. */
            custom_attributes?: {
                [key: string]: unknown;
            };
            /** @description Also create a contact inbox in this inbox. */
            inbox_id?: number;
            /** @description The contact inbox's `source_id` (only with `inbox_id`); generated for the channel when absent. */
            source_id?: string;
        };
        /**
         * @description Body of update-contact. Every field is optional; `custom_attributes` and
         *     `additional_attributes` are merged into the stored ones. Closed here so that a misspelt
         *     field fails to compile (Chatwoot silently drops unknown fields, including `inbox_id`).
         */
        ContactUpdateRequest: {
            name?: string | null;
            email?: string | null;
            phone_number?: string | null;
            identifier?: string | null;
            blocked?: boolean;
            /** Format: uri */
            avatar_url?: string;
            additional_attributes?: {
                [key: string]: unknown;
            };
            custom_attributes?: {
                [key: string]: unknown;
            };
        };
        /** @description Delete-contact's 422 when the contact is online: `{message}` (no `attributes`). */
        ContactOnlineError: {
            message: string;
        };
        /** @description A contact's latest conversations (at most 20), wrapped in `payload`. */
        ContactConversationList: {
            payload: components["schemas"]["Conversation"][];
        };
        /** @description An inbox through which a conversation with the contact can be started, and the `source_id` to use there. */
        ContactableInbox: {
            source_id: string;
            inbox: components["schemas"]["InboxSlim"];
        };
        /** @description The contactable inboxes, wrapped in `payload`. */
        ContactableInboxList: {
            payload: components["schemas"]["ContactableInbox"][];
        };
        /** @description Body of create-contact-inbox. */
        ContactInboxCreateRequest: {
            inbox_id: number;
            /** @description The contact's id in the channel; generated for the channel when absent. */
            source_id?: string;
            /** @description Mark the new contact inbox as identity-verified (not checked by Chatwoot). */
            hmac_verified?: boolean;
        };
        /** @description Body of merge-contacts. */
        ContactMergeRequest: {
            /** @description The contact that is kept. */
            base_contact_id: number;
            /** @description The contact that is merged into the base contact and deleted. */
            mergee_contact_id: number;
        };
        /** @description Body of filter-contacts. */
        ContactFilterRequest: {
            /** @description The conditions, joined left to right by their `query_operator`. Empty = every resolved contact. */
            payload: components["schemas"]["ContactFilterCondition"][];
        };
        /**
         * @description One filter condition. `attribute_key` is a standard key (`name`, `email`,
         *     `phone_number`, `identifier`, `country_code`, `city`, `company`, `labels`,
         *     `created_at`, `last_activity_at`, `blocked`) or a contact custom attribute key; the
         *     operators each key allows are listed in `filterAccountContacts`.
         */
        ContactFilterCondition: {
            attribute_key: string;
            /** @enum {string} */
            filter_operator: "equal_to" | "not_equal_to" | "contains" | "does_not_contain" | "starts_with" | "is_present" | "is_not_present" | "is_greater_than" | "is_less_than" | "days_before";
            /**
             * @description The values to compare with (usually one). Dates as `YYYY-MM-DD`; `days_before` takes a
             *     number of days. Required except with `is_present` / `is_not_present`.
             */
            values?: (string | number | boolean)[];
            /**
             * @description How this condition joins the next one; omit or null on the last condition.
             * @enum {string|null}
             */
            query_operator?: "AND" | "OR" | null;
            /** @description `contact_attribute` for a custom attribute key (used by date and number comparisons). */
            custom_attribute_type?: string;
        };
        /**
         * @description An inbox as the application API renders it (`api/v1/models/_inbox`). The required fields
         *     are rendered for every channel (`null` where the channel lacks them, e.g. the website
         *     fields of an API inbox). The others depend on the channel type; secrets among them
         *     (`hmac_token`, `auth_token`, `account_sid`, `imap_password`, `smtp_password`,
         *     `provider_config`, …) appear **only for administrators**. Open: IMAP/SMTP settings and
         *     new channel fields are not listed one by one.
         */
        Inbox: {
            id: number;
            /** @description Empty string when there is none. */
            avatar_url: string;
            channel_id: number;
            name: string;
            /** @description The channel class, e.g. `Channel::Api`, `Channel::WebWidget`, `Channel::Email`, `Channel::Whatsapp`, `Channel::Voice` (open). */
            channel_type: string;
            greeting_enabled: boolean | null;
            greeting_message: string | null;
            working_hours_enabled: boolean | null;
            enable_email_collect: boolean | null;
            csat_survey_enabled: boolean | null;
            /** @description CSAT survey settings (`display_type`, `message`, `survey_rules`, `button_text`, `language`, `template`); `{}` until configured. */
            csat_config: {
                [key: string]: unknown;
            };
            enable_auto_assignment: boolean | null;
            auto_assignment_config: {
                [key: string]: unknown;
            } | null;
            out_of_office_message: string | null;
            /** @description One entry per weekday, Sunday first. */
            working_hours: components["schemas"]["WorkingHours"][];
            timezone: string | null;
            /** @description The URL the provider must call (Twilio, SMS, LINE, WhatsApp inboxes); null for the others. */
            callback_webhook_url: string | null;
            allow_messages_after_resolved: boolean | null;
            lock_to_single_conversation: boolean;
            /**
             * @description `friendly` or `professional` (a Rails enum).
             * @enum {string}
             */
            sender_name_type: "friendly" | "professional";
            business_name: string | null;
            /** @description Website inboxes. */
            allowed_domains: string | null;
            widget_color: string | null;
            website_url: string | null;
            /** @description Website and API inboxes: whether identity validation is enforced. */
            hmac_mandatory: boolean | null;
            welcome_title: string | null;
            welcome_tagline: string | null;
            web_widget_script: string | null;
            website_token: string | null;
            selected_feature_flags: string[] | null;
            /** @description Website inboxes: `in_a_few_minutes`, `in_a_few_hours` or `in_a_day`. */
            reply_time: string | null;
            messaging_service_sid: string | null;
            /** @description Twilio, SMS, WhatsApp and voice inboxes. */
            phone_number: string | null;
            provider: string | null;
            /** @description Present when the inbox is linked to a help-center portal. */
            help_center?: {
                name: string;
                slug: string;
            };
            /** @description Website and API inboxes, administrators only. The identity-validation secret. */
            hmac_token?: string | null;
            /** @description Website inboxes. */
            pre_chat_form_enabled?: boolean | null;
            pre_chat_form_options?: {
                [key: string]: unknown;
            } | null;
            continuity_via_email?: boolean | null;
            /** @description API inboxes. Where Chatwoot posts the inbox's events. */
            webhook_url?: string | null;
            /** @description API inboxes. The public client API's `inbox_identifier`. */
            inbox_identifier?: string | null;
            /** @description API inboxes. */
            additional_attributes?: {
                [key: string]: unknown;
            } | null;
            /** @description Email inboxes. */
            email?: string | null;
            /** @description Twilio inboxes: `sms` or `whatsapp`. */
            medium?: string | null;
            /** @description Facebook inboxes. */
            page_id?: string | null;
            /** @description Instagram inboxes. */
            instagram_id?: string | null;
            /** @description Facebook, Instagram, TikTok, WhatsApp and OAuth email inboxes. */
            reauthorization_required?: boolean | null;
            /** @description Telegram inboxes. */
            bot_name?: string | null;
            /** @description WhatsApp inboxes. The approved templates, as synced from the provider. */
            message_templates?: {
                [key: string]: unknown;
            }[] | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The inboxes, wrapped in `payload`. */
        InboxList: {
            payload: components["schemas"]["Inbox"][];
        };
        /** @description A label (`api/v1/accounts/labels/index`). */
        Label: {
            id: number;
            /** @description Lower-case letters, digits, `-` and `_`; unique in the account. */
            title: string;
            description: string | null;
            /** @description Hex colour, default `#1f93ff`. */
            color: string;
            show_on_sidebar: boolean | null;
        };
        /** @description The labels, wrapped in `payload`. */
        LabelList: {
            payload: components["schemas"]["Label"][];
        };
        /** @description A canned response (the raw model JSON, ISO 8601 timestamps). */
        CannedResponse: {
            id: number;
            /** @description What an agent types after `/` to insert it; unique in the account. */
            short_code: string;
            content: string;
            account_id: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description An event an account webhook can subscribe to (`Webhook::ALLOWED_WEBHOOK_EVENTS` at
         *     v4.10.0; any other value is refused with 422). Closed for requests; responses use
         *     `AccountWebhookSubscription`, which stays open because later versions add events.
         * @enum {string}
         */
        AccountWebhookEvent: "conversation_status_changed" | "conversation_updated" | "conversation_created" | "contact_created" | "contact_updated" | "message_created" | "message_updated" | "webwidget_triggered" | "inbox_created" | "inbox_updated" | "conversation_typing_on" | "conversation_typing_off";
        /** @description A subscribed event as rendered (the `AccountWebhookEvent` values; open to events added by later versions). */
        AccountWebhookSubscription: components["schemas"]["AccountWebhookEvent"] | string;
        /**
         * @description An account webhook (`api/v1/accounts/webhooks/_webhook`). There is **no secret**:
         *     v4.10.0 neither stores nor renders one, and deliveries are not signed.
         */
        AccountWebhook: {
            id: number;
            name: string | null;
            url: string;
            account_id: number;
            subscriptions: components["schemas"]["AccountWebhookSubscription"][];
            /**
             * @description Present when the webhook was saved with an `inbox_id` of the account
             *     (app/views/api/v1/accounts/webhooks/_webhook.json.jbuilder:6-11). It does **not**
             *     limit deliveries: webhook_listener.rb:110-116 sends every inbox's events.
             */
            inbox?: {
                id: number;
                name: string;
            };
        };
        /** @description The webhooks, wrapped as `{payload: {webhooks: […]}}`. */
        AccountWebhookList: {
            payload: {
                webhooks: components["schemas"]["AccountWebhook"][];
            };
        };
        /** @description One webhook, wrapped as `{payload: {webhook: …}}` (create and update). */
        AccountWebhookPayload: {
            payload: {
                webhook: components["schemas"]["AccountWebhook"];
            };
        };
        /** @description Body of create-webhook. */
        AccountWebhookCreateRequest: {
            webhook: {
                /**
                 * Format: uri
                 * @description An http(s) URL, unique in the account.
                 */
                url: string;
                /**
                 * @description The events to send. When absent, the column default applies: the eight events
                 *     `conversation_status_changed`, `conversation_updated`, `conversation_created`,
                 *     `contact_created`, `contact_updated`, `message_created`, `message_updated`,
                 *     `webwidget_triggered`.
                 */
                subscriptions?: components["schemas"]["AccountWebhookEvent"][];
                name?: string | null;
                /**
                 * @description Stored and rendered as `inbox`, but **not** a filter: v4.10.0 delivers every
                 *     inbox's events to the webhook (app/listeners/webhook_listener.rb:110-116).
                 */
                inbox_id?: number | null;
            };
        };
        /** @description Body of update-webhook; the fields sent replace the stored ones. */
        AccountWebhookUpdateRequest: {
            webhook: {
                /** Format: uri */
                url?: string;
                subscriptions?: components["schemas"]["AccountWebhookEvent"][];
                name?: string | null;
                inbox_id?: number | null;
            };
        };
        /** @description `Account#webhook_data`. */
        WebhookAccount: {
            id: number;
            name: string;
        };
        /** @description `Inbox#webhook_data`. */
        WebhookInbox: {
            id: number;
            name: string;
        };
        /**
         * @description `Contact#webhook_data` (app/models/contact.rb:165-179): unlike the contact push data
         *     (contact.rb:150-163) it has **no `type`** and carries the `account` and an `avatar`. It
         *     is the `sender` of a contact's message, the payload of `contact_created` /
         *     `contact_updated`, and the `user` of a contact's typing event. Tell a contact sender
         *     apart by the absence of `type` (or by the message's `message_type: incoming`).
         */
        WebhookContact: {
            /**
             * @description **Never sent by v4.10.0** (contact.rb:165-179 has no `type`). Allowed so that a
             *     fixture built from the ActionCable push data (which has `type: contact`) still
             *     type-checks; do not rely on it.
             * @constant
             */
            type?: "contact";
            account: components["schemas"]["WebhookAccount"];
            additional_attributes: {
                [key: string]: unknown;
            } | null;
            /** @description Avatar URL; empty string when there is none. */
            avatar: string;
            custom_attributes: {
                [key: string]: unknown;
            } | null;
            email: string | null;
            id: number;
            identifier: string | null;
            name: string | null;
            phone_number: string | null;
            thumbnail: string;
            blocked: boolean;
        };
        /** @description `User#webhook_data`: a human agent. */
        WebhookUser: {
            id: number;
            name: string;
            email: string;
            /** @constant */
            type: "user";
        };
        /** @description `AgentBot#webhook_data`. */
        WebhookAgentBot: {
            id: number;
            name: string;
            /** @constant */
            type: "agent_bot";
        };
        /**
         * @description The `sender` of a message delivery (`sender.webhook_data`): a contact (no `type`), an
         *     agent (`type: user`), an agent bot (`type: agent_bot`) or a Captain assistant
         *     (`type: captain_assistant`, Chatwoot Enterprise; same shape as its push data).
         */
        WebhookMessageSender: components["schemas"]["WebhookContact"] | components["schemas"]["WebhookUser"] | components["schemas"]["WebhookAgentBot"] | components["schemas"]["CaptainAssistantSender"];
        /**
         * @description What changed, one single-key object per attribute: `[{ "status": { "previous_value":
         *     "open", "current_value": "resolved" } }]` (`BaseListener#extract_changed_attributes`).
         *     Values are as Rails serializes the attribute (timestamps are ISO 8601 strings here).
         */
        WebhookChangedAttributes: {
            [key: string]: {
                previous_value?: unknown;
                current_value?: unknown;
            };
        }[];
        /**
         * @description `Conversation#webhook_data` (`Conversations::EventDataPresenter#push_data`). `id` is the
         *     display id. Timestamps are unix seconds (`0` = never) except `updated_at` (float
         *     seconds), `snoozed_until` and `first_reply_created_at` (ISO 8601 or null). With the
         *     Enterprise SLA feature it also carries `applied_sla`, `sla_events` and `sla_policy_id`.
         */
        WebhookConversation: {
            additional_attributes: {
                [key: string]: unknown;
            } | null;
            can_reply: boolean;
            /** @description The inbox's channel class, e.g. `Channel::Api`, `Channel::WebWidget`. */
            channel: string | null;
            /** @description The contact-inbox record (`source_id`, `contact_id`, `inbox_id`, …). */
            contact_inbox: ({
                id?: number;
                contact_id?: number;
                inbox_id?: number;
                source_id?: string;
            } & {
                [key: string]: unknown;
            }) | null;
            id: number;
            inbox_id: number;
            /** @description The latest chat message (incoming or outgoing) as push data, or `[]`. */
            messages: components["schemas"]["MessagePushData"][];
            labels: string[];
            meta: {
                sender: components["schemas"]["ContactPushData"];
                assignee: components["schemas"]["UserPushData"] | components["schemas"]["AgentBotSender"] | null;
                /** @description `User`, `AgentBot` or null. */
                assignee_type: string | null;
                team: {
                    id: number;
                    name: string;
                } | null;
                hmac_verified: boolean | null;
            };
            status: components["schemas"]["ConversationStatus"];
            custom_attributes: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            snoozed_until: string | null;
            unread_count: number;
            /** Format: date-time */
            first_reply_created_at: string | null;
            /** @description `low`, `medium`, `high`, `urgent` or null. */
            priority: string | null;
            /** @description Unix seconds; 0 = not waiting. */
            waiting_since: number;
            agent_last_seen_at: number;
            contact_last_seen_at: number;
            last_activity_at: number;
            /** @description Same as `last_activity_at`. */
            timestamp: number;
            /** @description Unix seconds. */
            created_at: number;
            /** @description Unix seconds with a fraction. */
            updated_at: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description `Message#webhook_data`. Unlike the REST shapes, `created_at` is an **ISO 8601 string**
         *     (milliseconds, UTC), `message_type` is the enum **name** and the conversation is nested
         *     as `conversation` (its `id` is the display id). Only incoming, outgoing and template
         *     messages are delivered (`webhook_sendable?`); `attachments` is absent when there are
         *     none.
         */
        WebhookMessage: {
            account: components["schemas"]["WebhookAccount"];
            additional_attributes: {
                [key: string]: unknown;
            } | null;
            content_attributes: {
                [key: string]: unknown;
            } | null;
            content_type: components["schemas"]["MessageContentType"];
            /** @description The outgoing content (a CSAT survey carries its survey URL). */
            content: string | null;
            conversation: components["schemas"]["WebhookConversation"];
            /** Format: date-time */
            created_at: string;
            id: number;
            inbox: components["schemas"]["WebhookInbox"];
            /** @enum {string} */
            message_type: "incoming" | "outgoing" | "activity" | "template";
            private: boolean;
            sender: components["schemas"]["WebhookMessageSender"] | null;
            source_id: string | null;
            attachments?: components["schemas"]["Attachment"][];
        };
        /** @description `ContactInbox#webhook_data`, the payload of `webwidget_triggered`. */
        WebhookContactInbox: {
            id: number;
            contact: components["schemas"]["WebhookContact"] | null;
            inbox: components["schemas"]["WebhookInbox"];
            account: components["schemas"]["WebhookAccount"];
            current_conversation: components["schemas"]["WebhookConversation"] | null;
            source_id: string;
        };
        /** @description `Inbox::EventDataPresenter#push_data`: the inbox's settings and its `channel` record. */
        WebhookInboxData: {
            allow_messages_after_resolved?: boolean;
            lock_to_single_conversation?: boolean;
            enable_auto_assignment?: boolean;
            greeting_enabled?: boolean;
            greeting_message?: string | null;
            csat_survey_enabled?: boolean;
            business_name?: string | null;
            timezone?: string;
            working_hours_enabled?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            channel?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description `conversation_created`: a new conversation. */
        WebhookConversationCreated: components["schemas"]["WebhookConversation"] & {
            /** @constant */
            event: "conversation_created";
        };
        /** @description `conversation_updated`: any attribute of a conversation changed. */
        WebhookConversationUpdated: components["schemas"]["WebhookConversation"] & {
            /** @constant */
            event: "conversation_updated";
            changed_attributes: components["schemas"]["WebhookChangedAttributes"] | null;
        };
        /** @description `conversation_status_changed`: the status changed (open, resolved, pending, snoozed). */
        WebhookConversationStatusChanged: components["schemas"]["WebhookConversation"] & {
            /** @constant */
            event: "conversation_status_changed";
            changed_attributes: components["schemas"]["WebhookChangedAttributes"] | null;
        };
        /** @description `conversation_resolved`: agent-bot deliveries only (`AgentBotListener`). */
        WebhookConversationResolved: components["schemas"]["WebhookConversation"] & {
            /** @constant */
            event: "conversation_resolved";
        };
        /** @description `conversation_opened`: agent-bot deliveries only (`AgentBotListener`). */
        WebhookConversationOpened: components["schemas"]["WebhookConversation"] & {
            /** @constant */
            event: "conversation_opened";
        };
        /** @description `message_created`: a new incoming, outgoing or template message. */
        WebhookMessageCreated: components["schemas"]["WebhookMessage"] & {
            /** @constant */
            event: "message_created";
        };
        /** @description `message_updated`: a message changed (content, status, submitted values). */
        WebhookMessageUpdated: components["schemas"]["WebhookMessage"] & {
            /** @constant */
            event: "message_updated";
        };
        /** @description `webwidget_triggered`: a visitor opened the website widget. */
        WebhookWebwidgetTriggered: components["schemas"]["WebhookContactInbox"] & {
            /** @constant */
            event: "webwidget_triggered";
            /** @description What the widget sent (browser, referer, widget language, …). */
            event_info?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description `contact_created`: account webhooks only. */
        WebhookContactCreated: components["schemas"]["WebhookContact"] & {
            /** @constant */
            event: "contact_created";
        };
        /** @description `contact_updated`: account webhooks only; not sent when nothing changed. */
        WebhookContactUpdated: components["schemas"]["WebhookContact"] & {
            /** @constant */
            event: "contact_updated";
            changed_attributes: components["schemas"]["WebhookChangedAttributes"];
        };
        /** @description `inbox_created`: account webhooks only. */
        WebhookInboxCreated: components["schemas"]["WebhookInboxData"] & {
            /** @constant */
            event: "inbox_created";
        };
        /** @description `inbox_updated`: account webhooks only; not sent when nothing changed. */
        WebhookInboxUpdated: components["schemas"]["WebhookInboxData"] & {
            /** @constant */
            event: "inbox_updated";
            changed_attributes: components["schemas"]["WebhookChangedAttributes"];
        };
        /**
         * @description `conversation_typing_on` / `conversation_typing_off`: someone is typing. `user` is the
         *     agent (`type: user`) or, from the widget or the public API, the contact (no `type`).
         *     `is_private` is true while an agent types a private note.
         */
        WebhookTyping: {
            /** @enum {string} */
            event: "conversation_typing_on" | "conversation_typing_off";
            user: components["schemas"]["WebhookUser"] | components["schemas"]["WebhookContact"];
            conversation: components["schemas"]["WebhookConversation"];
            is_private: boolean;
        };
        /** @description `conversation_typing_on`. */
        WebhookTypingOn: components["schemas"]["WebhookTyping"] & {
            /** @constant */
            event?: "conversation_typing_on";
        };
        /** @description `conversation_typing_off`. */
        WebhookTypingOff: components["schemas"]["WebhookTyping"] & {
            /** @constant */
            event?: "conversation_typing_off";
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
                "text/plain": "Retry later\n";
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
         * @description Identity validation failed: `identifier_hash` is missing (on an inbox that enforces it)
         *     or does not match `identifier`. The controller raises an unrescued error, so the Rails
         *     exceptions app answers a generic 500.
         */
        PublicIdentityValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InternalServerError"];
            };
        };
        /** @description No conversation has this uuid, or it has no CSAT message. Rendered by the Rails exceptions app. */
        PublicCsatNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFound"];
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
         *     - an agent-bot token on an operation not open to bots: `{"error": "Access to this
         *       endpoint is not authorized for bots"}` — every application operation except create /
         *       update / toggle status / toggle priority / custom attributes of a conversation, create
         *       message and assignments (app/controllers/concerns/access_token_auth_helper.rb:2-6,
         *       :29-34; app/controllers/api/base_controller.rb:5). Those seven never answer it;
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
        /** @description The conversation, or the message in it, does not exist in this account (`ActiveRecord::RecordNotFound`). */
        AppMessageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The account, or the `team_id` filter's team, does not exist (`ActiveRecord::RecordNotFound`). */
        AppConversationListNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The account does not exist (`Account.find`, rendered as `{error}`). */
        AppAccountNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The account or the contact does not exist. */
        AppContactNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The account or the inbox does not exist. */
        AppInboxNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The account or the team does not exist. */
        AppTeamNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The account or the webhook does not exist. */
        AppWebhookNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description The contact is invalid: `{message, attributes}` from `ActiveRecord::RecordInvalid`
         *     (malformed email, phone number not in E.164, email / phone number / identifier already
         *     used by another contact of the account), or `{error}` when the inbox's channel derives
         *     the contact inbox's `source_id` from an email or phone number the contact lacks
         *     (`ActionController::ParameterMissing`).
         */
        AppContactInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"] | components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description The inbox's channel cannot create a contact inbox this way (Facebook, Instagram,
         *     Telegram, LINE, …): `ContactInboxBuilder` raises an unrescued error and the Rails
         *     exceptions app renders a generic 500.
         */
        AppContactInboxUnsupported: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InternalServerError"];
            };
        };
        /**
         * @description The webhook is invalid: `{message, attributes}` (bad or duplicate `url`, empty or unknown
         *     `subscriptions`), or `{error}` when the body has no `webhook` object.
         */
        AppWebhookInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"] | components["schemas"]["ErrorMessage"];
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
         * @description The conversation's `uuid` (in CSAT survey links). A bearer-like secret.
         * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
         */
        ConversationUuid: string;
        /**
         * @description Your id for the contact (as sent to `createContact`), for identity validation with `identifier_hash`.
         * @example cust-1042
         */
        ContactIdentifierQuery: string;
        /** @description HMAC-SHA256 (hex) of `identifier` with the inbox's HMAC token. Required when the inbox enforces identity validation. */
        ContactIdentifierHashQuery: string;
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
        /**
         * @description The message's id (database id, as in `AppMessage.id`).
         * @example 5106
         */
        AppMessageId: number;
        /**
         * @description Filter by conversation status; `all` disables the filter. **Ignored when `q` is sent**
         *     (the finder skips the status filter for searches).
         */
        ConversationStatusFilter: "all" | "open" | "resolved" | "pending" | "snoozed";
        /**
         * @description Search text, matched (`ILIKE %q%`) against the **content of incoming and outgoing
         *     messages only**: not contact names, emails or phone numbers, not private-note-only or
         *     activity text. Sending `q` turns the `status` filter off.
         */
        ConversationSearchQuery: string;
        /** @description Only conversations of this inbox (among the inboxes the token's user belongs to). */
        ConversationInboxFilter: number;
        /** @description Only conversations of this team. A team id that is not in the account answers **404**. */
        ConversationTeamFilter: number;
        /**
         * @description Only conversations that have any of these labels. Rails reads an array only from the
         *     bracketed name, so the parameter is named `labels[]` and repeated
         *     (`labels[]=billing&labels[]=refund`).
         */
        ConversationLabelsFilter: string[];
        /**
         * @description `mention`: conversations where the token's user was @mentioned; `participating`: those
         *     the user participates in (this replaces the other visibility rules); `unattended`:
         *     conversations without a first reply, or waiting for a reply.
         */
        ConversationTypeFilter: "mention" | "participating" | "unattended";
        /** @description Only conversations of the contact inbox with this `source_id` (e.g. the public API's `contact_identifier`). */
        ConversationSourceIdFilter: string;
        /**
         * @description The contact's id in the account (the number in dashboard contact URLs).
         * @example 7
         */
        ContactId: number;
        /**
         * @description The inbox's numeric id (not the API channel's `inbox_identifier`).
         * @example 5
         */
        AppInboxId: number;
        /**
         * @description The team's id.
         * @example 1
         */
        TeamId: number;
        /**
         * @description The account webhook's id.
         * @example 1
         */
        WebhookId: number;
        /** @description Page number, from 1. 15 contacts per page. */
        ContactPage: number;
        /**
         * @description Sort key (procore-sift): ascending, or descending with a leading `-`. `company`, `city`
         *     and `country` sort on `additional_attributes`. Without it the order is unspecified.
         */
        ContactSort: "name" | "-name" | "email" | "-email" | "phone_number" | "-phone_number" | "last_activity_at" | "-last_activity_at" | "created_at" | "-created_at" | "company" | "-company" | "city" | "-city" | "country" | "-country";
        /**
         * @description Whether each contact carries `contact_inboxes` (default `true`). When the parameter is
         *     present, only the exact string `true` keeps them.
         */
        IncludeContactInboxes: boolean;
        /**
         * @description Only contacts that have any of these labels (repeat the bracketed name:
         *     `labels[]=vip&labels[]=churn-risk`).
         */
        ContactLabels: string[];
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
            query?: {
                /**
                 * @description Your id for the contact (as sent to `createContact`), for identity validation with `identifier_hash`.
                 * @example cust-1042
                 */
                identifier?: components["parameters"]["ContactIdentifierQuery"];
                /** @description HMAC-SHA256 (hex) of `identifier` with the inbox's HMAC token. Required when the inbox enforces identity validation. */
                identifier_hash?: components["parameters"]["ContactIdentifierHashQuery"];
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
            500: components["responses"]["PublicIdentityValidationFailed"];
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
            500: components["responses"]["PublicIdentityValidationFailed"];
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
             * @description Saving the message failed. The controller's rescue references `@contact`, which this
             *     controller never sets, so the rescue raises `NoMethodError` and the Rails exceptions
             *     app renders its generic 500.
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
    getCsatSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation's `uuid` (in CSAT survey links). A bearer-like secret.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                conversation_uuid: components["parameters"]["ConversationUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsatSurvey"];
                };
            };
            404: components["responses"]["PublicCsatNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    answerCsatSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation's `uuid` (in CSAT survey links). A bearer-like secret.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                conversation_uuid: components["parameters"]["ConversationUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsatSurveyAnswer"];
            };
        };
        responses: {
            /** @description The survey with the stored response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsatSurvey"];
                };
            };
            404: components["responses"]["PublicCsatNotFound"];
            /** @description The survey is older than 14 days. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountConversations: {
        parameters: {
            query?: {
                /** @description Filter by assignee. `me` = assigned to the token's user. */
                assignee_type?: "me" | "unassigned" | "all" | "assigned";
                /**
                 * @description Filter by conversation status; `all` disables the filter. **Ignored when `q` is sent**
                 *     (the finder skips the status filter for searches).
                 */
                status?: components["parameters"]["ConversationStatusFilter"];
                /**
                 * @description Search text, matched (`ILIKE %q%`) against the **content of incoming and outgoing
                 *     messages only**: not contact names, emails or phone numbers, not private-note-only or
                 *     activity text. Sending `q` turns the `status` filter off.
                 */
                q?: components["parameters"]["ConversationSearchQuery"];
                /** @description Only conversations of this inbox (among the inboxes the token's user belongs to). */
                inbox_id?: components["parameters"]["ConversationInboxFilter"];
                /** @description Only conversations of this team. A team id that is not in the account answers **404**. */
                team_id?: components["parameters"]["ConversationTeamFilter"];
                /**
                 * @description Only conversations that have any of these labels. Rails reads an array only from the
                 *     bracketed name, so the parameter is named `labels[]` and repeated
                 *     (`labels[]=billing&labels[]=refund`).
                 */
                "labels[]"?: components["parameters"]["ConversationLabelsFilter"];
                /**
                 * @description `mention`: conversations where the token's user was @mentioned; `participating`: those
                 *     the user participates in (this replaces the other visibility rules); `unattended`:
                 *     conversations without a first reply, or waiting for a reply.
                 */
                conversation_type?: components["parameters"]["ConversationTypeFilter"];
                /** @description Only conversations of the contact inbox with this `source_id` (e.g. the public API's `contact_identifier`). */
                source_id?: components["parameters"]["ConversationSourceIdFilter"];
                /**
                 * @description Sort order (default `last_activity_at_desc`). The legacy values `latest`,
                 *     `sort_on_created_at`, `sort_on_priority` and `sort_on_waiting_since` still work; an
                 *     unknown value falls back to the default.
                 *
                 *     `last_activity_at` moves with every message, activity messages included
                 *     (app/models/message.rb:416-420 `set_conversation_activity`, run from
                 *     `execute_after_create_commit_callbacks`, :310-318). A status change made by a user,
                 *     a contact or an automation writes an activity message, so it moves the conversation
                 *     up this order; one made by an agent-bot token to `open`, `pending` or `snoozed` writes
                 *     none and leaves `last_activity_at` (see `toggleAccountConversationStatus`). A poller
                 *     reading `last_activity_at_desc` back to what it saw meets the latter only on the pages
                 *     it reads anyway; `conversation_status_changed` webhooks carry every change.
                 */
                sort_by?: "last_activity_at_asc" | "last_activity_at_desc" | "created_at_asc" | "created_at_desc" | "priority_asc" | "priority_desc" | "waiting_since_asc" | "waiting_since_desc" | "latest" | "sort_on_created_at" | "sort_on_priority" | "sort_on_waiting_since";
                /**
                 * @description Only conversations updated in the last this many **seconds**. When present, **paging
                 *     is off**: every matching conversation is returned in one response and `page` is
                 *     ignored.
                 */
                updated_within?: number;
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
            404: components["responses"]["AppConversationListNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAccountConversation: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationCreate"];
            };
        };
        responses: {
            /** @description The new conversation (or, with "lock to single conversation", the existing one). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            /** @description The account, the inbox, the contact or the contact inbox (`source_id`) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            /**
             * @description `source_id` is already used by another contact inbox (`{error}`), or the conversation
             *     is invalid (`{message, attributes}`).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"] | components["schemas"]["ValidationError"];
                };
            };
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
    updateAccountConversation: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationUpdate"];
            };
        };
        responses: {
            /** @description The updated conversation. */
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
    createAccountConversationMessage: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppMessageCreate"];
                "multipart/form-data": components["schemas"]["AppMessageCreateMultipart"];
            };
        };
        responses: {
            /** @description The created message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppMessage"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            /**
             * @description The builder failed; every error is rescued as `{"error": <exception message>}`
             *     (`render_could_not_create_error`).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteAccountConversationMessage: {
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
                /**
                 * @description The message's id (database id, as in `AppMessage.id`).
                 * @example 5106
                 */
                message_id: components["parameters"]["AppMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message after deletion. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppMessage"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppMessageNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    toggleAccountConversationStatus: {
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConversationStatusUpdate"];
            };
        };
        responses: {
            /** @description The new status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationStatusChange"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    assignAccountConversation: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationAssignment"];
            };
        };
        responses: {
            /** @description The new assignee or team, or `null` after an unassignment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDetail"] | components["schemas"]["AgentBotSlim"] | components["schemas"]["AssignedTeam"] | null;
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountConversationLabels: {
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
            /** @description The labels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationLabels"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    setAccountConversationLabels: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationLabelsUpdate"];
            };
        };
        responses: {
            /** @description The labels after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationLabels"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    toggleAccountConversationPriority: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationPriorityUpdate"];
            };
        };
        responses: {
            /** @description Priority changed. The body is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    toggleAccountConversationTypingStatus: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppTypingStatusUpdate"];
            };
        };
        responses: {
            /** @description The event was dispatched (or the value was ignored). The body is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    setAccountConversationCustomAttributes: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationCustomAttributes"];
            };
        };
        responses: {
            /** @description The custom attributes now stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationCustomAttributes"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    markAccountConversationUnread: {
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
            /** @description The conversation, now unread. */
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
    updateAccountConversationLastSeen: {
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
            /** @description The conversation, now read. */
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
    getAccountConversationsMeta: {
        parameters: {
            query?: {
                /**
                 * @description Filter by conversation status; `all` disables the filter. **Ignored when `q` is sent**
                 *     (the finder skips the status filter for searches).
                 */
                status?: components["parameters"]["ConversationStatusFilter"];
                /**
                 * @description Search text, matched (`ILIKE %q%`) against the **content of incoming and outgoing
                 *     messages only**: not contact names, emails or phone numbers, not private-note-only or
                 *     activity text. Sending `q` turns the `status` filter off.
                 */
                q?: components["parameters"]["ConversationSearchQuery"];
                /** @description Only conversations of this inbox (among the inboxes the token's user belongs to). */
                inbox_id?: components["parameters"]["ConversationInboxFilter"];
                /** @description Only conversations of this team. A team id that is not in the account answers **404**. */
                team_id?: components["parameters"]["ConversationTeamFilter"];
                /**
                 * @description Only conversations that have any of these labels. Rails reads an array only from the
                 *     bracketed name, so the parameter is named `labels[]` and repeated
                 *     (`labels[]=billing&labels[]=refund`).
                 */
                "labels[]"?: components["parameters"]["ConversationLabelsFilter"];
                /**
                 * @description `mention`: conversations where the token's user was @mentioned; `participating`: those
                 *     the user participates in (this replaces the other visibility rules); `unattended`:
                 *     conversations without a first reply, or waiting for a reply.
                 */
                conversation_type?: components["parameters"]["ConversationTypeFilter"];
                /** @description Only conversations of the contact inbox with this `source_id` (e.g. the public API's `contact_identifier`). */
                source_id?: components["parameters"]["ConversationSourceIdFilter"];
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
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationMetaCounts"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppConversationListNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    filterAccountConversations: {
        parameters: {
            query?: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationFilterRequest"];
            };
        };
        responses: {
            /** @description One page of matching conversations and their counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationFilterResult"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            /** @description An invalid condition (`{error}`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user and its accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountContacts: {
        parameters: {
            query?: {
                /** @description Page number, from 1. 15 contacts per page. */
                page?: components["parameters"]["ContactPage"];
                /**
                 * @description Sort key (procore-sift): ascending, or descending with a leading `-`. `company`, `city`
                 *     and `country` sort on `additional_attributes`. Without it the order is unspecified.
                 */
                sort?: components["parameters"]["ContactSort"];
                /**
                 * @description Whether each contact carries `contact_inboxes` (default `true`). When the parameter is
                 *     present, only the exact string `true` keeps them.
                 */
                include_contact_inboxes?: components["parameters"]["IncludeContactInboxes"];
                /**
                 * @description Only contacts that have any of these labels (repeat the bracketed name:
                 *     `labels[]=vip&labels[]=churn-risk`).
                 */
                "labels[]"?: components["parameters"]["ContactLabels"];
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
            /** @description One page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAccountContact: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreateRequest"];
            };
        };
        responses: {
            /** @description The contact and the contact inbox created with it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactCreateResult"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            /** @description The account, or the inbox named by `inbox_id`, does not exist in this account. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            422: components["responses"]["AppContactInvalid"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["AppContactInboxUnsupported"];
        };
    };
    searchAccountContacts: {
        parameters: {
            query: {
                /**
                 * @description The text to search for (surrounding spaces are stripped).
                 * @example maya
                 */
                q: string;
                /** @description Page number, from 1. 15 contacts per page. */
                page?: components["parameters"]["ContactPage"];
                /**
                 * @description Sort key (procore-sift): ascending, or descending with a leading `-`. `company`, `city`
                 *     and `country` sort on `additional_attributes`. Without it the order is unspecified.
                 */
                sort?: components["parameters"]["ContactSort"];
                /**
                 * @description Whether each contact carries `contact_inboxes` (default `true`). When the parameter is
                 *     present, only the exact string `true` keeps them.
                 */
                include_contact_inboxes?: components["parameters"]["IncludeContactInboxes"];
                /**
                 * @description Only contacts that have any of these labels (repeat the bracketed name:
                 *     `labels[]=vip&labels[]=churn-risk`).
                 */
                "labels[]"?: components["parameters"]["ContactLabels"];
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
            /**
             * @description One page of matching contacts, or (blank `q`) an empty page whose `meta.count` is
             *     null.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSearchList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    filterAccountContacts: {
        parameters: {
            query?: {
                /** @description Page number, from 1. 15 contacts per page. */
                page?: components["parameters"]["ContactPage"];
                /**
                 * @description Sort key (procore-sift): ascending, or descending with a leading `-`. `company`, `city`
                 *     and `country` sort on `additional_attributes`. Without it the order is unspecified.
                 */
                sort?: components["parameters"]["ContactSort"];
                /**
                 * @description Whether each contact carries `contact_inboxes` (default `true`). When the parameter is
                 *     present, only the exact string `true` keeps them.
                 */
                include_contact_inboxes?: components["parameters"]["IncludeContactInboxes"];
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactFilterRequest"];
            };
        };
        responses: {
            /** @description One page of matching contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            /** @description A condition is invalid (`CustomExceptions::CustomFilter::*`, rendered as `{error}`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAccountContact: {
        parameters: {
            query?: {
                /**
                 * @description Whether each contact carries `contact_inboxes` (default `true`). When the parameter is
                 *     present, only the exact string `true` keeps them.
                 */
                include_contact_inboxes?: components["parameters"]["IncludeContactInboxes"];
            };
            header?: never;
            path: {
                /**
                 * @description The numeric id of the Chatwoot account (visible in dashboard URLs, `/app/accounts/{account_id}/…`).
                 * @example 1
                 */
                account_id: components["parameters"]["AccountId"];
                /**
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPayload"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppContactNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteAccountContact: {
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
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. The body is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppContactNotFound"];
            /** @description The contact is online (has an open widget or client session). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactOnlineError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateAccountContact: {
        parameters: {
            query?: {
                /**
                 * @description Whether each contact carries `contact_inboxes` (default `true`). When the parameter is
                 *     present, only the exact string `true` keeps them.
                 */
                include_contact_inboxes?: components["parameters"]["IncludeContactInboxes"];
            };
            header?: never;
            path: {
                /**
                 * @description The numeric id of the Chatwoot account (visible in dashboard URLs, `/app/accounts/{account_id}/…`).
                 * @example 1
                 */
                account_id: components["parameters"]["AccountId"];
                /**
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPayload"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppContactNotFound"];
            /**
             * @description The contact is invalid (`ActiveRecord::RecordInvalid`): malformed email, phone number
             *     not in E.164, or an email / phone number / identifier already used by another contact
             *     of the account. (Create's `{error}` for a missing email or phone number cannot occur
             *     here: update takes no `inbox_id`.)
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
    listAccountContactConversations: {
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
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up to 20 conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactConversationList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppContactNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactableInboxes: {
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
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contactable inboxes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactableInboxList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppContactNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAccountContactInbox: {
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
                 * @description The contact's id in the account (the number in dashboard contact URLs).
                 * @example 7
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactInboxCreateRequest"];
            };
        };
        responses: {
            /** @description The contact inbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactInbox"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            /** @description The account, the contact or the inbox does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            /** @description The channel derives the `source_id` from the contact's email or phone number, and the contact has none. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["AppContactInboxUnsupported"];
        };
    };
    mergeAccountContacts: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactMergeRequest"];
            };
        };
        responses: {
            /** @description The base contact after the merge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDetail"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            /** @description The account or one of the two contacts does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountInboxes: {
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
        requestBody?: never;
        responses: {
            /** @description The inboxes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAccountInbox: {
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
                 * @description The inbox's numeric id (not the API channel's `inbox_identifier`).
                 * @example 5
                 */
                inbox_id: components["parameters"]["AppInboxId"];
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
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppInboxNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountAgents: {
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
        requestBody?: never;
        responses: {
            /** @description The account's users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDetail"][];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountTeams: {
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
        requestBody?: never;
        responses: {
            /** @description The teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"][];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAccountTeam: {
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
                 * @description The team's id.
                 * @example 1
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppTeamNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountTeamMembers: {
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
                 * @description The team's id.
                 * @example 1
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDetail"][];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppTeamNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountLabels: {
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
        requestBody?: never;
        responses: {
            /** @description The labels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountCannedResponses: {
        parameters: {
            query?: {
                /** @description Substring of the short code or the content. */
                search?: string;
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
            /** @description The canned responses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponse"][];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccountWebhooks: {
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
        requestBody?: never;
        responses: {
            /** @description The webhooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountWebhookList"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAccountWebhook: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountWebhookCreateRequest"];
            };
        };
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountWebhookPayload"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppAccountNotFound"];
            422: components["responses"]["AppWebhookInvalid"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteAccountWebhook: {
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
                 * @description The account webhook's id.
                 * @example 1
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. The body is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppWebhookNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateAccountWebhook: {
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
                 * @description The account webhook's id.
                 * @example 1
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountWebhookUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountWebhookPayload"];
                };
            };
            401: components["responses"]["AppUnauthorized"];
            404: components["responses"]["AppWebhookNotFound"];
            422: components["responses"]["AppWebhookInvalid"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    webhookConversationCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationCreated"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookConversationUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationUpdated"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookConversationStatusChanged: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationStatusChanged"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookConversationResolved: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationResolved"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookConversationOpened: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationOpened"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookMessageCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookMessageCreated"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookMessageUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookMessageUpdated"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookWebwidgetTriggered: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookWebwidgetTriggered"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookContactCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookContactCreated"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookContactUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookContactUpdated"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookInboxCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookInboxCreated"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookInboxUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookInboxUpdated"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookConversationTypingOn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTypingOn"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookConversationTypingOff: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `sha256=<hex HMAC-SHA256(secret, "<X-Chatwoot-Timestamp>.<raw body>")>`, lower-case
                 *     hex. Sent only when the webhook, inbox or bot has a secret (Chatwoot ≥ 4.11.2 for
                 *     account webhooks, ≥ 4.13 for API inboxes and agent bots).
                 */
                "X-Chatwoot-Signature"?: string;
                /** @description Unix seconds when this attempt was sent; part of the signed string. Sent with the signature. */
                "X-Chatwoot-Timestamp"?: string;
                /** @description A UUID per delivery, generated when the delivery is enqueued; retries of the same delivery reuse it. */
                "X-Chatwoot-Delivery"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTypingOff"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (signature missing, wrong or stale). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
