import { describe, expect, it } from '@jest/globals';
import { containsCardNumber } from './card-numbers.js';
import {
  shopifyOrder,
  shopifyTopicHeaders,
  standardOrderCreated,
  stripeChargeSucceeded,
} from '@vigil/testing';
import { refusal } from '../test/normalize-fixture.js';
import { parseAndNormalize } from './parse-and-normalize.js';

const std = { 'webhook-id': 'msg_1' };
const order = (data: object) => ({
  type: 'order.created',
  data: { orderId: '1', amount: 100, currency: 'EUR', ...data },
});

describe('parseAndNormalize: JSON errors', () => {
  it('says the body is not JSON, with the position when JSON.parse gives one', () => {
    expect(refusal('standard', '{"type": "order.created",}', std)).toMatch(
      /^body is not valid JSON: .*position 25/,
    );
    expect(refusal('standard', '{"a": 1', std)).toMatch(/^body is not valid JSON: /);
    expect(refusal('standard', '  ', std)).toBe('body is empty; expected a JSON object');
  });

  it('never echoes a card number from a broken body', () => {
    expect(containsCardNumber(refusal('standard', '4242424242424242x', std))).toBe(false);
  });

  it('refuses absurd nesting before parsing', () => {
    expect(refusal('standard', `${'['.repeat(65)}${']'.repeat(65)}`, std)).toBe(
      'body nests JSON deeper than 64 levels',
    );
  });
});

describe('parseAndNormalize: Standard Webhooks shape', () => {
  it.each([
    [[], 'body must be a JSON object'],
    [{ data: {} }, 'type is required'],
    [{ type: 'order.shipped', data: {} }, 'type must be one of order.created, order.updated'],
    [{ type: 'order.created' }, 'data is required'],
    [{ type: 'refund.created', data: { amount: 5 } }, 'data must include orderId or paymentId'],
    [order({ amount: 12.5 }), 'data.amount must be an integer ≥ 0'],
    [order({ amount: -1 }), 'data.amount must be an integer ≥ 0'],
    [order({ amount: '100' }), 'data.amount must be an integer ≥ 0'],
    [order({ amount: undefined }), 'data.amount is required for order.created'],
    [order({ currency: 'EURO' }), 'data.currency must be an ISO 4217 code'],
    [order({ currency: undefined }), 'data.currency is required for order.created'],
    [order({ customer: { email: 42 } }), 'data.customer.email must be a string'],
    [
      order({ checks: { avs: 'Y' } }),
      'data.checks.avs must be one of pass, fail, partial, unavailable, unchecked',
    ],
    [{ ...order({}), timestamp: 'yesterday' }, 'timestamp must be an ISO 8601 date-time string'],
  ])('refuses %j: %s', (body, reason) => {
    expect(refusal('standard', body, std)).toContain(reason);
  });

  it('lists several problems at once', () => {
    expect(refusal('standard', order({ amount: 1.5, currency: 'xx' }), std)).toBe(
      'data.amount must be an integer ≥ 0; data.currency must be an ISO 4217 code',
    );
  });

  it('requires webhook-id', () => {
    expect(refusal('standard', standardOrderCreated)).toBe('missing webhook-id header');
  });
});

describe('parseAndNormalize: Stripe and Shopify shapes', () => {
  it.each([
    ['[1]', 'body must be a JSON object (a Stripe event)'],
    [{ type: 'charge.succeeded' }, 'id must be the Stripe event id (a string such as evt_…)'],
    [{ id: 'evt_1' }, 'type must be the Stripe event type (a string)'],
    [{ id: 'evt_1', type: 'charge.succeeded', data: {} }, 'data.object must be an object'],
    [
      { id: 'evt_1', type: 'charge.succeeded', data: { object: { amount: '12.99' } } },
      'data.object.amount must be an integer ≥ 0',
    ],
    [
      { id: 'evt_1', type: 'charge.succeeded', data: { object: { currency: 'euro' } } },
      'data.object.currency must be an ISO 4217 code',
    ],
  ])('Stripe %j: %s', (body, reason) => {
    expect(refusal('stripe', body)).toBe(reason);
  });

  const headers = shopifyTopicHeaders('orders/create', 'e1');
  it.each([
    [{ ...headers, 'x-shopify-topic': undefined }, shopifyOrder, 'missing X-Shopify-Topic header'],
    [
      { ...headers, 'x-shopify-event-id': undefined, 'x-shopify-webhook-id': undefined },
      shopifyOrder,
      'missing X-Shopify-Event-Id (or X-Shopify-Webhook-Id) header',
    ],
    [headers, { ...shopifyOrder, id: null }, 'id must be the Shopify order id (a number)'],
    [
      headers,
      { ...shopifyOrder, total_price: '12,99' },
      'total_price must be a decimal amount ≥ 0 such as "12.99"',
    ],
    [headers, { ...shopifyOrder, currency: 'EURO' }, 'currency must be an ISO 4217 code'],
    [
      shopifyTopicHeaders('refunds/create', 'e2'),
      { id: 1 },
      'order_id must be the Shopify order id (a number)',
    ],
  ])('Shopify: %s', (h, body, reason) => {
    expect(refusal('shopify', body, h)).toBe(reason);
  });
});

describe('parseAndNormalize: output', () => {
  it('returns the masked body and reads the event from it', () => {
    const body = order({
      customer: { name: 'card 4242 4242 4242 4242' },
      card: { number: '4242424242424242', cvc: '123' },
    });
    const result = parseAndNormalize('standard', Buffer.from(JSON.stringify(body)), std, new Date());
    expect(result.ok && result.event.customer.name).toBe('card 424242******4242');
    expect(result.ok && result.body).toMatchObject({ data: { card: { number: '424242******4242' } } });
    expect(containsCardNumber(JSON.stringify(result))).toBe(false);
    expect(JSON.stringify(result.ok && result.body)).not.toContain('"cvc"');
  });

  it('clamps occurredAt to the time of receipt', () => {
    const receivedAt = new Date('2025-11-21T09:00:00Z');
    const raw = Buffer.from(JSON.stringify(stripeChargeSucceeded));
    const result = parseAndNormalize('stripe', raw, {}, receivedAt);
    expect(result.ok && result.event.occurredAt).toEqual(receivedAt);
  });

  it('tolerates a UTF-8 byte order mark', () => {
    const raw = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify(standardOrderCreated)),
    ]);
    expect(parseAndNormalize('standard', raw, std, new Date()).ok).toBe(true);
  });
});

describe('parseAndNormalize: event times', () => {
  it.each(['-000100-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '1969-12-31T23:59:59Z'])(
    'treats %s (before any webhook, or beyond what PostgreSQL stores) as an unknown time',
    (timestamp) => {
      const body = Buffer.from(JSON.stringify({ ...order({}), timestamp }));
      const result = parseAndNormalize('standard', body, std, new Date('2026-01-01T00:00:00Z'));
      expect(result.ok && result.event.occurredAt).toBeNull();
    },
  );
});
