/**
 * The exit codes `conversations` documents (README, `--help`), and the errors that carry them.
 * A command throws a {@link CliError} for what it can name itself; an SDK error is mapped by
 * `render-error.ts`.
 */

/** Exit codes, as documented. */
export const EXIT = {
  ok: 0,
  /** Wrong arguments or options, or an operation the connection's vendor cannot do. */
  usage: 1,
  /** The config file, an environment variable or a credential is missing or wrong. */
  config: 2,
  /** The vendor (or the handler a delivery went to) answered with an error, or could not be reached. */
  vendor: 3,
  /** Interrupted (SIGINT / SIGTERM); an export keeps its checkpoint. */
  interrupted: 130,
} as const;

/** One of {@link EXIT}'s values. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports as one line and exits with `code`. Its message never holds a credential. */
export class CliError extends Error {
  override readonly name = "CliError";
  /**
   * @param code - The exit code.
   * @param message - One line for the user.
   */
  constructor(
    readonly code: ExitCode,
    message: string,
  ) {
    super(message);
  }
}

/** A usage error (exit 1). */
export const usageError = (message: string): CliError => new CliError(EXIT.usage, message);
/** A configuration error (exit 2). */
export const configError = (message: string): CliError => new CliError(EXIT.config, message);
/** A vendor or handler error the CLI detected itself (exit 3). */
export const vendorError = (message: string): CliError => new CliError(EXIT.vendor, message);

/** Thrown when the run was interrupted; carries exit 130. */
export class InterruptedError extends CliError {
  constructor(message = "interrupted") {
    super(EXIT.interrupted, message);
  }
}
