import { describe, expect, it } from '@jest/globals';
import { providerEventId } from './event-id.js';

describe('providerEventId', () => {
  it('uses the Stripe event id from the body', () => {
    expect(providerEventId('stripe', {}, { id: 'evt_1', type: 'charge.succeeded' })).toBe('evt_1');
    expect(providerEventId('stripe', {}, { id: 7 })).toBeNull();
    expect(providerEventId('stripe', {}, [])).toBeNull();
  });

  it('uses X-Shopify-Event-Id, falling back to X-Shopify-Webhook-Id', () => {
    expect(providerEventId('shopify', { 'x-shopify-event-id': 'ev', 'x-shopify-webhook-id': 'wh' }, {})).toBe(
      'ev',
    );
    expect(providerEventId('shopify', { 'x-shopify-webhook-id': 'wh' }, {})).toBe('wh');
    expect(providerEventId('shopify', { 'x-shopify-event-id': ' ' }, {})).toBeNull();
  });

  it('uses webhook-id for Standard Webhooks', () => {
    expect(providerEventId('standard', { 'webhook-id': 'msg_1' }, {})).toBe('msg_1');
    expect(providerEventId('standard', { 'webhook-id': ['msg_2', 'msg_3'] }, {})).toBe('msg_2');
    expect(providerEventId('standard', {}, {})).toBeNull();
  });
});
