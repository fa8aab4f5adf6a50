import type {
  CustomerNovelty,
  CustomerNoveltySubject,
  HistoryCounter,
  VelocityCounter,
} from '@vigil/risk-engine';

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
  /** The IP's network: /24 for IPv4, /48 for IPv6. */
  ipNetwork: string | null;
  /** The shipping address's identity (addressIdentity), for "new address for this customer". */
  shippingAddress: string | null;
  /** Whose basket the amount belongs to: source and currency. */
  basket: string | null;
  amount: number | null;
  /** Record this event in the windows (orders and payments); other events only read them. */
  record: boolean;
  /**
   * Record this transaction in the customer's order history and the store's basket: order events and
   * payments that did not fail (a card tester's declined attempts are not anyone's basket).
   */
  purchase: boolean;
  /** This event is a failed payment attempt. */
  failedPayment: boolean;
  /** A failed payment the issuer declined as stolen, lost or fraudulent (risk-input.ts FRAUD_DECLINE_CODES). */
  fraudDecline: boolean;
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
  /** Per kind of value: was this one seen with the customer before (absent when this event has none). */
  novelty: Partial<Record<CustomerNoveltySubject, CustomerNovelty>>;
}

/**
 * Rolling-window counters and label history. One call per event: read the counts, then record the event.
 * The semantics are the op list in velocity-ops.ts; every implementation runs it exactly.
 */
export interface VelocityStore {
  observe(observation: VelocityObservation): Promise<VelocityReading>;
  /** Observations in order (each sees the ones before it), in one round trip: a batch's worth. */
  observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]>;
  /**
   * The observed transaction was approved: it joins its customer's profile (earlier orders and amounts, the
   * devices, networks, addresses and cards they use). Held and blocked ones never do (velocity-ops.ts).
   */
  confirm(observation: VelocityObservation): Promise<void>;
  /** confirm() for many approved transactions, in order, in one round trip (a batch's worth). */
  confirmMany(observations: VelocityObservation[]): Promise<void>;
}
