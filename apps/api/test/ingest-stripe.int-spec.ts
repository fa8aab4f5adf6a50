import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Stripe from 'stripe';
import { type SourceWithSecretJson, type TransactionJson } from '@vigil/contracts';
import { waitFor } from '@vigil/testing';
import {
  findTransactions,
  type IngestStack,
  mergedState,
  postWebhook,
  type RawRequest,
  startIngestStack,
  storedEventCount,
  transactionDetail,
  waitForStoredEvents,
} from './ingest-helpers.js';

const stripe = new Stripe('sk_test_vigil');
/** 2025-11-21T10:00:00Z, Stripe's `created` is whole seconds. */
const CREATED = 1_763_719_200;

/** A Stripe Event envelope as delivered to a webhook endpoint. */
function stripeEvent(id: string, type: string, created: number, object: Record<string, unknown>) {
  return {
    id,
    object: 'event',
    api_version: '2025-10-29.clover',
    created,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

/** A card charge shaped like Stripe's API reference (test card 4242, Irish buyer, EUR). */
function charge(chargeId: string, paymentIntent: string, orderId: string | null, extra = {}) {
  return {
    id: chargeId,
    object: 'charge',
    amount: 12999,
    amount_captured: 12999,
    amount_refunded: 0,
    billing_details: {
      address: { city: 'Dublin', country: 'IE', line1: '1 Main St', line2: null, postal_code: 'D02 X285' },
      email: 'ann@example.com',
      name: 'Ann Murphy',
      phone: null,
    },
    captured: true,
    created: CREATED,
    currency: 'eur',
    customer: 'cus_RaTgQ2xFh7mZkP',
    metadata: orderId ? { order_id: orderId } : {},
    outcome: {
      network_status: 'approved_by_network',
      risk_level: 'normal',
      risk_score: 32,
      type: 'authorized',
    },
    paid: true,
    payment_intent: paymentIntent,
    payment_method_details: {
      card: {
        brand: 'visa',
        checks: { address_line1_check: 'pass', address_postal_code_check: 'pass', cvc_check: 'pass' },
        country: 'IE',
        exp_month: 12,
        exp_year: 2028,
        fingerprint: 'Xt5EWLLDS7FJjR1c',
        funding: 'credit',
        last4: '4242',
      },
      type: 'card',
    },
    receipt_email: 'ann@example.com',
    refunded: false,
    shipping: {
      address: { city: 'Cork', country: 'IE', line1: '22 Oliver Plunkett St', postal_code: 'T12 YX80' },
      name: 'Ann Murphy',
    },
    status: 'succeeded',
    ...extra,
  };
}

/** charge.succeeded → charge.refunded (a day later) → charge.dispute.created (ten days later, partial). */
function chargeLifecycle(suffix: string, orderId: string) {
  const chargeId = `ch_3QhK2bLkdIwHu7ix${suffix}`;
  const intentId = `pi_3QhK2bLkdIwHu7ix${suffix}`;
  return {
    intentId,
    succeeded: stripeEvent(
      `evt_succeeded_${suffix}`,
      'charge.succeeded',
      CREATED,
      charge(chargeId, intentId, orderId),
    ),
    refunded: stripeEvent(
      `evt_refunded_${suffix}`,
      'charge.refunded',
      CREATED + 86_400,
      charge(chargeId, intentId, orderId, { amount_refunded: 12999, refunded: true }),
    ),
    disputed: stripeEvent(`evt_disputed_${suffix}`, 'charge.dispute.created', CREATED + 864_000, {
      id: `dp_1QhS8iLkdIwHu7ix${suffix}`,
      object: 'dispute',
      // Only part of the charge is disputed: this must not become the order's amount.
      amount: 5000,
      charge: chargeId,
      created: CREATED + 864_000,
      currency: 'eur',
      metadata: {},
      payment_intent: intentId,
      reason: 'fraudulent',
      status: 'needs_response',
    }),
  };
}

function signed(event: unknown, secret: string, timestamp?: number): RawRequest {
  const payload = JSON.stringify(event);
  return {
    body: payload,
    headers: {
      'content-type': 'application/json',
      'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }),
    },
  };
}

describe('Stripe webhooks', () => {
  let stack: IngestStack;
  let source: SourceWithSecretJson;

  beforeAll(async () => {
    stack = await startIngestStack();
    source = await stack.client.createSource({ name: 'Stripe account', kind: 'stripe' });
  });
  afterAll(() => stack?.close());

  const post = (request: RawRequest) => postWebhook(source.ingestUrl, request);

  /** Each event is committed before the next is sent, so the worker really sees them in this order. */
  async function deliverInOrder(events: Array<{ id: string }>): Promise<void> {
    for (const event of events) {
      const response = await post(signed(event, source.secret));
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ received: true, duplicate: false });
      await waitForStoredEvents(stack.db, source.id, [event.id]);
    }
  }

  async function settledOrder(orderId: string, eventIds: string[]): Promise<TransactionJson> {
    await waitForStoredEvents(stack.db, source.id, eventIds);
    const found = await findTransactions(stack.client, `sourceId=${source.id}&orderId=${orderId}`);
    expect(found).toHaveLength(1);
    return found[0] as TransactionJson;
  }

  it('merges a charge, its refund and its dispute into one labelled transaction', async () => {
    const life = chargeLifecycle('0A1B', '1001');
    await deliverInOrder([life.succeeded, life.refunded, life.disputed]);
    const transaction = await settledOrder('1001', [life.succeeded.id, life.refunded.id, life.disputed.id]);
    expect(transaction).toMatchObject({
      orderId: '1001',
      paymentId: life.intentId,
      amount: 12999,
      currency: 'EUR',
      customer: { id: 'cus_RaTgQ2xFh7mZkP', email: 'ann@example.com', name: 'Ann Murphy' },
      billing: { country: 'IE', city: 'Dublin' },
      shipping: { country: 'IE', city: 'Cork' },
      card: { last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'Xt5EWLLDS7FJjR1c' },
      checks: { avs: 'pass', cvc: 'pass' },
    });
    // The fixture's dispute reason is `fraudulent`: it counts as fraud (docs/detection.md "Labels").
    expect([...transaction.labels].sort()).toEqual(['disputed', 'provider_fraud', 'refunded']);
    const detail = await transactionDetail(stack.client, transaction.id);
    expect(detail.timeline.map((entry) => entry.type)).toEqual([
      'charge.succeeded',
      'charge.refunded',
      'charge.dispute.created',
    ]);
  });

  it('ends in the same state when the same kind of events arrive in reverse order', async () => {
    const inOrder = chargeLifecycle('2C3D', '2001');
    const reversed = chargeLifecycle('4E5F', '2002');
    await deliverInOrder([inOrder.succeeded, inOrder.refunded, inOrder.disputed]);
    await deliverInOrder([reversed.disputed, reversed.refunded, reversed.succeeded]);

    const a = await settledOrder('2001', [inOrder.succeeded.id, inOrder.refunded.id, inOrder.disputed.id]);
    const b = await settledOrder('2002', [reversed.succeeded.id, reversed.refunded.id, reversed.disputed.id]);
    expect(mergedState(b)).toEqual(mergedState(a));
    expect(b).toMatchObject({ amount: 12999, paymentId: reversed.intentId, orderId: '2002' });
    // The dispute came first and created the transaction by payment id; the charge gave it its order id.
    expect(await findTransactions(stack.client, `q=${reversed.intentId}`)).toHaveLength(1);
  });

  it('joins a payment that arrived without an order id to the charge that names the order', async () => {
    const intentId = 'pi_3QhZ7yLkdIwHu7ix0Join01';
    const intentSucceeded = stripeEvent('evt_pi_join', 'payment_intent.succeeded', CREATED + 2, {
      id: intentId,
      object: 'payment_intent',
      amount: 12999,
      currency: 'eur',
      customer: 'cus_RaTgQ2xFh7mZkP',
      metadata: {},
      status: 'succeeded',
    });
    const chargeSucceeded = stripeEvent(
      'evt_ch_join',
      'charge.succeeded',
      CREATED + 1,
      charge('ch_3QhZ7yLkdIwHu7ix0Join01', intentId, '3001'),
    );
    await deliverInOrder([intentSucceeded, chargeSucceeded]);

    const transaction = await settledOrder('3001', [intentSucceeded.id, chargeSucceeded.id]);
    expect(transaction).toMatchObject({ paymentId: intentId, amount: 12999, card: { last4: '4242' } });
    expect(await findTransactions(stack.client, `q=${intentId}`)).toHaveLength(1);
  });

  describe('signatures', () => {
    const event = stripeEvent(
      'evt_forged',
      'charge.succeeded',
      CREATED,
      charge('ch_forged', 'pi_forged', '9001'),
    );
    const refusals: Array<[string, () => RawRequest]> = [
      [
        'a tampered body',
        () => {
          const request = signed(event, source.secret);
          return { ...request, body: (request.body as string).replace('12999', '99') };
        },
      ],
      ['the wrong secret', () => signed(event, 'whsec_somebody_elses_secret_1234567890')],
      [
        'a timestamp older than 300 s',
        () => signed(event, source.secret, Math.floor(Date.now() / 1000) - 301),
      ],
      [
        'no Stripe-Signature header',
        () => ({ body: JSON.stringify(event), headers: { 'content-type': 'application/json' } }),
      ],
    ];

    let probes = 0;
    it.each(refusals)('refuses %s with 401 and stores nothing', async (_what, build) => {
      const response = await post(build());
      expect(response.status).toBe(401);
      expect(((await response.json()) as { message: string }).message).toMatch(/signature/i);
      // A valid event posted afterwards is processed; the refused one never is.
      probes += 1;
      const probe = stripeEvent(`evt_probe_${probes}`, 'customer.created', CREATED, { id: 'cus_probe' });
      expect((await post(signed(probe, source.secret))).status).toBe(202);
      await waitForStoredEvents(stack.db, source.id, [probe.id]);
      expect(await storedEventCount(stack.db, source.id, event.id)).toBe(0);
      expect(await findTransactions(stack.client, `sourceId=${source.id}&orderId=9001`)).toHaveLength(0);
    });

    it('accepts a header with several v1 signatures when only the second one matches', async () => {
      const multi = stripeEvent(
        'evt_multi_v1',
        'charge.succeeded',
        CREATED,
        charge('ch_multi', 'pi_multi', '9002'),
      );
      const request = signed(multi, source.secret);
      const header = request.headers['stripe-signature'] as string;
      const t = /t=(\d+)/.exec(header)?.[1];
      const v1 = /v1=([0-9a-f]+)/.exec(header)?.[1];
      const otherSecret = stripe.webhooks.generateTestHeaderString({
        payload: request.body as string,
        secret: 'whsec_an_old_rotated_out_secret_000',
        timestamp: Number(t),
      });
      const wrong = /v1=([0-9a-f]+)/.exec(otherSecret)?.[1];
      expect(wrong).not.toBe(v1);
      const response = await post({
        body: request.body,
        headers: { ...request.headers, 'stripe-signature': `t=${t},v1=${wrong},v1=${v1}` },
      });
      expect(response.status).toBe(202);
      await waitFor(
        async () => (await findTransactions(stack.client, `sourceId=${source.id}&orderId=9002`)).length === 1,
        15_000,
        'the multi-signature event to be stored',
      );
    });
  });
});
