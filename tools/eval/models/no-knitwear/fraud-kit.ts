import { type Address, type Buyer, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { deliveryTo } from './baskets.js';
import { type Decline, type HeldCard } from './cards.js';
import { type Basket, type Delivery } from './catalogue.js';
import {
  homeNetwork,
  ipFrom,
  mobileNetwork,
  type Network,
  network,
  networksOf,
  vpnExit,
} from './networks.js';
import { deviceId, type Person, plain, userAgent, type UaKind } from './people.js';
import { DROP_POINTS, type Storefront } from './places.js';
import {
  type Attempt,
  cardAttempt,
  fulfil,
  type LaterEvent,
  type Purchase,
  type ThreeDS,
} from './purchase.js';

/** What the fraud kinds share: their e-mails, devices and networks, card runs, and what follows the order. */

const FREEMAIL = [
  'gmail.com',
  'gmail.com',
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'proton.me',
  'mail.com',
  'gmx.com',
];

/** A fresh mailbox in the victim's or cardholder's name, with the digits a taken name needs. */
export function lookalikeEmail(rng: Rng, p: Person): string {
  const f = plain(p.first);
  const l = plain(p.last);
  const local = rng.pick([
    `${f}.${l}${rng.digits(rng.int(2, 4))}`,
    `${f}${l}${rng.int(1, 99)}`,
    `${l}.${f}.${rng.digits(2)}`,
  ]);
  return `${local}@${rng.pick(FREEMAIL.slice(0, 5))}`;
}

/** A throwaway mailbox: a word and digits, or letters that mean nothing. */
export function throwawayEmail(rng: Rng): string {
  const word = rng.pick(['nordic', 'shop', 'deals', 'wool', 'mark', 'jack', 'anna', 'xtra', 'trade', 'best']);
  const local = rng.chance(0.5)
    ? `${word}${rng.digits(rng.int(3, 6))}`
    : rng.token(rng.int(7, 11), 'abcdefghijklmnopqrstuvwxyz');
  return `${local}@${rng.pick(FREEMAIL)}`;
}

/** A browser set up to look new each time (an anti-detect profile): a common UA, a fresh id or none. */
export function freshDevice(
  rng: Rng,
  kinds: readonly UaKind[] = ['windows', 'windows', 'edge', 'macChrome', 'iphone', 'android'],
): Device {
  const id = deviceId(rng);
  return { userAgent: userAgent(rng.pick(kinds)), ...(id ? { id } : {}) };
}

/** One physical phone or laptop used for every order of a ring. */
export const ringDevice = (rng: Rng, kind: UaKind): Device => ({
  userAgent: userAgent(kind),
  ...(rng.chance(0.8) ? { id: `fp_${rng.token(20)}` } : {}),
});

export type Origin = 'residential' | 'mobile' | 'vpn' | 'hosting' | 'abroad';

/**
 * Where a fraudster appears to be: a residential proxy (a home line in the target's country), a phone, a VPN
 * exit, a hosting range, or home (Nigeria, Vietnam) without any cover.
 */
export function fraudNetwork(rng: Rng, origin: Origin, country: string): Network {
  if (origin === 'residential') return homeNetwork(rng, country);
  if (origin === 'mobile') return mobileNetwork(rng, country);
  if (origin === 'vpn') return vpnExit(rng, country);
  if (origin === 'hosting') {
    const here = networksOf(country, 'hosting');
    return here.length > 0 && rng.chance(0.5)
      ? rng.pick(here)
      : network(rng.pick(['us_hosting', 'nl_hosting', 'de_hosting', 'fi_hosting']));
  }
  return network(rng.chance(0.6) ? 'ng_mobile' : 'vn_dsl');
}

export const fraudIp = (rng: Rng, n: Network): string => ipFrom(rng, n, 0.15);

/** A drop: one of the busy pick-up points and lockers, and how the parcel is sent there. */
export function dropPoint(
  rng: Rng,
  favourites?: readonly Address[],
): { delivery: Delivery; shipping: Address } {
  const shipping =
    favourites && favourites.length > 0 && rng.chance(0.8) ? rng.pick(favourites) : rng.pick(DROP_POINTS);
  return {
    delivery: (shipping.line1 ?? '').startsWith('Pakkeboks') ? 'parcel_locker' : 'pickup_point',
    shipping,
  };
}

/** How a parcel to an address travels: Norwegian pick-up points and lockers by their name, else as usual. */
export function deliveryAt(rng: Rng, to: Address): Delivery {
  if (to.country !== 'NO') return deliveryTo(rng, to).delivery;
  const line = to.line1 ?? '';
  return line.startsWith('Pakkeboks')
    ? 'parcel_locker'
    : line.startsWith('Post i butikk')
      ? 'pickup_point'
      : 'home';
}

/** How a stolen card's authorisation goes: approved, or declined the way issuers decline stolen cards. */
export function stolenTry(
  rng: Rng,
  card: HeldCard,
  okChance: number,
  afterMs: number,
  o: { match?: 'good' | 'bad'; phished?: boolean } = {},
): Attempt {
  const ok = rng.chance(okChance);
  const sca = !['US', 'KZ', 'AM', 'RU', 'BY', 'IR'].includes(card.country);
  const decline: Decline = sca
    ? rng.weightedPick<Decline>([
        ['authentication_failed', 55],
        ['do_not_honor', 15],
        ['insufficient_funds', 10],
        ['stolen_card', 10],
        ['incorrect_cvc', 10],
      ])
    : rng.weightedPick<Decline>([
        ['do_not_honor', 30],
        ['stolen_card', 15],
        ['insufficient_funds', 20],
        ['incorrect_cvc', 12],
        ['lost_card', 8],
        ['generic_decline', 15],
      ]);
  const threeDS: ThreeDS | undefined = sca
    ? ok
      ? o.phished || rng.chance(0.4)
        ? 'challenge_passed'
        : 'frictionless'
      : decline === 'authentication_failed'
        ? 'challenge_failed'
        : 'frictionless'
    : undefined;
  return cardAttempt(rng, card, {
    ok,
    afterMs,
    match: o.match ?? 'good',
    ...(ok ? {} : { decline }),
    ...(threeDS ? { threeDS } : {}),
  });
}

export const gap = (rng: Rng): number => rng.int(20_000, 4 * MINUTE);

export interface StolenOutcome {
  /** The shop's manual review stops it before dispatch. */
  caught: number;
  warning: number;
  dispute: number;
  /** Dispute reason (card schemes' `fraudulent`, unless a model says otherwise). */
  reason?: string;
}

/**
 * What follows a paid fraudulent order: caught before dispatch (cancelled and refunded) or shipped and
 * collected, then the issuer's early warning and the cardholder's dispute, weeks later.
 */
export function stolenAfter(rng: Rng, d: Delivery, country: string, o: StolenOutcome): LaterEvent[] {
  if (d !== 'email' && rng.chance(o.caught))
    return [
      { type: 'order.cancelled', afterMs: rng.float(2, 30) * HOUR, reason: 'fraud_suspected' },
      { type: 'refund.created', afterMs: rng.float(31, 40) * HOUR, reason: 'fraud_suspected' },
    ];
  const { steps } = fulfil(rng, d, country);
  if (d === 'pickup_point' || d === 'parcel_locker') {
    // Collected within hours of the SMS: somebody was waiting for it.
    const ready = steps.find((s) => s.status === 'ready_for_pickup');
    const collected = steps.find((s) => s.status === 'collected');
    if (ready && collected) collected.afterMs = ready.afterMs + rng.float(0.3, 10) * HOUR;
  }
  if (rng.chance(o.warning)) steps.push({ type: 'fraud_warning.created', afterMs: rng.float(2, 25) * DAY });
  if (rng.chance(o.dispute))
    steps.push({
      type: 'dispute.created',
      afterMs: rng.float(18, 70) * DAY,
      reason: o.reason ?? 'fraudulent',
    });
  return steps;
}

export interface FraudPlan {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  storefront: Storefront;
  basket: Basket;
  ip: string;
  device: Device;
  phone?: string;
  recipient?: { name: string; email?: string };
  attempts: Attempt[];
  later: LaterEvent[];
}

export function fraudPurchase(p: FraudPlan): Purchase {
  return {
    at: p.at,
    fraud: true,
    kind: p.kind,
    basket: p.basket,
    buyer: p.buyer,
    billing: p.billing,
    ...(p.shipping ? { shipping: p.shipping } : {}),
    delivery: p.delivery,
    storefront: p.storefront,
    ip: p.ip,
    device: p.device,
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.recipient ? { recipient: p.recipient } : {}),
    attempts: p.attempts,
    later: p.attempts.some((a) => a.ok) ? p.later : [],
  };
}

/** Splits `count` into groups of `min`–`max` (the last may be smaller). */
export function groups(rng: Rng, count: number, min: number, max: number): number[] {
  const out: number[] = [];
  let left = count;
  while (left > 0) {
    const n = Math.min(left, rng.int(min, max));
    out.push(n);
    left -= n;
  }
  return out;
}

export { DAY, HOUR, MINUTE };
