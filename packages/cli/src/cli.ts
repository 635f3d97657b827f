#!/usr/bin/env node
/**
 * `conversations`: the entry point. Runs one command, prints any error as one line (stack only
 * with --verbose), and exits with the documented code. SIGINT/SIGTERM abort the run (a second one
 * exits at once); the command saves what it must and exits 130.
 */
import { CommanderError } from "commander";
import { EXIT } from "./exit-codes.js";
import { buildProgram, commanderExit } from "./program.js";
import { renderError } from "./render-error.js";
import { version } from "./version.js";

const controller = new AbortController();
let signals = 0;
const onSignal = () => {
  signals++;
  if (signals > 1) process.exit(EXIT.interrupted);
  controller.abort();
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT.ok); // the reader went away (e.g. | head)
});

const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");

try {
  await buildProgram(version, controller.signal).parseAsync(process.argv);
  process.exitCode = EXIT.ok;
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = commanderExit(error);
  } else {
    const { code, line, stack } = renderError(error);
    process.stderr.write(`conversations: ${line}\n`);
    if (verbose && stack !== undefined) process.stderr.write(`${stack}\n`);
    process.exitCode = controller.signal.aborted ? EXIT.interrupted : code;
  }
}
if (verbose) process.stderr.write(`[verbose] peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
// Let stdout/stderr drain, then leave even if a socket or timer is still open.
setImmediate(() => process.exit(process.exitCode));
