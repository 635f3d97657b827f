import { describe, expect, it } from "vitest";
import { chatwoot, InvalidRequestError, livechatai } from "../src/index.js";

// An adapter's own options go through the same "did you mean" as its client's options.
describe("adapter options", () => {
  it("a misspelt adapter-level option is refused with a suggestion", () => {
    const typo = () => livechatai({ apiKey: "key-12345", agentID: "clx1" } as never);
    expect(typo).toThrow(InvalidRequestError);
    expect(typo).toThrow('unknown option "agentID" in livechatai(); did you mean "agentId"?');
  });

  it("client-level options keep the client's check, naming the caller's option", () => {
    expect(() => livechatai({ apiKey: "key-12345", maxRetrys: 1 } as never)).toThrow('did you mean "maxRetries"?');
    expect(() => chatwoot({ apiAccessToken: "" })).toThrow("apiAccessToken must be a non-empty string");
  });
});
