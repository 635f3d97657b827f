/**
 * Contract tests that do not depend on test order. Every test of the file starts from the spec's
 * examples (the mock is reset before each) and checks that it sent no request that breaks the
 * spec. Each contract test names the operations it exercises (`contract.it(name, operations, fn)`)
 * and, when it runs, checks that the mock saw exactly those operations. The names are collected
 * when the file is loaded, before any test runs, so the coverage test (`contract.declared()`
 * against the spec) gives the same answer first, last, alone (`vitest run -t`) or shuffled.
 * "Every operation is exercised" = every operation is declared by some test (checked by one test)
 * + each test exercises what it declares (checked by that test).
 *
 * `@org/mock-server/vitest`: it registers vitest hooks, so it has its own entry point and vitest is
 * an optional peer dependency; the main entry never loads it.
 *
 * @example
 * ```ts
 * import { contractCoverage } from "@org/mock-server/vitest";
 * const contract = contractCoverage(() => mock);
 * contract.it("lists conversations", ["listConversations"], async () => { … });
 * ```
 */
import type { MockServer } from "./server.ts";
import { afterEach, beforeEach, expect, it } from "vitest";

/** A file's ledger of which test exercises which operations. */
export interface ContractCoverage {
  /** `it(name, fn)` for a test that sends requests for exactly `operations` (operationIds) to the mock. */
  it(name: string, operations: readonly string[], fn: () => Promise<void>): void;
  /** Every operation some test of the file declares, sorted; complete as soon as the file is loaded. */
  declared(): string[];
}

/**
 * Registers, for every test of the calling file, a reset of the mock before it and a check after
 * it that it sent no request the spec refuses, and returns the file's ledger. Call it once at the
 * top level of a test file.
 *
 * @param mock - The file's mock server (a getter: it is started in `beforeAll`).
 */
export function contractCoverage(mock: () => MockServer): ContractCoverage {
  const declared = new Set<string>();
  beforeEach(() => {
    mock().reset();
  });
  afterEach(() => {
    expect(mock().violations, "requests that break the spec").toEqual([]);
  });
  return {
    it(name, operations, fn) {
      for (const operation of operations) declared.add(operation);
      it(name, async () => {
        await fn();
        const sent = new Set(mock().requests.map((r) => r.operationId ?? `(no operation) ${r.method} ${r.path}`));
        expect([...sent].sort(), "the operations this test declares it exercises").toEqual([...new Set(operations)].sort());
      });
    },
    declared: () => [...declared].sort(),
  };
}
