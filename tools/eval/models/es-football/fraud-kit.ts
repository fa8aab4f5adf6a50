import { type Device, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, type HeldCard, type Match, stolenDecline } from './cards.js';
import { type Delivery } from './catalogue.js';
import { HOSTING, homeNetwork, ipOn, type Network, networksIn, VPN } from './networks.js';
import { deviceId, humanDevice, windowsChrome } from './devices.js';
import { type Name, slug } from './names.js';
import { addressIn, MARKETS, placeOf, type Region } from './places.js';
import { type Attempt, cardAttempt, fulfil, type LaterEvent, type ThreeDS } from './purchase.js';

/**
 * What the fraud kinds share: their e-mail habits, connections, drop addresses, stolen-card tries, endings.
 */

const DISPOSABLE = ['yopmail.com', 'sharklasers.com', 'guerrillamail.com', 'mailinator.com', 'tempmail.plus'];
const PRIVATE = ['proton.me', 'protonmail.com', 'tutanota.com'];

/** A throwaway address: random letters at a disposable or free provider. */
export const throwaway = (rng: Rng): string =>
  `${rng.token(rng.int(7, 12), 'abcdefghijklmnopqrstuvwxyz')}${rng.chance(0.6) ? rng.digits(rng.int(2, 4)) : ''}@${rng.weightedPick<string>(
    [
      [rng.pick(DISPOSABLE), 35],
      ['gmail.com', 25],
      ['outlook.com', 15],
      ['hotmail.com', 10],
      [rng.pick(PRIVATE), 15],
    ],
  )}`;

/** A new address made to look like the cardholder's: their name and digits at a free provider. */
export const lookalike = (rng: Rng, n: Name): string =>
  `${slug(n.first)}${rng.chance(0.5) ? '.' : ''}${slug(n.last)}${rng.digits(rng.int(2, 4))}@${rng.pick(['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'proton.me'])}`;

export const ORIGINS_ABROAD = ['VN', 'ID', 'BR', 'NG', 'MA', 'TR'] as const;

export type Hide = 'hosting' | 'vpn' | 'proxy' | 'abroad' | 'mobile_es';

/**
 * How a fraudster connects: a hosting range, a VPN exit, a residential proxy in `country` (an ordinary home
 * connection there), their own connection abroad, or a Spanish phone.
 */
export function hiddenNetwork(rng: Rng, hide: Hide, country = 'ES'): Network {
  if (hide === 'hosting') return rng.pick(HOSTING);
  if (hide === 'vpn') return rng.pick(VPN);
  if (hide === 'proxy') return homeNetwork(rng, country, 0.2);
  if (hide === 'abroad') return rng.pick(networksIn(rng.pick(ORIGINS_ABROAD)));
  return homeNetwork(rng, 'ES', 1);
}

export const hiddenIp = (rng: Rng, hide: Hide, country = 'ES'): string =>
  ipOn(rng, hiddenNetwork(rng, hide, country));

/**
 * A fraudster's browser: a desktop Chrome (often a version behind), an Android phone, an anti-detect profile.
 */
export function fraudDevice(rng: Rng, idShare = 0.7): Device {
  const userAgent = rng.chance(0.6)
    ? windowsChrome(rng, rng.int(132, 150))
    : humanDevice(rng, 'ES', 1).userAgent;
  return rng.chance(idShare) ? { userAgent, id: deviceId(rng) } : { userAgent };
}

/**
 * A drop in Spain: a flat in the commuter towns around Madrid or Barcelona, or a parcel locker / pickup point
 * (which mules favour).
 */
export function dropAddress(rng: Rng): { address: ReturnType<typeof addressIn>; delivery: Delivery } {
  const es = MARKETS.ES ?? placeOf('ES');
  const towns = es.cities.filter((c) =>
    [
      'Móstoles',
      'Alcalá de Henares',
      'Getafe',
      'Leganés',
      'Fuenlabrada',
      "L'Hospitalet de Llobregat",
      'Madrid',
      'Barcelona',
    ].includes(c.name),
  );
  const address = addressIn(rng, es, rng.pick(towns));
  return { address, delivery: rng.chance(0.35) ? 'pickup_point' : 'home' };
}

const SCA = new Set(['ES', 'FR', 'DE', 'IT', 'PT', 'NL', 'BE', 'IE', 'AT', 'LT', 'GB']);

export interface Stolen {
  /** The payer has the one-time code too: phished by SMS, a cloned SIM, or simply their own card. */
  phished?: boolean;
  /** How well the typed address matches the issuer's. */
  match?: Match;
  afterMs: number;
  /** The issuer approves a stolen card this often when nothing else stops it. */
  approve?: number;
}

/**
 * A stolen card tried once: under strong authentication the challenge stops the thief unless they phished the
 * code or the issuer waves the payment through; elsewhere the issuer's own fraud screen decides.
 */
export function stolenTry(rng: Rng, card: HeldCard, amount: number, s: Stolen): Attempt {
  const approve = s.approve ?? 0.6;
  const base = { match: s.match ?? 'good', afterMs: s.afterMs } as const;
  const fail = (decline: Decline, threeDS?: ThreeDS) =>
    cardAttempt(rng, card, amount, { ...base, ok: false, decline, ...(threeDS ? { threeDS } : {}) });
  const pass = (threeDS: ThreeDS) => cardAttempt(rng, card, amount, { ...base, ok: true, threeDS });
  if (SCA.has(card.country)) {
    if (s.phished)
      return rng.chance(0.8) ? pass('challenge_passed') : fail(stolenDecline(rng), 'challenge_passed');
    if (amount < 3000 && rng.chance(0.7))
      return rng.chance(approve) ? pass('exempt_low_value') : fail(stolenDecline(rng), 'exempt_low_value');
    if (rng.chance(0.3))
      return rng.chance(approve) ? pass('frictionless') : fail(stolenDecline(rng), 'frictionless');
    return fail('authentication_failed', 'challenge_failed');
  }
  const threeDS: ThreeDS = rng.weightedPick<ThreeDS>([
    ['frictionless', 55],
    ['attempted', 30],
    ['not_enrolled', 15],
  ]);
  return rng.chance(approve) ? pass(threeDS) : fail(stolenDecline(rng), threeDS);
}

/** Cards tried one after another until one goes through (or the list runs out), a minute or two apart. */
export function tryCards(
  rng: Rng,
  cards: readonly HeldCard[],
  amount: number,
  s: Omit<Stolen, 'afterMs'>,
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const a = stolenTry(rng, card, amount, {
      ...s,
      afterMs: i === 0 ? rng.int(20_000, 90_000) : rng.int(30_000, 4 * MINUTE),
    });
    out.push(a);
    if (a.ok) break;
  }
  return out;
}

const WARNINGS = ['made_with_stolen_card', 'unauthorized_use_of_card', 'made_with_lost_card'];

export interface FraudEnding {
  region: Region;
  delivery: Delivery;
  /** The share disputed by the cardholder, weeks later. */
  dispute: number;
  /** The share the issuer flags early (a fraud warning). */
  warning: number;
  /** The share the shop refunds on a warning (then no dispute follows). */
  refundOnWarning?: number;
  /** The share the shop's own review cancels (and refunds) before it ships. */
  review?: number;
  reason?: string;
}

/**
 * How a paid fraudulent order ends: cancelled and refunded by the shop's review before it ships; or shipped
 * (fast: thieves pick express, and the shop ships within hours), then an early fraud warning days later (the
 * shop refunds some of those) and a dispute weeks later.
 */
export function fraudAfter(rng: Rng, e: FraudEnding): LaterEvent[] {
  if (e.review && rng.chance(e.review)) {
    const t = rng.int(1, 14) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: t, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: t + rng.int(1, 30) * MINUTE, reason: 'fraudulent' },
    ];
  }
  const { events } = fulfil(rng, { region: e.region, delivery: e.delivery, personalised: false });
  if (rng.chance(e.warning)) {
    const t = rng.int(2, 15) * DAY + rng.int(0, 23) * HOUR;
    events.push({ type: 'fraud_warning.created', afterMs: t, reason: rng.pick(WARNINGS) });
    if (rng.chance(e.refundOnWarning ?? 0.35)) {
      events.push({ type: 'refund.created', afterMs: t + rng.int(2, 48) * HOUR, reason: 'fraudulent' });
      return events;
    }
  }
  if (rng.chance(e.dispute))
    events.push({
      type: 'dispute.created',
      afterMs: rng.int(18, 65) * DAY,
      reason: e.reason ?? 'fraudulent',
    });
  return events;
}
