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
import { type Basket, type Fulfilment, paidShare } from './catalogue.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'afterpay' | 'zip' | 'gift_card';
export type ThreeDS =
  'frictionless' | 'challenge_passed' | 'challenge_failed' | 'attempted' | 'not_requested';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates; the rest are the kit's. */
export type LaterEvent = Later & { status?: string };

/** Where the shopper came from (UTM source as the shop records it). */
export type Source =
  | 'direct'
  | 'google'
  | 'instagram'
  | 'tiktok'
  | 'facebook'
  | 'email'
  | 'affiliate'
  | 'click_frenzy'
  | 'unidays';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  source: Source;
  /** Club tier of a signed-in buyer. */
  club?: string;
  /** Click and collect: the boutique. */
  store?: string;
  /** e-Gift cards: where the shop e-mails them. */
  giftCardTo?: string[];
  giftMessage?: string;
  company?: { name: string; abn: string };
}

/** Cards and wallets only: the shop asks for 3-D Secure on orders above A$250 or when its screening is unsure. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number, asked = false): ThreeDS {
  const foreign = !['AU', 'NZ', 'US'].includes(card.country);
  if (!asked && amount < 25000 && !foreign) return 'not_requested';
  if (card.country === 'US' && rng.chance(0.6)) return 'attempted';
  if (!ok) return 'challenge_failed';
  if (card.funding === 'prepaid' && rng.chance(0.5)) return 'attempted';
  return rng.chance(foreign ? 0.6 : 0.15) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result, when the planner knows better (a stolen card's failed challenge). */
  threeDS?: ThreeDS;
  /** The shop asked for 3-D Secure whatever the amount. */
  asked?: boolean;
  /** Which wallet, for a wallet entry (the browser decides). */
  wallet?: 'apple_pay' | 'google_pay';
}

/** The wallet a browser offers: Apple Pay in Safari and Apple's in-app views, Google Pay in Chrome-based ones. */
export function walletOf(userAgent: string): 'apple_pay' | 'google_pay' | undefined {
  if (/Firefox\//.test(userAgent)) return undefined;
  if (/iPhone|iPad/.test(userAgent) || (/Macintosh/.test(userAgent) && !/Chrome\//.test(userAgent)))
    return 'apple_pay';
  return 'google_pay';
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (t.wallet ?? 'apple_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS =
    entry === 'wallet' ? undefined : (t.threeDS ?? secure(rng, card, !authFailed, amount, t.asked ?? false));
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

/** Card details typed: 15 s – 1.5 min after the order; a wallet is quicker, Afterpay and PayPal log in first. */
export const firstAuth = (rng: Rng, method: Method = 'card'): number =>
  method === 'afterpay' || method === 'zip' || method === 'paypal'
    ? rng.int(35_000, 4 * MINUTE)
    : method === 'apple_pay' || method === 'google_pay'
      ? rng.int(4_000, 20_000)
      : rng.int(15_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  match?: Match;
  /** Weights of the methods, when this buyer differs from the market's. */
  methods?: ReadonlyArray<readonly [Method, number]>;
  /** The browser's user agent: which wallet it offers. */
  userAgent: string;
}

/** The methods' weights with only the wallet this browser offers: iPhone owners reach for Apple Pay, few use Google Pay. */
function offered(
  methods: ReadonlyArray<readonly [Method, number]>,
  userAgent: string,
): Array<[Method, number]> {
  const wallet = walletOf(userAgent);
  const walletWeight = methods
    .filter(([m]) => m === 'apple_pay' || m === 'google_pay')
    .reduce((a, [, x]) => a + x, 0);
  return methods.map(([m, x]): [Method, number] => {
    if (m !== 'apple_pay' && m !== 'google_pay') return [m, x];
    if (m !== wallet) return [m, 0];
    return [m, wallet === 'apple_pay' ? walletWeight * 1.5 : walletWeight * 0.35];
  });
}

/** How a market pays for fashion: cards and Apple Pay, Afterpay and Zip, PayPal. */
export function marketMethods(country: string, amount: number): Array<[Method, number]> {
  const bnpl = amount <= 200_000;
  if (country === 'NZ')
    return [
      ['card', 38],
      ['apple_pay', 18],
      ['google_pay', 4],
      ['afterpay', bnpl ? 18 : 0],
      ['paypal', 15],
      ['zip', bnpl ? 4 : 0],
      ['gift_card', 1],
    ];
  if (country === 'US')
    return [
      ['card', 48],
      ['apple_pay', 20],
      ['google_pay', 4],
      ['paypal', 18],
      ['afterpay', bnpl ? 8 : 0],
    ];
  return [
    ['card', 32],
    ['apple_pay', 20],
    ['google_pay', 4],
    ['afterpay', bnpl ? 20 : 0],
    ['zip', bnpl ? 6 : 0],
    ['paypal', 12],
    ['gift_card', 2],
  ];
}

/**
 * How an honest customer pays. Declines are retried the way people do: the right CVC, the 3-D Secure prompt
 * answered this time, another card, Afterpay instead of an empty debit card, or the card after Afterpay said
 * no; about one in eight gives up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare = 0.05): Attempt[] {
  const method = rng.weightedPick(
    offered(payer.methods ?? marketMethods(payer.country, amount), payer.userAgent),
  );
  const first = firstAuth(rng, method);
  if (method === 'afterpay' || method === 'zip') {
    // Afterpay and Zip say no to a first order over the buyer's limit, or a missed instalment.
    if (!rng.chance(payer.signedIn ? 0.06 : 0.12)) return [other(method, true, first)];
    const out = [other(method, false, first, 'provider_declined')];
    if (rng.chance(0.15)) return out;
    const card = rng.pick(payer.cards);
    out.push(
      cardAttempt(rng, card, amount, {
        entry: 'typed',
        ok: true,
        afterMs: retryGap(rng),
        match: payer.match ?? 'good',
      }),
    );
    return out;
  }
  const declined = rng.chance(declineShare);
  if (method === 'paypal' || method === 'gift_card') {
    if (!declined) return [other(method, true, first)];
    return [other(method, false, first, 'provider_declined'), other(method, true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = {
    entry,
    match: payer.match ?? 'good',
    ...(method === 'apple_pay' || method === 'google_pay' ? { wallet: method } : {}),
  } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, card);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'processing_error') {
    out.push(cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (why === 'insufficient_funds' && payer.country !== 'US' && amount <= 200_000 && rng.chance(0.5)) {
    out.push(other('afterpay', true, retryGap(rng) + firstAuth(rng, 'afterpay')));
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

/** Delivery time after dispatch, hours: Australia Post parcel or express, NZ Post, DHL to the US. */
function transitHours(rng: Rng, f: Fulfilment, country: string): number {
  if (country === 'NZ') return rng.int(3, 8) * 24 + rng.int(0, 10);
  if (country === 'US' || f === 'international') return rng.int(4, 9) * 24 + rng.int(0, 10);
  if (f === 'express') return rng.int(18, 50);
  return rng.int(2, 7) * 24 + rng.int(0, 10);
}

/** The sale backlog: dispatch takes a day or two on ordinary days, up to four after Black Friday. */
export const dispatchHours = (rng: Rng, busy: boolean): number => (busy ? rng.int(20, 96) : rng.int(4, 40));

export interface AfterPlan {
  fulfilment: Fulfilment;
  basket: Basket;
  country: string;
  /** In a sale window (the warehouse is behind). */
  busy: boolean;
  /** How likely something goes back, for this buyer. */
  returns?: number;
}

/** Shipped, then delivered, or collected; nothing to ship for e-gift cards (they are e-mailed at once). */
export function fulfilmentSteps(
  rng: Rng,
  f: Fulfilment,
  country: string,
  busy: boolean,
): { steps: LaterEvent[]; done: number } {
  if (f === 'email')
    return {
      steps: [{ type: 'order.updated', afterMs: rng.int(1, 4) * MINUTE, status: 'sent' }],
      done: 5 * MINUTE,
    };
  if (f === 'click_and_collect') {
    const ready = rng.int(2, 26) * HOUR;
    const collected = ready + rng.int(3, 96) * HOUR;
    return {
      steps: [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
        { type: 'order.updated', afterMs: collected, status: 'collected' },
      ],
      done: collected,
    };
  }
  const ship = dispatchHours(rng, busy) * HOUR;
  const delivered = ship + transitHours(rng, f, country) * HOUR;
  return {
    steps: [
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      { type: 'order.updated', afterMs: delivered, status: 'delivered' },
    ],
    done: delivered,
  };
}

/** The refund for returning `lines` of a basket: what was paid for them (shipping is not refunded). */
export function returnedValue(b: Basket, which: (l: Basket['lines'][number], i: number) => boolean): number {
  const share = paidShare(b);
  return b.lines
    .filter((l, i) => l.category !== 'gift_cards' && which(l, i))
    .reduce((a, l) => a + Math.round(l.price * l.quantity * share), 0);
}

/**
 * What happens to an honest order once paid: dispatch and delivery (or collection), then the returns a
 * fashion label lives with (free returns: about one order in five sends something back, a bracketed size
 * nearly always), a few cancellations before dispatch, a parcel lost now and then, a collection never picked
 * up, and the rare dispute or issuer warning on a genuine purchase.
 */
export function honestAfter(rng: Rng, p: AfterPlan): LaterEvent[] {
  const { fulfilment: f, basket: b } = p;
  if (f !== 'email' && rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 18) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(19, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  if (f === 'click_and_collect' && rng.chance(0.035))
    return [
      { type: 'order.updated', afterMs: rng.int(2, 26) * HOUR, status: 'ready_for_collection' },
      { type: 'order.cancelled', afterMs: 14 * DAY + rng.int(0, 20) * HOUR, reason: 'not_collected' },
      { type: 'refund.created', afterMs: 14 * DAY + rng.int(21, 30) * HOUR, reason: 'not_collected' },
    ];
  const { steps, done } = fulfilmentSteps(rng, f, p.country, p.busy);
  const out = [...steps];
  if (f === 'email') {
    if (rng.chance(0.002))
      out.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'unrecognized' });
    return out;
  }
  if (f !== 'click_and_collect' && rng.chance(0.004)) {
    out.push({ type: 'refund.created', afterMs: done + rng.int(5, 12) * DAY, reason: 'lost_in_transit' });
    return out;
  }
  const lines = b.lines.filter((l) => l.category !== 'gift_cards');
  const bracketed = lines.some(
    (l, i) => lines.findIndex((m) => m.name.split(',')[0] === l.name.split(',')[0]) !== i,
  );
  const returns = p.returns ?? 0.17;
  if (lines.length > 0 && (bracketed ? rng.chance(0.85) : rng.chance(returns))) {
    const seen = new Set<string>();
    const value = returnedValue(b, (l) => {
      const style = l.name.split(',')[0] ?? l.name;
      if (bracketed) {
        if (seen.has(style)) return true;
        seen.add(style);
        return false;
      }
      return lines.length === 1 || rng.chance(0.5);
    });
    const amount = value > 0 ? value : returnedValue(b, (_l, i) => i === 0);
    if (amount > 0)
      out.push({ type: 'refund.created', afterMs: done + rng.int(5, 28) * DAY, reason: 'returned', amount });
    if (rng.chance(0.01))
      out.push({
        type: 'dispute.created',
        afterMs: done + rng.int(30, 50) * DAY,
        reason: 'credit_not_processed',
      });
    return out;
  }
  if (rng.chance(0.002))
    out.push({
      type: 'dispute.created',
      afterMs: done + rng.int(10, 40) * DAY,
      reason: 'product_not_received',
    });
  else if (rng.chance(0.001))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(3, 20) * DAY,
      reason: 'unauthorized_use_of_card',
    });
  return out;
}

const CARDS: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay']);

/**
 * The later events the paying method can have: issuers' fraud warnings only on cards and wallets; nothing
 * to dispute on the shop's own gift card.
 */
export function laterFor(attempts: readonly Attempt[], later: LaterEvent[]): LaterEvent[] {
  const used = attempts.find((a) => a.ok)?.method;
  if (!used) return later;
  return later.filter(
    (l) =>
      !(l.type === 'fraud_warning.created' && !CARDS.has(used)) &&
      !(l.type === 'dispute.created' && used === 'gift_card'),
  );
}
