import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterWork, nextOpen } from './calendar.js';
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
import { type AccountType } from './people.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'store_card'
  | 'financing'
  | 'net_terms'
  | 'wire_transfer'
  | 'gift_card';

/** What 3-D Secure said, when the store asked for it. */
export type ThreeDS = 'authenticated' | 'frictionless' | 'attempted' | 'challenge_failed';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment and account updates; `carrier` the parcel's. */
export type LaterEvent = Later & { status?: string; carrier?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  accountType?: AccountType;
  company?: { name: string; ein: string };
  /** Someone else named to collect a pickup order (ID checked at the counter). */
  pickupPerson?: string;
  /** The e-mail an e-gift card is sent to, when not the buyer's. */
  giftRecipient?: string;
  giftMessage?: boolean;
}

/** The issuers that take part in 3-D Secure for a US merchant's checkout. */
const SCA = new Set(['GB', 'DE', 'FR', 'NL', 'ES', 'IT', 'IL', 'AU', 'BR', 'TR', 'AE']);

/**
 * 3-D Secure as the store runs it: on cards from Europe, Israel, Australia and a few others (risk-based there,
 * mostly frictionless), and on US cards only for large orders, where issuers mostly answer without a challenge
 * or do not take part.
 */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number): ThreeDS | undefined {
  if (card.brand === 'store_card') return undefined;
  if (SCA.has(card.country)) {
    if (!rng.chance(0.8)) return undefined;
    if (!ok) return 'challenge_failed';
    return rng.chance(amount > 100_000 ? 0.55 : 0.3) ? 'authenticated' : 'frictionless';
  }
  if (card.country === 'US' && amount > 250_000 && rng.chance(0.4))
    return rng.chance(0.7) ? 'frictionless' : 'attempted';
  return undefined;
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The planner's own 3-D Secure answer (a fraudster without the OTP, an issuer that does not take part). */
  threeDS?: ThreeDS | 'none';
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method =
    card.brand === 'store_card'
      ? 'store_card'
      : entry === 'wallet'
        ? rng.chance(0.85)
          ? 'apple_pay'
          : 'google_pay'
        : 'card';
  const threeDS =
    t.threeDS === 'none'
      ? undefined
      : (t.threeDS ??
        (t.decline === 'authentication_required' ? 'challenge_failed' : secure(rng, card, t.ok, amount)));
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(4_000, 40_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

/** Who pays and with what. */
export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  /** A phone user (Apple/Google Pay at hand). */
  phone: boolean;
  match?: Match;
  /** Net-30 terms on a business account. */
  terms?: boolean;
  business?: boolean;
  /** Store-credit from an earlier e-gift card. */
  giftBalance?: boolean;
}

/**
 * How an honest customer pays: a card typed or saved, Apple or Google Pay, PayPal, the store card, financing
 * for big purchases, net terms or a corporate card for businesses, a wire for large exports. Declines are retried
 * the way people do: the right code, the bank's fraud hold cleared by a call, another card, PayPal or
 * financing; a few give up.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  placed: number,
  amount: number,
  declineShare?: number,
): Attempt[] {
  const us = payer.country === 'US';
  const big = amount > 150_000;
  const storeCard = payer.cards.find((c) => c.brand === 'store_card');
  const method = rng.weightedPick<Method>([
    ['card', 50],
    ['apple_pay', payer.phone ? 24 : 5],
    ['google_pay', payer.phone ? 3 : 1],
    ['paypal', us ? 13 : 24],
    ['store_card', storeCard ? 18 : 0],
    ['financing', us && !payer.business && amount > 40_000 ? 7 : 0],
    ['net_terms', payer.terms ? 45 : 0],
    ['wire_transfer', (payer.business || !us) && amount > 400_000 ? 14 : 0],
    ['gift_card', payer.giftBalance ? 4 : 0],
  ]);
  const first = firstAuth(rng);
  if (method === 'wire_transfer') {
    // The pro-forma invoice goes out; the money lands one to three banking days later, now and then never.
    if (rng.chance(0.05)) return [];
    return [other('wire_transfer', true, afterWork(placed, rng.int(20, 72) * HOUR) - placed)];
  }
  if (method === 'net_terms')
    return [other('net_terms', true, afterWork(placed, rng.int(10, 150) * MINUTE) - placed)];
  const declined = rng.chance(declineShare ?? (big ? 0.08 : 0.035));
  if (method === 'paypal' || method === 'financing' || method === 'gift_card') {
    if (!declined) return [other(method, true, first)];
    const out = [other(method, false, first, method === 'financing' ? 'do_not_honor' : 'generic_decline')];
    const card = payer.cards.find((c) => c.brand !== 'store_card');
    out.push(
      card
        ? cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng) })
        : other('paypal', true, retryGap(rng)),
    );
    return out;
  }
  const regular = payer.cards.filter((c) => c.brand !== 'store_card');
  const card =
    method === 'store_card' && storeCard
      ? storeCard
      : regular.length > 0
        ? rng.pick(regular)
        : newCard(rng, payer.country);
  const entry: Entry =
    method === 'apple_pay' || method === 'google_pay'
      ? 'wallet'
      : payer.signedIn && rng.chance(0.55)
        ? 'saved'
        : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.08)) return out;
  if (why === 'incorrect_cvc' || why === 'incorrect_zip') {
    out.push(
      cardAttempt(rng, card, amount, { entry: 'typed', match: 'good', ok: true, afterMs: retryGap(rng) }),
    );
    return out;
  }
  if (why === 'card_velocity_exceeded' && rng.chance(0.6)) {
    // The bank's fraud text answered "yes, that was me": the same card goes through a little later.
    out.push(cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: rng.int(3, 40) * MINUTE }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next =
    payer.cards.find((c) => c !== card && c.brand !== 'store_card') ?? newCard(rng, payer.country, 'credit');
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** When the first money arrived, relative to the order (for timing later steps after it). */
export const paidAfter = (attempts: readonly Attempt[]): number => {
  let t = 0;
  for (const a of attempts) {
    t += Math.max(1000, a.afterMs);
    if (a.ok) return t;
  }
  return t;
};

const carrierOf = (f: Fulfilment, goods: number): string =>
  f === 'international' ? 'DHL Express' : f === 'overnight' ? 'FedEx' : goods < 5_000 ? 'USPS' : 'UPS';

/** Absolute times to a planned step. */
export const step = (
  placed: number,
  type: LaterEvent['type'],
  at: number,
  extra: Omit<LaterEvent, 'type' | 'afterMs'> = {},
): LaterEvent => ({ type, afterMs: Math.max(2000, at - placed), ...extra });

/**
 * When a paid order leaves or is handed over: e-gift cards e-mailed minutes later (big ones after a staff check),
 * pickups ready within the hour once the store is open and collected later, parcels packed when the floor is
 * working and carried one to nine days. The Sabbath and holidays hold all of it.
 */
export function fulfil(
  rng: Rng,
  placed: number,
  paidAt: number,
  f: Fulfilment,
  goods: number,
  opts: { backorder?: boolean; collectWithin?: number } = {},
): { steps: LaterEvent[]; handedOver: number } {
  const from = placed + paidAt;
  if (f === 'email') {
    const at = goods >= 25_000 ? afterWork(from, rng.int(10, 60) * MINUTE) : from + rng.int(2, 25) * MINUTE;
    return { steps: [step(placed, 'order.updated', at, { status: 'delivered' })], handedOver: at };
  }
  if (f === 'pickup') {
    const ready = afterWork(from, rng.int(25, 90) * MINUTE);
    const collect = nextOpen(
      ready + Math.min(opts.collectWithin ?? 6 * DAY, rng.exp(20 * HOUR)) + 15 * MINUTE,
    );
    return {
      steps: [
        step(placed, 'order.updated', ready, { status: 'ready_for_pickup' }),
        step(placed, 'order.updated', collect, { status: 'picked_up' }),
      ],
      handedOver: collect,
    };
  }
  const steps: LaterEvent[] = [];
  let packFrom = from;
  if (opts.backorder) {
    steps.push(step(placed, 'order.updated', from + rng.int(1, 10) * MINUTE, { status: 'backordered' }));
    packFrom = from + rng.int(4, 12) * DAY;
  }
  const shipped = afterWork(packFrom, rng.int(1, f === 'international' ? 20 : 5) * HOUR);
  const transit =
    f === 'overnight'
      ? rng.int(18, 30) * HOUR
      : f === 'international'
        ? rng.int(3, 9) * DAY
        : rng.int(1, 4) * DAY;
  const carrier = carrierOf(f, goods);
  steps.push(step(placed, 'order.updated', shipped, { status: 'shipped', carrier }));
  steps.push(step(placed, 'order.updated', shipped + transit, { status: 'delivered', carrier }));
  return { steps, handedOver: shipped + transit };
}

/**
 * What happens to an honest paid order: fulfilment, then now and then a cancellation before it ships, a return
 * inside the holiday return window (refunded in full or for one line), a parcel that never came, or a charge
 * the cardholder does not recognise on the statement.
 */
export function honestAfter(rng: Rng, p: Purchase, opts: { backorder?: boolean } = {}): LaterEvent[] {
  const paidAt = paidAfter(p.attempts);
  if (!p.attempts.some((a) => a.ok)) return [];
  const placed = p.at;
  const goods = p.basket.lines.reduce((s, l) => s + l.price * l.quantity, 0);
  if (rng.chance(opts.backorder ? 0.2 : 0.01)) {
    const at = placed + paidAt + rng.int(20, 600) * MINUTE;
    return [
      step(placed, 'order.cancelled', at, {
        reason: opts.backorder ? 'backorder_cancelled' : 'customer_request',
      }),
      step(placed, 'refund.created', afterWork(at, rng.int(5, 120) * MINUTE), {
        reason: 'requested_by_customer',
      }),
    ];
  }
  const { steps, handedOver } = fulfil(rng, placed, paidAt, p.fulfilment, goods, opts);
  const returnable = p.fulfilment !== 'email';
  const r = rng.next();
  if (returnable && r < 0.045) {
    const line = rng.pick(p.basket.lines);
    const whole = p.basket.lines.length === 1 || rng.chance(0.5);
    steps.push(
      step(placed, 'refund.created', afterWork(handedOver, rng.int(4, 28) * DAY), {
        reason: 'requested_by_customer',
        ...(whole ? {} : { amount: line.price }),
      }),
    );
  } else if (returnable && r < 0.048 && p.fulfilment !== 'pickup') {
    steps.push(
      step(placed, 'dispute.created', handedOver + rng.int(12, 50) * DAY, { reason: 'product_not_received' }),
    );
  } else if (r < 0.0505) {
    steps.push(
      step(placed, 'dispute.created', handedOver + rng.int(20, 60) * DAY, { reason: 'unrecognized' }),
    );
  } else if (r < 0.0515) {
    steps.push(step(placed, 'fraud_warning.created', placed + rng.int(3, 20) * DAY, { reason: 'misc' }));
  }
  return steps;
}
