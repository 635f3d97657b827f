/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: specs/5chat.yaml (openapi-typescript), by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check API health
         * @description Returns `{status, timestamp}` when the API is up. Unusually for a health check, the vendor
         *     documents it as requiring a bearer token with the `READ` permission.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Lists the website's conversations, page by page (`page` is 1-based, `limit` is at most 100).
         *     The vendor describes the result as "with summary and localized tags", but list items have
         *     only the 12 `Conversation` fields; fetch `GET /conversations/{token}` for `summary` and
         *     `tags`. The sort order is undocumented.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Returns one conversation (with its AI `summary` and localized `tags`) together with all its
         *     messages, the visitor and the website's users. Returns exactly the same shape as
         *     `GET /conversations/{token}/messages`. The docs sample shows `messages` as a string; the
         *     documented type, used here, is an array of `Message` objects.
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
    "/conversations/{token}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a conversation's messages
         * @description Returns all messages of one conversation (not paginated), together with the conversation,
         *     the visitor and the website's users: the same shape as `GET /conversations/{token}`.
         */
        get: operations["listConversationMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{token}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate a conversation
         * @description A visitor rates a conversation. The page lists Permissions "None" but still a bearer token,
         *     and its 400 ("Missing or invalid x-visitor-id header") shows that the call must carry the
         *     visitor's id in `x-visitor-id` (value format undocumented). The body's fields are not marked
         *     required. This is the only conversation write 5chat documents.
         *
         *     **Page versions disagree on re-rating.** The endpoint page (and the older index) say "The
         *     conversation can only be rated once" and list `409 Conversation has already been rated`;
         *     the newer index says existing ratings can be overwritten. The spec follows the endpoint page
         *     and keeps the 409: it is the operation's own, more specific page, and declaring a status the
         *     server may no longer send costs a client nothing, while leaving a real 409 undeclared would
         *     leave it untyped.
         *
         *     The page documents `200` with the updated conversation (the 14 `ConversationDetail`
         *     fields) and also a bodiless `201` (NestJS's default status for POST); both are declared.
         *     Source: https://5chat.io/en/docs/api/endpoints/conversations/ConversationsController_rateConversation
         */
        post: operations["rateConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/visitors/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a visitor
         * @description Returns one visitor of the website by its visitor token.
         *     Source: https://5chat.io/en/docs/api/endpoints/visitors/VisitorsController_getVisitor
         */
        get: operations["getVisitor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/visitors/{token}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a visitor's context
         * @description Sets a visitor's name and free-form context; "geolocation data is automatically removed"
         *     from the context. Needs the `WRITE` permission. The page renders the `context` example as
         *     `[object Object]`, so its keys are undocumented; the body's fields are not marked required.
         *     Source: https://5chat.io/en/docs/api/endpoints/visitors/VisitorsController_updateVisitorContext
         */
        patch: operations["updateVisitorContext"];
        trace?: never;
    };
    "/widgets/{clientToken}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the widget configuration
         * @description Returns the chat widget's configuration. The page lists a bearer token but Permissions
         *     "None", and no 401. The endpoint page calls the path parameter `{token}` ("Widget token");
         *     the index ("Get widget configuration by client token") and the PATCH page call it
         *     `{clientToken}`, used here, since one path cannot carry two parameter names (the name is
         *     not sent on the wire). `chatFormFields` and `welcomeMessages` are typed as strings
         *     (presumably JSON-encoded lists; undocumented).
         *     Source: https://5chat.io/en/docs/api/endpoints/widgets/WidgetsController_getWidget
         */
        get: operations["getWidget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the widget configuration
         * @description Updates the widget settings of the token's website; needs the `WRITE` permission. Every
         *     body field is optional (none is marked required); colours are examples like `#fff`.
         *     Source: https://5chat.io/en/docs/api/endpoints/widgets/WidgetsController_updateWidgetForWebsite
         */
        patch: operations["updateWidget"];
        trace?: never;
    };
    "/statistics/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current statistics
         * @description Returns the website's current counters. The unit of `averageResponseTime` is undocumented
         *     (the sample is `45.5`; presumably seconds).
         *     Source: https://5chat.io/en/docs/api/endpoints/statistics/StatisticsController_getCurrentStatsForWebsite
         */
        get: operations["getCurrentStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets (PRO)
         * @description Lists the website's tickets, page by page, with optional filters; PRO plan, `READ`
         *     permission. The page states no defaults. What a FREE-plan token gets is undocumented.
         *     Source: https://5chat.io/en/docs/api/endpoints/tickets/TicketsController_findAll
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Create a ticket (PRO)
         * @description Creates a ticket for the token's website; PRO plan, `WRITE` permission. No body field is
         *     marked required. The page answers `201` with the ticket.
         *     Source: https://5chat.io/en/docs/api/endpoints/tickets/TicketsController_create
         */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ticket (PRO)
         * @description Returns one ticket; PRO plan, `READ` permission.
         *     Source: https://5chat.io/en/docs/api/endpoints/tickets/TicketsController_findOne
         */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a ticket (PRO)
         * @description Updates a ticket's fields; PRO plan, `WRITE` permission. No body field is marked required.
         *     Source: https://5chat.io/en/docs/api/endpoints/tickets/TicketsController_update
         */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/tickets/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a ticket's status (PRO)
         * @description Sets a ticket's status; PRO plan, `WRITE` permission. The status values are undocumented
         *     (the page's example is `PENDING`).
         *     Source: https://5chat.io/en/docs/api/endpoints/tickets/TicketsController_updateStatus
         */
        patch: operations["updateTicketStatus"];
        trace?: never;
    };
    "/tickets/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a message to a ticket (PRO)
         * @description Adds a message to a ticket; PRO plan, `WRITE` permission. No body field is marked required.
         *     One version of the page also lists a numeric `ticketId` in the body, duplicating the path
         *     `id` (and typed as a number while the answer's `ticketId` is a string); it is declared
         *     optional. The page answers `201` with the message.
         *     Source: https://5chat.io/en/docs/api/endpoints/tickets/TicketsController_createMessage
         */
        post: operations["createTicketMessage"];
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
         * @description A conversation as listed by `GET /conversations` (12 fields). The detail endpoints return
         *     `ConversationDetail`, which adds `summary` and `tags`. Ids are integers: the detail-page
         *     samples show them as strings, but the list sample and the typed tables agree on numbers.
         */
        Conversation: {
            /** @description Numeric conversation id. The API addresses conversations by `token`, not by `id`. */
            id: number;
            /** @description Id of the website (the token's scope) the conversation belongs to. */
            websiteId: number;
            /** @description Opaque conversation token used in `/conversations/{token}` URLs. */
            token: string;
            /**
             * @description The visitor's rating, or null if the conversation has not been rated. Probably 1–5 (the
             *     rate endpoint's sample is 5; the detail sample's 42 is a placeholder). No range is
             *     enforced because none is documented.
             */
            rating: number | null;
            /** @description Id of the `User` (agent) the conversation is assigned to, or null when unassigned. */
            assigneeId: number | null;
            /** @description Id of the `Visitor` who started the conversation. */
            visitorId: number;
            /** @description Whether the visitor is typing right now. */
            visitorTyping: boolean;
            /** @description Whether an agent is typing right now. */
            userTyping: boolean;
            /**
             * Format: date-time
             * @description When the conversation was created.
             */
            createdAt: string;
            /**
             * @description Conversation status. The values are undocumented: the list sample shows `OPEN`, the
             *     detail samples `active`; `CLOSED` is implied by `closedAt` and by the uppercase ticket
             *     statuses. Known values: `OPEN`, `CLOSED` (and possibly `active`). Kept an open string so
             *     a new value does not break clients.
             * @example OPEN
             * @example CLOSED
             */
            status: string;
            /**
             * Format: date-time
             * @description When an agent first replied ("Date and time when the first message was sent by an
             *     agent"), or null if no agent has replied yet. The detail-page samples show message text
             *     here; the list sample and the field description show a date-time, used here.
             */
            firstMessageAt: string | null;
            /**
             * Format: date-time
             * @description When the conversation was closed, or null while it is open. The docs sample is the
             *     placeholder `"sample_closedAt"`.
             */
            closedAt: string | null;
        };
        /**
         * @description A conversation as returned by `GET /conversations/{token}` and its `/messages` variant
         *     (14 fields): the 12 `Conversation` fields plus the AI `summary` and the localized `tags`.
         */
        ConversationDetail: components["schemas"]["Conversation"] & {
            /** @description AI-generated summary of the conversation, or null if none has been generated yet. */
            summary: string | null;
            /** @description Tag names, translated into the language requested with `lang`. */
            tags: string[];
        };
        /**
         * @description One chat message. The docs say each message has 12 properties but never name them (the
         *     sample is the string `"Hello, this is a test message"`), so **all eight fields below are
         *     guesses (GUESSED in each description) and optional**, and the object is deliberately
         *     open (`additionalProperties: true`): whatever the API really returns is kept. Pin the names down from a live response before relying on
         *     them. The ticket-message object (`POST /tickets/{id}/messages`) is a different resource and
         *     was not used as a template.
         */
        Message: {
            /** @description GUESSED — Message id (guessed name; integer like every other 5chat id). */
            id?: number;
            /** @description GUESSED — Id of the conversation the message belongs to (guessed name). */
            conversationId?: number;
            /** @description GUESSED — Message text (guessed name); may be null for non-text messages. */
            content?: string | null;
            /** @description GUESSED — Message kind, e.g. text or file (guessed name and values). */
            type?: string;
            /** @description GUESSED — Who sent the message, e.g. visitor or user (guessed name and values). */
            senderType?: string;
            /** @description GUESSED — Id of the `User` (agent) who sent the message, null for visitor messages (guessed name). */
            userId?: number | null;
            /** @description GUESSED — Id of the `Visitor` who sent the message, null for agent messages (guessed name). */
            visitorId?: number | null;
            /**
             * Format: date-time
             * @description GUESSED — When the message was sent (guessed name).
             */
            createdAt?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A website visitor (11 fields), as returned by `GET /visitors/{token}` and inside a
         *     conversation. No page marks a field required, so none is; `updatedAt` is sampled as a bare
         *     date and is a plain string.
         */
        Visitor: {
            /** @description Numeric visitor id (sampled as a string on the conversation pages; typed as a number). */
            id?: number;
            /** @description Visitor display name. */
            name?: string;
            /** @description Opaque visitor token used in `/visitors/{token}` URLs. */
            token?: string;
            /** @description Visitor IP address (the docs sample is the placeholder `"sample_ip"`). */
            ip?: string;
            /**
             * @description Free-form context attached to the visitor. Typed as a string in the docs, but
             *     `PATCH /visitors/{token}/context` writes it as an object (with geolocation keys removed),
             *     so it may come back as either; null is accepted for visitors without context.
             */
            context?: string | {
                [key: string]: unknown;
            } | null;
            /** @description Id of the website the visitor belongs to. */
            websiteId?: number;
            /**
             * @description Visitor country (probably an ISO 3166-1 alpha-2 code), or null if unknown. The docs
             *     sample shows the number `10`, but the field is typed as a string.
             */
            country?: string | null;
            /** @description Visitor city, or null if unknown. */
            city?: string | null;
            /** @description Whether the visitor is online right now. */
            online?: boolean;
            /**
             * Format: date-time
             * @description When the visitor was first seen.
             */
            createdAt?: string;
            /**
             * @description When the visitor was last updated. The docs sample shows a bare date (`"2024-03-15"`)
             *     while `createdAt` is a full date-time, so no format is enforced.
             */
            updatedAt?: string;
        };
        /**
         * @description A user of the website (an agent or operator; 17 fields). Only the sample documents these
         *     fields; ids follow the integer decision (the sample shows them as strings, like every id
         *     on that page). `googleId` and `gitHubId` are ids issued by Google and GitHub, not by 5chat,
         *     so they stay strings. No page marks a field required, so none is; `updatedAt` and
         *     `lastVisitAt` are sampled as a bare date and a placeholder and are plain strings.
         */
        User: {
            /** @description Numeric user id; `Conversation.assigneeId` and `Message.userId` refer to it. */
            id?: number;
            /** @description Display name. */
            name?: string;
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /** @description Dashboard theme preference (values undocumented; the sample is a placeholder). */
            theme?: string;
            /** @description Dashboard language code (values undocumented; the sample is a placeholder). */
            language?: string;
            /**
             * Format: date-time
             * @description When the user was created.
             */
            createdAt?: string;
            /** @description When the user was last updated (sampled as a bare date, `"2024-03-15"`; no format enforced). */
            updatedAt?: string;
            /** @description The user's avatar image, or null if none was uploaded. */
            avatar?: components["schemas"]["Avatar"] | null;
            /** @description Id of the avatar file, or null if none was uploaded. */
            fileId?: number | null;
            /** @description Whether the account is activated. */
            activated?: boolean;
            /**
             * @description Firebase Cloud Messaging push tokens of the user's devices (inferred meaning). The only
             *     sample is a single string; the plural name suggests an array, so both are accepted.
             */
            fcmTokens?: string | string[];
            /** @description Id of the website selected in the user's dashboard, or null. */
            selectedWebsiteId?: number | null;
            /**
             * @description When the user last visited the dashboard, or null. The docs sample is the placeholder
             *     `"sample_lastVisitAt"`, so no format is enforced.
             */
            lastVisitAt?: string | null;
            /** @description Google account subject id if the user signs in with Google, else null. */
            googleId?: string | null;
            /** @description GitHub account id if the user signs in with GitHub, else null. */
            gitHubId?: string | null;
            /**
             * @description How the user signs in. Known value: `LOCAL` (email and password); `GOOGLE` and `GITHUB`
             *     are implied by `googleId`/`gitHubId`. Kept an open string.
             * @example LOCAL
             */
            authProvider?: string;
            /** @description Whether the email address has been verified. */
            emailVerified?: boolean;
        };
        /**
         * @description An uploaded avatar image file, as embedded in `User.avatar` (9 fields, known only from the
         *     sample; none marked required).
         */
        Avatar: {
            /** @description Numeric file id (sampled as a string; integer like every other id). */
            id?: number;
            /** @description Opaque file token. */
            token?: string;
            /**
             * Format: uri
             * @description Public URL of the image.
             */
            url?: string;
            /** @description File name. */
            name?: string;
            /** @description MIME type of the file, e.g. `image/png`. */
            mimeType?: string;
            /** @description Id of the `User` who owns the file. */
            userId?: number;
            /** @description Id of the website the file belongs to. */
            websiteId?: number;
            /**
             * Format: date-time
             * @description When the file was uploaded.
             */
            createdAt?: string;
            /** @description When the file was last updated (sampled as a bare date; no format enforced). */
            updatedAt?: string;
        };
        /** @description One page of `GET /conversations`. 5chat uses the same page envelope for tickets. */
        ConversationPage: {
            /** @description The conversations on this page. */
            data: components["schemas"]["Conversation"][];
            /** @description Number of conversations across all pages. */
            total: number;
            /** @description This page's 1-based number. */
            page: number;
            /** @description Page size used. */
            limit: number;
            /** @description Number of pages. */
            totalPages: number;
            /** @description Whether a later page exists. */
            hasNextPage: boolean;
            /** @description Whether an earlier page exists. */
            hasPrevPage: boolean;
        };
        /**
         * @description Response of `GET /conversations/{token}` and `GET /conversations/{token}/messages`: the
         *     conversation, all its messages (not paginated), its visitor and the website's users.
         */
        ConversationWithDetails: {
            conversation: components["schemas"]["ConversationDetail"];
            /**
             * @description The conversation's messages. The docs sample shows the string
             *     `"Hello, this is a test message"`; the documented type is an array of objects.
             */
            messages: components["schemas"]["Message"][];
            visitor: components["schemas"]["Visitor"];
            /** @description The website's users (agents), e.g. to resolve `assigneeId` and message authors. */
            users: components["schemas"]["User"][];
        };
        /** @description Body of `POST /conversations/{token}/rate`. Neither field is marked required. */
        RateConversationRequest: {
            /** @description The rating (the page's example is `5`; the scale is undocumented, presumably 1–5). */
            rating?: number;
            /** @description Free-text feedback. */
            feedback?: string;
        };
        /** @description Body of `PATCH /visitors/{token}/context`. Neither field is marked required. */
        VisitorContextUpdate: {
            /** @description The visitor's display name. */
            name?: string;
            /**
             * @description Free-form context (the page renders its example as `[object Object]`, so its keys are
             *     undocumented). Geolocation data is removed by 5chat.
             */
            context?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The chat widget's configuration (18 fields, all typed on the page; none is marked
         *     required, so all are optional). `chatFormFields` and `welcomeMessages` are typed as
         *     strings (presumably JSON-encoded lists). The page's sample values are placeholders
         *     (`sample_color`, a `chatTitleClass` of "Software Engineer").
         */
        Widget: {
            /** @description Numeric widget id. */
            id?: number;
            /** @description Main colour, e.g. `#fff`. */
            color?: string;
            /** @description CSS class of the launcher button. */
            buttonClass?: string;
            /** @description CSS class of the chat window. */
            chatClass?: string;
            /** @description CSS class of the chat title. */
            chatTitleClass?: string;
            /** @description CSS class of the chat input. */
            chatInputClass?: string;
            /** @description Horizontal position of the launcher button. */
            buttonXPos?: number;
            /** @description Vertical position of the launcher button. */
            buttonYPos?: number;
            /** @description Launcher background colour. */
            buttonBgColor?: string;
            /** @description Launcher text colour. */
            buttonTextColor?: string;
            /** @description Message bubble colour. */
            bubbleColor?: string;
            /** @description Message bubble text colour. */
            bubbleTextColor?: string;
            /** @description The website's client token (the `{token}`/`{clientToken}` of the widget paths). */
            websiteClientToken?: string;
            /** @description Pre-chat form fields (a string; presumably JSON-encoded). */
            chatFormFields?: string;
            /** @description Welcome messages (a string; presumably JSON-encoded). */
            welcomeMessages?: string;
            /** @description Whether visitors are asked to rate conversations. */
            ratingEnabled?: boolean;
            /** @description Whether the 5chat branding is hidden. */
            removeBranding?: boolean;
            /** @description Whether the chat is enabled. */
            chatEnabled?: boolean;
        };
        /** @description Body of `PATCH /widgets/{clientToken}` (the `Widget` fields except `id`, all optional). */
        WidgetUpdate: {
            /** @description Main colour, e.g. `#fff`. */
            color?: string;
            /** @description CSS class of the launcher button. */
            buttonClass?: string;
            /** @description CSS class of the chat window. */
            chatClass?: string;
            /** @description CSS class of the chat title. */
            chatTitleClass?: string;
            /** @description CSS class of the chat input. */
            chatInputClass?: string;
            /** @description Horizontal position of the launcher button. */
            buttonXPos?: number;
            /** @description Vertical position of the launcher button. */
            buttonYPos?: number;
            /** @description Launcher background colour, e.g. `#fff`. */
            buttonBgColor?: string;
            /** @description Launcher text colour, e.g. `#fff`. */
            buttonTextColor?: string;
            /** @description Message bubble colour, e.g. `#fff`. */
            bubbleColor?: string;
            /** @description Message bubble text colour, e.g. `#fff`. */
            bubbleTextColor?: string;
            /** @description The website's client token. */
            websiteClientToken?: string;
            /** @description Pre-chat form fields (a string; presumably JSON-encoded). */
            chatFormFields?: string;
            /** @description Welcome messages (a string; presumably JSON-encoded). */
            welcomeMessages?: string;
            /** @description Whether visitors are asked to rate conversations. */
            ratingEnabled?: boolean;
            /** @description Whether the 5chat branding is hidden. */
            removeBranding?: boolean;
            /** @description Whether the chat is enabled. */
            chatEnabled?: boolean;
        };
        /** @description The answer of `GET /statistics/current` (all six fields typed as numbers; none marked required). */
        CurrentStatistics: {
            /** @description Number of conversations. */
            totalConversations?: number;
            /** @description Number of active conversations. */
            activeConversations?: number;
            /** @description Number of messages. */
            totalMessages?: number;
            /** @description Number of visitors. */
            totalVisitors?: number;
            /** @description Number of visitors online now. */
            onlineVisitors?: number;
            /** @description Average response time (unit undocumented; the sample is `45.5`, presumably seconds). */
            averageResponseTime?: number;
        };
        /**
         * @description A support ticket (PRO plan; 19 fields). None is marked required, so all are optional, and
         *     the object is open. Page versions disagree: the typed table and one sample give `id` as a
         *     string (`"123456789"`), another sample as a number (`123`), so both are accepted; one
         *     sample adds an `email` field (kept by the open object). `website` is typed as an object but
         *     sampled as a URL string, and `messages` is typed as an array but sampled as a string: each
         *     accepts both. The shapes of `website`, `visitor`, `assignee` and the ticket messages are
         *     not documented beyond one sample (`visitor: {token, name}`, `assignee: {id, name, email}`).
         */
        Ticket: {
            /** @description Ticket id; a string in the typed table (unlike every other 5chat id), a number in one sample. */
            id?: string | number;
            /** @description Id of the website. */
            websiteId?: number;
            /** @description Id of the visitor the ticket is about (nullability undocumented). */
            visitorId?: number | null;
            /** @description Id of the conversation it came from (nullability undocumented). */
            conversationId?: number | null;
            /** @description Ticket title. */
            title?: string;
            /** @description Ticket description. */
            description?: string;
            /**
             * @description Status; values undocumented (samples show `NEW`, `PENDING`). Open string.
             * @example NEW
             * @example PENDING
             */
            status?: string;
            /**
             * @description Priority; values undocumented (samples show `MEDIUM`, `HIGH`). Open string.
             * @example MEDIUM
             */
            priority?: string;
            /** @description Id of the assigned `User` (nullability undocumented). */
            assigneeId?: number | null;
            /** @description The ticket's own e-mail address (replies to it join the ticket; inferred). */
            uniqueEmailAddress?: string;
            /** @description Language code, e.g. `en`. */
            languageCode?: string;
            /** @description AI summary of the ticket (nullability undocumented). */
            summary?: string | null;
            /** @description When the ticket was created (samples are date-times). */
            createdAt?: string;
            /** @description When the ticket was last updated (samples are date-times). */
            updatedAt?: string;
            /** @description Website information; typed as an object, sampled as a URL string. */
            website?: {
                [key: string]: unknown;
            } | string;
            /** @description Visitor information (one sample shows `{token, name}`). */
            visitor?: {
                [key: string]: unknown;
            } | null;
            /** @description Assigned user information (one sample shows `{id, name, email}`). */
            assignee?: {
                [key: string]: unknown;
            } | null;
            /** @description Ticket messages; typed as an array, sampled as a string. */
            messages?: {
                [key: string]: unknown;
            }[] | string;
            /** @description Tag names, e.g. `technical-issue`. */
            tags?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description One page of `GET /tickets` (the same envelope as `ConversationPage`). */
        TicketPage: {
            /** @description The tickets on this page. */
            data: components["schemas"]["Ticket"][];
            /** @description Number of tickets across all pages. */
            total: number;
            /** @description This page's 1-based number. */
            page: number;
            /** @description Page size used. */
            limit: number;
            /** @description Number of pages. */
            totalPages: number;
            /** @description Whether a later page exists. */
            hasNextPage: boolean;
            /** @description Whether an earlier page exists. */
            hasPrevPage: boolean;
        };
        /** @description Body of `POST /tickets`; all strings, none marked required. */
        TicketCreateRequest: {
            /** @description Ticket title. */
            title?: string;
            /** @description Ticket description. */
            description?: string;
            /** @description Contact e-mail address. */
            email?: string;
            /** @description Priority (values undocumented; `MEDIUM` seen). */
            priority?: string;
            /** @description Token of the visitor the ticket is about. */
            visitorToken?: string;
            /** @description Token of the conversation the ticket comes from. */
            conversationToken?: string;
        };
        /** @description Body of `PATCH /tickets/{id}`; none marked required. */
        TicketUpdateRequest: {
            /** @description Ticket title. */
            title?: string;
            /** @description Ticket description. */
            description?: string;
            /** @description Contact e-mail address. */
            email?: string;
            /** @description Priority (values undocumented). */
            priority?: string;
            /** @description Status (values undocumented). */
            status?: string;
            /** @description Token of the visitor the ticket is about. */
            visitorToken?: string;
            /** @description Id of the `User` to assign. */
            assigneeId?: number;
        };
        /** @description Body of `PATCH /tickets/{id}/status`. */
        TicketStatusUpdate: {
            /** @description The new status (values undocumented; the page's example is `PENDING`). */
            status?: string;
        };
        /** @description Body of `POST /tickets/{id}/messages`; none marked required. */
        TicketMessageCreateRequest: {
            /** @description Message text. */
            content?: string;
            /** @description Message kind (values undocumented; `EMAIL` seen in the answer). */
            messageType?: string;
            /** @description E-mail `Message-ID` when the message came by e-mail. */
            emailMessageId?: string;
            /** @description Sender's e-mail address. */
            senderEmail?: string;
            /** @description Whether the message came in by e-mail. */
            isFromEmail?: boolean;
            /** @description Id of the `User` writing it. */
            authorId?: number;
            /** @description E-mail `In-Reply-To` header. */
            inReplyTo?: string;
            /** @description E-mail `References` header. */
            references?: string;
            /** @description E-mail subject. */
            subject?: string;
            /**
             * @description Listed in one version of the page only; duplicates the path `id` (and is a number
             *     while the answer's `ticketId` is a string).
             */
            ticketId?: number;
        };
        /** @description A ticket message as `POST /tickets/{id}/messages` answers it (none marked required). */
        TicketMessage: {
            /** @description Message id (a string). */
            id?: string;
            /** @description The ticket's id (a string here). */
            ticketId?: string;
            /** @description Message kind, e.g. `EMAIL`. */
            messageType?: string;
            /** @description Message text. */
            content?: string;
            /** @description E-mail `Message-ID`. */
            emailMessageId?: string;
            /** @description Sender's e-mail address. */
            senderEmail?: string;
            /** @description Whether the message came in by e-mail. */
            isFromEmail?: boolean;
            /** @description When the message was stored (samples are date-times). */
            createdAt?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Error body. 5chat documents none ("No response details available"). Its operation ids
         *     (`ConversationsController_getAllConversations`, …) are what NestJS generates, so the body is
         *     inferred to be NestJS's default: `{statusCode, message, error}`, where `message` is a list
         *     of strings for validation errors. All fields are optional and the object is open, because
         *     the shape is an inference.
         */
        ErrorBody: {
            /** @description The HTTP status code, repeated. */
            statusCode?: number;
            /** @description Human-readable error, or a list of them for validation errors. */
            message?: string | string[];
            /** @description The HTTP reason phrase, e.g. `Not Found`. */
            error?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /**
         * @description The bearer token is missing or invalid (documented: "Invalid or missing API token"). What a
         *     token lacking the needed permission or plan gets is undocumented.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No conversation with this token belongs to the token's website. */
        ConversationNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No visitor with this token belongs to the token's website. */
        VisitorNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The widget token is invalid. */
        InvalidWidgetToken: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No widget has this token. */
        WidgetNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request body is invalid. */
        InvalidTicketData: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The ticket id is invalid. */
        InvalidTicketId: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No ticket with this id belongs to the token's website. */
        TicketNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The conversation token (an opaque string, not the numeric conversation id).
         * @example c7d1e2f3a4b5
         */
        ConversationToken: string;
        /**
         * @description The visitor token (an opaque string, not the numeric visitor id).
         * @example v9a8b7c6d5e4
         */
        VisitorToken: string;
        /**
         * @description The rating visitor's identity. Required (the page's 400 is "Missing or invalid
         *     x-visitor-id header"); its value format is undocumented: presumably the visitor token or
         *     numeric id.
         * @example v9a8b7c6d5e4
         */
        VisitorIdHeader: string;
        /**
         * @description The widget's client token (`Widget.websiteClientToken`).
         * @example w7k2m9p4q1
         */
        WidgetClientToken: string;
        /**
         * @description The ticket id (a string in the typed tables, e.g. `123456789`).
         * @example 5301
         */
        TicketId: string;
        /**
         * @description Language code used to translate tag names (e.g. `en`, `pl`, `de`).
         * @example en
         */
        Lang: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description `ok` when the API is up.
                         * @example ok
                         */
                        status: string;
                        /**
                         * Format: date-time
                         * @description Server time of the check.
                         */
                        timestamp: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description 1-based page number. No default is documented (presumably 1), so none is declared. */
                page?: number;
                /**
                 * @description Page size, at most 100. **The default is inferred, not documented**: the sample shows
                 *     `limit: 20`, so it is presumably 20; no schema default is declared.
                 */
                limit?: number;
                /**
                 * @description Language code used to translate tag names (e.g. `en`, `pl`, `de`).
                 * @example en
                 */
                lang?: components["parameters"]["Lang"];
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
                    "application/json": components["schemas"]["ConversationPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getConversation: {
        parameters: {
            query?: {
                /**
                 * @description Language code used to translate tag names (e.g. `en`, `pl`, `de`).
                 * @example en
                 */
                lang?: components["parameters"]["Lang"];
            };
            header?: never;
            path: {
                /**
                 * @description The conversation token (an opaque string, not the numeric conversation id).
                 * @example c7d1e2f3a4b5
                 */
                token: components["parameters"]["ConversationToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation with its messages, visitor and users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationWithDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ConversationNotFound"];
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /**
                 * @description Language code used to translate tag names (e.g. `en`, `pl`, `de`).
                 * @example en
                 */
                lang?: components["parameters"]["Lang"];
            };
            header?: never;
            path: {
                /**
                 * @description The conversation token (an opaque string, not the numeric conversation id).
                 * @example c7d1e2f3a4b5
                 */
                token: components["parameters"]["ConversationToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation's messages, with the conversation, visitor and users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationWithDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ConversationNotFound"];
        };
    };
    rateConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The rating visitor's identity. Required (the page's 400 is "Missing or invalid
                 *     x-visitor-id header"); its value format is undocumented: presumably the visitor token or
                 *     numeric id.
                 * @example v9a8b7c6d5e4
                 */
                "x-visitor-id": components["parameters"]["VisitorIdHeader"];
            };
            path: {
                /**
                 * @description The conversation token (an opaque string, not the numeric conversation id).
                 * @example c7d1e2f3a4b5
                 */
                token: components["parameters"]["ConversationToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateConversationRequest"];
            };
        };
        responses: {
            /** @description The updated conversation with its rating. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDetail"];
                };
            };
            /** @description Documented as "201 response" without a body (NestJS's default status for POST). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The `x-visitor-id` header is missing or invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ConversationNotFound"];
            /**
             * @description The conversation has already been rated. Documented on the endpoint page; the newer
             *     index says ratings can be overwritten (see the operation description).
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getVisitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The visitor token (an opaque string, not the numeric visitor id).
                 * @example v9a8b7c6d5e4
                 */
                token: components["parameters"]["VisitorToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visitor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visitor"];
                };
            };
            /** @description The visitor token is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["VisitorNotFound"];
        };
    };
    updateVisitorContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The visitor token (an opaque string, not the numeric visitor id).
                 * @example v9a8b7c6d5e4
                 */
                token: components["parameters"]["VisitorToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitorContextUpdate"];
            };
        };
        responses: {
            /** @description The visitor with the new context. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visitor"];
                };
            };
            /** @description The context data is invalid (or the visitor token is malformed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["VisitorNotFound"];
        };
    };
    getWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's client token (`Widget.websiteClientToken`).
                 * @example w7k2m9p4q1
                 */
                clientToken: components["parameters"]["WidgetClientToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            400: components["responses"]["InvalidWidgetToken"];
            404: components["responses"]["WidgetNotFound"];
        };
    };
    updateWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's client token (`Widget.websiteClientToken`).
                 * @example w7k2m9p4q1
                 */
                clientToken: components["parameters"]["WidgetClientToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetUpdate"];
            };
        };
        responses: {
            /** @description The updated widget configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            /** @description The widget data is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["WidgetNotFound"];
        };
    };
    getCurrentStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentStatistics"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /**
                 * @description Only tickets with this status (values undocumented; samples show `NEW`, `PENDING`).
                 * @example NEW
                 */
                status?: string;
                /**
                 * @description Only tickets with this priority (values undocumented; samples show `MEDIUM`, `HIGH`).
                 * @example MEDIUM
                 */
                priority?: string;
                /**
                 * @description Only tickets assigned to this user id.
                 * @example 42
                 */
                assigneeId?: number;
                /**
                 * @description Only tickets of this visitor id.
                 * @example 5012
                 */
                visitorId?: number;
                /**
                 * @description Search in ticket content.
                 * @example refund
                 */
                search?: string;
                /**
                 * @description 1-based page number (no default documented).
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Tickets per page, at most 100 (no default documented).
                 * @example 20
                 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tickets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketCreateRequest"];
            };
        };
        responses: {
            /** @description The ticket was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["InvalidTicketData"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket id (a string in the typed tables, e.g. `123456789`).
                 * @example 5301
                 */
                id: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["InvalidTicketId"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["TicketNotFound"];
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket id (a string in the typed tables, e.g. `123456789`).
                 * @example 5301
                 */
                id: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["InvalidTicketData"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["TicketNotFound"];
        };
    };
    updateTicketStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket id (a string in the typed tables, e.g. `123456789`).
                 * @example 5301
                 */
                id: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketStatusUpdate"];
            };
        };
        responses: {
            /** @description The ticket with its new status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description The status or the ticket id is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["TicketNotFound"];
        };
    };
    createTicketMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ticket id (a string in the typed tables, e.g. `123456789`).
                 * @example 5301
                 */
                id: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketMessageCreateRequest"];
            };
        };
        responses: {
            /** @description The message was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketMessage"];
                };
            };
            400: components["responses"]["InvalidTicketData"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["TicketNotFound"];
        };
    };
}
