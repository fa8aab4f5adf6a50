import {
  type Address,
  type Buyer,
  type Card,
  type Device,
  type Later,
  type MethodAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Basket } from './catalog.js';

/** One planned purchase, before events.ts renders it as the store's webhooks. */

export type { Address, Card, Device, Later };

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

/** One attempt. Pix: minutes after the step before; boleto: days. */
export interface Attempt extends MethodAttempt<Method> {
  /** Wallets only. */
  wallet?: Wallet;
  /** Credit cards: 1 (à vista) to 12 (parcelado em 12x sem juros). */
  installments?: number;
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
