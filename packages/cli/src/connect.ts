/**
 * A configured connection → a `@org/unified` client holding that one connection, built with the
 * public adapter factories. Retries are generous so a rate-limited export waits instead of failing.
 */
import { chatwoot, createUnifiedClient, type AnyAdapter, fiveChat, livechatai, type Connections, type UnifiedClient } from "@org/unified";
import type { ConnectionConfig } from "./config.js";
import type { Credential } from "./credentials.js";

/** The facade over one connection. */
export type Sdk = UnifiedClient<Connections>;

/** Transport settings the CLI uses for every connection. */
export const TRANSPORT = {
  /** 429s and 5xx are retried this often (honouring `Retry-After`) before a page is given up on. */
  maxRetries: 8,
  maxRetryDelayMs: 60_000,
  timeoutMs: 60_000,
  userAgent: "conversations-cli",
} as const;

/** Build the facade for `connection` with its credential. */
export function connect(connection: ConnectionConfig, credential: Credential, maxRetries: number = TRANSPORT.maxRetries): Sdk {
  const base = { ...TRANSPORT, maxRetries, ...(connection.baseUrl === undefined ? {} : { baseUrl: connection.baseUrl }) };
  const adapter: AnyAdapter =
    connection.vendor === "chatwoot"
      ? chatwoot({ ...base, apiAccessToken: credential.value })
      : connection.vendor === "livechatai"
        ? livechatai({ ...base, apiKey: credential.value, ...(connection.agentId === undefined ? {} : { agentId: connection.agentId }) })
        : fiveChat({ ...base, apiKey: credential.value });
  const connections: Connections = { [connection.name]: adapter };
  return createUnifiedClient(connections);
}
