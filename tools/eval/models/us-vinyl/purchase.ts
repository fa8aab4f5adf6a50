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
import { type DropId } from './calendar.js';
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
import { type Basket, type Line } from './catalogue.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'shop_pay' | 'shop_pay_installments' | 'paypal' | 'gift_card';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates; the rest are the kit's. */
export type LaterEvent = Later & { status?: string };

export type Fulfilment = 'ship' | 'pickup' | 'email';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  giftNote?: string;
  /** Who an e-gift card is e-mailed to. */
  recipientEmail?: string;
  company?: { name: string; ein: string };
  drop?: DropId;
}

/** Issuers that challenge under 3-D Secure: Europe's (PSD2), the UK's and, since 2025, Japan's. */
const SECURE = new Set(['GB', 'IE', 'DE', 'FR', 'NL', 'SE', 'IT', 'ES', 'JP']);

/** The 3-D Secure result, where the issuer takes part; none for US, Canadian and Australian cards. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number): ThreeDS | undefined {
  if (!SECURE.has(card.country)) return undefined;
  if (!ok) return 'challenge_failed';
  if (amount < 3000 && rng.chance(0.6)) return 'exempt';
  return rng.chance(amount > 20_000 ? 0.7 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  method?: Method;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

/** A card authorisation (typed, saved, Apple Pay or Shop Pay) with its AVS, CVC and 3-D Secure results. */
export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = t.method ?? (entry === 'wallet' ? 'apple_pay' : 'card');
  const authFailed = t.decline === 'authentication_failed';
  const zipWrong = t.decline === 'incorrect_zip';
  const threeDS =
    t.threeDS ?? (entry === 'wallet' ? undefined : secure(rng, card, t.ok || !authFailed, amount));
  return {
    method,
    card,
    ok: t.ok,
    avs: zipWrong ? 'fail' : avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(4_000, 45_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: readonly HeldCard[];
  country: string;
  signedIn: boolean;
  /** Buyers who keep a store gift card (a present, a trade-in credit). */
  giftCard?: boolean;
}

type Weights = ReadonlyArray<readonly [Method, number]>;

/** How people pay by country: PayPal heavy in Germany, Italy and Spain; Shop Pay and instalments in the US. */
function methods(country: string, amount: number, giftCard: boolean): Weights {
  const instalments = amount >= 20_000 ? 14 : amount >= 5_000 ? 3 : 0;
  const gift = giftCard && amount <= 15_000 ? 25 : 0;
  switch (country) {
    case 'US':
      return [
        ['card', 36],
        ['apple_pay', 20],
        ['shop_pay', 18],
        ['paypal', 15],
        ['shop_pay_installments', instalments],
        ['gift_card', gift],
      ];
    case 'CA':
      return [
        ['card', 45],
        ['apple_pay', 15],
        ['shop_pay', 10],
        ['paypal', 25],
      ];
    case 'GB':
    case 'IE':
      return [
        ['card', 42],
        ['apple_pay', 22],
        ['shop_pay', 6],
        ['paypal', 30],
      ];
    case 'DE':
      return [
        ['card', 30],
        ['apple_pay', 15],
        ['paypal', 55],
      ];
    case 'IT':
    case 'ES':
      return [
        ['card', 45],
        ['apple_pay', 10],
        ['paypal', 45],
      ];
    case 'JP':
      return [
        ['card', 62],
        ['apple_pay', 10],
        ['paypal', 28],
      ];
    default:
      return [
        ['card', 45],
        ['apple_pay', 22],
        ['shop_pay', 5],
        ['paypal', 28],
      ];
  }
}

/**
 * How an honest customer pays, and how they recover from a decline: the right CVC or ZIP, the 3-D Secure prompt
 * answered this time, another card, or PayPal; a few give up. `declineShare` is higher abroad and in a drop rush.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  declineShare = 0.04,
  rush = false,
): Attempt[] {
  const method = rng.weightedPick(methods(payer.country, amount, payer.giftCard ?? false));
  const first = rush ? rng.int(2_000, 15_000) : firstAuth(rng);
  const declined = rng.chance(declineShare);
  if (method === 'gift_card') {
    if (!declined) return [other('gift_card', true, first)];
    // Not enough left on the card: pay the whole order by card instead.
    const card = rng.pick(payer.cards);
    return [
      other('gift_card', false, first, 'gift_card_balance_insufficient'),
      cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng) }),
    ];
  }
  if (method === 'paypal' || method === 'shop_pay_installments') {
    if (!declined) return [other(method, true, first)];
    const card = rng.pick(payer.cards);
    return [
      other(method, false, first, method === 'paypal' ? 'paypal_declined' : 'generic_decline'),
      cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng) }),
    ];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay'
      ? 'wallet'
      : method === 'shop_pay' || (payer.signedIn && rng.chance(0.45))
        ? 'saved'
        : 'typed';
  const base = { entry, method } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, card, rush);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.08)) return out;
  if (why === 'incorrect_cvc' || why === 'incorrect_zip' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((x) => x !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

export interface AfterTerms {
  fulfilment: Fulfilment;
  abroad: boolean;
  /** From a drop: shipped later, and now and then oversold. */
  drop?: boolean;
  /** Media Mail crawls. */
  slow?: boolean;
  lines: readonly Line[];
  amount: number;
}

/** The price of the dearest line: what a warped record or a dented box set is refunded at. */
const dearest = (lines: readonly Line[]) => Math.max(...lines.map((l) => l.price));

/**
 * What happens to an honest order once paid: e-gift cards e-mailed at once; pickup orders ready within a day and
 * collected within a week; parcels shipped in one to three days (drops in two to five) and delivered; now and
 * then an oversold drop cancelled and refunded, a customer's cancellation, a warped record or dented box refunded,
 * a parcel lost, a turntable returned, or a genuine not-received dispute over a parcel taken from a porch.
 */
export function honestAfter(rng: Rng, t: AfterTerms): LaterEvent[] {
  if (t.fulfilment === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(20_000, 120_000), status: 'fulfilled' }];
  if (t.drop && rng.chance(0.03))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 30) * HOUR, reason: 'oversold' },
      { type: 'refund.created', afterMs: rng.int(31, 34) * HOUR, reason: 'oversold' },
    ];
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 26) * HOUR, reason: 'requested_by_customer' },
    ];
  if (t.fulfilment === 'pickup') {
    const ready = rng.int(2, 26) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(3, 150) * HOUR, status: 'collected' },
    ];
  }
  const ship = rng.int(t.drop ? 40 : 18, t.drop ? 120 : 70) * HOUR;
  const transit = t.abroad ? rng.int(6, 22) * DAY : t.slow ? rng.int(3, 9) * DAY : rng.int(2, 5) * DAY;
  const shipped: LaterEvent = { type: 'order.updated', afterMs: ship, status: 'shipped' };
  const r = rng.next();
  // Lost: never delivered; refunded once the carrier gives up looking.
  if (r < 0.007)
    return [
      shipped,
      {
        type: 'refund.created',
        afterMs: ship + rng.int(t.abroad ? 25 : 12, t.abroad ? 45 : 25) * DAY,
        reason: 'lost_in_transit',
      },
    ];
  const delivered = ship + transit;
  const out: LaterEvent[] = [shipped, { type: 'order.updated', afterMs: delivered, status: 'delivered' }];
  const turntable = t.lines.some((l) => l.category === 'turntable');
  if (turntable && r < 0.04)
    out.push({ type: 'refund.created', afterMs: delivered + rng.int(3, 12) * DAY, reason: 'returned' });
  else if (r < 0.037)
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(1, 6) * DAY,
      reason: rng.chance(0.6) ? 'warped_record' : 'damaged_in_transit',
      amount: Math.min(t.amount, dearest(t.lines)),
    });
  else if (r < 0.039)
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(5, 30) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
