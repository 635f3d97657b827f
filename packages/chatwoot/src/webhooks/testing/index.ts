/**
 * `@org/chatwoot/webhooks/testing`: typed builders for Chatwoot webhook deliveries, for your
 * tests. Pair them with `signChatwootWebhook` from `@org/chatwoot/webhooks`.
 *
 * @packageDocumentation
 */
export { chatwootWebhookPayload, type ChatwootWebhookOverrides, type DeepPartial } from "./build.js";
export {
  DEFAULT_ACCOUNT as CHATWOOT_TEST_ACCOUNT,
  DEFAULT_AGENT as CHATWOOT_TEST_AGENT,
  DEFAULT_AGENT_BOT as CHATWOOT_TEST_AGENT_BOT,
  DEFAULT_CONTACT as CHATWOOT_TEST_CONTACT,
  DEFAULT_CONVERSATION as CHATWOOT_TEST_CONVERSATION,
  DEFAULT_INBOX as CHATWOOT_TEST_INBOX,
} from "./defaults.js";
export { signChatwootWebhook, type SignChatwootWebhookOptions, type SignedChatwootDelivery } from "../sign.js";
