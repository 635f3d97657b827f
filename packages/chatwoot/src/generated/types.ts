/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: specs/chatwoot.yaml (schemas and operations), by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

/** Readable aliases for the generated Chatwoot types. */
import type { components, operations } from "./schema.js";

export type { components, operations, paths } from "./schema.js";

type Schemas = components["schemas"];

/** The message type as an **integer** (the public and application views render `message_type_before_type_cast`; the official swagger types it as a string): */
export type MessageType = Schemas["MessageType"];

/** The message content type (a string; the database integers are not exposed). Known values: `text`, `input_text`, `input_textarea`, `input_email`, `input_select`, `cards`, `form`, `article`, `incoming_email`, `input_csat`, `integrations`, `sticker`, `voice_call`. The official swagger lists only 4 of them. Kept **open**: Chatwoot adds content types with new channels and features, so any other string may appear. */
export type MessageContentType = Schemas["MessageContentType"];

/** Delivery status of a message: `sent`, `delivered`, `read` or `failed` (a Rails enum in `app/models/message.rb`; closed). */
export type MessageStatus = Schemas["MessageStatus"];

/** Conversation status. Closed (a Rails enum in `app/models/conversation.rb`). The official swagger's application enum lacks `snoozed`, and its public conversation schema lacks `status` altogether. */
export type ConversationStatus = Schemas["ConversationStatus"];

/** Attachment kind. Known values: `image`, `audio`, `video`, `file`, `location`, `fallback`, `share`, `story_mention`, `contact`, `ig_reel`, `ig_post`, `ig_story`, `embed`. Kept **open**: new channel integrations add kinds. */
export type AttachmentFileType = Schemas["AttachmentFileType"];

/** The public settings of an API-channel inbox (`public/api/v1/inboxes/show`). */
export type PublicInbox = Schemas["PublicInbox"];

/** Opening hours of one weekday, in the inbox time zone. */
export type WorkingHours = Schemas["WorkingHours"];

/** Body of create and update contact. All fields are optional. */
export type PublicContactCreateUpdate = Schemas["PublicContactCreateUpdate"];

/** The contact of a contact inbox, with its session credentials (create and get contact). The official swagger's `public_contact` lacks `phone_number`. */
export type PublicContactWithSession = Schemas["PublicContactWithSession"];

/** The full `Contact` model JSON (Rails `as_json` of every column), as rendered by update-contact and embedded as `contact` in public conversations. Timestamps are ISO 8601 strings here (unlike most other Chatwoot payloads). No `source_id` or `pubsub_token`. Open: a new column in a Chatwoot release appears here without notice. */
export type Contact = Schemas["Contact"];

/** Body of create conversation. Only `custom_attributes` is permitted. */
export type PublicConversationCreate = Schemas["PublicConversationCreate"];

/** A conversation as the public API renders it (`public/api/v1/models/_conversation`). The official swagger types `inbox_id` as a string, lacks `uuid`, `status`, `contact_last_seen_at` and `agent_last_seen_at`, `$ref`s the application message for `messages` and leaves `contact` untyped. */
export type PublicConversation = Schemas["PublicConversation"];

/** A message as the public API renders it (`public/api/v1/models/_message`). The official swagger types `id`, `message_type`, `content_attributes`, `created_at` and `conversation_id` as strings. `attachments` and `sender` are **absent** (not `[]` or `null`) when the message has none. */
export type PublicMessage = Schemas["PublicMessage"];

/** Content-type-specific data of a message (an object; the official swagger types it as a string). Known keys: `items` (choices of `input_select`, `cards`, `form`, `article` messages), `submitted_values` (the contact's answers), `submitted_email`, `email` (incoming email details), `in_reply_to`, `in_reply_to_external_id`, `deleted`, `external_created_at`, `external_error`, `translations`, `story_sender`, `story_id`, `is_unsupported`, `data`. Open: any key may appear. */
export type ContentAttributes = Schemas["ContentAttributes"];

/** One answer to an `input_select` or `form` message. */
export type SubmittedValue = Schemas["SubmittedValue"];

/** The contact's answer to a CSAT survey (`input_csat` message); the server permits only these two keys. */
export type CsatSurveyResponse = Schemas["CsatSurveyResponse"];

/** A conversation's CSAT survey (`public/api/v1/models/_csat_survey`). */
export type CsatSurvey = Schemas["CsatSurvey"];

/** The raw `csat_survey_responses` record (every column, ISO timestamps). It includes the agents' review notes: anyone with the conversation uuid can read them. */
export type CsatSurveyResponseRecord = Schemas["CsatSurveyResponseRecord"];

/** Body of answer CSAT survey (the message's `submitted_values`, wrapped in `message`). */
export type CsatSurveyAnswer = Schemas["CsatSurveyAnswer"];

/** An attachment (`Attachment#push_event_data`). One flat object: `id`, `message_id`, `file_type` and `account_id` are always present; the other fields depend on `file_type`: */
export type Attachment = Schemas["Attachment"];

/** JSON body of create message. `content` is the text. The server itself tolerates a missing `content`, but a message without text is only useful with attachments, which need the multipart form. */
export type PublicMessageCreate = Schemas["PublicMessageCreate"];

/** Multipart body of create message, for attachments. */
export type PublicMessageCreateMultipart = Schemas["PublicMessageCreateMultipart"];

/** Body of update message. `submitted_values` is an **array** of answers for `input_select` and `form` messages, or the **object** `{csat_survey_response}` for a CSAT survey (the official swagger shows only the object). */
export type PublicMessageUpdate = Schemas["PublicMessageUpdate"];

/** Body of toggle typing (alternative to the `typing_status` query parameter). */
export type TypingStatusUpdate = Schemas["TypingStatusUpdate"];

/** Body of the application API's toggle typing status (app/services/conversations/typing_status_manager.rb:17-25). */
export type AppTypingStatusUpdate = Schemas["AppTypingStatusUpdate"];

/** The author of a message (`push_event_data` of the sender record), discriminated by `type`: `contact`, `user` (a human agent), `agent_bot` or `captain_assistant` (Chatwoot Enterprise AI assistant). Closed: these are the only classes that can send a message. Absent on messages without a sender (activity messages, CSAT surveys). */
export type Sender = Schemas["Sender"];

/** A contact (`Contact#push_event_data`). */
export type ContactSender = Schemas["ContactSender"];

/** A human agent (`User#push_event_data`). */
export type UserSender = Schemas["UserSender"];

/** An agent bot (`AgentBot#push_event_data`). */
export type AgentBotSender = Schemas["AgentBotSender"];

/** A Captain AI assistant (Chatwoot Enterprise, `Captain::Assistant#push_event_data`). */
export type CaptainAssistantSender = Schemas["CaptainAssistantSender"];

/** `Contact#push_event_data`: the contact as it appears in events, in `sender` and in application list-messages `meta.contact` (the swagger `$ref`s the `{payload: […]}` contact wrapper there). */
export type ContactPushData = Schemas["ContactPushData"];

/** `User#push_event_data`: an agent as it appears in events, in `sender` and in application list-messages `meta.assignee` (the swagger `$ref`s the `agent` schema there). */
export type UserPushData = Schemas["UserPushData"];

/** A conversation as the application API renders it (`api/v1/conversations/partials/_conversation`). Timestamps are unix seconds (`0` = never), except `snoozed_until` (ISO 8601 or null) and `updated_at` (float seconds). The official swagger's `status` enum lacks `snoozed`, `timestamp` is typed string and `snoozed_until` number. */
export type Conversation = Schemas["Conversation"];

/** The `meta` block of an application conversation. */
export type ConversationMeta = Schemas["ConversationMeta"];

/** A contact as the application API renders it (`api/v1/models/_contact`). Open. */
export type ContactDetail = Schemas["ContactDetail"];

/** An agent as the application API renders it (`api/v1/models/_agent`). */
export type AgentDetail = Schemas["AgentDetail"];

/** An agent bot (`api/v1/models/_agent_bot_slim`): assigned to a conversation, or answered by assignments. `outgoing_url` is absent for system bots. Open (fields vary by version). */
export type AgentBotSlim = Schemas["AgentBotSlim"];

/** A team (`api/v1/models/_team`, also used for a conversation's `meta.team`): every field is always rendered. `name` is stored lower-cased. */
export type Team = Schemas["Team"];

/** `Message#push_event_data`, used for `messages[0]` and `last_non_activity_message` of an application conversation (and in webhooks): every message column plus a `conversation` summary. `sender_type` holds Rails class names (the swagger's `contact|agent|agent_bot` is wrong). `attachments` and `sender` are absent when there are none. */
export type MessagePushData = Schemas["MessagePushData"];

/** Conversation counts by assignee type, for the current filters (all pages). */
export type ConversationCounts = Schemas["ConversationCounts"];

/** One page of the account's conversations (`api/v1/accounts/conversations/index`). */
export type ConversationList = Schemas["ConversationList"];

/** A message as application list-messages renders it (`api/v1/models/_message`). Unlike the public message it has `inbox_id`, `status`, `private` and `source_id`. `attachments`, `sender` and `echo_id` are absent when empty. */
export type AppMessage = Schemas["AppMessage"];

/** Conversation metadata returned with application list-messages. */
export type MessageListMeta = Schemas["MessageListMeta"];

/** Application list-messages response (`api/v1/accounts/conversations/messages/index`). */
export type MessageList = Schemas["MessageList"];

/** JSON body of create message (application API). Every field is optional for the server; `content` (or `attachments`) is what makes a message useful. Closed: a misspelt field is a type error (the server would silently ignore it). */
export type AppMessageCreate = Schemas["AppMessageCreate"];

/** Multipart body of create message (application API), for attachments: the same fields as `AppMessageCreate` as form fields, plus up to 15 files in `attachments[]` (each file's MIME type decides the attachment's `file_type`). `content_attributes` is a JSON-encoded string here; WhatsApp `template_params` need the JSON body. */
export type AppMessageCreateMultipart = Schemas["AppMessageCreateMultipart"];

/** A WhatsApp message template to send (`template_params` of create message), stored in the message's `additional_attributes.template_params`. The template must be approved on the channel (matched by `name` and `language`). */
export type WhatsappTemplateParams = Schemas["WhatsappTemplateParams"];

/** Body of toggle status. Without `status` the status is toggled. */
export type ConversationStatusUpdate = Schemas["ConversationStatusUpdate"];

/** Response of toggle status (`api/v1/accounts/conversations/toggle_status`). The view's empty `meta` block is omitted by jbuilder. */
export type ConversationStatusChange = Schemas["ConversationStatusChange"];

/** Body of assignments. Send `assignee_id` (with `assignee_type: AgentBot` for a bot) **or** `team_id`; `null` unassigns. When both are sent only the agent is changed. */
export type ConversationAssignment = Schemas["ConversationAssignment"];

/** The raw team record (`render json: @team`, every column, ISO timestamps) that assignments answers; unlike `Team` (the `_team` partial) it has timestamps and no `is_member`. Team names are stored lower-cased. */
export type AssignedTeam = Schemas["AssignedTeam"];

/** A conversation's label names (`api/v1/accounts/conversations/labels/index` and `create`). */
export type ConversationLabels = Schemas["ConversationLabels"];

/** Body of set labels. The list replaces the conversation's labels. */
export type ConversationLabelsUpdate = Schemas["ConversationLabelsUpdate"];

/** Body of create conversation. Give `inbox_id` + `contact_id` (optionally with `source_id` for a new contact inbox), or only `source_id` of an existing contact inbox. */
export type ConversationCreate = Schemas["ConversationCreate"];

/** Body of update conversation. Only these attributes are permitted by the controller. */
export type ConversationUpdate = Schemas["ConversationUpdate"];

/** Body of toggle priority. */
export type ConversationPriorityUpdate = Schemas["ConversationPriorityUpdate"];

/** A conversation's custom attributes (the body and the answer of set custom attributes). */
export type ConversationCustomAttributes = Schemas["ConversationCustomAttributes"];

/** Response of conversation counts (`api/v1/accounts/conversations/meta`). */
export type ConversationMetaCounts = Schemas["ConversationMetaCounts"];

/** One condition of the advanced filter. */
export type ConversationFilterCondition = Schemas["ConversationFilterCondition"];

/** Body of the advanced conversation filter. */
export type ConversationFilterRequest = Schemas["ConversationFilterRequest"];

/** Response of the advanced filter (`api/v1/accounts/conversations/filter`). Its `meta` lacks `assigned_count`. */
export type ConversationFilterResult = Schemas["ConversationFilterResult"];

/** The token's user (`api/v1/models/_user`), as `getProfile` renders it. Contains secrets (`access_token`, `pubsub_token`). */
export type Profile = Schemas["Profile"];

/** One account of the profile, with the user's role and availability there. */
export type ProfileAccount = Schemas["ProfileAccount"];

/** `{error}`: application API errors (401, 404, 422) and the public CSAT lock (422). */
export type ErrorMessage = Schemas["ErrorMessage"];

/** devise_token_auth's 401 body when no `api_access_token` is sent. */
export type DeviseError = Schemas["DeviseError"];

/** `{message, attributes}`: a model validation failure (`ActiveRecord::RecordInvalid`), 422. */
export type ValidationError = Schemas["ValidationError"];

/** Public API 404, rendered by the Rails exceptions app (not the `{error}` of the application API). */
export type NotFound = Schemas["NotFound"];

/** A 500 rendered by the Rails exceptions app. */
export type InternalServerError = Schemas["InternalServerError"];

/** An inbox in contact payloads (`api/v1/models/_inbox_slim`). */
export type InboxSlim = Schemas["InboxSlim"];

/** A contact's link to an inbox (`api/v1/models/_contact_inbox`). */
export type ContactInbox = Schemas["ContactInbox"];

/** A contact as the application contacts endpoints render it (`api/v1/models/_contact`): `ContactDetail` plus `contact_inboxes`, which is present unless the request sent `include_contact_inboxes=false`. */
export type AppContact = Schemas["AppContact"];

/** Paging information of a contact list. */
export type ContactListMeta = Schemas["ContactListMeta"];

/** One page of contacts (list, search and filter). */
export type ContactList = Schemas["ContactList"];

/** One page of search results. As `ContactList`, except that `meta.count` is null when `q` was blank (the search action returns before setting `@contacts_count`, app/controllers/api/v1/accounts/contacts_controller.rb:25). */
export type ContactSearchList = Schemas["ContactSearchList"];

/** One contact wrapped in `payload` (get and update). */
export type ContactPayload = Schemas["ContactPayload"];

/** The raw `Inbox` model JSON (every column, ISO 8601 timestamps), as create-contact renders `contact_inbox.inbox`. Open: a new column appears here without notice. */
export type InboxRecord = Schemas["InboxRecord"];

/** Create-contact's answer. The official swagger documents `payload` as the contact itself; it holds `contact` and `contact_inbox`. */
export type ContactCreateResult = Schemas["ContactCreateResult"];

/** Body of create-contact. Every field is optional. Closed here so that a misspelt field fails to compile (Chatwoot silently drops unknown fields). */
export type ContactCreateRequest = Schemas["ContactCreateRequest"];

/** Body of update-contact. Every field is optional; `custom_attributes` and `additional_attributes` are merged into the stored ones. Closed here so that a misspelt field fails to compile (Chatwoot silently drops unknown fields, including `inbox_id`). */
export type ContactUpdateRequest = Schemas["ContactUpdateRequest"];

/** Delete-contact's 422 when the contact is online: `{message}` (no `attributes`). */
export type ContactOnlineError = Schemas["ContactOnlineError"];

/** A contact's latest conversations (at most 20), wrapped in `payload`. */
export type ContactConversationList = Schemas["ContactConversationList"];

/** An inbox through which a conversation with the contact can be started, and the `source_id` to use there. */
export type ContactableInbox = Schemas["ContactableInbox"];

/** The contactable inboxes, wrapped in `payload`. */
export type ContactableInboxList = Schemas["ContactableInboxList"];

/** Body of create-contact-inbox. */
export type ContactInboxCreateRequest = Schemas["ContactInboxCreateRequest"];

/** Body of merge-contacts. */
export type ContactMergeRequest = Schemas["ContactMergeRequest"];

/** Body of filter-contacts. */
export type ContactFilterRequest = Schemas["ContactFilterRequest"];

/** One filter condition. `attribute_key` is a standard key (`name`, `email`, `phone_number`, `identifier`, `country_code`, `city`, `company`, `labels`, `created_at`, `last_activity_at`, `blocked`) or a contact custom attribute key; the operators each key allows are listed in `filterAccountContacts`. */
export type ContactFilterCondition = Schemas["ContactFilterCondition"];

/** An inbox as the application API renders it (`api/v1/models/_inbox`). The required fields are rendered for every channel (`null` where the channel lacks them, e.g. the website fields of an API inbox). The others depend on the channel type; secrets among them (`hmac_token`, `auth_token`, `account_sid`, `imap_password`, `smtp_password`, `provider_config`, …) appear **only for administrators**. Open: IMAP/SMTP settings and new channel fields are not listed one by one. */
export type Inbox = Schemas["Inbox"];

/** The inboxes, wrapped in `payload`. */
export type InboxList = Schemas["InboxList"];

/** A label (`api/v1/accounts/labels/index`). */
export type Label = Schemas["Label"];

/** The labels, wrapped in `payload`. */
export type LabelList = Schemas["LabelList"];

/** A canned response (the raw model JSON, ISO 8601 timestamps). */
export type CannedResponse = Schemas["CannedResponse"];

/** An event an account webhook can subscribe to (`Webhook::ALLOWED_WEBHOOK_EVENTS` at v4.10.0; any other value is refused with 422). Closed for requests; responses use `AccountWebhookSubscription`, which stays open because later versions add events. */
export type AccountWebhookEvent = Schemas["AccountWebhookEvent"];

/** A subscribed event as rendered (the `AccountWebhookEvent` values; open to events added by later versions). */
export type AccountWebhookSubscription = Schemas["AccountWebhookSubscription"];

/** An account webhook (`api/v1/accounts/webhooks/_webhook`). There is **no secret**: v4.10.0 neither stores nor renders one, and deliveries are not signed. */
export type AccountWebhook = Schemas["AccountWebhook"];

/** The webhooks, wrapped as `{payload: {webhooks: […]}}`. */
export type AccountWebhookList = Schemas["AccountWebhookList"];

/** One webhook, wrapped as `{payload: {webhook: …}}` (create and update). */
export type AccountWebhookPayload = Schemas["AccountWebhookPayload"];

/** Body of create-webhook. */
export type AccountWebhookCreateRequest = Schemas["AccountWebhookCreateRequest"];

/** Body of update-webhook; the fields sent replace the stored ones. */
export type AccountWebhookUpdateRequest = Schemas["AccountWebhookUpdateRequest"];

/** `Account#webhook_data`. */
export type WebhookAccount = Schemas["WebhookAccount"];

/** `Inbox#webhook_data`. */
export type WebhookInbox = Schemas["WebhookInbox"];

/** `Contact#webhook_data` (app/models/contact.rb:165-179): unlike the contact push data (contact.rb:150-163) it has **no `type`** and carries the `account` and an `avatar`. It is the `sender` of a contact's message, the payload of `contact_created` / `contact_updated`, and the `user` of a contact's typing event. Tell a contact sender apart by the absence of `type` (or by the message's `message_type: incoming`). */
export type WebhookContact = Schemas["WebhookContact"];

/** `User#webhook_data`: a human agent. */
export type WebhookUser = Schemas["WebhookUser"];

/** `AgentBot#webhook_data`. */
export type WebhookAgentBot = Schemas["WebhookAgentBot"];

/** The `sender` of a message delivery (`sender.webhook_data`): a contact (no `type`), an agent (`type: user`), an agent bot (`type: agent_bot`) or a Captain assistant (`type: captain_assistant`, Chatwoot Enterprise; same shape as its push data). */
export type WebhookMessageSender = Schemas["WebhookMessageSender"];

/** What changed, one single-key object per attribute: `[{ "status": { "previous_value": "open", "current_value": "resolved" } }]` (`BaseListener#extract_changed_attributes`). Values are as Rails serializes the attribute (timestamps are ISO 8601 strings here). */
export type WebhookChangedAttributes = Schemas["WebhookChangedAttributes"];

/** `Conversation#webhook_data` (`Conversations::EventDataPresenter#push_data`). `id` is the display id. Timestamps are unix seconds (`0` = never) except `updated_at` (float seconds), `snoozed_until` and `first_reply_created_at` (ISO 8601 or null). With the Enterprise SLA feature it also carries `applied_sla`, `sla_events` and `sla_policy_id`. */
export type WebhookConversation = Schemas["WebhookConversation"];

/** `Message#webhook_data`. Unlike the REST shapes, `created_at` is an **ISO 8601 string** (milliseconds, UTC), `message_type` is the enum **name** and the conversation is nested as `conversation` (its `id` is the display id). Only incoming, outgoing and template messages are delivered (`webhook_sendable?`); `attachments` is absent when there are none. */
export type WebhookMessage = Schemas["WebhookMessage"];

/** `ContactInbox#webhook_data`, the payload of `webwidget_triggered`. */
export type WebhookContactInbox = Schemas["WebhookContactInbox"];

/** `Inbox::EventDataPresenter#push_data`: the inbox's settings and its `channel` record. */
export type WebhookInboxData = Schemas["WebhookInboxData"];

/** `conversation_created`: a new conversation. */
export type WebhookConversationCreated = Schemas["WebhookConversationCreated"];

/** `conversation_updated`: any attribute of a conversation changed. */
export type WebhookConversationUpdated = Schemas["WebhookConversationUpdated"];

/** `conversation_status_changed`: the status changed (open, resolved, pending, snoozed). */
export type WebhookConversationStatusChanged = Schemas["WebhookConversationStatusChanged"];

/** `conversation_resolved`: agent-bot deliveries only (`AgentBotListener`). */
export type WebhookConversationResolved = Schemas["WebhookConversationResolved"];

/** `conversation_opened`: agent-bot deliveries only (`AgentBotListener`). */
export type WebhookConversationOpened = Schemas["WebhookConversationOpened"];

/** `message_created`: a new incoming, outgoing or template message. */
export type WebhookMessageCreated = Schemas["WebhookMessageCreated"];

/** `message_updated`: a message changed (content, status, submitted values). */
export type WebhookMessageUpdated = Schemas["WebhookMessageUpdated"];

/** `webwidget_triggered`: a visitor opened the website widget. */
export type WebhookWebwidgetTriggered = Schemas["WebhookWebwidgetTriggered"];

/** `contact_created`: account webhooks only. */
export type WebhookContactCreated = Schemas["WebhookContactCreated"];

/** `contact_updated`: account webhooks only; not sent when nothing changed. */
export type WebhookContactUpdated = Schemas["WebhookContactUpdated"];

/** `inbox_created`: account webhooks only. */
export type WebhookInboxCreated = Schemas["WebhookInboxCreated"];

/** `inbox_updated`: account webhooks only; not sent when nothing changed. */
export type WebhookInboxUpdated = Schemas["WebhookInboxUpdated"];

/** `conversation_typing_on` / `conversation_typing_off`: someone is typing. `user` is the agent (`type: user`) or, from the widget or the public API, the contact (no `type`). `is_private` is true while an agent types a private note. */
export type WebhookTyping = Schemas["WebhookTyping"];

/** `conversation_typing_on`. */
export type WebhookTypingOn = Schemas["WebhookTypingOn"];

/** `conversation_typing_off`. */
export type WebhookTypingOff = Schemas["WebhookTypingOff"];

/** Query parameters of `GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}` (`getContact`). */
export type GetContactQuery = NonNullable<operations["getContact"]["parameters"]["query"]>;

/** Query parameters of `POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing` (`toggleTyping`). */
export type ToggleTypingQuery = NonNullable<operations["toggleTyping"]["parameters"]["query"]>;

/** Query parameters of `GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages` (`listMessages`). */
export type ListMessagesQuery = NonNullable<operations["listMessages"]["parameters"]["query"]>;

/** Query parameters of `GET /api/v1/accounts/{account_id}/conversations` (`listAccountConversations`). */
export type ListAccountConversationsQuery = NonNullable<operations["listAccountConversations"]["parameters"]["query"]>;

/** Query parameters of `GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages` (`listAccountConversationMessages`). */
export type ListAccountConversationMessagesQuery = NonNullable<operations["listAccountConversationMessages"]["parameters"]["query"]>;

/** Query parameters of `GET /api/v1/accounts/{account_id}/conversations/meta` (`getAccountConversationsMeta`). */
export type GetAccountConversationsMetaQuery = NonNullable<operations["getAccountConversationsMeta"]["parameters"]["query"]>;

/** Query parameters of `POST /api/v1/accounts/{account_id}/conversations/filter` (`filterAccountConversations`). */
export type FilterAccountConversationsQuery = NonNullable<operations["filterAccountConversations"]["parameters"]["query"]>;

/** Query parameters of `GET /api/v1/accounts/{account_id}/contacts` (`listAccountContacts`). */
export type ListAccountContactsQuery = NonNullable<operations["listAccountContacts"]["parameters"]["query"]>;

/** Query parameters of `GET /api/v1/accounts/{account_id}/contacts/search` (`searchAccountContacts`). */
export type SearchAccountContactsQuery = NonNullable<operations["searchAccountContacts"]["parameters"]["query"]>;

/** Query parameters of `POST /api/v1/accounts/{account_id}/contacts/filter` (`filterAccountContacts`). */
export type FilterAccountContactsQuery = NonNullable<operations["filterAccountContacts"]["parameters"]["query"]>;

/** Query parameters of `GET /api/v1/accounts/{account_id}/contacts/{contact_id}` (`getAccountContact`). */
export type GetAccountContactQuery = NonNullable<operations["getAccountContact"]["parameters"]["query"]>;

/** Query parameters of `PATCH /api/v1/accounts/{account_id}/contacts/{contact_id}` (`updateAccountContact`). */
export type UpdateAccountContactQuery = NonNullable<operations["updateAccountContact"]["parameters"]["query"]>;

/** Query parameters of `GET /api/v1/accounts/{account_id}/canned_responses` (`listAccountCannedResponses`). */
export type ListAccountCannedResponsesQuery = NonNullable<operations["listAccountCannedResponses"]["parameters"]["query"]>;
