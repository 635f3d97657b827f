/**
 * How one exported conversation is written: a JSONL line (the normalized conversation with all its
 * messages, `raw` payloads only with `--raw`), or CSV rows (one per message, the documented
 * columns below; csv-stringify does the quoting).
 */
import { stringify } from "csv-stringify/sync";
import type { UnifiedConversation, UnifiedMessage } from "@org/unified";

/** The CSV columns, in order (documented in the README). */
export const CSV_COLUMNS = [
  "connection",
  "vendor",
  "conversation_id",
  "conversation_status",
  "conversation_created_at",
  "conversation_channel",
  "contact_id",
  "contact_name",
  "contact_email",
  "message_id",
  "message_created_at",
  "sender_role",
  "sender_id",
  "sender_name",
  "text",
  "attachment_urls",
] as const;

/** A conversation and every one of its messages, in chronological order. */
export interface ExportedConversation {
  readonly conversation: UnifiedConversation;
  readonly messages: readonly UnifiedMessage[];
}

function withoutRaw<T extends { raw: unknown }>(value: T): Omit<T, "raw"> {
  const rest: Partial<T> = { ...value };
  delete rest.raw;
  return rest as Omit<T, "raw">;
}

/** The JSONL line (with its newline). */
export function jsonlLine({ conversation, messages }: ExportedConversation, raw: boolean): string {
  if (raw) return `${JSON.stringify({ ...conversation, messages })}\n`;
  const { contact, ...rest } = withoutRaw(conversation);
  return `${JSON.stringify({ ...rest, contact: contact === null ? null : withoutRaw(contact), messages: messages.map(withoutRaw) })}\n`;
}

function row(conversation: UnifiedConversation, message: UnifiedMessage | undefined): (string | null)[] {
  return [
    conversation.connection,
    conversation.vendor,
    conversation.id,
    conversation.status,
    conversation.createdAt,
    conversation.channel,
    conversation.contact?.id ?? null,
    conversation.contact?.name ?? null,
    conversation.contact?.email ?? null,
    message?.id ?? null,
    message?.createdAt ?? null,
    message?.sender.role ?? null,
    message?.sender.id ?? null,
    message?.sender.name ?? null,
    message?.text ?? null,
    message === undefined ? null : message.attachments.flatMap((a) => (a.url === null ? [] : [a.url])).join(" "),
  ];
}

/** The CSV header line. */
export const csvHeader = (): string => stringify([[...CSV_COLUMNS]]);

/** CSV rows: one per message; a conversation without messages gets one row with empty message columns. */
export function csvRows({ conversation, messages }: ExportedConversation): string {
  const rows = messages.length === 0 ? [row(conversation, undefined)] : messages.map((m) => row(conversation, m));
  return stringify(rows);
}
