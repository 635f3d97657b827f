import type { MockScenario } from "./scenario.ts";
import { startMockServer, type MockServer, type RecordedRequest, type Violation } from "./server.ts";
import type { MockState } from "./state/types.ts";
import { VENDORS, type Vendor } from "./vendors.ts";

/** Options of {@link startMockVendors}. */
export interface MockVendorsOptions<V extends Vendor> {
  /** Which vendors to start; default all of {@link VENDORS}. */
  readonly vendors?: readonly V[];
  /**
   * Responses to force, per vendor (see {@link MockScenario}), e.g.
   * `{ chatwoot: { getConversation: { status: 404 } } }`. Change it later with `useScenario`.
   */
  readonly scenario?: Partial<Readonly<Record<V, MockScenario>>>;
  /** Fixed ports per vendor; default free ones. */
  readonly ports?: Partial<Readonly<Record<V, number>>>;
  /** Whether to record requests; default true. */
  readonly recordRequests?: boolean;
}

/** A request one of the mocks received, with the vendor that received it. */
export interface VendorRequest extends RecordedRequest {
  readonly vendor: Vendor;
}

/** A spec violation one of the mocks saw, with its vendor. */
export interface VendorViolation extends Violation {
  readonly vendor: Vendor;
}

/** Thrown by {@link MockVendors.assertNoViolations}: every violation, one per line. */
export class MockViolationError extends Error {
  override readonly name = "MockViolationError";
  constructor(readonly violations: readonly VendorViolation[]) {
    super(
      `${violations.length} spec violation${violations.length === 1 ? "" : "s"} seen by the mock vendors:\n` +
        violations.map((v) => `  ${v.vendor} ${v.method} ${v.path} (${v.operationId ?? "no operation"}): ${v.where}: ${v.message}`).join("\n"),
    );
  }
}

/** Running mock vendors, from {@link startMockVendors}. */
export interface MockVendors<V extends Vendor> {
  /** Base URL per vendor, to pass as a client's `baseUrl` (`http://127.0.0.1:<port>` + the spec's base path). */
  readonly baseUrls: { readonly [K in V]: string };
  /** The underlying servers, per vendor. */
  readonly servers: { readonly [K in V]: MockServer };
  /**
   * The state behind each mock, e.g. `mocks.state.chatwoot.addMessage(42, { text: "Hi" })`: what
   * later requests read (see {@link MockState}).
   */
  readonly state: { readonly [K in V]: MockState };
  /** Every request received (of one vendor, or of all in arrival order per vendor), credentials redacted. */
  requests(vendor?: V): VendorRequest[];
  /** Every spec violation seen so far: invalid requests (answered 400) and spec examples that broke their schema. */
  violations(): VendorViolation[];
  /** Throws a {@link MockViolationError} listing every violation, if there is any. */
  assertNoViolations(): void;
  /** Replaces the scenario of the given vendors (a vendor not named goes back to the spec's selection). */
  useScenario(scenario: Partial<Readonly<Record<V, MockScenario>>>): void;
  /** Forgets requests and violations and puts every state back to the spec's examples (for a fresh start in `beforeEach`). */
  reset(): void;
  /** Stops every server. */
  close(): Promise<void>;
}

/**
 * Starts spec-driven mock servers on 127.0.0.1 for any subset of the vendors, for a user's own
 * tests: every request is validated against the vendor's OpenAPI spec (an invalid one is answered
 * 400 and recorded as a violation) and answered from the spec's examples, or as a
 * {@link MockScenario} forces.
 *
 * @example
 * ```ts
 * const mocks = await startMockVendors({ vendors: ["chatwoot"] });
 * const chatwoot = createChatwootClient({ baseUrl: mocks.baseUrls.chatwoot, apiAccessToken: "test" });
 * // ... exercise your code ...
 * mocks.assertNoViolations();
 * await mocks.close();
 * ```
 * @throws Error if a server cannot listen or the scenario names something the spec lacks (the
 *   servers already started are closed again).
 */
export async function startMockVendors<V extends Vendor = Vendor>(options: MockVendorsOptions<V> = {}): Promise<MockVendors<V>> {
  const vendors = options.vendors ?? (VENDORS as readonly Vendor[] as readonly V[]);
  const settled = await Promise.allSettled(
    vendors.map((vendor) =>
      startMockServer({
        vendor,
        port: options.ports?.[vendor] ?? 0,
        recordRequests: options.recordRequests ?? true,
        scenario: options.scenario?.[vendor] ?? {},
      }),
    ),
  );
  const started = settled.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const failure = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure !== undefined) {
    await Promise.all(started.map((s) => s.close()));
    throw failure.reason;
  }
  const servers = Object.fromEntries(vendors.map((v, i) => [v, started[i]])) as { [K in V]: MockServer };
  const baseUrls = Object.fromEntries(vendors.map((v) => [v, servers[v].baseUrl])) as { [K in V]: string };
  const violations = (): VendorViolation[] => vendors.flatMap((vendor) => servers[vendor].violations.map((v) => ({ ...v, vendor })));
  const state = Object.fromEntries(vendors.map((v) => [v, servers[v].state])) as { [K in V]: MockState };
  return {
    baseUrls,
    servers,
    state,
    requests: (only?: V) => (only === undefined ? vendors : [only]).flatMap((vendor) => servers[vendor].requests.map((r) => ({ ...r, vendor }))),
    violations,
    assertNoViolations() {
      const found = violations();
      if (found.length > 0) throw new MockViolationError(found);
    },
    useScenario(scenario) {
      for (const vendor of vendors) servers[vendor].useScenario(scenario[vendor] ?? {});
    },
    reset() {
      for (const vendor of vendors) servers[vendor].reset();
    },
    close: async () => {
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
