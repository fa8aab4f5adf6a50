import { type CheckResult } from '@vigil/contracts';
import { HOUR } from './stream.js';

/**
 * The shapes a planned purchase is made of, where the models that post canonical Standard Webhooks bodies had
 * the same ones, and the local-hour arithmetic of their time-of-day curves. The curves themselves, and any
 * shape a model bends (cardless attempts, required address lines), stay in the model.
 */

export { HOUR };
export const MINUTE = 60_000;
export const DAY = 24 * HOUR;

/** The stream's window, ms. */
export interface Window {
  start: number;
  end: number;
}

export interface Address {
  country: string;
  postalCode?: string;
  city?: string;
  line1?: string;
}

export interface Card {
  bin: string;
  last4: string;
  brand: string;
  country: string;
  fingerprint: string;
}

export interface Device {
  userAgent: string;
  /** The app always sends one; a web fingerprint script most of the time. */
  id?: string;
}

export interface Buyer {
  /** Absent for guest checkout. */
  id?: string;
  email: string;
  name: string;
  /** When the account was opened (ms); accounts only. */
  createdAt?: number;
}

/** A signed-in account as the purchase's buyer: its id, e-mail, name and when it was opened. */
export const accountBuyer = (a: { id: string; email: string; name: string; createdAt: number }): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.name,
  createdAt: a.createdAt,
});

/** One basket line: a product of the model's category type, its unit price in minor units. */
export interface BasketLine<C extends string = string> {
  sku: string;
  name: string;
  category: C;
  quantity: number;
  price: number;
}

/** A catalogue's product: its category of the model's type, its unit price in minor units. */
export interface Product<C extends string = string> {
  sku: string;
  name: string;
  category: C;
  price: number;
}

/** A product as the catalogues list them. */
export const product = <C extends string>(
  sku: string,
  name: string,
  category: C,
  price: number,
): Product<C> => ({
  sku,
  name,
  category,
  price,
});

/** `quantity` of a product as a basket line. */
export const lineOf = <C extends string>(p: Product<C>, quantity = 1): BasketLine<C> => ({
  sku: p.sku,
  name: p.name,
  category: p.category,
  quantity,
  price: p.price,
});

/** One card authorisation. */
export interface CardAttempt {
  card: Card;
  ok: boolean;
  avs: CheckResult;
  cvc: CheckResult;
  /** Delay after the previous step (the order, or the previous attempt). */
  afterMs: number;
}

/** An attempt by one of a model's methods (card, wallet, slip, …): a card only when the method shows one. */
export interface MethodAttempt<M extends string, C = Card> {
  method: M;
  card?: C;
  ok: boolean;
  avs: CheckResult;
  cvc: CheckResult;
  /** After the previous step (the order, or the previous attempt); a slip or transfer is paid hours later. */
  afterMs: number;
  /** Why it failed. */
  decline?: string;
}

/**
 * A payment attempt whose checks are optional (none for PayPal, a transfer or a gift card): the model's methods,
 * its 3-D Secure outcomes and decline codes, its card type.
 */
export interface PaymentAttempt<M extends string, T extends string, D extends string = string, C = Card> {
  method: M;
  card?: C;
  ok: boolean;
  avs?: CheckResult;
  cvc?: CheckResult;
  threeDS?: T;
  decline?: D;
  /** After the previous step (the order, or the previous attempt). */
  afterMs: number;
}

/** An attempt by a method that shows no card and no checks; a decline code only when it failed. */
export const otherAttempt = <M extends string, D extends string>(
  method: M,
  ok: boolean,
  afterMs: number,
  decline?: D,
) => ({ method, ok, afterMs, ...(!ok && decline ? { decline } : {}) });

/**
 * A card attempt in that shape: 3-D Secure only when there was any, a decline code only when it failed. The
 * fields are evaluated in the caller's order, so the draws behind them stay in the model's order.
 */
export const cardPaymentAttempt = <M extends string, T extends string, D extends string, C>(a: {
  method: M;
  card: C;
  ok: boolean;
  avs: CheckResult;
  cvc: CheckResult;
  threeDS?: T | undefined;
  afterMs: number;
  decline?: D | undefined;
}): PaymentAttempt<M, T, D, C> => ({
  method: a.method,
  card: a.card,
  ok: a.ok,
  avs: a.avs,
  cvc: a.cvc,
  ...(a.threeDS ? { threeDS: a.threeDS } : {}),
  afterMs: a.afterMs,
  ...(!a.ok && a.decline ? { decline: a.decline } : {}),
});

/** Whether any attempt went through. */
export const paid = (p: { attempts: ReadonlyArray<{ ok: boolean }> }): boolean =>
  p.attempts.some((a) => a.ok);

export type LaterType =
  'order.updated' | 'order.cancelled' | 'refund.created' | 'fraud_warning.created' | 'dispute.created';

/** Something that happens to the order after checkout. */
export interface Later {
  type: LaterType;
  /** After the order was placed. */
  afterMs: number;
  reason?: string;
  /** Partial refunds. */
  amount?: number;
  /** For `order.updated`: the new delivery address. */
  shipping?: Address;
}

/** What every planned purchase carries; a model adds its buyer, shipping, network and device fields. */
export interface PurchaseCore<B, A, L = Later> {
  at: number;
  fraud: boolean;
  kind: string;
  basket: B;
  billing: Address;
  attempts: A[];
  later: L[];
}

/** The local hour (fractional, 0–24) at `t` for UTC offset `tz` hours. */
export const localHour = (t: number, tz: number): number => (((t / HOUR + tz) % 24) + 24) % 24;

/**
 * A moment in the window between local hours `from` and `to` (to may pass midnight, e.g. 23 → 5), drawn with
 * `range(start, end)` up to 400 times; after that, any moment.
 */
export function betweenHours(
  range: (from: number, to: number) => number,
  w: Window,
  tz: number,
  from: number,
  to: number,
): number {
  for (let i = 0; i < 400; i++) {
    const t = range(w.start, w.end);
    const h = localHour(t, tz);
    if (from <= to ? h >= from && h < to : h >= from || h < to) return Math.floor(t);
  }
  return Math.floor(range(w.start, w.end));
}
