/**
 * How many conversations an export will hold, where the vendor reports it (for the progress bar's
 * ETA): 5chat's `total`, Chatwoot's `meta.all_count`. One cheap request through the connection's
 * vendor client; any failure just means "unknown" (the export itself reports real errors).
 */
import type { FiveChatClient } from "@org/5chat";
import type { ChatwootClient } from "@org/chatwoot";
import type { ConnectionConfig } from "../config.js";
import type { Sdk } from "../connect.js";

/** The vendor's count of conversations matching `status`, or `undefined`. */
export async function conversationTotal(sdk: Sdk, connection: ConnectionConfig, status: string | undefined, signal: AbortSignal): Promise<number | undefined> {
  try {
    if (connection.vendor === "5chat") {
      const client = sdk.vendorClient(connection.name) as FiveChatClient;
      const { data } = await client.GET("/conversations", { params: { query: { page: 1, limit: 1 } }, signal });
      return typeof data?.total === "number" ? data.total : undefined;
    }
    if (connection.vendor === "chatwoot" && connection.accountId !== undefined) {
      const client = sdk.vendorClient(connection.name) as ChatwootClient;
      const { data } = await client.GET("/api/v1/accounts/{account_id}/conversations", {
        params: { path: { account_id: connection.accountId }, query: { status: (status ?? "all") as "all", assignee_type: "all" } },
        signal,
      });
      const count: unknown = data?.data.meta.all_count;
      return typeof count === "number" ? count : undefined;
    }
  } catch {
    // Unknown total: the bar shows counts and rate without an ETA.
  }
  return undefined;
}
