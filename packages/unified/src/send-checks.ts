/**
 * The facade's checks of a `sendMessage` call, before any request: the connection can send, the
 * message is well formed, and a send-once key is well formed and honoured by the vendor. Every
 * refusal names the vendor, the operation and the caller's own key.
 */
import { UnsupportedOperationError } from "@org/runtime";
import type { Adapter, AttachmentData, OutgoingAttachment, OutgoingMessage } from "./adapter.js";
import { checkKeys, describe, invalid, isPlainObject } from "./caller-input.js";

/** What a checked send carries on to the adapter. */
export interface CheckedSend {
  readonly message: OutgoingMessage;
  readonly idempotencyKey: string | undefined;
}

/** Visible ASCII, 1–255 characters: fits every vendor field and every log line. */
const KEY = /^[\x21-\x7e]{1,255}$/;

function unsupported(adapter: Adapter, connection: string, detail: string): UnsupportedOperationError {
  return new UnsupportedOperationError({ vendor: adapter.vendor, operation: "sendMessage", detail: `connection "${connection}": ${detail}` });
}

/** Whether `value` is something an attachment's bytes can be read from. */
function isAttachmentData(value: unknown): value is AttachmentData {
  if (value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer || value instanceof Response) return true;
  if (typeof value !== "object" || value === null) return false;
  return value instanceof ReadableStream || typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";
}

/** One attachment of a message, checked; `where` is the caller's words for it (`attachments[0]`). */
function checkAttachment(vendor: string, a: unknown, where: string): OutgoingAttachment {
  if (!isPlainObject(a)) throw invalid(vendor, where, `${where} must be { name, data, type? }, got ${describe(a)}`);
  checkKeys(vendor, where, a, ["name", "data", "type"]);
  const { name, data, type } = a;
  if (typeof name !== "string" || name.trim() === "") throw invalid(vendor, `${where}.name`, `${where}.name must be a non-empty file name, got ${describe(name)}`);
  if (!isAttachmentData(data)) throw invalid(vendor, `${where}.data`, `${where}.data must be a Blob, Uint8Array/Buffer, ArrayBuffer, ReadableStream, Node readable stream or Response, got ${describe(data)}`);
  if (type === undefined) return { name, data };
  if (typeof type !== "string" || !/^[\w.+-]+\/[\w.+-]+$/.test(type)) throw invalid(vendor, `${where}.type`, `${where}.type must be a MIME type such as "application/pdf"`);
  return { name, data, type };
}

/**
 * Check a message and its send-once key against the adapter's capabilities.
 *
 * @throws {UnsupportedOperationError} when the connection cannot send this (no send, a private
 *   note, attachments, or a send-once key the vendor cannot store).
 * @throws {InvalidRequestError} when the message or the key is malformed.
 */
export function checkSend(adapter: Adapter, connection: string, message: unknown, idempotencyKey: unknown): CheckedSend {
  const cap = adapter.capabilities.sendMessage;
  if (cap === false || adapter.sendMessage === undefined) throw unsupported(adapter, connection, `${adapter.vendor} documents no way to send a message`);
  const m = checkKeys(adapter.vendor, "the message", message, ["text", "private", "attachments"]);
  const text = m["text"];
  if (typeof text !== "string" || text.trim() === "") throw invalid(adapter.vendor, "text", `text must be a non-empty string, got ${describe(text)}`);
  const isPrivate = m["private"];
  if (isPrivate !== undefined && typeof isPrivate !== "boolean") throw invalid(adapter.vendor, "private", `private must be a boolean, got ${describe(isPrivate)}`);
  if (isPrivate === true && !cap.private) throw unsupported(adapter, connection, `${adapter.vendor} cannot send private notes`);
  const attachments = m["attachments"];
  let checked: OutgoingAttachment[] | undefined;
  if (attachments !== undefined) {
    if (!Array.isArray(attachments)) throw invalid(adapter.vendor, "attachments", `attachments must be an array of { name, data, type? }, got ${describe(attachments)}`);
    checked = attachments.map((a: unknown, i) => checkAttachment(adapter.vendor, a, `attachments[${i}]`));
    if (checked.length > 0 && !cap.attachments) throw unsupported(adapter, connection, `${adapter.vendor} cannot send attachments through the facade`);
  }
  if (idempotencyKey !== undefined) {
    if (typeof idempotencyKey !== "string" || !KEY.test(idempotencyKey)) {
      throw invalid(adapter.vendor, "idempotencyKey", `idempotencyKey must be 1–255 visible ASCII characters (no spaces), got ${typeof idempotencyKey === "string" ? `a string of ${idempotencyKey.length} characters` : describe(idempotencyKey)}`);
    }
    if (adapter.capabilities.idempotentSend !== true) {
      throw unsupported(adapter, connection, `${adapter.vendor} stores no caller-chosen message id, so idempotencyKey cannot be honoured; send without it, and after an unclear failure read the latest messages before sending again`);
    }
  }
  const checkedMessage: OutgoingMessage = { text, ...(isPrivate === undefined ? {} : { private: isPrivate }), ...(checked === undefined ? {} : { attachments: checked }) };
  return { message: checkedMessage, idempotencyKey };
}
