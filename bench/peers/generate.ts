/**
 * The peer clients, generated from our own specs at bench time by the pinned devDependencies
 * (`@hey-api/openapi-ts`, `orval`) into `bench/.peers/` (git-ignored): what a user who picked
 * one of those generators instead of `@org/<vendor>` would run. A stamp file holds the tool
 * versions and a hash of every spec; when it matches, nothing is regenerated (the forked bench
 * processes and `--quick` reuse the parent's output).
 *
 *     bench/.peers/hey-api/<vendor>/   @hey-api/openapi-ts: client-fetch + typescript + sdk plugins
 *     bench/.peers/orval/<vendor>/     orval `client: "fetch"`, one file, with `fetch.ts` as its mutator
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { VENDOR_TABLE } from "../../scripts/vendors.mjs";
import { ROOT } from "../child.ts";

export const PEERS_DIR = join(ROOT, "bench", ".peers");
const STAMP = join(PEERS_DIR, "stamp.json");

/** The installed version of a root devDependency. */
function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
}

/**
 * orval's fetch client calls `fetch` with the URL it built from the path alone; the documented way
 * to give it a base URL and headers chosen at run time is a custom fetch ("mutator"). This one does
 * what orval's built-in fetch code does (text, then `JSON.parse`; `{ data, status, headers }`).
 */
const ORVAL_MUTATOR = `/** orval mutator (written by bench/peers/generate.ts): base URL and headers set at run time. */
export const orvalConfig: { baseUrl: string; headers: Record<string, string> } = { baseUrl: "", headers: {} };

export const customFetch = async <T>(url: string, init: RequestInit): Promise<T> => {
  const res = await fetch(orvalConfig.baseUrl + url, { ...init, headers: orvalConfig.headers });
  const body = [204, 205, 304].includes(res.status) ? null : await res.text();
  const data: unknown = body ? JSON.parse(body) : {};
  return { data, status: res.status, headers: res.headers } as T;
};
`;

/** The identity of what is generated: tool versions, this file's mutator and every spec. */
function fingerprint(): string {
  const hash = createHash("sha256");
  hash.update(`hey-api ${versionOf("@hey-api/openapi-ts")}\norval ${versionOf("orval")}\n${ORVAL_MUTATOR}\n${escapeMultilineConsts.toString()}`);
  for (const v of VENDOR_TABLE) hash.update(`${v.id}\n`).update(readFileSync(join(ROOT, v.spec)));
  return hash.digest("hex");
}

/**
 * Generates every peer client unless `bench/.peers` already holds this exact generation.
 * @returns whether it generated (false: reused).
 */
export async function preparePeers(progress: (message: string) => void): Promise<boolean> {
  const id = fingerprint();
  if (existsSync(STAMP) && (JSON.parse(readFileSync(STAMP, "utf8")) as { id?: string }).id === id) return false;
  progress("peer clients: generating from specs/*.yaml with @hey-api/openapi-ts and orval into bench/.peers/");
  rmSync(PEERS_DIR, { recursive: true, force: true });
  const { createClient } = await import("@hey-api/openapi-ts");
  const { generate } = await import("orval");
  for (const v of VENDOR_TABLE) {
    const spec = join(ROOT, v.spec);
    await createClient({
      input: spec,
      output: { path: join(PEERS_DIR, "hey-api", v.id) },
      plugins: ["@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk"],
      logs: { level: "silent" },
    });
    const orvalDir = join(PEERS_DIR, "orval", v.id);
    mkdirSync(orvalDir, { recursive: true });
    writeFileSync(join(orvalDir, "fetch.ts"), ORVAL_MUTATOR);
    await silenced(() =>
      generate({
        input: { target: spec, override: { transformer: escapeMultilineConsts } },
        output: {
          target: join(orvalDir, "client.ts"),
          client: "fetch",
          mode: "single",
          prettier: false,
          override: { mutator: { path: join(orvalDir, "fetch.ts"), name: "customFetch" } },
        },
      }),
    );
  }
  writeFileSync(STAMP, `${JSON.stringify({ id, heyApi: versionOf("@hey-api/openapi-ts"), orval: versionOf("orval") }, null, 2)}\n`);
  return true;
}

/**
 * orval 7.13 writes a `const` string into a single-quoted TypeScript literal as is, so a value with
 * a line break (Chatwoot's plain-text 429 body is the literal `"Retry later\n"`) comes out as an
 * unterminated string. Escaping the break in orval's copy of the document makes it emit `\n`,
 * which is the same value; nothing else is changed.
 */
function escapeMultilineConsts<T>(node: T): T {
  if (Array.isArray(node)) return node.map(escapeMultilineConsts) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === "const" && typeof value === "string" ? value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n") : escapeMultilineConsts(value);
  }
  return out as T;
}

/** orval prints a banner per spec on stdout, where the bench prints its report. */
async function silenced<T>(run: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  const log = console.log;
  process.stdout.write = () => true;
  console.log = () => undefined;
  try {
    return await run();
  } finally {
    process.stdout.write = write;
    console.log = log;
  }
}
