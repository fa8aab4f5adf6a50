import {
  type Address,
  type Buyer,
  type Card,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { shownCard, type Step } from '../kit/timeline.js';
import { avsOf, cvcOf, type Decline, type Entry, type HeldCard, honestDecline, newCard } from './cards.js';
import { type Basket } from './catalogue.js';

/**
 * One planned purchase before events.ts renders it; how the shop's customers pay and what happens after.
 * Payment methods as the checkout names them: `ramburs` (cash or card to the courier or at the easybox screen,
 * settled when delivered), `card` (3-D Secure through the local processor), `card_rate` (instalments on a
 * partner bank's credit card), `paypal`, `ordin_de_plata` (a bank transfer against a pro-forma invoice, for
 * firms), `card_cadou` (a gift card's balance) and `portofel_fidelitate` (the loyalty wallet).
 */

export { DAY, HOUR, MINUTE };

export type Method =
  'ramburs' | 'card' | 'card_rate' | 'paypal' | 'ordin_de_plata' | 'card_cadou' | 'portofel_fidelitate';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'attempted' | 'not_enrolled';
export type Courier = 'fan_courier' | 'sameday' | 'cargus' | 'posta_md' | 'dhl' | 'email';

/** An attempt carries the card as the bodies show it (no funding or issuer). */
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card>;

/** A later step: the kit's, with a fulfilment `status` and a new address for a readdressed parcel. */
export type LaterEvent = Step & { status?: string; shipping?: Address; method?: Method };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  /** The method chosen at checkout. */
  method: Method;
  courier: Courier;
  ip: string;
  device: Device;
  locale: string;
  giftNote?: string;
  company?: { name: string; cui: string };
  instalments?: number;
}

const EEA_3DS = new Set(['RO', 'MD', 'HU', 'BG', 'IT', 'ES', 'DE', 'FR', 'GB']);

/** 3-D Secure as the local processor runs it: a challenge for most Romanian cards, exemptions on small amounts. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, bani: number): ThreeDS {
  if (!EEA_3DS.has(card.country)) return rng.chance(0.6) ? 'not_enrolled' : 'attempted';
  if (!ok) return 'challenge_failed';
  if (bani < 10_000 && rng.chance(0.4)) return 'frictionless';
  return rng.chance(0.75) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The holder's own address given at checkout (AVS, where answered). */
  holder?: boolean;
  threeDS?: ThreeDS;
  method?: 'card' | 'card_rate';
}

/** One card authorisation in lei-equivalent `bani`. */
export function cardAttempt(rng: Rng, card: HeldCard, bani: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed';
  return cardPaymentAttempt({
    method: t.method ?? 'card',
    card: shownCard(card),
    ok: t.ok,
    avs: avsOf(rng, card, t.holder ?? true),
    cvc: cvcOf(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, bani)),
    afterMs: t.afterMs,
    decline: t.ok ? undefined : t.decline,
  });
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(20_000, 120_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

/** The basket's value in bani, whatever its currency (for 3-D Secure exemptions and instalment thresholds). */
export const inBani = (b: Basket): number => (b.currency === 'EUR' ? Math.round(b.amount * 4.95) : b.amount);

export interface Payer {
  country: string;
  cards: HeldCard[];
  /** Pays cash on delivery by habit (Romanian addresses only). */
  ramburs: boolean;
  signedIn: boolean;
  wallet?: number;
  /** Shipping to Romania: cash on delivery is possible. */
  toRomania: boolean;
  /** Came for the instalments (a big basket on a partner bank's card). */
  wantsRate?: boolean;
}

export interface Payment {
  method: Method;
  attempts: Attempt[];
  /** Declined at checkout, then switched to cash on delivery. */
  switched?: boolean;
  instalments?: number;
}

/**
 * How an honest customer pays. In Romania most pay cash on delivery; the rest by card under 3-D Secure, on
 * instalments for big baskets, with the loyalty wallet when it covers the order. Abroad: cards and PayPal. A
 * declined card is retried after topping up, answered properly the second time, or the order goes ramburs.
 */
export function honestPay(rng: Rng, payer: Payer, basket: Basket): Payment {
  const bani = inBani(basket);
  const rate = payer.country === 'RO' && bani >= 100_000;
  const method = rng.weightedPick<Method>([
    ['ramburs', payer.toRomania ? (payer.ramburs ? 80 : payer.country === 'RO' ? 45 : 12) : 0],
    ['card', payer.country === 'RO' ? 40 : 65],
    ['card_rate', rate ? (payer.wantsRate ? 400 : 30) : 0],
    ['paypal', payer.country === 'RO' ? 3 : 25],
    ['portofel_fidelitate', payer.signedIn && (payer.wallet ?? 0) >= bani ? 25 : 0],
    ['card_cadou', payer.toRomania ? 1.5 : 0],
  ]);
  const first = firstAuth(rng);
  if (method === 'ramburs') return { method, attempts: [] };
  if (method === 'portofel_fidelitate' || method === 'card_cadou')
    return { method, attempts: [other(method, true, rng.int(3_000, 20_000))] };
  if (method === 'paypal') {
    if (!rng.chance(0.03)) return { method, attempts: [other('paypal', true, first)] };
    return {
      method,
      attempts: [other('paypal', false, first, 'do_not_honor'), other('paypal', true, retryGap(rng))],
    };
  }
  const rateCard = method === 'card_rate' ? payer.cards.find((c) => c.rate) : undefined;
  const card = rateCard ?? (payer.cards.length > 0 ? rng.pick(payer.cards) : newCard(rng, payer.country));
  const chosen: 'card' | 'card_rate' = method === 'card_rate' && card.rate ? 'card_rate' : 'card';
  const instalments = chosen === 'card_rate' ? rng.pick([3, 4, 6, 6, 10, 12]) : undefined;
  const entry: Entry = payer.signedIn && payer.cards.includes(card) && rng.chance(0.5) ? 'saved' : 'typed';
  const base = { entry, method: chosen } as const;
  const extra = instalments ? { instalments } : {};
  if (!rng.chance(payer.country === 'RO' ? 0.07 : 0.05))
    return {
      method: chosen,
      attempts: [cardAttempt(rng, card, bani, { ...base, ok: true, afterMs: first })],
      ...extra,
    };
  const why = honestDecline(rng);
  const attempts = [cardAttempt(rng, card, bani, { ...base, ok: false, decline: why, afterMs: first })];
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    attempts.push(
      cardAttempt(rng, card, bani, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }),
    );
    return { method: chosen, attempts, ...extra };
  }
  if (payer.toRomania && rng.chance(0.55)) return { method: chosen, attempts, switched: true };
  if (rng.chance(0.15)) return { method: chosen, attempts };
  const next =
    payer.cards.find((c) => c !== card) ??
    (why === 'insufficient_funds' ? card : newCard(rng, payer.country));
  const gap = why === 'insufficient_funds' && next === card ? rng.int(10, 90) * MINUTE : retryGap(rng);
  attempts.push(cardAttempt(rng, next, bani, { ...base, entry: 'typed', ok: true, afterMs: gap }));
  return { method: chosen, attempts, ...extra };
}

export const courierFor = (rng: Rng, shipTo: string | undefined, locker: boolean): Courier => {
  if (!shipTo) return 'email';
  if (locker) return 'sameday';
  if (shipTo === 'MD') return 'posta_md';
  if (shipTo !== 'RO') return 'dhl';
  return rng.weightedPick<Courier>([
    ['fan_courier', 50],
    ['sameday', 25],
    ['cargus', 25],
  ]);
};

/**
 * What happens to an honest order: e-gift cards are e-mailed at once; parcels ship within a day or two and are
 * delivered (cash on delivery settled then); a few ramburs parcels are refused or never collected, a few are
 * returned within the 14-day withdrawal period, a perfume bottle now and then arrives broken, and very rarely a
 * card holder disputes.
 */
export function honestAfter(
  rng: Rng,
  p: { method: Method; courier: Courier; amount: number; cod: boolean },
): LaterEvent[] {
  if (p.courier === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(1, 4) * MINUTE, status: 'sent' }];
  if (!p.cod && rng.chance(0.01))
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 12) * HOUR, reason: 'customer_request' }];
  const ship = rng.int(6, 40) * HOUR;
  const abroad = p.courier === 'dhl' || p.courier === 'posta_md';
  const delivered = ship + rng.int(abroad ? 48 : 14, abroad ? 140 : 60) * HOUR;
  const out: LaterEvent[] = [{ type: 'order.updated', afterMs: ship, status: 'shipped' }];
  if (p.cod && rng.chance(0.035)) {
    out.push(
      { type: 'order.updated', afterMs: delivered + rng.int(2, 5) * DAY, status: 'returned_to_sender' },
      { type: 'order.cancelled', afterMs: delivered + rng.int(5, 6) * DAY, reason: 'refused_at_delivery' },
    );
    return out;
  }
  out.push({ type: 'order.updated', afterMs: delivered, status: 'delivered' });
  if (p.cod)
    out.push({ type: 'payment.succeeded', afterMs: delivered + rng.int(1, 20) * MINUTE, method: 'ramburs' });
  if (rng.chance(0.025))
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(4, 14) * DAY,
      reason: 'returned',
      amount: Math.min(p.amount, Math.round(p.amount * rng.float(0.3, 1))),
    });
  else if (rng.chance(0.01))
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(1, 3) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(p.amount, Math.round(p.amount * rng.float(0.2, 0.6))),
    });
  else if (!p.cod && p.method !== 'portofel_fidelitate' && rng.chance(0.003))
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(20, 45) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
