/**
 * Send once: a send whose outcome is unclear (the connection dropped, the SDK's timeout fired, the
 * server answered 5xx or a body cut short) may have been stored. With a caller's key stored on the
 * message, the SDK looks the message up by that key before sending again, so a retry never posts
 * it twice. Without a key, nothing is ever sent again.
 */
import { ConnectionError, InvalidResponseError, ServerError, TimeoutError } from "@org/runtime";

/** How many times a keyed message is sent at most (the first send and one resend after a look-up found nothing). */
export const MAX_SENDS = 2;

/** Whether a send's failure leaves it unknown whether the vendor stored the message. */
export function isUnclear(error: unknown): boolean {
  return ConnectionError.isInstance(error) || TimeoutError.isInstance(error) || ServerError.isInstance(error) || (InvalidResponseError.isInstance(error) && error.reason === "invalid_json");
}

/** The two halves of a keyed send, for one vendor. */
export interface SendOnceSteps<T> {
  /** Send the message (carrying the key). */
  send(): Promise<T>;
  /** Find the message stored under the key, or `undefined`. */
  lookup(): Promise<T | undefined>;
  /** The caller's signal: an abort is never followed by a look-up or a resend. */
  readonly signal: AbortSignal | undefined;
}

/**
 * Send; after an unclear failure, look up; resend only when the look-up found nothing, up to
 * {@link MAX_SENDS} sends. When the look-up itself fails (e.g. a credential that may not read
 * messages), the send's error is thrown and nothing is sent again: the message may or may not be
 * stored, and only a read with another credential can tell.
 */
export async function sendOnce<T>(steps: SendOnceSteps<T>): Promise<T> {
  for (let sends = 1; ; sends++) {
    try {
      return await steps.send();
    } catch (error) {
      if (!isUnclear(error) || steps.signal?.aborted === true) throw error;
      let found: T | undefined;
      try {
        found = await steps.lookup();
      } catch {
        throw error;
      }
      if (found !== undefined) return found;
      if (sends >= MAX_SENDS) throw error;
    }
  }
}
