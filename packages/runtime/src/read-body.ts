/**
 * Reading response bodies with a cap on decoded bytes, enforced while reading: a gzip bomb stops
 * at the cap instead of filling memory.
 *
 * @packageDocumentation
 */

/** Error bodies are read up to this many decoded bytes; the rest is dropped (they only feed an error's snippet). */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/**
 * Reads a body up to `cap` decoded bytes.
 *
 * @param response - The response (its body is consumed).
 * @param cap - Most bytes to keep.
 * @param truncate - `true`: stop quietly at the cap; `false`: report `undefined` past it.
 * @returns The bytes, or `undefined` when the body is larger than `cap` and `truncate` is off.
 */
export async function readBytes(response: Response, cap: number, truncate: boolean): Promise<Uint8Array | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > cap) {
      void reader.cancel().catch(() => undefined);
      if (!truncate) return undefined;
      chunks.push(value.subarray(0, cap - size));
      size = cap;
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * A body stream that errors with `tooLarge()` once more than `cap` bytes went through it, and
 * calls `done` once when it ends, errors or is cancelled.
 *
 * @param body - The original body.
 * @param cap - Most bytes allowed.
 * @param tooLarge - Builds the error.
 * @param done - Called once the stream is finished either way.
 * @returns The bounded stream.
 */
export function boundedStream(body: ReadableStream<Uint8Array>, cap: number, tooLarge: () => Error, done: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done: ended, value } = await reader.read();
        if (ended) {
          done();
          controller.close();
          return;
        }
        size += value.byteLength;
        if (size > cap) throw tooLarge();
        controller.enqueue(value);
      } catch (error) {
        done();
        void reader.cancel().catch(() => undefined);
        controller.error(error);
      }
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
}

/**
 * Whether a `Content-Type` value is JSON: `application/json` or any `+json` suffix type
 * (`application/problem+json`), with any parameters, any case.
 *
 * @param contentType - The header value.
 * @returns `true` for JSON media types.
 */
export function isJsonContentType(contentType: string): boolean {
  return /^\s*(application\/json|[^;\s/]+\/[^;\s]+\+json)\s*(;|$)/i.test(contentType);
}
