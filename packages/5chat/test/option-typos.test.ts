import { describe, expect, expectTypeOf, it } from "vitest";
import { createFiveChatClient, type FiveChatClient, InvalidRequestError } from "../src/index.js";

// Type tests: a misspelt option fails to compile, and the same call fails at run time with a suggestion.
describe("createFiveChatClient refuses unknown options", () => {
  it("at compile time and at run time, naming the likely option", () => {
    const habit = () =>
      // @ts-expect-error -- `timeout` is not an option; it is `timeoutMs`
      createFiveChatClient({ apiKey: "key-12345", timeout: 5_000 });
    expect(habit).toThrow(InvalidRequestError);
    expect(habit).toThrow('did you mean "timeoutMs"?');
  });

  it("keeps inferring throwOnError", () => {
    expectTypeOf(createFiveChatClient({ apiKey: "key-12345", throwOnError: true })).toEqualTypeOf<FiveChatClient<true>>();
    expectTypeOf(createFiveChatClient({ apiKey: "key-12345" })).toEqualTypeOf<FiveChatClient>();
  });
});
