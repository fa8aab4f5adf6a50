import type { HistoryCounter, VelocityCounter } from '@vigil/risk-engine';

/** Injection token of the VelocityStore: Redis or PostgreSQL, as the config says (risk.module.ts). */
export const VELOCITY_STORE = Symbol('VELOCITY_STORE');

/**
 * What one event tells the counters. Subjects are already normalized (emails and IPs lower-case); a null
 * subject means "not known", and the counters about it stay missing.
 */
export interface VelocityObservation {
  /** The event's own time in ms (clamped to receipt by the caller). */
  at: number;
  /** Stable across all events of one transaction: an order counts once however many events it has. */
  transactionKey: string;
  /** Unique per event: failed payments are counted per event. */
  eventKey: string;
  email: string | null;
  ip: string | null;
  deviceId: string | null;
  customerId: string | null;
  /** Card identity: the provider fingerprint, else BIN + last 4. */
  card: string | null;
  amount: number | null;
  /** Record this event in the windows (orders and payments); other events only read them. */
  record: boolean;
  /** This event is a failed payment attempt. */
  failedPayment: boolean;
  /** When the store says the customer account was created (ms), if it does. */
  customerCreatedAt: number | null;
  /** History labels this event puts on its transaction. */
  disputed: boolean;
  fraudWarning: boolean;
}

export interface VelocityReading {
  /** Counts before this transaction was added (it is never counted in its own windows). */
  velocity: Partial<Record<VelocityCounter, number>>;
  /** Earlier disputed / fraud-warned transactions with the same card or email (this one excluded). */
  history: Partial<Record<HistoryCounter, number>>;
  /** Earliest time the customer was seen or, when the store said so, created (ms). */
  customerSince: number | null;
}

/** Rolling-window counters and label history. One call per event: read the counts, then record the event. */
export interface VelocityStore {
  observe(observation: VelocityObservation): Promise<VelocityReading>;
  /** Observations in order (each sees the ones before it), in one round trip: a batch's worth. */
  observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]>;
}
