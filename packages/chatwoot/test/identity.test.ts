/**
 * identifierHash against vectors computed here with node:crypto, exactly as Chatwoot v4.10.0
 * checks it: `OpenSSL::HMAC.hexdigest('sha256', hmac_token, identifier.to_s)`
 * (app/controllers/api/v1/widget/contacts_controller.rb:64-70,
 * app/controllers/public/api/v1/inboxes/contacts_controller.rb:37-43).
 */
import { createHmac } from "node:crypto";
import { startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatwootClient, identifierHash, InvalidRequestError, verifiedContact } from "../src/index.js";

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

describe("verifiedContact", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ vendor: "chatwoot" });
  });
  afterAll(async () => {
    await mock.close();
  });

  it("adds the identifier_hash and the Client API accepts the body", async () => {
    const body = await verifiedContact({ identifier: "cust-1042", email: "maya.chen@example.com", name: "Maya Chen" }, "inbox-hmac-token");
    expect(body.identifier_hash).toBe(reference("cust-1042", "inbox-hmac-token"));
    const client = createChatwootClient({ baseUrl: mock.baseUrl, throwOnError: true });
    const { data } = await client.POST("/public/api/v1/inboxes/{inbox_identifier}/contacts", { params: { path: { inbox_identifier: "Yr9bXn3KqW2vT7sL" } }, body });
    expect(typeof data.source_id).toBe("string");
    expect(mock.requests.at(-1)?.body).toMatchObject({ identifier: "cust-1042", identifier_hash: body.identifier_hash });
  });

  it("refuses a body without an identifier", async () => {
    await expect(verifiedContact({ email: "a@b.c" } as unknown as { identifier: string }, "t")).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
