import { describe, expect, it } from '@jest/globals';
import { makeTransaction, nextVersion } from '../testing/transactions';
import { QueueStore } from './queue-store';

const held = (overrides = {}) => makeTransaction({ status: 'review', ...overrides });
const ids = (store: QueueStore) =>
  store
    .getItems()
    .map((tx) => tx.id)
    .sort();

describe('QueueStore', () => {
  it('shows what a page holds and counts the total', () => {
    const store = new QueueStore();
    const a = held();
    const b = held();
    store.applyPage([a, b], 7, store.beginFetch());
    expect(ids(store)).toEqual([a.id, b.id].sort());
    expect(store.total).toBe(7);
    expect(store.loaded).toBe(true);
  });

  it('adds newly held transactions and drops decided ones as live events arrive', () => {
    const store = new QueueStore();
    const a = held();
    store.applyPage([a], 1, store.beginFetch());
    const b = held();
    store.apply([b]);
    expect(ids(store)).toEqual([a.id, b.id].sort());
    store.apply([nextVersion(a, { status: 'approved' })]);
    expect(ids(store)).toEqual([b.id]);
    expect(store.total).toBe(1);
  });

  it('keeps the latest state of a row (claims) and ignores older deliveries', () => {
    const store = new QueueStore();
    const a = held();
    store.applyPage([a], 1, store.beginFetch());
    const claimed = nextVersion(a, { claimedBy: 'u2' });
    store.apply([claimed]);
    store.apply([a]);
    expect(store.getItems()[0].claimedBy).toBe('u2');
  });

  it('does not bring back a decided transaction from a page requested before the decision', () => {
    const store = new QueueStore();
    const a = held();
    store.applyPage([a], 1, store.beginFetch());
    const token = store.beginFetch();
    store.apply([nextVersion(a, { status: 'blocked' })]);
    store.applyPage([a], 1, token);
    expect(ids(store)).toEqual([]);
  });

  it('keeps a transaction held after the page was requested', () => {
    const store = new QueueStore();
    const token = store.beginFetch();
    const late = held();
    store.apply([late]);
    store.applyPage([], 0, token);
    expect(ids(store)).toEqual([late.id]);
  });

  it('lets a newer page drop what is no longer held', () => {
    const store = new QueueStore();
    const a = held();
    store.apply([a]);
    store.applyPage([], 0, store.beginFetch());
    expect(ids(store)).toEqual([]);
  });

  it('ignores transactions that were never held', () => {
    const store = new QueueStore();
    store.applyPage([], 0, store.beginFetch());
    const before = store.getItems();
    store.apply([makeTransaction({ status: 'approved' })]);
    expect(store.getItems()).toBe(before);
  });
});

describe('QueueStore memory', () => {
  it('forgets approvals it never showed once no page is on its way', () => {
    const store = new QueueStore();
    store.applyPage([], 0, store.beginFetch());
    const approved = makeTransaction({ status: 'approved' });
    store.apply([approved]);
    // Had it been remembered, this older held state would be refused; it is a fresh hold instead.
    store.apply([{ ...approved, status: 'review', version: approved.version - 1 }]);
    expect(store.getItems()).toHaveLength(1);
  });
});
