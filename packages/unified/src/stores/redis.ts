/**
 * `redisStores(client)`: checkpoints, seen ids and leases in Redis, for many processes (webhook
 * receivers behind a load balancer, pollers on several machines). Seen ids: `SET key pending NX
 * PX`, then `SET key done PX` on commit (two round trips per event). Announced states (a
 * conversation's status): one script compares with the last state and claims, one commits unless a
 * newer state is there (two round trips too). Leases: `SET NX PX`, renewed by a script that checks
 * the holder, so a holder that dies loses the lease after `leaseMs`.
 *
 * It takes any client with `sendCommand(args)` (node-redis' `createClient()`), and imports no Redis
 * package itself: `redis` stays an optional peer dependency of `@org/unified`.
 */
import { InvalidRequestError } from "@org/runtime/errors";
import { pendingStateId } from "./memory.js";
import type { AnnouncedState, ClaimResult, EventStores } from "./types.js";

/** What the stores need of a Redis client: node-redis' `sendCommand` (v4 and later). */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** Options of {@link redisStores}. */
export interface RedisStoresOptions {
  /** Prefix of every key (default `"org-unified:"`), so one Redis can hold several applications. */
  readonly prefix?: string;
}

// Renew the lease if `holder` has it, or take it if nobody does. 1: held, 0: someone else's.
const ACQUIRE = `local v = redis.call('GET', KEYS[1])
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if v then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1`;
// States: KEYS[1] holds the last announced state as "<at>|<value>" (at empty when unstamped),
// KEYS[2] the claim of one value. ARGV: value, at ('' for none), ms.
const LAST = `local last = redis.call('GET', KEYS[1])
local lastAt, lastValue = nil, nil
local sep = last and string.find(last, '|', 1, true)
if sep then
  lastAt = tonumber(string.sub(last, 1, sep - 1))
  lastValue = string.sub(last, sep + 1)
end
local older = ARGV[2] ~= '' and lastAt ~= nil and tonumber(ARGV[2]) < lastAt
`;
// "done" when the same value was announced last or this observation is older; else SET NX the claim.
const CLAIM_STATE = `${LAST}if lastValue == ARGV[1] or older then return 'done' end
if redis.call('SET', KEYS[2], 'pending', 'NX', 'PX', ARGV[3]) then return 'claimed' end
return 'pending'`;
// End the claim; announce the value unless a newer state is there.
const COMMIT_STATE = `${LAST}redis.call('DEL', KEYS[2])
if older then return 0 end
local at = ARGV[2]
if at == '' and lastAt ~= nil then at = tostring(lastAt) end
redis.call('SET', KEYS[1], at .. '|' .. ARGV[1], 'PX', ARGV[3])
return 1`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** Checkpoints, seen ids and leases in Redis through `client` (connected by you; you close it). */
export function redisStores(client: RedisCommandClient, options: RedisStoresOptions = {}): EventStores {
  const given: unknown = client;
  if (typeof given !== "object" || given === null || typeof (given as Partial<RedisCommandClient>).sendCommand !== "function") {
    throw new InvalidRequestError({ vendor: "unified", reason: "invalid_option", parameter: "client", detail: "redisStores(client): pass a connected node-redis client (createClient() from `redis`)" });
  }
  const { prefix = "org-unified:" } = options;
  const key = (kind: string, id: string): string => `${prefix}${kind}:${id}`;
  const ms = (value: number): string => String(Math.max(1, Math.ceil(value)));
  const stateKeys = (id: string, state: AnnouncedState): [string, string] => [key("seen", id), key("seen", pendingStateId(id, state))];
  const stamp = (state: AnnouncedState): string => (state.at === null ? "" : String(Math.trunc(state.at)));
  const text = (value: unknown): string | null => (typeof value === "string" ? value : value instanceof Uint8Array ? new TextDecoder().decode(value) : null);

  return {
    checkpoints: {
      get: async (id) => text(await client.sendCommand(["GET", key("checkpoint", id)])),
      async set(id, value) {
        await client.sendCommand(["SET", key("checkpoint", id), value]);
      },
    },
    seen: {
      async claim(id, pendingMs): Promise<ClaimResult> {
        const k = key("seen", id);
        for (let tries = 0; tries < 3; tries++) {
          if ((await client.sendCommand(["SET", k, "pending", "NX", "PX", ms(pendingMs)])) !== null) return "claimed";
          const state = text(await client.sendCommand(["GET", k]));
          // Expired between the two commands: try again.
          if (state !== null) return state === "done" ? "done" : "pending";
        }
        return "pending";
      },
      async commit(id, ttlMs) {
        await client.sendCommand(["SET", key("seen", id), "done", "PX", ms(ttlMs)]);
      },
      async release(id) {
        await client.sendCommand(["DEL", key("seen", id)]);
      },
      async claimState(id, state, pendingMs): Promise<ClaimResult> {
        const answer = text(await client.sendCommand(["EVAL", CLAIM_STATE, "2", ...stateKeys(id, state), state.value, stamp(state), ms(pendingMs)]));
        return answer === "claimed" || answer === "done" ? answer : "pending";
      },
      async commitState(id, state, ttlMs) {
        await client.sendCommand(["EVAL", COMMIT_STATE, "2", ...stateKeys(id, state), state.value, stamp(state), ms(ttlMs)]);
      },
      async releaseState(id, state) {
        await client.sendCommand(["DEL", stateKeys(id, state)[1]]);
      },
    },
    leases: {
      acquire: async (id, holder, ttlMs) => Number(await client.sendCommand(["EVAL", ACQUIRE, "1", key("lease", id), holder, ms(ttlMs)])) === 1,
      async release(id, holder) {
        await client.sendCommand(["EVAL", RELEASE, "1", key("lease", id), holder]);
      },
    },
  };
}
