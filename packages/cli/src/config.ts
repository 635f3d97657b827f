/**
 * Connections: named in a small JSON config file and/or in environment variables. Credentials are
 * never part of either file or option: each connection names the environment variable that holds
 * its credential (default `CONVERSATIONS_<NAME>_TOKEN`), read by `credentials.ts`.
 *
 * ```json
 * { "connections": { "support": { "vendor": "chatwoot", "baseUrl": "https://chat.example.com", "accountId": 1 } } }
 * ```
 *
 * Environment (overrides the file, or defines a connection on its own):
 * `CONVERSATIONS_<NAME>_VENDOR`, `_BASE_URL`, `_ACCOUNT_ID`, `_AGENT_ID`, `_TOKEN`.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { configError } from "./exit-codes.js";

/** The vendors the CLI can connect to. */
export const CLI_VENDORS = ["5chat", "livechatai", "chatwoot"] as const;
/** One of {@link CLI_VENDORS}. */
export type CliVendor = (typeof CLI_VENDORS)[number];

/** One named connection, without its credential. */
export interface ConnectionConfig {
  readonly name: string;
  readonly vendor: CliVendor;
  /** The vendor API's base URL (default: the vendor's production URL). */
  readonly baseUrl: string | undefined;
  /** Chatwoot: the account whose conversations to export (application API). */
  readonly accountId: number | undefined;
  /** LiveChatAI: the AI agent (chatbot) whose conversations to list. */
  readonly agentId: string | undefined;
  /** The environment variable holding the credential. */
  readonly credentialEnv: string;
}

/** The file name looked for in the working directory when neither `--config` nor `CONVERSATIONS_CONFIG` is set. */
export const DEFAULT_CONFIG_FILE = "conversations.config.json";
const FILE_KEYS = ["vendor", "baseUrl", "accountId", "agentId", "credentialEnv"];
const CREDENTIAL_KEYS = /token|key|secret|password|credential(?!Env)/i;

/** `CONVERSATIONS_<NAME>` for a connection name (upper case, anything but letters and digits → `_`). */
export function envPrefix(name: string): string {
  return `CONVERSATIONS_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}

type Raw = Partial<Record<(typeof FILE_KEYS)[number], unknown>>;

function readFile(path: string): Record<string, Raw> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw configError(`config file ${path}: ${error instanceof SyntaxError ? `not valid JSON (${error.message})` : "cannot be read"}`);
  }
  const connections = (parsed as { connections?: unknown } | null)?.connections;
  if (typeof connections !== "object" || connections === null || Array.isArray(connections)) {
    throw configError(`config file ${path}: expected { "connections": { "<name>": { "vendor": ... } } }`);
  }
  const out: Record<string, Raw> = {};
  for (const [name, value] of Object.entries(connections as Record<string, unknown>)) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw configError(`config file ${path}: connection "${name}" must be an object`);
    for (const key of Object.keys(value)) {
      if (CREDENTIAL_KEYS.test(key)) throw configError(`config file ${path}: connection "${name}" has "${key}": credentials are read only from the environment (${envPrefix(name)}_TOKEN) or a prompt, never from a file`);
      if (!FILE_KEYS.includes(key)) throw configError(`config file ${path}: connection "${name}": unknown key "${key}" (known: ${FILE_KEYS.join(", ")})`);
    }
    out[name] = value;
  }
  return out;
}

function fromEnv(env: NodeJS.ProcessEnv, name: string): Raw {
  const p = envPrefix(name);
  const raw: Raw = {};
  const pick = (suffix: string, key: string) => {
    const value = env[`${p}_${suffix}`];
    if (value !== undefined && value !== "") raw[key] = value;
  };
  pick("VENDOR", "vendor");
  pick("BASE_URL", "baseUrl");
  pick("ACCOUNT_ID", "accountId");
  pick("AGENT_ID", "agentId");
  return raw;
}

function check(name: string, raw: Raw, where: string): ConnectionConfig {
  const { vendor, baseUrl, accountId, agentId, credentialEnv } = raw;
  if (typeof vendor !== "string" || !(CLI_VENDORS as readonly string[]).includes(vendor)) {
    throw configError(`connection "${name}" (${where}): vendor must be one of ${CLI_VENDORS.join(", ")}, got ${vendor === undefined ? "nothing" : JSON.stringify(vendor)}`);
  }
  if (baseUrl !== undefined && (typeof baseUrl !== "string" || !URL.canParse(baseUrl))) throw configError(`connection "${name}" (${where}): baseUrl is not a URL`);
  const account = accountId === undefined ? undefined : Number(accountId);
  if (account !== undefined && !(Number.isSafeInteger(account) && account > 0)) throw configError(`connection "${name}" (${where}): accountId must be a positive integer`);
  if (agentId !== undefined && typeof agentId !== "string") throw configError(`connection "${name}" (${where}): agentId must be a string`);
  if (credentialEnv !== undefined && (typeof credentialEnv !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(credentialEnv))) {
    throw configError(`connection "${name}" (${where}): credentialEnv must be an environment variable name`);
  }
  return {
    name,
    vendor: vendor as CliVendor,
    baseUrl,
    accountId: account,
    agentId,
    credentialEnv: credentialEnv ?? `${envPrefix(name)}_TOKEN`,
  };
}

/** Where the config file is, if any: `--config`, else `CONVERSATIONS_CONFIG`, else `./conversations.config.json` when it exists. */
export function configPath(option: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const explicit = option ?? env["CONVERSATIONS_CONFIG"];
  if (explicit !== undefined && explicit !== "") {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw configError(`config file ${path} does not exist`);
    return path;
  }
  const fallback = resolve(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(fallback) ? fallback : undefined;
}

/** Every configured connection, by name: the file's, merged with (and overridden by) the environment's. */
export function loadConnections(path: string | undefined, env: NodeJS.ProcessEnv): Map<string, ConnectionConfig> {
  const file = path === undefined ? {} : readFile(path);
  const names = new Set(Object.keys(file));
  for (const key of Object.keys(env)) {
    const match = /^CONVERSATIONS_(.+)_VENDOR$/.exec(key);
    if (match?.[1] !== undefined && !Object.keys(file).some((n) => envPrefix(n) === `CONVERSATIONS_${match[1]}`)) names.add(match[1].toLowerCase());
  }
  const out = new Map<string, ConnectionConfig>();
  for (const name of names) {
    const inFile = file[name];
    const merged = { ...inFile, ...fromEnv(env, name) };
    out.set(name, check(name, merged, inFile === undefined ? "environment" : `${path ?? ""}${Object.keys(fromEnv(env, name)).length ? " + environment" : ""}`));
  }
  return out;
}

/** The connection `name`, or a configuration error listing the ones there are. */
export function connectionNamed(connections: ReadonlyMap<string, ConnectionConfig>, name: string): ConnectionConfig {
  const found = connections.get(name);
  if (found !== undefined) return found;
  const known = [...connections.keys()];
  throw configError(
    `no connection named "${name}"; ${known.length ? `configured: ${known.join(", ")}` : `none configured: create ${DEFAULT_CONFIG_FILE} or set ${envPrefix(name)}_VENDOR`}`,
  );
}
