import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export interface SignedRequest {
  headers: Record<string, string>;
  body: string;
}

/** Signs a body exactly as a Standard Webhooks sender does, with the official library. */
export function signStandard(secret: string, id: string, payload: unknown, at = new Date()): SignedRequest {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const signature = new Webhook(secret).sign(id, at, body);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
  };
}

/** A canonical `order.created` event like the one in docs/api.md. */
export function canonicalOrder(
  overrides: { orderId?: string; amount?: number; email?: string } = {},
): Record<string, unknown> {
  return {
    type: 'order.created',
    timestamp: new Date().toISOString(),
    data: {
      orderId: overrides.orderId ?? '1001',
      paymentId: `pay_${overrides.orderId ?? '1001'}`,
      amount: overrides.amount ?? 12999,
      currency: 'EUR',
      customer: {
        id: 'c_1',
        email: overrides.email ?? 'ann@example.com',
        name: 'Ann',
        createdAt: '2025-01-02T00:00:00Z',
      },
      billing: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
      shipping: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
      ip: '203.0.113.7',
      deviceId: 'd_9',
      card: { bin: '424242', last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'fp_1' },
      checks: { avs: 'pass', cvc: 'pass' },
      items: [{ sku: 'A1', quantity: 1, price: 12999 }],
    },
  };
}

/** Signs a body as Stripe does (`Stripe-Signature: t=…,v1=<hex HMAC of "t.body" keyed by the whsec_ string>`). */
export function signStripe(secret: string, body: string, at = new Date()): SignedRequest {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex');
  return { body, headers: { 'content-type': 'application/json', 'stripe-signature': `t=${t},v1=${v1}` } };
}

/** Signs a body as Shopify does (base64 HMAC-SHA256 of the raw body), with the given `X-Shopify-*` headers. */
export function signShopify(secret: string, body: string, headers: Record<string, string>): SignedRequest {
  const hmac = createHmac('sha256', secret).update(body, 'utf8').digest('base64');
  return {
    body,
    headers: { ...headers, 'content-type': 'application/json', 'x-shopify-hmac-sha256': hmac },
  };
}
