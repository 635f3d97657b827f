/**
 * A `Response` whose body has already been read (inside the attempt's timeout) and, for JSON,
 * parsed once. openapi-fetch calls `json()` on it and gets the parsed value without a second
 * `JSON.parse`; `text()`, `arrayBuffer()`, `blob()`, `body` and `clone()` still work from the
 * buffered text. `headers` are the original response's, plus a correct `Content-Length` when the
 * original had none (so openapi-fetch takes its `json()` path); `url` is the original's and
 * `redirected` is true when the SDK followed a redirect. A `clone()` parses its own copy, so a
 * middleware that changes what its clone's `json()` returned never changes the caller's `data`.
 *
 * Constructed with a null body: creating a body stream costs more than all the rest of the SDK's
 * per-request work, so one is only created if `body`, `arrayBuffer()` or `blob()` is used.
 *
 * The class is defined on first use, not at import: on Node 20, touching the global `Response`
 * loads the built-in fetch implementation (~17 ms), which importing the SDK should not cost.
 */
export type BufferedResponse = Response;

type BufferedResponseClass = new (source: Response, text: string, redirected: boolean, parsed?: boolean, value?: unknown) => Response;
let BufferedResponseImpl: BufferedResponseClass | undefined;

/**
 * A {@link BufferedResponse} over `source`.
 *
 * @param source - The response that was read.
 * @param text - Its decoded body.
 * @param redirected - Whether the SDK followed a redirect to get it.
 * @param parsed - Whether `value` is the parsed JSON body (else `json()` parses `text`).
 * @param value - The parsed JSON body.
 * @returns The buffered response.
 */
export function bufferedResponse(source: Response, text: string, redirected: boolean, parsed = false, value?: unknown): BufferedResponse {
  BufferedResponseImpl ??= defineBufferedResponse();
  return new BufferedResponseImpl(source, text, redirected, parsed, value);
}

function defineBufferedResponse(): BufferedResponseClass {
  return class BufferedResponse extends Response {
    readonly #source: Response;
    readonly #text: string;
    readonly #parsed: boolean;
    readonly #value: unknown;
    readonly #headers: Headers;
    readonly #redirected: boolean;
    #stream: Response["body"] | undefined;

    /**
     * @param source - The response that was read.
     * @param text - Its decoded body.
     * @param redirected - Whether the SDK followed a redirect to get it.
     * @param parsed - Whether `value` is the parsed JSON body (else `json()` parses `text`).
     * @param value - The parsed JSON body.
     */
    constructor(source: Response, text: string, redirected: boolean, parsed = false, value?: unknown) {
      super(null, { status: source.status, statusText: source.statusText });
      this.#source = source;
      this.#redirected = redirected;
      this.#text = text;
      this.#parsed = parsed;
      this.#value = value;
      let headers = source.headers;
      if (!headers.has("content-length")) {
        headers = new Headers(headers);
        headers.delete("transfer-encoding");
        headers.set("content-length", String(new Blob([text]).size));
      }
      this.#headers = headers;
    }

    /**
     * A real Response over the buffered text, to read it as bytes or a stream.
     *
     * @returns A new Response.
     */
    #full(): Response {
      return new Response(this.#text || null, this);
    }

    /** The original headers (with `Content-Length`). */
    override get headers(): Headers {
      return this.#headers;
    }

    /** The original response URL. */
    override get url(): string {
      return this.#source.url;
    }

    /** Whether a redirect was followed. */
    override get redirected(): boolean {
      return this.#redirected;
    }

    /** A stream of the buffered body. */
    override get body(): Response["body"] {
      return (this.#stream ??= this.#full().body);
    }

    /**
     * The parsed body: parsed once by the SDK, not again here.
     *
     * @returns The JSON value.
     */
    override json(): Promise<unknown> {
      return this.#parsed ? Promise.resolve(this.#value) : this.text().then(JSON.parse);
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
     * @returns A buffer.
     */
    override arrayBuffer(): Promise<ArrayBuffer> {
      return this.#full().arrayBuffer();
    }

    /**
     * The body as a Blob typed with the response's content type.
     *
     * @returns A Blob.
     */
    override blob(): Promise<Blob> {
      return this.#full().blob();
    }

    /**
     * A copy of the buffered body whose `json()` parses its own value.
     *
     * @returns A new BufferedResponse.
     */
    override clone(): BufferedResponse {
      return new BufferedResponse(this, this.#text, this.#redirected);
    }
  };
}
