/** A delayed job per held transaction, due at its hold deadline. */
export const HOLD_EXPIRY_QUEUE = 'hold-expiry';
export interface ExpireHoldJobData {
  transactionId: string;
}

/** A repeatable safety net: due holds, transitions and deliveries a crashed process left behind. */
export const DECISION_SWEEP_QUEUE = 'decision-sweep';
export const DECISION_SWEEP_EVERY_MS = 30_000;
