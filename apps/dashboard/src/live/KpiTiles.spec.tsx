/** @jest-environment jsdom */
import { LiveEvent, type LiveStatsJson, type Page, type TransactionJson } from '@vigil/contracts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { createQueryClient } from '../app/query-client';
import { installFakeApi, reply, type FakeApi } from '../testing/fake-api';
import { FakeSocket } from '../testing/fake-socket';
import { transactionAt } from '../testing/transactions';
import { KpiTiles } from './KpiTiles';
import { LiveProvider } from './LiveProvider';

const T0 = Date.UTC(2026, 10, 21, 10, 0, 0);
const FLUSH_MS = 150;

let api: FakeApi;

beforeEach(() => {
  jest.useFakeTimers({ now: T0 });
  api = installFakeApi();
  const empty: Page<TransactionJson> = { items: [], nextCursor: null, total: 0 };
  api.on('GET', '/api/transactions', () => reply(200, empty));
});

afterEach(() => {
  expect(api.unexpected).toEqual([]);
  api.restore();
  jest.useRealTimers();
});

async function elapse(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

function stats(count: number, patch: Partial<LiveStatsJson> = {}): LiveStatsJson {
  return {
    at: new Date(T0).toISOString(),
    windowSeconds: 60,
    totals: { count, amount: { EUR: count * 1000 }, flagged: 2, held: 2, blocked: 0, approved: count - 2 },
    eventsPerSecond: count / 60,
    pendingReview: 9,
    ...patch,
  };
}

async function mountTiles() {
  const socket = new FakeSocket();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <LiveProvider createSocket={() => socket.asLiveSocket()}>
        <KpiTiles />
      </LiveProvider>
    </QueryClientProvider>,
  );
  act(() => socket.fire('connect'));
  await elapse(0);
  return {
    fire: (event: string, payload: unknown) => act(() => socket.fire(event, payload)),
  };
}

const value = (id: string): string | null => screen.getByTestId(`kpi-${id}-value`).textContent;

describe('KPI tiles', () => {
  it('count the events seen until the server’s stats arrive, then show those, live', async () => {
    const { fire } = await mountTiles();
    fire(LiveEvent.TransactionCreated, [transactionAt(T0, { orderId: 'K-1' })]);
    await elapse(FLUSH_MS + 1000);
    expect(value('events')).toBe('1');

    // The server knows the whole minute, including what happened before this page opened.
    fire(LiveEvent.Stats, [stats(120)]);
    expect(value('events')).toBe('120');
    expect(value('held')).toBe('2');
    expect(screen.getByTestId('kpi-held').textContent).toContain('9 awaiting review');

    fire(LiveEvent.Stats, [stats(180)]);
    expect(value('events')).toBe('180');
  });

  it('fall back to the events seen when the socket drops', async () => {
    const { fire } = await mountTiles();
    fire(LiveEvent.Stats, [stats(120)]);
    expect(value('events')).toBe('120');
    fire('disconnect', 'transport close');
    expect(value('events')).toBe('0');
  });
});
