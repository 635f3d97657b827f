/**
 * `toChatwootFile`: turn whatever a caller holds (a `Blob`/`File`, bytes, a Node `Buffer` or
 * readable stream, a web `ReadableStream`, a fetch `Response`) into a `File` Chatwoot accepts,
 * checked against its attachment limits (./limits.ts) before anything is uploaded.
 */
import { InvalidRequestError } from "@org/runtime/errors";
import { CHATWOOT_DEFAULT_MAX_FILE_BYTES, isWebWidgetFileType } from "./limits.js";

/** A Node.js readable stream (or anything async-iterable over byte chunks). */
export type ByteChunks = AsyncIterable<Uint8Array | string>;

/** What {@link toChatwootFile} accepts. A Node `Buffer` is a `Uint8Array`. */
export type ChatwootFileInput = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | ByteChunks | Response;

/** Options of {@link toChatwootFile}. */
export interface ToChatwootFileOptions {
  /** The file name Chatwoot shows. Default: the `File`'s name, the last path segment of a `Response`'s URL, else `"attachment"`. */
  name?: string;
  /** The MIME type. Default: the `Blob`'s or `Response`'s `content-type`, else `application/octet-stream`. */
  type?: string;
  /** Refuse larger files. Default 40 MiB, Chatwoot's `MAXIMUM_FILE_UPLOAD_SIZE` default; set your installation's value. */
  maxBytes?: number;
  /**
   * The channel of the inbox the file goes to (e.g. `"Channel::WebWidget"`). Website inboxes
   * accept only media and a list of document types (app/models/attachment.rb:157-185); with
   * that channel the type is checked here too. Other channels accept any type.
   */
  inboxChannel?: string;
  /** The operation the file is for, named in errors (e.g. `"createAccountConversationMessage"`). Default `"toChatwootFile"`. */
  operation?: string;
}

function refuse(operation: string, detail: string, cause?: unknown): InvalidRequestError {
  return new InvalidRequestError({ vendor: "chatwoot", reason: "invalid_option", parameter: "file", detail: `${operation}: ${detail}`, ...(cause === undefined ? {} : { cause }) });
}

const megabytes = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;

function isAsyncIterable(value: unknown): value is ByteChunks {
  return typeof value === "object" && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";
}

/** Reads chunks until the end, stopping as soon as more than `maxBytes` arrived. */
async function collect(chunks: ByteChunks, maxBytes: number, operation: string): Promise<Uint8Array<ArrayBuffer>[]> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  const encoder = new TextEncoder();
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk instanceof Uint8Array ? chunk : null;
      if (bytes === null) throw refuse(operation, "the stream yielded something other than bytes or text");
      total += bytes.byteLength;
      if (total > maxBytes) throw refuse(operation, `the stream is over ${megabytes(maxBytes)}, Chatwoot's attachment limit (stopped reading at ${megabytes(total)})`);
      parts.push(new Uint8Array(bytes));
    }
  } catch (error) {
    if (error instanceof InvalidRequestError) throw error;
    throw refuse(operation, "the stream failed while it was read; nothing was uploaded", error);
  }
  return parts;
}

const byteLength = (chunks: readonly Uint8Array[]): number => chunks.reduce((n, c) => n + c.byteLength, 0);

function webStreamChunks(stream: ReadableStream<Uint8Array>): ByteChunks {
  return {
    async *[Symbol.asyncIterator]() {
      const reader = stream.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        reader.releaseLock();
      }
    },
  };
}

function nameFromUrl(url: string): string | undefined {
  try {
    const last = new URL(url).pathname.split("/").filter(Boolean).at(-1);
    return last === undefined ? undefined : decodeURIComponent(last);
  } catch {
    return undefined;
  }
}

/**
 * A `File` for a Chatwoot attachment, checked before upload: not empty, not over `maxBytes`
 * (default 40 MiB), and for website inboxes of a type Chatwoot accepts. A stream is read up to
 * the limit and no further.
 *
 * @param input - A `Blob`/`File`, `Uint8Array` (a Node `Buffer` is one), `ArrayBuffer`, web `ReadableStream`, Node readable stream or fetch `Response`.
 * @param options - Name, type, size limit, inbox channel, operation.
 * @returns A `File` with the name and type set.
 * @throws `InvalidRequestError` (vendor `chatwoot`, parameter `file`, the operation in the message) for an empty or too large file, a refused type, an unreadable input, a failed `Response` or a stream that errors.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { toChatwootFile } from "@org/chatwoot";
 *
 * const receipt = await toChatwootFile(readFileSync("receipt.pdf"), { name: "receipt.pdf", type: "application/pdf" });
 * ```
 */
export async function toChatwootFile(input: ChatwootFileInput, options: ToChatwootFileOptions = {}): Promise<File> {
  const operation = typeof options.operation === "string" && options.operation !== "" ? options.operation : "toChatwootFile";
  const maxBytes = options.maxBytes ?? CHATWOOT_DEFAULT_MAX_FILE_BYTES;
  if (!(Number.isSafeInteger(maxBytes) && maxBytes > 0)) throw refuse(operation, "`maxBytes` must be a positive whole number of bytes");
  let parts: BlobPart[];
  let type = "";
  let name: string | undefined;
  let size: number;
  if (input instanceof Blob) {
    if (input.size > maxBytes) throw refuse(operation, `the file is ${megabytes(input.size)}, over Chatwoot's ${megabytes(maxBytes)} attachment limit`);
    parts = [input];
    size = input.size;
    type = input.type;
    name = typeof File === "function" && input instanceof File ? input.name : undefined;
  } else if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    size = input.byteLength;
    if (size > maxBytes) throw refuse(operation, `the file is ${megabytes(size)}, over Chatwoot's ${megabytes(maxBytes)} attachment limit`);
    parts = [new Uint8Array(input)];
  } else if (typeof Response === "function" && input instanceof Response) {
    if (!input.ok) throw refuse(operation, `the Response to read the file from has status ${input.status}`);
    const declared = Number(input.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes) throw refuse(operation, `the file is ${megabytes(declared)}, over Chatwoot's ${megabytes(maxBytes)} attachment limit`);
    type = input.headers.get("content-type") ?? "";
    name = nameFromUrl(input.url);
    const chunks = input.body === null ? [] : await collect(webStreamChunks(input.body), maxBytes, operation);
    [parts, size] = [chunks, byteLength(chunks)];
  } else if (typeof ReadableStream === "function" && input instanceof ReadableStream) {
    const chunks = await collect(webStreamChunks(input), maxBytes, operation);
    [parts, size] = [chunks, byteLength(chunks)];
  } else if (isAsyncIterable(input)) {
    const chunks = await collect(input, maxBytes, operation);
    [parts, size] = [chunks, byteLength(chunks)];
  } else {
    throw refuse(operation, "expected a Blob, File, Uint8Array, ArrayBuffer, Buffer, ReadableStream, Node readable stream or Response");
  }
  if (size === 0) throw refuse(operation, "the file is empty (0 bytes)");
  const finalType = options.type ?? (type || "application/octet-stream");
  if (options.inboxChannel === "Channel::WebWidget" && !isWebWidgetFileType(finalType)) {
    throw refuse(operation, `website inboxes refuse the type ${JSON.stringify(finalType)} (Chatwoot accepts images, video, audio and common documents)`);
  }
  return new File(parts, options.name ?? name ?? "attachment", { type: finalType });
}
