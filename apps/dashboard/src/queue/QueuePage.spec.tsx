/** @jest-environment jsdom */
import type {
  BulkDecisionResultJson,
  DecisionJson,
  DecisionRequest,
  MeJson,
  Page,
  TransactionDetailJson,
  TransactionJson,
} from '@vigil/contracts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createQueryClient } from '../app/query-client';
import { CurrentUserContext } from '../auth/current-user';
import { TransactionEventsContext } from '../live/live-context';
import { TransactionEvents } from '../live/transaction-events';
import { installFakeApi, reply, type FakeApi } from '../testing/fake-api';
import { makeTransaction, nextVersion } from '../testing/transactions';
import { ToastProvider } from '../ui/ToastProvider';
import { QueuePage } from './QueuePage';

const ME: MeJson = {
  id: 'u_me',
  email: 'me@shop.test',
  role: 'staff',
  twoFactorEnabled: false,
  twoFactorSetupRequired: false,
};
const KIM = { id: 'u_kim', email: 'kim@shop.test' };
const DECISION = /^\/api\/transactions\/([^/]+)\/decision$/;
const CLAIM = /^\/api\/transactions\/([^/]+)\/claim$/;
const DETAIL = /^\/api\/transactions\/([^/]+)$/;

let api: FakeApi;

beforeEach(() => {
  api = installFakeApi();
});

afterEach(() => {
  jest.useRealTimers();
  expect(api.unexpected).toEqual([]);
  api.restore();
});

/** A held order that has waited `minutes`; the queue lists the longest-waiting first. */
function held(orderId: string, minutes: number, overrides: Partial<TransactionJson> = {}): TransactionJson {
  return makeTransaction({
    status: 'review',
    orderId,
    heldAt: new Date(Date.now() - minutes * 60_000).toISOString(),
    ...overrides,
  });
}

function page(items: TransactionJson[]): Page<TransactionJson> {
  return { items, nextCursor: null, total: items.length };
}

/** The detail the queue reads to name who decided first (only `decisions` matters here). */
function decidedBy(current: TransactionJson, user: { id: string; email: string }): TransactionDetailJson {
  const decision: DecisionJson = {
    id: `d_${current.id}`,
    action: current.status === 'blocked' ? 'block' : 'approve',
    fromStatus: 'review',
    note: null,
    reason: null,
    decidedBy: user,
    at: current.updatedAt,
  };
  return { ...current, timeline: [], decisions: [decision], deliveries: [] };
}

/** The queue page as the app mounts it, over the fake api; resolves once the held orders are listed. */
async function renderQueue(items: TransactionJson[]) {
  api.on('GET', '/api/transactions', () => reply(200, page(items)));
  const events = new TransactionEvents();
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ToastProvider>
        <MemoryRouter initialEntries={['/queue']}>
          <CurrentUserContext value={ME}>
            <TransactionEventsContext value={events}>
              <Routes>
                <Route path="/queue" element={<QueuePage />} />
                <Route path="/transactions/:id" element={<p>Order details</p>} />
              </Routes>
            </TransactionEventsContext>
          </CurrentUserContext>
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
  await screen.findAllByTestId('queue-row');
  return { user, events };
}

function row(tx: TransactionJson): HTMLElement {
  const found = screen
    .queryAllByTestId('queue-row')
    .find((element) => element.dataset['transactionId'] === tx.id);
  if (!found) throw new Error(`no queue row for ${tx.orderId}`);
  return found;
}

const shownOrders = (): Array<string | undefined> =>
  screen.queryAllByTestId('queue-row').map((element) => element.dataset['orderId']);

/** Decision requests sent so far, as `id action@version`. */
const decisionsSent = (): string[] =>
  api.requests
    .filter((request) => request.method === 'POST' && DECISION.test(request.path))
    .map((request) => {
      const body = request.body as DecisionRequest;
      return `${DECISION.exec(request.path)?.[1]} ${body.action}@${body.version}`;
    });

/** Answers decisions as the api does when they pass: the next version in the decided state. */
function acceptDecisions(items: TransactionJson[]): void {
  api.on('POST', DECISION, (request, [id]) => {
    const tx = items.find((item) => item.id === id);
    const { action } = request.body as DecisionRequest;
    if (!tx) return reply(404, { statusCode: 404, error: 'Not Found', message: 'no such transaction' });
    return reply(
      200,
      nextVersion(tx, { status: action === 'approve' ? 'approved' : 'blocked', decidedBy: ME.id }),
    );
  });
}

describe('review queue', () => {
  it('lists held orders, longest waiting first', async () => {
    const a = held('2001', 30);
    const b = held('2002', 20);
    const c = held('2003', 10);
    await renderQueue([c, a, b]);
    expect(shownOrders()).toEqual(['2001', '2002', '2003']);
    expect(screen.getByTestId('queue-count').textContent).toBe('3');
  });

  it('claims an order from its row, then shows it as yours with a Release button', async () => {
    const a = held('2001', 30);
    const { user } = await renderQueue([a]);
    api.on('POST', CLAIM, () =>
      reply(
        200,
        nextVersion(a, {
          claimedBy: ME.id,
          claimedByEmail: ME.email,
          claimExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
        }),
      ),
    );

    await user.click(within(row(a)).getByRole('button', { name: 'Claim' }));

    expect(await within(row(a)).findByRole('button', { name: 'Release' })).toBeTruthy();
    expect(within(row(a)).getByTestId('claim-indicator').textContent).toMatch(/^You/);
    expect(await screen.findByText('Claimed order 2001')).toBeTruthy();
    expect(api.requests.filter((request) => CLAIM.test(request.path))).toHaveLength(1);
  });

  it('moves with J and decides the active order with A and B; decided orders leave the queue', async () => {
    const a = held('2001', 30);
    const b = held('2002', 20);
    const c = held('2003', 10);
    const { user } = await renderQueue([a, b, c]);
    acceptDecisions([a, b, c]);

    await user.keyboard('j');
    expect(row(b).classList.contains('is-active')).toBe(true);
    await user.keyboard('a');
    expect(await screen.findByText('Approved order 2002')).toBeTruthy();
    expect(shownOrders()).toEqual(['2001', '2003']);

    // The order that took the decided one's place is now active: B blocks it.
    expect(row(c).classList.contains('is-active')).toBe(true);
    await user.keyboard('b');
    expect(await screen.findByText('Blocked order 2003')).toBeTruthy();
    expect(shownOrders()).toEqual(['2001']);
    expect(decisionsSent()).toEqual([`${b.id} approve@1`, `${c.id} block@1`]);
  });

  it('explains a 409 on the row when someone else decided first, and names them', async () => {
    const a = held('2001', 30);
    const { user } = await renderQueue([a]);
    const current = nextVersion(a, { status: 'blocked', decidedBy: KIM.id });
    api.on('POST', DECISION, () =>
      reply(409, {
        statusCode: 409,
        error: 'Conflict',
        message: 'Transaction is no longer held for review (status blocked)',
        current,
      }),
    );
    api.on('GET', DETAIL, () => reply(200, decidedBy(current, KIM)));

    await user.click(within(row(a)).getByRole('button', { name: 'Approve' }));

    // Kept on screen (refreshed from `current`) so the reviewer sees what happened.
    const note = await within(row(a)).findByText('Already blocked by kim@shop.test — it is no longer held.');
    expect(note.closest('[role="alert"]')).toBeTruthy();
    expect(row(a).dataset['status']).toBe('blocked');
    expect(within(row(a)).queryByRole('button', { name: 'Approve' })).toBeNull();

    await user.click(within(row(a)).getByRole('button', { name: 'Dismiss' }));
    expect(shownOrders()).toEqual([]);
  });

  it('refreshes a row from the 409 `current` state, so deciding again sends the new version', async () => {
    const a = held('2001', 30);
    const { user } = await renderQueue([a]);
    const current = nextVersion(a, {
      claimedBy: KIM.id,
      claimedByEmail: KIM.email,
      claimExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    });
    api.on('POST', DECISION, () =>
      reply(409, {
        statusCode: 409,
        error: 'Conflict',
        message: `Transaction changed since version 1 (now 2): reload it and decide again`,
        current,
      }),
    );

    await user.click(within(row(a)).getByRole('button', { name: 'Approve' }));

    expect(
      await within(row(a)).findByText(/changed while you were looking \(new events or a claim\)/),
    ).toBeTruthy();
    expect(row(a).dataset['version']).toBe('2');
    expect(within(row(a)).getByTestId('claim-indicator').textContent).toMatch(/^kim@shop\.test/);

    acceptDecisions([current]);
    await user.click(within(row(a)).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Approved order 2001')).toBeTruthy();
    expect(decisionsSent()).toEqual([`${a.id} approve@1`, `${a.id} approve@2`]);
    expect(shownOrders()).toEqual([]);
  });

  it('decides the selected orders in bulk after confirming, and shows which could not be decided', async () => {
    const a = held('2001', 30);
    const b = held('2002', 20);
    const c = held('2003', 10);
    const { user } = await renderQueue([a, b, c]);
    const cNow = nextVersion(c, { status: 'blocked', decidedBy: KIM.id });
    api.on('POST', '/api/transactions/decisions/bulk', () =>
      reply(200, {
        results: [
          { id: a.id, status: 200, transaction: nextVersion(a, { status: 'approved', decidedBy: ME.id }) },
          { id: c.id, status: 409, current: cNow, message: 'Transaction is no longer held for review' },
        ],
        decided: 1,
        conflicts: 1,
        notFound: 0,
      } satisfies BulkDecisionResultJson),
    );
    api.on('GET', DETAIL, () => reply(200, decidedBy(cNow, KIM)));

    await user.keyboard('x'); // the active (first) order
    await user.click(within(row(c)).getByRole('checkbox'));
    expect(screen.getByRole('region', { name: 'Bulk decision' }).textContent).toMatch(/^2 selected/);

    await user.keyboard('{Shift>}A{/Shift}');
    const dialog = await screen.findByTestId('bulk-dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Approve 2 orders?');
    // Queue keys are off while the dialog is open: B here must not block the active order.
    await user.keyboard('b');
    expect(decisionsSent()).toEqual([]);

    await user.type(within(dialog).getByRole('textbox'), 'weekend batch');
    await user.click(within(dialog).getByTestId('bulk-confirm'));

    expect(await screen.findByText('Approved 1 of 2; 1 could not be decided (see the rows)')).toBeTruthy();
    const bulk = api.requests.find((request) => request.path === '/api/transactions/decisions/bulk');
    expect(bulk?.body).toEqual({
      action: 'approve',
      note: 'weekend batch',
      items: [
        { id: a.id, version: 1 },
        { id: c.id, version: 1 },
      ],
    });
    expect(shownOrders()).toEqual(['2002', '2003']);
    expect(
      await within(row(c)).findByText('Already blocked by kim@shop.test — it is no longer held.'),
    ).toBeTruthy();
    expect(screen.queryByTestId('bulk-bar')).toBeNull();
  });

  it('applies live events in batches: a new hold joins, an order decided elsewhere leaves', async () => {
    const a = held('2001', 30);
    const b = held('2002', 20);
    const { events } = await renderQueue([a, b]);
    jest.useFakeTimers();

    const arrived = held('2003', 1);
    act(() => {
      events.publish({ kind: 'transactions', items: [arrived] });
      events.publish({ kind: 'transactions', items: [nextVersion(a, { status: 'approved' })] });
    });
    // Buffered, not one render per event…
    expect(shownOrders()).toEqual(['2001', '2002']);
    // …and applied together on the next tick of the queue's batch timer.
    act(() => {
      jest.runOnlyPendingTimers();
    });
    expect(shownOrders()).toEqual(['2002', '2003']);
    expect(screen.getByTestId('queue-count').textContent).toBe('2');
  });
});
