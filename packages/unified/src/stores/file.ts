/**
 * `fileStore(path)`: the memory stores, saved to one JSON file so a single process resumes after a
 * restart with nothing missed and nothing repeated. The file is rewritten atomically (a temporary
 * file, then a rename) whenever a checkpoint is written, which the stream does once the consumer
 * has taken every event of a poll, and whenever an event is committed (writes coalesce). Not for several processes: use
 * `redisStores` there. Node, Bun and Deno only (`node:fs`, loaded on first use).
 */
import { InvalidRequestError } from "@org/runtime/errors";
import { emptyState, type MemoryState, type MemoryStoresOptions, storesOver } from "./memory.js";
import type { EventStores } from "./types.js";

interface FileShape {
  readonly v: 1;
  readonly checkpoints: Record<string, string>;
  readonly seen: Record<string, { state: "pending" | "done"; expiresAt: number; value?: string; at?: number | null }>;
}

function parse(text: string, path: string): FileShape {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && (value as { v?: unknown }).v === 1) return value as FileShape;
  } catch {
    // fall through to the typed error
  }
  throw new InvalidRequestError({ vendor: "unified", reason: "invalid_option", parameter: "fileStore", detail: `fileStore: ${path} is not a store file written by this SDK; move it away or pass another path` });
}

/** A committed entry as this SDK writes it (anything else in the file is skipped). */
function isDone(v: FileShape["seen"][string] | null): v is FileShape["seen"][string] {
  return (
    typeof v === "object" && v !== null && v.state === "done" && typeof v.expiresAt === "number" &&
    (v.value === undefined || typeof v.value === "string") && (v.at === undefined || v.at === null || typeof v.at === "number")
  );
}

/**
 * Stores kept in the JSON file at `path` (created on first write). Seen ids are bounded as in
 * `memoryStores` (`maxSeen`, expiry); leases are in memory (one process owns the file).
 */
export function fileStore(path: string, options: MemoryStoresOptions = {}): EventStores {
  if (typeof path !== "string" || path === "") {
    throw new InvalidRequestError({ vendor: "unified", reason: "invalid_option", parameter: "path", detail: "fileStore(path): path must be a non-empty string" });
  }
  const state: MemoryState = emptyState();
  let loaded: Promise<void> | undefined;
  let saving: Promise<void> = Promise.resolve();

  function load(): Promise<void> {
    loaded ??= (async () => {
      const fs = await import("node:fs/promises");
      const text = await fs.readFile(path, "utf8").catch((error: unknown) => ((error as NodeJS.ErrnoException).code === "ENOENT" ? null : Promise.reject(error as Error)));
      if (text === null) return;
      const file = parse(text, path);
      for (const [k, v] of Object.entries(file.checkpoints)) if (typeof v === "string") state.checkpoints.set(k, v);
      for (const [k, v] of Object.entries(file.seen)) if (isDone(v)) state.seen.set(k, v);
    })();
    return loaded;
  }

  async function save(): Promise<void> {
    const fs = await import("node:fs/promises");
    const file: FileShape = {
      v: 1,
      checkpoints: Object.fromEntries(state.checkpoints),
      // Pending claims are not saved: after a restart they are redelivered (at-least-once).
      seen: Object.fromEntries([...state.seen].filter(([, e]) => e.state === "done")),
    };
    const tmp = `${path}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(file));
    await fs.rename(tmp, path);
  }

  // Writes coalesce: while one save runs, every change since joins the next one.
  let queued: Promise<void> | undefined;
  const persist = (): Promise<void> => {
    queued ??= saving.then(() => {
      queued = undefined;
      return save();
    });
    saving = queued.catch(() => undefined);
    return queued;
  };
  const inner = storesOver(state, options);

  return {
    checkpoints: {
      get: async (key) => (await load(), inner.checkpoints.get(key)),
      async set(key, value) {
        await load();
        await inner.checkpoints.set(key, value);
        await persist();
      },
    },
    seen: {
      claim: async (id, pendingMs) => (await load(), inner.seen.claim(id, pendingMs)),
      async commit(id, ttlMs) {
        await load();
        await inner.seen.commit(id, ttlMs);
        await persist();
      },
      release: async (id) => (await load(), inner.seen.release(id)),
      claimState: async (key, announced, pendingMs) => (await load(), inner.seen.claimState(key, announced, pendingMs)),
      async commitState(key, announced, ttlMs) {
        await load();
        await inner.seen.commitState(key, announced, ttlMs);
        await persist();
      },
      releaseState: async (key, announced) => (await load(), inner.seen.releaseState(key, announced)),
    },
    leases: inner.leases,
  };
}
