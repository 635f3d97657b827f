/**
 * Between example selection and the response: lets the vendor's state answer an operation it
 * models. The spec's error examples chosen by `x-mock-match` (a `404` for the id `missing`, a
 * `429` by header) and forced scenarios still win; an id the state does not hold gets the
 * operation's `404` example.
 */
import type { OpenApiDocument } from "../openapi.ts";
import type { RouteOperation } from "../router.ts";
import { responseCandidates, type SelectedResponse } from "../select-example.ts";
import type { StateRequest, VendorState } from "./vendor-state.ts";

/** What to answer with: a response of the spec (an example), or a body the state built for one of its responses. */
export type StateOutcome =
  | { readonly kind: "example"; readonly selected: SelectedResponse }
  | { readonly kind: "state"; readonly selected: SelectedResponse; readonly body: unknown };

/**
 * @param matched - the example `x-mock-match` selection picked (or `undefined`).
 * @returns `undefined` when the state leaves the request to the examples.
 */
export function stateOutcome(
  doc: OpenApiDocument,
  operation: RouteOperation,
  state: VendorState,
  request: StateRequest,
  matched: SelectedResponse | undefined,
): StateOutcome | undefined {
  if (matched !== undefined && (matched.response.status < 200 || matched.response.status >= 300)) return undefined;
  const answer = state.answer(request);
  if (answer === undefined) return undefined;
  const responses = responseCandidates(doc, operation);
  if (answer === "not-found") {
    const response = responses.find((r) => r.status === 404);
    return response === undefined ? undefined : { kind: "example", selected: { response, example: response.examples.find((e) => e.match === undefined) ?? response.examples[0] } };
  }
  const response = responses.find((r) => r.status === answer.status);
  if (response === undefined) return undefined;
  return { kind: "state", selected: { response, example: response.examples[0] }, body: answer.body };
}
