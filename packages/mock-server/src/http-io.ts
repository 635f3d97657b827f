import type { IncomingMessage, ServerResponse } from "node:http";
import { isJsonMediaType } from "./validate-request.ts";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Methods announced to CORS preflights. */
export const ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

/** Headers announced to CORS preflights that do not list `Access-Control-Request-Headers`. */
export const ALLOW_HEADERS = "authorization, api_access_token, content-type, accept, x-request-id, idempotency-key";

/**
 * Reads a request body, keeping at most {@link MAX_BODY_BYTES} (the rest is drained and dropped).
 * @returns the body and whether it was larger than the limit.
 */
export function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => {
      resolve({ body: Buffer.concat(chunks), tooLarge });
    });
    req.on("error", reject);
  });
}

/** Request headers with names lower-cased and repeated values joined by ", ". */
export function headerRecord(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/**
 * Sends a response: no body when `mediaType` or `value` is undefined; strings as-is for non-JSON
 * media types (`text/plain`); everything else JSON-serialized.
 */
export function send(res: ServerResponse, status: number, mediaType: string | undefined, value: unknown): void {
  if (mediaType === undefined || value === undefined) {
    res.writeHead(status).end();
    return;
  }
  const raw = typeof value === "string" && !isJsonMediaType(mediaType);
  const contentType = mediaType.startsWith("text/") && !mediaType.includes("charset") ? `${mediaType}; charset=utf-8` : mediaType;
  res.writeHead(status, { "content-type": contentType }).end(raw ? value : JSON.stringify(value));
}

