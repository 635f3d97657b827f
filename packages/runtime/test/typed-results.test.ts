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
