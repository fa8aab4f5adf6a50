import {
  type Address,
  type Buyer,
  cardPaymentAttempt,
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
import { type Basket, type Delivery } from './catalogue.js';
import { type Region } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after the order. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'bizum' | 'paypal' | 'klarna' | 'bank_transfer';
export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'exempt_low_value'
  | 'attempted'
  | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `delivered`, `ready_for_pickup`, `collected`). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  region: Region;
  ip: string;
  device: Device;
  locale: string;
  channel: 'web' | 'app';
  giftMessage?: string;
  /** A supporters' club or amateur team ordering as an association. */
  club?: { name: string; taxId: string };
}

const SCA = new Set(['ES', 'FR', 'DE', 'IT', 'PT', 'NL', 'BE', 'IE', 'AT', 'LT', 'GB']);

/**
 * 3-D Secure as it goes: European and British cards under strong authentication (small amounts exempt, a
 * challenge more likely the bigger the basket); US cards mostly frictionless; Latin American issuers uneven.
 */
export function secure(rng: Rng, card: HeldCard, amount: number): ThreeDS {
  if (SCA.has(card.country)) {
    if (amount < 3000 && rng.chance(0.6)) return 'exempt_low_value';
    return rng.chance(amount > 25_000 ? 0.8 : 0.5) ? 'challenge_passed' : 'frictionless';
  }
  if (card.country === 'US')
    return rng.weightedPick<ThreeDS>([
      ['frictionless', 70],
      ['attempted', 20],
      ['challenge_passed', 10],
    ]);
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 40],
    ['challenge_passed', 30],
    ['attempted', 20],
    ['not_enrolled', 10],
  ]);
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result, when the planner knows better (a phished code, a failed challenge). */
  threeDS?: ThreeDS;
}

/** A card (or Apple/Google Pay) authorisation with its checks. */
export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry, wallet?: Method): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (wallet ?? 'apple_pay') : 'card';
  const failedAuth = t.decline === 'authentication_failed';
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS:
      t.threeDS ??
      (failedAuth ? 'challenge_failed' : entry === 'wallet' ? 'frictionless' : secure(rng, card, amount)),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  /** Where the payer lives: which methods they have. */
  country: string;
  region: Region;
  signedIn: boolean;
  match?: Match;
}

/** The methods people use, by where they live; Bizum only in Spain, Klarna from €35. */
function methodOf(rng: Rng, p: Payer, amount: number): Method {
  const klarna = amount >= 3500;
  const w: ReadonlyArray<readonly [Method, number]> =
    p.country === 'ES'
      ? [
          ['card', 38],
          ['apple_pay', 13],
          ['google_pay', 6],
          ['bizum', 18],
          ['paypal', 16],
          ['klarna', klarna ? 9 : 0],
        ]
      : p.region === 'LATAM'
        ? [
            ['card', 58],
            ['paypal', 35],
            ['apple_pay', 5],
            ['google_pay', 2],
          ]
        : p.region === 'US'
          ? [
              ['card', 52],
              ['apple_pay', 18],
              ['google_pay', 4],
              ['paypal', 18],
              ['klarna', klarna ? 6 : 0],
            ]
          : p.region === 'UK'
            ? [
                ['card', 42],
                ['apple_pay', 20],
                ['google_pay', 4],
                ['paypal', 20],
                ['klarna', klarna ? 10 : 0],
              ]
            : [
                ['card', 42],
                ['apple_pay', 13],
                ['google_pay', 6],
                ['paypal', 24],
                ['klarna', klarna ? 10 : 0],
              ];
  return rng.weightedPick(w);
}

const WALLET_DECLINES: readonly Decline[] = ['insufficient_funds', 'do_not_honor'];

/**
 * How an honest customer pays, and retries a decline the way people do: the right code, the 3-D Secure prompt
 * answered this time, another card, Bizum or PayPal instead; a few give up. Klarna turns some down; a Bizum
 * request left unanswered times out.
 */
export function honestPay(
  rng: Rng,
  p: Payer,
  amount: number,
  declineShare?: number,
  forced?: Method,
): Attempt[] {
  const method = forced ?? methodOf(rng, p, amount);
  const first = firstAuth(rng);
  const big = amount > 40_000;
  const latam = p.region === 'LATAM';
  const declined = rng.chance(declineShare ?? (latam ? 0.12 : big ? 0.08 : 0.045));
  const fallback = (): Attempt =>
    p.country === 'ES' && rng.chance(0.4)
      ? other('bizum', true, retryGap(rng))
      : rng.chance(0.5)
        ? other('paypal', true, retryGap(rng))
        : cardAttempt(rng, p.cards[0] ?? newCard(rng, p.country), amount, {
            ok: true,
            afterMs: retryGap(rng),
          });
  if (method === 'bank_transfer') return [other('bank_transfer', true, rng.int(6 * HOUR, 3 * DAY))];
  if (method === 'bizum' || method === 'paypal' || method === 'klarna') {
    const refused = method === 'klarna' ? rng.chance(0.1) : declined;
    if (!refused) return [other(method, true, first)];
    const why: Decline =
      method === 'bizum' ? 'bizum_timeout' : method === 'klarna' ? 'klarna_declined' : 'paypal_declined';
    const out = [other(method, false, first, why)];
    if (method === 'bizum' && rng.chance(0.6)) out.push(other('bizum', true, retryGap(rng)));
    else if (!rng.chance(0.08)) out.push(fallback());
    return out;
  }
  const card = rng.pick(p.cards);
  const wallet = method === 'apple_pay' || method === 'google_pay';
  const entry: Entry = wallet ? 'wallet' : p.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: p.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first }, method)];
  const why = wallet ? rng.pick(WALLET_DECLINES) : honestDecline(rng, card.country, big);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first }, method)];
  if (rng.chance(0.08)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  const next = p.cards.find((c) => c !== card);
  if (next && rng.chance(0.6)) {
    out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  out.push(fallback());
  return out;
}

const CARRIERS: Readonly<Record<Region, readonly string[]>> = {
  ES: ['Correos Express', 'SEUR', 'MRW', 'GLS'],
  EU: ['GLS', 'DHL Parcel', 'UPS'],
  UK: ['DHL Express', 'UPS'],
  US: ['DHL Express', 'FedEx'],
  LATAM: ['DHL Express', 'FedEx'],
  WORLD: ['DHL Express'],
};

export const carrierOf = (rng: Rng, region: Region): string => rng.pick(CARRIERS[region]);

/** Days in transit once shipped, by region. */
const TRANSIT: Readonly<Record<Region, readonly [number, number]>> = {
  ES: [18, 60],
  EU: [40, 110],
  UK: [40, 100],
  US: [60, 140],
  LATAM: [110, 300],
  WORLD: [90, 260],
};

export interface AfterHonest {
  region: Region;
  delivery: Delivery;
  amount: number;
  /** Name-and-number printing holds the parcel a day or three and rules out a return. */
  personalised: boolean;
  /** The share of orders with something sent back (sizes, mostly). */
  returns: number;
  /** A returned line's value, refunded. */
  returnValue: number;
}

/** Shipped (or ready in the shop) and delivered (or collected), with the times of each. */
export function fulfil(
  rng: Rng,
  a: { region: Region; delivery: Delivery; personalised: boolean },
): {
  events: LaterEvent[];
  delivered: number;
} {
  if (a.delivery === 'email') {
    const t = rng.int(1, 4) * MINUTE;
    return { events: [{ type: 'order.updated', afterMs: t, status: 'delivered' }], delivered: t };
  }
  const ready = (a.personalised ? rng.int(30, 80) : rng.int(3, 30)) * HOUR;
  if (a.delivery === 'store_pickup') {
    const collected = ready + rng.int(3, 96) * HOUR;
    return {
      events: [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
        { type: 'order.updated', afterMs: collected, status: 'collected' },
      ],
      delivered: collected,
    };
  }
  const [lo, hi] = TRANSIT[a.region];
  const delivered = ready + rng.int(lo, hi) * HOUR;
  return {
    events: [
      { type: 'order.updated', afterMs: ready, status: 'shipped' },
      { type: 'order.updated', afterMs: delivered, status: 'delivered' },
    ],
    delivered,
  };
}

/**
 * What happens to an honest order once paid: now and then cancelled before it ships; otherwise shipped and
 * delivered, with a size sent back and refunded for a few (never a personalised shirt), a parcel lost on the
 * way to Latin America refunded, and very rarely a dispute or an issuer's warning on a good order.
 */
export function honestAfter(rng: Rng, a: AfterHonest): LaterEvent[] {
  if (a.delivery !== 'email' && !a.personalised && rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const { events, delivered } = fulfil(rng, a);
  if (a.region === 'LATAM' && rng.chance(0.015)) {
    const last = events[events.length - 1];
    if (last) events.pop();
    events.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(10, 20) * DAY,
      reason: 'lost_in_transit',
    });
    return events;
  }
  if (a.delivery !== 'email' && rng.chance(a.personalised ? a.returns / 4 : a.returns))
    events.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(4, 16) * DAY,
      reason: a.personalised ? 'defective_print' : 'returned_item',
      amount: Math.min(a.amount, a.returnValue),
    });
  else if (rng.chance(0.002))
    events.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(15, 50) * DAY,
      reason: 'product_not_received',
    });
  else if (rng.chance(0.0008))
    events.push({ type: 'fraud_warning.created', afterMs: rng.int(4, 20) * DAY, reason: 'fraudulent' });
  return events;
}
