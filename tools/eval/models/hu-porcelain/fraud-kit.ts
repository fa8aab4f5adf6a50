import { type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { carrierFor } from './build.js';
import { type Basket, type Delivery, inForints } from './catalogue.js';
import { fraudDecline, type HeldCard, type Match } from './cards.js';
import { crewDevice } from './devices.js';
import { ipOn, net, type Network, networksOf } from './networks.js';
import { emailOf, type Person } from './people.js';
import { country, type Zone } from './places.js';
import { dispatch, release } from './fulfilment.js';
import {
  type Attempt,
  attemptsSpan,
  cardAttempt,
  DAY,
  HOUR,
  type LaterEvent,
  MINUTE,
  type OfflineMethod,
  type Purchase,
  retryGap,
  type ThreeDS,
} from './purchase.js';

/** What the fraud planners share: crews' e-mails, connections and cards, and how a fraudulent order is made. */

/** Webmail a crew signs up to by the dozen. */
export const crewEmail = (rng: Rng, p: Person): string =>
  emailOf(
    rng,
    p,
    'US',
    rng.pick(['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'hotmail.com', 'gmx.com']),
  );

/** VPN and proxy exits in hosting ranges. */
export const VPN_EXITS = [
  'nl-hosting',
  'de-hosting',
  'se-hosting',
  'ch-hosting',
  'us-hosting',
  'gb-hosting',
  'sg-hosting',
];

/** A residential line in `code`, as a residential proxy provides one (or the crew's own in Hungary). */
export const residential = (rng: Rng, code: string): Network =>
  rng.pick(networksOf(code, 'fixed', 'cable', 'mobile'));

export type Route = 'proxy' | 'vpn' | 'local';

/** Where a crew's checkout comes from: a proxy in the card's country, a VPN, or a Hungarian phone. */
export function crewConnection(
  rng: Rng,
  route: Route,
  cardCountry: string,
  scripted = false,
): { ip: string; device: Device } {
  const network =
    route === 'proxy'
      ? residential(rng, cardCountry)
      : route === 'vpn'
        ? net(rng.pick(VPN_EXITS))
        : net(rng.pick(['hu-mobile-a', 'hu-mobile-b', 'hu-mobile-a', 'hu-cable']));
  return { ip: ipOn(rng, network), device: crewDevice(rng, scripted) };
}

/** Issuers under strong customer authentication: a stolen number alone rarely passes their challenge. */
const SCA = new Set(['HU', 'AT', 'DE', 'NL', 'FR', 'IT', 'SE', 'CH', 'GB', 'SK', 'RO']);
export const underSca = (card: HeldCard): boolean => SCA.has(card.country);

export interface StolenTry {
  /** Chance the crew also holds the one-time code (phished with the card, or a SIM swap). */
  otp: number;
  /** Chance a card with no challenge goes through. */
  through: number;
  match: Match;
  entry?: 'typed' | 'saved';
}

/**
 * Card attempts with stolen cards, one card after another until one goes through or the crew gives up: a
 * challenged card passes only with its one-time code; an unchallenged one goes through unless its issuer
 * already knows.
 */
export function stolenAttempts(
  rng: Rng,
  cards: readonly HeldCard[],
  basket: Basket,
  t: StolenTry,
): Attempt[] {
  const forints = inForints(basket.amount, basket.currency);
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const afterMs = i === 0 ? rng.int(10_000, 60_000) : retryGap(rng) / 2;
    const base = { entry: t.entry ?? 'typed', match: t.match, afterMs } as const;
    let attempt: Attempt;
    if (underSca(card)) {
      const ok = rng.chance(t.otp);
      attempt = cardAttempt(rng, card, forints, {
        ...base,
        ok,
        ...(ok ? { threeDS: 'challenge_passed' as ThreeDS } : { decline: 'authentication_failed' as const }),
      });
    } else {
      const ok = rng.chance(t.through);
      const threeDS: ThreeDS = rng.chance(0.6) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
      attempt = cardAttempt(rng, card, forints, {
        ...base,
        ok,
        threeDS,
        ...(ok
          ? {}
          : {
              decline:
                threeDS === 'challenge_failed' ? ('authentication_failed' as const) : fraudDecline(rng),
            }),
      });
    }
    out.push(attempt);
    if (attempt.ok) break;
  }
  return out;
}

/** Everything a fraud planner decides about one order. */
export interface FraudDraft {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  basket: Basket;
  attempts: Attempt[];
  offline?: OfflineMethod;
  later: LaterEvent[];
  ip: string;
  device: Device;
  locale: string;
  giftNote?: string;
  recipient?: string;
  certificate?: string;
}

export function fraudPurchase(rng: Rng, d: FraudDraft): Purchase {
  const zone = d.shipping ? country(d.shipping.country).zone : 'HU';
  return {
    at: d.at,
    fraud: true,
    kind: d.kind,
    basket: d.basket,
    billing: d.billing,
    attempts: d.attempts,
    later: d.later,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    delivery: d.delivery,
    ...(d.offline ? { offline: d.offline } : {}),
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    ...(d.delivery === 'courier' ? { carrier: carrierFor(rng, zone) } : {}),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.recipient ? { recipient: d.recipient } : {}),
    ...(d.certificate ? { certificate: d.certificate } : {}),
  };
}

/** The currency the site shows for a delivery country. */
export const currencyFor = (code: string) => country(code).currency;

export interface AfterStolen {
  attempts: readonly Attempt[];
  delivery: Delivery;
  zone: Zone;
  /** Chance the shop's manual review of a big or odd order cancels it before dispatch. */
  review: number;
  /** Chance the issuer sends an early fraud warning once the holder reports the card. */
  warning: number;
  /** Chance the shop refunds on the warning (and so avoids the dispute). */
  refundOnWarning: number;
  /** Chance the holder's bank files a dispute. */
  dispute: number;
}

/**
 * How an order on someone else's card ends: released when nothing went through; cancelled and refunded when the
 * shop's review catches it; otherwise delivered (or e-mailed, or collected), then the issuer's warning and the
 * holder's dispute weeks later.
 */
export function afterStolen(rng: Rng, o: AfterStolen): LaterEvent[] {
  if (!o.attempts.some((a) => a.ok)) return [release(rng, o.attempts)];
  const span = attemptsSpan(o.attempts);
  if (rng.chance(o.review))
    return [{ type: 'order.cancelled', afterMs: span + rng.int(2, 20) * HOUR, reason: 'suspected_fraud' }];
  const out: LaterEvent[] = [];
  if (o.delivery === 'email')
    out.push({ type: 'order.updated', afterMs: span + rng.int(1, 4) * MINUTE, status: 'voucher_sent' });
  else if (o.delivery === 'pickup') {
    const ready = span + rng.int(2, 20) * HOUR;
    out.push(
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(1, 30) * HOUR, status: 'collected' },
    );
  } else out.push(...dispatch(rng, span, o.zone, [10, 40]).events);
  if (rng.chance(o.warning)) {
    const warnAt = span + rng.int(2, 25) * DAY;
    out.push({ type: 'fraud_warning.created', afterMs: warnAt, reason: 'fraudulent' });
    if (rng.chance(o.refundOnWarning)) {
      out.push({ type: 'refund.created', afterMs: warnAt + rng.int(4, 30) * HOUR, reason: 'fraudulent' });
      return out;
    }
  }
  if (rng.chance(o.dispute))
    out.push({ type: 'dispute.created', afterMs: span + rng.int(18, 70) * DAY, reason: 'fraudulent' });
  return out;
}
