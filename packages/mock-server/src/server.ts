import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basePathOf } from "./base-path.ts";
import { ALLOW_HEADERS, ALLOW_METHODS, headerRecord, MAX_BODY_BYTES, readBody, send } from "./http-io.ts";
import { loadSpec } from "./load-spec.ts";
import type { OpenApiDocument } from "./openapi.ts";
import { responseHeaders } from "./response-headers.ts";
import { Router } from "./router.ts";
import { checkScenario, forcedResponse, type MockScenario } from "./scenario.ts";
import { credentialNames, isAuthorized } from "./security.ts";
import { selectExample, selectUnauthorized, type SelectedResponse } from "./select-example.ts";
import { decodeBody, validateRequest } from "./validate-request.ts";
import { CONTROL_PREFIX, controlAnswer } from "./state/control-endpoint.ts";
import { createServerState, statelessMock } from "./state/mock-state.ts";
import { stateOutcome } from "./state/state-response.ts";
import type { MockServer, MockServerOptions, RecordedRequest, Violation, ViolationLocation } from "./server-types.ts";
import { SpecValidator } from "./validator.ts";
import { createWebhookRegistry } from "./webhooks/registry.ts";

export type { MockServer, MockServerOptions, RecordedRequest, Violation, ViolationLocation } from "./server-types.ts";

const REDACTED = "[redacted]";

/**
 * Starts a mock server for one vendor on 127.0.0.1. Each request is routed, checked for the
 * credentials its operation requires, validated against the spec, and answered from the spec's
 * examples (chosen by `x-mock-match`, see `specs/README.md`); the chosen example is validated
 * against its response schema too. Violations are recorded and, for requests, answered with 400.
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const { vendor, port = 0, host = "127.0.0.1", recordRequests = true } = options;
  const doc: OpenApiDocument =
    options.spec === undefined
      ? loadSpec(vendor)
      : typeof options.spec === "string"
        ? loadSpec(options.spec)
        : options.spec;
  const router = new Router(doc);
  const validator = new SpecValidator(doc);
  const secrets = credentialNames(doc);
  const basePath = basePathOf(doc);
  let scenario: MockScenario = {};
  const useScenario = (next: MockScenario = {}): void => {
    checkScenario(vendor, doc, router.operations, next);
    scenario = next;
  };
  useScenario(options.scenario);
  const webhooks = createWebhookRegistry();
  const state = createServerState(vendor, doc, router.operations, webhooks);
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const covered = new Set<string>();
  const responseChecks = new Map<string, string[]>();
  let counter = 0;

  function checkExample(selected: SelectedResponse): string[] {
    const example = selected.example;
    if (example?.schemaPointer === undefined) return [];
    let messages = responseChecks.get(example.pointer);
    if (messages === undefined) {
      try {
        messages = validator.validate(example.schemaPointer, example.value, `response ${selected.response.key} ${example.name}`);
      } catch (error) {
        messages = [`response ${selected.response.key} schema does not compile: ${(error as Error).message}`];
      }
      responseChecks.set(example.pointer, messages);
    }
    return messages;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    counter += 1;
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("access-control-expose-headers", "x-request-id, retry-after");
    res.setHeader("x-request-id", `mock-${counter}`);
    const method = (req.method ?? "GET").toUpperCase();
    const { body: rawBody, tooLarge } = await readBody(req);

    if (method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": ALLOW_METHODS,
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? ALLOW_HEADERS,
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }

    const url = new URL(req.url ?? "/", "http://mock.invalid");
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      const answer = await controlAnswer(method, url.pathname, rawBody.toString("utf8"), state, webhooks);
      send(res, answer.status, "application/json", answer.body);
      return;
    }
    const headers = headerRecord(req);
    const recordedHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) recordedHeaders[name] = secrets.headers.has(name) ? REDACTED : value;
    }
    const recordedQuery: Record<string, string | string[]> = {};
    for (const name of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(name).map((v) => (secrets.query.has(name) ? REDACTED : v));
      recordedQuery[name] = values.length === 1 ? (values[0] ?? "") : values;
    }
    let recordedBody = decodeBody(rawBody, headers["content-type"]).value;
    let operationId: string | null = null;
    const finish = (status: number, mediaType: string | undefined, value: unknown): void => {
      if (recordRequests) {
        requests.push({
          method,
          path: url.pathname,
          operationId,
          query: recordedQuery,
          headers: recordedHeaders,
          body: recordedBody,
          status,
        });
      }
      send(res, status, mediaType, value);
    };
    const violate = (where: ViolationLocation, message: string): Violation => {
      const violation = { operationId, method, path: url.pathname, where, message };
      violations.push(violation);
      return violation;
    };
    const fail = (status: number, issues: readonly { where: ViolationLocation; message: string }[]): void => {
      finish(status, "application/json", { mockViolations: issues.map((issue) => violate(issue.where, issue.message)) });
    };

    if (tooLarge) {
      fail(413, [{ where: "body", message: `body is larger than ${MAX_BODY_BYTES} bytes` }]);
      return;
    }
    const inBase = basePath === "" || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
    const relative = basePath === "" ? url.pathname : url.pathname.slice(basePath.length) || "/";
    const route = inBase ? router.match(method, relative) : ({ kind: "not-found" } as const);
    if (route.kind === "not-found") {
      fail(404, [{ where: "route", message: `no operation matches ${method} ${url.pathname}` }]);
      return;
    }
    if (route.kind === "method-not-allowed") {
      res.setHeader("allow", route.allowed.join(", "));
      fail(405, [{ where: "route", message: `${method} is not allowed on ${url.pathname} (allowed: ${route.allowed.join(", ")})` }]);
      return;
    }
    if (route.kind === "bad-encoding") {
      fail(400, [{ where: "path", message: route.message }]);
      return;
    }
    const operation = route.operation;
    operationId = operation.operationId;
    covered.add(operation.operationId);
    const matchable = { query: url.searchParams, pathParams: route.pathParams, headers };

    let selected: SelectedResponse | undefined;
    let status: number;
    if (!isAuthorized(doc, operation.security, matchable)) {
      selected = selectUnauthorized(doc, operation);
      status = 401;
      if (selected === undefined) {
        violate("response", "the operation requires credentials but declares no 401 response");
        finish(401, "application/json", { error: "unauthorized" });
        return;
      }
    } else {
      const { issues, body } = await validateRequest(doc, validator, operation, { ...matchable, body: rawBody });
      recordedBody = body;
      if (issues.length > 0) {
        fail(400, issues);
        return;
      }
      const specific = scenario[operation.operationId];
      const wildcard = scenario["*"];
      selected =
        (specific === undefined ? undefined : forcedResponse(doc, operation, specific)) ??
        (wildcard === undefined ? undefined : forcedResponse(doc, operation, wildcard));
      if (selected === undefined) {
        const matched = selectExample(doc, operation, { ...matchable, body });
        const request = { operationId: operation.operationId, pathParams: route.pathParams, query: url.searchParams, body };
        const outcome = state === undefined ? undefined : stateOutcome(doc, operation, state.current(), request, matched);
        if (outcome?.kind === "state") {
          const { response, example } = outcome.selected;
          if (example?.schemaPointer !== undefined) {
            for (const message of validator.validate(example.schemaPointer, outcome.body, `response ${response.key} (from the mock's state)`)) violate("response", message);
          }
          for (const [name, value] of responseHeaders(doc, outcome.selected)) res.setHeader(name, value);
          finish(response.status, example?.mediaType ?? "application/json", outcome.body);
          return;
        }
        selected = outcome?.selected ?? matched;
      }
      if (selected === undefined) {
        fail(500, [{ where: "response", message: "the operation has no 2xx response to answer with" }]);
        return;
      }
      status = selected.response.status;
    }

    for (const message of checkExample(selected)) violate("response", message);
    if (selected.example === undefined && Object.keys(selected.response.response.content ?? {}).length > 0) {
      violate("response", `response ${selected.response.key} has content but no example`);
    }
    for (const [name, value] of responseHeaders(doc, selected)) res.setHeader(name, value);
    finish(status, selected.example?.mediaType, selected.example?.value);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push({ operationId: null, method: req.method ?? "", path: req.url ?? "", where: "response", message: `mock server error: ${String(error)}` });
      if (!res.headersSent) send(res, 500, "application/json", { error: "mock server error" });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    vendor,
    origin,
    baseUrl: origin + basePath,
    requests,
    violations,
    coveredOperations: () => new Set(covered),
    useScenario,
    state: state ?? statelessMock(vendor),
    webhooks,
    reset() {
      requests.length = 0;
      violations.length = 0;
      covered.clear();
      state?.reset();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
        server.closeAllConnections();
      }),
  };
}
