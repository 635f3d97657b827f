/** Marker for "no pre-parsed JSON value": `json()` parses the text on demand. */
export const NOT_PARSED: unique symbol = Symbol("not parsed");

const encoder = new TextEncoder();

/**
 * A `Response` whose body has already been read (inside the attempt's timeout) and, for JSON,
 * parsed once. openapi-fetch calls `json()` on it and gets the parsed value without a second
 * `JSON.parse`; `text()`, `arrayBuffer()`, `blob()`, `body` and `clone()` still work from the
 * buffered text. `headers` are the original response's headers (copied, with a correct
 * `Content-Length` for the decoded body, only when the original lacked one); `url` and
 * `redirected` are the original's.
 *
 * Constructed with a null body so no stream is created on the hot path.
 */
export class BufferedResponse extends Response {
  readonly #text: string;
  readonly #value: unknown;
  readonly #headers: Headers;
  readonly #url: string;
  readonly #redirected: boolean;
  #stream: Response["body"] | undefined;

  /**
   * @param source - The response that was read.
   * @param text - Its decoded body.
   * @param byteLength - Length of the decoded body in bytes.
   * @param value - The parsed JSON body, or {@link NOT_PARSED}.
   */
  constructor(source: Response, text: string, byteLength: number, value: unknown) {
    super(null, { status: source.status, statusText: source.statusText });
    this.#text = text;
    this.#value = value;
    this.#url = source.url;
    this.#redirected = source.redirected;
    const length = source.headers.get("content-length");
    if (length === null || (byteLength === 0 && length !== "0")) {
      const headers = new Headers(source.headers);
      headers.delete("transfer-encoding");
      headers.set("content-length", String(byteLength));
      this.#headers = headers;
    } else {
      this.#headers = source.headers;
    }
  }

  /** The original response headers (see class docs). */
  override get headers(): Headers {
    return this.#headers;
  }

  /** The original response URL. */
  override get url(): string {
    return this.#url;
  }

  /** Whether the original response was redirected. */
  override get redirected(): boolean {
    return this.#redirected;
  }

  /** A stream of the buffered body (created on first access). */
  override get body(): Response["body"] {
    if (this.#stream === undefined) this.#stream = this.#text === "" ? null : new Response(this.#text).body;
    return this.#stream;
  }

  /**
   * The parsed body; parsed once by the SDK, not again here.
   *
   * @returns The JSON value.
   */
  override json(): Promise<unknown> {
    if (this.#value !== NOT_PARSED) return Promise.resolve(this.#value);
    const text = this.#text;
    return Promise.resolve().then(() => JSON.parse(text) as unknown);
  }

  /**
   * The body text.
   *
   * @returns The decoded body.
   */
  override text(): Promise<string> {
    return Promise.resolve(this.#text);
  }

  /**
   * The body bytes (UTF-8 of the decoded text).
   *
   * @returns A fresh buffer.
   */
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(encoder.encode(this.#text).buffer);
  }

  /**
   * The body as a Blob typed with the response's content type.
   *
   * @returns A Blob.
   */
  override blob(): Promise<Blob> {
    return Promise.resolve(new Blob([this.#text], { type: this.#headers.get("content-type") ?? "" }));
  }

  /**
   * A copy sharing the buffered body.
   *
   * @returns A new BufferedResponse.
   */
  override clone(): BufferedResponse {
    return new BufferedResponse(this, this.#text, encoder.encode(this.#text).byteLength, this.#value);
  }
}
