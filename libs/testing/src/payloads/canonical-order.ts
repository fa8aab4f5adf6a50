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

export interface ShopperOrderOptions {
  type?: string;
  amount?: number;
  currency?: string;
  email?: string;
  /** The card's fingerprint (default: one of the order's own). */
  card?: string;
  ip?: string;
  billing?: string;
  shipping?: string;
  /** The customer's account creation time; null leaves it out (a guest). */
  customerCreatedAt?: string | null;
  timestamp?: string;
}

const networks = new Map<string, string>();
/**
 * Private addresses have no geo-IP country, so no IP/billing mismatch signal unless a test picks a real
 * address; each order gets a network of its own, as unrelated shoppers have (cards per network is a signal).
 */
function networkOf(orderId: string): string {
  let ip = networks.get(orderId);
  if (!ip) {
    const n = networks.size;
    ip = `10.${1 + Math.floor(n / 250)}.${(n % 250) + 1}.7`;
    networks.set(orderId, ip);
  }
  return ip;
}

const address = (country: string) => ({ country, postalCode: 'D02', city: 'Dublin', line1: '1 Main St' });

/**
 * A canonical event for `orderId` whose customer, IP, device and card are its own unless a test shares
 * them on purpose (risk and review tests: only the signals a test asks for fire).
 */
export function shopperOrder(orderId: string, options: ShopperOrderOptions = {}): Record<string, unknown> {
  const id = orderId.toLowerCase();
  return {
    type: options.type ?? 'order.created',
    timestamp: options.timestamp ?? new Date().toISOString(),
    data: {
      orderId,
      paymentId: `pay_${id}`,
      amount: options.amount ?? 4999,
      currency: options.currency ?? 'EUR',
      customer: {
        id: `c_${id}`,
        email: options.email ?? `${id}@example.com`,
        name: 'Ann',
        ...(options.customerCreatedAt === null
          ? {}
          : { createdAt: options.customerCreatedAt ?? '2025-01-02T00:00:00Z' }),
      },
      billing: address(options.billing ?? 'IE'),
      shipping: address(options.shipping ?? 'IE'),
      ip: options.ip ?? networkOf(orderId),
      deviceId: `d_${id}`,
      card: {
        bin: '424242',
        last4: '4242',
        brand: 'visa',
        country: 'IE',
        fingerprint: options.card ?? `fp_${id}`,
      },
      checks: { avs: 'pass', cvc: 'pass' },
    },
  };
}
