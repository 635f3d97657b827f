/**
 * The public types of a mock server: what it records (requests, violations), what it is (the
 * {@link MockServer} handle) and how it starts ({@link MockServerOptions}).
 */
import type { OpenApiDocument } from "./openapi.ts";
import type { MockScenario } from "./scenario.ts";
import type { MockState } from "./state/types.ts";
import type { Vendor } from "./vendors.ts";
import type { MockWebhooks } from "./webhooks/registry.ts";

/** Where a request or response broke the spec. */
export type ViolationLocation = "path" | "query" | "header" | "cookie" | "body" | "response" | "route";

/** One way a request (or the mock's own answer) broke the spec. */
export interface Violation {
  /** The matched operation; `null` for requests that matched no operation. */
  readonly operationId: string | null;
  readonly method: string;
  /** The request path as received (still percent-encoded). */
  readonly path: string;
  readonly where: ViolationLocation;
  /** The ajv message, prefixed with the location, e.g. `query/page must be integer`. */
  readonly message: string;
}

/** A request as the mock received it. */
export interface RecordedRequest {
  readonly method: string;
  /** The request path as received (still percent-encoded), without the query string. */
  readonly path: string;
  /** The matched operation; `null` if none matched. */
  readonly operationId: string | null;
  /** Query parameters; repeated ones as arrays; credential parameters redacted. */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** Headers, names lower-cased; credential headers' values are `"[redacted]"`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON for JSON content types, the fields of a valid multipart body (files as their names), else the text; `undefined` when empty. */
  readonly body: unknown;
  /** The status the mock answered with. */
  readonly status: number;
}

/** A running mock server for one vendor spec. */
export interface MockServer {
  /** The vendor name (or the name given with a custom spec). */
  readonly vendor: string;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** `origin` + the pathname of the spec's first server URL (no trailing slash), e.g. `.../api/v2`. */
  readonly baseUrl: string;
  /**
   * Every request received since start or the last {@link MockServer.reset}, in order (preflights
   * excluded; empty when started with `recordRequests: false`).
   */
  readonly requests: RecordedRequest[];
  /** Every violation recorded since start or the last {@link MockServer.reset}. */
  readonly violations: Violation[];
  /** The operationIds that some request was routed to (whatever the response). */
  coveredOperations(): Set<string>;
  /**
   * Forces responses from now on (see {@link MockScenario}); call with no argument to go back to
   * the spec's `x-mock-match` selection.
   * @throws Error if the scenario names an operation or a response the spec does not declare.
   */
  useScenario(scenario?: MockScenario): void;
  /**
   * The conversations behind the mock, for tests and users: changes made here (a new customer
   * message, a status change, a new conversation) are what later requests read. Also reachable
   * over HTTP under `/__mock/` (see the README). A mock of a custom spec keeps no state: its
   * methods throw `MockStateError`.
   */
  readonly state: MockState;
  /** Account webhooks: receivers registered here get a signed delivery of each change (Chatwoot). */
  readonly webhooks: MockWebhooks;
  /** Forgets recorded requests, violations and coverage, and puts the state back to the spec's examples (not the scenario, not the webhooks). */
  reset(): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Options for {@link startMockServer}. */
export type MockServerOptions = {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string;
  /** Whether to keep {@link MockServer.requests}; default true. Benchmarks turn it off to keep memory flat. */
  readonly recordRequests?: boolean;
  /** Responses to force instead of the spec's `x-mock-match` selection (see {@link MockScenario}). */
  readonly scenario?: MockScenario;
} & (
  | {
      readonly vendor: Vendor;
      /** The document (or a path to it); default `specs/<vendor>.yaml`. */
      readonly spec?: OpenApiDocument | string;
    }
  | { readonly vendor: string; readonly spec: OpenApiDocument | string }
);
