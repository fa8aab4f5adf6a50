import { type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, fraudDecline, type HeldCard, type Match, newCard, SCA } from './cards.js';
import { type Delivery } from './checkout.js';
import { fullName } from './names.js';
import { network, type Network, networksOf } from './networks.js';
import { type Gadget, gadget, originOf } from './people.js';
import { homeAbroad, homeIn, type Market, MARKETS } from './places.js';
import { type Attempt, cardAttempt, firstAuth, type LaterEvent, retryGap } from './purchase.js';

/** What the fraud planners share: stolen cards and their holders, fraudsters' networks and devices, what follows. */

/** A cardholder whose card was phished or bought: name and home in the card's country. */
export interface Holder {
  name: string;
  home: Address;
  card: HeldCard;
}

export function holderIn(rng: Rng, country: string, funding?: 'credit' | 'debit' | 'prepaid'): Holder {
  const market = (MARKETS as readonly string[]).includes(country);
  return {
    name: fullName(rng, originOf(country), 0.55),
    home: market ? homeIn(rng, country as Market) : homeAbroad(rng, country),
    card: newCard(rng, country, funding),
  };
}

/** Where stolen cards come from: phished at home (fake CTT and toll text messages), bought abroad. */
export const stolenCountry = (rng: Rng, weights: ReadonlyArray<readonly [string, number]>): string =>
  rng.weightedPick(weights);

/** A fraudster's network: hosting, a Portuguese mobile line, or a residential proxy in `country`. */
export type Route = 'hosting' | 'pt_mobile' | 'residential' | 'relay' | 'abroad';

export function routeNet(rng: Rng, route: Route, country = 'PT'): Network {
  if (route === 'hosting') return network(rng.pick(['host-nl', 'host-de', 'host-us', 'host-fr', 'host-ch']));
  if (route === 'pt_mobile') return network(rng.pick(['pt-mobile-a', 'pt-mobile-b']));
  if (route === 'relay') return network('pt-relay');
  if (route === 'abroad') return network(rng.pick(['ma-mobile', 'ro-fixed', 'ng-mobile', 'br-fixed']));
  const fixed = networksOf(country, 'fixed');
  return fixed.length ? rng.pick(fixed) : network('pt-fibre-a');
}

const STALE = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
];

/** An anti-detect browser profile (often a stale desktop Chrome), or just the fraudster's own phone. */
export function fraudGadget(rng: Rng): Gadget {
  if (rng.chance(0.35)) return gadget(rng, rng.chance(0.5) ? 'android' : 'iphone');
  return { id: `fp_${rng.token(20)}`, app: false, userAgent: rng.pick(STALE) };
}

/** A new profile id on the same browser: what anti-detect tools rotate between orders. */
export const rotated = (rng: Rng, g: Gadget): Gadget => ({ ...g, id: `fp_${rng.token(20)}` });

export interface Tries {
  /** Chance the fraudster holds the one-time code for a European card (phished along with the card). */
  phished: number;
  /** The billing address matches the holder's (the phishing kit took it) or not. */
  match: Match;
  /** Delay before the first authorisation. */
  first?: number;
}

/**
 * Stolen cards tried one after another until one goes through: cards outside PSD2 mostly pass without a
 * challenge; European ones pass only with a phished code (or a rare frictionless slip).
 */
export function stolenTries(rng: Rng, cards: readonly HeldCard[], amount: number, t: Tries): Attempt[] {
  const out: Attempt[] = [];
  cards.forEach((card, i) => {
    if (out.some((a) => a.ok)) return;
    const afterMs = i === 0 ? (t.first ?? firstAuth(rng)) : retryGap(rng);
    const sca = SCA.has(card.country);
    const code = sca && rng.chance(t.phished);
    const ok = rng.chance(!sca ? 0.66 : code ? 0.8 : 0.1);
    if (ok) {
      const threeDS = sca
        ? code
          ? 'challenge_passed'
          : 'frictionless'
        : rng.chance(0.6)
          ? 'not_enrolled'
          : 'frictionless';
      out.push(cardAttempt(rng, card, amount, { ok: true, afterMs, match: t.match, threeDS }));
      return;
    }
    const decline: Decline = sca && !code ? 'authentication_failed' : fraudDecline(rng);
    out.push(cardAttempt(rng, card, amount, { ok: false, afterMs, match: t.match, decline }));
  });
  return out;
}

/** What follows a paid fraudulent order. */
export interface FraudFate {
  /** The shop's own review cancels before dispatch (and refunds). */
  review: number;
  /** The issuer's early fraud warning. */
  warn: number;
  /** The holder's chargeback (only for disputable methods). */
  dispute: number;
  disputable: boolean;
  /** Why the review cancelled. */
  reviewReason?: string;
}

/** Fulfilment for the delivery chosen (mules collect within hours), then warnings and chargebacks. */
export function fraudAfter(rng: Rng, d: Delivery, f: FraudFate): LaterEvent[] {
  if (d.fulfilment !== 'email' && rng.chance(f.review)) {
    const at = rng.int(2, 20) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: f.reviewReason ?? 'suspected_fraud' },
      { type: 'refund.created', afterMs: at + HOUR, reason: f.reviewReason ?? 'fraudulent' },
    ];
  }
  const out: LaterEvent[] = [];
  if (d.fulfilment === 'email')
    out.push({ type: 'order.updated', afterMs: rng.int(1, 5) * MINUTE, status: 'sent' });
  else if (d.fulfilment === 'store_lisboa' || d.fulfilment === 'store_porto') {
    const ready = rng.int(2, 6) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    out.push({ type: 'order.updated', afterMs: ready + rng.int(1, 20) * HOUR, status: 'collected' });
  } else {
    const ship = rng.int(4, 30) * HOUR;
    const arrive = ship + rng.float(d.transit[0], d.transit[1]) * DAY;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    if (d.fulfilment === 'pickup_point') {
      out.push({ type: 'order.updated', afterMs: arrive, status: 'ready_for_pickup' });
      out.push({ type: 'order.updated', afterMs: arrive + rng.int(1, 10) * HOUR, status: 'collected' });
    } else out.push({ type: 'order.updated', afterMs: arrive, status: 'delivered' });
  }
  if (f.disputable && rng.chance(f.warn))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 14) * DAY, reason: 'fraudulent' });
  if (f.disputable && rng.chance(f.dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(12, 60) * DAY, reason: 'fraudulent' });
  return out;
}

/** `n` split into groups of `min`–`max` (the last takes what is left). */
export function groups(rng: Rng, n: number, min: number, max: number): number[] {
  const out: number[] = [];
  let left = n;
  while (left > 0) {
    const size = Math.min(left, rng.int(min, max));
    out.push(size);
    left -= size;
  }
  return out;
}

/** A moment kept inside the window. */
export const within = (w: { start: number; end: number }, t: number): number =>
  Math.max(w.start, Math.min(w.end - 1, Math.floor(t)));

/** A group's moments `base + offset`, moved back whole when the last would fall after the window. */
export function fitted(
  w: { start: number; end: number },
  base: number,
  offsets: readonly number[],
): number[] {
  const last = Math.max(...offsets.map((o) => base + o));
  const shift = Math.min(0, w.end - 1 - last);
  return offsets.map((o) => within(w, base + o + shift));
}
