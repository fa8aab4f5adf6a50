import { describe, expect, it } from '@jest/globals';
import { type DataSource } from 'typeorm';
import { BACKTEST_LIMITS } from './backtest-limits.js';
import { RunSlots } from '../common/run-slots.js';
import { BacktestService } from './backtest.service.js';

/** A database that holds endlessly many transactions (every page is full) and records every query. */
function endlessDatabase(options: { failPage?: number; onPage?: (page: number) => void } = {}) {
  const queries: string[] = [];
  let pages = 0;
  const page = (limit: number) =>
    Array.from({ length: limit }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(pages * 10_000 + i).padStart(12, '0')}`,
      created_at: '2026-11-20T10:00:00.000000Z',
      status: 'approved',
      labels: [],
      a0: 100,
    }));
  const runner = {
    isTransactionActive: false,
    connect: async () => undefined,
    startTransaction: async () => {
      runner.isTransactionActive = true;
    },
    commitTransaction: async () => {
      runner.isTransactionActive = false;
    },
    rollbackTransaction: async () => {
      runner.isTransactionActive = false;
    },
    release: async () => undefined,
    query: async (text: string) => {
      queries.push(text);
      const limit = /LIMIT (\d+)/.exec(text)?.[1];
      if (!limit) return [];
      pages += 1;
      options.onPage?.(pages);
      if (pages === options.failPage)
        throw Object.assign(new Error('canceled'), { driverError: { code: '57014' } });
      return page(Number(limit));
    },
  };
  const dataSource = {
    createQueryRunner: () => runner,
    query: async () => [], // lists
    getRepository: () => ({ findBy: async () => [] }),
  } as unknown as DataSource;
  return { dataSource, queries, pagesRead: () => pages };
}

const input = { expression: ':amount: > 50' };

describe('backtest bounds', () => {
  it('stops at the row limit and says the result covers only the newest transactions', async () => {
    const db = endlessDatabase();
    const service = new BacktestService(db.dataSource, new RunSlots());
    const result = await service.run(input, { userId: 'u1', signal: new AbortController().signal });
    expect(result).toMatchObject({
      total: BACKTEST_LIMITS.maxRows,
      matched: BACKTEST_LIMITS.maxRows,
      truncated: true,
    });
  });

  it('bounds every query with statement_timeout, and ends the scan at a page that runs over it', async () => {
    const db = endlessDatabase({ failPage: 3 });
    const service = new BacktestService(db.dataSource, new RunSlots());
    const result = await service.run(input, { userId: 'u1', signal: new AbortController().signal });
    expect(db.queries[0]).toBe(`SET LOCAL statement_timeout = ${BACKTEST_LIMITS.statementTimeoutMs}`);
    expect(result).toMatchObject({ total: 10_000, truncated: true });
  });

  it('stops reading when the client disconnects', async () => {
    const disconnected = new AbortController();
    const db = endlessDatabase({ onPage: (page) => page === 2 && disconnected.abort() });
    const service = new BacktestService(db.dataSource, new RunSlots());
    await expect(service.run(input, { userId: 'u1', signal: disconnected.signal })).rejects.toThrow(
      /client disconnected/,
    );
    expect(db.pagesRead()).toBe(2);
  });

  it('runs one backtest per user at a time', async () => {
    const db = endlessDatabase({ failPage: 2 });
    const slots = new RunSlots();
    const service = new BacktestService(db.dataSource, slots);
    const release = slots.take('backtest', 'u1'); // a backtest of u1 is running
    await expect(
      service.run(input, { userId: 'u1', signal: new AbortController().signal }),
    ).rejects.toMatchObject({
      status: 429,
    });
    await expect(
      service.run(input, { userId: 'u2', signal: new AbortController().signal }),
    ).resolves.toBeDefined();
    release?.();
    await expect(
      service.run(input, { userId: 'u1', signal: new AbortController().signal }),
    ).resolves.toBeDefined();
  });

  it('refuses a range longer than the limit', async () => {
    const service = new BacktestService(endlessDatabase().dataSource, new RunSlots());
    await expect(
      service.run(
        { ...input, from: new Date('2020-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') },
        { userId: 'u1', signal: new AbortController().signal },
      ),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/at most 731 days apart/) as unknown,
    });
  });
});
