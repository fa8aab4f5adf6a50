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
import { isWorkday, local } from './calendar.js';
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
import { type Basket, type Category } from './catalogue.js';
import { type Company } from './people.js';
import { type Country, MARKETS } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'klarna_invoice'
  | 'klarna_installments'
  | 'sepa_debit'
  | 'sofort'
  | 'giropay'
  | 'eps'
  | 'ideal'
  | 'bancontact'
  | 'twint'
  | 'blik'
  | 'przelewy24'
  | 'invoice';

/** Push payments (bank redirects, BLIK, TWINT) cannot be charged back; everything else can be disputed. */
export const PUSH_METHODS: ReadonlySet<Method> = new Set([
  'sofort',
  'giropay',
  'eps',
  'ideal',
  'bancontact',
  'blik',
  'przelewy24',
  'twint',
]);

/** Methods whose payments carry a card and its checks. */
export const CARD_METHODS: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay']);

export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'exempt_low_value'
  | 'not_enrolled'
  | 'attempted';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & {
  /** Klarna instalments: months. */
  installments?: number;
  /** Direct debit and bank redirects: the bank's country (from the IBAN). */
  bankCountry?: string;
};

/** `status` marks fulfilment updates; `carrier` goes with `shipped`. */
export type LaterEvent = Later & { status?: string; carrier?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  /** Who the parcel is addressed to, when not the buyer. */
  recipient?: string;
  /** Where an e-mailed voucher goes, when not to the buyer. */
  recipientEmail?: string;
  /** The shop's country site the order was placed on: its currency and prices. */
  site: Country;
  ip: string;
  device: Device;
  locale: string;
  company?: Company;
}

/** Cards issued in the EEA, Switzerland or the UK go through 3-D Secure under PSD2 (or its equivalents). */
const SCA = new Set(['DE', 'AT', 'CH', 'NL', 'BE', 'LU', 'FR', 'PL', 'GB', 'IT', 'ES']);

/** A basket's value in euros (for thresholds). */
export const inEuros = (b: Basket, site: Country): number => b.amount / MARKETS[site].rate;

/** The 3-D Secure outcome of a card payment. */
export function secure(rng: Rng, card: HeldCard, entry: Entry, ok: boolean, euros: number): ThreeDS {
  if (!SCA.has(card.country))
    return rng.chance(0.6)
      ? 'not_enrolled'
      : rng.chance(0.6)
        ? 'attempted'
        : ok
          ? 'frictionless'
          : 'challenge_failed';
  if (entry === 'wallet') return rng.chance(0.9) ? 'frictionless' : 'challenge_passed';
  if (euros < 30 && rng.chance(0.6)) return 'exempt_low_value';
  return rng.chance(euros > 250 ? 0.8 : 0.45) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows the 3-D Secure outcome better (a phished one-time code, a card from elsewhere). */
  threeDS?: ThreeDS;
}

/** One card authorisation, with its checks and 3-D Secure outcome. */
export function cardAttempt(rng: Rng, card: HeldCard, euros: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method =
    entry === 'wallet' ? (card.brand === 'amex' || rng.chance(0.75) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS = t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, entry, true, euros));
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

/** A payment by a method that shows no card (PayPal, Klarna, debit, bank redirects, wallets of the region). */
export function other(
  method: Method,
  ok: boolean,
  afterMs: number,
  decline?: Decline,
  extra: { installments?: number; bankCountry?: string } = {},
): Attempt {
  return { ...otherAttempt(method, ok, afterMs, decline), ...extra };
}

/** How long after the previous step a method's answer comes: redirects to a bank or PayPal take longer. */
export function delayOf(rng: Rng, m: Method): number {
  switch (m) {
    case 'card':
      return rng.int(8_000, 60_000);
    case 'apple_pay':
    case 'google_pay':
      return rng.int(3_000, 14_000);
    case 'invoice':
      return rng.int(2_000, 15_000);
    case 'sepa_debit':
      return rng.int(10_000, 45_000);
    case 'klarna_invoice':
    case 'klarna_installments':
      return rng.int(15_000, 120_000);
    case 'blik':
    case 'twint':
      return rng.int(12_000, 70_000);
    default:
      return rng.int(25_000, 200_000);
  }
}

export const retryGap = (rng: Rng): number => rng.int(25_000, 8 * MINUTE);

/** How people on each country site pay (big baskets: more instalments, fewer instant transfers). */
function methodMix(site: Country, big: boolean): ReadonlyArray<readonly [Method, number]> {
  const inst = big ? 12 : 0;
  switch (site) {
    case 'DE':
      return [
        ['paypal', 33],
        ['klarna_invoice', big ? 10 : 17],
        ['klarna_installments', inst],
        ['card', 15],
        ['apple_pay', 7],
        ['google_pay', 2],
        ['sepa_debit', 8],
        ['sofort', 6],
        ['giropay', 2],
      ];
    case 'AT':
      return [
        ['paypal', 33],
        ['klarna_invoice', big ? 10 : 18],
        ['klarna_installments', inst * 0.7],
        ['card', 22],
        ['apple_pay', 6],
        ['eps', 9],
        ['sofort', 7],
        ['sepa_debit', 3],
      ];
    case 'CH':
      return [
        ['card', 38],
        ['twint', 26],
        ['paypal', 24],
        ['apple_pay', 8],
        ['klarna_invoice', 4],
      ];
    case 'NL':
      return [
        ['ideal', 56],
        ['paypal', 15],
        ['klarna_invoice', 10],
        ['card', 9],
        ['apple_pay', 10],
      ];
    case 'BE':
      return [
        ['bancontact', 46],
        ['card', 18],
        ['paypal', 20],
        ['klarna_invoice', 6],
        ['apple_pay', 10],
      ];
    case 'LU':
      return [
        ['card', 48],
        ['paypal', 34],
        ['klarna_invoice', 8],
        ['apple_pay', 10],
      ];
    case 'FR':
      return [
        ['card', 62],
        ['paypal', 24],
        ['apple_pay', 8],
        ['klarna_installments', big ? 14 : 5],
      ];
    case 'PL':
      return [
        ['blik', 52],
        ['przelewy24', 18],
        ['paypal', 10],
        ['card', 14],
        ['google_pay', 4],
        ['klarna_invoice', 2],
      ];
  }
}

/** The local method a habit of paying "the local way" means on a site. */
const LOCAL: Readonly<Record<Country, Method>> = {
  DE: 'sofort',
  AT: 'eps',
  CH: 'twint',
  NL: 'ideal',
  BE: 'bancontact',
  LU: 'card',
  FR: 'card',
  PL: 'blik',
};

export interface Payer {
  site: Country;
  /** Cards the buyer has at hand (a saved card, their own); a new one is issued where the site is if none. */
  cards: readonly HeldCard[];
  signedIn: boolean;
  habit?: 'card' | 'paypal' | 'klarna_invoice' | 'sepa_debit' | 'local';
  /** Invoice terms through the B2B provider. */
  trade?: boolean;
  match?: Match;
  /** The chance the first try fails. */
  declineShare?: number;
  /** The country of the buyer's bank account (IBAN), for debits and transfers. */
  bank?: string;
  /** The only methods open to this buyer (a foreign bank account rules out debits, Klarna and bank redirects). */
  methods?: readonly Method[];
}

/** The method a payer reaches for. */
export function chooseMethod(rng: Rng, payer: Payer, euros: number): Method {
  const big = euros > 600;
  if (payer.trade && rng.chance(0.7)) return 'invoice';
  const open = methodMix(payer.site, big).filter(([m]) => !payer.methods || payer.methods.includes(m));
  const mix = (open.length > 0 ? open : [['paypal', 1] as const]).map(([m, w]) => {
    const h = payer.habit;
    const fits = h === m || (h === 'local' && LOCAL[payer.site] === m) || (h === 'card' && m === 'apple_pay');
    return [m, fits ? w * 4 : w] as const;
  });
  return rng.weightedPick(mix);
}

/** The chance a first try fails, by method. */
const FAILS: Partial<Record<Method, number>> = {
  klarna_invoice: 0.08,
  klarna_installments: 0.12,
  paypal: 0.02,
  sepa_debit: 0.015,
  invoice: 0.05,
  sofort: 0.05,
  giropay: 0.05,
  eps: 0.04,
  ideal: 0.03,
  bancontact: 0.03,
  blik: 0.05,
  przelewy24: 0.04,
  twint: 0.03,
};

const failureOf = (m: Method): Decline =>
  m === 'sepa_debit'
    ? 'invalid_account'
    : m.startsWith('klarna') || m === 'paypal' || m === 'invoice'
      ? 'provider_declined'
      : 'timeout';

const extrasOf = (rng: Rng, m: Method, payer: Payer) => ({
  ...(m === 'klarna_installments' ? { installments: rng.pick([6, 12, 12, 24, 36]) } : {}),
  ...(m === 'sepa_debit' || m === 'sofort' || m === 'giropay' || m === 'eps'
    ? { bankCountry: payer.bank ?? payer.site }
    : {}),
});

/** A payment by `m` as an honest buyer makes it, ending well or not. */
function tryMethod(
  rng: Rng,
  m: Method,
  payer: Payer,
  euros: number,
  ok: boolean,
  afterMs: number,
  card?: HeldCard,
): Attempt {
  if (!CARD_METHODS.has(m))
    return other(m, ok, afterMs, ok ? undefined : failureOf(m), extrasOf(rng, m, payer));
  const c = card ?? payer.cards[0] ?? newCard(rng, payer.site === 'LU' ? 'LU' : payer.site);
  const entry: Entry =
    m !== 'card'
      ? 'wallet'
      : payer.signedIn && payer.cards.includes(c) && rng.chance(0.55)
        ? 'saved'
        : 'typed';
  const decline = ok ? undefined : honestDecline(rng, euros > 500);
  return cardAttempt(rng, c, euros, {
    entry,
    match: payer.match ?? 'good',
    ok,
    afterMs,
    ...(decline ? { decline } : {}),
  });
}

/**
 * How an honest customer pays: the site's usual methods, their habit, instalments for big machines, invoice
 * terms for trade accounts. A failed try is retried the way people do: the right code, the banking app
 * opened this time, another card, or PayPal after Klarna said no; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, euros: number): Attempt[] {
  const m = chooseMethod(rng, payer, euros);
  const first = delayOf(rng, m);
  const fails = rng.chance(
    payer.declineShare ?? (CARD_METHODS.has(m) ? (euros > 500 ? 0.08 : 0.045) : (FAILS[m] ?? 0.03)),
  );
  if (!fails) return [tryMethod(rng, m, payer, euros, true, first)];
  const out = [tryMethod(rng, m, payer, euros, false, first)];
  if (rng.chance(0.08)) return out;
  const failed = out[0];
  if (failed && CARD_METHODS.has(m)) {
    const why = failed.decline;
    if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'timeout') {
      out.push(tryMethod(rng, 'card', payer, euros, true, retryGap(rng), failed.card));
      return out;
    }
    if (rng.chance(0.45)) {
      out.push(tryMethod(rng, 'paypal', payer, euros, true, retryGap(rng)));
      return out;
    }
    const next = payer.cards.find((c) => c !== failed.card) ?? newCard(rng, payer.site, 'debit');
    out.push(tryMethod(rng, 'card', payer, euros, true, retryGap(rng), next));
    return out;
  }
  const fallback = rng.weightedPick<Method>(
    m === 'paypal'
      ? [
          ['card', 60],
          [LOCAL[payer.site], 40],
        ]
      : [
          ['paypal', 60],
          ['card', 25],
          [m, m.startsWith('klarna') || m === 'invoice' ? 0 : 15],
        ],
  );
  const allowed = !payer.methods || payer.methods.includes(fallback) ? fallback : 'card';
  out.push(tryMethod(rng, allowed, payer, euros, true, retryGap(rng)));
  return out;
}

/** How many hours until the warehouse dispatches: same day before 2 pm on a workday, else the next workday. */
export function hoursToDispatch(rng: Rng, at: number): number {
  let h = 0;
  let t = at;
  const cutOff = local(t).getUTCHours() < 14;
  if (isWorkday(t) && cutOff) return rng.int(2, 7);
  do {
    t += DAY;
    h += 24;
  } while (!isWorkday(t));
  return h - local(at).getUTCHours() + rng.int(8, 14);
}

const TRANSIT: Readonly<Record<Country, readonly [number, number]>> = {
  DE: [16, 40],
  AT: [36, 80],
  CH: [60, 130],
  NL: [36, 72],
  BE: [36, 80],
  LU: [36, 72],
  FR: [48, 100],
  PL: [48, 110],
};

const RETURNS: Partial<Record<Category, number>> = {
  robot_mower: 0.07,
  cordless_kit: 0.05,
  lawn_mower: 0.05,
  pressure_washer: 0.05,
  power_tool: 0.045,
  workshop_machine: 0.04,
  generator: 0.04,
  chainsaw: 0.035,
  garden_power: 0.04,
  tool_set: 0.03,
  battery: 0.025,
  garden_tool: 0.025,
  consumable: 0.015,
};

/**
 * What happens to an honest order once paid: dispatch (next workday for weekend orders), delivery by DHL or
 * freight, collection at the counter, a voucher e-mailed; now and then a return within the 14 days, a
 * cancellation before dispatch, a freight item damaged, a parcel taken from a locker, a refund the customer
 * disputed before it came through.
 */
export function honestAfter(
  rng: Rng,
  p: { at: number; basket: Basket; site: Country; shipping?: Address; disputable: boolean },
): LaterEvent[] {
  const b = p.basket;
  if (b.delivery === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(1, 12) * MINUTE, status: 'voucher_sent' }];
  const cancelRate = b.delivery === 'freight' ? 0.025 : 0.012;
  if (rng.chance(cancelRate)) {
    const at = rng.int(1, 14) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: 'customer_request' },
      { type: 'refund.created', afterMs: at + rng.int(20, 240) * MINUTE, reason: 'requested_by_customer' },
    ];
  }
  const out: LaterEvent[] = [];
  // A typo in the house number, or "to the office instead": corrected before dispatch, in the same town.
  if (p.shipping && b.delivery === 'parcel' && rng.chance(0.008))
    out.push({
      type: 'order.updated',
      afterMs: rng.int(5, 90) * MINUTE,
      status: 'address_changed',
      shipping: {
        ...p.shipping,
        line1: `${(p.shipping.line1 ?? '').replace(/\s*\d+[a-z]?$/, '')} ${rng.int(1, 140)}`.trim(),
      },
    });
  let done: number;
  if (b.delivery === 'collection') {
    const ready = hoursToDispatch(rng, p.at) * HOUR;
    done = ready + rng.int(2, 72) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    out.push({ type: 'order.updated', afterMs: done, status: 'collected' });
  } else {
    const freight = b.delivery === 'freight';
    const ship = (hoursToDispatch(rng, p.at) + (freight ? rng.int(24, 96) : 0)) * HOUR;
    const [lo, hi] = TRANSIT[(p.shipping?.country ?? p.site) as Country] ?? TRANSIT.DE;
    done = ship + (freight ? rng.int(48, 144) : rng.int(lo, hi)) * HOUR;
    out.push({
      type: 'order.updated',
      afterMs: ship,
      status: 'shipped',
      carrier: freight ? 'Spedition' : rng.chance(0.85) ? 'DHL' : 'DPD',
    });
    out.push({ type: 'order.updated', afterMs: done, status: 'delivered' });
    if (freight && rng.chance(0.015)) {
      out.push({
        type: 'refund.created',
        afterMs: done + rng.int(1, 4) * DAY,
        reason: 'damaged_in_transit',
        amount: Math.round(b.amount * rng.float(0.08, 0.25)),
      });
      return out;
    }
    if (b.delivery === 'packstation' && p.disputable && rng.chance(0.006)) {
      out.push({
        type: 'dispute.created',
        afterMs: done + rng.int(6, 30) * DAY,
        reason: 'product_not_received',
      });
      return out;
    }
  }
  const worst = Math.max(0, ...b.lines.map((l) => RETURNS[l.category] ?? 0));
  if (rng.chance(worst)) {
    const one = rng.pick(b.lines);
    const all = b.lines.length === 1 || rng.chance(0.4);
    const refund = all ? b.amount - b.shippingFee : Math.min(b.amount, one.price * one.quantity);
    const at = done + rng.int(4, 16) * DAY;
    out.push({ type: 'refund.created', afterMs: at, reason: 'returned', amount: refund });
    if (p.disputable && rng.chance(0.03))
      out.push({
        type: 'dispute.created',
        afterMs: at - rng.int(1, 3) * DAY,
        reason: 'credit_not_processed',
      });
  } else if (p.disputable && rng.chance(0.0008)) {
    out.push({ type: 'dispute.created', afterMs: done + rng.int(20, 40) * DAY, reason: 'duplicate' });
  }
  return out;
}
