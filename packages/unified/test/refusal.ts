/**
 * What a call threw, checked to be an instance of `type`; fails the test when the call threw
 * nothing. For tests that then assert on the error's words and fields.
 */
import { expect } from "vitest";

export function refusal<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error("nothing was refused");
}
