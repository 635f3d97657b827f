import { describe, expectTypeOf, it } from "vitest";
import { type ApiClient, createApiClient } from "../src/index.js";
import type { paths } from "./helpers/paths.js";

describe("typed results", () => {
  it("`if (error) throw …` narrows data to the success type", () => {
    const client: ApiClient<paths> = createApiClient<paths>({ vendor: "acme", defaultBaseUrl: "https://api.acme.test" });
    async function getItem(): Promise<{ id: string; name?: string }> {
      const { data, error } = await client.GET("/items/{id}", { params: { path: { id: "1" } } });
      if (error) throw new Error("failed");
      expectTypeOf(data).toEqualTypeOf<{ id: string; name?: string }>();
      return data;
    }
    expectTypeOf(getItem).returns.resolves.toHaveProperty("id");
  });
});

describe("typed results with throwOnError", () => {
  it("`throwOnError: true` narrows data to the success type at the call site", () => {
    const client = createApiClient<paths, true>({ vendor: "acme", defaultBaseUrl: "https://api.acme.test", throwOnError: true });
    const call = () => client.GET("/items/{id}", { params: { path: { id: "1" } } });
    expectTypeOf(call).toBeFunction();
    type Result = Awaited<ReturnType<typeof call>>;
    expectTypeOf<Result["data"]>().toEqualTypeOf<{ id: string; name?: string }>();
    expectTypeOf<Result["error"]>().toEqualTypeOf<undefined>();
  });

  it("withOptions({ throwOnError: true }) narrows, and withOptions({ throwOnError: false }) widens again", () => {
    const client = createApiClient<paths>({ vendor: "acme", defaultBaseUrl: "https://api.acme.test" });
    const throwing = client.withOptions({ throwOnError: true });
    expectTypeOf(throwing).toEqualTypeOf<ApiClient<paths, true>>();
    expectTypeOf(throwing.withOptions({ throwOnError: false })).toEqualTypeOf<ApiClient<paths>>();
    expectTypeOf(throwing.withOptions({ maxRetries: 1 })).toEqualTypeOf<ApiClient<paths, true>>();
    // A throwing client goes wherever a plain one is expected.
    expectTypeOf(throwing).toExtend<ApiClient<paths>>();
  });

  it("without throwOnError, data may be undefined", () => {
    const client = createApiClient<paths>({ vendor: "acme", defaultBaseUrl: "https://api.acme.test" });
    const call = () => client.GET("/items/{id}", { params: { path: { id: "1" } } });
    expectTypeOf(call).toBeFunction();
    type Result = Awaited<ReturnType<typeof call>>;
    expectTypeOf<Result["data"]>().toEqualTypeOf<{ id: string; name?: string } | undefined>();
  });
});

describe("exact request bodies", () => {
  const client = createApiClient<paths>({ vendor: "acme", defaultBaseUrl: "https://api.acme.test" });

  it("a property the operation does not declare fails to compile in an inline body", () => {
    // Never called: only the types are under test.
    const typo = (): unknown =>
      // @ts-expect-error -- `nmae` is not a property of the create-item body
      client.POST("/items", { body: { name: "a", nmae: "b" } });
    const good = (): unknown => client.POST("/items", { body: { name: "a" } });
    expectTypeOf(typo).toBeFunction();
    expectTypeOf(good).toBeFunction();
  });

  it("a missing required body property still fails to compile", () => {
    // @ts-expect-error -- `name` is required
    const missing = (): unknown => client.POST("/items", { body: {} });
    expectTypeOf(missing).toBeFunction();
  });
});
