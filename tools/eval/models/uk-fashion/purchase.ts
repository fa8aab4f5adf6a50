import { type CheckResult } from '@vigil/contracts';
import { type Buyer, type Card } from '../kit/purchase.js';

/** A planned purchase: what the store knows at checkout, the authorisation attempts and what came later. */

export interface Address {
  country: string;
  postalCode?: string;
  city: string;
  line1: string;
}

export type { Buyer, Card };

export interface Device {
  id?: string;
  userAgent?: string;
}

export interface Line {
  sku: string;
  quantity: number;
  price: number;
}

export interface Basket {
  amount: number;
  currency: 'GBP' | 'EUR';
  lines: Line[];
}

/** One authorisation: card absent for pay-later and wallet methods the gateway reports without a card. */
export interface Attempt {
  afterMs: number;
  ok: boolean;
  card?: Card;
  avs: CheckResult;
  cvc: CheckResult;
}

export type FollowUpType =
  'order.updated' | 'order.cancelled' | 'refund.created' | 'dispute.created' | 'fraud_warning.created';

export interface FollowUp {
  type: FollowUpType;
  afterMs: number;
  amount?: number;
  reason?: string;
  shipping?: Address;
}

export interface Purchase {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  /** Absent for e-gift cards and other e-mail deliveries. */
  shipping?: Address;
  ip: string;
  device: Device;
  basket: Basket;
  attempts: Attempt[];
  followUps: FollowUp[];
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
