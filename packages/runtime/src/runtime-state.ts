import type { Clock, Logger } from "./options.js";

/** A client's resolved, immutable settings (see `ClientOptions` for the meaning of each). */
export interface RuntimeState {
  /** Vendor id. */
  readonly vendor: string;
  /** Per-attempt timeout. */
  readonly timeoutMs: number;
  /** Overall deadline, if any. */
  readonly deadlineMs: number | undefined;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Whether POST/PATCH are retried. */
  readonly retryPost: boolean;
  /** Longest single wait. */
  readonly maxRetryDelayMs: number;
  /** Throw typed errors for non-2xx. */
  readonly throwOnError: boolean;
  /** Allow non-loopback http:. */
  readonly allowInsecureHttp: boolean;
  /** Time source and sleeper. */
  readonly clock: Clock;
  /** Jitter source. */
  readonly random: () => number;
  /** Log sink. */
  readonly logger: Logger | undefined;
  /** Custom fetch, if any. */
  readonly transport: ((input: Request) => Promise<Response>) | undefined;
  /** Lower-case request-id header names. */
  readonly requestIdHeaders: readonly string[];
  /** Lower-case extra secret header names. */
  readonly secretHeaderNames: ReadonlySet<string>;
  /** Credential values known at creation. */
  readonly secrets: readonly string[];
}

