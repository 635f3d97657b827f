/**
 * The SDK's error family, as the runtime's modules import it: the public classes (`public-errors.ts`)
 * and two internal helpers, {@link clip} and {@link invalidRequest}.
 *
 * @packageDocumentation
 */
import { InvalidRequestError, type InvalidRequestReason } from "./request-errors.js";

export * from "./public-errors.js";
export { clip } from "./redact.js";

/** An {@link InvalidRequestError} (internal shorthand; `detail` never holds the offending value). */
export function invalidRequest(vendor: string, reason: InvalidRequestReason, parameter: string, detail: string): InvalidRequestError {
  return new InvalidRequestError({ vendor, reason, parameter, detail });
}
