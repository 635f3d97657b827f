/**
 * A success without a body where the API returns one: a typed InvalidResponseError naming the
 * vendor, the operation (method and path), the status and the vendor's request id, never an
 * `undefined` handed to the adapter's shape checks. Written for the survivors (and the mutants no
 * test reached) of the mutation run on src/adapters/response.ts (stryker/README.md).
 */
import { InvalidResponseError } from "@org/runtime";
import { describe, expect, it } from "vitest";
import { refusal } from "./refusal.js";
import { bodyOf } from "../src/adapters/response.js";


describe("bodyOf", () => {
  it("refuses a success with no body, naming the operation, status and request id", () => {
    const response = new Response(null, { status: 204, headers: { "x-request-id": "req-42" } });
    const error = refusal(InvalidResponseError, () => bodyOf({ data: undefined, response }, "5chat", "GET /conversations/{token}"));
    expect(error).toMatchObject({ vendor: "5chat", operation: { method: "GET", path: "/conversations/{token}" }, status: 204, requestId: "req-42", reason: "invalid_json" });
    expect(error.message).toContain("the response had no body where the API returns one");
  });

  it("still names the operation as its path when it has no method part", () => {
    const error = refusal(InvalidResponseError, () => bodyOf({ response: new Response(null, { status: 200 }) }, "livechatai", "listThings"));
    expect(error).toMatchObject({ vendor: "livechatai", operation: { path: "listThings" }, status: 200, requestId: undefined });
  });

  it("hands back any body that is there, even null or false", () => {
    const response = new Response("null", { status: 200 });
    for (const data of [null, false, 0, "", { id: 1 }]) expect(bodyOf({ data, response }, "5chat", "GET /x")).toBe(data);
  });
});
