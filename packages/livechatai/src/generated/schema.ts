/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: specs/livechatai.yaml (openapi-typescript), by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

export interface paths {
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Lists an AI agent's conversations, page by page, sorted by `lastMessageDate` (newest first
         *     by default), with optional filters. List items are `ConversationSummary` objects (no
         *     messages); fetch `GET /conversations/{conversationId}` for the messages.
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Send a message
         * @description Sends a contact's message (`question`) to an AI agent and returns the agent's reply. Without
         *     `conversationId` a new conversation is started and its id returned; with it, the
         *     conversation continues. This is the contact's side of a chat; a human agent's reply is
         *     `POST /conversations/{conversationId}/reply`. With `streaming: true` the reply is streamed in an undocumented
         *     format; this spec describes only the JSON (non-streaming) response. The docs' intro
         *     mentions form-encoded bodies, but every documented example is JSON, used here.
         *     Source: https://api.livechatai.com/api-reference-v2/conversations/send-message
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Returns one conversation with all its messages (the message list is embedded whole and is
         *     not paginated).
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
    "/conversations/{conversationId}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply as a human agent
         * @description Sends a reply written by a human agent (a team member, not the AI agent) to a conversation.
         *     The docs add that it "automatically updates conversation status"; which status it sets is
         *     not stated. Source: https://api.livechatai.com/api-reference-v2/conversations/reply
         *
         *     The page marks no body field as required; a reply without `message` is presumably
         *     rejected (400), but the spec follows the page. `userId` is "ID of the user sending the
         *     reply": presumably a `HumanAgent.id` (the page's samples use `user_…` here and `agent_…`
         *     for the agent in the answer, so whether they are the same id is undocumented).
         *
         *     The answer describes the stored message as `{id, text, sender: "AGENT", type, createdAt,
         *     agent}`, a different shape from `Message` in `GET /conversations/{conversationId}`
         *     (`content`, `role`). How this reply then appears in that GET is undocumented (see
         *     `Message`).
         */
        post: operations["replyToConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End (resolve) a conversation
         * @description Marks a conversation as resolved. Without `userId`, LiveChatAI records the human agent
         *     assigned to the chat, or, if none is assigned, the workspace owner of the API key. The body
         *     is optional. No endpoint to reopen a conversation is documented.
         *     Source: https://api.livechatai.com/api-reference-v2/conversations/end
         */
        post: operations["endConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a conversation without a message
         * @description Creates a conversation (and, without `contactId`, a new contact) without sending a message:
         *     no AI processing, similarity search or smart tags run. Returns the new ids only.
         *     Source: https://api.livechatai.com/api-reference-v2/conversations/create
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List saved inbox views
         * @description Lists an AI agent's saved inbox views (created in the dashboard), page by page. A view's id
         *     is what the `viewId` filter of `GET /conversations` takes. The page also documents a
         *     search by view name (example `billing`) but does not show the parameter's name, so this
         *     spec leaves it out rather than guess it.
         *     Source: https://api.livechatai.com/api-reference-v2/conversations/list-views
         */
        get: operations["listConversationViews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description Lists an AI agent's contacts, page by page. Unlike the conversation list, the page size is
         *     called `limit` (default 10), and the pagination is a top-level `totalCount` plus a `pages`
         *     object beside `data`.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create or update a contact
         * @description Creates a contact for an AI agent, or updates it when `contactId` is given (or the
         *     `distinctId` is already known). Only attributes already defined for the agent in the
         *     dashboard are saved. The response is `{status, contactId}`, not the usual `data` envelope.
         */
        post: operations["createOrUpdateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description Returns one contact. The response is the bare `Contact`, without the `{status, data}`
         *     envelope, and its `attributes` are an array of `{key, value}` pairs (they are an object in
         *     the conversation list and in create-contact).
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a contact's conversations
         * @description Lists one contact's conversations, with the same response shape, pagination and filters as
         *     `GET /conversations` except `agentId` and `type`. The docs show this operation but not its
         *     path: `/contacts/{contactId}/conversations` is inferred.
         */
        get: operations["listContactConversations"];
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
         * @description A human team member (not the AI agent) who handles conversations after a hand-off. Where an
         *     `agent` field holds one, it is null when no human took part (the AI handled the chat).
         */
        HumanAgent: {
            /** @description Human agent id (opaque string). */
            id: string;
            /** @description Display name. */
            name: string;
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /**
             * Format: uri
             * @description URL of the avatar image, or null if none is set (nullability inferred).
             */
            avatar: string | null;
        };
        /** @description A knowledge-base source the AI used for a reply (retrieval-augmented generation). */
        MessageSource: {
            /** @description Source id (opaque string, e.g. `src_…`). */
            id: string;
            /**
             * @description Kind of source. Known values: `WEBSITE`, `TEXT`, `QA`, `PDF`, `YOUTUBE`, `DOCX`,
             *     `IMAGE`, `NOTION`. Kept an open string so a new source kind does not break clients.
             * @example WEBSITE
             */
            type: string;
            /**
             * @description Where the source lives (a page URL for `WEBSITE`). Null is accepted for sources without a
             *     link, such as plain `TEXT` or `QA` entries (inferred).
             */
            link: string | null;
            /** @description Vector similarity score of the source for this reply (e.g. `0.85`). */
            distance: number;
        };
        /**
         * @description One message of a conversation. `role` is `user` for the contact and `assistant` for the AI
         *     agent's replies. **How a human agent's reply appears here is undocumented**: the retrieve
         *     sample shows a `role: "user"` message carrying an `agent`, and the reply endpoint returns
         *     `sender: "AGENT"` in a different shape (`AgentReplyMessage`). Read a message with a
         *     non-null `agent` as possibly written by that human, whatever its `role`.
         */
        Message: {
            /** @description Message id (opaque string, e.g. `msg_…`). */
            id: string;
            /** @description Message text (for `IMAGE` messages presumably the image URL). */
            content: string;
            /**
             * @description Who the message is from. Known values: `user` (the contact; the docs' sample also shows
             *     it on a message carrying a human `agent`) and `assistant` (the AI agent). Which role a
             *     human agent's reply gets is undocumented. Kept an open string (for example a system
             *     role could appear).
             * @example user
             * @example assistant
             */
            role: string;
            /**
             * @description Message kind. Known values `TEXT`, `IMAGE` (the values send-message accepts); open string.
             * @example TEXT
             */
            type: string;
            /**
             * @description Knowledge-base sources the AI used for this reply; empty for other messages. Optional
             *     because whether it is omitted or empty on non-AI messages is undocumented.
             */
            source?: components["schemas"]["MessageSource"][];
            /**
             * @description A human agent attached to this message (the docs' sample shows one on a `role: "user"`
             *     message; presumably the human who wrote it). When it is absent or null is
             *     undocumented, so it is optional and nullable.
             */
            agent?: components["schemas"]["HumanAgent"] | null;
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            createdAt: string;
        };
        /** @description A conversation with all its messages, as returned by `GET /conversations/{conversationId}`. */
        Conversation: {
            /** @description Conversation id (opaque string, e.g. `chat_…`). */
            id: string;
            /** @description Id of the contact the conversation is with. */
            contactId: string;
            /** @description Id of the AI agent (chatbot) the conversation belongs to; not the human `agent`. */
            agentId: string;
            /** @description Whether the conversation is resolved (closed). */
            isResolved: boolean;
            /**
             * @description Whether a human agent has taken the conversation over from the AI (inferred meaning; the
             *     docs give no description).
             */
            isAgent: boolean;
            /** @description Whether the conversation is muted. */
            isMuted: boolean;
            /** @description Whether the conversation is starred. */
            isStarred: boolean;
            /**
             * @description Channel the conversation came through, or null for the plain website widget (inferred).
             *     Known values: `WHATSAPP`, `SLACK`, `MESSENGER`, `FULLPAGE`, `INLINECHAT`, `PREVIEW`,
             *     `ONBOARDING`. The conversation page documents only `WHATSAPP` and `SLACK`, the channel filter
             *     lists all seven; kept an open string so a new channel does not break clients.
             * @example WHATSAPP
             */
            integrationType: string | null;
            /**
             * Format: date-time
             * @description When the last message was sent.
             */
            lastMessageDate: string;
            /** @description The human agent handling the conversation, or null while only the AI has answered. */
            agent: components["schemas"]["HumanAgent"] | null;
            /** @description All messages, oldest first (embedded whole; not paginated). */
            messages: components["schemas"]["Message"][];
            /**
             * Format: date-time
             * @description When the conversation was started.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the conversation was last updated.
             */
            updatedAt: string;
        };
        /**
         * @description The contact as embedded in a conversation list item. Its `attributes` are an object here
         *     (an array of `{key, value}` in `Contact`). Fields other than `id` are nullable (inferred):
         *     a WhatsApp contact has no email, an anonymous visitor no name or `distinctId`.
         */
        ConversationContact: {
            /** @description Contact id (opaque string, e.g. `contact_…`). */
            id: string;
            /** @description Contact name. */
            name: string | null;
            /** @description Phone number. */
            phone: string | null;
            /** @description Email address. */
            email: string | null;
            /** @description Your own id for this user, set when you identify the contact. */
            distinctId: string | null;
            /**
             * @description Custom contact attributes by key, e.g. `{"planType": "premium"}`. Values are strings,
             *     numbers, booleans or Unix timestamps (numbers); keys must first be defined for the agent
             *     in the dashboard.
             */
            attributes: {
                [key: string]: string | number | boolean | null;
            };
        };
        /** @description A conversation as listed by `GET /conversations` (no messages, but with the contact). */
        ConversationSummary: {
            /** @description Conversation id (opaque string, e.g. `chat_…`). */
            id: string;
            /** @description Whether the conversation is resolved (closed). */
            isResolved: boolean;
            /** @description Whether the conversation is starred. */
            isStarred: boolean;
            /** @description Whether the conversation is muted. */
            isMuted: boolean;
            /** @description Whether a human agent has taken the conversation over from the AI (inferred meaning). */
            isAgent: boolean;
            /**
             * @description Channel the conversation came through, or null for the plain website widget (inferred).
             *     Known values: `WHATSAPP`, `SLACK`, `MESSENGER`, `FULLPAGE`, `INLINECHAT`, `PREVIEW`,
             *     `ONBOARDING`. The conversation page documents only `WHATSAPP` and `SLACK`, the channel filter
             *     lists all seven; kept an open string so a new channel does not break clients.
             * @example WHATSAPP
             */
            integrationType: string | null;
            contact: components["schemas"]["ConversationContact"];
            /** @description The human agent handling the conversation, or null while only the AI has answered. */
            agent: components["schemas"]["HumanAgent"] | null;
            /**
             * Format: date-time
             * @description When the last message was sent (the sort key).
             */
            lastMessageDate: string;
            /**
             * Format: date-time
             * @description When the conversation was started.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the conversation was last updated.
             */
            updatedAt: string;
        };
        /** @description Page information of the conversation and saved-view lists. */
        PaginationMeta: {
            /** @description Number of conversations across all pages. */
            total: number;
            /** @description Page size used. */
            perPage: number;
            /** @description This page's 1-based number. */
            currentPage: number;
            /** @description Number of pages. */
            totalPages: number;
        };
        /** @description The `data` of `GET /conversations` and `GET /contacts/{contactId}/conversations`. */
        ConversationList: {
            /** @description The conversations on this page. */
            conversations: components["schemas"]["ConversationSummary"][];
            meta: components["schemas"]["PaginationMeta"];
        };
        /**
         * @description A contact as returned (bare, without envelope) by `GET /contacts/{contactId}`. The
         *     nullability below is documented. `attributes` is an array of `{key, value}` pairs here, but
         *     an object in the conversation list and in create-contact.
         */
        Contact: {
            /** @description Contact id (opaque string, e.g. `contact_…`). */
            id: string;
            /** @description Where the contact first chatted, e.g. `website`. */
            chatSource: string | null;
            /** @description Email address. */
            email: string | null;
            /** @description Id of the AI agent the contact belongs to. */
            agentId: string;
            /** @description Your own id for this user, set when you identify the contact. */
            distinctId: string | null;
            /** @description Contact name. */
            name: string | null;
            /** @description Phone number. */
            phone: string | null;
            /** @description Thread id of the contact's chat (undocumented meaning). */
            threadId: string | null;
            /** @description Last known IP address. */
            ip: string | null;
            /** @description Country code, e.g. `US`. */
            country: string | null;
            /** @description Custom attributes as `{key, value}` pairs. */
            attributes: {
                /** @description Attribute key, as defined for the agent in the dashboard. */
                key: string;
                /**
                 * @description Attribute value. The docs type it as "any"; attribute values are strings, numbers,
                 *     booleans or Unix timestamps.
                 */
                value: string | number | boolean | null;
            }[];
            /**
             * Format: date-time
             * @description When the contact was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the contact was last updated.
             */
            updatedAt: string;
        };
        /**
         * @description A contact as listed by `GET /contacts` (a subset of `Contact`). Nullability follows the
         *     documented `Contact` fields.
         */
        ContactListItem: {
            /** @description Contact id (opaque string, e.g. `contact_…`). */
            id: string;
            /** @description Your own id for this user. */
            distinctId: string | null;
            /** @description Contact name. */
            name: string | null;
            /** @description Email address. */
            email: string | null;
            /** @description Phone number. */
            phone: string | null;
            /** @description Country code, e.g. `US`. */
            country: string | null;
            /**
             * Format: date-time
             * @description When the contact was created.
             */
            createdAt: string;
        };
        /**
         * @description The whole response of `GET /contacts`. Unlike the other lists it carries `agentId`,
         *     `totalCount` and a `pages` object beside `data`.
         */
        ContactList: {
            /** @constant */
            status: "success";
            /** @description The AI agent whose contacts these are. */
            agentId: string;
            /** @description The contacts on this page. */
            data: components["schemas"]["ContactListItem"][];
            /** @description Number of contacts across all pages. */
            totalCount: number;
            /** @description Page information. */
            pages: {
                /** @description This page's 1-based number. */
                page: number;
                /** @description Page size used (the `limit` parameter). */
                perPage: number;
                /** @description Number of pages. */
                totalPages: number;
                /** @description Whether an earlier page exists. */
                hasPrevious: boolean;
                /** @description Whether a later page exists. */
                hasNext: boolean;
                /** @description Number of the previous page, or null on the first page. */
                previous: number | null;
                /** @description Number of the next page, or null on the last page. */
                next: number | null;
            };
        };
        /** @description Body of `POST /conversations` (send a message). */
        SendMessageRequest: {
            /** @description The contact's message. */
            question: string;
            /** @description Id of the AI agent that should answer. */
            agentId: string;
            /**
             * @description Existing contact sending the message. If omitted, a new contact may be created
             *     automatically. (Added in a newer version of the docs.)
             */
            contactId?: string;
            /** @description Conversation to continue; if omitted, a new conversation is started and its id returned. */
            conversationId?: string;
            /**
             * @description Kind of message sent.
             * @enum {string}
             */
            messageType?: "TEXT" | "IMAGE";
            /**
             * @description Stream the reply. The stream format is undocumented and not described by this spec; leave
             *     it unset (or false) to get the JSON response.
             */
            streaming?: boolean;
            /** @description The contact's IP address. */
            ip?: string;
            /** @description The contact's country code, e.g. `US`. */
            country?: string;
            /**
             * @description Format of the AI reply; `MARKDOWN` when omitted. (The default is stated here rather than
             *     as a schema `default`, which would make the generated request type require the field.)
             * @enum {string}
             */
            responseFormat?: "MARKDOWN" | "PLAIN";
            /**
             * @description Channel to record the message under (the values send-message accepts).
             * @enum {string}
             */
            integrationType?: "WHATSAPP" | "SLACK";
        };
        /** @description The `data` of a successful send-message response. */
        SendMessageResult: {
            /** @description The conversation the message was added to (new or continued). */
            conversationId: string;
            /** @description The contact who sent the message (created if needed). */
            contactId: string;
            /** @description The AI agent's reply. */
            response: string;
            /** @description Id of the stored contact message. */
            messageId: string;
            /** @description Id of the stored reply message. */
            responseMessageId: string;
            /** @description Sources the reply was based on. */
            links: {
                /** @description Where the source lives. */
                link: string;
                /** @description Kind of source (open string; known values as in `MessageSource.type`). */
                type: string;
            }[];
        };
        /**
         * @description Body of `POST /conversations/{conversationId}/reply`. The page marks none of its fields as
         *     required; the spec follows it.
         */
        AgentReplyRequest: {
            /** @description The reply text. */
            message?: string;
            /**
             * @description Id of the human agent (team member) sending the reply. Presumably a `HumanAgent.id`;
             *     the docs do not say what happens when it is omitted.
             */
            userId?: string;
            /**
             * @description Kind of message sent.
             * @enum {string}
             */
            messageType?: "TEXT" | "IMAGE";
        };
        /**
         * @description The stored reply as the reply endpoint returns it. Its shape (`text`, `sender`) differs from
         *     `Message` in `GET /conversations/{conversationId}` (`content`, `role`); how the reply
         *     appears there is undocumented.
         */
        AgentReplyMessage: {
            /** @description Message id (opaque string, e.g. `msg_…`). */
            id: string;
            /** @description The reply text. */
            text: string;
            /**
             * @description Who sent it. The docs show only `AGENT`; kept an open string.
             * @example AGENT
             */
            sender: string;
            /**
             * @description Message kind (`TEXT` or `IMAGE`); open string.
             * @example TEXT
             */
            type: string;
            /**
             * Format: date-time
             * @description When the reply was stored.
             */
            createdAt: string;
            /** @description The human agent who sent the reply (nullability undocumented; null accepted). */
            agent: components["schemas"]["HumanAgent"] | null;
        };
        /** @description The `data` of a successful reply. */
        AgentReplyResult: {
            /** @description Id of the stored reply. */
            messageId: string;
            /** @description The conversation replied to. */
            conversationId: string;
            message: components["schemas"]["AgentReplyMessage"];
        };
        /** @description Body of `POST /conversations/{conversationId}/end` (optional as a whole). */
        EndConversationRequest: {
            /**
             * @description Id of the user ending the conversation. If omitted, the agent assigned to the chat is
             *     used, or the workspace owner of the API key when none is assigned.
             */
            userId?: string;
        };
        /** @description The `data` of a successful end-conversation response. */
        EndConversationResult: {
            /** @description The resolved conversation. */
            conversationId: string;
            /** @description The user recorded as having ended it. */
            userId: string;
            /** @description The conversation's contact. */
            contactId: string;
        };
        /** @description Body of `POST /conversations/create`. */
        CreateConversationRequest: {
            /** @description Id of the AI agent (chatbot) the conversation belongs to. */
            agentId: string;
            /** @description Existing contact; if omitted, a new contact is created. */
            contactId?: string;
            /**
             * @description Channel to record the conversation under (the values this page lists).
             * @enum {string}
             */
            integrationType?: "WHATSAPP" | "SLACK";
            /** @description Client IP address (used when a new contact is created). */
            ip?: string;
            /** @description Client country code, e.g. `US` (used when a new contact is created). */
            country?: string;
        };
        /** @description The `data` of a successful create-conversation response. */
        CreateConversationResult: {
            /** @description Id of the new conversation. */
            conversationId: string;
            /** @description Id of its contact (given or newly created). */
            contactId: string;
        };
        /**
         * @description One condition of a saved view. The docs show one sample (`sentiment` `EQUALS` `NEGATIVE`)
         *     and no list of fields or operators: all three are open.
         */
        ConversationViewRule: {
            /** @description The conversation field compared, e.g. `sentiment`. */
            field: string;
            /**
             * @description The comparison; the docs show only `EQUALS`.
             * @example EQUALS
             */
            operator: string;
            /** @description The value compared against (the docs show a string; type left open). */
            value: unknown;
        };
        /** @description A saved inbox view (a named filter), as listed by `GET /conversations/views`. */
        ConversationView: {
            /** @description View id; pass it as `viewId` to `GET /conversations`. */
            id: string;
            /** @description The view's name. */
            name: string;
            /** @description The view's filter. */
            query: {
                /**
                 * @description How the rules combine; the docs show only `AND` (open string).
                 * @example AND
                 */
                combinator: string;
                /** @description The conditions. */
                rules: components["schemas"]["ConversationViewRule"][];
            };
            /**
             * Format: date-time
             * @description When the view was created.
             */
            createdAt: string;
        };
        /** @description The `data` of `GET /conversations/views`. */
        ConversationViewList: {
            /** @description The views on this page. */
            views: components["schemas"]["ConversationView"][];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description Body of `POST /contacts` (create or update a contact). */
        ContactUpsertRequest: {
            /** @description Id of the AI agent the contact belongs to. */
            agentId: string;
            /** @description Your own id for this user. */
            distinctId: string;
            /** @description Existing contact to update. */
            contactId?: string;
            /** @description Required if the agent has secure identification enabled (presumably an HMAC of `distinctId`). */
            userHash?: string;
            /** @description Contact name. */
            name?: string;
            /** @description Email address. */
            email?: string;
            /** @description Phone number. */
            phone?: string;
            /**
             * @description Custom contact attributes by key, e.g. `{"planType": "premium"}`. Values are strings,
             *     numbers, booleans or Unix timestamps (numbers); keys must first be defined for the agent
             *     in the dashboard.
             */
            attributes?: {
                [key: string]: string | number | boolean | null;
            };
        };
        /**
         * @description Error body of every operation, as documented in the API intro. The list of `code` values is
         *     undocumented; treat it as an open string.
         */
        Error: {
            /** @constant */
            status: "error";
            /** @description Human-readable description of the error. */
            message: string;
            /** @description Machine-readable error code (values undocumented). */
            code: string;
        };
    };
    responses: {
        /** @description The request is malformed or a required parameter is missing. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid API key was provided. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key lacks the permission this operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No AI agent with this `agentId` exists in the workspace. */
        AgentNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description An id in the request body (`agentId`, `conversationId` or `contactId`) does not exist. Not
         *     selectable in the mock server, because `x-mock-match` cannot look at request bodies.
         */
        ReferencedNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No conversation with this id exists. */
        ConversationNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No contact with this id exists. */
        ContactNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests. The limits are not documented. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description LiveChatAI failed to process the request. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Id of the AI agent (chatbot), a cuid such as `clx1234567890abcdef`.
         * @example clx1234567890abcdef
         */
        AgentIdQuery: string;
        /**
         * @description The conversation id (an opaque string such as `chat_…`).
         * @example chat_9b2e4d6f80
         */
        ConversationIdPath: string;
        /**
         * @description The contact id (an opaque string such as `contact_…`).
         * @example contact_7f3a9c2e51
         */
        ContactId: string;
        /**
         * @description 1-based page number (documented default 1).
         * @example 1
         */
        Page: number;
        /**
         * @description 1-based page number. The contact-conversations page states no default (the conversation
         *     list documents 1); none is declared here. Its parameter names are not visible on the page
         *     either: `page` and `perPage` are inferred from `GET /conversations`, which it "mirrors".
         * @example 1
         */
        ContactConversationsPage: number;
        /**
         * @description Conversations per page (maximum 100). **The name is inferred** from `GET /conversations`;
         *     the page shows only "Number of records per page (max 100)" and states no default.
         * @example 20
         */
        ContactConversationsPerPage: number;
        /**
         * @description Conversations per page (documented default 20, maximum 100).
         * @example 20
         */
        PerPage: number;
        /**
         * @description Sort order of `lastMessageDate`. The conversation list documents the default `desc`; the
         *     contact-conversations page states none, so no schema default is declared.
         * @example desc
         */
        Sort: "asc" | "desc";
        /**
         * @description Only open or only closed conversations. The value for closed ones is `close`, not `closed`.
         * @example open
         */
        StatusFilter: "open" | "close";
        /**
         * @description Only conversations from this date on: Unix seconds (e.g. `1747196400`) or ISO 8601 (e.g.
         *     `2024-01-01`). An older version of the docs allowed only the integer form.
         * @example 2024-01-01
         */
        StartDate: number | string;
        /**
         * @description Only conversations up to this date: Unix seconds (e.g. `1747200000`) or ISO 8601 (e.g.
         *     `2024-01-31`).
         * @example 2024-01-31
         */
        EndDate: number | string;
        /**
         * @description Only conversations assigned to this human agent; `ai` selects AI-handled conversations (no
         *     human agent assigned). **The parameter name is inferred**: the docs show this filter's
         *     description but not its name.
         * @example ai
         */
        AssignedAgentId: string;
        /**
         * @description Only conversations with this sentiment. **The parameter name is inferred** (the docs show
         *     the filter but not its name; saved inbox views call the field `sentiment`).
         * @example NEGATIVE
         */
        Sentiment: "POSITIVE" | "NEGATIVE" | "NEUTRAL" | "UNSPECIFIED";
        /**
         * @description Only conversations with this topic name (e.g. `billing`). **The parameter name is
         *     inferred**: the docs show the filter but not its name.
         * @example billing
         */
        Topic: string;
        /**
         * @description Only conversations from this channel (integration type or chat type). **The parameter name
         *     is inferred**: the docs show the filter but not its name.
         * @example WHATSAPP
         */
        Channel: "WHATSAPP" | "SLACK" | "MESSENGER" | "FULLPAGE" | "INLINECHAT" | "PREVIEW" | "ONBOARDING";
        /**
         * @description Only conversations with this resolution. **The parameter name is inferred**: the docs show
         *     the filter but not its name.
         * @example TalkToAgent
         */
        Resolution: "AIHelped" | "AIDidNotHelp" | "TalkToAgent";
        /**
         * @description Apply the filters of a saved inbox view (created in the dashboard). Can be combined with
         *     the other filters.
         * @example clx1234567890viewid
         */
        ViewId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying (or an HTTP date). Not documented by LiveChatAI; declared
         *     optional so clients can honour it when present.
         * @example 30
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listConversations: {
        parameters: {
            query: {
                /**
                 * @description Id of the AI agent (chatbot), a cuid such as `clx1234567890abcdef`.
                 * @example clx1234567890abcdef
                 */
                agentId: components["parameters"]["AgentIdQuery"];
                /**
                 * @description 1-based page number (documented default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Conversations per page (documented default 20, maximum 100).
                 * @example 20
                 */
                perPage?: components["parameters"]["PerPage"];
                /**
                 * @description Which conversations to list.
                 * @example all
                 */
                type?: "unassigned" | "your-inbox" | "all";
                /**
                 * @description Sort order of `lastMessageDate`. The conversation list documents the default `desc`; the
                 *     contact-conversations page states none, so no schema default is declared.
                 * @example desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Only open or only closed conversations. The value for closed ones is `close`, not `closed`.
                 * @example open
                 */
                status?: components["parameters"]["StatusFilter"];
                /**
                 * @description Only conversations from this date on: Unix seconds (e.g. `1747196400`) or ISO 8601 (e.g.
                 *     `2024-01-01`). An older version of the docs allowed only the integer form.
                 * @example 2024-01-01
                 */
                startDate?: components["parameters"]["StartDate"];
                /**
                 * @description Only conversations up to this date: Unix seconds (e.g. `1747200000`) or ISO 8601 (e.g.
                 *     `2024-01-31`).
                 * @example 2024-01-31
                 */
                endDate?: components["parameters"]["EndDate"];
                /**
                 * @description Only conversations assigned to this human agent; `ai` selects AI-handled conversations (no
                 *     human agent assigned). **The parameter name is inferred**: the docs show this filter's
                 *     description but not its name.
                 * @example ai
                 */
                assignedAgentId?: components["parameters"]["AssignedAgentId"];
                /**
                 * @description Only conversations with this sentiment. **The parameter name is inferred** (the docs show
                 *     the filter but not its name; saved inbox views call the field `sentiment`).
                 * @example NEGATIVE
                 */
                sentiment?: components["parameters"]["Sentiment"];
                /**
                 * @description Only conversations with this topic name (e.g. `billing`). **The parameter name is
                 *     inferred**: the docs show the filter but not its name.
                 * @example billing
                 */
                topic?: components["parameters"]["Topic"];
                /**
                 * @description Only conversations from this channel (integration type or chat type). **The parameter name
                 *     is inferred**: the docs show the filter but not its name.
                 * @example WHATSAPP
                 */
                channel?: components["parameters"]["Channel"];
                /**
                 * @description Only conversations with this resolution. **The parameter name is inferred**: the docs show
                 *     the filter but not its name.
                 * @example TalkToAgent
                 */
                resolution?: components["parameters"]["Resolution"];
                /**
                 * @description Apply the filters of a saved inbox view (created in the dashboard). Can be combined with
                 *     the other filters.
                 * @example clx1234567890viewid
                 */
                viewId?: components["parameters"]["ViewId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["ConversationList"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AgentNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The message was stored and the AI agent replied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        /** @description Human-readable confirmation, e.g. `Message sent successfully`. */
                        message: string;
                        data: components["schemas"]["SendMessageResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ReferencedNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation id (an opaque string such as `chat_…`).
                 * @example chat_9b2e4d6f80
                 */
                conversationId: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation with its messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["Conversation"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ConversationNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    replyToConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation id (an opaque string such as `chat_…`).
                 * @example chat_9b2e4d6f80
                 */
                conversationId: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentReplyRequest"];
            };
        };
        responses: {
            /** @description The reply was stored and sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        /** @description Human-readable confirmation; the docs show `User reply sent successfully`. */
                        message: string;
                        data: components["schemas"]["AgentReplyResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ConversationNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    endConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation id (an opaque string such as `chat_…`).
                 * @example chat_9b2e4d6f80
                 */
                conversationId: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EndConversationRequest"];
            };
        };
        responses: {
            /** @description The conversation is resolved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        /** @description Human-readable confirmation; the docs show `Conversation resolved successfully`. */
                        message: string;
                        data: components["schemas"]["EndConversationResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ConversationNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConversationRequest"];
            };
        };
        responses: {
            /** @description The conversation was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["CreateConversationResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ReferencedNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listConversationViews: {
        parameters: {
            query: {
                /**
                 * @description Id of the AI agent (chatbot), a cuid such as `clx1234567890abcdef`.
                 * @example clx1234567890abcdef
                 */
                agentId: components["parameters"]["AgentIdQuery"];
                /**
                 * @description 1-based page number (documented default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Views per page (documented default 20, maximum 100).
                 * @example 20
                 */
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of saved views. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["ConversationViewList"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AgentNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listContacts: {
        parameters: {
            query: {
                /**
                 * @description Id of the AI agent (chatbot), a cuid such as `clx1234567890abcdef`.
                 * @example clx1234567890abcdef
                 */
                agentId: components["parameters"]["AgentIdQuery"];
                /**
                 * @description 1-based page number (documented default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Contacts per page.
                 * @example 10
                 */
                limit?: number;
            };
            header?: never;
            path?: never;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AgentNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createOrUpdateContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpsertRequest"];
            };
        };
        responses: {
            /** @description The contact was created or updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        /** @description Id of the created or updated contact. */
                        contactId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ReferencedNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact id (an opaque string such as `contact_…`).
                 * @example contact_7f3a9c2e51
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact (not wrapped in an envelope). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ContactNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listContactConversations: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The contact-conversations page states no default (the conversation
                 *     list documents 1); none is declared here. Its parameter names are not visible on the page
                 *     either: `page` and `perPage` are inferred from `GET /conversations`, which it "mirrors".
                 * @example 1
                 */
                page?: components["parameters"]["ContactConversationsPage"];
                /**
                 * @description Conversations per page (maximum 100). **The name is inferred** from `GET /conversations`;
                 *     the page shows only "Number of records per page (max 100)" and states no default.
                 * @example 20
                 */
                perPage?: components["parameters"]["ContactConversationsPerPage"];
                /**
                 * @description Sort order of `lastMessageDate`. The conversation list documents the default `desc`; the
                 *     contact-conversations page states none, so no schema default is declared.
                 * @example desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Only open or only closed conversations. The value for closed ones is `close`, not `closed`.
                 * @example open
                 */
                status?: components["parameters"]["StatusFilter"];
                /**
                 * @description Only conversations from this date on: Unix seconds (e.g. `1747196400`) or ISO 8601 (e.g.
                 *     `2024-01-01`). An older version of the docs allowed only the integer form.
                 * @example 2024-01-01
                 */
                startDate?: components["parameters"]["StartDate"];
                /**
                 * @description Only conversations up to this date: Unix seconds (e.g. `1747200000`) or ISO 8601 (e.g.
                 *     `2024-01-31`).
                 * @example 2024-01-31
                 */
                endDate?: components["parameters"]["EndDate"];
                /**
                 * @description Only conversations assigned to this human agent; `ai` selects AI-handled conversations (no
                 *     human agent assigned). **The parameter name is inferred**: the docs show this filter's
                 *     description but not its name.
                 * @example ai
                 */
                assignedAgentId?: components["parameters"]["AssignedAgentId"];
                /**
                 * @description Only conversations with this sentiment. **The parameter name is inferred** (the docs show
                 *     the filter but not its name; saved inbox views call the field `sentiment`).
                 * @example NEGATIVE
                 */
                sentiment?: components["parameters"]["Sentiment"];
                /**
                 * @description Only conversations with this topic name (e.g. `billing`). **The parameter name is
                 *     inferred**: the docs show the filter but not its name.
                 * @example billing
                 */
                topic?: components["parameters"]["Topic"];
                /**
                 * @description Only conversations from this channel (integration type or chat type). **The parameter name
                 *     is inferred**: the docs show the filter but not its name.
                 * @example WHATSAPP
                 */
                channel?: components["parameters"]["Channel"];
                /**
                 * @description Only conversations with this resolution. **The parameter name is inferred**: the docs show
                 *     the filter but not its name.
                 * @example TalkToAgent
                 */
                resolution?: components["parameters"]["Resolution"];
                /**
                 * @description Apply the filters of a saved inbox view (created in the dashboard). Can be combined with
                 *     the other filters.
                 * @example clx1234567890viewid
                 */
                viewId?: components["parameters"]["ViewId"];
            };
            header?: never;
            path: {
                /**
                 * @description The contact id (an opaque string such as `contact_…`).
                 * @example contact_7f3a9c2e51
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the contact's conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        data: components["schemas"]["ConversationList"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ContactNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
