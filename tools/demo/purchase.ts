import { type Address } from './geo.js';
import { type Card, type Customer, type SourceKind } from './people.js';

export type AvsResult = 'pass' | 'partial' | 'fail';

/** One checkout attempt as the simulated store sees it; each sender renders it in its own wire format. */
export interface Purchase {
  source: SourceKind;
  /** The store's order id (a 13-digit number for Shopify); null for a bare payment attempt. */
  orderId: string | null;
  /** Shopify's `#1001`. */
  orderName: string | null;
  /** Stripe `pi_…`, standard `pay_…`; null for Shopify. */
  paymentId: string | null;
  /** Stripe `ch_…`. */
  chargeId: string | null;
  amount: number;
  currency: string;
  customer: Pick<Customer, 'id' | 'email' | 'firstName' | 'lastName' | 'createdAt'>;
  billing: Address;
  shipping: Address;
  ip: string;
  deviceId: string;
  userAgent: string;
  card: Card;
  avs: AvsResult;
  cvc: 'pass' | 'fail';
  succeeded: boolean;
  /** Stripe Radar's verdict, only rendered for Stripe. */
  risk: { level: 'normal' | 'elevated' | 'highest'; score: number };
  at: Date;
}

/** Later news about a purchase: a refund, a chargeback, an issuer's early fraud warning. */
export type FollowUp = 'refund' | 'dispute' | 'fraud_warning';
