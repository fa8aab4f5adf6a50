import {
  type Address,
  type Buyer,
  type Card,
  type Device,
  type Later as KitLater,
  type MethodAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Basket } from './catalog.js';

/** One planned purchase, before events.ts renders it as the store's webhooks. */

export type { Address, Card, Device };

/**
 * How an order is paid. At home: Korean cards through the PG's app-card authentication, the wallets (Kakao Pay,
 * Naver Pay, Toss: the store never sees the card behind them), a virtual account (가상계좌: a bank transfer paid
 * within two days or cancelled) and carrier billing. Abroad: cards with 3-D Secure, and PayPal.
 */
export type Method =
  'card' | 'kakao_pay' | 'naver_pay' | 'toss_pay' | 'virtual_account' | 'carrier_billing' | 'paypal';

/** How the payment was authenticated, as the PG reports it. */
export type Auth =
  'app_card' | 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'not_attempted' | 'off_session';

export interface Customer extends Buyer {
  locale: string;
  /** Loyalty points balance (1 point = ₩1). */
  points?: number;
}

/** One attempt; a virtual account is paid hours later. */
export interface Attempt extends MethodAttempt<Method> {
  auth?: Auth;
}

export interface Later extends KitLater {
  /** `order.updated`: the parcel left the warehouse. */
  shipped?: boolean;
}

export type ShipMethod = 'cj_parcel' | 'ems' | 'k_packet' | 'dhl' | 'none';

export type Channel = 'app' | 'web' | 'live';

export interface Purchase extends PurchaseCore<Basket, Attempt, Later> {
  buyer: Customer;
  method: Method;
  shipping: Address;
  /** The name on the parcel when it is not the buyer's. */
  recipient?: string;
  shipMethod: ShipMethod;
  ip: string;
  device: Device;
  channel: Channel;
  coupon?: string;
  referral?: string;
  gift?: boolean;
  subscription?: 'new' | 'renewal';
}
