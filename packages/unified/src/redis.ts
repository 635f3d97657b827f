/**
 * `@org/unified/redis`: event-stream and webhook stores in Redis, for many processes. Its own entry
 * point, so nobody else loads it; it takes your node-redis client (`redis`, an optional peer
 * dependency).
 *
 * ```ts
 * import { createClient } from "redis";
 * import { redisStores } from "@org/unified/redis";
 * const stores = redisStores(await createClient({ url: process.env.REDIS_URL }).connect(), { prefix: "support-bot:" });
 * ```
 *
 * @packageDocumentation
 */
export { redisStores, type RedisCommandClient, type RedisStoresOptions } from "./stores/redis.js";
export type { AnnouncedState, CheckpointStore, ClaimResult, EventStores, LeaseStore, SeenEventStore } from "./stores/types.js";
