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
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Company } from './people.js';
import { collectionCourse, parcelCourse } from './fulfil.js';
import { type Currency, type Region, type ShopId } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens once they have. */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'klarna'
  | 'revolut_pay'
  | 'store_credit'
  | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`code_sent`, `shipped`, `ready_for_collection`, …); the rest are the kit's. */
export type LaterEvent = Later & { status?: string };

export type Storefront = 'ie' | 'uk';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  shop?: ShopId;
  ip: string;
  device: Device;
  storefront: Storefront;
  /** The browser's language (`en-IE`, `pl-PL`, …). */
  locale: string;
  giftMessage?: string;
  /** A code sent to someone else's inbox. */
  giftRecipient?: string;
  company?: Company;
  /** Ordered before the release; shipped to arrive on the day. */
  preorder?: boolean;
}

export const storefrontOf = (c: Currency): Storefront => (c === 'GBP' ? 'uk' : 'ie');

/** A browser's language where its owner lives; Ireland's Polish, Brazilian and Irish-speaking customers too. */
export function localeFor(rng: Rng, country: string, region?: Region): string {
  if (country === 'IE')
    return rng.weightedPick([
      ['en-IE', 70],
      ['en-GB', 12],
      ['en-US', 8],
      ['pl-PL', 4],
      ['pt-BR', 3],
      ['ga-IE', 1],
      ['es-ES', 2],
    ] as const);
  if (country === 'GB') return rng.chance(region === 'NI' ? 0.8 : 0.88) ? 'en-GB' : 'en-US';
  const own: Readonly<Record<string, string>> = {
    DE: 'de-DE',
    FR: 'fr-FR',
    NL: 'nl-NL',
    ES: 'es-ES',
    IT: 'it-IT',
    PL: 'pl-PL',
    BE: 'fr-BE',
    PT: 'pt-PT',
    SE: 'sv-SE',
    US: 'en-US',
    CA: 'en-CA',
    AU: 'en-AU',
    AE: 'en-GB',
    TR: 'tr-TR',
    IR: 'fa-IR',
    SY: 'ar-SY',
    CU: 'es-419',
  };
  return rng.chance(0.35) ? 'en-GB' : (own[country] ?? 'en-US');
}

/** Issuers under strong customer authentication (the EEA and the UK). */
export const SCA = new Set(['IE', 'LT', 'DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'BE', 'PT', 'SE', 'GB']);

/**
 * The 3-D Secure result of an authorised payment: under SCA, small baskets are often exempt, large ones
 * challenged (a saved card of a known customer less often); outside it the issuer often does not take part.
 */
export function secure(rng: Rng, card: HeldCard, amount: number, saved = false): ThreeDS {
  if (!SCA.has(card.country)) return rng.chance(0.55) ? 'not_enrolled' : 'frictionless';
  if (amount < 3_000 && rng.chance(0.55)) return 'exempt';
  const challenge = amount > 40_000 ? 0.6 : amount > 10_000 ? 0.4 : 0.25;
  return rng.chance(saved ? challenge * 0.6 : challenge) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

/** One card authorisation: typed, saved or in a wallet, with its checks and 3-D Secure. */
export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method =
    entry === 'wallet' ? (/^(4|5)/.test(card.bin) && rng.chance(0.7) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS =
    entry === 'wallet'
      ? undefined
      : (t.threeDS ??
        (authFailed ? 'challenge_failed' : t.ok ? secure(rng, card, amount, entry === 'saved') : undefined));
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: avs(card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS,
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

/** A wallet payment with a chosen method (Apple Pay on an iPhone, Google Pay on Android). */
export function walletAttempt(
  rng: Rng,
  method: 'apple_pay' | 'google_pay',
  card: HeldCard,
  amount: number,
  t: CardTry,
): Attempt {
  return { ...cardAttempt(rng, card, amount, { ...t, entry: 'wallet' }), method };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(6_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: readonly HeldCard[];
  region: Region;
  signedIn: boolean;
  device: Device;
  wallets: { paypal: boolean; revolut: boolean; klarna: boolean };
  match?: Match;
  /** A teenager's parent approves the bank's prompt on their own phone, minutes later. */
  parentApproves?: boolean;
  declineShare?: number;
}

/**
 * How an honest customer pays: card (typed or saved), Apple or Google Pay on a phone, PayPal, Klarna for bigger
 * baskets, Revolut Pay. Declines are retried the way people do: the right code, the bank's prompt answered this
 * time, another card, PayPal or Klarna; about one in ten gives up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number): Attempt[] {
  const ua = payer.device.userAgent;
  const apple = /iPhone|iPad|Macintosh|iOS/.test(ua);
  const android = /Android/.test(ua);
  const method = rng.weightedPick<Method>([
    ['card', 44],
    ['apple_pay', apple ? 24 : 0],
    ['google_pay', android ? 16 : /Windows/.test(ua) ? 2 : 0],
    ['paypal', payer.wallets.paypal ? 16 : 3],
    ['klarna', amount >= 5_000 ? (payer.wallets.klarna ? 12 : 1.5) : 0],
    ['revolut_pay', payer.wallets.revolut ? 9 : 0],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(payer.declineShare ?? (amount > 35_000 ? 0.08 : 0.04));
  const card = rng.pick(payer.cards);
  if (method === 'paypal' || method === 'klarna' || method === 'revolut_pay') {
    if (!declined) return [other(method, true, first)];
    const why: Decline = method === 'klarna' ? 'risk_declined' : 'do_not_honor';
    return [
      other(method, false, first, why),
      cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng) }),
    ];
  }
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const approve = payer.parentApproves ? rng.int(2, 25) * MINUTE : 0;
  const base = { entry, match: payer.match ?? 'good' } as const;
  const tryOnce = (ok: boolean, t: Partial<CardTry>, c = card) =>
    entry === 'wallet'
      ? walletAttempt(rng, method === 'google_pay' ? 'google_pay' : 'apple_pay', c, amount, {
          ...base,
          ok,
          afterMs: first,
          ...t,
        })
      : cardAttempt(rng, c, amount, { ...base, ok, afterMs: first + approve, ...t });
  if (!declined) return [tryOnce(true, {})];
  const why = honestDecline(rng, amount, card);
  const out = [
    tryOnce(false, { decline: why === 'authentication_failed' && entry === 'wallet' ? 'do_not_honor' : why }),
  ];
  if (rng.chance(0.1)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(
      cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) + approve }),
    );
    return out;
  }
  if (rng.chance(0.3) && amount >= 5_000 && why !== 'expired_card') {
    out.push(other(rng.chance(0.5) ? 'klarna' : 'paypal', true, retryGap(rng)));
    return out;
  }
  const next =
    payer.cards.find((c) => c !== card) ?? newCard(rng, card.country === 'GB' ? 'gbDebit' : 'ieDebitA');
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

export interface AfterOptions {
  fulfilment: Fulfilment;
  region: Region;
  amount: number;
  /** When the order was placed (ms since the epoch). */
  placed: number;
  /** When the payment went through, after the order. */
  paidAfter: number;
  shop?: ShopId;
  /** For a pre-order: when it ships (ms since the epoch; the day before the release). */
  shipsAt?: number;
}

/**
 * What happens to an honest order once paid: codes e-mailed within minutes (a few held for review first),
 * collection orders ready and collected, parcels shipped by An Post or DPD and delivered; now and then a
 * cancellation before dispatch, a return, a damaged parcel, a collection never picked up, or a parcel the
 * courier lost.
 */
export function honestAfter(rng: Rng, o: AfterOptions): LaterEvent[] {
  const paid = o.paidAfter;
  if (o.fulfilment === 'email') {
    const review = rng.chance(0.05);
    const sent = paid + (review ? rng.int(1 * HOUR, 6 * HOUR) : rng.int(10_000, 3 * MINUTE));
    return [
      ...(review ? [{ type: 'order.updated' as const, afterMs: paid + 5_000, status: 'in_review' }] : []),
      { type: 'order.updated', afterMs: sent, status: 'code_sent' },
    ];
  }
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: paid + rng.int(1, 18) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: paid + rng.int(19, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  if (o.fulfilment === 'click_collect') {
    const { ready, collected } = collectionCourse(rng, o.placed, paid, o.shop, { slow: rng.chance(0.25) });
    if (rng.chance(0.03))
      return [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
        { type: 'order.cancelled', afterMs: ready + 8 * DAY, reason: 'not_collected' },
        { type: 'refund.created', afterMs: ready + 8 * DAY + HOUR, reason: 'not_collected' },
      ];
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
      { type: 'order.updated', afterMs: collected, status: 'collected' },
    ];
  }
  const { shipped: ship, delivered } = parcelCourse(rng, o.placed, paid, o.fulfilment, o.region, o.shipsAt);
  const transit = delivered - ship;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: delivered, status: 'delivered' },
  ];
  const r = rng.next();
  if (r < 0.02)
    out.push({
      type: 'refund.created',
      afterMs: ship + transit + rng.int(4, 20) * DAY,
      reason: 'returned',
      amount: Math.max(500, Math.round(o.amount * rng.float(0.15, 1))),
    });
  else if (r < 0.026)
    out.push({
      type: 'refund.created',
      afterMs: ship + transit + rng.int(1, 4) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(o.amount, rng.int(10, 80) * 100),
    });
  else if (r < 0.0275)
    out.push({
      type: 'dispute.created',
      afterMs: ship + rng.int(20, 45) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
