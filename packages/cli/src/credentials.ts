/**
 * A connection's credential: from its environment variable, else (on a terminal) a hidden prompt.
 * The value is registered with `secrets.ts` so nothing printed can contain it, and is never written.
 */
import password from "@inquirer/password";
import type { ConnectionConfig } from "./config.js";
import { configError } from "./exit-codes.js";
import { registerSecret } from "./secrets.js";

/** Where a credential came from, for `--verbose`. */
export interface Credential {
  readonly value: string;
  readonly source: string;
}

/** Read `connection`'s credential; prompt only when stdin and stderr are terminals. */
export async function readCredential(connection: ConnectionConfig, env: NodeJS.ProcessEnv): Promise<Credential> {
  const fromEnv = env[connection.credentialEnv];
  if (fromEnv !== undefined && fromEnv !== "") {
    registerSecret(fromEnv);
    return { value: fromEnv, source: connection.credentialEnv };
  }
  if (process.stdin.isTTY && process.stderr.isTTY) {
    const value = await password({ message: `${connection.name} (${connection.vendor}) credential (${connection.credentialEnv} is not set):`, mask: true }, { output: process.stderr });
    if (value === "") throw configError(`connection "${connection.name}": no credential given`);
    registerSecret(value);
    return { value, source: "prompt" };
  }
  throw configError(`connection "${connection.name}": set ${connection.credentialEnv} to its ${connection.vendor} credential (it is read only from the environment or a prompt)`);
}
