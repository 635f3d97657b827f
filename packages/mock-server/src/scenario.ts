import type { OpenApiDocument } from "./openapi.ts";
import type { RouteOperation } from "./router.ts";
import { responseCandidates, type SelectedResponse } from "./select-example.ts";

/**
 * A response to force for an operation instead of the one `x-mock-match` would pick: the first
 * example of the response with this `status`, the example named `example` (under any response),
 * or the example of that name under that status. Both refer to what the spec declares.
 */
export interface ForcedResponse {
  readonly status?: number;
  readonly example?: string;
}

/**
 * Forced responses keyed by operationId, e.g. `{ getConversation: { status: 404 } }`. The key
 * `"*"` applies to every operation that declares such a response (the others answer as usual),
 * e.g. `{ "*": { status: 401 } }`. Requests are still validated first: an invalid request gets its
 * 400 with the violation, whatever the scenario says.
 */
export type MockScenario = Readonly<Record<string, ForcedResponse>>;

/** The response a forced pick names for one operation, or `undefined` if the spec has none. */
export function forcedResponse(doc: OpenApiDocument, operation: RouteOperation, pick: ForcedResponse): SelectedResponse | undefined {
  for (const response of responseCandidates(doc, operation)) {
    if (pick.status !== undefined && response.status !== pick.status) continue;
    if (pick.example === undefined) return { response, example: response.examples[0] };
    const example = response.examples.find((e) => e.name === pick.example);
    if (example !== undefined) return { response, example };
  }
  return undefined;
}

const describe = (pick: ForcedResponse): string =>
  [pick.status === undefined ? "" : `status ${pick.status}`, pick.example === undefined ? "" : `example "${pick.example}"`].filter(Boolean).join(" and ") || "(empty)";

/**
 * Checks a scenario against the operations of a spec, so that a typo fails where the scenario is
 * set rather than as a surprising answer later.
 * @throws Error naming the vendor, the operationId and what is missing.
 */
export function checkScenario(vendor: string, doc: OpenApiDocument, operations: readonly RouteOperation[], scenario: MockScenario): void {
  for (const [operationId, pick] of Object.entries(scenario)) {
    if (pick.status === undefined && pick.example === undefined) throw new Error(`${vendor} mock scenario: ${operationId}: give a status, an example name, or both`);
    if (operationId === "*") {
      if (!operations.some((op) => forcedResponse(doc, op, pick) !== undefined)) {
        throw new Error(`${vendor} mock scenario: no operation declares a response with ${describe(pick)}`);
      }
      continue;
    }
    const operation = operations.find((op) => op.operationId === operationId);
    if (operation === undefined) throw new Error(`${vendor} mock scenario: the spec has no operation "${operationId}"`);
    if (forcedResponse(doc, operation, pick) === undefined) {
      const declared = responseCandidates(doc, operation)
        .map((r) => `${r.key} (${r.examples.map((e) => e.name).join(", ") || "no examples"})`)
        .join("; ");
      throw new Error(`${vendor} mock scenario: ${operationId} declares no response with ${describe(pick)}; it declares ${declared}`);
    }
  }
}
