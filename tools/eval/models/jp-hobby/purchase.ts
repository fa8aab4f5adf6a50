import {
  type Address,
  type Buyer,
  type Card,
  type Device,
  type Later,
  type MethodAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Basket, type ShipMethod } from './catalog.js';

/** One planned purchase, before events.ts renders it as the store's webhooks. */

export type { Address, Card, Device, Later };

/**
 * How an order is paid. Cards (3-D Secure on every Japanese card since 2025); konbini (a payment slip paid at
 * a convenience store within three days); carrier billing (d払い, auかんたん決済, ソフトバンクまとめて支払い:
 * added to the phone bill); PayPay (QR wallet); PayPal (mostly overseas); bank transfer (prepaid, days);
 * cash on delivery (daibiki, Japan only). Only cards show the store a card.
 */
export type Method = 'card' | 'konbini' | 'carrier_billing' | 'paypay' | 'paypal' | 'bank_transfer' | 'cod';

export type Carrier = 'docomo' | 'au' | 'softbank';

/** The 3-D Secure outcome the payment service reports. */
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'not_attempted';

export interface Customer extends Buyer {
  locale: 'ja' | 'en';
}

/** One attempt. Konbini and bank transfer: hours or days later; cash on delivery: on delivery. */
export interface Attempt extends MethodAttempt<Method> {
  carrier?: Carrier;
  threeDS?: ThreeDS;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, Later> {
  buyer: Customer;
  method: Method;
  shipping: Address;
  shipMethod: ShipMethod;
  ip: string;
  device: Device;
  app: boolean;
  coupon?: string;
  /** The lottery entry this order redeems. */
  lottery?: string;
  gift?: boolean;
}
