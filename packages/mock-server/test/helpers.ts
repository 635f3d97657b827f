import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll } from "vitest";
import { startMockVendors, type MockVendors, type Vendor } from "../src/index.ts";

/** Absolute path of the fixture spec used by the unit tests. */
export const FIXTURE_SPEC = fileURLToPath(new URL("./fixtures/petstore.yaml", import.meta.url));

/** `fetch` + JSON body (or text when not JSON), for terse assertions. */
export async function call(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const response = await fetch(url, init);
  const text = await response.text();
  const isJson = (response.headers.get("content-type") ?? "").includes("json");
  return { status: response.status, headers: response.headers, body: isJson && text !== "" ? (JSON.parse(text) as unknown) : text, text };
}

/**
 * Starts every vendor's mock for the test file; after each test asserts that no request broke
 * the spec and puts the state back to the spec's examples.
 * @returns the running mocks (call it inside a test).
 */
export function useMockVendors(): () => MockVendors<Vendor> {
  let mocks: MockVendors<Vendor> | undefined;
  beforeAll(async () => {
    mocks = await startMockVendors();
  });
  afterEach(() => {
    mocks?.assertNoViolations();
    mocks?.reset();
  });
  afterAll(async () => {
    await mocks?.close();
  });
  return () => {
    if (mocks === undefined) throw new Error("useMockVendors: the mocks are not started yet (call it inside a test)");
    return mocks;
  };
}
