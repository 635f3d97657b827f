/**
 * Deduplication of deliveries by `X-Chatwoot-Delivery`: Chatwoot retries a delivery with the same
 * id, so a receiver that processed it once can acknowledge the retry without processing it again.
 */

/**
 * Where delivery ids are remembered. Implement it on Redis, a database or a KV store to share it
 * between processes; {@link createMemoryDeliveryStore} is the in-process default.
 */
export interface DeliveryStore {
  /**
   * Record `deliveryId` as being processed. Resolves `true` when it was not known (process the
   * delivery) and `false` when it was (a duplicate: acknowledge without processing).
   */
  claim(deliveryId: string): boolean | Promise<boolean>;
  /** Forget `deliveryId` (its processing failed, so Chatwoot's retry must be processed). */
  release(deliveryId: string): void | Promise<void>;
}

/** Options of {@link createMemoryDeliveryStore}. */
export interface MemoryDeliveryStoreOptions {
  /** How long an id is remembered, in seconds. Default 86 400 (one day). */
  ttlSeconds?: number;
  /** At most this many ids are kept; the oldest are dropped first. Default 10 000. */
  maxEntries?: number;
  /** The clock, in milliseconds since the epoch (tests inject one). Default `Date.now`. */
  now?: () => number;
}

/** The in-memory store: synchronous. */
export interface MemoryDeliveryStore extends DeliveryStore {
  claim(deliveryId: string): boolean;
  release(deliveryId: string): void;
}

/**
 * An in-memory {@link DeliveryStore} with a time-to-live and a size bound. It is per process:
 * behind a load balancer, use a shared store instead.
 */
export function createMemoryDeliveryStore(options: MemoryDeliveryStoreOptions = {}): MemoryDeliveryStore {
  const { ttlSeconds = 86_400, maxEntries = 10_000, now = Date.now } = options;
  if (!(Number.isFinite(ttlSeconds) && ttlSeconds > 0)) throw new RangeError("createMemoryDeliveryStore: ttlSeconds must be a positive number");
  if (!(Number.isInteger(maxEntries) && maxEntries > 0)) throw new RangeError("createMemoryDeliveryStore: maxEntries must be a positive integer");
  // Insertion order is expiry order (one TTL for all), so the oldest entries come first.
  const expiries = new Map<string, number>();
  const prune = (at: number): void => {
    for (const [id, expiry] of expiries) {
      if (expiry > at && expiries.size <= maxEntries) break;
      expiries.delete(id);
    }
  };
  return {
    claim(deliveryId) {
      const at = now();
      prune(at);
      if (expiries.has(deliveryId)) return false;
      expiries.set(deliveryId, at + ttlSeconds * 1000);
      prune(at);
      return true;
    },
    release(deliveryId) {
      expiries.delete(deliveryId);
    },
  };
}
