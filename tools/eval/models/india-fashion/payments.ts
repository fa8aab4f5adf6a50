import { type Rng } from '../kit/random.js';
import { type Card, checks, type Decline, DOMESTIC_DECLINES, FOREIGN_DECLINES } from './cards.js';
import { type Basket, type Category } from './catalog.js';
import { type Tier } from './places.js';
import { type Attempt, DAY, HOUR, type Later, type Method, MIN } from './purchase.js';

/**
 * How honest payments go: the OTP that does not arrive, the UPI collect request that expires, the retry or
 * the switch to another method, the order converted to cash on delivery when paying online fails; how cash
 * on delivery ends (paid at the door, refused, unreachable, cancelled); returns and cancellations.
 */

export const SEC = 1000;

/** A card authorisation with the checks its issuer answers. */
export function cardAttempt(
  card: Card,
  ok: boolean,
  afterMs: number,
  decline?: Decline,
  opts: { avsMatch?: boolean; cvvLess?: boolean } = {},
): Attempt {
  return {
    method: 'card',
    card,
    ok,
    afterMs,
    ...checks(card, ok ? undefined : decline, opts),
    ...(ok ? {} : { decline }),
  };
}

/** An online payment without a card (UPI, wallet, net banking, pay-later). */
export const cardless = (method: Method, ok: boolean, afterMs: number, decline?: string): Attempt => ({
  method,
  ok,
  avs: 'unavailable',
  cvc: 'unavailable',
  afterMs,
  ...(ok ? {} : { decline }),
});

const CARDLESS_FAILS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  upi: [
    ['upi_collect_expired', 40],
    ['upi_pin_incorrect', 20],
    ['upi_bank_declined', 25],
    ['upi_limit_exceeded', 8],
    ['upi_app_timeout', 7],
  ],
  wallet: [
    ['wallet_insufficient_balance', 70],
    ['wallet_otp_failed', 30],
  ],
  netbanking: [
    ['netbanking_abandoned', 60],
    ['bank_timeout', 40],
  ],
  paylater: [['paylater_declined', 1]],
};

const FIRST_FAIL: Readonly<Record<Method, number>> = {
  card: 0.14,
  upi: 0.1,
  wallet: 0.04,
  netbanking: 0.14,
  paylater: 0.08,
  cod: 0,
};

/** How long an attempt takes: OTP pages are slow, UPI intents quick, an expired collect request five minutes. */
function delay(rng: Rng, method: Method, decline?: string): number {
  if (decline === 'upi_collect_expired') return rng.int(290, 320) * SEC;
  if (method === 'card') return rng.int(25, 110) * SEC;
  if (method === 'netbanking') return rng.int(50, 200) * SEC;
  return rng.int(8, 70) * SEC;
}

function oneTry(
  rng: Rng,
  method: Method,
  card: Card | undefined,
  ok: boolean,
  foreign: boolean,
  cvvLess: boolean,
): Attempt {
  if (method === 'card' && card) {
    const decline = ok ? undefined : rng.weightedPick(foreign ? FOREIGN_DECLINES : DOMESTIC_DECLINES);
    return cardAttempt(card, ok, delay(rng, method), decline, { cvvLess });
  }
  const decline = ok ? undefined : rng.weightedPick(CARDLESS_FAILS[method] ?? [['declined', 1]]);
  return cardless(method, ok, delay(rng, method, decline), decline);
}

export interface Paid {
  attempts: Attempt[];
  later: Later[];
  /** Money taken at checkout. */
  paid: boolean;
  /** Converted to cash on delivery after paying online failed. */
  toCod: boolean;
}

/**
 * An honest shopper paying online: the first try mostly works; after a failure they retry, switch method
 * (UPI for a card, a card for UPI), give up, or — where COD is allowed — switch the order to COD.
 */
export function payOnline(
  rng: Rng,
  method: Exclude<Method, 'cod'>,
  {
    card,
    foreign = false,
    cvvLess = false,
    codAllowed = true,
  }: { card?: Card; foreign?: boolean; cvvLess?: boolean; codAllowed?: boolean },
): Paid {
  const first = oneTry(
    rng,
    method,
    card,
    !rng.chance(FIRST_FAIL[method] + (foreign ? 0.04 : 0)),
    foreign,
    cvvLess,
  );
  if (first.ok) return { attempts: [first], later: [], paid: true, toCod: false };
  const next = rng.weighted({ retry: 55, switch: 25, give_up: 20 });
  const attempts = [first];
  if (next !== 'give_up') {
    const other: Method = method === 'upi' ? (card ? 'card' : 'wallet') : 'upi';
    const m = next === 'retry' ? method : other;
    const second = oneTry(rng, m, m === 'card' ? card : undefined, rng.chance(0.86), foreign, cvvLess);
    second.afterMs += rng.int(10, 90) * SEC;
    attempts.push(second);
    if (second.ok) return { attempts, later: [], paid: true, toCod: false };
  }
  if (codAllowed && rng.chance(0.45))
    return {
      attempts,
      later: [{ type: 'order.updated', afterMs: rng.int(3, 12) * MIN, method: 'cod' }],
      paid: false,
      toCod: true,
    };
  return {
    attempts,
    later: [{ type: 'order.cancelled', afterMs: rng.int(15, 35) * MIN, reason: 'payment_failed' }],
    paid: false,
    toCod: false,
  };
}

/** Days from order to the doorstep, by tier. */
export const deliveryDays = (rng: Rng, tier: Tier): number =>
  tier === 1 ? rng.float(1.5, 4) : tier === 2 ? rng.float(2.5, 6) : rng.float(3.5, 8);

/** Delivered during the courier's day (≈ 10:00–19:00 IST), `days` after `at`. */
export function doorstep(rng: Rng, at: number, days: number): number {
  const t = at + days * DAY;
  const ist = (((t + 5.5 * HOUR) % DAY) + DAY) % DAY;
  const target = rng.float(10, 19) * HOUR;
  return t - at + (target - ist);
}

/**
 * How an honest cash-on-delivery order ends: paid at the door most times, else refused at the door (found
 * it cheaper, changed their mind, nobody had cash), unreachable, cancelled before dispatch or failing the
 * confirmation call. Returns `paidAfter` (ms after the order) when the courier collects.
 */
export function codOutcome(
  rng: Rng,
  at: number,
  tier: Tier,
  delivered = tier === 1 ? 0.86 : tier === 2 ? 0.8 : 0.74,
): { later: Later[]; paidAfter?: number } {
  const days = deliveryDays(rng, tier);
  if (rng.chance(delivered)) {
    const paidAfter = doorstep(rng, at, days);
    return { later: [{ type: 'payment.succeeded', afterMs: paidAfter }], paidAfter };
  }
  const how = rng.weighted({
    rto_refused: 55,
    customer_unreachable: 20,
    customer_request: 20,
    cod_verification_failed: 5,
  });
  const afterMs =
    how === 'customer_request'
      ? rng.float(0.5, 20) * HOUR
      : how === 'cod_verification_failed'
        ? rng.float(1, 6) * HOUR
        : doorstep(rng, at, days + rng.float(0, 2));
  return { later: [{ type: 'order.cancelled', afterMs, reason: how }] };
}

/** Share of lines sent back, by category (sizes and looks in fashion; little in beauty). */
const RETURNS: Readonly<Record<Category, number>> = {
  ethnic: 0.18,
  western: 0.22,
  footwear: 0.18,
  watches: 0.07,
  bags: 0.08,
  beauty: 0.03,
  gadgets: 0.06,
  jewellery: 0.1,
  giftcard: 0,
};

/** Returns after delivery: each line may go back; the refund is the lines returned (all of it if all). */
export function returns(rng: Rng, basket: Basket, deliveredAfter: number, scale = 1): Later[] {
  const back = basket.lines.filter((l) => rng.chance(Math.min(0.9, RETURNS[l.category] * scale)));
  if (back.length === 0) return [];
  const all = back.length === basket.lines.length;
  const amount = all ? basket.amount : back.reduce((s, l) => s + l.price * l.quantity, 0);
  return [
    { type: 'refund.created', afterMs: deliveredAfter + rng.float(3, 12) * DAY, reason: 'return', amount },
  ];
}

/** A prepaid order cancelled before dispatch, refunded to source. */
export const cancelledPrepaid = (rng: Rng): Later[] => {
  const afterMs = rng.float(0.3, 18) * HOUR;
  return [
    { type: 'order.cancelled', afterMs, reason: 'customer_request' },
    { type: 'refund.created', afterMs: afterMs + rng.int(1, 40) * MIN, reason: 'customer_request' },
  ];
};
