/**
 * The Chatwoot adapter: the facade's operations over `@org/chatwoot`, through the public client
 * API (inbox + contact identifiers) or the application API (account id + access token).
 */
import { createChatwootClient, type ChatwootClient } from "@org/chatwoot";
import { UnsupportedOperationError } from "@org/runtime";
import { CAPABILITIES } from "../capabilities.js";
import type { UnifiedMessageOf } from "../model.js";
import { chatwootConversation, chatwootMessage } from "../normalizers/chatwoot.js";
import { isChatwootPublicRef } from "../refs.js";
import { requireData } from "./result.js";
import type { VendorAdapter, VendorCursor } from "./adapter.js";
import type { VendorBinding } from "../facade.js";

const PUBLIC_CONVERSATION = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}";
const PUBLIC_CONVERSATIONS = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations";
const PUBLIC_MESSAGES = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages";
const ACCOUNT_CONVERSATIONS = "/api/v1/accounts/{account_id}/conversations";
const ACCOUNT_CONVERSATION = "/api/v1/accounts/{account_id}/conversations/{conversation_id}";
const ACCOUNT_MESSAGES = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages";

function beforeOf(cursor: VendorCursor | undefined): number | undefined {
  return cursor !== undefined && "before" in cursor ? cursor.before : undefined;
}

/**
 * Chatwoot pages messages backwards: `before=<oldest id seen>`. A page comes oldest first; the
 * facade yields newest first. An empty page ends the listing (the page size, 20, is not part of
 * the documented contract, so a short page is not taken as the end).
 */
function backwardsPage(messages: UnifiedMessageOf<"chatwoot">[], raw: readonly { id: number }[]) {
  const oldest = raw.reduce<number | undefined>((min, m) => (min === undefined || m.id < min ? m.id : min), undefined);
  return { items: messages.reverse(), nextCursor: oldest === undefined ? undefined : { before: oldest } };
}

/** Create the Chatwoot adapter over a client built with `throwOnError: true`. */
export function chatwootAdapter(client: ChatwootClient): VendorAdapter<"chatwoot"> {
  return {
    capabilities: CAPABILITIES.chatwoot,

    async getConversation(ref, { signal }) {
      if (isChatwootPublicRef(ref)) {
        const path = { inbox_identifier: ref.inboxIdentifier, contact_identifier: ref.contactIdentifier, conversation_id: ref.conversationId };
        const result = await client.GET(PUBLIC_CONVERSATION, { params: { path }, signal });
        return chatwootConversation(requireData(result, "chatwoot", `GET ${PUBLIC_CONVERSATION}`));
      }
      const result = await client.GET(ACCOUNT_CONVERSATION, { params: { path: { account_id: ref.accountId, conversation_id: ref.conversationId } }, signal });
      return chatwootConversation(requireData(result, "chatwoot", `GET ${ACCOUNT_CONVERSATION}`));
    },

    async messagesPage(ref, cursor, { signal }) {
      const before = beforeOf(cursor);
      const query = before === undefined ? {} : { before };
      const conversationId = String(ref.conversationId);
      if (isChatwootPublicRef(ref)) {
        const path = { inbox_identifier: ref.inboxIdentifier, contact_identifier: ref.contactIdentifier, conversation_id: ref.conversationId };
        const raw = requireData(await client.GET(PUBLIC_MESSAGES, { params: { path, query }, signal }), "chatwoot", `GET ${PUBLIC_MESSAGES}`);
        return backwardsPage(raw.map((m) => chatwootMessage(m, conversationId)), raw);
      }
      const path = { account_id: ref.accountId, conversation_id: ref.conversationId };
      const body = requireData(await client.GET(ACCOUNT_MESSAGES, { params: { path, query }, signal }), "chatwoot", `GET ${ACCOUNT_MESSAGES}`);
      return backwardsPage(body.payload.map((m) => chatwootMessage(m, conversationId)), body.payload);
    },

    async conversationsPage(filters, cursor, { signal }) {
      if ("inboxIdentifier" in filters) {
        if (filters.status !== undefined) {
          throw new UnsupportedOperationError({
            vendor: "chatwoot",
            operation: "listConversations",
            detail: "the public client API cannot filter a contact's conversations by status; use { accountId } (application API)",
          });
        }
        if (cursor !== undefined) return { items: [], nextCursor: undefined };
        const path = { inbox_identifier: filters.inboxIdentifier, contact_identifier: filters.contactIdentifier };
        const list = requireData(await client.GET(PUBLIC_CONVERSATIONS, { params: { path }, signal }), "chatwoot", `GET ${PUBLIC_CONVERSATIONS}`);
        return { items: list.map((c) => chatwootConversation(c)), nextCursor: undefined };
      }
      const page = cursor !== undefined && "page" in cursor ? cursor.page : 1;
      const seenBefore = cursor !== undefined && "page" in cursor ? (cursor.seen ?? 0) : 0;
      const assigneeType = filters.assigneeType ?? "all";
      const query = {
        page,
        assignee_type: assigneeType,
        // Chatwoot's own default is `open`; the facade lists every status unless asked.
        status: filters.status ?? ("all" as const),
        ...(filters.inboxId === undefined ? {} : { inbox_id: filters.inboxId }),
      };
      const body = requireData(await client.GET(ACCOUNT_CONVERSATIONS, { params: { path: { account_id: filters.accountId }, query }, signal }), "chatwoot", `GET ${ACCOUNT_CONVERSATIONS}`);
      const { meta, payload } = body.data;
      // The counts in `meta` are totals for the filtered set, per assignee scope: stop once all are seen.
      const total = { me: meta.mine_count, assigned: meta.assigned_count, unassigned: meta.unassigned_count, all: meta.all_count }[assigneeType];
      const seen = seenBefore + payload.length;
      return {
        items: payload.map((c) => chatwootConversation(c)),
        nextCursor: payload.length > 0 && seen < total ? { page: page + 1, seen } : undefined,
      };
    },
  };
}

/** Build the Chatwoot client (throwing typed errors) and its adapter from the user's options. */
export const chatwootBinding: VendorBinding<"chatwoot"> = (options) => {
  const client = createChatwootClient({ ...options, throwOnError: true });
  return { client, adapter: chatwootAdapter(client) };
};
