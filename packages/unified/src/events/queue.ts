/**
 * The hand-over between producers (one poller per connection, webhook pushes) and the one
 * consumer: each item is yielded in turn and its `taken` promise settles only when the consumer
 * asks for the next item — the commit point of at-least-once delivery.
 */

interface Item<E> {
  readonly event: E;
  readonly taken: (took: boolean) => void;
}

/** A queue whose `put` resolves `true` once the consumer moved past the item, `false` if the stream stopped first. */
export class HandOver<E> {
  private readonly items: Item<E>[] = [];
  private wake: (() => void) | undefined;
  private closed = false;

  /** Queue `event`; resolves when the consumer has taken it (`true`) or the stream stopped (`false`). */
  put(event: E): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    return new Promise((taken) => {
      this.items.push({ event, taken });
      this.notify();
    });
  }

  /** No more items: pending `put`s resolve `false`, the consumer's loop ends. */
  close(): void {
    this.closed = true;
    for (const item of this.items.splice(0)) item.taken(false);
    this.notify();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Yield items until closed. An item counts as taken when the consumer asks for the next one. */
  async *drain(): AsyncGenerator<E, void, undefined> {
    let current: Item<E> | undefined;
    try {
      for (;;) {
        const next = this.items.shift();
        if (next === undefined) {
          if (this.closed) return;
          await new Promise<void>((resolve) => {
            this.wake = resolve;
          });
          continue;
        }
        current = next;
        yield next.event;
        // The consumer came back for more: it has taken `current`.
        current.taken(true);
        current = undefined;
      }
    } finally {
      // `break`, a throw in the loop body, or a stop: the last event is not committed (it comes again).
      current?.taken(false);
      this.close();
    }
  }
}
