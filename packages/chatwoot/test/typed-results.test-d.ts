import { describe, expectTypeOf, it } from "vitest";
import { type ChatwootClient, createChatwootClient, type Profile } from "../src/index.js";

describe("typed results through createChatwootClient", () => {
  it("throwOnError: true gives data the success type, with no undefined", () => {
    const chatwoot = createChatwootClient({ baseUrl: "https://chat.example.com", apiAccessToken: "t", throwOnError: true });
    expectTypeOf(chatwoot).toEqualTypeOf<ChatwootClient<true>>();
    const call = () => chatwoot.GET("/api/v1/profile");
    expectTypeOf(call).returns.resolves.toHaveProperty("data").toEqualTypeOf<Profile>();
  });

  it("without throwOnError, data may be undefined until the error is handled", () => {
    const chatwoot = createChatwootClient({ baseUrl: "https://chat.example.com", apiAccessToken: "t" });
    expectTypeOf(chatwoot).toEqualTypeOf<ChatwootClient>();
    const call = () => chatwoot.GET("/api/v1/profile");
    expectTypeOf(call).returns.resolves.toHaveProperty("data").toEqualTypeOf<Profile | undefined>();
  });

  it("an inline body with a misspelt optional field fails to compile", () => {
    const chatwoot = createChatwootClient({ apiAccessToken: "t" });
    const path = { account_id: 1, conversation_id: 42 };
    const typo = () =>
      chatwoot.POST("/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages", {
        params: { path },
        // @ts-expect-error -- `privat` is not a field of the create-message body
        body: { content: "Hello", privat: true },
      });
    const good = () =>
      chatwoot.POST("/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages", {
        params: { path },
        body: { content: "Hello", private: true },
      });
    expectTypeOf(typo).toBeFunction();
    expectTypeOf(good).toBeFunction();
  });
});
