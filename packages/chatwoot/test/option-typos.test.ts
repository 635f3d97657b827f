import { describe, expect, expectTypeOf, it } from "vitest";
import { type ChatwootClient, createChatwootClient, InvalidRequestError } from "../src/index.js";

// Type tests: a misspelt option fails to compile (each line below is an error TypeScript must report),
// and the same call fails at run time with the option's name and a suggestion.
describe("createChatwootClient refuses unknown options", () => {
  it("at compile time and at run time, naming the likely option", () => {
    const wrongCase = () =>
      // @ts-expect-error -- `baseURL` is not an option; it is `baseUrl`
      createChatwootClient({ baseURL: "https://chat.example.com" });
    const madeUp = () =>
      // @ts-expect-error -- not an option at all
      createChatwootClient({ totallyMadeUp: true });
    expect(wrongCase).toThrow(InvalidRequestError);
    expect(wrongCase).toThrow('did you mean "baseUrl"?');
    expect(madeUp).toThrow('unknown option "totallyMadeUp"');
  });

  it("keeps inferring throwOnError and contextual types for known options", () => {
    const throwing = createChatwootClient({ apiAccessToken: "token-123", throwOnError: true, fetch: (request) => Promise.resolve(new Response(request.url)) });
    expectTypeOf(throwing).toEqualTypeOf<ChatwootClient<true>>();
    expectTypeOf(createChatwootClient()).toEqualTypeOf<ChatwootClient>();
    const options = { apiAccessToken: "token-123", throwOnError: true } as const;
    expectTypeOf(createChatwootClient(options)).toEqualTypeOf<ChatwootClient<true>>();
  });

  it("an empty credential is refused naming the caller's option, not an internal name", () => {
    const unset = () => createChatwootClient({ apiAccessToken: "" });
    expect(unset).toThrow(InvalidRequestError);
    expect(unset).toThrow("[chatwoot] invalid request: apiAccessToken must be a non-empty string");
  });
});
