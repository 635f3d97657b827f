/**
 * `@org/unified/file-store`: `fileStore(path)`, event-stream stores kept in one JSON file, for a
 * single process that must resume after a restart. Its own entry point because it needs `node:fs`
 * (Node, Bun, Deno): browser bundles of `@org/unified` never see it.
 *
 * @packageDocumentation
 */
export { fileStore } from "./stores/file.js";
export type { MemoryStoresOptions } from "./stores/memory.js";
export type { AnnouncedState, CheckpointStore, ClaimResult, EventStores, LeaseStore, SeenEventStore } from "./stores/types.js";
