/**
 * The Chatwoot writes. Each result is built from the write's own response; nothing is read after a
 * write (an agent-bot token may write but gets 401 on `GET …/conversations/{id}`, and a write that
 * went through must not throw because of a read).
 *
 * Sending is never retried blindly. With a send-once key (application API only) the key is stored
 * in the message's `content_attributes.sdk_idempotency_key` (`Messages::MessageBuilder` stores
 * `content_attributes` as given and `api/v1/models/_message` renders it), and after an unclear
 * failure the latest messages are searched for it before sending again. Not `source_id`: on an
 * outgoing message it stops delivery to the channel (`Base::SendOnChannelService` treats it as
 * originating from the channel); not `echo_id`: it is not stored.
 */
import { CHATWOOT_MAX_ATTACHMENTS_PER_MESSAGE, toChatwootFile, type ChatwootClient } from "@org/chatwoot";
import { UnsupportedOperationError } from "@org/runtime";
import type { AdapterContext, AdapterSendContext, Assignment, OutgoingAttachment, OutgoingMessage } from "../../adapter.js";
import type { ConversationRefOf, ConversationStatus, SettableStatus } from "../../model.js";
import type { ChatwootTypes } from "./types.js";
import { isoFromString, type JsonObject, lookup, prop, textAt } from "../../tolerant-read.js";
import type { ChatwootConversationRef } from "./types.js";
import { sendOnce } from "../../send-once.js";
import { expectId, expectInteger, expectObject, expectObjects, fail, type ShapeContext } from "../../response-shape.js";
import type { AssignmentChangeOf, StatusChangeOf, TagsChangeOf, UnifiedTeam } from "../../writes.js";
import { bodyOf } from "../response.js";
import { chatwootMessage } from "./normalizer.js";
import { ACCOUNT_MESSAGES, isPublic, PUBLIC_MESSAGES } from "./ref-kind.js";

const VENDOR = "chatwoot";
const PUBLIC_TOGGLE_STATUS = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status";
const ACCOUNT_TOGGLE_STATUS = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status";
const ACCOUNT_ASSIGNMENTS = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments";
const ACCOUNT_LABELS = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels";

/** Where the send-once key is kept on a message. */
export const IDEMPOTENCY_ATTRIBUTE = "sdk_idempotency_key";

const STATUS: Readonly<Record<string, ConversationStatus>> = { open: "open", pending: "pending", resolved: "resolved", snoozed: "snoozed" };
const shape = (operation: string): ShapeContext => ({ vendor: VENDOR, operation });

function refuse(connection: string, operation: string, detail: string): never {
  throw new UnsupportedOperationError({ vendor: VENDOR, operation, detail: `connection "${connection}": ${detail}` });
}

/** A multipart body: the text, extra fields and the files as `attachments[]`. */
function formOf(text: string, fields: Readonly<Record<string, string>>, files: readonly File[]): FormData {
  const form = new FormData();
  form.append("content", text);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append("attachments[]", file, file.name);
  return form;
}

/**
 * Every attachment read into a `File` and checked against Chatwoot's limits (count, size), before
 * any request: a stream that fails half-way or a file too large is an `InvalidRequestError` naming
 * `attachments[i]` and the file name.
 */
async function filesOf(connection: string, attachments: readonly OutgoingAttachment[]): Promise<File[]> {
  if (attachments.length > CHATWOOT_MAX_ATTACHMENTS_PER_MESSAGE) refuse(connection, "sendMessage", `Chatwoot takes at most ${CHATWOOT_MAX_ATTACHMENTS_PER_MESSAGE} attachments per message, got ${attachments.length}`);
  return Promise.all(attachments.map((a, i) => toChatwootFile(a.data, { name: a.name, ...(a.type === undefined ? {} : { type: a.type }), operation: `sendMessage attachments[${i}] ("${a.name}")` })));
}

/** The key stored on a listed message (`content_attributes` is an object, or JSON text in older rows). */
function keyOf(message: JsonObject): unknown {
  let attributes = prop(message, "content_attributes");
  if (typeof attributes === "string") {
    try {
      attributes = JSON.parse(attributes) as unknown;
    } catch {
      return undefined;
    }
  }
  return prop(attributes, IDEMPOTENCY_ATTRIBUTE);
}

function agentOf(body: unknown, op: string): AssignmentChangeOf<ChatwootTypes>["agent"] {
  if (body === null) return null;
  const agent = expectObject(shape(op), body, "$");
  return { id: expectId(shape(op), agent["id"], "$.id"), name: textAt(agent, "available_name") ?? textAt(agent, "name"), email: textAt(agent, "email") };
}

function teamOf(body: unknown, op: string): UnifiedTeam | null {
  if (body === null) return null;
  const team = expectObject(shape(op), body, "$");
  return { id: expectId(shape(op), team["id"], "$.id"), name: textAt(team, "name") };
}

/** The writes of one Chatwoot client, for the adapter. */
export function chatwootWriters(client: ChatwootClient) {
  // No retry at all (maxRetries 0 also overrides a caller's shouldRetry): a retried send could post twice.
  const once = client.withOptions({ maxRetries: 0 });
  const idempotent = client.withOptions({ retryPost: true });

  return {
    async sendMessage(ref: ChatwootConversationRef, message: OutgoingMessage, { connection, signal, idempotencyKey }: AdapterSendContext) {
      const files = await filesOf(connection, message.attachments ?? []);
      const scope = { connection, ref: { connection, ...ref } as ConversationRefOf<ChatwootTypes> };
      const normalize = (body: JsonObject) => chatwootMessage(body, String(ref.conversationId), scope);
      if (isPublic(ref)) {
        if (message.private === true) refuse(connection, "sendMessage", "the public client API sends messages as the contact; private notes need an accountId reference");
        if (idempotencyKey !== undefined) refuse(connection, "sendMessage", "the public client API stores no caller-chosen id (echo_id is echoed, not stored), so idempotencyKey needs an accountId reference");
        const path = { inbox_identifier: ref.inboxIdentifier, contact_identifier: ref.contactIdentifier, conversation_id: ref.conversationId };
        const form = files.length > 0 ? formOf(message.text, {}, files) : undefined;
        const result = await once.POST(PUBLIC_MESSAGES, { params: { path }, body: { content: message.text }, ...(form ? { bodySerializer: () => form } : {}), signal });
        const op = `POST ${PUBLIC_MESSAGES}`;
        const body = expectObject(shape(op), bodyOf(result, VENDOR, op), "$");
        expectInteger(shape(op), body["id"], "$.id", 1);
        return { data: normalize(body), response: result.response };
      }
      const path = { account_id: ref.accountId, conversation_id: ref.conversationId };
      const isPrivate = message.private === true;
      const keyed = idempotencyKey === undefined ? {} : { content_attributes: { [IDEMPOTENCY_ATTRIBUTE]: idempotencyKey } };
      const send = async () => {
        const fields = { message_type: "outgoing", private: String(isPrivate), ...(idempotencyKey === undefined ? {} : { content_attributes: JSON.stringify(keyed.content_attributes) }) };
        // A FormData is built per send: a body is consumed by the request that carries it.
        const form = files.length > 0 ? formOf(message.text, fields, files) : undefined;
        const result = await once.POST(ACCOUNT_MESSAGES, {
          params: { path },
          body: { content: message.text, message_type: "outgoing", private: isPrivate, ...keyed },
          ...(form ? { bodySerializer: () => form } : {}),
          signal,
        });
        const op = `POST ${ACCOUNT_MESSAGES}`;
        const body = expectObject(shape(op), bodyOf(result, VENDOR, op), "$");
        expectInteger(shape(op), body["id"], "$.id", 1);
        return { data: normalize(body), response: result.response };
      };
      if (idempotencyKey === undefined) return send();
      return sendOnce({
        signal,
        send,
        async lookup() {
          // The newest page (Chatwoot's 20 latest messages): a send that just failed is among them.
          const result = await client.GET(ACCOUNT_MESSAGES, { params: { path }, signal });
          const op = `GET ${ACCOUNT_MESSAGES}`;
          const page = expectObjects(shape(op), expectObject(shape(op), bodyOf(result, VENDOR, op), "$")["payload"], "$.payload");
          const stored = page.find((m) => keyOf(m) === idempotencyKey);
          return stored === undefined ? undefined : { data: normalize(stored), response: result.response };
        },
      });
    },

    async setStatus(ref: ChatwootConversationRef, status: SettableStatus, options: { readonly snoozedUntil?: Date }, { connection, signal }: AdapterContext) {
      const full = { connection, ...ref } as ConversationRefOf<ChatwootTypes>;
      if (isPublic(ref)) {
        if (status !== "resolved") refuse(connection, "setStatus", `the public client API can only resolve a conversation, not set "${status}"; use an accountId reference`);
        const path = { inbox_identifier: ref.inboxIdentifier, contact_identifier: ref.contactIdentifier, conversation_id: ref.conversationId };
        const result = await idempotent.POST(PUBLIC_TOGGLE_STATUS, { params: { path }, signal });
        const op = `POST ${PUBLIC_TOGGLE_STATUS}`;
        const body = expectObject(shape(op), bodyOf(result, VENDOR, op), "$");
        const data: StatusChangeOf<ChatwootTypes> = { ref: full, status: lookup(STATUS, textAt(body, "status")) ?? "unknown", snoozedUntil: null };
        return { data, response: result.response };
      }
      const snoozedUntil = options.snoozedUntil === undefined ? {} : { snoozed_until: Math.floor(options.snoozedUntil.getTime() / 1000) };
      const path = { account_id: ref.accountId, conversation_id: ref.conversationId };
      const result = await idempotent.POST(ACCOUNT_TOGGLE_STATUS, { params: { path }, body: { status, ...snoozedUntil }, signal });
      const op = `POST ${ACCOUNT_TOGGLE_STATUS}`;
      const payload = expectObject(shape(op), expectObject(shape(op), bodyOf(result, VENDOR, op), "$")["payload"], "$.payload");
      const current = textAt(payload, "current_status") ?? fail(shape(op), "$.payload.current_status", "expected the status after the write");
      const data: StatusChangeOf<ChatwootTypes> = { ref: full, status: lookup(STATUS, current) ?? "unknown", snoozedUntil: isoFromString(prop(payload, "snoozed_until")) };
      return { data, response: result.response };
    },

    async assign(ref: ChatwootConversationRef, assignment: Assignment | null, { connection, signal }: AdapterContext) {
      if (isPublic(ref)) refuse(connection, "assign", "assignments need an accountId reference (application API)");
      const path = { account_id: ref.accountId, conversation_id: ref.conversationId };
      const op = `POST ${ACCOUNT_ASSIGNMENTS}`;
      // Chatwoot changes the agent or the team per request (the agent when both are sent).
      const agentId = assignment === null ? null : assignment.agentId;
      const teamId = assignment === null ? null : assignment.teamId;
      const data: AssignmentChangeOf<ChatwootTypes> = { ref: { connection, ...ref }, agent: undefined, team: undefined };
      let response: Response | undefined;
      if (agentId !== undefined) {
        const result = await idempotent.POST(ACCOUNT_ASSIGNMENTS, { params: { path }, body: { assignee_id: agentId }, signal });
        data.agent = agentOf(result.data ?? null, op);
        response = result.response;
      }
      if (teamId !== undefined) {
        const result = await idempotent.POST(ACCOUNT_ASSIGNMENTS, { params: { path }, body: { team_id: teamId }, signal });
        data.team = teamOf(result.data ?? null, op);
        response = result.response;
      }
      if (response === undefined) return refuse(connection, "assign", "assign needs agentId and/or teamId (or null to unassign)");
      return { data, response };
    },

    async setTags(ref: ChatwootConversationRef, tags: readonly string[], { connection, signal }: AdapterContext) {
      if (isPublic(ref)) refuse(connection, "setTags", "labels need an accountId reference (application API)");
      const path = { account_id: ref.accountId, conversation_id: ref.conversationId };
      const result = await idempotent.POST(ACCOUNT_LABELS, { params: { path }, body: { labels: [...tags] }, signal });
      const op = `POST ${ACCOUNT_LABELS}`;
      const payload = expectObject(shape(op), bodyOf(result, VENDOR, op), "$")["payload"];
      if (!Array.isArray(payload) || !payload.every((t): t is string => typeof t === "string")) return fail(shape(op), "$.payload", "expected the list of label names");
      const data: TagsChangeOf<ChatwootTypes> = { ref: { connection, ...ref }, tags: payload };
      return { data, response: result.response };
    },
  };
}

