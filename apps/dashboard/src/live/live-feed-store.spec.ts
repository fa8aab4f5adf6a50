import type { TransactionJson } from '@vigil/contracts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { nextVersion, transactionAt } from '../testing/transactions';
import { LiveFeedStore, type LiveFeedStoreOptions } from './live-feed-store';

const T0 = Date.UTC(2026, 10, 21, 10, 0, 0);
const ids = (list: readonly TransactionJson[]): string[] => list.map((tx) => tx.id);
const page = (items: TransactionJson[], nextCursor: string | null = null) => ({
  items,
  nextCursor,
  total: items.length,
});

function setup(options: LiveFeedStoreOptions = {}) {
  const store = new LiveFeedStore({ flushIntervalMs: 150, ...options });
  let views = 0;
  let lastView = store.getView();
  store.subscribe(() => {
    if (store.getView() !== lastView) {
      views += 1;
      lastView = store.getView();
    }
  });
  return { store, viewChanges: () => views };
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(T0);
});

afterEach(() => {
  jest.useRealTimers();
});

describe('LiveFeedStore', () => {
  it('applies socket events in batches, not one update per event', () => {
    const { store, viewChanges } = setup();
    store.enqueue([transactionAt(T0 - 3000)]);
    store.enqueue([transactionAt(T0 - 2000), transactionAt(T0 - 1000)]);
    expect(store.getView().items).toHaveLength(0);
    jest.advanceTimersByTime(0);
    expect(store.getView().items).toHaveLength(3);
    expect(viewChanges()).toBe(1);

    // 1,000 events over one second: at most one update per flush interval.
    for (let i = 0; i < 1000; i++) {
      store.enqueue([transactionAt(T0 + i)]);
      jest.advanceTimersByTime(1);
    }
    jest.advanceTimersByTime(150);
    expect(store.getView().items).toHaveLength(1003);
    expect(viewChanges()).toBeLessThanOrEqual(1 + Math.ceil(1000 / 150) + 1);
  });

  it('shows the newest first and marks new arrivals as fresh', () => {
    const { store } = setup();
    const older = transactionAt(T0 - 1000);
    const newer = transactionAt(T0);
    store.enqueue([older]);
    jest.advanceTimersByTime(150);
    store.enqueue([newer]);
    jest.advanceTimersByTime(150);
    const view = store.getView();
    expect(ids(view.items)).toEqual([newer.id, older.id]);
    expect([...view.fresh]).toEqual([newer.id]);
  });

  it('does not highlight rows arriving in bulk', () => {
    const { store } = setup();
    store.enqueue(Array.from({ length: 26 }, (_, i) => transactionAt(T0 + i)));
    jest.advanceTimersByTime(0);
    expect(store.getView().fresh.size).toBe(0);
  });

  it('flushes at once when too much is waiting (background tabs run timers rarely)', () => {
    const { store } = setup({ maxPending: 10 });
    store.enqueue(Array.from({ length: 10 }, (_, i) => transactionAt(T0 + i)));
    expect(store.getView().items).toHaveLength(10);
  });

  it('while paused: holds new rows back, counts them, keeps visible rows up to date', () => {
    const { store } = setup();
    const shown = transactionAt(T0 - 1000, { status: 'review' });
    store.enqueue([shown]);
    jest.advanceTimersByTime(150);

    store.pause();
    const arrived = [transactionAt(T0), transactionAt(T0 + 1)];
    const decided = nextVersion(shown, { status: 'blocked' });
    store.enqueue([...arrived, decided]);
    jest.advanceTimersByTime(150);

    let view = store.getView();
    expect(view.paused).toBe(true);
    expect(ids(view.items)).toEqual([shown.id]);
    expect(view.items[0].status).toBe('blocked');
    expect(view.pending).toBe(2);

    store.resume();
    view = store.getView();
    expect(view.paused).toBe(false);
    expect(view.pending).toBe(0);
    expect(ids(view.items)).toEqual([arrived[1].id, arrived[0].id, shown.id]);
  });

  it('merges the api list after a reconnect without duplicates', () => {
    const { store } = setup();
    const a = transactionAt(T0 - 2000);
    const b = transactionAt(T0 - 1000);
    store.enqueue([a, b]);
    jest.advanceTimersByTime(150);

    const token = store.beginResync();
    const missed = transactionAt(T0 - 500);
    const bUpdated = nextVersion(b, { status: 'review' });
    expect(store.applySnapshot(page([missed, bUpdated, a], 'cursor'), token)).toBe(true);

    const view = store.getView();
    expect(ids(view.items)).toEqual([missed.id, b.id, a.id]);
    expect(view.items[1].status).toBe('review');
    expect(view.synced).toBe(true);
    expect(store.getWindow()).toBeDefined();
  });

  it('drops what came before a disconnect when the api list cannot reach back to it (no silent hole)', () => {
    const { store } = setup();
    const beforeDisconnect = [transactionAt(T0 - 60_000), transactionAt(T0 - 50_000)];
    store.enqueue(beforeDisconnect);
    jest.advanceTimersByTime(150);

    const token = store.beginResync();
    const liveAfterReconnect = transactionAt(T0 + 100);
    store.enqueue([liveAfterReconnect]);
    const latest = [transactionAt(T0), transactionAt(T0 - 1000)];
    store.applySnapshot(page(latest, 'more'), token);

    expect(ids(store.getView().items)).toEqual([liveAfterReconnect.id, latest[0].id, latest[1].id]);
  });

  it('keeps the older rows when the api list is complete', () => {
    const { store } = setup();
    const old = transactionAt(T0 - 60_000);
    store.enqueue([old]);
    jest.advanceTimersByTime(150);
    const token = store.beginResync();
    const latest = transactionAt(T0);
    store.applySnapshot(page([latest, old], null), token);
    expect(ids(store.getView().items)).toEqual([latest.id, old.id]);
  });

  it('ignores the answer of a superseded resync', () => {
    const { store } = setup();
    const first = store.beginResync();
    store.beginResync();
    expect(store.applySnapshot(page([transactionAt(T0)]), first)).toBe(false);
    store.failResync(first, 'boom');
    expect(store.getView()).toMatchObject({ items: [], synced: false, syncError: null });
  });

  it('reports a failed resync until the next one succeeds', () => {
    const { store } = setup();
    const token = store.beginResync();
    store.failResync(token, 'Request failed (500 Internal Server Error).');
    expect(store.getView().syncError).toMatch(/500/);
    const next = store.beginResync();
    store.applySnapshot(page([]), next);
    expect(store.getView().syncError).toBeNull();
  });

  it('counts each transaction once in the window, even when it comes back from the api or after eviction', () => {
    const { store } = setup({ cap: 2 });
    store.start();
    const txs = [
      transactionAt(T0 - 3000),
      transactionAt(T0 - 2000, { status: 'review' }),
      transactionAt(T0 - 1000),
    ];
    store.enqueue(txs);
    jest.advanceTimersByTime(150);

    const token = store.beginResync();
    store.applySnapshot(page([txs[2], txs[1]], 'c'), token);
    // txs[0] was evicted (cap 2); its update must not count it a second time.
    store.enqueue([nextVersion(txs[0])]);
    jest.advanceTimersByTime(1000);

    expect(store.getWindow()).toMatchObject({ count: 3, held: 1 });

    store.enqueue([nextVersion(txs[1], { status: 'approved' })]);
    jest.advanceTimersByTime(1000);
    expect(store.getWindow()).toMatchObject({ count: 3, held: 0 });
    store.stop();
  });

  it('ticks the window once a second and lets old seconds go', () => {
    const { store } = setup();
    store.start();
    store.enqueue([transactionAt(T0)]);
    jest.advanceTimersByTime(500);
    expect(store.getWindow().count).toBe(0); // not before the next tick
    jest.advanceTimersByTime(510);
    expect(store.getWindow().count).toBe(1);
    expect(store.getWindow().series.at(-1)).toEqual({ t: T0 / 1000, count: 1 });
    jest.advanceTimersByTime(60_000);
    expect(store.getWindow().count).toBe(0);
    store.stop();
  });

  it('reports connection status changes once', () => {
    const { store } = setup();
    const listener = jest.fn();
    store.subscribe(listener);
    store.setStatus('live');
    store.setStatus('live');
    expect(store.getStatus()).toBe('live');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
