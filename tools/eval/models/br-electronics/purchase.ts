import { type CheckResult } from '@vigil/contracts';
import { type Address, type Buyer, type Card, type Device, type PurchaseCore } from '../kit/purchase.js';
import { type Basket } from './catalog.js';

/** One planned purchase, before events.ts renders it as the store's webhooks. */

export type { Address, Card, Device };

/**
 * How an order is paid. Pix (instant, a QR code paid from any bank app) and boleto (a bank slip paid days
 * later) never show the store a card; wallets (Mercado Pago, PicPay, PayPal) pay from a balance or a card the
 * store never sees.
 */
export type Method = 'pix' | 'boleto' | 'credit_card' | 'wallet';

export type Wallet = 'mercado_pago' | 'picpay' | 'paypal';

/** Every buyer gives a CPF (people) or a CNPJ (companies); the store sends a hash of it, never the number. */
export interface TaxId {
  type: 'cpf' | 'cnpj';
  /** The number itself, check digits valid: only used to hash. */
  number: string;
}

export interface Customer extends Buyer {
  taxId: TaxId;
  phone: string;
}

export interface Attempt {
  method: Method;
  /** Credit cards only. */
  card?: Card;
  /** Wallets only. */
  wallet?: Wallet;
  ok: boolean;
  avs: CheckResult;
  cvc: CheckResult;
  /** Credit cards: 1 (à vista) to 12 (parcelado em 12x sem juros). */
  installments?: number;
  /** After the previous step (the order, or the previous attempt). Pix: minutes; boleto: days. */
  afterMs: number;
  decline?: string;
}

export type LaterType =
  'order.updated' | 'order.cancelled' | 'refund.created' | 'fraud_warning.created' | 'dispute.created';

export interface Later {
  type: LaterType;
  /** After the order was placed. */
  afterMs: number;
  reason?: string;
  /** Partial refunds. */
  amount?: number;
  /** `order.updated`: a new delivery address. */
  shipping?: Address;
}

/** Home, work, a pickup locker (Correios or a partner's), or e-mailed (gift cards). */
export type Delivery = 'home' | 'work' | 'locker' | 'digital';

export type Carrier = 'correios_sedex' | 'correios_pac' | 'transportadora' | 'email';

export interface Purchase extends PurchaseCore<Basket, Attempt, Later> {
  buyer: Customer;
  method: Method;
  delivery: Delivery;
  carrier: Carrier;
  /** Absent for gift cards only. */
  shipping?: Address;
  ip: string;
  device: Device;
  /** Ordered from the store's app (else the website). */
  app: boolean;
  coupon?: string;
}
