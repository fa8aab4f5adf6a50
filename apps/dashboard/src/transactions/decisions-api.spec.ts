import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../api/errors';
import { makeTransaction } from '../testing/transactions';
import { conflictCurrent, readBulkResults } from './decisions-api';

describe('conflictCurrent', () => {
  it('reads the current transaction from a 409 body', () => {
    const current = makeTransaction({ status: 'approved' });
    const error = new ApiError(409, 'Conflict', 'stale', null, {
      statusCode: 409,
      message: 'stale',
      current,
    });
    expect(conflictCurrent(error)).toEqual(current);
  });

  it('is null for other errors or a 409 without a usable current', () => {
    expect(
      conflictCurrent(new ApiError(400, 'Bad Request', 'x', null, { current: makeTransaction() })),
    ).toBeNull();
    expect(conflictCurrent(new ApiError(409, 'Conflict', 'x', null, { current: { id: 1 } }))).toBeNull();
    expect(conflictCurrent(new Error('409'))).toBeNull();
  });
});

describe('readBulkResults', () => {
  it('reads per-item outcomes: decided, stale (with the current state) and missing', () => {
    const approved = makeTransaction({ status: 'approved' });
    const current = makeTransaction({ status: 'blocked' });
    const results = readBulkResults(
      {
        results: [
          { id: approved.id, status: 200, transaction: approved },
          { id: current.id, status: 409, message: 'already decided', current },
          { id: 'gone', status: 404, message: 'not found' },
        ],
        decided: 1,
        conflicts: 1,
        notFound: 1,
      },
      [approved.id, current.id, 'gone'],
    );
    expect(results).toEqual([
      { id: approved.id, ok: true, transaction: approved, message: null, status: 200 },
      { id: current.id, ok: false, transaction: current, message: 'already decided', status: 409 },
      { id: 'gone', ok: false, transaction: null, message: 'not found', status: 404 },
    ]);
  });

  it('reports requested orders the answer did not mention, and skips malformed entries', () => {
    const results = readBulkResults({ results: [null, { status: 200 }] }, ['tx_a']);
    expect(results).toEqual([
      { id: 'tx_a', ok: false, transaction: null, message: 'No answer for this order', status: null },
    ]);
  });
});
