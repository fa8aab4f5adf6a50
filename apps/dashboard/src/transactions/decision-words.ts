import type { TransactionJson, TransactionStatus } from '@vigil/contracts';

const STATUS_WORD: Record<TransactionStatus, string> = {
  approved: 'approved',
  review: 'held',
  blocked: 'blocked',
};

/** "order 1001" (or the payment id, or a short id) for messages. */
export function orderLabel(tx: Pick<TransactionJson, 'orderId' | 'paymentId' | 'id'>): string {
  if (tx.orderId) return `order ${tx.orderId}`;
  if (tx.paymentId) return `payment ${tx.paymentId}`;
  return `transaction ${tx.id.slice(0, 8)}`;
}

/** Who decided, in words: "you", an email, "someone else", or "automatically". */
export function deciderWords(decidedBy: string | null, meId: string, meEmail: string): string {
  if (!decidedBy) return 'automatically';
  if (decidedBy === meId || decidedBy === meEmail) return 'by you';
  return decidedBy.includes('@') ? `by ${decidedBy}` : 'by someone else';
}

/**
 * Why a decision was refused with 409, from the transaction's current state: decided meanwhile, or changed
 * (new events, a claim) so the person should look again.
 */
export function conflictExplanation(
  current: TransactionJson | null,
  me: { id: string; email: string },
  /** The decider's email when known (the transaction itself only carries their id). */
  deciderEmail: string | null = null,
): string {
  if (!current) return 'This order changed meanwhile. It has been reloaded: check it and decide again.';
  if (current.status !== 'review') {
    const who = deciderWords(deciderEmail ?? current.decidedBy, me.id, me.email);
    return `Already ${STATUS_WORD[current.status]} ${who} — it is no longer held.`;
  }
  return 'This order changed while you were looking (new events or a claim). It has been refreshed: check it and decide again.';
}
