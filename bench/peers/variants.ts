/**
 * The peer variants: GET conversation through what a user might pick instead of `@org/<vendor>`,
 * each on the same server, body and headers as the other variants.
 * - `openapi-fetch+ky`: plain openapi-fetch on our generated `paths`, with `ky` as its `fetch`
 *   (2 retries and a 60 s timeout, like the vendor clients' defaults).
 * - `hey-api`: the `@hey-api/openapi-ts` fetch client and SDK function, configured as its docs say
 *   (`client.setConfig({ baseUrl, headers })`), `throwOnError: true`.
 * - `orval`: orval's `client: "fetch"` function, with the base URL and headers set by its mutator.
 * The last two are generated into bench/.peers/ by {@link preparePeers} and imported here.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { paths as ChatwootPaths } from "@org/chatwoot";
import type { paths as FiveChatPaths } from "@org/5chat";
import type { paths as LiveChatAiPaths } from "@org/livechatai";
import { loadSpec, type Vendor } from "@org/mock-server";
import ky from "ky";
import createClient from "openapi-fetch";
import { CONVERSATION_EXAMPLES } from "../fixtures.ts";
import type { BenchServer } from "../server.ts";
import { check, CONVERSATION_PATH_PARAMS, headersFor, rawMessages, type Variant } from "../variants.ts";
import { PEERS_DIR } from "./generate.ts";

type PathValue = string | number;

interface HeyApiClientModule {
  readonly client: { setConfig(config: { baseUrl: string; headers: Record<string, string> }): unknown };
}
type HeyApiSdkModule = Record<string, (options: { path: Record<string, PathValue>; throwOnError: true }) => Promise<{ data: unknown }>>;
interface OrvalFetchModule {
  readonly orvalConfig: { baseUrl: string; headers: Record<string, string> };
}
type OrvalClientModule = Record<string, (...pathValues: PathValue[]) => Promise<{ data: unknown; status: number }>>;

async function load<T>(...segments: string[]): Promise<T> {
  return (await import(pathToFileURL(join(PEERS_DIR, ...segments)).href)) as T;
}

/** The operationId of the vendor's GET conversation: the name both generators give its function. */
export function operationIdOf(vendor: Vendor): string {
  const { path } = CONVERSATION_EXAMPLES[vendor];
  const operationId = loadSpec(vendor).paths?.[path]?.get?.operationId;
  if (operationId === undefined) throw new Error(`${vendor}: GET ${path} has no operationId`);
  return operationId;
}

function fn<F>(module: Record<string, F>, name: string, where: string): F {
  const found = module[name];
  if (typeof found !== "function") throw new Error(`${where}: no function ${name}`);
  return found;
}

/** The peer variants of every vendor, against `server`; the peers must have been generated. */
export async function createPeerVariants(server: BenchServer, vendors: readonly Vendor[]): Promise<Variant[]> {
  const retrying = ky.create({ retry: { limit: 2 }, timeout: 60_000, throwHttpErrors: false });
  const kyFetch = (request: Request): Promise<Response> => retrying(request);
  const variants: Variant[] = [];
  for (const vendor of vendors) {
    const baseUrl = server.baseUrl(vendor);
    const headers = headersFor(vendor);
    const params = CONVERSATION_PATH_PARAMS[vendor];
    const operationId = operationIdOf(vendor);
    const { path } = CONVERSATION_EXAMPLES[vendor];
    const pathOrder = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");

    const viaKy = createClient<FiveChatPaths & LiveChatAiPaths & ChatwootPaths>({ baseUrl, headers, fetch: kyFetch });
    const kyGet = viaKy.GET as unknown as (path: string, init: { params: { path: Record<string, PathValue> } }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

    const hey = await load<HeyApiClientModule>("hey-api", vendor, "client.gen.ts");
    hey.client.setConfig({ baseUrl, headers });
    const heyGet = fn(await load<HeyApiSdkModule>("hey-api", vendor, "sdk.gen.ts"), operationId, `hey-api ${vendor}`);

    const orvalFetch = await load<OrvalFetchModule>("orval", vendor, "fetch.ts");
    orvalFetch.orvalConfig.baseUrl = baseUrl;
    orvalFetch.orvalConfig.headers = headers;
    const orvalGet = fn(await load<OrvalClientModule>("orval", vendor, "client.ts"), operationId, `orval ${vendor}`);
    const positional = pathOrder.map((name) => {
      const value = params[name];
      if (value === undefined) throw new Error(`${vendor}: no value for path parameter ${name}`);
      return value;
    });

    const messageCount = rawMessages(vendor);
    variants.push(
      { id: `${vendor}/openapi-fetch+ky`, vendor, kind: "openapi-fetch+ky", messageCount, call: async () => check(await kyGet(path, { params: { path: { ...params } } })) },
      { id: `${vendor}/hey-api`, vendor, kind: "hey-api", messageCount, call: async () => (await heyGet({ path: { ...params }, throwOnError: true })).data },
      {
        id: `${vendor}/orval`,
        vendor,
        kind: "orval",
        messageCount,
        call: async () => {
          const result = await orvalGet(...positional);
          if (result.status !== 200) throw new Error(`HTTP ${result.status}`);
          return result.data;
        },
      },
    );
  }
  return variants;
}
