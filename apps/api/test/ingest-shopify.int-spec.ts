import { describe, expect, it } from '@jest/globals';
import {
  mergedState,
  postWebhook,
  type RawRequest,
  settledOrder,
  storedEventCount,
  useIngestSuite,
  waitForStoredEvents,
} from './ingest-helpers.js';
import { shopifyOrderEdited, shopifyOrderWithId, shopifySignature } from '@vigil/testing';

describe('Shopify webhooks', () => {
  const suite = useIngestSuite({ name: 'Shopify store', kind: 'shopify' });

  /** Signed as Shopify documents it: base64 HMAC-SHA256 of the raw body, keyed by the app secret. */
  function delivery(topic: string, eventId: string, body: unknown): RawRequest {
    const raw = JSON.stringify(body);
    return {
      body: raw,
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': topic,
        'x-shopify-event-id': eventId,
        'x-shopify-webhook-id': `b54557e4-bdd9-4b37-8a5f-${eventId.padStart(12, '0').slice(-12)}`,
        'x-shopify-shop-domain': 'vigil-demo.myshopify.com',
        'x-shopify-api-version': '2025-10',
        'x-shopify-triggered-at': new Date().toISOString(),
        'x-shopify-hmac-sha256': shopifySignature(suite.source.secret, raw),
      },
    };
  }

  async function post(request: RawRequest): Promise<{ status: number; duplicate?: boolean }> {
    const response = await postWebhook(suite.source.ingestUrl, request);
    const body = (await response.json()) as { duplicate?: boolean };
    return { status: response.status, duplicate: body.duplicate };
  }

  it('converges an update that arrives before its order was created', async () => {
    // Each delivery is committed before the next is sent, so the worker really sees them in this order.
    const early = 5912345678901;
    expect((await post(delivery('orders/updated', '9000001', shopifyOrderEdited(early)))).status).toBe(202);
    await waitForStoredEvents(suite.stack.db, suite.source.id, ['9000001']);
    expect((await post(delivery('orders/create', '9000002', shopifyOrderWithId(early)))).status).toBe(202);
    const late = 5912345678902;
    expect((await post(delivery('orders/create', '9000003', shopifyOrderWithId(late)))).status).toBe(202);
    await waitForStoredEvents(suite.stack.db, suite.source.id, ['9000003']);
    expect((await post(delivery('orders/updated', '9000004', shopifyOrderEdited(late)))).status).toBe(202);

    const outOfOrder = await settledOrder(suite, early, ['9000001', '9000002']);
    const inOrder = await settledOrder(suite, late, ['9000003', '9000004']);
    expect(mergedState(outOfOrder)).toEqual(mergedState(inOrder));
    // The edit is newer, so its total and checks stand; the decimal string is converted to cents.
    expect(outOfOrder).toMatchObject({
      orderId: String(early),
      amount: 11999,
      currency: 'EUR',
      checks: { avs: 'partial', cvc: 'fail' },
      customer: { id: '7712345678901', email: 'ann@example.com', name: 'Ann Murphy' },
      billing: { country: 'IE', postalCode: 'D02 X285', city: 'Dublin', line1: '1 Main St' },
      ip: '203.0.113.7',
      card: { bin: '424242', last4: '4242', brand: 'visa' },
    });
  });

  it('converts decimal amounts with the currency minor unit and maps AVS/CVV letters', async () => {
    const cases = [
      {
        id: 5912345678911,
        price: '129.99',
        currency: 'EUR',
        avs: 'Y',
        cvv: 'M',
        expected: [12999, 'pass', 'pass'],
      },
      {
        id: 5912345678912,
        price: '5000',
        currency: 'JPY',
        avs: 'A',
        cvv: 'N',
        expected: [5000, 'partial', 'fail'],
      },
      {
        id: 5912345678913,
        price: '10.5',
        currency: 'USD',
        avs: 'N',
        cvv: 'P',
        expected: [1050, 'fail', 'unavailable'],
      },
      {
        id: 5912345678914,
        price: '0.00',
        currency: 'EUR',
        avs: 'U',
        cvv: 'M',
        expected: [0, 'unavailable', 'pass'],
      },
    ];
    for (const c of cases) {
      const body = shopifyOrderWithId(c.id, {
        currency: c.currency,
        total_price: c.price,
        current_total_price: c.price,
        payment_details: { avs_result_code: c.avs, cvv_result_code: c.cvv, credit_card_bin: '424242' },
      });
      expect((await post(delivery('orders/create', `91${c.id}`, body))).status).toBe(202);
    }
    for (const c of cases) {
      const t = await settledOrder(suite, c.id, [`91${c.id}`]);
      expect([t.amount, t.checks.avs, t.checks.cvc]).toEqual(c.expected);
      expect(t.currency).toBe(c.currency);
    }
  });

  it('deduplicates by X-Shopify-Event-Id, even when the body and webhook id differ', async () => {
    const id = 5912345678921;
    const first = delivery('orders/create', '9100001', shopifyOrderWithId(id));
    const redelivery = delivery('orders/create', '9100001', shopifyOrderWithId(id, { total_price: '1.00' }));
    redelivery.headers['x-shopify-webhook-id'] = 'b54557e4-bdd9-4b37-8a5f-ffffffffffff';
    expect(await post(first)).toEqual({ status: 202, duplicate: false });
    expect(await post(redelivery)).toEqual({ status: 202, duplicate: true });

    const transaction = await settledOrder(suite, id, ['9100001']);
    expect(transaction.amount).toBe(12999);
    // A later delivery of a different event is processed normally, and the duplicate still never was.
    expect((await post(delivery('orders/paid', '9100002', shopifyOrderWithId(id)))).status).toBe(202);
    await waitForStoredEvents(suite.stack.db, suite.source.id, ['9100002']);
    expect(await storedEventCount(suite.stack.db, suite.source.id, '9100001')).toBe(1);
    expect((await settledOrder(suite, id, ['9100001', '9100002'])).amount).toBe(12999);
  });

  it('refuses a body whose HMAC does not match', async () => {
    const request = delivery('orders/create', '9200001', shopifyOrderWithId(5912345678931));
    const response = await postWebhook(suite.source.ingestUrl, {
      ...request,
      headers: {
        ...request.headers,
        'x-shopify-hmac-sha256': shopifySignature('x', 'y'),
      },
    });
    expect(response.status).toBe(401);
  });
});
