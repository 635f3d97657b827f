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

async function cheapestCall(sdk: Sdk, connection: ConnectionConfig, signal: AbortSignal): Promise<{ response: Response | undefined; skipped?: string }> {
  switch (connection.vendor) {
    case "5chat": {
      const client = sdk.vendorClient(connection.name) as FiveChatClient;
      return { response: (await client.GET("/health", { signal })).response };
    }
    case "livechatai": {
      if (connection.agentId === undefined) return { response: undefined, skipped: "no agentId configured (LiveChatAI's cheapest authenticated call lists one agent's conversations)" };
      const client = sdk.vendorClient(connection.name) as LiveChatAiClient;
      return { response: (await client.GET("/conversations", { params: { query: { agentId: connection.agentId, page: 1, perPage: 1 } }, signal })).response };
    }
    case "chatwoot": {
      const client = sdk.vendorClient(connection.name) as ChatwootClient;
      return { response: (await client.GET("/api/v1/profile", { signal })).response };
    }
  }
}

const CHECKS: Readonly<Record<ConnectionConfig["vendor"], string>> = { "5chat": "GET /health", livechatai: "GET /conversations", chatwoot: "GET /api/v1/profile" };

function rateLimitHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => RATE_LIMIT_HEADER.test(name)));
}

/** Check one connection; never throws for a vendor problem (it is reported in the result). */
export async function checkConnection(sdk: Sdk, connection: ConnectionConfig, signal: AbortSignal): Promise<DoctorResult> {
  const check = CHECKS[connection.vendor];
  const base = { connection: connection.name, vendor: connection.vendor, check, capabilities: capabilityWords(sdk.capabilities(connection.name)) };
  const answered = (status: number, requestId: string | undefined, headers: Record<string, string>, problem: string | undefined): DoctorResult => {
    const accepted = status !== 401 && status !== 403;
    return { ...base, reachable: true, credentialAccepted: accepted, status, requestId, rateLimitHeaders: headers, problem: accepted ? problem : `the credential was refused (${status})` };
  };
  try {
    const { response, skipped } = await cheapestCall(sdk, connection, signal);
    if (response === undefined) return { ...base, reachable: false, credentialAccepted: undefined, status: undefined, requestId: undefined, rateLimitHeaders: {}, problem: skipped };
    return answered(response.status, response.headers.get("x-request-id") ?? undefined, rateLimitHeaders(response.headers), response.ok ? undefined : `${check} answered ${response.status}`);
  } catch (error) {
    if (error instanceof ApiError && error.status !== undefined) return answered(error.status, error.requestId, rateLimitHeaders(Object.entries(error.headers ?? {})), error.message);
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, reachable: false, credentialAccepted: undefined, status: undefined, requestId: undefined, rateLimitHeaders: {}, problem: message };
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
