import { describe, expect, it } from '@jest/globals';
import { makeTransaction } from '../testing/transactions';
import { isTransactionJson, toTransactionList } from './transaction-guards';

describe('live payloads', () => {
  it('accepts one transaction or a batch', () => {
    const a = makeTransaction();
    const b = makeTransaction();
    expect(toTransactionList(a)).toEqual([a]);
    expect(toTransactionList([a, b])).toEqual([a, b]);
  });

  it('drops malformed entries instead of failing the batch', () => {
    const good = makeTransaction();
    expect(toTransactionList([good, null, 42, { id: 'x' }, { ...good, customer: null }])).toEqual([good]);
    expect(toTransactionList(undefined)).toEqual([]);
    expect(isTransactionJson('tx')).toBe(false);
  });
});
