import type { ListableField, TransactionJson } from '@vigil/contracts';

export const LIST_TARGET_LABEL: Record<ListableField, string> = {
  email: 'Email',
  card_fingerprint: 'Card fingerprint',
  ip: 'IP address',
  device_id: 'Device',
  customer_id: 'Customer id',
};

/** What of this transaction a block could also put on the block lists (only values it actually has). */
export function listTargets(tx: TransactionJson): Array<{ kind: ListableField; value: string }> {
  const values: Record<ListableField, string | null> = {
    email: tx.customer.email,
    card_fingerprint: tx.card.fingerprint,
    ip: tx.ip,
    device_id: tx.deviceId,
    customer_id: tx.customer.id,
  };
  return (Object.keys(values) as ListableField[]).flatMap((kind) => {
    const value = values[kind];
    return value ? [{ kind, value }] : [];
  });
}
