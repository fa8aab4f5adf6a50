import {
  type Address,
  type Buyer,
  type Card,
  type Device,
  type MethodAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Basket } from './catalog.js';
import { type Market } from './markets.js';

/** One planned purchase, before events.ts renders it as the store's webhooks. */

export type { Address, Buyer, Card, Device };

/**
 * How an order is paid. Mobile money (M-Pesa, MTN MoMo), bank transfer and USSD never show the store a card;
 * pay on delivery is settled at the door (cash, the rider's POS or a transfer).
 */
export type Method = 'card' | 'mpesa' | 'mtn_momo' | 'bank_transfer' | 'ussd' | 'pay_on_delivery';

/** 3-D Secure as the processor reports it. */
export type Authentication = 'authenticated' | 'frictionless' | 'attempted' | 'failed' | 'not_enrolled';

export interface Attempt extends MethodAttempt<Method> {
  /** Card payments only. */
  threeDSecure?: Authentication;
}

export type LaterType =
  | 'order.updated'
  | 'order.cancelled'
  | 'payment.succeeded'
  | 'payment.failed'
  | 'refund.created'
  | 'fraud_warning.created'
  | 'dispute.created';

/** Something that happens to the order after checkout. */
export interface Later {
  type: LaterType;
  /** After the order was placed. */
  afterMs: number;
  reason?: string;
  /** Partial refunds. */
  amount?: number;
  /** `order.updated`: a new delivery address. */
  shipping?: Address;
  /** `payment.*` settled later (pay on delivery, a transfer arriving): how. */
  method?: Method;
}

export type Delivery = 'home' | 'office' | 'pickup' | 'digital';

export interface Purchase extends PurchaseCore<Basket, Attempt, Later> {
  market: Market;
  buyer: Buyer;
  /** What the shopper chose at checkout. */
  method: Method;
  delivery: Delivery;
  /** Absent for digital goods (vouchers and gift cards are e-mailed / sent by SMS). */
  shipping?: Address;
  ip: string;
  device: Device;
  /** A Black Friday coupon code applied at checkout. */
  coupon?: string;
}
