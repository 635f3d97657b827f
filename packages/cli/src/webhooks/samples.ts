/**
 * The sample deliveries `trigger` sends: built at build time from specs/chatwoot.yaml's
 * `webhooks:` (build/webhook-samples.mjs) and shipped as dist/webhook-samples.json.
 */
import { readFileSync } from "node:fs";
import { usageError } from "../exit-codes.js";

/** One event's sample body and where it came from (`example "<name>"` or `schema`). */
export interface WebhookSample {
  readonly source: string;
  readonly body: unknown;
}

let cache: Readonly<Record<string, WebhookSample>> | undefined;

/** Every event's sample, by event name. */
export function webhookSamples(): Readonly<Record<string, WebhookSample>> {
  cache ??= JSON.parse(readFileSync(new URL("./webhook-samples.json", import.meta.url), "utf8")) as Record<string, WebhookSample>;
  return cache;
}

/** The sample of `event`, or a usage error listing the events. */
export function webhookSample(event: string): WebhookSample {
  const samples = webhookSamples();
  const found = samples[event];
  if (found === undefined) throw usageError(`unknown Chatwoot webhook event "${event}"; events: ${Object.keys(samples).join(", ")}`);
  return found;
}
