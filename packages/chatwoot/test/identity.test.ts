/**
 * identifierHash against vectors computed here with node:crypto, exactly as Chatwoot v4.10.0
 * checks it: `OpenSSL::HMAC.hexdigest('sha256', hmac_token, identifier.to_s)`
 * (app/controllers/api/v1/widget/contacts_controller.rb:64-70,
 * app/controllers/public/api/v1/inboxes/contacts_controller.rb:37-43).
 */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { identifierHash, InvalidRequestError } from "../src/index.js";

const reference = (identifier: string, token: string): string => createHmac("sha256", token).update(identifier, "utf8").digest("hex");

describe("identifierHash", () => {
  it.each([
    ["cust-1042", "rRJW1BHu4aFMMey4SE7tWr8A"],
    ["maya.chen@example.com", "a-longer-hmac-token-with-symbols-!@#$%^&*()"],
    ["Ünïcødé 用户 👩‍💻", "tøken"],
    ["x", "k".repeat(200)], // a key longer than SHA-256's block is hashed first, as OpenSSL does
  ])("hashes %j like OpenSSL::HMAC.hexdigest('sha256', token, identifier)", async (identifier, token) => {
    const hash = await identifierHash(identifier, token);
    expect(hash).toBe(reference(identifier, token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("matches a fixed vector (RFC 4231 test case 2: key 'Jefe')", async () => {
    expect(await identifierHash("what do ya want for nothing?", "Jefe")).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });

  it("refuses an empty identifier or token with a typed error that never shows the token", async () => {
    await expect(identifierHash("", "secret-token")).rejects.toBeInstanceOf(InvalidRequestError);
    const error = await identifierHash("cust-1042", "").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).vendor).toBe("chatwoot");
    expect((error as InvalidRequestError).message).toContain("identifierHash");
    await expect(identifierHash(42 as unknown as string, "secret-token")).rejects.toBeInstanceOf(InvalidRequestError);
    const e2: unknown = await identifierHash("", "secret-token").catch((e: unknown) => e);
    expect((e2 as Error).message).not.toContain("secret-token");
  });
});
