/**
 * Account webhooks of a Chatwoot mock: URLs registered by a test (or over `/__mock/webhooks`) get a
 * signed delivery of each change the state makes, as Chatwoot would send it.
 */
import { sendChatwootWebhook } from "./sign.ts";

/** A registered receiver. */
export interface MockWebhookSubscription {
  readonly url: string;
  /** Signs deliveries when given. */
  readonly secret?: string;
  /** The events to send (e.g. `["message_created"]`); default all. */
  readonly events?: readonly string[];
}

/** One attempted delivery. */
export interface MockWebhookDelivery {
  readonly url: string;
  readonly event: string;
  readonly deliveryId: string;
  /** The receiver's status, or `null` when the request failed (`error` says why). */
  readonly status: number | null;
  readonly error?: string;
}

/** The account webhooks of one mock. */
export interface MockWebhooks {
  /** Sends the events of later changes to `url` (replacing an earlier registration of the same URL). */
  register(url: string, options?: Omit<MockWebhookSubscription, "url">): void;
  /** Forgets every registration and the deliveries recorded so far. */
  clear(): void;
  readonly subscriptions: readonly MockWebhookSubscription[];
  /** Every delivery attempted so far, in order. */
  readonly deliveries: readonly MockWebhookDelivery[];
  /** Resolves when every delivery started so far has been answered or has failed. */
  flush(): Promise<void>;
}

/** The registry behind {@link MockWebhooks}, plus `emit` for the state. */
export interface WebhookRegistry extends MockWebhooks {
  emit(event: string, payload: Readonly<Record<string, unknown>>): void;
}

/** Creates an empty registry. Deliveries are sent one receiver at a time, in the order of the changes. */
export function createWebhookRegistry(): WebhookRegistry {
  const subscriptions: MockWebhookSubscription[] = [];
  const deliveries: MockWebhookDelivery[] = [];
  let queue: Promise<void> = Promise.resolve();

  async function deliver(subscription: MockWebhookSubscription, event: string, payload: Readonly<Record<string, unknown>>): Promise<void> {
    const deliveryId = globalThis.crypto.randomUUID();
    try {
      const response = await sendChatwootWebhook(subscription.url, event, payload, { deliveryId, ...(subscription.secret === undefined ? {} : { secret: subscription.secret }) });
      await response.arrayBuffer();
      deliveries.push({ url: subscription.url, event, deliveryId, status: response.status });
    } catch (error) {
      deliveries.push({ url: subscription.url, event, deliveryId, status: null, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    register(url, options = {}) {
      const at = subscriptions.findIndex((s) => s.url === url);
      if (at >= 0) subscriptions.splice(at, 1);
      subscriptions.push({ url, ...options });
    },
    clear() {
      subscriptions.length = 0;
      deliveries.length = 0;
    },
    subscriptions,
    deliveries,
    emit(event, payload) {
      for (const subscription of subscriptions) {
        if (subscription.events !== undefined && !subscription.events.includes(event)) continue;
        queue = queue.then(() => deliver(subscription, event, payload));
      }
    },
    flush: () => queue,
  };
}
