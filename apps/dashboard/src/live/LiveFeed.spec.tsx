/** @jest-environment jsdom */
import { LiveEvent, type Page, type TransactionJson } from '@vigil/contracts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../app/query-client';
import { installFakeApi, reply, type FakeApi } from '../testing/fake-api';
import { FakeSocket } from '../testing/fake-socket';
import { nextVersion, transactionAt } from '../testing/transactions';
import { FEED_ROW_HEIGHT } from './FeedRow';
import { LiveFeed } from './LiveFeed';
import { LiveProvider } from './LiveProvider';

const T0 = Date.UTC(2026, 10, 21, 10, 0, 0);
/** The feed store's batch interval (LiveFeedStore's default). */
const FLUSH_MS = 150;

let api: FakeApi;
let restoreViewport: () => void;

/**
 * TanStack Virtual renders only the rows that fit the scroll element, whose size it reads from `clientHeight`
 * (not `getBoundingClientRect`/`offsetHeight`; rows use the fixed estimate). jsdom has no layout: every size
 * is 0, so no row would render. Give the feed's scroller a viewport of `rows` rows, and nothing else a size.
 */
function stubFeedViewport(rows: number): () => void {
  const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  const inherited = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      if (this.classList.contains('feed-scroller')) return rows * FEED_ROW_HEIGHT;
      return inherited?.get?.call(this) ?? 0;
    },
  });
  return () => {
    if (own) Object.defineProperty(HTMLElement.prototype, 'clientHeight', own);
    else Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  };
}

beforeEach(() => {
  // The store batches on timers: the tests move the clock themselves.
  jest.useFakeTimers({ now: T0 });
  api = installFakeApi();
  restoreViewport = stubFeedViewport(20);
});

afterEach(() => {
  restoreViewport();
  expect(api.unexpected).toEqual([]);
  api.restore();
  jest.useRealTimers();
});

function page(items: TransactionJson[]): Page<TransactionJson> {
  return { items, nextCursor: null, total: items.length };
}

/** Lets pending fetches settle and the timers due within `ms` run, rendering whatever they changed. */
async function elapse(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

/** The live feed inside the session's LiveProvider, as the app mounts it, on a fake socket. */
function mountFeed() {
  const socket = new FakeSocket();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <LiveProvider createSocket={() => socket.asLiveSocket()}>
          <LiveFeed />
        </LiveProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return {
    user: userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) }),
    /** The socket connects; the provider then loads the recent transactions from the api. */
    connect: async () => {
      act(() => socket.fire('connect'));
      await elapse(0);
    },
    /** What the server pushes: one transaction or a batch, as `transaction.created` / `.updated`. */
    push: (event: string, payload: TransactionJson | TransactionJson[]) => {
      act(() => socket.fire(event, payload));
    },
  };
}

/** Mounted and connected, with `recent` as the api's newest transactions. */
async function renderFeed(recent: TransactionJson[]) {
  api.on('GET', '/api/transactions', () => reply(200, page(recent)));
  const feed = mountFeed();
  await feed.connect();
  return feed;
}

/** Order ids of the rows on screen, top to bottom. */
const shownOrders = (): Array<string | undefined> =>
  screen.queryAllByTestId('live-row').map((row) => row.dataset['orderId']);

function rowOf(tx: TransactionJson): HTMLElement {
  const found = screen.queryAllByTestId('live-row').find((row) => row.dataset['transactionId'] === tx.id);
  if (!found) throw new Error(`no feed row for ${tx.orderId}`);
  return found;
}

describe('live feed', () => {
  it('shows the recent transactions from the api, then socket events in batches, newest first', async () => {
    const earlier = transactionAt(T0 - 60_000, { orderId: 'E-1' });
    const { push } = await renderFeed([earlier]);
    expect(shownOrders()).toEqual(['E-1']);

    const first = transactionAt(T0 + 1_000, { orderId: 'N-1' });
    const second = transactionAt(T0 + 2_000, { orderId: 'N-2' });
    const third = transactionAt(T0 + 3_000, { orderId: 'N-3' });
    push(LiveEvent.TransactionCreated, first);
    push(LiveEvent.TransactionCreated, [third, second]);
    // Held back until the store's next batch: never one render per event.
    expect(shownOrders()).toEqual(['E-1']);

    await elapse(FLUSH_MS);
    expect(shownOrders()).toEqual(['N-3', 'N-2', 'N-1', 'E-1']);
    // The arrivals are highlighted; the row that was already there is not.
    expect(rowOf(third).classList.contains('is-fresh')).toBe(true);
    expect(rowOf(earlier).classList.contains('is-fresh')).toBe(false);
  });

  it('renders only the rows that fit the viewport, while counting them all', async () => {
    const many = Array.from({ length: 200 }, (_, i) => transactionAt(T0 - i * 1_000, { orderId: `M-${i}` }));
    await renderFeed(many);
    expect(screen.getByText('Newest first, as they happen', { exact: false }).textContent).toMatch(
      /200 shown$/,
    );
    const rendered = shownOrders();
    expect(rendered[0]).toBe('M-0');
    expect(rendered.length).toBeLessThan(many.length);
  });

  it('freezes the order while paused and counts what arrives; "N new" resumes with it on top', async () => {
    const a = transactionAt(T0 - 2_000, { orderId: 'A', status: 'review' });
    const b = transactionAt(T0 - 1_000, { orderId: 'B' });
    const { user, push } = await renderFeed([a, b]);
    expect(shownOrders()).toEqual(['B', 'A']);

    await user.click(screen.getByTestId('pause-toggle'));
    expect(screen.getByTestId('pause-toggle').textContent).toBe('Resume');
    expect(screen.getByText(/Paused — new transactions are held back/)).toBeTruthy();

    push(LiveEvent.TransactionCreated, [transactionAt(T0 + 1_000, { orderId: 'C' })]);
    push(LiveEvent.TransactionCreated, [transactionAt(T0 + 2_000, { orderId: 'D' })]);
    // A shown row still changes in place (someone blocked it), without moving.
    push(LiveEvent.TransactionUpdated, nextVersion(a, { status: 'blocked' }));
    await elapse(FLUSH_MS);

    expect(shownOrders()).toEqual(['B', 'A']);
    expect(rowOf(a).dataset['status']).toBe('blocked');
    expect(screen.getByTestId('new-events').textContent).toBe('2 new');

    await user.click(screen.getByTestId('new-events'));
    expect(shownOrders()).toEqual(['D', 'C', 'B', 'A']);
    expect(screen.queryByTestId('new-events')).toBeNull();
    expect(screen.getByTestId('pause-toggle').textContent).toBe('Pause');
  });

  it('resumes from the Pause/Resume toggle too, and keeps applying new events afterwards', async () => {
    const a = transactionAt(T0 - 1_000, { orderId: 'A' });
    const { user, push } = await renderFeed([a]);

    await user.click(screen.getByTestId('pause-toggle'));
    push(LiveEvent.TransactionCreated, transactionAt(T0 + 1_000, { orderId: 'B' }));
    await elapse(FLUSH_MS);
    expect(shownOrders()).toEqual(['A']);

    await user.click(screen.getByTestId('pause-toggle'));
    expect(shownOrders()).toEqual(['B', 'A']);

    push(LiveEvent.TransactionCreated, transactionAt(T0 + 2_000, { orderId: 'C' }));
    await elapse(FLUSH_MS);
    expect(shownOrders()).toEqual(['C', 'B', 'A']);
  });

  it('says so when the recent transactions cannot be loaded, and still shows live ones', async () => {
    api.on('GET', '/api/transactions', () =>
      reply(403, { statusCode: 403, error: 'Forbidden', message: 'Not allowed for this role.' }),
    );
    const { connect, push } = mountFeed();
    expect(screen.getByText('Loading recent transactions…')).toBeTruthy();
    await connect();

    expect(screen.getByRole('alert').textContent).toBe(
      'Couldn’t load recent transactions: Not allowed for this role. It will retry on the next reconnect.',
    );
    push(LiveEvent.TransactionCreated, transactionAt(T0, { orderId: 'L-1' }));
    await elapse(FLUSH_MS);
    expect(shownOrders()).toEqual(['L-1']);
  });
});
