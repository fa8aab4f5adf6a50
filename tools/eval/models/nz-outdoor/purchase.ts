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
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
  secure,
  type ThreeDS,
} from './cards.js';
import { type Basket, type Category, type Fulfilment } from './catalogue.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

/**
 * Cards (typed or saved), Apple and Google Pay, PayPal, Afterpay and Laybuy (buy now, pay later), POLi (a
 * payment straight from a New Zealand bank account), bank transfer for big orders, Alipay and WeChat Pay for
 * Chinese visitors.
 */
export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'afterpay'
  | 'laybuy'
  | 'poli'
  | 'bank_transfer'
  | 'alipay'
  | 'wechat_pay';

export const CARD_METHODS: ReadonlySet<string> = new Set(['card', 'apple_pay', 'google_pay']);

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (shipped, delivered, ready for collection, collected, e-mailed). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  carrier?: string;
  ip: string;
  device: Device;
  locale: string;
  /** Delivery instructions: "leave at the woolshed", "guest arriving 14 Dec". */
  note?: string;
  giftMessage?: string;
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows better (a phished one-time code, an issuer that skipped it). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.75) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS = t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, true, amount));
  return {
    method,
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

export const firstAuth = (rng: Rng): number => rng.int(6_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

/** Where a payer banks: New Zealand (POLi, Laybuy), Australia (Afterpay AU), China (Alipay, WeChat Pay), elsewhere. */
export type PayMarket = 'NZ' | 'AU' | 'CN' | 'abroad';

/** Who pays: their cards, where they bank, whether signed in (saved cards). */
export interface Payer {
  cards: HeldCard[];
  market: PayMarket;
  signedIn: boolean;
  match?: Match;
  /** How much more (or less) than usual this buyer reaches for Afterpay and Laybuy. */
  bnpl?: number;
}

/** Afterpay's and Laybuy's order limits, in cents. */
export const AFTERPAY_LIMIT = 200_000;
export const LAYBUY_LIMIT = 150_000;

function methodFor(rng: Rng, payer: Payer, amount: number): Method {
  const bnpl = payer.bnpl ?? 1;
  const big = amount > 150_000;
  if (payer.market === 'NZ')
    return rng.weightedPick<Method>([
      ['card', 44],
      ['apple_pay', 14],
      ['google_pay', 5],
      ['paypal', 6],
      ['afterpay', amount <= AFTERPAY_LIMIT ? 10 * bnpl : 0],
      ['laybuy', amount <= LAYBUY_LIMIT ? 5 * bnpl : 0],
      ['poli', 7],
      ['bank_transfer', big ? 16 : 0],
    ]);
  if (payer.market === 'AU')
    return rng.weightedPick<Method>([
      ['card', 48],
      ['apple_pay', 15],
      ['google_pay', 5],
      ['paypal', 15],
      ['afterpay', amount <= AFTERPAY_LIMIT ? 12 * bnpl : 0],
    ]);
  if (payer.market === 'CN')
    return rng.weightedPick<Method>([
      ['card', 34],
      ['alipay', 36],
      ['wechat_pay', 25],
      ['apple_pay', 5],
    ]);
  return rng.weightedPick<Method>([
    ['card', 62],
    ['apple_pay', 14],
    ['google_pay', 4],
    ['paypal', payer.cards[0]?.country === 'DE' ? 36 : 14],
  ]);
}

/**
 * How an honest customer pays, and retries the way people do after a decline: the right card code, the bank's
 * prompt answered this time, another card, or PayPal; a few give up. Afterpay and Laybuy decline over the
 * customer's limit (then the card); POLi is abandoned at the bank's login now and then; a bank transfer arrives
 * hours to two days later, or never.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const method = methodFor(rng, payer, amount);
  const first = firstAuth(rng);
  const big = amount > 150_000;
  if (method === 'bank_transfer')
    return rng.chance(0.05)
      ? [other('bank_transfer', false, rng.int(3, 4) * DAY, 'transfer_not_received')]
      : [other('bank_transfer', true, rng.int(3 * HOUR, 50 * HOUR))];
  const fallbackCard = () => payer.cards[0] ?? newCard(rng, 'NZ');
  if (method === 'afterpay' || method === 'laybuy') {
    if (!rng.chance(0.08)) return [other(method, true, first)];
    return [
      other(method, false, first, 'bnpl_declined'),
      cardAttempt(rng, fallbackCard(), amount, { ok: true, afterMs: retryGap(rng) }),
    ];
  }
  if (method === 'poli') {
    if (!rng.chance(0.07)) return [other('poli', true, rng.int(40_000, 4 * MINUTE))];
    const out = [other('poli', false, rng.int(60_000, 6 * MINUTE), 'bank_cancelled')];
    if (rng.chance(0.15)) return out;
    out.push(
      rng.chance(0.5)
        ? other('poli', true, retryGap(rng))
        : cardAttempt(rng, fallbackCard(), amount, { ok: true, afterMs: retryGap(rng) }),
    );
    return out;
  }
  const declined = rng.chance(declineShare ?? (big ? 0.1 : 0.05));
  if (method !== 'card' && method !== 'apple_pay' && method !== 'google_pay') {
    if (!declined) return [other(method, true, first)];
    return [other(method, false, first, 'do_not_honor'), other(method, true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'expired_card') {
    const again = why === 'expired_card' ? newCard(rng, card.country, card.funding) : card;
    out.push(cardAttempt(rng, again, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (payer.market === 'NZ' && rng.chance(0.3)) {
    out.push(other('poli', true, retryGap(rng)));
    return out;
  }
  if (rng.chance(0.25)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

const RETURNABLE: ReadonlySet<Category> = new Set(['tramping', 'merino', 'hunting', 'camping']);

/** Transit hours after dispatch by how it goes. */
function transit(rng: Rng, f: Fulfilment): number {
  if (f === 'rural_courier') return rng.int(30, 110) * HOUR;
  if (f === 'freight') return rng.int(48, 150) * HOUR;
  if (f === 'international') return rng.int(80, 200) * HOUR;
  return rng.int(16, 60) * HOUR;
}

/**
 * What happens to an honest order once paid: e-gift cards e-mailed at once; click-and-collect ready within
 * hours and picked up over the next days (now and then never); parcels dispatched in a day or two and
 * delivered (rural runs and Australia slower). A few are cancelled before dispatch, boots and clothing come back
 * for another size or a change of mind, a parcel arrives damaged, and once in a while a courier loses one.
 */
export function honestAfter(rng: Rng, f: Fulfilment, b: Basket): LaterEvent[] {
  if (f === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(20_000, 4 * MINUTE), status: 'emailed' }];
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const out: LaterEvent[] = [];
  if (f === 'click_and_collect') {
    const ready = rng.int(1, 6) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    if (rng.chance(0.01)) {
      out.push({ type: 'order.cancelled', afterMs: ready + 10 * DAY, reason: 'not_collected' });
      out.push({ type: 'refund.created', afterMs: ready + 10 * DAY + HOUR, reason: 'not_collected' });
      return out;
    }
    out.push({ type: 'order.updated', afterMs: ready + rng.int(2, 72) * HOUR, status: 'collected' });
  } else {
    const ship = rng.int(6, 40) * HOUR;
    const arrive = ship + transit(rng, f);
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: arrive, status: 'delivered' });
    if (rng.chance(0.006))
      out.push({
        type: 'refund.created',
        afterMs: arrive + rng.int(1, 5) * DAY,
        reason: 'damaged_in_transit',
        amount: Math.min(b.amount, b.lines[0]?.price ?? b.amount),
      });
    else if (rng.chance(0.0015))
      out.push({ type: 'dispute.created', afterMs: rng.int(20, 45) * DAY, reason: 'product_not_received' });
  }
  const back = b.lines.find((l) => RETURNABLE.has(l.category));
  if (back && rng.chance(0.06))
    out.push({
      type: 'refund.created',
      afterMs: rng.int(8, 26) * DAY,
      reason: rng.chance(0.6) ? 'wrong_size' : 'changed_mind',
      amount: Math.min(b.amount, back.price),
    });
  return out;
}
