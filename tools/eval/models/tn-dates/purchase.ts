import { type CanonicalEvent } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  type Card,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket } from './catalogue.js';
import { newCard } from './people.js';

/** One planned purchase, how people pay at this checkout, and what happens to an order after it is placed. */

export { DAY, HOUR, MINUTE };

/** The checkout's payment options as the shop posts them. */
export type Method =
  | 'carte_bancaire'
  | 'e_dinar'
  | 'd17'
  | 'flouci'
  | 'paiement_a_la_livraison'
  | 'virement_bancaire'
  | 'paypal';
export type ThreeDS = 'challenge_passed' | 'challenge_failed' | 'frictionless' | 'exempt' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'card_not_enabled_for_ecommerce'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'restricted_card'
  | 'insufficient_balance'
  | 'otp_timeout';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card>;

export type Carrier = 'rapid_poste' | 'livreur_maison' | 'aramex';

export interface LaterEvent {
  type: CanonicalEvent['type'];
  afterMs: number;
  reason?: string;
  amount?: number;
  status?: string;
  shipping?: Address;
}

export interface Purchase {
  at: number;
  fraud: boolean;
  kind: string;
  basket: Basket;
  buyer: Buyer;
  billing: Address;
  shipping: Address;
  ip: string;
  device: Device;
  locale: string;
  phone: string;
  /** What the buyer picked at checkout. */
  method: Method;
  carrier: Carrier;
  attempts: Attempt[];
  later: LaterEvent[];
  company?: { name: string; taxId: string };
  giftMessage?: string;
}

const EEA = new Set(['FR', 'IT', 'DE', 'BE']);

/** 3-D Secure as the issuer runs it: Tunisian banks always send an SMS code; EEA issuers under PSD2. */
export function secure(rng: Rng, card: Card, ok: boolean, amount: number, currency: string): ThreeDS {
  if (card.country === 'TN') return ok ? 'challenge_passed' : 'challenge_failed';
  if (!EEA.has(card.country))
    return rng.chance(0.6) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (currency === 'EUR' && amount < 3_000 && rng.chance(0.4)) return 'exempt';
  return rng.chance(0.55) ? 'frictionless' : 'challenge_passed';
}

export interface CardTry {
  ok: boolean;
  afterMs: number;
  decline?: Decline;
  saved?: boolean;
  threeDS?: ThreeDS;
}

/** A card authorisation at the gateway: AVS is not offered (`unavailable`); CVC is not asked for a saved card. */
export function cardTry(rng: Rng, card: Card, amount: number, currency: string, t: CardTry): Attempt {
  const authFailed = t.decline === 'authentication_failed';
  const secured = t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, true, amount, currency));
  return {
    method: 'carte_bancaire',
    card,
    ok: t.ok,
    avs: 'unavailable',
    cvc: t.saved ? 'unchecked' : t.decline === 'incorrect_cvc' ? 'fail' : 'pass',
    ...(t.decline === 'card_not_enabled_for_ecommerce' || t.decline === 'restricted_card'
      ? {}
      : { threeDS: secured }),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(20_000, 150_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

/** How an honest buyer in Tunisia pays a TND basket: cash on delivery first, then cards, wallets, e-Dinar. */
export function tunisianMethod(rng: Rng, amount: number, hasCard: boolean): Method {
  return rng.weightedPick<Method>([
    ['paiement_a_la_livraison', amount > 400_000 ? 20 : 50],
    ['carte_bancaire', hasCard ? 22 : 4],
    ['d17', 10],
    ['flouci', 9],
    ['e_dinar', 6],
    ['virement_bancaire', amount > 300_000 ? 25 : 1],
  ]);
}

/** The attempts behind a chosen method, with honest failures and how people recover from them. */
export function honestAttempts(
  rng: Rng,
  method: Method,
  cards: readonly Card[],
  country: string,
  amount: number,
  currency: string,
  saved: boolean,
): Attempt[] {
  if (method === 'paiement_a_la_livraison') return [];
  if (method === 'virement_bancaire')
    return rng.chance(0.9) ? [other(method, true, rng.int(3 * HOUR, 3 * DAY))] : [];
  const first = firstAuth(rng);
  if (method !== 'carte_bancaire') {
    const fail = rng.chance(method === 'paypal' ? 0.03 : 0.09);
    if (!fail) return [other(method, true, first)];
    const decline: Decline =
      method === 'paypal' ? 'do_not_honor' : rng.pick(['insufficient_balance', 'otp_timeout']);
    const out = [other(method, false, first, decline)];
    if (rng.chance(0.75)) out.push(other(method, true, retryGap(rng)));
    return out;
  }
  const card = cards[0] ?? newCard(rng, country);
  const declineShare = country === 'TN' ? 0.16 : 0.06;
  if (!rng.chance(declineShare))
    return [cardTry(rng, card, amount, currency, { ok: true, afterMs: first, saved })];
  const why: Decline =
    country === 'TN'
      ? rng.weightedPick<Decline>([
          ['card_not_enabled_for_ecommerce', 4],
          ['insufficient_funds', 3],
          ['authentication_failed', 3],
          ['expired_card', 1],
        ])
      : rng.weightedPick<Decline>([
          ['insufficient_funds', 3],
          ['authentication_failed', 3],
          ['incorrect_cvc', 2],
          ['do_not_honor', 2],
        ]);
  const out = [cardTry(rng, card, amount, currency, { ok: false, decline: why, afterMs: first, saved })];
  if (rng.chance(0.15)) return out;
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    out.push(cardTry(rng, card, amount, currency, { ok: true, afterMs: retryGap(rng) }));
  } else if (country === 'TN') {
    out.push(other(rng.pick<Method>(['d17', 'flouci']), true, retryGap(rng)));
  } else if (rng.chance(0.5)) out.push(other('paypal', true, retryGap(rng)));
  else
    out.push(
      cardTry(rng, cards[1] ?? newCard(rng, country), amount, currency, { ok: true, afterMs: retryGap(rng) }),
    );
  return out;
}

export const paidBy = (attempts: readonly Attempt[]): boolean => attempts.some((a) => a.ok);

/**
 * Shipping and delivery: prepared in Tozeur or Sfax in half a day to two days (shorter hours in Ramadan),
 * delivered in Tunisia in one to three days, in Europe by Aramex in four to eight. Cash on delivery settles at
 * the door; a few honest buyers are not home or change their mind and the parcel comes back.
 */
export function deliverySteps(rng: Rng, to: string, cod: boolean, refusedShare = 0.04): LaterEvent[] {
  const ship = rng.int(10, 44) * HOUR + rng.int(0, 59) * MINUTE;
  const arrive = ship + (to === 'TN' ? rng.int(20, 70) : rng.int(96, 190)) * HOUR;
  if (cod && rng.chance(refusedShare))
    return [
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      {
        type: 'order.updated',
        afterMs: arrive,
        status: 'delivery_failed',
        reason: rng.pick(['refused_at_door', 'unreachable']),
      },
      { type: 'order.cancelled', afterMs: arrive + rng.int(2, 5) * DAY, reason: 'returned_to_sender' },
    ];
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    ...(cod ? [{ type: 'payment.succeeded' as const, afterMs: arrive }] : []),
    { type: 'order.updated', afterMs: arrive + 1_000, status: 'delivered' },
  ];
}

/** What may follow an honest, paid, delivered order: an oil can broken in transit, a rare dispute. */
export function honestAftercare(rng: Rng, amount: number, oil: boolean, delivered: number): LaterEvent[] {
  if (oil && rng.chance(0.025))
    return [
      {
        type: 'refund.created',
        afterMs: delivered + rng.int(1, 4) * DAY,
        reason: 'damaged_in_transit',
        amount: Math.floor(amount / 3),
      },
    ];
  if (rng.chance(0.006))
    return [
      {
        type: 'refund.created',
        afterMs: delivered + rng.int(1, 6) * DAY,
        reason: 'product_unacceptable',
        amount: Math.floor(amount / 4),
      },
    ];
  if (rng.chance(0.0015))
    return [
      { type: 'dispute.created', afterMs: delivered + rng.int(20, 50) * DAY, reason: 'product_not_received' },
    ];
  return [];
}

/** An order whose online payment never went through is released after 45–90 minutes. */
export const releaseUnpaid = (rng: Rng, attempts: readonly Attempt[], method: Method): LaterEvent[] =>
  method === 'virement_bancaire'
    ? [{ type: 'order.cancelled', afterMs: rng.int(5, 7) * DAY, reason: 'transfer_not_received' }]
    : [
        {
          type: 'order.cancelled',
          afterMs: attempts.reduce((s, a) => s + a.afterMs, 0) + rng.int(45, 90) * MINUTE,
          reason: 'payment_failed',
        },
      ];
