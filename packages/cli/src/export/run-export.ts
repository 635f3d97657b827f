/**
 * `conversations export`: every conversation of a connection with all its messages, one record at
 * a time (memory stays bounded by one conversation), to a file with a checkpoint beside it, or to
 * stdout. Interrupted (the signal) → the checkpoint is saved, the output closed, exit 130; a vendor
 * error → the checkpoint is saved too, so `--resume` continues either way.
 */
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { RateLimitError, type UnifiedConversation, type UnifiedMessage } from "@org/unified";
import type { ConnectionConfig } from "../config.js";
import type { Sdk } from "../connect.js";
import { InterruptedError, usageError } from "../exit-codes.js";
import { checkpointPath, readCheckpoint, removeCheckpoint, saveCheckpoint, startCheckpoint, type Checkpoint, type ExportSettings } from "./checkpoint.js";
import { fileOutput, stdoutOutput, type ExportOutput } from "./output.js";
import { progressReporter, type ProgressReporter } from "./progress.js";
import { csvHeader, csvRows, jsonlLine } from "./records.js";
import { conversationTotal } from "./total.js";

/** What `export` was asked to do. */
export interface ExportRequest {
  readonly connection: ConnectionConfig;
  readonly sdk: Sdk;
  /** A file path, or `undefined` for stdout. */
  readonly output: string | undefined;
  readonly format: "jsonl" | "csv";
  readonly raw: boolean;
  readonly status: string | undefined;
  readonly since: Date | undefined;
  readonly resume: boolean;
  readonly force: boolean;
  readonly pageSize: number | undefined;
  readonly progressEveryMs: number;
  readonly signal: AbortSignal;
  readonly now: () => number;
}

/** Whole-export rate-limit retries on top of the client's own (each honours `Retry-After`). */
const RATE_LIMIT_ROUNDS = 5;
/** Checkpoint at most this often within a page (always at a page's end and on exit). */
const SAVE_EVERY_MS = 250;

function lastActivity(c: UnifiedConversation): number {
  return Date.parse(c.lastMessageAt ?? c.updatedAt ?? c.createdAt ?? "") || 0;
}

function startingPoint(request: ExportRequest, settings: ExportSettings): Checkpoint {
  const { output, resume, force } = request;
  if (output === undefined) {
    if (resume) throw usageError("--resume needs --output <file>: an export to stdout keeps no checkpoint");
    return startCheckpoint(settings);
  }
  const path = checkpointPath(output);
  if (resume) {
    const saved = readCheckpoint(path, settings);
    if (saved !== undefined) return saved;
    // (a complete one is reported by runExport without touching the output)
    if (existsSync(output)) throw usageError(`${output} exists but has no checkpoint (${path}) to resume from; remove it or use --force`);
    return startCheckpoint(settings);
  }
  if (!force && (existsSync(output) || existsSync(path))) {
    throw usageError(`${output} already exists${existsSync(path) ? " with a checkpoint: continue (or confirm it is complete) with --resume" : ""}, or overwrite it with --force`);
  }
  removeCheckpoint(path);
  return startCheckpoint(settings);
}

/** Run the export; resolves with the final counts, or rejects (interrupted → {@link InterruptedError}). */
export async function runExport(request: ExportRequest): Promise<Checkpoint> {
  const { sdk, connection, signal, format, raw, since } = request;
  const settings: ExportSettings = { connection: connection.name, vendor: connection.vendor, format, raw, status: request.status ?? null, since: since?.toISOString() ?? null };
  const allowed = sdk.capabilities(connection.name).conversationStatusFilter as readonly string[];
  if (request.status !== undefined && !allowed.includes(request.status)) {
    throw usageError(`--status ${request.status}: ${connection.vendor} ${allowed.length ? `can filter by ${allowed.join(", ")} only` : "cannot filter conversations by status"}`);
  }
  let state = startingPoint(request, settings);
  if (state.complete) {
    process.stderr.write(`export ${connection.name}: ${request.output ?? ""} is already complete (${state.conversations} conversations, ${state.messages} messages); nothing to resume\n`);
    return state;
  }
  const path = request.output === undefined ? undefined : checkpointPath(request.output);
  const out: ExportOutput = request.output === undefined ? stdoutOutput() : fileOutput(request.output, state.bytes);
  let savedAt = request.now();
  const save = (force: boolean) => {
    if (path === undefined || (!force && request.now() - savedAt < SAVE_EVERY_MS)) return;
    saveCheckpoint(path, state);
    savedAt = request.now();
  };
  const label = `export ${connection.name}`;
  const progress: ProgressReporter = progressReporter({ label, startAt: state, now: request.now, stream: process.stderr, everyMs: request.progressEveryMs });
  // The total (for the ETA) arrives when it arrives; the export does not wait for it.
  void conversationTotal(sdk, connection, request.status, signal).then((total) => {
    if (total !== undefined) progress.setTotal(total);
  });
  if (state.bytes === 0 && format === "csv") {
    const header = csvHeader();
    await out.write(header);
    state = { ...state, bytes: Buffer.byteLength(header) };
  }
  save(true);

  const filters = {
    ...(connection.accountId === undefined ? {} : { accountId: connection.accountId }),
    ...(request.status === undefined ? {} : { status: request.status }),
    ...(request.pageSize === undefined ? {} : { pageSize: request.pageSize }),
  };

  async function exportFromCheckpoint(): Promise<void> {
    const listing = sdk.listConversations(connection.name, { ...filters, ...(state.cursor === null ? {} : { cursor: state.cursor }), signal } as never);
    for await (const page of listing.pages()) {
      for (let i = state.doneInPage; i < page.items.length; i++) {
        signal.throwIfAborted();
        const conversation = page.items[i] as UnifiedConversation;
        if (since !== undefined && lastActivity(conversation) < since.getTime()) {
          state = { ...state, doneInPage: i + 1 };
          continue;
        }
        const messages: UnifiedMessage[] = [];
        for await (const message of sdk.listMessages(conversation.ref as never, { signal })) messages.push(message);
        messages.reverse(); // listMessages is newest first; records are chronological
        const text = format === "csv" ? csvRows({ conversation, messages }) : jsonlLine({ conversation, messages }, raw);
        await out.write(text);
        state = { ...state, doneInPage: i + 1, bytes: state.bytes + Buffer.byteLength(text), conversations: state.conversations + 1, messages: state.messages + messages.length };
        save(false);
        progress.update(state);
      }
      state = { ...state, cursor: page.nextCursor ?? null, doneInPage: 0 };
      save(true);
    }
  }

  try {
    for (let round = 1; ; round++) {
      try {
        await exportFromCheckpoint();
        break;
      } catch (error) {
        if (!(error instanceof RateLimitError) || round >= RATE_LIMIT_ROUNDS || signal.aborted) throw error;
        const waitMs = Math.min(error.retryAfterMs ?? 30_000, 300_000);
        process.stderr.write(`${label}: rate limited after the client's retries; waiting ${Math.ceil(waitMs / 1000)} s, then continuing from the checkpoint\n`);
        await sleep(waitMs, undefined, { signal });
      }
    }
  } catch (error) {
    save(true);
    out.close();
    const where = request.output === undefined ? "" : `; ${state.conversations} conversations are in ${request.output}, continue with --resume`;
    progress.stop(signal.aborted ? `${label}: interrupted${where}` : `${label}: stopped${where}`);
    if (signal.aborted) throw new InterruptedError(`interrupted${where}`);
    throw error;
  }
  out.close();
  state = { ...state, complete: true };
  save(true);
  progress.stop(`${label}: done, ${state.conversations} conversations, ${state.messages} messages${request.output === undefined ? "" : ` in ${request.output}`}`);
  return state;
}
