import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type BasketLine,
  type Buyer,
  type Card,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  type Later,
  lineOf,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  product,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account, cardIn, type Currency, type Place, SALES_TAX } from './world.js';

/** The catalogue, baskets, payments and what happens after a purchase. */

export { DAY, HOUR, MINUTE };

// ---------------------------------------------------------------------------------------------------------
// Catalogue (list prices in US cents; euro prices are the same figures, pound prices four fifths)

export type Category = 'plan' | 'seats' | 'addon' | 'credits' | 'stock' | 'topup' | 'gift' | 'trial';

export const CATALOGUE = {
  starterMonthly: product('FL-STARTER-M', 'Starter, monthly', 'plan' as Category, 1200),
  proMonthly: product('FL-PRO-M', 'Pro, monthly', 'plan' as Category, 2400),
  proAnnual: product('FL-PRO-Y', 'Pro, annual', 'plan' as Category, 24000),
  seatMonthly: product('FL-BIZ-SEAT-M', 'Business seat, monthly', 'seats' as Category, 3600),
  seatAnnual: product('FL-BIZ-SEAT-Y', 'Business seat, annual', 'seats' as Category, 36000),
  storage: product('FL-ADD-STORAGE-1TB', 'Extra storage 1 TB, monthly', 'addon' as Category, 999),
  brandKit: product('FL-ADD-BRANDKIT', 'Brand kit add-on, annual', 'addon' as Category, 4800),
  credits500: product('FL-AI-500', 'AI credits, 500', 'credits' as Category, 1000),
  credits2k: product('FL-AI-2000', 'AI credits, 2,000', 'credits' as Category, 3000),
  credits10k: product('FL-AI-10000', 'AI credits, 10,000', 'credits' as Category, 12000),
  stockPack: product('FL-STOCK-10', 'Stock assets, 10-pack', 'stock' as Category, 2900),
  stockSingle: product('FL-STOCK-1', 'Stock asset, single licence', 'stock' as Category, 299),
  render100: product('FL-RENDER-100', 'Cloud render minutes, 100', 'topup' as Category, 500),
  render500: product('FL-RENDER-500', 'Cloud render minutes, 500', 'topup' as Category, 1500),
  giftAnnual: product('FL-GIFT-PRO-Y', 'Gift: Pro, one year', 'gift' as Category, 24000),
  trial: product('FL-TRIAL-VERIFY', 'Pro free trial: card verification', 'trial' as Category, 100),
} as const;

export type ProductKey = keyof typeof CATALOGUE;

/** Sale and programme codes, with the share off the lines they apply to. */
export const CODES = {
  BFCM50: { off: 0.5, on: ['proAnnual', 'giftAnnual'] as ProductKey[] },
  CYBER40: { off: 0.4, on: ['seatAnnual'] as ProductKey[] },
  EDU60: { off: 0.6, on: ['proAnnual', 'proMonthly'] as ProductKey[] },
} as const;
export type Code = keyof typeof CODES;

const priceIn = (usd: number, currency: Currency) => (currency === 'GBP' ? Math.round(usd * 0.8) : usd);

export interface Basket {
  lines: Array<BasketLine<Category> & { key: ProductKey }>;
  currency: Currency;
  code?: Code;
  discount: number;
  tax: number;
  amount: number;
}

/**
 * A basket of `items` in the buyer's currency: the code's share off its lines, then VAT (none for a business
 * with a VAT id, reverse charge), GST or US sales tax where the store collects it, rounded to the cent.
 */
export function basketOf(
  items: ReadonlyArray<readonly [ProductKey, number]>,
  place: Place,
  postalCode: string | undefined,
  code?: Code,
  reverseCharge = false,
): Basket {
  const lines = items.map(([key, q]) => {
    const p = CATALOGUE[key];
    return { ...lineOf({ ...p, price: priceIn(p.price, place.currency) }, q), key };
  });
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const eligible = code
    ? lines.filter((l) => CODES[code].on.includes(l.key)).reduce((s, l) => s + l.price * l.quantity, 0)
    : 0;
  const discount = code ? Math.round(eligible * CODES[code].off) : 0;
  const rate = reverseCharge ? 0 : place.country === 'US' ? (SALES_TAX[postalCode ?? ''] ?? 0) : place.vat;
  const tax = Math.round(((subtotal - discount) * rate) / 100);
  return {
    lines,
    currency: place.currency,
    ...(code && discount > 0 ? { code } : {}),
    discount,
    tax,
    amount: subtotal - discount + tax,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Payments

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'expired_card'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'incorrect_number'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'authentication_failed'
  | 'restricted_card'
  | 'transaction_not_allowed';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card>;

/** How the card reached the checkout: typed in, saved on the account, charged by the store, or in a wallet. */
export type Entry = 'typed' | 'saved' | 'off_session' | 'wallet';

const AVS_ISSUERS = new Set(['US', 'CA', 'GB']);
const SCA = new Set(['GB', 'IE', 'DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'BE']);

/** AVS from US, Canadian and British issuers; `match` is how well the billing address fits the card. */
function avsOf(rng: Rng, card: Card, match: 'good' | 'zip_only' | 'bad'): CheckResult {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'bad') return 'fail';
  if (match === 'zip_only') return rng.chance(0.5) ? 'pass' : 'fail';
  return rng.chance(0.96) ? 'pass' : 'unavailable';
}

export interface CardTry {
  entry: Entry;
  ok: boolean;
  afterMs: number;
  decline?: Decline;
  match?: 'good' | 'zip_only' | 'bad';
  threeDS?: ThreeDS;
}

/**
 * One card authorisation: CVC checked only when typed (a saved card and the store's own renewal charge send
 * none; a wallet uses a cryptogram), 3-D Secure for European and British cards on a customer's checkout, the
 * store's renewals exempt as merchant-initiated.
 */
export function cardTry(rng: Rng, card: Card, t: CardTry): Attempt {
  const method: Method = t.entry === 'wallet' ? (rng.chance(0.7) ? 'apple_pay' : 'google_pay') : 'card';
  const cvc: CheckResult =
    t.entry === 'typed'
      ? t.decline === 'incorrect_cvc'
        ? 'fail'
        : 'pass'
      : t.entry === 'wallet'
        ? 'unavailable'
        : 'unchecked';
  const threeDS: ThreeDS | undefined =
    t.threeDS ??
    (t.entry === 'off_session'
      ? 'exempt'
      : SCA.has(card.country)
        ? t.decline === 'authentication_failed'
          ? 'challenge_failed'
          : rng.chance(0.6)
            ? 'frictionless'
            : 'challenge_passed'
        : undefined);
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: t.entry === 'wallet' ? 'unavailable' : avsOf(rng, card, t.match ?? 'good'),
    cvc,
    threeDS,
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(3_000, 25_000);
export const retryGap = (rng: Rng): number => rng.int(20_000, 5 * MINUTE);

/**
 * How a customer pays at checkout: a saved or typed card, Apple/Google Pay, PayPal. A few are declined and
 * retry the way people do (the right CVC, another card, PayPal); a few give up.
 */
export function customerPays(
  rng: Rng,
  cards: readonly Card[],
  signedIn: boolean,
  declineShare = 0.04,
): Attempt[] {
  const first = firstAuth(rng);
  const method = rng.weightedPick<Method>([
    ['card', 72],
    ['apple_pay', 10],
    ['google_pay', 4],
    ['paypal', 14],
  ]);
  const declined = rng.chance(declineShare);
  if (method === 'paypal')
    return declined
      ? [other('paypal', false, first, 'do_not_honor'), other('paypal', true, retryGap(rng))]
      : [other('paypal', true, first)];
  const card = rng.pick(cards);
  const entry: Entry = method !== 'card' ? 'wallet' : signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  if (!declined) return [cardTry(rng, card, { entry, ok: true, afterMs: first })];
  const why = rng.weightedPick<Decline>([
    ['insufficient_funds', 4],
    ['incorrect_cvc', 3],
    ['expired_card', 2],
    ['do_not_honor', 3],
    ['authentication_failed', SCA.has(card.country) ? 3 : 0],
  ]);
  const out = [
    cardTry(rng, card, {
      entry: entry === 'saved' && why === 'incorrect_cvc' ? 'typed' : entry,
      ok: false,
      decline: why,
      afterMs: first,
    }),
  ];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed')
    out.push(cardTry(rng, card, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  else if (rng.chance(0.35)) out.push(other('paypal', true, retryGap(rng)));
  else {
    const next = cards.find((c) => c !== card) ?? cardIn(rng, card.country);
    out.push(cardTry(rng, next, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  }
  return out;
}

/**
 * The store's own charge of a stored card (renewal, trial conversion): no CVC, exempt from 3-D Secure. A decline
 * is retried by the dunning schedule one to three days later, and most then go through (a new expiry date pushed
 * by the network, payday); the rest are cancelled after the last try.
 */
export function storeCharges(rng: Rng, card: Card, declineShare = 0.07): Attempt[] {
  const first = rng.int(2_000, 8_000);
  if (!rng.chance(declineShare))
    return [cardTry(rng, card, { entry: 'off_session', ok: true, afterMs: first })];
  const why = rng.weightedPick<Decline>([
    ['insufficient_funds', 5],
    ['expired_card', 3],
    ['do_not_honor', 2],
  ]);
  const out = [cardTry(rng, card, { entry: 'off_session', ok: false, decline: why, afterMs: first })];
  const tries = rng.int(1, 3);
  for (let i = 0; i < tries; i++) {
    const ok = i === tries - 1 ? rng.chance(0.7) : rng.chance(0.3);
    out.push(
      cardTry(rng, card, {
        entry: 'off_session',
        ok,
        decline: why,
        afterMs: rng.int(1, 3) * DAY + rng.int(0, 4) * HOUR,
      }),
    );
    if (ok) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Purchases

/** `status` marks provisioning (`active`), `email` an account's new sign-in address; the rest are the kit's. */
export type LaterEvent = Later & { status?: string; email?: string };

export type Channel =
  | 'web'
  | 'desktop_app'
  | 'renewal'
  | 'trial_conversion'
  | 'trial_signup'
  | 'admin_console'
  | 'invoice'
  | 'gift';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  /** None for the store's own charges (renewals, trial conversions). */
  ip?: string;
  device?: Device;
  channel: Channel;
  locale: string;
  interval?: 'month' | 'year';
  seats?: number;
  company?: { name: string; taxId?: string };
  giftRecipient?: string;
  /** Education discount: the verified school. */
  school?: string;
}

/** An account's billing address: the city it gave. */
export const billingOf = (a: Account): Address => ({
  country: a.place.country,
  city: a.city[0],
  postalCode: a.city[1],
});

/** The events of a paid subscription: it is provisioned within seconds (`active`). */
export const provisioned = (rng: Rng): LaterEvent => ({
  type: 'order.updated',
  afterMs: rng.int(40_000, 3 * MINUTE),
  status: 'active',
});

/**
 * What an honest purchase sees later: provisioned, and now and then a refund under the 14-day guarantee, or
 * (rarely) a dispute over a renewal the customer forgot.
 */
export function honestAfter(rng: Rng, amount: number, renewal = false): LaterEvent[] {
  const out = [provisioned(rng)];
  if (rng.chance(renewal ? 0.03 : 0.02))
    out.push({
      type: 'refund.created',
      afterMs: rng.int(1, 14) * DAY,
      reason: renewal ? 'forgot_to_cancel' : 'requested_by_customer',
      amount,
    });
  else if (rng.chance(0.003))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 70) * DAY, reason: 'subscription_canceled' });
  return out;
}
