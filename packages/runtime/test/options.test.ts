import { describe, expect, it } from "vitest";
import { type ApiClientConfig, createApiClient, InvalidRequestError } from "../src/index.js";
import type { paths } from "./helpers/paths.js";

const base = { vendor: "acme", defaultBaseUrl: "https://api.acme.test" };

/** The InvalidRequestError `createApiClient` throws for these options. */
function refusal(options: Record<string, unknown>, config: Partial<ApiClientConfig> = {}): InvalidRequestError {
  try {
    createApiClient<paths>({ ...base, ...config, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).reason).toMatch(/invalid_option|invalid_url|insecure_url/);
    return error as InvalidRequestError;
  }
  throw new Error(`accepted ${JSON.stringify(options)}`);
}

describe("options are validated at creation", () => {
  it.each([
    ["deadlineMs", Number.NaN],
    ["deadlineMs", "abc"],
    ["deadlineMs", "1500"],
    ["timeoutMs", "5000"],
    ["timeoutMs", Number.NaN],
    ["timeoutMs", -Infinity],
    ["timeoutMs", 0],
    ["maxRetries", 1.5],
    ["maxRetries", Infinity],
    ["maxRetryDelayMs", -1],
    ["maxResponseBytes", 0],
    ["maxResponseBytes", 1.5],
  ])("%s = %j (a silent hang or an ignored option before) is refused, naming the option and the range", (name, value) => {
    const error = refusal({ [name]: value });
    expect(error.parameter).toBe(name);
    expect(error.message).toMatch(new RegExp(`${name} must be (a number|an integer) [>≥] \\d`));
  });

  it("an explicit Infinity turns a timeout or the deadline off", () => {
    expect(createApiClient<paths>({ ...base, timeoutMs: Infinity, deadlineMs: Infinity }).vendor).toBe("acme");
  });

  it.each([
    [" https://api.acme.test", /whitespace/],
    ["https://api.acme.test\n", /whitespace/],
    ["https://user:pass@api.acme.test", /credentials/],
    ["https://api.acme.test/v1?key=abc", /query or a fragment/],
    ["https://api.acme.test/v1#top", /query or a fragment/],
    ["https://api.acme.test/v1?", /query or a fragment/],
  ])("baseUrl %j is refused", (baseUrl, message) => {
    const error = refusal({ baseUrl });
    expect(error.parameter).toBe("baseUrl");
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("pass@");
    expect(error.message).not.toContain("key=abc");
  });

  it.each([
    ["baseURL", "baseUrl"],
    ["timeout", "timeoutMs"],
    ["retries", "maxRetries"],
    ["timeoutMS", "timeoutMs"],
    ["maxRetrys", "maxRetries"],
  ])("unknown key %s is refused with did you mean %s", (key, suggestion) => {
    const error = refusal({ [key]: 1 });
    expect(error.parameter).toBe(key);
    expect(error.message).toContain(`unknown option "${key}"; did you mean "${suggestion}"?`);
  });

  it("a vendor factory declares its own option names and other SDKs' habits for them", () => {
    const vendor = { optionNames: ["apiAccessToken"], optionAliases: { apiKey: "apiAccessToken", token: "apiAccessToken" } };
    expect(refusal({ apiKey: "x" }, vendor).message).toContain('did you mean "apiAccessToken"?');
    expect(refusal({ token: "x" }, vendor).message).toContain('did you mean "apiAccessToken"?');
    expect(refusal({ apiAccesToken: "x" }, vendor).message).toContain('did you mean "apiAccessToken"?');
    expect(refusal({ somethingElse: "x" }, vendor).message).toBe('[acme] invalid request: unknown option "somethingElse"');
  });

  it("booleans and functions are type-checked", () => {
    expect(refusal({ throwOnError: "yes" }).message).toContain("throwOnError must be a boolean");
    expect(refusal({ fetch: "fetch" }).message).toContain("fetch must be a function");
  });

  it("pathSerializer is refused: the SDK owns path encoding", () => {
    expect(refusal({ pathSerializer: () => "/" }).message).toContain("pathSerializer is not supported");
  });

  it("withOptions validates the merged options too", () => {
    const client = createApiClient<paths>(base);
    expect(() => client.withOptions({ timeoutMs: Number.NaN })).toThrow(InvalidRequestError);
  });
});
