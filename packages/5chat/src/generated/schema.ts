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
         *     sample is the string `"Hello, this is a test message"`), so **every field below is a guess
         *     and optional**, and the object is deliberately open (`additionalProperties: true`): whatever
         *     the API really returns is kept. Pin the names down from a live response before relying on
         *     them. The ticket-message object (`POST /tickets/{id}/messages`) is a different resource and
         *     was not used as a template.
         */
        Message: {
            /** @description Message id (guessed name; integer like every other 5chat id). */
            id?: number;
            /** @description Id of the conversation the message belongs to (guessed name). */
            conversationId?: number;
            /** @description Message text (guessed name); may be null for non-text messages. */
            content?: string | null;
            /** @description Message kind, e.g. text or file (guessed name and values). */
            type?: string;
            /** @description Who sent the message, e.g. visitor or user (guessed name and values). */
            senderType?: string;
            /** @description Id of the `User` (agent) who sent the message, null for visitor messages (guessed name). */
            userId?: number | null;
            /** @description Id of the `Visitor` who sent the message, null for agent messages (guessed name). */
            visitorId?: number | null;
            /**
             * Format: date-time
             * @description When the message was sent (guessed name).
             */
            createdAt?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A website visitor (11 fields), as returned by `GET /visitors/{token}` and inside a conversation. */
        Visitor: {
            /** @description Numeric visitor id (sampled as a string on the conversation pages; typed as a number). */
            id: number;
            /** @description Visitor display name. */
            name: string;
            /** @description Opaque visitor token used in `/visitors/{token}` URLs. */
            token: string;
            /** @description Visitor IP address (the docs sample is the placeholder `"sample_ip"`). */
            ip: string;
            /**
             * @description Free-form context attached to the visitor. Typed as a string in the docs, but
             *     `PATCH /visitors/{token}/context` writes it as an object (with geolocation keys removed),
             *     so it may come back as either; null is accepted for visitors without context.
             */
            context: string | {
                [key: string]: unknown;
            } | null;
            /** @description Id of the website the visitor belongs to. */
            websiteId: number;
            /**
             * @description Visitor country (probably an ISO 3166-1 alpha-2 code), or null if unknown. The docs
             *     sample shows the number `10`, but the field is typed as a string.
             */
            country: string | null;
            /** @description Visitor city, or null if unknown. */
            city: string | null;
            /** @description Whether the visitor is online right now. */
            online: boolean;
            /**
             * Format: date-time
             * @description When the visitor was first seen.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the visitor was last updated. The docs sample shows a bare date (`"2024-03-15"`)
             *     while `createdAt` is a full date-time; both are date-times.
             */
            updatedAt: string;
        };
        /**
         * @description A user of the website (an agent or operator; 17 fields). Only the sample documents these
         *     fields; ids follow the integer decision (the sample shows them as strings, like every id
         *     on that page). `googleId` and `gitHubId` are ids issued by Google and GitHub, not by 5chat,
         *     so they stay strings.
         */
        User: {
            /** @description Numeric user id; `Conversation.assigneeId` and `Message.userId` refer to it. */
            id: number;
            /** @description Display name. */
            name: string;
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /** @description Dashboard theme preference (values undocumented; the sample is a placeholder). */
            theme: string;
            /** @description Dashboard language code (values undocumented; the sample is a placeholder). */
            language: string;
            /**
             * Format: date-time
             * @description When the user was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the user was last updated (sampled as a bare date; a date-time like `createdAt`).
             */
            updatedAt: string;
            /** @description The user's avatar image, or null if none was uploaded. */
            avatar: components["schemas"]["Avatar"] | null;
            /** @description Id of the avatar file, or null if none was uploaded. */
            fileId: number | null;
            /** @description Whether the account is activated. */
            activated: boolean;
            /**
             * @description Firebase Cloud Messaging push tokens of the user's devices. The docs sample shows a single
             *     string, but the same placeholder generator also renders the documented array `messages`
             *     as a string, and the name is plural, so this is an array of strings.
             */
            fcmTokens: string[];
            /** @description Id of the website selected in the user's dashboard, or null. */
            selectedWebsiteId: number | null;
            /**
             * Format: date-time
             * @description When the user last visited the dashboard, or null. The docs sample is the placeholder
             *     `"sample_lastVisitAt"`.
             */
            lastVisitAt: string | null;
            /** @description Google account subject id if the user signs in with Google, else null. */
            googleId: string | null;
            /** @description GitHub account id if the user signs in with GitHub, else null. */
            gitHubId: string | null;
            /**
             * @description How the user signs in. Known value: `LOCAL` (email and password); `GOOGLE` and `GITHUB`
             *     are implied by `googleId`/`gitHubId`. Kept an open string.
             * @example LOCAL
             */
            authProvider: string;
            /** @description Whether the email address has been verified. */
            emailVerified: boolean;
        };
        /** @description An uploaded avatar image file, as embedded in `User.avatar` (9 fields, known only from the sample). */
        Avatar: {
            /** @description Numeric file id (sampled as a string; integer like every other id). */
            id: number;
            /** @description Opaque file token. */
            token: string;
            /**
             * Format: uri
             * @description Public URL of the image.
             */
            url: string;
            /** @description File name. */
            name: string;
            /** @description MIME type of the file, e.g. `image/png`. */
            mimeType: string;
            /** @description Id of the `User` who owns the file. */
            userId: number;
            /** @description Id of the website the file belongs to. */
            websiteId: number;
            /**
             * Format: date-time
             * @description When the file was uploaded.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the file was last updated (sampled as a bare date; a date-time).
             */
            updatedAt: string;
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
        /**
         * @description Error body. 5chat documents none ("No response details available"). Its operation ids
         *     (`ConversationsController_getAllConversations`, …) are what NestJS generates, so the body is
         *     inferred to be NestJS's default: `{statusCode, message, error}`, where `message` is a list
         *     of strings for validation errors. All fields are optional and the object is open, because
         *     the shape is an inference.
         */
        Error: {
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
        /** @description The bearer token is missing, invalid or lacks the `READ` permission. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No conversation with this token belongs to the token's website. */
        ConversationNotFound: {
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
         * @description The conversation token (an opaque string, not the numeric conversation id).
         * @example c7d1e2f3a4b5
         */
        ConversationToken: string;
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
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Page size, at most 100. The default (20) is inferred from the documented sample
                 *     (`limit: 20`); it is not stated explicitly.
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
    getVisitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The visitor token (an opaque string, not the numeric visitor id).
                 * @example v9a8b7c6d5e4
                 */
                token: string;
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
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No visitor with this token belongs to the token's website. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
