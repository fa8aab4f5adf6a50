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
import { type Basket, type Fulfilment, usd } from './catalogue.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens once it is paid. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'paypal' | 'yape' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`ready_for_pickup`, `collected`, `shipped`, `delivered`). */
export type LaterEvent = Later & { status?: string };

/** Where the buyer came from, as the shop's analytics tag it. */
export type Referrer = 'direct' | 'google' | 'instagram' | 'facebook' | 'newsletter' | 'qr_card' | 'tiktok';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  referrer: Referrer;
  giftNote?: string;
  company?: { name: string; taxId?: string };
  /** Peru's electronic receipt: a boleta for a person, a factura for a company's RUC; none for export. */
  invoice?: 'boleta' | 'factura';
}

const SCA = new Set(['DE', 'GB', 'FR', 'NL', 'CH', 'ES', 'IT']);

/**
 * 3-D Secure as issuers answer a Peruvian merchant: Peruvian banks prompt for their app or an SMS code most
 * of the time, European and Japanese issuers challenge often, US issuers mostly decide without the holder.
 */
export function secure(rng: Rng, card: HeldCard, ok: boolean, dollars: number): ThreeDS {
  if (!ok) return 'challenge_failed';
  const big = dollars > 800;
  if (card.country === 'PE')
    return rng.chance(0.05) ? 'not_enrolled' : rng.chance(0.62) ? 'challenge_passed' : 'frictionless';
  if (SCA.has(card.country) || card.country === 'JP')
    return rng.chance(big ? 0.75 : 0.55) ? 'challenge_passed' : 'frictionless';
  if (rng.chance(card.country === 'US' ? 0.18 : 0.12)) return 'not_enrolled';
  return rng.chance(big ? 0.3 : 0.1) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result when the planner knows better (a fraudster's phished code, a frictionless pass). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, dollars: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS =
    t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, dollars));
  return {
    method: 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS,
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 75_000);
export const retryGap = (rng: Rng): number => rng.int(30_000, 6 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  /** The country the buyer banks in. */
  country: string;
  signedIn: boolean;
  match?: Match;
  /** Has a Peruvian bank account on Yape. */
  yape: boolean;
  /** Method weights that replace the usual ones (boutiques wiring money, a kind's own habits). */
  methods?: ReadonlyArray<readonly [Method, number]>;
}

/** The usual methods for a basket: soles by card, Yape or transfer at home; dollars by card or PayPal abroad. */
function methodsFor(payer: Payer, basket: Basket): ReadonlyArray<readonly [Method, number]> {
  const dollars = usd(basket);
  if (basket.currency === 'PEN')
    return [
      ['card', 46],
      ['yape', payer.yape && basket.amount <= 200_000 ? 34 : 0],
      ['bank_transfer', basket.amount > 150_000 ? 30 : payer.yape ? 14 : 4],
      ['paypal', payer.yape ? 3 : 22],
    ];
  return [
    ['card', 66],
    ['paypal', 30],
    ['bank_transfer', dollars > 1500 ? 14 : payer.country === 'PE' ? 6 : 0],
  ];
}

/** A bank transfer: soles arrive within a working day or so; a wire from abroad in one to four days. */
function transfer(rng: Rng, domestic: boolean): Attempt[] {
  if (domestic)
    return rng.chance(0.9)
      ? [other('bank_transfer', true, rng.int(1 * HOUR, 30 * HOUR))]
      : [other('bank_transfer', false, 48 * HOUR, 'transfer_not_received')];
  return [other('bank_transfer', true, rng.int(20 * HOUR, 4 * DAY))];
}

/**
 * How an honest customer pays, and retries a decline the way people do: a Peruvian enables online purchases in
 * the bank's app and tries again, or pays by Yape; a foreign buyer approves the bank's fraud alert and tries
 * again, or uses another card or PayPal; a wrong code is retyped; some give up.
 */
export function honestPay(rng: Rng, payer: Payer, basket: Basket, declineShare?: number): Attempt[] {
  const dollars = usd(basket);
  const yape = payer.yape && basket.currency === 'PEN' && basket.amount <= 200_000;
  const chosen = rng.weightedPick(payer.methods ?? methodsFor(payer, basket));
  const method: Method = chosen === 'yape' && !yape ? 'card' : chosen;
  const first = firstAuth(rng);
  if (method === 'bank_transfer') return transfer(rng, basket.currency === 'PEN');
  if (method === 'yape') {
    if (basket.amount > 50_000 && rng.chance(0.1))
      return [
        other('yape', false, first, 'limit_exceeded'),
        ...cardOrGiveUp(rng, payer, dollars, retryGap(rng)),
      ];
    if (rng.chance(0.07))
      return [other('yape', false, first, 'approval_timeout'), other('yape', true, retryGap(rng))];
    return [other('yape', true, first)];
  }
  if (method === 'paypal') {
    if (rng.chance(0.03))
      return [
        other('paypal', false, first, 'paypal_declined'),
        ...cardOrGiveUp(rng, payer, dollars, retryGap(rng)),
      ];
    return [other('paypal', true, first)];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = payer.signedIn && rng.chance(0.5) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  const share = declineShare ?? (card.country === 'PE' ? 0.09 : dollars > 1000 ? 0.12 : 0.05);
  if (!rng.chance(share)) return [cardAttempt(rng, card, dollars, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, card, dollars > 1000);
  const out = [cardAttempt(rng, card, dollars, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.08)) return out;
  const again = (afterMs: number) =>
    cardAttempt(rng, card, dollars, { ...base, entry: 'typed', ok: true, afterMs });
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'processing_error') {
    out.push(again(retryGap(rng)));
  } else if (why === 'transaction_not_allowed') {
    if (yape && rng.chance(0.4)) out.push(other('yape', true, retryGap(rng)));
    else out.push(again(rng.int(4 * MINUTE, 25 * MINUTE)));
  } else if (why === 'do_not_honor' && rng.chance(0.55)) {
    out.push(again(rng.int(3 * MINUTE, 25 * MINUTE)));
  } else if (rng.chance(0.3)) {
    out.push(other(yape ? 'yape' : 'paypal', true, retryGap(rng)));
  } else {
    const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
    out.push(cardAttempt(rng, next, dollars, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  }
  return out;
}

function cardOrGiveUp(rng: Rng, payer: Payer, dollars: number, afterMs: number): Attempt[] {
  if (rng.chance(0.1)) return [];
  const card = rng.pick(payer.cards);
  return [
    cardAttempt(rng, card, dollars, { entry: 'typed', match: payer.match ?? 'good', ok: true, afterMs }),
  ];
}

/** How long a parcel takes to leave and to arrive, hours: [leave from, to], [arrive from, to] after leaving. */
function transit(
  f: Fulfilment,
  country: string,
): readonly [readonly [number, number], readonly [number, number]] {
  switch (f) {
    case 'courier_lima':
      return [
        [4, 30],
        [5, 30],
      ];
    case 'courier_province':
      return [
        [6, 40],
        [24, 96],
      ];
    case 'hotel_delivery':
      return [
        [2, 8],
        [2, 12],
      ];
    case 'dhl_freight':
      return [
        [72, 192],
        [96, 192],
      ];
    default:
      if (country === 'US' || country === 'CA')
        return [
          [20, 72],
          [60, 130],
        ];
      if (country === 'JP' || country === 'AU')
        return [
          [20, 72],
          [90, 190],
        ];
      return [
        [20, 72],
        [80, 170],
      ];
  }
}

/** When a parcel leaves and when it arrives (or is collected), as later events. */
export function fulfilmentSteps(rng: Rng, f: Fulfilment, country: string): LaterEvent[] {
  if (f === 'pickup_miraflores') {
    const ready = rng.int(3, 30) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(4, 96) * HOUR, status: 'collected' },
    ];
  }
  const [[l0, l1], [a0, a1]] = transit(f, country);
  const leave = rng.int(l0 * 60, l1 * 60) * MINUTE;
  return [
    { type: 'order.updated', afterMs: leave, status: 'shipped' },
    { type: 'order.updated', afterMs: leave + rng.int(a0 * 60, a1 * 60) * MINUTE, status: 'delivered' },
  ];
}

/** When the parcel arrived, from its steps (or the last step). */
export const deliveredAfter = (steps: readonly LaterEvent[]): number =>
  Math.max(0, ...steps.map((s) => s.afterMs));

/**
 * What happens to an honest paid order: it leaves and arrives; now and then it is cancelled before it leaves, a
 * size or colour is sent back, a parcel is lost, a buyer abroad refuses the import duties, a lost parcel ends in a
 * dispute, or an issuer files a fraud report on a purchase its holder forgot.
 */
export function honestAfter(rng: Rng, f: Fulfilment, basket: Basket, country: string): LaterEvent[] {
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 18) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(19, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const steps = fulfilmentSteps(rng, f, country);
  const arrived = deliveredAfter(steps);
  const abroad = country !== 'PE';
  const line = rng.pick(basket.lines);
  if (rng.chance(abroad ? 0.012 : 0.03) && basket.lines.length > 0)
    steps.push({
      type: 'refund.created',
      afterMs: arrived + rng.int(6, 25) * DAY,
      reason: 'returned',
      amount: line.price,
    });
  else if (abroad && rng.chance(0.003))
    steps.push({
      type: 'refund.created',
      afterMs: arrived + rng.int(12, 25) * DAY,
      reason: 'lost_in_transit',
    });
  else if (abroad && country !== 'US' && rng.chance(0.006))
    steps.push({
      type: 'refund.created',
      afterMs: arrived + rng.int(10, 30) * DAY,
      reason: 'delivery_refused',
      amount: basket.amount - basket.shippingFee,
    });
  else if (abroad && rng.chance(0.002))
    steps.push({ type: 'dispute.created', afterMs: rng.int(25, 50) * DAY, reason: 'product_not_received' });
  else if (rng.chance(0.0008))
    steps.push({ type: 'fraud_warning.created', afterMs: rng.int(5, 40) * DAY, reason: 'fraudulent' });
  return steps;
}
