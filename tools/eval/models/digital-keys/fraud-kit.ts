import { type Rng } from '../kit/random.js';
import { type Basket, giftCard, type Platform } from './catalog.js';
import { cardFrom, type IssuedCard } from './cards.js';
import { address, network, type NetKind } from './networks.js';
import { fullName, homeOf } from './people.js';
import { market, type Market, type Method } from './places.js';
import {
  type Address,
  type Attempt,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  type Purchase,
} from './purchase.js';

/** The fraud kinds and their shares of fraud orders (%), and what the fraud planners share. */

export const FRAUD = {
  card_testing: 30,
  carded_gift_cards: 17,
  carded_keys_resale: 9,
  account_takeover: 11,
  paypal_takeover: 4,
  reseller_accounts: 9,
  teen_parent_card: 10,
  refund_abuse: 6,
  triangulation: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** Fraud orders per kind for `count` fraud orders: largest remainders of the shares, every kind at least one. */
export function allocate(count: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const total = kinds.reduce((s, k) => s + FRAUD[k], 0);
  const exact = kinds.map((k) => ({ k, x: (count * FRAUD[k]) / total }));
  const out = Object.fromEntries(exact.map(({ k, x }) => [k, Math.floor(x)])) as Record<FraudKind, number>;
  let left = count - kinds.reduce((s, k) => s + out[k], 0);
  for (const { k } of [...exact].sort(
    (a, b) => (b.x % 1) - (a.x % 1) || kinds.indexOf(a.k) - kinds.indexOf(b.k),
  )) {
    if (left <= 0) break;
    out[k] += 1;
    left -= 1;
  }
  if (count >= kinds.length)
    for (const k of kinds)
      while (out[k] === 0) {
        const most = kinds.reduce((a, b) => (out[b] > out[a] ? b : a));
        out[most] -= 1;
        out[k] += 1;
      }
  return out;
}

/** Where fraud crews work from, with their UTC offset. */
export const ORIGINS: Readonly<Record<string, number>> = {
  VN: 7,
  NG: 1,
  ID: 7,
  BR: -3,
  RU: 3,
  UA: 3,
  PK: 5,
  BD: 6,
  MA: 1,
  EG: 3,
  GH: 0,
  US: -5,
  IN: 5.5,
  PH: 8,
};
const ORIGIN_WEIGHTS = {
  VN: 15,
  NG: 12,
  ID: 8,
  BR: 8,
  RU: 8,
  UA: 5,
  PK: 6,
  BD: 5,
  MA: 4,
  EG: 4,
  GH: 4,
  US: 10,
  IN: 5,
  PH: 3,
};
export const pickOrigin = (rng: Rng): string => rng.weighted(ORIGIN_WEIGHTS);

/** Where stolen cards come from: mostly the US and other markets without strong customer authentication. */
export const pickVictimCountry = (rng: Rng): string =>
  rng.weighted({ US: 55, CA: 9, GB: 8, AU: 7, DE: 4, FR: 4, BR: 5, MX: 4, SA: 2, PL: 2 });

/** A stolen card with its holder's name and address (a "fullz" from a breach or phishing kit). */
export interface Stolen {
  card: IssuedCard;
  holder: string;
  home: Address;
  m: Market;
}

export function stolen(rng: Rng, country: string): Stolen {
  const m = market(country);
  return { card: cardFrom(rng, country), holder: fullName(rng, m), home: homeOf(rng, m), m };
}

export type Route = 'proxy' | 'vpn' | 'own' | 'hosting' | 'tor';

/** An address for one order: a residential proxy or VPN exit near the victim, the crew's own line, a server. */
export function routeIp(rng: Rng, route: Route, victim: string, origin: string): string {
  const kinds: Record<Route, [NetKind, string | undefined]> = {
    proxy: [rng.chance(0.75) ? 'home' : 'mobile', victim],
    vpn: ['vpn', victim],
    own: [rng.chance(0.5) ? 'home' : 'mobile', origin],
    hosting: ['hosting', rng.chance(0.6) ? victim : undefined],
    tor: ['tor', undefined],
  };
  const [kind, country] = kinds[route];
  return address(rng, network(rng, kind, country), route === 'proxy' && rng.chance(0.2));
}

export const BIG_CASHOUT: Readonly<Record<Platform, number>> = {
  'Steam Wallet': 26,
  'Apple Gift Card': 18,
  'Google Play': 16,
  'PlayStation Store': 14,
  Xbox: 10,
  'Razer Gold': 10,
  'Nintendo eShop': 4,
  Roblox: 2,
};

/** High-value gift cards, the easiest thing to resell. */
export function cashoutCards(
  rng: Rng,
  m: Market,
  faceOf: (min: number, max: number) => number,
): Basket['lines'] {
  return Array.from({ length: rng.int(1, 2) }, () =>
    giftCard(rng.weighted(BIG_CASHOUT), faceOf(50, 120), m, rng.chance(0.35) ? rng.int(2, 3) : 1),
  );
}

/** A stolen card's decline: a drained or blocked card, a wrong CVC, 3-D Secure the carder cannot pass. */
export const carderDecline = (rng: Rng): string =>
  rng.weighted({
    insufficient_funds: 22,
    do_not_honor: 24,
    stolen_card: 12,
    lost_card: 8,
    card_velocity_exceeded: 10,
    incorrect_cvc: 10,
    pickup_card: 5,
    generic_decline: 9,
  });

export interface FraudOrder {
  at: number;
  kind: FraudKind;
  basket: Basket;
  billing: Address;
  attempts: Attempt[];
  later: Later[];
  buyer: Buyer;
  method: Method;
  ip: string;
  device: Device;
}

/** A fraud purchase; an order nobody paid is cancelled by the store within the hour. */
export function fraudOrder(rng: Rng, o: FraudOrder): Purchase {
  const paid = o.attempts.some((a) => a.ok);
  const cancel: Later[] = paid
    ? []
    : [{ type: 'order.cancelled', afterMs: rng.int(30, 70) * MINUTE, reason: 'payment_failed' }];
  return { ...o, fraud: true, later: paid ? o.later : cancel };
}

/**
 * What follows a charge on a stolen card: the issuer's early fraud warning (which the store often answers with
 * a refund) and the cardholder's dispute.
 */
export function chargebacks(rng: Rng, efw: number, dispute: number, refundOnWarning = 0.4): Later[] {
  const out: Later[] = [];
  const warnedAt = rng.float(1 * DAY, 9 * DAY);
  if (rng.chance(efw)) {
    out.push({
      type: 'fraud_warning.created',
      afterMs: warnedAt,
      reason: rng.weighted({ made_with_stolen_card: 5, unauthorized_use_of_card: 4, misc: 1 }),
    });
    if (rng.chance(refundOnWarning)) {
      out.push({
        type: 'refund.created',
        afterMs: warnedAt + rng.float(2 * HOUR, 2 * DAY),
        reason: 'fraudulent',
      });
      return out;
    }
  }
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.float(12 * DAY, 75 * DAY), reason: 'fraudulent' });
  return out;
}

/** Orders in runs: `size(left)` orders at a time, each run planned by `run`. */
export function inRuns(rng: Rng, n: number, size: () => number, run: (r: Rng, count: number) => Purchase[]) {
  const out: Purchase[] = [];
  for (let i = 0; out.length < n; i++)
    out.push(...run(rng.fork(`run${i}`), Math.min(n - out.length, size())));
  return out;
}
