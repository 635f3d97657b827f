import { startMockServer, type MockServer } from "./server.ts";
import { VENDORS, type Vendor } from "./vendors.ts";

/** Mock servers keyed by vendor, plus `close()` to stop them all. */
export type MockServers<V extends Vendor = Vendor> = { readonly [K in V]: MockServer } & {
  /** Stops every server. */
  close(): Promise<void>;
};

/**
 * Starts one mock server per vendor (each on a free port unless `ports` says otherwise).
 * If any fails to start, the others are closed and the error is rethrown.
 */
export async function startMockServers<V extends Vendor = Vendor>(
  vendors: readonly V[] = VENDORS as readonly Vendor[] as readonly V[],
  options: {
    readonly ports?: Partial<Readonly<Record<Vendor, number>>>;
    readonly host?: string;
    readonly recordRequests?: boolean;
  } = {},
): Promise<MockServers<V>> {
  const settled = await Promise.allSettled(
    vendors.map((vendor) => startMockServer({ vendor, port: options.ports?.[vendor] ?? 0, host: options.host, recordRequests: options.recordRequests })),
  );
  const started = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = settled.find((result) => result.status === "rejected");
  if (failure !== undefined) {
    await Promise.all(started.map((server) => server.close()));
    throw failure.reason;
  }
  const servers: Record<string, MockServer> = {};
  for (const server of started) servers[server.vendor] = server;
  return Object.assign(servers as { [K in V]: MockServer }, {
    close: async () => {
      await Promise.all(started.map((server) => server.close()));
    },
  });
}
