/**
 * `conversations listen <connection> --forward-to <url>`: the connection's event stream
 * (`events(sdk, …)` of `@org/unified`, webhooks or polling as the vendor allows) forwarded as signed Chatwoot-style
 * deliveries, one printed line per event with the handler's status. A handler that is down is
 * retried with backoff, then reported, and the stream goes on. Runs until Ctrl-C (exit 130).
 */
import { resolve } from "node:path";
import type { Command } from "commander";
import { events } from "@org/unified";
import { fileStore } from "@org/unified/file-store";
import type { CommandContext } from "../context.js";
import { InterruptedError, usageError } from "../exit-codes.js";
import { envPrefix, type ConnectionConfig } from "../config.js";
import { registerSecret } from "../secrets.js";
import { deliver } from "../webhooks/deliver.js";
import { startWebhookReceiver } from "../webhooks/receive.js";
import { forwardBody, type StreamEvent } from "../webhooks/forward-body.js";
import { targetUrl, webhookSecret } from "./trigger.js";

interface ListenFlags {
  readonly forwardTo: string;
  readonly secret?: string;
  readonly interval: string;
  readonly from: string;
  readonly attempts: string;
  readonly state?: string;
  readonly receivePort?: string;
  readonly receiveHost: string;
  readonly receiveSecret?: string;
}

/** Start the vendor-webhook receiver of `--receive-port`, feeding `stream`. */
async function receive(ctx: CommandContext, flags: ListenFlags, connection: ConnectionConfig, stream: { push(event: never): Promise<void> }) {
  const port = Number(flags.receivePort);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw usageError(`--receive-port must be a port number, got "${flags.receivePort ?? ""}"`);
  if (connection.vendor !== "chatwoot") throw usageError(`--receive-port: ${connection.vendor} sends no webhooks; listen polls it`);
  const secret = flags.receiveSecret ?? ctx.env[`${envPrefix(connection.name)}_WEBHOOK_SECRET`];
  if (secret !== undefined && secret !== "") registerSecret(secret);
  const receiver = await startWebhookReceiver({
    host: flags.receiveHost,
    port,
    secret: secret === "" ? undefined : secret,
    connection: connection.name,
    accountId: connection.accountId,
    stream,
    onRefused: (problem) => process.stderr.write(`listen ${connection.name}: refused a delivery: ${problem}\n`),
  });
  process.stderr.write(`listen ${connection.name}: receiving Chatwoot webhooks on ${receiver.url}${secret === undefined || secret === "" ? " (unsigned accepted: no secret given)" : ""}\n`);
  return receiver;
}

/** Register the command. */
export function listenCommand(program: Command, context: () => CommandContext): void {
  program
    .command("listen")
    .description("forward a connection's live events to a local URL as signed Chatwoot-style webhook deliveries")
    .argument("<connection>", "a configured connection name")
    .requiredOption("--forward-to <url>", "the handler to POST each event to, e.g. http://localhost:3000/webhooks")
    .option("--secret <secret>", "sign with this webhook secret (default: $CONVERSATIONS_WEBHOOK_SECRET; none: unsigned)")
    .option("--interval <seconds>", "polling interval where the vendor has no webhooks", "5")
    .option("--from <where>", "now (only new events) or beginning (every conversation's history first)", "now")
    .option("--attempts <n>", "delivery attempts per event before it is reported as failed", "5")
    .option("--receive-port <port>", "Chatwoot: also receive the vendor's webhooks on this port (0: any) and merge them into the stream")
    .option("--receive-host <host>", "the address to receive on", "127.0.0.1")
    .option("--receive-secret <secret>", "the vendor webhook's secret (default: $CONVERSATIONS_<NAME>_WEBHOOK_SECRET; none: unsigned accepted)")
    .option("--state <file>", "remember what was forwarded in this file, so a restart goes on where it stopped (default: in memory)")
    .addHelpText(
      "after",
      `
Each delivery: the body is {"event": "<chatwoot event name>", ...the unified event}; headers as
Chatwoot sends them (X-Chatwoot-Signature, X-Chatwoot-Timestamp, X-Chatwoot-Delivery), so the
handler's real verification accepts it. Runs until Ctrl-C (exit 130).

Examples:
  $ conversations listen support --forward-to http://localhost:3000/webhooks --secret whsec_test
  $ conversations listen bot --forward-to http://localhost:3000/webhooks --interval 10
  $ conversations listen support --forward-to http://localhost:3000/webhooks --receive-port 8787 --receive-secret whsec_vendor`,
    )
    .action(async (name: string, flags: ListenFlags) => {
      const ctx = context();
      const url = targetUrl(flags.forwardTo, "--forward-to");
      const intervalMs = Number(flags.interval) * 1000;
      const attempts = Number(flags.attempts);
      if (!(intervalMs > 0)) throw usageError(`--interval must be a positive number of seconds, got "${flags.interval}"`);
      if (!Number.isInteger(attempts) || attempts < 1) throw usageError(`--attempts must be a positive integer, got "${flags.attempts}"`);
      if (flags.from !== "now" && flags.from !== "beginning") throw usageError(`--from must be now or beginning, got "${flags.from}"`);
      const secret = webhookSecret(flags.secret, ctx.env);
      const { connection, sdk } = await ctx.open(name);
      const filters = connection.accountId === undefined ? {} : { [name]: { accountId: connection.accountId } };
      const stores = flags.state === undefined ? {} : { stores: fileStore(resolve(ctx.cwd, flags.state)) };
      const stream = events(sdk, name, { signal: ctx.signal, intervalMs, from: flags.from, filters, ...stores });
      const receiver = flags.receivePort === undefined ? undefined : await receive(ctx, flags, connection, stream);
      process.stderr.write(`listen ${name}: forwarding events to ${url} (${secret === undefined ? "unsigned" : "signed"}); Ctrl-C to stop\n`);
      try {
        for await (const event of stream as AsyncIterable<StreamEvent>) {
          const time = new Date().toISOString().slice(11, 19);
          if (event.type === "connection.error") {
            process.stderr.write(`${time} ${event.type} ${event.connection}: ${event.error instanceof Error ? event.error.message : "error"}${event.retrying === true ? " (retrying)" : ""}\n`);
            continue;
          }
          const result = await deliver({
            url,
            body: JSON.stringify(forwardBody(event)),
            secret,
            attempts,
            baseDelayMs: 500,
            maxDelayMs: 30_000,
            timeoutMs: 10_000,
            signal: ctx.signal,
            onRetry: (attempt, delayMs, problem) => process.stderr.write(`${time} ${event.type} ${event.id}: ${problem}; retry ${attempt} in ${delayMs} ms\n`),
          });
          process.stdout.write(`${time} ${event.type} ${event.id} → ${result.ok ? String(result.status) : `FAILED after ${result.attempts} attempt${result.attempts === 1 ? "" : "s"}: ${result.problem ?? ""}`}\n`);
        }
      } catch (error) {
        if (ctx.signal.aborted) throw new InterruptedError("listen stopped");
        throw error;
      } finally {
        await receiver?.close();
      }
      if (ctx.signal.aborted) throw new InterruptedError("listen stopped");
    });
}
