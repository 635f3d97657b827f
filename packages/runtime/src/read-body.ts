/**
 * `@org/runtime/read-body`: the SDK's one body reader (responses in the clients, requests in the
 * webhook handlers), with a cap enforced while reading so a gzip bomb or an endless upload stops at
 * the cap. It imports nothing, so a webhook receiver does not bundle the REST client.
 *
 * @packageDocumentation
 */

/** What {@link readBody} reads: a `Response`, a `Request`, anything with a body and headers (a `Content-Length` over the cap, not content-encoded, is refused unread). */
export interface BodySource {
  readonly body: ReadableStream<Uint8Array> | null;
  readonly headers: Headers;
}

/**
 * Reads (consumes) a body up to `maxBytes` decoded bytes: past the cap it returns `undefined`, or
 * with `truncate` what fits. E.g. `if (!(await readBody(request, 1e6))) return new Response(null, { status: 413 })`.
 */
export async function readBody(source: BodySource, maxBytes: number, truncate = false): Promise<Uint8Array | undefined> {
  const { body } = source;
  if (!body) return new Uint8Array(0);
  if (!truncate && !source.headers.has("content-encoding") && Number(source.headers.get("content-length")) > maxBytes) {
    void body.cancel().catch(() => undefined);
    return undefined;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      void reader.cancel().catch(() => undefined);
      if (!truncate) return undefined;
      chunks.push(value.subarray(0, maxBytes - size));
      size = maxBytes;
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

/** `body` erroring with `tooLarge()` past `maxBytes`; `done` is called when it ends, errors or is cancelled. */
export function boundedStream(body: ReadableStream<Uint8Array>, maxBytes: number, tooLarge: () => Error, done: () => void): ReadableStream<Uint8Array> {
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
        if (size > maxBytes) throw tooLarge();
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
