/** Child processes for the bench: TypeScript entries forked under tsx, talking over IPC. */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root (this file is `bench/child.ts`). */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Fork `bench/<entry>` under tsx with extra node flags; its stdout/stderr go to ours. */
export function forkBench(entry: string, args: readonly string[] = [], nodeFlags: readonly string[] = []): ChildProcess {
  return fork(fileURLToPath(new URL(entry, import.meta.url)), [...args], {
    cwd: ROOT,
    execArgv: [...nodeFlags, "--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

/** The child's first IPC message; rejects if it exits or errors first. */
export function firstMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      reject(new Error(`${what} exited before reporting (code ${String(code)}, signal ${String(signal)})`));
    };
    child.once("error", reject);
    child.once("exit", onExit);
    child.once("message", (message) => {
      child.off("exit", onExit);
      child.off("error", reject);
      resolve(message as T);
    });
  });
}

/** Resolves when the child has exited. */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => { resolve(); }));
}
