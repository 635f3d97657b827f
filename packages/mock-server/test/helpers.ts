import { fileURLToPath } from "node:url";

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
