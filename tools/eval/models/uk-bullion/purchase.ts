import {
  type Address,
  type Buyer,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  type Later,
  localHour,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { demand, MOTHERING_SUNDAY, phase, weekend } from './calendar.js';
import { avs, cvc, type Entry, type HeldCard, type Match, newCard } from './cards.js';
import { type Basket, CARD_CAP, type Fulfilment, inPounds } from './catalogue.js';
import { type Currency } from './places.js';

/** One planned purchase before events.ts renders it: how people pay, when they shop, what happens after. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'bank_transfer' | 'open_banking';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Decline =
  | 'do_not_honor'
  | 'insufficient_funds'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'transaction_not_allowed'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'expired_card'
  | 'generic_decline';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment and account steps (`dispatched`, `collected`, `sell_back_requested`, …). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  /** How the buyer chose to pay at checkout (a transfer that never arrives has no attempt). */
  method: Method;
  ip: string;
  device: Device;
  locale: string;
  company?: { name: string; companyNumber: string };
  giftMessage?: string;
  /** The checkout's own note: where a phone order was keyed by staff, say. */
  channel: 'web' | 'phone';
}

const EEA_SCA = new Set(['GB', 'IE', 'DE', 'NL', 'FR', 'BE', 'ES', 'IT', 'AT']);

/** Strong customer authentication on British and EEA cards (bullion is high-risk: most are challenged). */
export function secure(rng: Rng, card: HeldCard, ok: boolean, pounds: number): ThreeDS {
  if (!EEA_SCA.has(card.country))
    return rng.chance(0.55) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (pounds < 40 && rng.chance(0.5)) return 'exempt';
  return rng.chance(pounds > 500 ? 0.85 : 0.5) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

export function cardAttempt(
  rng: Rng,
  card: HeldCard,
  amount: number,
  currency: Currency,
  t: CardTry,
): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.8) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return cardPaymentAttempt<Method, ThreeDS, Decline, HeldCard>({
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS:
      t.threeDS ??
      (authFailed ? 'challenge_failed' : secure(rng, card, true, inPounds(amount, currency) / 100)),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

/** How long a transfer takes to land: Faster Payments within hours, SEPA by the next day, SWIFT a few days. */
export function transferLag(rng: Rng, country: string, chaps = false): number {
  if (chaps) return rng.int(40, 300) * MINUTE;
  if (country === 'GB') return rng.chance(0.8) ? rng.int(10, 240) * MINUTE : rng.int(4, 26) * HOUR;
  if (['US', 'AE', 'QA', 'SA', 'KW', 'CH'].includes(country)) return rng.int(18, 72) * HOUR;
  return rng.int(4, 30) * HOUR;
}

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  /** A first order: the bank is more likely to stop an unusual bullion payment. */
  firstTime: boolean;
}

/**
 * How an honest buyer pays: by card (typed, saved, or in a wallet) up to the card cap, by transfer or open
 * banking above it and often for large orders anyway. Banks stop a first large bullion payment now and then;
 * people ring their bank and try again, switch to a transfer, try another card or give up.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  currency: Currency,
  transferShare = 0.25,
): { method: Method; attempts: Attempt[] } {
  const pounds = inPounds(amount, currency) / 100;
  const overCap = amount > CARD_CAP[currency];
  const gb = payer.country === 'GB';
  if (overCap || (pounds > 4_000 && rng.chance(transferShare + 0.3)) || rng.chance(transferShare * 0.15)) {
    const ob = gb && pounds <= 25_000 && rng.chance(0.4);
    const method: Method = ob ? 'open_banking' : 'bank_transfer';
    // A few change their minds (or their bank holds the payment) and the reservation lapses.
    if (rng.chance(0.03)) return { method, attempts: [] };
    return {
      method,
      attempts: [other(method, true, ob ? rng.int(40_000, 6 * MINUTE) : transferLag(rng, payer.country))],
    };
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = rng.chance(0.16)
    ? 'wallet'
    : payer.signedIn && !payer.firstTime && rng.chance(0.55)
      ? 'saved'
      : 'typed';
  const first = firstAuth(rng);
  const declined = rng.chance((payer.firstTime ? 0.08 : 0.03) + (pounds > 3_000 ? 0.06 : 0));
  const base = { entry, match: 'good' } as const;
  const method: Method = 'card';
  if (!declined)
    return {
      method,
      attempts: [cardAttempt(rng, card, amount, currency, { ...base, ok: true, afterMs: first })],
    };
  const why = rng.weightedPick<Decline>([
    ['do_not_honor', 30],
    ['transaction_not_allowed', pounds > 1_000 ? 15 : 3],
    ['insufficient_funds', 20],
    ['authentication_failed', 15],
    ['incorrect_cvc', entry === 'typed' ? 10 : 0],
    ['expired_card', 3],
  ]);
  const out = [
    cardAttempt(rng, card, amount, currency, { ...base, ok: false, decline: why, afterMs: first }),
  ];
  const next = rng.weightedPick<'again' | 'transfer' | 'other' | 'quit'>([
    ['again', why === 'insufficient_funds' ? 5 : 45],
    ['transfer', 25],
    ['other', 20],
    ['quit', 10],
  ]);
  if (next === 'quit') return { method, attempts: out };
  if (next === 'transfer')
    return { method, attempts: [...out, other('bank_transfer', true, transferLag(rng, payer.country))] };
  const again =
    next === 'again' ? card : (payer.cards.find((c) => c !== card) ?? newCard(rng, payer.country, 'debit'));
  const gap =
    why === 'do_not_honor' || why === 'transaction_not_allowed' ? rng.int(15, 90) * MINUTE : retryGap(rng);
  out.push(cardAttempt(rng, again, amount, currency, { entry: 'typed', ok: true, afterMs: gap }));
  return { method, attempts: out };
}

/** How long after the order the last attempt came (0 without attempts). */
export const paidAfter = (attempts: readonly Attempt[]): number =>
  attempts.reduce((s, a) => s + Math.max(1000, Math.floor(a.afterMs)), 0);

export interface AfterPlan {
  fulfilment: Fulfilment;
  /** When the money landed, after the order. */
  paidAt: number;
  abroad: boolean;
  /** The order waits for the buyer's ID before dispatch or allocation. */
  idCheck: boolean;
  amount: number;
  /** Chance of a sell-back request from the vault during the fortnight. */
  sellBack?: number;
}

/**
 * What happens to an honest paid order: an ID check first for a new customer's larger order, then dispatch by
 * insured courier (signature on delivery), a counter collection, or allocation to the vault (now and then
 * sold back on the spike); a cancellation with the market-loss fee kept, a lost parcel refunded, a rare dispute.
 */
export function honestAfter(rng: Rng, a: AfterPlan): LaterEvent[] {
  const out: LaterEvent[] = [];
  let t = a.paidAt;
  if (a.idCheck) {
    out.push({ type: 'order.updated', afterMs: t + rng.int(20, 240) * MINUTE, status: 'id_check_requested' });
    if (rng.chance(0.04)) {
      const at = t + rng.int(3, 6) * DAY;
      return [
        ...out,
        { type: 'order.cancelled', afterMs: at, reason: 'id_check_not_completed' },
        { type: 'refund.created', afterMs: at + rng.int(1, 5) * HOUR, reason: 'id_check_not_completed' },
      ];
    }
    t += rng.int(2, 30) * HOUR;
    out.push({ type: 'order.updated', afterMs: t, status: 'id_verified' });
  }
  if (rng.chance(0.008)) {
    const at = t + rng.int(1, 12) * HOUR;
    const fee = Math.round(a.amount * rng.float(0.01, 0.04));
    return [
      ...out,
      { type: 'order.cancelled', afterMs: at, reason: 'customer_request' },
      {
        type: 'refund.created',
        afterMs: at + rng.int(2, 24) * HOUR,
        reason: 'requested_by_customer',
        amount: a.amount - fee,
      },
    ];
  }
  if (a.fulfilment === 'vault') {
    out.push({ type: 'order.updated', afterMs: t + rng.int(2, 20) * HOUR, status: 'allocated_to_vault' });
    if (rng.chance(a.sellBack ?? 0)) {
      const at = t + rng.int(2, 9) * DAY;
      out.push({ type: 'order.updated', afterMs: at, status: 'sell_back_requested' });
      out.push({ type: 'order.updated', afterMs: at + rng.int(4, 30) * HOUR, status: 'sold_back' });
    }
    return out;
  }
  if (a.fulfilment === 'counter_collection') {
    const ready = t + rng.int(2, 20) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    out.push({ type: 'order.updated', afterMs: ready + rng.int(3, 96) * HOUR, status: 'collected' });
    return out;
  }
  const ship = t + rng.int(14, 44) * HOUR;
  out.push({ type: 'order.updated', afterMs: ship, status: 'dispatched' });
  if (rng.chance(0.003)) {
    out.push({ type: 'refund.created', afterMs: ship + rng.int(6, 12) * DAY, reason: 'lost_in_transit' });
    return out;
  }
  out.push({
    type: 'order.updated',
    afterMs: ship + rng.int(a.abroad ? 48 : 16, a.abroad ? 140 : 40) * HOUR,
    status: 'delivered',
  });
  if (rng.chance(0.0015))
    out.push({
      type: 'dispute.created',
      afterMs: ship + rng.int(20, 50) * DAY,
      reason: 'product_not_received',
    });
  return out;
}

/** Local-hour weights of people shopping from home: lunch and evening peaks, little at night. */
const HOME_HOURS = [
  0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.25, 0.55, 0.8, 0.95, 1, 1, 1.2, 1.1, 1, 1, 1, 1.05, 1.2, 1.4, 1.6,
  1.5, 1.1, 0.6,
];
/** Fraudsters' hours: flatter, more at night. */
const NIGHT_HOURS = [
  1, 1, 1, 0.9, 0.8, 0.6, 0.4, 0.3, 0.3, 0.4, 0.5, 0.5, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.7, 0.8, 0.9, 1, 1, 1,
];

export type Hours = 'home' | 'office' | 'night' | 'banking';

function hourWeight(hours: Hours, t: number, tz: number): number {
  const h = Math.floor(localHour(t, tz));
  if (hours === 'office') return !weekend(t, tz) && h >= 8 && h < 18 ? 1 : 0;
  if (hours === 'banking')
    return !weekend(t, tz) && h >= 9 && h < 17 ? 1 : weekend(t, tz) && h >= 10 && h < 16 ? 0.3 : 0;
  return (hours === 'night' ? NIGHT_HOURS : HOME_HOURS)[h] ?? 0;
}

/**
 * When a purchase is placed: busier as the price spikes, in its buyer's local hours; gifts lean on the days
 * before Mothering Sunday. Drawn by rejection, up to 300 tries.
 */
export function placedAt(
  rng: Rng,
  w: { start: number; end: number },
  tz: number,
  hours: Hours,
  o: { gift?: boolean; spike?: number } = {},
): number {
  const spike = o.spike ?? 1;
  for (let i = 0; i < 300; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const d = (demand(phase(t, w)) - 0.65) * spike + 0.65;
    const g = o.gift ? (t < MOTHERING_SUNDAY - 12 * HOUR ? 2.2 : 0.7) : 1;
    if (rng.next() < (hourWeight(hours, t, tz) * d * g) / (2 * 2.2 * 1.7)) return t;
  }
  return Math.floor(rng.float(w.start, w.end));
}
