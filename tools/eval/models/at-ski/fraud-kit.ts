import { type Address, type Card, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline } from './cards.js';
import { COLLECTION, type Fulfilment } from './catalogue.js';
import { address, homeIp, network, networksOf, NETWORKS } from './networks.js';
import { type Person, deviceOf } from './people.js';
import { type Attempt, cardAttempt, type LaterEvent, retryGap } from './purchase.js';

/** What the fraud planners share: throw-away identities, their connections and devices, and what follows. */

const ascii = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');

/**
 * An e-mail opened for the job: the victim's name with digits on a big free provider, random letters, or a
 * disposable-mail domain.
 */
export function throwawayEmail(rng: Rng, person?: Person): string {
  const style = rng.weightedPick([
    ['name', person ? 45 : 0],
    ['random', 30],
    ['disposable', 25],
  ] as const);
  if (style === 'name' && person)
    return `${ascii(person.first)}.${ascii(person.last)}${rng.int(1, 9999)}@${rng.pick(['gmail.com', 'outlook.com', 'gmx.net', 'web.de', 'gmx.at', 'hotmail.com'])}`;
  if (style === 'disposable')
    return `${rng.token(rng.int(6, 11), 'abcdefghijklmnopqrstuvwxyz')}@${rng.pick(['yopmail.com', 'trashmail.de', 'wegwerfmail.de', 'sharklasers.com', 'mailinator.com', 'tempmail.plus'])}`;
  return `${rng.token(rng.int(7, 12), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(0, 3))}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'hotmail.com'])}`;
}

/** An anti-detect browser: an ordinary-looking user agent and a fresh device id every session. */
export const fraudDevice = (rng: Rng): Device => {
  const d = deviceOf(
    rng,
    rng.weightedPick([
      ['windows', 60],
      ['mac', 10],
      ['android', 20],
      ['iphone', 10],
    ] as const),
  );
  return { ...d, id: `dv_${rng.token(24)}` };
};

const HOSTING = NETWORKS.filter((n) => n.kind === 'hosting' && n.country !== 'AT');

/** A VPS or commercial VPN exit. */
export const hostingIp = (rng: Rng): string => {
  const n = rng.pick(HOSTING);
  return address(rng, n, n.v6.length > 0 && rng.chance(0.15));
};

/** A residential proxy in the victim's country: someone's infected home router or phone. */
export const proxyIp = (rng: Rng, country: string): string =>
  networksOf(country, 'home', 'mobile').length > 0 ? homeIp(rng, country, 0.4) : hostingIp(rng);

/** The fraudster's own connection, far from the victim. */
export function ownIp(rng: Rng): string {
  const n = rng.pick([
    'ng-mobile',
    'vn-fixed',
    'id-fixed',
    'in-fixed',
    'tr-fixed',
    'pl-fixed',
    'fr-fixed',
  ] as const);
  return address(rng, network(n), false);
}

/** Where a stolen-card order connects from: a proxy at the victim's, a VPS, or the fraudster's own line. */
export const fraudIp = (
  rng: Rng,
  victim: string,
  [proxy, hosting, own]: readonly [number, number, number],
): string => {
  const how = rng.weightedPick([
    ['proxy', proxy],
    ['hosting', hosting],
    ['own', own],
  ] as const);
  return how === 'proxy' ? proxyIp(rng, victim) : how === 'hosting' ? hostingIp(rng) : ownIp(rng);
};

export interface StolenTry {
  /** Chance the fraudster has (or phished) what the issuer asks for: the OTP, the app approval. */
  passes: number;
  /** Most cards to try. */
  cards: number;
  entry?: 'typed' | 'saved';
  match?: 'good' | 'partial' | 'bad';
}

/**
 * Stolen cards tried one after another until one goes through: a 3-D Secure challenge the fraudster cannot
 * answer, an issuer that has already blocked the card, a wrong CVC; a card passes with a phished one-time code
 * or where the issuer does not challenge (non-European issuers).
 */
export function stolenAttempts(rng: Rng, cards: readonly Card[], amount: number, t: StolenTry): Attempt[] {
  const out: Attempt[] = [];
  const tries = Math.min(cards.length, t.cards);
  for (let i = 0; i < tries; i++) {
    const card = cards[i] as Card;
    const sca = !['US', 'CA', 'KZ', 'KG', 'AE', 'TR', 'GE'].includes(card.country);
    const afterMs = i === 0 ? rng.int(8_000, 60_000) : retryGap(rng) / 2;
    const entry = t.entry ?? 'typed';
    const base = { entry, match: t.match ?? 'good', afterMs } as const;
    if (rng.chance(t.passes)) {
      out.push(
        cardAttempt(rng, card, amount, {
          ...base,
          ok: true,
          threeDS: sca
            ? rng.chance(0.6)
              ? 'challenge_passed'
              : 'frictionless'
            : rng.pick(['not_enrolled', 'attempted', 'frictionless']),
        }),
      );
      return out;
    }
    const decline: Decline = sca
      ? rng.weightedPick<Decline>([
          ['authentication_failed', 50],
          ['stolen_card', 12],
          ['do_not_honor', 18],
          ['insufficient_funds', 8],
          ['incorrect_cvc', 12],
        ])
      : rng.weightedPick<Decline>([
          ['do_not_honor', 35],
          ['stolen_card', 20],
          ['insufficient_funds', 15],
          ['incorrect_cvc', 15],
          ['lost_card', 15],
        ]);
    out.push(cardAttempt(rng, card, amount, { ...base, ok: false, decline }));
  }
  return out;
}

export interface FraudAfter {
  fulfilment: Fulfilment;
  /** The shop's manual review stops it before dispatch (refunded). */
  caught: number;
  /** An issuer's early fraud warning. */
  warning: number;
  dispute: number;
  disputeReason?: string;
  /** A new delivery address set after checkout (a DHL redirect, a "moved" note). */
  redirect?: Address;
}

/** What follows a fraudulent order that was paid: shipped fast or collected, then warnings and chargebacks. */
export function fraudAfter(rng: Rng, o: FraudAfter): LaterEvent[] {
  if (rng.chance(o.caught))
    return [
      {
        type: 'order.cancelled',
        afterMs: rng.int(1, 20) * HOUR,
        reason: rng.pick(['suspected_fraud', 'verification_failed']),
      },
    ];
  const out: LaterEvent[] = [];
  if (o.fulfilment === 'email')
    out.push({ type: 'order.updated', afterMs: rng.int(1, 3) * MINUTE, status: 'sent' });
  else if (COLLECTION.has(o.fulfilment)) {
    const ready = rng.int(2, 12) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    out.push({ type: 'order.updated', afterMs: ready + rng.int(3, 40) * HOUR, status: 'collected' });
  } else {
    if (o.redirect)
      out.push({
        type: 'order.updated',
        afterMs: rng.int(20, 240) * MINUTE,
        reason: 'address_changed',
        shipping: o.redirect,
      });
    const ship = (o.fulfilment === 'dhl_express' ? rng.int(2, 8) : rng.int(5, 30)) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: ship + rng.int(16, 60) * HOUR, status: 'delivered' });
  }
  if (rng.chance(o.warning))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 18) * DAY, reason: 'fraudulent' });
  if (rng.chance(o.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(12, 55) * DAY,
      reason: o.disputeReason ?? 'fraudulent',
    });
  return out;
}
