/**
 * signChatwootWebhook refuses what it cannot sign, naming the option and why, and signs what
 * verifyChatwootWebhook then accepts. Written for the mutants Stryker left alive (issue 18).
 */
import { describe, expect, it } from "vitest";
import { signChatwootWebhook, verifyChatwootWebhook } from "../../src/webhooks/index.js";

async function refusal(options: Record<string, unknown>): Promise<Record<string, unknown>> {
  const error = await signChatwootWebhook({ payload: { event: "conversation_created" }, secret: "s", timestamp: 1, deliveryId: "d", ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error("expected a rejection");
  return { ...(error as object), name: error.name, message: error.message, cause: error.cause };
}

describe("signChatwootWebhook options", () => {
  it.each([
    ["secret", { secret: "" }, "signChatwootWebhook: `secret` must be a non-empty string"],
    ["secret", { secret: 7 }, "signChatwootWebhook: `secret` must be a non-empty string"],
    ["timestamp", { timestamp: -1 }, "signChatwootWebhook: `timestamp` must be whole unix seconds"],
    ["timestamp", { timestamp: 1.5 }, "signChatwootWebhook: `timestamp` must be whole unix seconds"],
    ["deliveryId", { deliveryId: "" }, "signChatwootWebhook: `deliveryId` must be a non-empty string"],
    ["deliveryId", { deliveryId: 3 }, "signChatwootWebhook: `deliveryId` must be a non-empty string"],
    ["payload", { payload: undefined }, "signChatwootWebhook: `payload` must be an object or a string"],
  ])("refuses a bad %s (%j), naming it", async (parameter, options, detail) => {
    const error = await refusal(options);
    expect(error).toMatchObject({ name: "InvalidRequestError", vendor: "chatwoot", reason: "invalid_option", parameter });
    expect(error["message"]).toContain(detail);
  });

  it("refuses a payload JSON cannot serialize, with the cause", async () => {
    const error = await refusal({ payload: { big: 1n } });
    expect(error).toMatchObject({ name: "InvalidRequestError", vendor: "chatwoot", reason: "invalid_option", parameter: "payload" });
    expect(error["message"]).toContain("signChatwootWebhook: `payload` cannot be serialized as JSON");
    expect(error["cause"]).toMatchObject({ name: "TypeError" });
  });

  it("accepts timestamp 0 and signs a JSON content type that the verifier accepts", async () => {
    const { body, headers } = await signChatwootWebhook({ payload: '{"event":"x"}', secret: "s", timestamp: 0, deliveryId: "d-0" });
    expect(headers).toMatchObject({ "content-type": "application/json", "x-chatwoot-timestamp": "0", "x-chatwoot-delivery": "d-0" });
    await expect(verifyChatwootWebhook({ rawBody: body, headers, secret: "s", now: 0 })).resolves.toMatchObject({ timestamp: 0, deliveryId: "d-0" });
  });
});
