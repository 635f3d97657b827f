/**
 * The public normalizers' guard: what they refuse and how they say it (the operation, the vendor,
 * the kind of value), a getter that throws turned into an InvalidPayloadError with its cause, and
 * every vendor's result read outside a client (`connection` and `ref` null). Written for the
 * survivors of the mutation run on src/normalize.ts (stryker/README.md).
 */
import { InvalidPayloadError } from "@org/runtime";
import { describe, expect, it } from "vitest";
import { refusal } from "./refusal.js";
import { normalizeConversation, normalizeMessage, type Vendor } from "../src/index.js";

const VENDORS: readonly Vendor[] = ["5chat", "livechatai", "chatwoot"];


describe("normalizeConversation and normalizeMessage", () => {
  it("refuse a payload that is not a plain JSON object, naming its kind, the vendor and the operation", () => {
    const cases: [unknown, string][] = [
      [null, "got null"],
      [[{}], "got an array"],
      [5, "got an integer"],
      ["{}", "got a string"],
      [undefined, "got nothing"],
      [new Date(0), "got an object that is not plain JSON (Date)"],
      [new Map(), "got an object that is not plain JSON (Map)"],
    ];
    for (const vendor of VENDORS) {
      for (const [payload, kind] of cases) {
        for (const [operation, normalize] of [["normalizeConversation", normalizeConversation], ["normalizeMessage", normalizeMessage]] as const) {
          const error = refusal(InvalidPayloadError, () => normalize(vendor, payload));
          expect(error).toMatchObject({ vendor, operation, path: "$" });
          expect(error.message).toContain(`expected a plain JSON object, ${kind}`);
          expect(error.message).not.toContain("a getter or proxy threw");
        }
      }
    }
  });

  it("refuse an unknown vendor, listing the known ones", () => {
    const error = refusal(InvalidPayloadError, () => normalizeConversation("zendesk" as Vendor, {}));
    expect(error).toMatchObject({ vendor: "zendesk", operation: "normalizeConversation" });
    expect(error.message).toContain("unknown vendor; expected one of 5chat, livechatai, chatwoot");
    expect(refusal(InvalidPayloadError, () => normalizeMessage("zendesk" as Vendor, {}))).toMatchObject({ operation: "normalizeMessage" });
  });

  it("turn a getter that throws into an InvalidPayloadError that keeps the cause", () => {
    const boom = new Error("boom");
    for (const vendor of VENDORS) {
      const payload = {
        get id(): never {
          throw boom;
        },
        get content(): never {
          throw boom;
        },
        get message(): never {
          throw boom;
        },
      };
      for (const [operation, normalize] of [["normalizeConversation", normalizeConversation], ["normalizeMessage", normalizeMessage]] as const) {
        const error = refusal(InvalidPayloadError, () => normalize(vendor, payload));
        expect(error).toMatchObject({ vendor, operation, cause: boom });
        expect(error.message).toContain("the payload could not be read as plain JSON (a getter or proxy threw)");
      }
    }
  });

  it("give every vendor's conversation and message with no connection and no ref", () => {
    for (const vendor of VENDORS) {
      const conversation = normalizeConversation(vendor, {});
      expect(conversation).toMatchObject({ vendor, connection: null, ref: null });
      expect(conversation.raw).toEqual({});
      const message = normalizeMessage(vendor, {});
      expect(message).toMatchObject({ vendor, connection: null, conversationRef: null });
    }
  });
});
