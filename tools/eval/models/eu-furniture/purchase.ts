import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
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
  threeDS,
  type ThreeDS,
} from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Market, MARKETS } from './places.js';

/** One planned purchase before events.ts renders it, and how people pay in each market. */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'klarna'
  | 'blik'
  | 'p24'
  | 'bizum'
  | 'satispay'
  | 'iris'
  | 'bank_transfer'
  | 'instalments'
  | 'cod';

export interface Attempt {
  method: Method;
  card?: HeldCard;
  ok: boolean;
  avs?: CheckResult;
  cvc?: CheckResult;
  threeDS?: ThreeDS;
  decline?: Decline;
  /** After the previous step (the order, or the previous attempt). */
  afterMs: number;
  /** Card instalments (Greek and Romanian banks) or a financing plan's months. */
  instalments?: number;
}

export type LaterEvent = Later & { slot?: { from: number; to: number } };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  market: Market;
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  slot?: { from: number; to: number };
  warehouse?: string;
  ip: string;
  device: Device;
  locale: string;
  company?: { name: string; vatId: string };
  giftNote?: string;
}

/** Euro cents of a local amount (for 3-D Secure exemptions and payment choices). */
export const inEur = (amount: number, m: Market): number => Math.round(amount / MARKETS[m].rate);

const WALLET = (rng: Rng): Method => (rng.chance(0.55) ? 'apple_pay' : 'google_pay');

export function cardAttempt(
  rng: Rng,
  card: HeldCard,
  ok: boolean,
  entry: Entry,
  match: Match,
  afterMs: number,
  amountEur: number,
  decline?: Decline,
): Attempt {
  const method: Method = entry === 'wallet' ? WALLET(rng) : 'card';
  const secure: ThreeDS = ok
    ? threeDS(rng, card, amountEur)
    : decline === 'authentication_failed'
      ? rng.chance(0.6)
        ? 'failed'
        : 'abandoned'
      : decline === 'authentication_required'
        ? 'failed'
        : threeDS(rng, card, amountEur);
  return {
    method,
    card,
    ok,
    avs: avs(rng, card, decline === 'invalid_number' ? 'unknown' : match),
    cvc: cvc(entry, decline !== 'incorrect_cvc'),
    threeDS: secure,
    afterMs,
    ...(!ok && decline ? { decline } : {}),
  };
}

export const otherAttempt = (
  method: Method,
  ok: boolean,
  afterMs: number,
  decline?: Decline,
  instalments?: number,
): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
  ...(instalments ? { instalments } : {}),
});

export const firstAuth = (rng: Rng): number => rng.int(4_000, 45_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

/** The non-card ways each market pays, with weights (cards and wallets are weighed separately). */
const LOCAL: Readonly<Record<Market, ReadonlyArray<readonly [Method, number]>>> = {
  IT: [
    ['paypal', 18],
    ['klarna', 6],
    ['satispay', 3],
    ['bank_transfer', 5],
    ['instalments', 9],
  ],
  ES: [
    ['paypal', 14],
    ['bizum', 9],
    ['klarna', 3],
    ['bank_transfer', 4],
    ['instalments', 7],
  ],
  PL: [
    ['blik', 34],
    ['p24', 14],
    ['paypal', 3],
    ['instalments', 9],
  ],
  RO: [
    ['cod', 17],
    ['bank_transfer', 4],
    ['instalments', 5],
  ],
  GR: [
    ['cod', 10],
    ['iris', 5],
    ['paypal', 9],
    ['bank_transfer', 7],
  ],
};
const CARD_SHARE: Readonly<Record<Market, number>> = { IT: 45, ES: 50, PL: 28, RO: 62, GR: 62 };

/** What an honest payer holds. */
export interface Payer {
  cards: HeldCard[];
  market: Market;
  signedIn: boolean;
  /** The billing address is the card holder's (false when paying with someone else's card). */
  match?: Match;
}

export interface PayOptions {
  declineShare?: number;
  /** Leave out cash on delivery, instalments or transfers (gift cards, collect, trade). */
  only?: readonly Method[];
  without?: readonly Method[];
  /** Deliveries and collections happen at this time (cash on delivery is paid then). */
  handover?: number;
  at: number;
}

/**
 * How an honest customer pays in their market. Declines come with retries the way people retry: the right CVC,
 * the 3-D Secure prompt answered this time, another card, or a switch to BLIK, PayPal or instalments when a
 * limit is hit; a few give up. Transfers clear in hours to days; cash on delivery is paid (or refused) at the door.
 */
export function honestPayment(rng: Rng, payer: Payer, amount: number, o: PayOptions): Attempt[] {
  const eur = inEur(amount, payer.market);
  const big = eur > 80_000;
  let options: Array<readonly [Method | 'card' | 'wallet', number]> = [
    ['card', CARD_SHARE[payer.market]],
    ['wallet', 10],
    ...LOCAL[payer.market].map(
      ([m, w]) => [m, m === 'instalments' && big ? w * 3 : m === 'cod' && big ? w * 0.5 : w] as const,
    ),
  ];
  if (o.only) options = options.filter(([m]) => (o.only ?? []).includes(m === 'wallet' ? 'apple_pay' : m));
  if (o.without)
    options = options.filter(([m]) => !(o.without ?? []).includes(m === 'wallet' ? 'apple_pay' : m));
  if (eur < 30_000) options = options.filter(([m]) => m !== 'instalments');
  const method = options.length > 0 ? rng.weightedPick(options) : 'card';
  const card = rng.pick(payer.cards);
  const match = payer.match ?? 'good';
  const first = firstAuth(rng);
  const declined = rng.chance(o.declineShare ?? (big ? 0.09 : 0.05));

  if (method === 'card' || method === 'wallet') {
    const entry: Entry =
      method === 'wallet' ? 'wallet' : payer.signedIn && rng.chance(0.45) ? 'saved' : 'typed';
    const split =
      (payer.market === 'GR' || payer.market === 'RO') &&
      card.type === 'credit' &&
      eur > 20_000 &&
      rng.chance(0.6);
    const withSplit = (a: Attempt): Attempt => (split ? { ...a, instalments: rng.pick([3, 6, 12, 24]) } : a);
    if (!declined) return [withSplit(cardAttempt(rng, card, true, entry, match, first, eur))];
    const why = honestDecline(rng, big);
    const out = [cardAttempt(rng, card, false, entry, match, first, eur, why)];
    if (rng.chance(0.12)) return out;
    if (
      ['incorrect_cvc', 'authentication_failed', 'authentication_required', 'processing_error'].includes(why)
    ) {
      out.push(withSplit(cardAttempt(rng, card, true, 'typed', match, retryGap(rng), eur)));
      return out;
    }
    const local = LOCAL[payer.market].filter(([m]) => m !== 'cod' && m !== 'bank_transfer');
    if (rng.chance(0.35) && local.length > 0) {
      const alt = rng.weightedPick(local);
      if (alt === 'instalments')
        out.push(
          otherAttempt(
            'instalments',
            true,
            retryGap(rng) + rng.int(2, 20) * MINUTE,
            undefined,
            rng.pick([10, 12, 20, 24]),
          ),
        );
      else out.push(otherAttempt(alt, true, retryGap(rng)));
      return out;
    }
    const other = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
    out.push(cardAttempt(rng, other, true, 'typed', match, retryGap(rng), eur));
    return out;
  }
  if (method === 'bank_transfer') {
    if (rng.chance(0.1)) return [otherAttempt('bank_transfer', false, 7 * DAY, 'transfer_not_received')];
    return [otherAttempt('bank_transfer', true, rng.int(3 * HOUR, 3 * DAY))];
  }
  if (method === 'cod') {
    const door = (o.handover ?? o.at + 3 * DAY) - o.at;
    if (rng.chance(0.07)) return [otherAttempt('cod', false, door, 'refused_at_door')];
    return [otherAttempt('cod', true, door)];
  }
  if (method === 'instalments') {
    const months = rng.pick([10, 12, 18, 20, 24, 36]);
    const decision = rng.int(3, 40) * MINUTE;
    if (rng.chance(0.16)) {
      const out = [otherAttempt('instalments', false, decision, 'financing_declined')];
      if (rng.chance(0.6)) out.push(cardAttempt(rng, card, true, 'typed', match, retryGap(rng), eur));
      return out;
    }
    return [otherAttempt('instalments', true, decision, undefined, months)];
  }
  if (method === 'blik') {
    if (declined)
      return [otherAttempt('blik', false, first, 'blik_rejected'), otherAttempt('blik', true, retryGap(rng))];
    return [otherAttempt('blik', true, first)];
  }
  if (declined && method !== 'p24')
    return [
      otherAttempt(method, false, first, 'do_not_honor'),
      cardAttempt(rng, card, true, 'typed', match, retryGap(rng), eur),
    ];
  return [otherAttempt(method, true, method === 'p24' ? first + rng.int(30_000, 4 * MINUTE) : first)];
}

export const paid = (p: Pick<Purchase, 'attempts'>): boolean => p.attempts.some((a) => a.ok);
