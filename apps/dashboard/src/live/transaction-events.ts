import type { TransactionJson } from '@vigil/contracts';

/** What the live channel tells the pages besides the feed: transactions, and "you may have missed some". */
export type TransactionEvent =
  { kind: 'transactions'; items: readonly TransactionJson[] } | { kind: 'reconnected' };

export type TransactionEventListener = (event: TransactionEvent) => void;

/**
 * Fan-out of live transaction events to whatever page needs them (review queue, detail). Listeners get the
 * socket's batches as they come and must stay cheap: buffer, then apply on their own schedule.
 */
export class TransactionEvents {
  readonly #listeners = new Set<TransactionEventListener>();

  subscribe(listener: TransactionEventListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  publish(event: TransactionEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        // One page's bug must not stop the others (nor the feed) from updating.
        console.error('Vigil: live listener failed', error);
      }
    }
  }
}
