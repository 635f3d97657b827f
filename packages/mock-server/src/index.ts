/**
 * Spec-driven mock vendor servers: every request is validated against `specs/<vendor>.yaml` and
 * answered from the spec's own examples (selected by `x-mock-match`, see `specs/README.md`).
 * For tests, start with {@link startMockVendors}.
 * @packageDocumentation
 */
export {
  startMockVendors,
  MockViolationError,
  type MockVendors,
  type MockVendorsOptions,
  type VendorRequest,
  type VendorViolation,
} from "./test-kit.ts";
export {
  MockStateError,
  type MockConversationInfo,
  type MockConversationInput,
  type MockMessageInfo,
  type MockMessageInput,
  type MockSender,
  type MockState,
  type MockStatus,
  type MockStatusOptions,
} from "./state/types.ts";
export { CONTROL_PREFIX } from "./state/control-endpoint.ts";
export { sendChatwootWebhook, chatwootWebhookHeaders, type ChatwootWebhookSendOptions } from "./webhooks/sign.ts";
export type { MockWebhookDelivery, MockWebhooks, MockWebhookSubscription } from "./webhooks/registry.ts";
export { forcedResponse, checkScenario, type ForcedResponse, type MockScenario } from "./scenario.ts";
export { VENDORS, isVendor, type Vendor } from "./vendors.ts";
export { loadSpec, operationIds, specPath } from "./load-spec.ts";
export { SpecValidator, formatAjvError, type ParameterSchema } from "./validator.ts";
export { Router, type ResolvedParameter, type RouteOperation, type RouteResult } from "./router.ts";
export {
  matches,
  responseCandidates,
  selectExample,
  selectUnauthorized,
  type ExampleCandidate,
  type MatchableRequest,
  type ResponseCandidate,
  type SelectedResponse,
} from "./select-example.ts";
export { isAuthorized, credentialNames, type CredentialNames, type CredentialSource } from "./security.ts";
export { validateRequest, type RequestIssue, type RequestParts } from "./validate-request.ts";
export { collectExamples, type ExampleCase } from "./collect-examples.ts";
export { getAtPointer, joinPointer, resolveRef, splitPointer } from "./json-pointer.ts";
export { basePathOf } from "./base-path.ts";
export {
  startMockServer,
  type MockServer,
  type MockServerOptions,
  type RecordedRequest,
  type Violation,
  type ViolationLocation,
} from "./server.ts";
export { startMockServers, type MockServers } from "./start-servers.ts";
export type * from "./openapi.ts";
export { HTTP_METHODS } from "./openapi.ts";
