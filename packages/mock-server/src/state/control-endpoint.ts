/**
 * The scenario API over HTTP, so that another process (a CLI, a test runner, a bot under test)
 * can drive a running mock. It lives under a reserved prefix on the mock's origin, outside every
 * spec path, and is neither validated against the spec nor recorded:
 *
 *     GET  /__mock/state                          → { conversations }
 *     POST /__mock/conversations                  { text?, from?, contactName?, status? } → 201 conversation
 *     POST /__mock/conversations/{id}/messages    { text, from?, private? } → 201 message
 *     POST /__mock/conversations/{id}/status      { status, by? } → 200 conversation
 *     GET  /__mock/webhooks                       → { subscriptions, deliveries }
 *     POST /__mock/webhooks                       { url, secret?, events? } → 201 (mocks that send webhooks)
 *     POST /__mock/reset                          → 204 (state back to the spec's examples, webhooks cleared)
 */
import type { WebhookRegistry } from "../webhooks/registry.ts";
import type { ServerState } from "./mock-state.ts";
import { MockStateError, type MockMessageInput, type MockSender, type MockStatus } from "./types.ts";
import { isObject } from "./vendor-state.ts";

/** The reserved path prefix of the control endpoint. */
export const CONTROL_PREFIX = "/__mock/";

/** A control endpoint answer. */
export interface ControlAnswer {
  readonly status: number;
  readonly body?: unknown;
}

const fail = (status: number, error: string): ControlAnswer => ({ status, body: { error } });

/** Answers a request under {@link CONTROL_PREFIX}. */
export async function controlAnswer(method: string, pathname: string, rawBody: string, state: ServerState | undefined, webhooks: WebhookRegistry | undefined): Promise<ControlAnswer> {
  let body: unknown = {};
  if (rawBody.trim() !== "") {
    try {
      body = JSON.parse(rawBody) as unknown;
    } catch {
      return fail(400, "the body is not JSON");
    }
  }
  const input = isObject(body) ? body : {};
  let parts: string[];
  try {
    parts = pathname.slice(CONTROL_PREFIX.length).split("/").map(decodeURIComponent);
  } catch {
    return fail(400, `the path is not valid percent-encoding: ${pathname}`);
  }
  const route = `${method} ${parts.map((p, i) => (i === 1 && parts[0] === "conversations" ? "{id}" : p)).join("/")}`;
  if (route === "GET webhooks" || route === "POST webhooks") {
    if (webhooks === undefined) return fail(404, "this mock sends no webhooks");
    if (method === "GET") return { status: 200, body: { subscriptions: webhooks.subscriptions, deliveries: webhooks.deliveries } };
    if (typeof input["url"] !== "string") return fail(400, "give the receiver's url");
    const secret = typeof input["secret"] === "string" ? { secret: input["secret"] } : {};
    const events = Array.isArray(input["events"]) ? { events: input["events"].map(String) } : {};
    webhooks.register(input["url"], { ...secret, ...events });
    return { status: 201, body: { url: input["url"], ...events } };
  }
  if (state === undefined) return fail(404, "this mock keeps no state");
  try {
    switch (route) {
      case "GET state":
        return { status: 200, body: { conversations: state.conversations() } };
      case "POST reset":
        state.reset();
        webhooks?.clear();
        return { status: 204 };
      case "POST conversations":
        return { status: 201, body: await state.createConversation(input) };
      case "POST conversations/{id}/messages":
        return { status: 201, body: await state.addMessage(parts[1] ?? "", input as unknown as MockMessageInput) };
      case "POST conversations/{id}/status":
        return { status: 200, body: await state.setStatus(parts[1] ?? "", input["status"] as MockStatus, { by: input["by"] as MockSender | undefined }) };
      default:
        return fail(404, `no control route ${method} ${pathname}`);
    }
  } catch (error) {
    if (error instanceof MockStateError) return fail(/no conversation/.test(error.message) ? 404 : 400, error.message);
    throw error;
  }
}
