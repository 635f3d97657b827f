#!/usr/bin/env tsx
/**
 * Starts mock vendor servers until SIGINT/SIGTERM and prints one `vendor baseUrl` line per server.
 *
 *     npx org-mock-server   (in this repository: tsx packages/mock-server/src/cli.ts)
 *     org-mock-server [--vendor 5chat]... [--port-5chat 4010] [--port-livechatai N] [--port-chatwoot N]
 *
 * Without `--vendor`, starts all vendors. Ports default to free ones. Each mock keeps state, which
 * other processes change over HTTP under `<origin>/__mock/` (see the README); a hint goes to stderr.
 */
import { parseArgs } from "node:util";
import { startMockServers } from "./start-servers.ts";
import { isVendor, VENDORS, type Vendor } from "./vendors.ts";

function parsePort(vendor: Vendor, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port-${vendor}: not a port: ${value}`);
  return port;
}

async function main(): Promise<void> {
  const portOptions = Object.fromEntries(VENDORS.map((v) => [`port-${v}`, { type: "string" }])) as Record<
    `port-${Vendor}`,
    { type: "string" }
  >;
  const { values } = parseArgs({
    options: { vendor: { type: "string", multiple: true }, ...portOptions },
    strict: true,
  });
  const requested = values.vendor ?? [...VENDORS];
  const vendors: Vendor[] = [];
  for (const name of requested) {
    if (!isVendor(name)) throw new Error(`unknown vendor ${name}; expected one of ${VENDORS.join(", ")}`);
    vendors.push(name);
  }
  const ports: Partial<Record<Vendor, number>> = {};
  for (const vendor of VENDORS) {
    const port = parsePort(vendor, values[`port-${vendor}`]);
    if (port !== undefined) ports[vendor] = port;
  }
  const servers = await startMockServers(vendors, { ports });
  for (const vendor of vendors) process.stdout.write(`${vendor} ${servers[vendor].baseUrl}\n`);
  for (const vendor of vendors) process.stderr.write(`${vendor} scenario API: ${servers[vendor].origin}/__mock/ (GET state, POST conversations/{id}/messages {"text": "…"})
`);
  const stop = (): void => {
    servers.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
