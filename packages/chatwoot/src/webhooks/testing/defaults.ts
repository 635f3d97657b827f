/**
 * The default records the webhook builders start from: one account, one API inbox, one contact
 * and one pending conversation with a bot — the shapes Chatwoot v4.10.0 renders
 * (`Account#webhook_data`, `Inbox#webhook_data`, `Contact#webhook_data`,
 * `Conversations::EventDataPresenter#push_data`, `Message#webhook_data`). Typed against the
 * spec, so they change when the spec does.
 */
import type { components } from "../../generated/schema.js";

type Schemas = components["schemas"];

/** `Account#webhook_data` (app/models/account.rb:163-168). */
export const DEFAULT_ACCOUNT: Schemas["WebhookAccount"] = { id: 1, name: "Acme" };

/** `Inbox#webhook_data` (app/models/inbox.rb:178-183). */
export const DEFAULT_INBOX: Schemas["WebhookInbox"] = { id: 5, name: "Acme Support" };

/** `Contact#webhook_data` (app/models/contact.rb:165-179): no `type`. */
export const DEFAULT_CONTACT: Schemas["WebhookContact"] = {
  account: DEFAULT_ACCOUNT,
  additional_attributes: {},
  avatar: "",
  custom_attributes: {},
  email: "maya.chen@example.com",
  id: 7,
  identifier: "cust-1042",
  name: "Maya Chen",
  phone_number: "+14155550134",
  thumbnail: "",
  blocked: false,
};

/** `User#webhook_data` (app/models/user.rb:155-162): an agent. */
export const DEFAULT_AGENT: Schemas["WebhookUser"] = { id: 3, name: "Sam Rivera", email: "sam@acme.example", type: "user" };

/** `AgentBot#webhook_data` (app/models/agent_bot.rb:54-60). */
export const DEFAULT_AGENT_BOT: Schemas["WebhookAgentBot"] = { id: 9, name: "Acme Bot", type: "agent_bot" };

const CREATED_AT = 1710513160;

/** `Contact#push_event_data` (app/models/contact.rb:150-163): the webhook data without `account` and `avatar`, plus `type`. */
const CONTACT_PUSH_DATA: Schemas["ContactPushData"] = (({ id, name, email, phone_number, identifier, thumbnail, blocked }) => ({
  id,
  name,
  email,
  phone_number,
  identifier,
  thumbnail,
  blocked,
  additional_attributes: {},
  custom_attributes: {},
  type: "contact" as const,
}))(DEFAULT_CONTACT);

/** `Conversations::EventDataPresenter#push_data` (app/presenters/conversations/event_data_presenter.rb:2-49): pending, on the API inbox. */
export const DEFAULT_CONVERSATION: Schemas["WebhookConversation"] = {
  additional_attributes: {},
  can_reply: true,
  channel: "Channel::Api",
  contact_inbox: { id: 11, contact_id: 7, inbox_id: 5, source_id: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a" },
  id: 42,
  inbox_id: 5,
  messages: [],
  labels: [],
  meta: {
    sender: CONTACT_PUSH_DATA,
    assignee: null,
    assignee_type: null,
    team: null,
    hmac_verified: false,
  },
  status: "pending",
  custom_attributes: {},
  snoozed_until: null,
  unread_count: 1,
  first_reply_created_at: null,
  priority: null,
  waiting_since: CREATED_AT,
  agent_last_seen_at: 0,
  contact_last_seen_at: 0,
  last_activity_at: CREATED_AT,
  timestamp: CREATED_AT,
  created_at: CREATED_AT,
  updated_at: CREATED_AT + 0.5,
};

/** `Message#webhook_data` (app/models/message.rb:171-189): the contact's incoming text message. */
export const DEFAULT_MESSAGE: Schemas["WebhookMessage"] = {
  account: DEFAULT_ACCOUNT,
  additional_attributes: {},
  content_attributes: {},
  content_type: "text",
  content: "Hi, where is my refund?",
  conversation: DEFAULT_CONVERSATION,
  created_at: "2024-03-15T14:32:40.000Z",
  id: 5107,
  inbox: DEFAULT_INBOX,
  message_type: "incoming",
  private: false,
  sender: DEFAULT_CONTACT,
  source_id: null,
};

/** `ContactInbox#webhook_data` (webwidget_triggered). */
export const DEFAULT_CONTACT_INBOX: Schemas["WebhookContactInbox"] = {
  id: 11,
  contact: DEFAULT_CONTACT,
  inbox: DEFAULT_INBOX,
  account: DEFAULT_ACCOUNT,
  current_conversation: DEFAULT_CONVERSATION,
  source_id: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a",
};

/** `Inbox::EventDataPresenter#push_data` (inbox_created / inbox_updated). */
export const DEFAULT_INBOX_DATA: Schemas["WebhookInboxData"] = {
  id: 5,
  name: "Acme Support",
  channel_type: "Channel::Api",
  allow_messages_after_resolved: true,
  lock_to_single_conversation: false,
  enable_auto_assignment: true,
  greeting_enabled: false,
  greeting_message: null,
  csat_survey_enabled: false,
  business_name: null,
  timezone: "UTC",
  working_hours_enabled: false,
  created_at: "2024-01-10T16:04:41.000Z",
  updated_at: "2024-01-10T16:04:41.000Z",
  channel: { id: 3, webhook_url: "https://bridge.acme.example/chatwoot/events" },
};
