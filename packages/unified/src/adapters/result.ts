/**
 * The facade's clients are built with `throwOnError: true`, so an HTTP error has already been
 * thrown as a typed error by the time a result gets here. What is left to check is that a success
 * carried a body at all (a 204 or an empty 200 would leave `data` undefined).
 */
import { InvalidResponseError, requestIdFrom } from "@org/runtime";
import type { Vendor } from "../model.js";

/** The `data` of an openapi-fetch result, or a typed error when the success had no body. */
export function requireData<T>(result: { data?: T; response: Response }, vendor: Vendor, operation: string): T {
  if (result.data === undefined) {
    const [method = "GET", path = operation] = operation.split(" ", 2);
    throw new InvalidResponseError({
      vendor,
      operation: { method, path },
      status: result.response.status,
      requestId: requestIdFrom(result.response.headers),
      reason: "invalid_json",
      detail: "the response had no body where the API returns one",
    });
  }
  return result.data;
}
