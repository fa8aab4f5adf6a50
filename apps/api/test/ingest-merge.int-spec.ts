import { describe, expect, it } from '@jest/globals';
import { type TransactionJson } from '@vigil/contracts';
import { signStandard } from '@vigil/testing';
import {
  findTransactions,
  mergedState,
  postWebhook,
  transactionDetail,
  useIngestSuite,
  waitForStoredEvents,
} from './ingest-helpers.js';

const T0 = Date.parse('2025-11-21T10:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

interface Delivery {
  id: string;
  body: Record<string, unknown>;
}

/**
 * One order's events from a Standard Webhooks store, each knowing only part of the story: the order (no
 * payment id yet), the payment (no order id), the edit that links both, and a partial refund.
 */
function orderStory(tag: string): Record<'order' | 'payment' | 'link' | 'refund', Delivery> {
  const orderId = `ORD-${tag}`;
  const paymentId = `pay_${tag}`;
  return {
    order: {
      id: `${tag}_order`,
      body: {
        type: 'order.created',
        timestamp: at(0),
        data: {
          orderId,
          amount: 12999,
          currency: 'EUR',
          customer: { id: 'c_1', email: 'Ann@Example.com', name: 'Ann' },
          billing: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
          shipping: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
          ip: '203.0.113.7',
        },
      },
    },
    payment: {
      id: `${tag}_payment`,
      body: {
        type: 'payment.succeeded',
        timestamp: at(1),
        data: {
          paymentId,
          amount: 12999,
          currency: 'EUR',
          card: { bin: '424242', last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'fp_1' },
          checks: { avs: 'pass', cvc: 'fail' },
        },
      },
    },
    link: {
      id: `${tag}_link`,
      body: {
        type: 'order.updated',
        timestamp: at(2),
        data: {
          orderId,
          paymentId,
          amount: 11999,
          currency: 'EUR',
          shipping: { country: 'GB', postalCode: 'SW1A 1AA', city: 'London', line1: '10 Downing St' },
        },
      },
    },
    refund: {
      id: `${tag}_refund`,
      body: {
        type: 'refund.created',
        timestamp: at(60 * 24),
        data: { orderId, amount: 5000, currency: 'EUR' },
      },
    },
  };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * docs/api.md#transactions-and-decisions: out-of-order and duplicate events converge to the same transaction
 * state.
 */
describe('merging events into transactions', () => {
  const suite = useIngestSuite({ name: 'Store', kind: 'standard' });

  async function deliver(delivery: Delivery): Promise<void> {
    const response = await postWebhook(
      suite.source.ingestUrl,
      signStandard(suite.source.secret, delivery.id, delivery.body),
    );
    expect(response.status).toBe(202);
  }

  /** Each delivery committed before the next is sent, so the worker sees exactly this order. */
  async function deliverInOrder(deliveries: Delivery[]): Promise<void> {
    for (const delivery of deliveries) {
      await deliver(delivery);
      await waitForStoredEvents(suite.stack.db, suite.source.id, [delivery.id]);
    }
  }

  async function onlyTransaction(tag: string): Promise<TransactionJson> {
    const byOrder = await findTransactions(suite.stack.client, `sourceId=${suite.source.id}&q=ORD-${tag}`);
    const byPayment = await findTransactions(suite.stack.client, `sourceId=${suite.source.id}&q=pay_${tag}`);
    expect(byOrder).toHaveLength(1);
    expect(byPayment.map((t) => t.id)).toEqual(byOrder.map((t) => t.id));
    return byOrder[0] as TransactionJson;
  }

  const expected = {
    amount: 11999,
    currency: 'EUR',
    labels: ['refunded'],
    customer: { id: 'c_1', email: 'ann@example.com', name: 'Ann' },
    billing: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
    shipping: { country: 'GB', postalCode: 'SW1A 1AA', city: 'London', line1: '10 Downing St' },
    ip: '203.0.113.7',
    deviceId: null,
    card: { bin: '424242', last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'fp_1' },
    checks: { avs: 'pass', cvc: 'fail' },
  };

  it('ends in one identical transaction for every arrival order of the same events', async () => {
    const orders = permutations(['order', 'payment', 'link', 'refund'] as const);
    // Stories run side by side; within one, each event is committed before the next is sent.
    await Promise.all(
      orders.map((order, i) => {
        const story = orderStory(`perm${i}`);
        return deliverInOrder(order.map((name) => story[name]));
      }),
    );
    for (const [i, order] of orders.entries()) {
      const transaction = await onlyTransaction(`perm${i}`);
      expect({ order, state: mergedState(transaction) }).toEqual({ order, state: expected });
      expect(transaction).toMatchObject({ orderId: `ORD-perm${i}`, paymentId: `pay_perm${i}` });
      expect((await transactionDetail(suite.stack.client, transaction.id)).timeline).toHaveLength(4);
    }
  });

  it('is unaffected by redeliveries, even with changed bodies', async () => {
    const story = orderStory('dup');
    const changed = {
      ...story.link,
      body: { ...story.link.body, data: { orderId: 'ORD-dup', amount: 1, currency: 'USD' } },
    };
    await deliverInOrder([
      story.link,
      story.refund,
      story.order,
      story.link,
      story.payment,
      changed,
      story.order,
    ]);
    const transaction = await onlyTransaction('dup');
    expect(mergedState(transaction)).toEqual(expected);
    expect((await transactionDetail(suite.stack.client, transaction.id)).timeline).toHaveLength(4);
  });

  it('merges concurrent deliveries of one order into one transaction', async () => {
    const tags = Array.from({ length: 8 }, (_, i) => `race${i}`);
    const stories = tags.map(orderStory);
    await Promise.all(stories.flatMap((story) => Object.values(story).map(deliver)));
    for (const [i, story] of stories.entries()) {
      await waitForStoredEvents(
        suite.stack.db,
        suite.source.id,
        Object.values(story).map((d) => d.id),
      );
      expect(mergedState(await onlyTransaction(tags[i] as string))).toEqual(expected);
    }
  });
});
