/**
 * Chatwoot v4.10.0's attachment limits, from its source:
 * - app/models/attachment.rb:176-181 — a file over `MAXIMUM_FILE_UPLOAD_SIZE` MB (installation
 *   config, default 40: config/installation_config.yml:92-93; a value ≤ 0 means 40) is refused
 *   with "size is too big";
 * - app/models/attachment.rb:172-174, :183-185, :27-36 — the type must start with `image/`,
 *   `video/` or `audio/`, or be one of `ACCEPTABLE_FILE_TYPES`;
 * - app/models/attachment.rb:157-163 — both checks run **only for website (`Channel::WebWidget`)
 *   inboxes**; other inboxes store any file;
 * - app/models/message.rb:46, :412-413 — at most 15 attachments per message.
 */

/** Rails' `40.megabytes`: 40 × 1024 × 1024 bytes. */
export const CHATWOOT_DEFAULT_MAX_FILE_BYTES = 40 * 1024 * 1024;

/** At most this many attachments per message (`Message::NUMBER_OF_PERMITTED_ATTACHMENTS`). */
export const CHATWOOT_MAX_ATTACHMENTS_PER_MESSAGE = 15;

/** `Attachment::ACCEPTABLE_FILE_TYPES`: the non-media types a website inbox accepts. */
export const CHATWOOT_ACCEPTABLE_FILE_TYPES: readonly string[] = [
  "text/csv",
  "text/plain",
  "text/rtf",
  "application/json",
  "application/pdf",
  "application/zip",
  "application/x-7z-compressed",
  "application/vnd.rar",
  "application/x-tar",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/rtf",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
];

/** Whether a website inbox accepts this MIME type (`media_file?` or the list). */
export function isWebWidgetFileType(type: string): boolean {
  const base = type.split(";")[0]?.trim().toLowerCase() ?? "";
  return base.startsWith("image/") || base.startsWith("video/") || base.startsWith("audio/") || CHATWOOT_ACCEPTABLE_FILE_TYPES.includes(base);
}
