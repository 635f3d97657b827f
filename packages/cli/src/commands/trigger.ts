/** `conversations trigger <event> --to <url>`: one signed sample Chatwoot delivery. */
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { usageError, vendorError } from "../exit-codes.js";
import { registerSecret } from "../secrets.js";
import { deliver } from "../webhooks/deliver.js";
import { webhookEvents, webhookSample } from "../webhooks/samples.js";

interface TriggerFlags {
  readonly to: string;
  readonly secret?: string;
}

/** The secret: `--secret`, else `CONVERSATIONS_WEBHOOK_SECRET`; none → unsigned, as Chatwoot sends without one. */
export function webhookSecret(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const secret = flag ?? env["CONVERSATIONS_WEBHOOK_SECRET"];
  if (secret !== undefined && secret !== "") registerSecret(secret);
  return secret === "" ? undefined : secret;
}

/** `url` if it is an http(s) URL, else a usage error. */
export function targetUrl(url: string, option: string): string {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw usageError(`${option} must be an http(s) URL, got "${url}"`);
  return url;
}

/** Register the command. */
export function triggerCommand(program: Command, context: () => CommandContext): void {
  program
    .command("trigger")
    .description("send one signed sample delivery of a Chatwoot webhook event, built from the spec")
    .argument("<event>", "a Chatwoot webhook event, e.g. message_created (see --list)")
    .requiredOption("--to <url>", "where to POST it, e.g. http://localhost:3000/webhooks")
    .option("--secret <secret>", "sign with this webhook secret (default: $CONVERSATIONS_WEBHOOK_SECRET; none: unsigned)")
    .addHelpText(
      "after",
      () => `
Events: ${webhookEvents().join(", ")}
Headers: X-Chatwoot-Signature (sha256=HMAC of "<timestamp>.<body>"), X-Chatwoot-Timestamp, X-Chatwoot-Delivery.
Exit 0 when the handler answers 2xx, 3 otherwise.

Examples:
  $ conversations trigger message_created --to http://localhost:3000/webhooks --secret whsec_test
  $ CONVERSATIONS_WEBHOOK_SECRET=whsec_test conversations trigger conversation_status_changed --to http://localhost:3000/webhooks`,
    )
    .action(async (event: string, flags: TriggerFlags) => {
      const ctx = context();
      const url = targetUrl(flags.to, "--to");
      const sample = await webhookSample(event);
      const secret = webhookSecret(flags.secret, ctx.env);
      ctx.debug(`${event}: body from ${sample.source}; ${secret === undefined ? "unsigned" : "signed"}`);
      const result = await deliver({ url, body: JSON.stringify(sample.body), secret, attempts: 1, baseDelayMs: 0, maxDelayMs: 0, timeoutMs: 10_000, signal: ctx.signal });
      const line = `${event} → ${url}: ${result.status ?? "no answer"}${result.ok ? "" : ` (${result.problem ?? "failed"})`} [delivery ${result.deliveryId}]`;
      if (!result.ok) throw vendorError(line);
      process.stdout.write(`${line}\n`);
    });
}
