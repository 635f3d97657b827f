/**
 * Spawn the BUILT binary (dist/cli.js) as a user runs it: on pipes, or on a real pseudo-terminal
 * through util-linux `script`. Helpers wait on output, never on the clock.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built binary. */
export const BIN = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
/** Whether the package was built (the test command builds it first). */
export const built = existsSync(BIN);

/** What a finished run left. */
export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Environment for a child: the test's variables only, plus PATH and HOME (nothing of the caller's CONVERSATIONS_*). */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env["PATH"], HOME: process.env["HOME"], NO_COLOR: "1", ...extra };
}

/** A running CLI process with its output so far. */
export interface Running {
  readonly child: ChildProcessWithoutNullStreams;
  readonly output: { stdout: string; stderr: string };
  /** Resolves when stderr (or stdout) matches `pattern`. */
  waitFor(pattern: RegExp, stream?: "stdout" | "stderr"): Promise<void>;
  readonly done: Promise<RunResult>;
}

/** Start `conversations <args>` on pipes. */
export function startCli(args: readonly string[], options: { env: Record<string, string>; cwd?: string; input?: string }): Running {
  const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(options.env), cwd: options.cwd });
  const output = { stdout: "", stderr: "" };
  const waiters: { pattern: RegExp; stream: "stdout" | "stderr"; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      if (w.pattern.test(output[w.stream])) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    output.stdout += d;
    check();
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    output.stderr += d;
    check();
  });
  child.stdin.end(options.input ?? "");
  const done = new Promise<RunResult>((resolve) => child.on("close", (code, signal) => { resolve({ code, signal, ...output }); }));
  return {
    child,
    output,
    done,
    waitFor: (pattern, stream = "stderr") =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ pattern, stream, resolve });
        check();
        void done.then(() => { reject(new Error(`the CLI exited before ${stream} matched ${pattern}:\n${output.stderr}`)); });
      }),
  };
}

/** Run `conversations <args>` on pipes to the end. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): Promise<RunResult> {
  return startCli(args, { env: options.env ?? {}, cwd: options.cwd, input: options.input }).done;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Run `conversations <args>` on a real pseudo-terminal (`script -qfec`); its stdout is the terminal's output. */
export function runCliOnPty(args: readonly string[], options: { env: Record<string, string>; cwd?: string; input?: string }): Promise<RunResult> {
  const child = spawn("script", ["-qfec", [process.execPath, BIN, ...args].map(quote).join(" "), "/dev/null"], { env: childEnv({ ...options.env, TERM: "xterm" }), cwd: options.cwd });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  // What the user types: sent once the program shows something (a prompt), as a person would.
  if (options.input === undefined) child.stdin.end();
  else child.stdout.once("data", () => child.stdin.end(options.input));
  return new Promise((resolve) => child.on("close", (code, signal) => { resolve({ code, signal, stdout, stderr }); }));
}
