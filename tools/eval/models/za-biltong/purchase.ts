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
import { type Basket, type Delivery } from './basket.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
  threeDS,
  type ThreeDS,
} from './cards.js';

/**
 * One planned purchase before events.ts renders it; how people pay and what happens after checkout. At home:
 * cards under 3-D Secure (typed, saved on the account, or Apple Pay), Instant EFT through the buyer's bank,
 * SnapScan and Zapper QR codes scanned from the checkout page, Payflex in four instalments, and for companies a
 * bank transfer against a pro-forma invoice. From abroad: cards, PayPal and Apple Pay.
 */

export { DAY, HOUR, MINUTE };

export type Method =
  'card' | 'apple_pay' | 'instant_eft' | 'snapscan' | 'zapper' | 'payflex' | 'paypal' | 'eft';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (shipped, ready_for_collection, collected, delivered, customs_hold, …). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  ip: string;
  device: Device;
  locale: string;
  /** Where the visit came from: a Black Friday ad, the newsletter, search, typed in. */
  source: string;
  giftNote?: string;
  company?: { name: string; vatNumber: string };
  recipients?: number;
  /** The checkout's over-18 declaration, asked when the basket holds liqueur. */
  ageConfirmed?: boolean;
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result when the planner knows better (a stolen OTP, a card the issuer never enrolled). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method: entry === 'wallet' ? 'apple_pay' : 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? threeDS(rng, card, t.ok || !authFailed, entry),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** The first authorisation: an OTP or an app approval takes a while; a bank login longer. */
export const firstAuth = (rng: Rng, method: Method = 'card'): number =>
  method === 'instant_eft' || method === 'payflex' ? rng.int(60_000, 300_000) : rng.int(15_000, 100_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  /** Where the payer banks (the first card's country, or where they live). */
  country: string;
  signedIn: boolean;
  match?: Match;
}

function methodFor(rng: Rng, payer: Payer, currency: string, amount: number): Method {
  const home = payer.country === 'ZA';
  if (currency === 'ZAR' && home)
    return rng.weightedPick<Method>([
      ['card', 46],
      ['apple_pay', 6],
      ['instant_eft', 18],
      ['snapscan', 9],
      ['zapper', 3],
      ['payflex', amount >= 10_000 && amount <= 2_000_000 ? 8 : 0],
    ]);
  if (['NA', 'BW'].includes(payer.country))
    return rng.weightedPick<Method>([
      ['card', 85],
      ['paypal', 15],
    ]);
  return rng.weightedPick<Method>([
    ['card', 58],
    ['paypal', 30],
    ['apple_pay', 12],
  ]);
}

/**
 * How an honest customer pays, and retries a decline the way people do: the OTP that timed out is tried
 * again, a card short of money gives way to another card or Instant EFT, a foreign bank's block to PayPal or a
 * South African card; one in ten gives up.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  currency: string,
  declineShare?: number,
): Attempt[] {
  const method = methodFor(rng, payer, currency, amount);
  const first = firstAuth(rng, method);
  const home = payer.country === 'ZA';
  const cardMethod = method === 'card' || method === 'apple_pay';
  const declined = rng.chance(
    declineShare ??
      (cardMethod ? (home ? (amount > 300_000 ? 0.15 : 0.09) : 0.06) : method === 'payflex' ? 0.12 : 0.04),
  );
  if (!cardMethod) {
    if (!declined) return [other(method, true, first)];
    const why: Decline =
      method === 'payflex'
        ? 'payflex_declined'
        : method === 'instant_eft'
          ? 'bank_session_timeout'
          : 'do_not_honor';
    const out = [other(method, false, first, why)];
    if (rng.chance(0.1)) return out;
    const card = rng.pick(payer.cards);
    out.push(
      method === 'payflex' || rng.chance(0.4)
        ? cardAttempt(rng, card, { ok: true, afterMs: retryGap(rng), match: payer.match ?? 'good' })
        : other(method, true, retryGap(rng)),
    );
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.45) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, card, amount);
  const out = [cardAttempt(rng, card, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  const gap = retryGap(rng);
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    if (rng.chance(0.8) || !home)
      out.push(cardAttempt(rng, card, { ...base, entry: 'typed', ok: true, afterMs: gap }));
    else out.push(other('instant_eft', true, firstAuth(rng, 'instant_eft')));
    return out;
  }
  if (home && (why === 'limit_exceeded' || rng.chance(0.35))) {
    out.push(other(rng.chance(0.8) ? 'instant_eft' : 'snapscan', true, gap + rng.int(30_000, 120_000)));
    return out;
  }
  if (!home && rng.chance(0.5)) {
    out.push(other('paypal', true, gap));
    return out;
  }
  const next = payer.cards.find((x) => x !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, { ...base, entry: 'typed', ok: true, afterMs: gap }));
  return out;
}

/** A company paying against a pro-forma invoice: the transfer reflects hours to two days later. */
export const invoicePaid = (rng: Rng): Attempt => other('eft', true, rng.int(3, 60) * HOUR);

const step = (type: LaterEvent['type'], afterMs: number, extra: Partial<LaterEvent> = {}): LaterEvent => ({
  type,
  afterMs: Math.floor(afterMs),
  ...extra,
});

/**
 * What happens to an honest paid order: packed and sent within a day or two (longer after Black Friday), then
 * delivered, or left at a locker and collected, or collected at the shop; abroad, express courier and now and
 * then a customs hold. Sometimes cancelled and refunded before dispatch, a parcel of biltong that sweated in
 * the heat refunded in part, a locker parcel never collected and returned, a courier that lost a parcel.
 */
export function honestAfter(rng: Rng, delivery: Delivery, amount: number): LaterEvent[] {
  if (rng.chance(0.012))
    return [
      step('order.cancelled', rng.int(1, 20) * HOUR, { reason: 'customer_request' }),
      step('refund.created', rng.int(21, 30) * HOUR, { reason: 'requested_by_customer' }),
    ];
  const pack = rng.int(8, 40) * HOUR;
  const out: LaterEvent[] = [];
  switch (delivery) {
    case 'email':
      out.push(step('order.updated', rng.int(1, 10) * MINUTE, { status: 'emailed' }));
      return out;
    case 'collect': {
      const ready = rng.int(2, 20) * HOUR;
      out.push(step('order.updated', ready, { status: 'ready_for_collection' }));
      out.push(step('order.updated', ready + rng.int(3, 120) * HOUR, { status: 'collected' }));
      return out;
    }
    case 'same_day':
      out.push(step('order.updated', rng.int(2, 5) * HOUR, { status: 'out_for_delivery' }));
      out.push(step('order.updated', rng.int(6, 9) * HOUR, { status: 'delivered' }));
      return out;
    case 'locker': {
      const ready = pack + rng.int(20, 72) * HOUR;
      out.push(step('order.updated', pack, { status: 'shipped' }));
      out.push(step('order.updated', ready, { status: 'ready_for_collection' }));
      if (rng.chance(0.012)) {
        out.push(step('order.updated', ready + 7 * DAY, { status: 'returned_uncollected' }));
        out.push(
          step('refund.created', ready + 9 * DAY, {
            reason: 'not_collected',
            amount: Math.max(0, amount - 6_500),
          }),
        );
      } else out.push(step('order.updated', ready + rng.int(2, 96) * HOUR, { status: 'collected' }));
      break;
    }
    case 'international': {
      out.push(step('order.updated', pack + rng.int(0, 24) * HOUR, { status: 'shipped' }));
      const transit = pack + rng.int(4, 10) * DAY;
      if (rng.chance(0.08)) out.push(step('order.updated', transit - 2 * DAY, { status: 'customs_hold' }));
      if (rng.chance(0.005)) {
        out.push(step('order.updated', transit + 10 * DAY, { status: 'returned_by_customs' }));
        out.push(step('refund.created', transit + 12 * DAY, { reason: 'refused_at_customs' }));
        return out;
      }
      out.push(step('order.updated', transit, { status: 'delivered' }));
      if (rng.chance(0.004))
        out.push(
          step('dispute.created', transit + rng.int(15, 40) * DAY, { reason: 'product_not_received' }),
        );
      return out;
    }
    default: {
      out.push(step('order.updated', pack, { status: 'shipped' }));
      const far = delivery === 'road_freight' ? rng.int(4, 8) : rng.int(1, 4);
      out.push(step('order.updated', pack + far * DAY + rng.int(0, 8) * HOUR, { status: 'delivered' }));
    }
  }
  if (rng.chance(0.008))
    out.push(
      step('refund.created', pack + rng.int(3, 8) * DAY, {
        reason: 'spoiled_in_transit',
        amount: Math.round(amount * rng.float(0.2, 0.6)),
      }),
    );
  else if (rng.chance(0.002))
    out.push(step('dispute.created', rng.int(20, 45) * DAY, { reason: 'product_not_received' }));
  return out;
}

export { step };
