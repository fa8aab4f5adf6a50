import { describe, expect, it } from '@jest/globals';
import {
  signStripe,
  stripeSignature,
  STRIPE_CREATED,
  stripeChargeFor,
  stripeChargeLifecycle,
  stripeEvent,
  waitFor,
} from '@vigil/testing';
import {
  findTransactions,
  mergedState,
  postWebhook,
  type RawRequest,
  settledOrder,
  storedEventCount,
  transactionDetail,
  useIngestSuite,
  waitForStoredEvents,
} from './ingest-helpers.js';

/** Signed with the official library (libs/testing); `at` in Stripe's whole seconds. */
const signed = (event: unknown, secret: string, timestamp?: number): RawRequest =>
  signStripe(secret, JSON.stringify(event), timestamp === undefined ? undefined : new Date(timestamp * 1000));

describe('Stripe webhooks', () => {
  const suite = useIngestSuite({ name: 'Stripe account', kind: 'stripe' });

  const post = (request: RawRequest) => postWebhook(suite.source.ingestUrl, request);

  /** Each event is committed before the next is sent, so the worker really sees them in this order. */
  async function deliverInOrder(events: Array<{ id: string }>): Promise<void> {
    for (const event of events) {
      const response = await post(signed(event, suite.source.secret));
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ received: true, duplicate: false });
      await waitForStoredEvents(suite.stack.db, suite.source.id, [event.id]);
    }
  }

  it('merges a charge, its refund and its dispute into one labelled transaction', async () => {
    const life = stripeChargeLifecycle('0A1B', '1001');
    await deliverInOrder([life.succeeded, life.refunded, life.disputed]);
    const transaction = await settledOrder(suite, '1001', [
      life.succeeded.id,
      life.refunded.id,
      life.disputed.id,
    ]);
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
    const detail = await transactionDetail(suite.stack.client, transaction.id);
    expect(detail.timeline.map((entry) => entry.type)).toEqual([
      'charge.succeeded',
      'charge.refunded',
      'charge.dispute.created',
    ]);
  });

  it('ends in the same state when the same kind of events arrive in reverse order', async () => {
    const inOrder = stripeChargeLifecycle('2C3D', '2001');
    const reversed = stripeChargeLifecycle('4E5F', '2002');
    await deliverInOrder([inOrder.succeeded, inOrder.refunded, inOrder.disputed]);
    await deliverInOrder([reversed.disputed, reversed.refunded, reversed.succeeded]);

    const a = await settledOrder(suite, '2001', [
      inOrder.succeeded.id,
      inOrder.refunded.id,
      inOrder.disputed.id,
    ]);
    const b = await settledOrder(suite, '2002', [
      reversed.succeeded.id,
      reversed.refunded.id,
      reversed.disputed.id,
    ]);
    expect(mergedState(b)).toEqual(mergedState(a));
    expect(b).toMatchObject({ amount: 12999, paymentId: reversed.intentId, orderId: '2002' });
    // The dispute came first and created the transaction by payment id; the charge gave it its order id.
    expect(await findTransactions(suite.stack.client, `q=${reversed.intentId}`)).toHaveLength(1);
  });

  it('joins a payment that arrived without an order id to the charge that names the order', async () => {
    const intentId = 'pi_3QhZ7yLkdIwHu7ix0Join01';
    const intentSucceeded = stripeEvent('evt_pi_join', 'payment_intent.succeeded', STRIPE_CREATED + 2, {
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
      STRIPE_CREATED + 1,
      stripeChargeFor('ch_3QhZ7yLkdIwHu7ix0Join01', intentId, '3001'),
    );
    await deliverInOrder([intentSucceeded, chargeSucceeded]);

    const transaction = await settledOrder(suite, '3001', [intentSucceeded.id, chargeSucceeded.id]);
    expect(transaction).toMatchObject({ paymentId: intentId, amount: 12999, card: { last4: '4242' } });
    expect(await findTransactions(suite.stack.client, `q=${intentId}`)).toHaveLength(1);
  });

  describe('signatures', () => {
    const event = stripeEvent(
      'evt_forged',
      'charge.succeeded',
      STRIPE_CREATED,
      stripeChargeFor('ch_forged', 'pi_forged', '9001'),
    );
    const refusals: Array<[string, () => RawRequest]> = [
      [
        'a tampered body',
        () => {
          const request = signed(event, suite.source.secret);
          return { ...request, body: (request.body as string).replace('12999', '99') };
        },
      ],
      ['the wrong secret', () => signed(event, 'whsec_somebody_elses_secret_1234567890')],
      [
        'a timestamp older than 300 s',
        () => signed(event, suite.source.secret, Math.floor(Date.now() / 1000) - 301),
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
      const probe = stripeEvent(`evt_probe_${probes}`, 'customer.created', STRIPE_CREATED, {
        id: 'cus_probe',
      });
      expect((await post(signed(probe, suite.source.secret))).status).toBe(202);
      await waitForStoredEvents(suite.stack.db, suite.source.id, [probe.id]);
      expect(await storedEventCount(suite.stack.db, suite.source.id, event.id)).toBe(0);
      expect(
        await findTransactions(suite.stack.client, `sourceId=${suite.source.id}&orderId=9001`),
      ).toHaveLength(0);
    });

    it('accepts a header with several v1 signatures when only the second one matches', async () => {
      const multi = stripeEvent(
        'evt_multi_v1',
        'charge.succeeded',
        STRIPE_CREATED,
        stripeChargeFor('ch_multi', 'pi_multi', '9002'),
      );
      const request = signed(multi, suite.source.secret);
      const header = request.headers['stripe-signature'] as string;
      const t = /t=(\d+)/.exec(header)?.[1];
      const v1 = /v1=([0-9a-f]+)/.exec(header)?.[1];
      const otherSecret = stripeSignature(
        'whsec_an_old_rotated_out_secret_000',
        request.body as string,
        new Date(Number(t) * 1000),
      );
      const wrong = /v1=([0-9a-f]+)/.exec(otherSecret)?.[1];
      expect(wrong).not.toBe(v1);
      const response = await post({
        body: request.body,
        headers: { ...request.headers, 'stripe-signature': `t=${t},v1=${wrong},v1=${v1}` },
      });
      expect(response.status).toBe(202);
      await waitFor(
        async () =>
          (await findTransactions(suite.stack.client, `sourceId=${suite.source.id}&orderId=9002`)).length ===
          1,
        15_000,
        'the multi-signature event to be stored',
      );
    });
  });
});
