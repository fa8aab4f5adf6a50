import { type AddressJson, type TransactionJson } from '@vigil/contracts';
import { type TransactionEntity } from './entities/transaction.entity.js';

const emptyAddress = (): AddressJson => ({ country: null, postalCode: null, city: null, line1: null });

/** Entity → the transaction JSON of the public contract (absent values are `null`). */
export function toTransactionJson(t: TransactionEntity): TransactionJson {
  // A lapsed claim is no claim: nobody has to release it for others to see the order as free.
  const claimed = t.claimedBy !== null && (t.claimExpiresAt?.getTime() ?? 0) > Date.now();
  const held = t.status === 'review';
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
    claimedBy: claimed ? t.claimedBy : null,
    decidedBy: t.decidedBy,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    claimedByEmail: claimed ? (t.claimedByEmail ?? null) : null,
    claimExpiresAt: claimed ? (t.claimExpiresAt?.toISOString() ?? null) : null,
    heldAt: t.heldAt?.toISOString() ?? null,
    holdDeadline: held ? (t.holdDeadline?.toISOString() ?? null) : null,
    escalated: t.escalated ?? false,
    decidedAt: t.decidedAt?.toISOString() ?? null,
    riskReason: t.riskReason ?? null,
  };
}
