/**
 * The error a refused webhook delivery raises.
 */
import { SdkError, type SdkErrorOptions } from "@org/runtime/errors";

/**
 * Why a delivery was refused:
 * - `missing_header`: no `X-Chatwoot-Signature` / `X-Chatwoot-Timestamp` (an unsigned delivery,
 *   refused unless `allowUnsigned`), or only one of them;
 * - `malformed_signature`: the signature is not `sha256=<64 hex>` or the timestamp not unix seconds;
 * - `stale_timestamp`: the timestamp is further than the tolerance from now (past or future);
 * - `bad_signature`: no secret produces this signature for this timestamp and body;
 * - `invalid_json`: the verified body is not a JSON object.
 */
export type WebhookVerificationReason = "missing_header" | "malformed_signature" | "stale_timestamp" | "bad_signature" | "invalid_json";

/** Fields of a {@link WebhookVerificationError}. */
export interface WebhookVerificationErrorInit extends SdkErrorOptions {
  /** Machine-readable reason. */
  readonly reason: WebhookVerificationReason;
  /** What is wrong, for the message. Never the signature, the secret or the body. */
  readonly detail: string;
}

/**
 * A webhook delivery was refused. Its message and fields never hold the secret, the signature
 * or the body; answer 401 (or 400 for `invalid_json`) and do not process the delivery.
 */
export class WebhookVerificationError extends SdkError {
  static override readonly errorKind: string = "WebhookVerificationError";

  /** Machine-readable reason. */
  readonly reason: WebhookVerificationReason;

  /**
   * @param init - The error's fields.
   */
  constructor(init: WebhookVerificationErrorInit) {
    super(`[${init.vendor}] webhook refused (${init.reason}): ${init.detail}`, init);
    this.reason = init.reason;
  }
}
