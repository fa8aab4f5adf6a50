import type { LiveStatsJson, Page, TransactionJson } from '@vigil/contracts';
import { createdMs, supersedes } from '../transactions/transaction-time';
import { mergeTransactions, type MergeResult } from './merge';
import { WindowStats, type WindowSnapshot } from './window-stats';

export type ConnectionStatus = 'live' | 'connecting' | 'offline';

/** What the feed shows. A new object whenever anything in it changes. */
export interface FeedView {
  /** Newest first. While paused: the rows shown when pausing, kept up to date but none added. */
  items: readonly TransactionJson[];
  paused: boolean;
  /** New transactions held back while paused. */
  pending: number;
  /** Ids that appeared with the latest update (for a brief highlight). */
  fresh: ReadonlySet<string>;
  /** The api list has been loaded at least once. */
  synced: boolean;
  /** Why the latest resync failed, until the next one succeeds. */
  syncError: string | null;
}

export interface LiveFeedStoreOptions {
  /** Most transactions kept in memory. */
  cap?: number;
  /** Socket events are applied at most this often, never one render per event. */
  flushIntervalMs?: number;
  /** Width of the KPI and chart window. */
  windowSeconds?: number;
  /** Unapplied events that force an immediate flush (background tabs run timers rarely). */
  maxPending?: number;
  now?: () => number;
}

export const LIVE_FEED_CAP = 5_000;
/** Above this many new rows in one update the highlight would only flicker: skip it. */
const FRESH_HIGHLIGHT_MAX = 25;
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The live feed's state, outside React: socket events are buffered and merged in batches, KPI totals are kept
 * per second, and React reads snapshots through `useSyncExternalStore`.
 */
export class LiveFeedStore {
  readonly #cap: number;
  readonly #flushIntervalMs: number;
  readonly #maxPending: number;
  readonly #now: () => number;
  readonly #stats: WindowStats;
  readonly #listeners = new Set<() => void>();
  /** Transactions currently included in the window totals (so a later state can take their place). */
  readonly #counted = new WeakSet<TransactionJson>();

  #live: readonly TransactionJson[] = [];
  #incoming: TransactionJson[] = [];
  /** Anything created at or before this may have been seen and dropped: not counted again if it returns. */
  #horizonMs = Number.NEGATIVE_INFINITY;
  #view: FeedView = { items: [], paused: false, pending: 0, fresh: NO_IDS, synced: false, syncError: null };
  #window: WindowSnapshot;
  #status: ConnectionStatus = 'connecting';
  /** The server's latest `stats`, while the socket is live. */
  #serverStats: LiveStatsJson | null = null;
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  #tickTimer: ReturnType<typeof setTimeout> | undefined;
  #lastFlushAt = Number.NEGATIVE_INFINITY;
  #resyncToken = 0;
  #resyncFloorMs: number | null = null;

  constructor(options: LiveFeedStoreOptions = {}) {
    this.#cap = options.cap ?? LIVE_FEED_CAP;
    this.#flushIntervalMs = options.flushIntervalMs ?? 150;
    this.#maxPending = options.maxPending ?? 20_000;
    this.#now = options.now ?? Date.now;
    this.#stats = new WindowStats(options.windowSeconds ?? 60);
    this.#window = this.#stats.snapshot(this.#now());
  }

  // ---- React bindings (stable identities for useSyncExternalStore) ----

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
  readonly getView = (): FeedView => this.#view;
  readonly getWindow = (): WindowSnapshot => this.#window;
  readonly getStatus = (): ConnectionStatus => this.#status;
  readonly getServerStats = (): LiveStatsJson | null => this.#serverStats;

  // ---- lifecycle ----

  /** Starts the once-a-second window tick. Safe to call again after `stop`. */
  start(): void {
    if (this.#tickTimer !== undefined) return;
    this.#tick();
    if (this.#incoming.length > 0) this.#scheduleFlush();
  }

  stop(): void {
    clearTimeout(this.#tickTimer);
    clearTimeout(this.#flushTimer);
    this.#tickTimer = undefined;
    this.#flushTimer = undefined;
  }

  // ---- inputs ----

  setStatus(status: ConnectionStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    // Numbers from before a disconnect would only grow stale: the tiles fall back to the events seen.
    if (status !== 'live') this.#serverStats = null;
    this.#emit();
  }

  /** The server's `stats` event (about once a second). */
  setServerStats(stats: LiveStatsJson): void {
    this.#serverStats = stats;
    this.#emit();
  }

  /** Live events: buffered, applied by the next flush. */
  enqueue(batch: readonly TransactionJson[]): void {
    if (batch.length === 0) return;
    for (const tx of batch) this.#incoming.push(tx);
    if (this.#incoming.length >= this.#maxPending) this.flush();
    else this.#scheduleFlush();
  }

  /** Applies everything buffered now. */
  flush(): void {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    this.#lastFlushAt = this.#now();
    if (this.#incoming.length === 0) return;
    const batch = this.#incoming;
    this.#incoming = [];
    if (this.#apply(batch)) this.#emit();
  }

  /**
   * Called on every (re)connect, before fetching the api list: remembers the newest transaction known so far,
   * so `applySnapshot` can tell whether events were missed while disconnected. Returns a token for that call.
   */
  beginResync(): number {
    this.flush();
    this.#resyncFloorMs = this.#live.length > 0 ? createdMs(this.#live[0]) : null;
    return ++this.#resyncToken;
  }

  /**
   * Merges the api list fetched after a (re)connect. When it does not reach back to what was known before the
   * disconnect (more pages exist and its oldest item is newer), the older part is dropped so the list never
   * has a silent hole. Ignored (false) when a newer resync has begun since.
   */
  applySnapshot(page: Page<TransactionJson>, token: number): boolean {
    if (token !== this.#resyncToken) return false;
    this.flush();
    const floor = this.#resyncFloorMs;
    const oldest = page.items.reduce((min, tx) => Math.min(min, createdMs(tx)), Number.POSITIVE_INFINITY);
    const gap = floor !== null && page.nextCursor !== null && page.items.length > 0 && oldest > floor;
    const wasSynced = this.#view.synced;
    this.#apply(page.items, gap ? floor : null);
    // The first load is not news: no highlight for it.
    this.#view = {
      ...this.#view,
      synced: true,
      syncError: null,
      fresh: wasSynced ? this.#view.fresh : NO_IDS,
    };
    this.#emit();
    return true;
  }

  /** Records why the resync `token` failed (ignored when a newer one has begun). */
  failResync(token: number, message: string): void {
    if (token !== this.#resyncToken) return;
    this.#view = { ...this.#view, syncError: message };
    this.#emit();
  }

  pause(): void {
    if (this.#view.paused) return;
    this.flush();
    this.#view = { ...this.#view, paused: true, pending: 0, fresh: NO_IDS };
    this.#emit();
  }

  resume(): void {
    if (!this.#view.paused) return;
    this.flush();
    this.#view = { ...this.#view, items: this.#live, paused: false, pending: 0, fresh: NO_IDS };
    this.#emit();
  }

  // ---- internals ----

  #scheduleFlush(): void {
    if (this.#flushTimer !== undefined) return;
    const wait = Math.max(0, this.#lastFlushAt + this.#flushIntervalMs - this.#now());
    this.#flushTimer = setTimeout(() => {
      this.#flushTimer = undefined;
      this.flush();
    }, wait);
  }

  #tick(): void {
    const now = this.#now();
    this.#stats.prune(now);
    this.#window = this.#stats.snapshot(now);
    this.#emit();
    this.#tickTimer = setTimeout(() => this.#tick(), 1000 - (now % 1000) + 5);
  }

  /** Merges `batch` into the list, the window totals and the view; returns whether anything changed. */
  #apply(batch: readonly TransactionJson[], dropUpToMs: number | null = null): boolean {
    let base = this.#live;
    if (dropUpToMs !== null) {
      base = base.filter((tx) => createdMs(tx) > dropUpToMs);
      this.#horizonMs = Math.max(this.#horizonMs, dropUpToMs);
    }
    const result = mergeTransactions(base, batch, this.#cap);
    if (result.items === this.#live) return false;
    this.#count(result);
    this.#live = result.items;
    this.#view = this.#view.paused ? this.#pausedView(result) : this.#liveView(result);
    return true;
  }

  #count(result: MergeResult): void {
    const now = this.#now();
    for (const tx of result.added) {
      if (createdMs(tx) > this.#horizonMs && this.#stats.add(tx, now)) this.#counted.add(tx);
    }
    for (const { prev, next } of result.replaced) {
      if (!this.#counted.has(prev)) continue;
      this.#stats.remove(prev);
      if (this.#stats.add(next, now)) this.#counted.add(next);
    }
    for (const tx of result.evicted) this.#horizonMs = Math.max(this.#horizonMs, createdMs(tx));
  }

  #liveView(result: MergeResult): FeedView {
    const { added } = result;
    const fresh =
      added.length > 0 && added.length <= FRESH_HIGHLIGHT_MAX ? new Set(added.map((tx) => tx.id)) : NO_IDS;
    return { ...this.#view, items: this.#live, fresh };
  }

  /** While paused the rows stay put: only their contents follow updates, and new ones are counted. */
  #pausedView(result: MergeResult): FeedView {
    let items = this.#view.items;
    if (result.replaced.length > 0) {
      const latest = new Map(result.replaced.map(({ next }) => [next.id, next]));
      items = items.map((tx) => {
        const next = latest.get(tx.id);
        return next && supersedes(next, tx) ? next : tx;
      });
    }
    return { ...this.#view, items, pending: this.#view.pending + result.added.length };
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}
