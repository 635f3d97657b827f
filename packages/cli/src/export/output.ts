/**
 * Where exported records go: a file (appended with synchronous writes, so every finished record is
 * in the file before its checkpoint says so), or stdout (with back-pressure).
 */
import { closeSync, existsSync, fsyncSync, openSync, statSync, truncateSync, writeSync } from "node:fs";
import { once } from "node:events";

/** A sink for export text. */
export interface ExportOutput {
  write(text: string): Promise<void>;
  /** Flush to disk (files) and close. */
  close(): void;
}

/** Open `path` for appending after cutting it back to `bytes` (what the checkpoint vouches for). */
export function fileOutput(path: string, bytes: number): ExportOutput {
  if (existsSync(path) && statSync(path).size !== bytes) truncateSync(path, bytes);
  const fd = openSync(path, bytes === 0 ? "w" : "a");
  let closed = false;
  return {
    write(text) {
      writeSync(fd, text);
      return Promise.resolve();
    },
    close() {
      if (closed) return;
      closed = true;
      fsyncSync(fd);
      closeSync(fd);
    },
  };
}

/** stdout, respecting back-pressure; a closed pipe (EPIPE) ends the export quietly. */
export function stdoutOutput(): ExportOutput {
  return {
    async write(text) {
      if (!process.stdout.write(text)) await once(process.stdout, "drain");
    },
    close() {
      // stdout is flushed by Node on exit.
    },
  };
}
