import { type Address } from './addresses.js';
import { type Card, type Checks } from './cards.js';
import { type Device } from './devices.js';
import { type Basket } from './money.js';

/** One purchase as it happened: who, from where, what, how it was paid and what came of it later. */

export interface Buyer {
  /** The store account; absent for guest checkout. */
  id?: string;
  email: string;
  name: string;
  /** When the account was opened, ms. */
  createdAt?: number;
}

export interface Attempt {
  card: Card;
  checks: Checks;
  ok: boolean;
  /** After the previous step (the order, or the previous attempt), ms. */
  afterMs: number;
}

export type FollowUp =
  | { type: 'order.updated'; afterMs: number; shipping: Address }
  | { type: 'order.cancelled'; afterMs: number }
  | { type: 'refund.created'; afterMs: number; amount: number; reason: string }
  | { type: 'dispute.created'; afterMs: number; reason: string }
  | { type: 'fraud_warning.created'; afterMs: number; reason: string };

export interface Purchase {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  /** Absent for e-gift cards (delivered by email). */
  shipping?: Address;
  ip: string;
  device: Device;
  basket: Basket;
  attempts: Attempt[];
  followUps: FollowUp[];
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
