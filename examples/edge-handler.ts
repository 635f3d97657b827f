/**
 * An edge/worker-style handler (Cloudflare Workers, Deno Deploy, Vercel Edge, Bun.serve): only
 * `fetch`, `Request` and `Response`, no Node APIs. `GET /conversations/<accountId>/<id>` answers
 * the normalized Chatwoot conversation as JSON; SDK errors become HTTP errors without leaking
 * anything (the SDK's errors never contain credentials).
 *
 *     export default handler;             // Cloudflare Workers: env holds the bindings
 *     Deno.serve((req) => handler.fetch(req, { CHATWOOT_BASE_URL: "…", CHATWOOT_TOKEN: "…" }));
 *
 * It imports only the Chatwoot adapter (`@org/unified/chatwoot`), so a bundle holds no code of the
 * other vendors.
 */
import { createUnifiedClient, NotFoundError, SdkError } from "@org/unified";
import { chatwoot } from "@org/unified/chatwoot";

/** The bindings the handler needs. */
export interface Env {
  readonly CHATWOOT_BASE_URL: string;
  readonly CHATWOOT_TOKEN: string;
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const handler = {
  async fetch(request: Request, env: Env): Promise<Response> {
    const match = /^\/conversations\/(\d+)\/(\d+)$/.exec(new URL(request.url).pathname);
    if (request.method !== "GET" || match === null) return json(404, { error: "try GET /conversations/<accountId>/<conversationId>" });
    // A client per request is cheap (no I/O); reuse one per isolate if you prefer.
    const sdk = createUnifiedClient({ support: chatwoot({ baseUrl: env.CHATWOOT_BASE_URL, apiAccessToken: env.CHATWOOT_TOKEN }) });
    try {
      const conversation = await sdk.getConversation(
        { connection: "support", accountId: Number(match[1]), conversationId: Number(match[2]) },
        { signal: request.signal },
      );
      // The vendor payload (`raw`) stays server-side.
      return json(200, { ...conversation, raw: undefined });
    } catch (error) {
      if (error instanceof NotFoundError) return json(404, { error: "no such conversation" });
      if (error instanceof SdkError) return json(502, { error: error.name, vendor: error.vendor });
      throw error;
    }
  },
};

export default handler;
