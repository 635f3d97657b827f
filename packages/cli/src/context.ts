/**
 * What every command gets: the global options, the environment, the run's abort signal (SIGINT /
 * SIGTERM), and helpers to resolve a connection with its credential. `--verbose` lines go to stderr
 * with credentials redacted.
 */
import { configPath, connectionNamed, loadConnections, type ConnectionConfig } from "./config.js";
import { connect, TRANSPORT, type Sdk } from "./connect.js";
import { usageError } from "./exit-codes.js";
import { readCredential } from "./credentials.js";
import { describeSecret, redactKnown } from "./secrets.js";

/** Global options. */
export interface GlobalOptions {
  readonly config?: string;
  readonly verbose?: boolean;
  /** Retries per request (429, 5xx, connection failures). */
  readonly retries?: string;
}

/** A command's context. */
export interface CommandContext {
  readonly options: GlobalOptions;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly signal: AbortSignal;
  readonly now: () => number;
  /** A `--verbose` line (redacted) on stderr. */
  debug(line: string): void;
  /** Every configured connection. */
  connections(): Map<string, ConnectionConfig>;
  /** The connection `name` and its facade (reads the credential: env or prompt). */
  open(name: string): Promise<{ connection: ConnectionConfig; sdk: Sdk }>;
  /** Open an already resolved connection. */
  openConnection(connection: ConnectionConfig): Promise<Sdk>;
}

/** Build the context of one run. */
export function commandContext(options: GlobalOptions, signal: AbortSignal): CommandContext {
  const env = process.env;
  const cwd = process.cwd();
  const retries = options.retries === undefined ? TRANSPORT.maxRetries : Number(options.retries);
  if (!Number.isInteger(retries) || retries < 0 || retries > 20) throw usageError(`--retries must be an integer from 0 to 20, got "${options.retries ?? ""}"`);
  const debug = (line: string) => {
    if (options.verbose === true) process.stderr.write(`${redactKnown(`[verbose] ${line}`)}\n`);
  };
  const connections = () => {
    const path = configPath(options.config, env, cwd);
    debug(`config file: ${path ?? "none"}`);
    return loadConnections(path, env);
  };
  const openConnection = async (connection: ConnectionConfig) => {
    const credential = await readCredential(connection, env);
    debug(
      `connection ${connection.name}: vendor ${connection.vendor}, base URL ${connection.baseUrl ?? "(vendor default)"}${connection.accountId === undefined ? "" : `, account ${connection.accountId}`}${
        connection.agentId === undefined ? "" : `, agent ${connection.agentId}`
      }, credential ${describeSecret(credential.source, credential.value)}`,
    );
    return connect(connection, credential, retries);
  };
  return {
    options,
    env,
    cwd,
    signal,
    now: () => performance.now(),
    debug,
    connections,
    openConnection,
    async open(name) {
      const connection = connectionNamed(connections(), name);
      return { connection, sdk: await openConnection(connection) };
    },
  };
}
