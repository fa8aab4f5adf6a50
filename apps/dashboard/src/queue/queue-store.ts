import type { TransactionJson } from '@vigil/contracts';
import { supersedes } from '../transactions/transaction-time';

interface Entry {
  tx: TransactionJson;
  /** Change sequence when it was last set by a live event or decision (0 when it came from a page). */
  seq: number;
}

interface Gone {
  version: number;
  seq: number;
}

/**
 * The held transactions the queue shows, kept right under live events and refetches: a transaction joins
 * while its latest state is `review` and leaves as soon as a later state is not. A page that was requested
 * before some live change cannot undo it (each change carries a sequence number; a page only overrides what
 * happened before it was requested).
 */
export class QueueStore {
  readonly #entries = new Map<string, Entry>();
  /** Transactions that left the queue, so an older page or event cannot bring them back. */
  readonly #gone = new Map<string, Gone>();
  readonly #listeners = new Set<() => void>();
  #seq = 0;
  /** Pages requested and not yet applied: only while one is on its way can a departed row come back. */
  #inflight = 0;
  #items: readonly TransactionJson[] = [];
  #total: number | null = null;
  #loaded = false;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Held transactions, unsorted; a new array whenever anything changed. */
  readonly getItems = (): readonly TransactionJson[] => this.#items;

  get loaded(): boolean {
    return this.#loaded;
  }

  /** What the server counted as held at the last page (may exceed what one page holds). */
  get total(): number | null {
    return this.#total;
  }

  /** Marks the moment a page is requested; pass the token to `applyPage`. */
  beginFetch(): number {
    this.#inflight += 1;
    return this.#seq;
  }

  /** The page requested at `beginFetch` will not come (failed or cancelled). */
  abortFetch(): void {
    this.#inflight = Math.max(0, this.#inflight - 1);
  }

  /** A page of `GET /api/transactions?status=review`, authoritative for whatever did not change since `token`. */
  applyPage(items: readonly TransactionJson[], total: number, token: number): void {
    const next = new Map<string, Entry>();
    for (const tx of items) {
      if (tx.status !== 'review') continue;
      const gone = this.#gone.get(tx.id);
      if (gone && gone.seq > token && gone.version >= tx.version) continue;
      const local = this.#entries.get(tx.id);
      next.set(tx.id, local && supersedes(local.tx, tx) ? local : { tx, seq: 0 });
    }
    // Held after the page was requested: the page could not know about them yet.
    for (const [id, entry] of this.#entries) {
      if (!next.has(id) && entry.seq > token) next.set(id, entry);
    }
    this.#entries.clear();
    for (const [id, entry] of next) this.#entries.set(id, entry);
    this.#inflight = Math.max(0, this.#inflight - 1);
    for (const [id, gone] of this.#gone) if (gone.seq <= token || this.#inflight === 0) this.#gone.delete(id);
    this.#total = total;
    this.#loaded = true;
    this.#commit();
  }

  /** Live events, decisions and claims: each a later state of some transaction. */
  apply(batch: readonly TransactionJson[]): void {
    let changed = false;
    for (const tx of batch) changed = this.#applyOne(tx) || changed;
    if (changed) this.#commit();
  }

  #applyOne(tx: TransactionJson): boolean {
    const local = this.#entries.get(tx.id);
    if (local && !supersedes(tx, local.tx)) return false;
    const gone = this.#gone.get(tx.id);
    if (!local && gone && gone.version >= tx.version) return false;
    const seq = ++this.#seq;
    if (tx.status === 'review') {
      this.#entries.set(tx.id, { tx, seq });
      this.#gone.delete(tx.id);
      if (!local && this.#total !== null) this.#total += 1;
      return true;
    }
    // Remembered only while a page could still bring it back: at thousands of approvals a second the
    // queue must not keep every one of them.
    if (local || this.#inflight > 0) this.#gone.set(tx.id, { version: tx.version, seq });
    if (!local) return false;
    this.#entries.delete(tx.id);
    if (this.#total !== null) this.#total = Math.max(0, this.#total - 1);
    return true;
  }

  #commit(): void {
    this.#items = [...this.#entries.values()].map((entry) => entry.tx);
    for (const listener of this.#listeners) listener();
  }
}
