/**
 * Which adapters each client routes to, for the functions that work on a client from outside it
 * (`events(sdk, …)`). They are not methods, so an app that never calls them bundles none of their
 * code; this map is how they reach the client's connections without a public accessor.
 */
import type { Adapter } from "./adapter.js";

const ADAPTERS = new WeakMap<object, ReadonlyMap<string, Adapter>>();

/** Record the adapters of `client` (`createUnifiedClient` calls it once per client). */
export function registerAdapters(client: object, adapters: ReadonlyMap<string, Adapter>): void {
  ADAPTERS.set(client, adapters);
}

/** The adapters of a client made by `createUnifiedClient`, or `undefined` for anything else. */
export function adaptersOf(client: unknown): ReadonlyMap<string, Adapter> | undefined {
  return typeof client === "object" && client !== null ? ADAPTERS.get(client) : undefined;
}
