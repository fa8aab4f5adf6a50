import { type AddressJson, type TransactionJson } from '@vigil/contracts';
import { type TransactionEntity } from './entities/transaction.entity.js';

const emptyAddress = (): AddressJson => ({ country: null, postalCode: null, city: null, line1: null });

/** Entity → the transaction JSON of the public contract (absent values are `null`). */
export function toTransactionJson(t: TransactionEntity): TransactionJson {
  return {
    id: t.id,
    sourceId: t.sourceId,
    orderId: t.orderId,
    paymentId: t.paymentId,
    status: t.status,
    version: t.version,
    amount: t.amount,
    currency: t.currency,
    score: t.score,
    signals: t.signals ?? [],
    labels: t.labels ?? [],
    customer: { id: t.customerId, email: t.customerEmail, name: t.customerName },
    billing: t.billing ?? emptyAddress(),
    shipping: t.shipping ?? emptyAddress(),
    ip: t.ip,
    ipCountry: t.ipCountry,
    deviceId: t.deviceId,
    card: t.card ?? { bin: null, last4: null, brand: null, country: null, fingerprint: null },
    checks: t.checks ?? { avs: null, cvc: null },
    claimedBy: t.claimedBy,
    decidedBy: t.decidedBy,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
