/**
 * The export's checkpoint, kept beside the output as `<output>.checkpoint.json`: which page is
 * being exported (its listing cursor), how many of its conversations are done, and how many bytes
 * of the output they fill. A resumed run cuts the output back to that length and continues after
 * them, so a kill at any moment (SIGKILL included) loses nothing and repeats nothing. Saved
 * atomically (write, then rename); never holds a credential. A finished export keeps its
 * checkpoint, marked `complete`, so `--resume` knows there is nothing left to do.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { configError } from "../exit-codes.js";

/** What must be the same for a run to resume another. */
export interface ExportSettings {
  readonly connection: string;
  readonly vendor: string;
  readonly format: "jsonl" | "csv";
  readonly raw: boolean;
  readonly status: string | null;
  readonly since: string | null;
}

/** Progress as saved. */
export interface Checkpoint {
  readonly version: 1;
  readonly settings: ExportSettings;
  /** Cursor of the page being exported; `null` for the first page. */
  readonly cursor: string | null;
  /** Conversations of that page already handled (written, or skipped by `--since`). */
  readonly doneInPage: number;
  /** Bytes of the output that finished conversations fill. */
  readonly bytes: number;
  readonly conversations: number;
  readonly messages: number;
  /** The export finished: the output is whole. */
  readonly complete: boolean;
}

/** The checkpoint path for an output file. */
export const checkpointPath = (output: string): string => `${output}.checkpoint.json`;

/** A fresh checkpoint. */
export function startCheckpoint(settings: ExportSettings): Checkpoint {
  return { version: 1, settings, cursor: null, doneInPage: 0, bytes: 0, conversations: 0, messages: 0, complete: false };
}

/** Read the checkpoint at `path`, checking that it belongs to an export with the same settings. */
export function readCheckpoint(path: string, settings: ExportSettings): Checkpoint | undefined {
  if (!existsSync(path)) return undefined;
  let saved: Partial<Checkpoint>;
  try {
    saved = JSON.parse(readFileSync(path, "utf8")) as Partial<Checkpoint>;
  } catch {
    throw configError(`checkpoint ${path} is not readable JSON; delete it (and the output) to start over`);
  }
  if (saved.version !== 1 || typeof saved.bytes !== "number" || typeof saved.doneInPage !== "number" || typeof saved.settings !== "object") {
    throw configError(`checkpoint ${path} is not a conversations export checkpoint; delete it to start over`);
  }
  for (const key of Object.keys(settings) as (keyof ExportSettings)[]) {
    if (saved.settings[key] !== settings[key]) {
      throw configError(`checkpoint ${path} is for ${key} ${JSON.stringify(saved.settings[key])}, not ${JSON.stringify(settings[key])}: resume with the same options, or delete it to start over`);
    }
  }
  return saved as Checkpoint;
}

/** Save atomically. */
export function saveCheckpoint(path: string, checkpoint: Checkpoint): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(checkpoint)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** Remove the checkpoint (before a `--force` run). */
export function removeCheckpoint(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.tmp`, { force: true });
}
