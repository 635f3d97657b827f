/**
 * The adapters' clients are built with `throwOnError: true`, so an HTTP error has already been
 * thrown as a typed error by the time a result gets here. What is left: a success must carry a
 * body, whose shape the adapter then checks (it is read as `unknown`, not trusted as the spec's type).
 */
import { InvalidResponseError, requestIdFrom } from "@org/runtime";

/** The `data` of an openapi-fetch result as `unknown`, or a typed error when the success had no body. */
export function bodyOf(result: { data?: unknown; response: Response }, vendor: string, operation: string): unknown {
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
