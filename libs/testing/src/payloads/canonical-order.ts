/** A canonical `order.created` event like the one in the spec. */
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
