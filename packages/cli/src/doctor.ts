/**
 * `conversations doctor [connection]`: per connection, the cheapest authenticated call its vendor
 * has (5chat `GET /health`, LiveChatAI one conversation of the agent, Chatwoot `GET /api/v1/profile`)
 * through the connection's vendor client, and what it shows: reachable, credential accepted, the
 * facade's capabilities, rate-limit headers seen.
 */
import type { FiveChatClient } from "@org/5chat";
import type { ChatwootClient } from "@org/chatwoot";
import type { LiveChatAiClient } from "@org/livechatai";
import { ApiError, type Capabilities } from "@org/unified";
import type { ConnectionConfig } from "./config.js";
import type { Sdk } from "./connect.js";

/** What doctor found for one connection. */
export interface DoctorResult {
  readonly connection: string;
  readonly vendor: string;
  readonly check: string;
  readonly reachable: boolean;
  readonly credentialAccepted: boolean | undefined;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly rateLimitHeaders: Readonly<Record<string, string>>;
  readonly capabilities: readonly string[];
  /** Why it failed, one line (never a credential). */
  readonly problem: string | undefined;
}

const RATE_LIMIT_HEADER = /^(x-)?rate-?limit|^retry-after/i;

/** The capabilities as short words, e.g. `sendMessage`, `setStatus(resolved)`, `webhooks`. */
export function capabilityWords(c: Capabilities): string[] {
  const words = ["read"];
  if (c.conversationStatusFilter.length > 0) words.push(`status filter(${c.conversationStatusFilter.join("|")})`);
  if (c.sendMessage !== false) words.push("sendMessage");
  if (c.setStatus.length > 0) words.push(`setStatus(${c.setStatus.join("|")})`);
  if (c.assign !== false) words.push("assign");
  if (c.setTags) words.push("setTags");
  if (c.webhooks) words.push("webhooks");
  return words;
}

async function cheapestCall(sdk: Sdk, connection: ConnectionConfig, signal: AbortSignal): Promise<{ check: string; response: Response | undefined; skipped?: string }> {
  switch (connection.vendor) {
    case "5chat": {
      const client = sdk.vendorClient(connection.name) as FiveChatClient;
      return { check: "GET /health", response: (await client.GET("/health", { signal })).response };
    }
    case "livechatai": {
      if (connection.agentId === undefined) return { check: "GET /conversations", response: undefined, skipped: "no agentId configured (LiveChatAI's cheapest authenticated call lists one agent's conversations)" };
      const client = sdk.vendorClient(connection.name) as LiveChatAiClient;
      return { check: "GET /conversations", response: (await client.GET("/conversations", { params: { query: { agentId: connection.agentId, page: 1, perPage: 1 } }, signal })).response };
    }
    case "chatwoot": {
      const client = sdk.vendorClient(connection.name) as ChatwootClient;
      return { check: "GET /api/v1/profile", response: (await client.GET("/api/v1/profile", { signal })).response };
    }
  }
}

/** Check one connection; never throws for a vendor problem (it is reported in the result). */
export async function checkConnection(sdk: Sdk, connection: ConnectionConfig, signal: AbortSignal): Promise<DoctorResult> {
  const base = { connection: connection.name, vendor: connection.vendor, capabilities: capabilityWords(sdk.capabilities(connection.name)) };
  try {
    const { check, response, skipped } = await cheapestCall(sdk, connection, signal);
    if (response === undefined) return { ...base, check, reachable: false, credentialAccepted: undefined, status: undefined, requestId: undefined, rateLimitHeaders: {}, problem: skipped };
    const rateLimitHeaders = Object.fromEntries([...response.headers].filter(([name]) => RATE_LIMIT_HEADER.test(name)));
    const accepted = response.status !== 401 && response.status !== 403;
    return {
      ...base,
      check,
      reachable: true,
      credentialAccepted: accepted,
      status: response.status,
      requestId: response.headers.get("x-request-id") ?? undefined,
      rateLimitHeaders,
      problem: response.ok ? undefined : accepted ? `${check} answered ${response.status}` : `the credential was refused (${response.status})`,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = error instanceof ApiError ? error.status : undefined;
    return { ...base, check: "", reachable: status !== undefined, credentialAccepted: undefined, status, requestId: undefined, rateLimitHeaders: {}, problem: message };
  }
}

/** The lines doctor prints for one result. */
export function doctorLines(r: DoctorResult): string[] {
  const yes = (v: boolean | undefined) => (v === undefined ? "unknown" : v ? "yes" : "no");
  const limits = Object.entries(r.rateLimitHeaders).map(([k, v]) => `${k}: ${v}`);
  return [
    `${r.problem === undefined ? "ok  " : "FAIL"} ${r.connection} (${r.vendor})${r.check ? ` — ${r.check}${r.status === undefined ? "" : ` → ${r.status}`}${r.requestId ? ` (request id ${r.requestId})` : ""}` : ""}`,
    `     reachable: ${yes(r.reachable)}; credential accepted: ${yes(r.credentialAccepted)}`,
    `     capabilities: ${r.capabilities.join(", ")}`,
    `     rate-limit headers: ${limits.length ? limits.join("; ") : "none seen"}`,
    ...(r.problem === undefined ? [] : [`     problem: ${r.problem}`]),
  ];
}
