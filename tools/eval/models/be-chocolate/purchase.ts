import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  otherAttempt,
  paid,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
} from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  'card' | 'bancontact' | 'ideal' | 'paypal' | 'klarna' | 'apple_pay' | 'google_pay' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `delivered`, `collected`, `sent`, `confirmed`). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  giftNote?: string;
  /** An e-gift card's recipient. */
  recipient?: string;
  company?: { name: string; vatId: string };
  /** A subscription box charged by the shop itself, off-session (the subscriber's signup connection). */
  renewal?: boolean;
  /** Prices shown in pounds to British buyers; always charged in euros. */
  shownIn?: 'GBP';
}

const EEA = new Set(['BE', 'NL', 'FR', 'DE', 'LU', 'ES', 'IT']);

/** PSD2 strong authentication on European cards; British issuers the same; elsewhere rarely enrolled. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number): ThreeDS {
  if (!EEA.has(card.country) && card.country !== 'GB' && card.country !== 'CH')
    return rng.chance(0.6) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (amount < 3000 && rng.chance(0.6)) return 'exempt';
  return rng.chance(amount > 25_000 ? 0.8 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows better (a phished one-time code, a merchant-initiated charge). */
  threeDS?: ThreeDS;
}

/** One card authorisation: Bancontact cards are their own method; wallets are Apple Pay or Google Pay. */
export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method =
    card.brand === 'bancontact'
      ? 'bancontact'
      : entry === 'wallet'
        ? rng.chance(0.75)
          ? 'apple_pay'
          : 'google_pay'
        : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(card, entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, amount)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(30_000, 5 * MINUTE);

/** How people in each country like to pay (Bancontact only on Belgian cards, iDEAL only for Dutch banks). */
const METHODS: Readonly<Record<string, ReadonlyArray<readonly [Method, number]>>> = {
  BE: [
    ['bancontact', 46],
    ['card', 20],
    ['apple_pay', 11],
    ['paypal', 9],
    ['klarna', 4],
    ['google_pay', 3],
  ],
  NL: [
    ['ideal', 56],
    ['card', 10],
    ['paypal', 12],
    ['klarna', 12],
    ['apple_pay', 10],
  ],
  FR: [
    ['card', 64],
    ['paypal', 16],
    ['apple_pay', 14],
    ['google_pay', 4],
    ['klarna', 2],
  ],
  DE: [
    ['paypal', 36],
    ['klarna', 24],
    ['card', 26],
    ['apple_pay', 10],
    ['google_pay', 4],
  ],
  LU: [
    ['card', 52],
    ['paypal', 22],
    ['apple_pay', 18],
    ['klarna', 4],
    ['google_pay', 4],
  ],
  GB: [
    ['card', 54],
    ['paypal', 20],
    ['apple_pay', 20],
    ['klarna', 6],
  ],
};
const ABROAD: ReadonlyArray<readonly [Method, number]> = [
  ['card', 70],
  ['apple_pay', 20],
  ['paypal', 10],
];

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  match?: Match;
  /** Some methods are not offered (Klarna not for gift cards or companies). */
  without?: readonly Method[];
}

/**
 * How an honest customer pays. Declines are retried the way people do: the right CVC, the 3-D Secure prompt
 * answered this time, another card, or PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const big = amount > 30_000;
  const offered = (METHODS[payer.country] ?? ABROAD).filter(([m]) => !payer.without?.includes(m));
  let method = rng.weightedPick(offered);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.08 : 0.045));
  if (method === 'ideal' || method === 'paypal' || method === 'klarna') {
    if (!declined) return [other(method, true, first)];
    const why =
      method === 'klarna' ? 'do_not_honor' : method === 'ideal' ? 'authentication_failed' : 'do_not_honor';
    if (rng.chance(0.12)) return [other(method, false, first, why)];
    return [
      other(method, false, first, why),
      other(method === 'klarna' ? 'paypal' : method, true, retryGap(rng)),
    ];
  }
  const bancontact = payer.cards.find((c) => c.brand === 'bancontact');
  const others = payer.cards.filter((c) => c.brand !== 'bancontact');
  if (method === 'bancontact' && !bancontact) method = 'card';
  const card =
    method === 'bancontact' && bancontact
      ? bancontact
      : (rng.pick(others.length > 0 ? others : payer.cards) ?? newCard(rng, payer.country, 'credit'));
  const entry: Entry =
    method === 'apple_pay' || method === 'google_pay'
      ? 'wallet'
      : payer.signedIn && rng.chance(0.5)
        ? 'saved'
        : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * What happens to an honest order once paid. Parcels leave within one to two days and arrive in one to three
 * (chilled abroad); pickup orders are collected; e-gift cards are e-mailed; workshops confirmed. A chilled parcel
 * held up in a warm depot now and then really does arrive melted and is refunded; a few orders are cancelled; a
 * few are disputed by a cardholder who forgot, or whose partner bought the gift (friendly fraud).
 */
export function honestAfter(rng: Rng, f: Fulfilment, amount: number): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (f === 'email') out.push({ type: 'order.updated', afterMs: rng.int(1, 15) * MINUTE, status: 'sent' });
  else if (f === 'workshop') {
    if (rng.chance(0.04))
      return [
        { type: 'order.cancelled', afterMs: rng.int(1, 9) * DAY, reason: 'customer_request' },
        { type: 'refund.created', afterMs: rng.int(9, 10) * DAY, reason: 'requested_by_customer' },
      ];
    out.push({ type: 'order.updated', afterMs: rng.int(2, 30) * MINUTE, status: 'confirmed' });
  } else {
    if (rng.chance(0.01))
      return [
        { type: 'order.cancelled', afterMs: rng.int(1, 16) * HOUR, reason: 'customer_request' },
        { type: 'refund.created', afterMs: rng.int(17, 26) * HOUR, reason: 'requested_by_customer' },
      ];
    if (f === 'pickup') {
      const ready = rng.int(3, 30) * HOUR;
      out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
      out.push({ type: 'order.updated', afterMs: ready + rng.int(2, 96) * HOUR, status: 'collected' });
    } else {
      const ship = rng.int(10, 44) * HOUR;
      const chilled = f !== 'post';
      out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
      const arrive = ship + rng.int(chilled ? 20 : 18, chilled ? 72 : 48) * HOUR;
      out.push({ type: 'order.updated', afterMs: arrive, status: 'delivered' });
      if (rng.chance(chilled ? 0.025 : 0.008))
        out.push({
          type: 'refund.created',
          afterMs: arrive + rng.int(3, 48) * HOUR,
          reason: 'melted_in_transit',
          amount: rng.chance(0.5) ? amount : Math.max(500, Math.round(amount * rng.float(0.2, 0.6))),
        });
    }
  }
  if (rng.chance(0.003))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'product_not_received' });
  else if (rng.chance(0.002))
    out.push({ type: 'dispute.created', afterMs: rng.int(15, 50) * DAY, reason: 'fraudulent' });
  return out;
}
