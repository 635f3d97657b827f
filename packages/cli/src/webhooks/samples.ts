/**
 * The sample deliveries `trigger` sends, per Chatwoot webhook event: the spec's own example when
 * specs/chatwoot.yaml has one for the event (extracted at build time into
 * dist/webhook-samples.json by build/webhook-samples.mjs), else `@org/chatwoot`'s typed builder
 * (`chatwootWebhookPayload`, whose payloads are checked against the spec's schemas), else a sample
 * built from the spec's schema.
 */
import { readFileSync } from "node:fs";
import { CHATWOOT_WEBHOOK_EVENTS, type ChatwootWebhookEventName } from "@org/chatwoot/webhooks";
import { usageError } from "../exit-codes.js";

/** One event's sample body and where it came from. */
export interface WebhookSample {
  readonly source: string;
  readonly body: unknown;
}

let cache: Readonly<Record<string, WebhookSample>> | undefined;

/** What the build extracted from the spec, by event name. */
function fromSpec(): Readonly<Record<string, WebhookSample>> {
  cache ??= JSON.parse(readFileSync(new URL("./webhook-samples.json", import.meta.url), "utf8")) as Record<string, WebhookSample>;
  return cache;
}

const isKnown = (event: string): event is ChatwootWebhookEventName => (CHATWOOT_WEBHOOK_EVENTS as readonly string[]).includes(event);

/** Every event the spec declares. */
export function webhookEvents(): string[] {
  return Object.keys(fromSpec());
}

/** The sample of `event`, or a usage error listing the events. */
export async function webhookSample(event: string): Promise<WebhookSample> {
  const extracted = fromSpec()[event];
  if (extracted === undefined) throw usageError(`unknown Chatwoot webhook event "${event}"; events: ${webhookEvents().join(", ")}`);
  if (extracted.source.startsWith("example")) return { source: `the spec's ${extracted.source}`, body: extracted.body };
  if (isKnown(event)) {
    // Loaded only here: the builders and their fixtures are not needed by any other command.
    const { chatwootWebhookPayload } = await import("@org/chatwoot/webhooks/testing");
    return { source: "@org/chatwoot's typed builder", body: chatwootWebhookPayload(event) };
  }
  return { source: "a sample from the spec's schema", body: extracted.body };
}
