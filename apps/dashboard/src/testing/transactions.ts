import type { TransactionJson } from '@vigil/contracts';

let sequence = 0;

/** A complete TransactionJson for tests; `createdAt` defaults to a fixed instant plus `sequence` seconds. */
export function makeTransaction(overrides: Partial<TransactionJson> = {}): TransactionJson {
  sequence += 1;
  const createdAt =
    overrides.createdAt ?? new Date(Date.UTC(2026, 10, 21, 10, 0, 0) + sequence * 1000).toISOString();
  return {
    id: `tx_${sequence}`,
    sourceId: 'src_1',
    orderId: `${1000 + sequence}`,
    paymentId: `pay_${sequence}`,
    status: 'approved',
    version: 1,
    amount: 12999,
    currency: 'EUR',
    score: 10,
    signals: [],
    labels: [],
    customer: { id: 'c_1', email: 'ann@example.com', name: 'Ann' },
    billing: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
    shipping: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
    ip: '203.0.113.7',
    ipCountry: 'IE',
    deviceId: 'd_9',
    card: { bin: '424242', last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'fp_1' },
    checks: { avs: 'pass', cvc: 'pass' },
    claimedBy: null,
    decidedBy: null,
    createdAt,
    updatedAt: overrides.updatedAt ?? createdAt,
    ...overrides,
  };
}

/** `makeTransaction` at an exact epoch ms. */
export function transactionAt(ms: number, overrides: Partial<TransactionJson> = {}): TransactionJson {
  const iso = new Date(ms).toISOString();
  return makeTransaction({ createdAt: iso, updatedAt: iso, ...overrides });
}

/** A later state of `tx`: version + 1, updatedAt + 1 s. */
export function nextVersion(tx: TransactionJson, overrides: Partial<TransactionJson> = {}): TransactionJson {
  return {
    ...tx,
    version: tx.version + 1,
    updatedAt: new Date(Date.parse(tx.updatedAt) + 1000).toISOString(),
    ...overrides,
  };
}
