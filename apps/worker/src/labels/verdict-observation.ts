import { isFraud } from '@vigil/contracts';
import { type TransactionEntity } from '@vigil/persistence';
import { normalizeListItem } from '@vigil/risk-engine';
import { cardIdentity } from '../risk/velocity-plan.js';
import { type VelocityObservation } from '../risk/velocity-store.js';

/**
 * What a reviewer's `fraud` verdict tells the label history: the transaction counts like one with an early
 * fraud warning for later orders of the same card or email (docs/detection.md "Labels"). Nothing is recorded
 * in the velocity windows (`record: false`): the order itself was counted when it was scored. Null when the
 * transaction does not count as fraud (a `not_fraud` verdict, or a cleared one).
 */
export function verdictObservation(
  tx: Pick<
    TransactionEntity,
    | 'id'
    | 'sourceId'
    | 'labels'
    | 'customerEmail'
    | 'ip'
    | 'deviceId'
    | 'customerId'
    | 'card'
    | 'amount'
    | 'occurredAt'
  >,
): VelocityObservation | null {
  if (!tx.labels.includes('fraud') || !isFraud(tx.labels)) return null;
  return {
    at: tx.occurredAt.getTime(),
    // The same key the ingest uses (risk-input.ts), so a transaction is never counted twice.
    transactionKey: `${tx.sourceId}|${tx.id}`,
    eventKey: `verdict|${tx.id}`,
    email: tx.customerEmail ? normalizeListItem('email', tx.customerEmail) : null,
    ip: tx.ip ? normalizeListItem('ip', tx.ip) : null,
    deviceId: tx.deviceId?.trim() || null,
    customerId: tx.customerId?.trim() || null,
    card: cardIdentity(tx.card),
    // Only the label history is written (record: false): the profile fields play no part.
    ipNetwork: null,
    shippingAddress: null,
    basket: null,
    amount: tx.amount,
    record: false,
    purchase: false,
    failedPayment: false,
    fraudDecline: false,
    customerCreatedAt: null,
    disputed: false,
    fraudWarning: true,
  };
}
