/**
 * The state of one mock server: the vendor's state module (seeded from the spec's examples), the
 * scenario API on top of it ({@link MockState}) and the webhooks its changes emit.
 */
import type { OpenApiDocument } from "../openapi.ts";
import type { RouteOperation } from "../router.ts";
import { responseCandidates } from "../select-example.ts";
import type { WebhookRegistry } from "../webhooks/registry.ts";
import { chatwootState } from "./chatwoot.ts";
import { fiveChatState } from "./five-chat.ts";
import { livechataiState } from "./livechatai.ts";
import { MockStateError, type MockSender, type MockState, type MockStatus } from "./types.ts";
import type { StateContext, VendorState, VendorStateFactory } from "./vendor-state.ts";

/** The vendors whose mocks keep state. A custom spec (or another name) answers from examples only. */
const FACTORIES: Readonly<Record<string, VendorStateFactory>> = {
  "5chat": fiveChatState,
  livechatai: livechataiState,
  chatwoot: chatwootState,
};

const STATUSES: readonly MockStatus[] = ["open", "resolved", "pending", "snoozed"];
const SENDERS: readonly MockSender[] = ["contact", "agent", "bot"];

function checkSender(vendor: string, from: unknown): void {
  if (from !== undefined && !SENDERS.includes(from as MockSender)) throw new MockStateError(`${vendor} mock: unknown sender ${JSON.stringify(from)} (${SENDERS.join(", ")})`);
}

/** A mock's state: what the server asks, and what users change. */
export interface ServerState extends MockState {
  /** The current vendor state (replaced on reset). */
  current(): VendorState;
}

/**
 * Creates the state of a vendor's mock, or `undefined` when the vendor has no state module.
 * @param emitWebhooks - whether changes emit account webhooks (Chatwoot's registry), or undefined.
 */
export function createServerState(vendor: string, doc: OpenApiDocument, operations: readonly RouteOperation[], webhooks: WebhookRegistry | undefined): ServerState | undefined {
  const factory = FACTORIES[vendor];
  if (factory === undefined) return undefined;
  const context: StateContext = {
    examples(operationId) {
      const operation = operations.find((o) => o.operationId === operationId);
      if (operation === undefined) return [];
      return responseCandidates(doc, operation)
        .filter((r) => r.status >= 200 && r.status < 300)
        .flatMap((r) => r.examples.map((e) => structuredClone(e.value)));
    },
    emit: (event, payload) => webhooks?.emit(event, payload),
    now: () => Date.now(),
  };
  let state = factory(context);
  const idOf = (id: string | number): string => String(id);
  const unknown = (id: string | number): MockStateError => new MockStateError(`${vendor} mock: no conversation ${JSON.stringify(id)} (known: ${state.conversations().map((c) => c.id).join(", ")})`);
  const settled = async <T>(value: T): Promise<T> => {
    await webhooks?.flush();
    return value;
  };
  return {
    current: () => state,
    async addMessage(conversationId, message) {
      if (typeof message.text !== "string") throw new MockStateError(`${vendor} mock: addMessage needs a text`);
      checkSender(vendor, message.from);
      const added = state.addMessage(idOf(conversationId), message);
      if (added === undefined) throw unknown(conversationId);
      return settled(added);
    },
    async setStatus(conversationId, status, options = {}) {
      if (!STATUSES.includes(status)) throw new MockStateError(`${vendor} mock: unknown status ${JSON.stringify(status)} (${STATUSES.join(", ")})`);
      checkSender(vendor, options.by);
      const changed = state.setStatus(idOf(conversationId), status, options.by);
      if (changed === undefined) throw unknown(conversationId);
      return settled(changed);
    },
    async createConversation(input = {}) {
      checkSender(vendor, input.from);
      if (input.status !== undefined && !STATUSES.includes(input.status)) throw new MockStateError(`${vendor} mock: unknown status ${JSON.stringify(input.status)} (${STATUSES.join(", ")})`);
      return settled(state.createConversation(input));
    },
    conversations: () => state.conversations(),
    reset() {
      state = factory(context);
    },
  };
}

/** The state of a mock without a state module: every change throws. */
export function statelessMock(vendor: string): MockState {
  const refuse = (): Promise<never> => Promise.reject(new MockStateError(`the ${vendor} mock keeps no state (only the vendors' own specs do)`));
  return { addMessage: refuse, setStatus: refuse, createConversation: refuse, conversations: () => [], reset: () => undefined };
}
