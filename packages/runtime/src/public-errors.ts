/**
 * `@org/runtime/errors`: the SDK's error family alone. The vendor packages and `@org/unified`
 * re-export this module, so every package throws and exports the same classes.
 *
 * @packageDocumentation
 */
export {
  ApiError,
  type ApiErrorInit,
  type ErrorJSON,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InvalidPayloadError,
  type InvalidPayloadErrorInit,
  InvalidRequestError,
  type InvalidRequestErrorInit,
  type InvalidRequestReason,
  InvalidResponseError,
  type InvalidResponseErrorInit,
  type InvalidResponseReason,
  NotFoundError,
  type Operation,
  PermissionDeniedError,
  RateLimitError,
  type RateLimitErrorInit,
  SdkError,
  type SdkErrorOptions,
  ServerError,
  TimeoutError,
  type TimeoutErrorInit,
  type TimeoutScope,
  UnprocessableEntityError,
  UnsupportedOperationError,
  type UnsupportedOperationErrorInit,
} from "./errors.js";
