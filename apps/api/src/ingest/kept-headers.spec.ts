import { describe, expect, it } from '@jest/globals';
import { maskCardNumbers } from '@vigil/webhooks';
import { KEPT_HEADERS, keptHeaders } from './webhook-ingest.service.js';

const userAgent = `agent 4242 4242 4242 4242 ${'x'.repeat(600)}`;

describe('keptHeaders (what of a webhook request travels to the worker)', () => {
  it('keeps exactly the headers the normalizers read, masked and cut to 500 characters', () => {
    const kept = keptHeaders({
      host: 'vigil.example',
      'content-type': 'application/json',
      'content-length': '640',
      'webhook-id': 'msg_1',
      'webhook-timestamp': '1764850000',
      'webhook-signature': 'v1,secret-signature',
      'x-shopify-hmac-sha256': 'c2lnbmF0dXJl',
      'x-shopify-topic': 'orders/create',
      'x-shopify-shop-domain': 'shop.example',
      'user-agent': userAgent,
      'x-forwarded-for': ['203.0.113.7', '198.51.100.1'].join(', '),
      'set-cookie': ['a=1', 'b=2'],
    });
    expect(Object.keys(kept).sort()).toEqual([
      'user-agent',
      'webhook-id',
      'webhook-timestamp',
      'x-shopify-shop-domain',
      'x-shopify-topic',
    ]);
    expect(kept['webhook-id']).toBe('msg_1');
    expect(kept['user-agent']).toBe(maskCardNumbers(userAgent.slice(0, 500)));
    expect(kept['user-agent']).not.toContain('4242 4242 4242 4242');
  });

  it('lists only lower-case names (Node lower-cases incoming header names)', () => {
    for (const name of KEPT_HEADERS) expect(name).toBe(name.toLowerCase());
    expect(keptHeaders({})).toEqual({});
  });
});
