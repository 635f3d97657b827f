/**
 * Any error → one readable line and an exit code. SDK errors already name vendor, operation,
 * status and request id in their (redacted) message; the stack is shown only under `--verbose`.
 * Known credentials are removed from whatever is printed, as a last guard.
 */
import { ApiError, InvalidRequestError, SdkError, UnsupportedOperationError } from "@org/unified";
import { CliError, EXIT, type ExitCode } from "./exit-codes.js";
import { redactKnown } from "./secrets.js";

/** What to print and how to exit. */
export interface RenderedError {
  readonly code: ExitCode;
  readonly line: string;
  /** The stack (redacted), for `--verbose`. */
  readonly stack: string | undefined;
}

function codeOf(error: unknown): ExitCode {
  if (error instanceof CliError) return error.code;
  if (error instanceof InvalidRequestError || error instanceof UnsupportedOperationError) return EXIT.usage;
  if (error instanceof SdkError) return EXIT.vendor;
  if (error instanceof Error && error.name === "AbortError") return EXIT.interrupted;
  return EXIT.vendor;
}

function lineOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof SdkError) return `[${error.vendor}] ${error.message.replace(/^\[[^\]]*\]\s*/, "")}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Render `error` as one line (no line breaks, credentials removed) plus its exit code. */
export function renderError(error: unknown): RenderedError {
  const line = redactKnown(lineOf(error)).replace(/\s*\n\s*/g, " ").trim() || "unknown error";
  const stack = error instanceof Error && error.stack !== undefined ? redactKnown(error.stack) : undefined;
  return { code: codeOf(error), line, stack };
}
