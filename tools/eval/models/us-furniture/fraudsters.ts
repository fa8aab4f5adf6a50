import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { fraudDecline, type HeldCard, type Issuer, type Match, newCard } from './cards.js';
import { type Basket } from './catalogue.js';
import { FRAUD_ABROAD, ipOn, type Network, US_CLOUD, US_HOME, US_MOBILE, US_VPS } from './networks.js';
import { device, emailOf, isMobileUa, person, type Person, UA } from './people.js';
import { suburban } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  deliverySteps,
  firstAuth,
  HOUR,
  type LaterEvent,
  MINUTE,
} from './purchase.js';
import { type Connection } from './shoppers.js';

/**
 * How fraudsters against a furniture store work, by skill: careful ones buy "fullz" (the holder's name, address,
 * phone, e-mail), check out through residential proxies near the holder on an anti-detect browser with an
 * ordinary fingerprint, and make an address that looks like the holder's; middling ones use a VPS or a VPN
 * exit and a fresh mailbox; sloppy ones connect from home abroad, on a headless or Linux browser.
 */

export type Skill = 'careful' | 'middling' | 'sloppy';

export const skillOf = (rng: Rng, careful: number, middling: number, sloppy: number): Skill =>
  rng.weightedPick<Skill>([
    ['careful', careful],
    ['middling', middling],
    ['sloppy', sloppy],
  ]);

/** Where a fraudster connects from. */
export function fraudNetwork(rng: Rng, skill: Skill, abroad: readonly Network[] = FRAUD_ABROAD): Network {
  if (skill === 'careful') return rng.chance(0.65) ? rng.pick(US_HOME) : rng.pick(US_MOBILE);
  if (skill === 'middling')
    return rng.weightedPick<Network>([
      [US_VPS, 45],
      [US_CLOUD, 25],
      [rng.pick(US_HOME), 30],
    ]);
  return rng.chance(0.7) ? rng.pick(abroad) : US_VPS;
}

/** The browser a fraudster shows. */
export function fraudDevice(rng: Rng, skill: Skill): Device {
  if (skill === 'careful') return device(rng);
  if (skill === 'middling')
    return device(
      rng,
      rng.pick([UA.windowsChrome, UA.macChrome, UA.android, UA.iphone, UA.windowsEdge]),
      0.75,
    );
  return device(
    rng,
    rng.pick([UA.headless, UA.linuxChrome, UA.linuxChrome, UA.windowsChrome, UA.androidOld]),
    0.45,
  );
}

const THROWAWAY = [
  'mail.com',
  'proton.me',
  'gmx.com',
  'outlook.com',
  'yandex.com',
  'tutamail.com',
  'hotmail.com',
];

/** The mailbox on the order: the holder's own-looking one, a fresh one in any name, or a throw-away. */
export function fraudEmail(rng: Rng, skill: Skill, victim: Person): string {
  if (skill === 'careful')
    return emailOf(rng, victim, rng.pick(['gmail.com', 'gmail.com', 'yahoo.com', 'icloud.com', 'aol.com']));
  if (skill === 'middling')
    return emailOf(rng, person(rng), rng.pick(['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com']));
  return `${rng.token(rng.int(7, 12))}@${rng.pick(THROWAWAY)}`;
}

export function fraudConnection(rng: Rng, skill: Skill, net?: Network, dev?: Device): Connection {
  const d = dev ?? fraudDevice(rng, skill);
  return {
    ip: ipOn(rng, net ?? fraudNetwork(rng, skill)),
    device: d,
    channel: isMobileUa(d.userAgent) ? 'mobile_web' : 'web',
  };
}

/**
 * Authorisations on stolen cards: the first card with the holder's billing (`match`), declines answered with the
 * next card from the list (whose holder's address no longer matches), until one goes through or they give up.
 */
export function stolenAttempts(rng: Rng, skill: Skill, match: Match, issuer: Issuer = 'us'): Attempt[] {
  const declines =
    skill === 'careful' ? (rng.chance(0.8) ? 0 : 1) : skill === 'middling' ? rng.int(0, 2) : rng.int(1, 4);
  const success = skill === 'careful' ? 0.97 : skill === 'middling' ? 0.78 : 0.45;
  const wallet = skill === 'careful' && rng.chance(0.15);
  const out: Attempt[] = [];
  let card: HeldCard = newCard(rng, issuer);
  for (let i = 0; i < declines; i++) {
    out.push(
      cardAttempt(rng, card, {
        entry: wallet && i === 0 ? 'wallet' : 'typed',
        match: i === 0 ? match : 'guess',
        ok: false,
        decline: fraudDecline(rng),
        afterMs: i === 0 ? firstAuth(rng) : rng.int(20_000, 4 * MINUTE),
      }),
    );
    card = newCard(rng, rng.chance(0.8) ? issuer : 'prepaid');
  }
  if (rng.chance(success) || out.length === 0)
    out.push(
      cardAttempt(rng, card, {
        entry: wallet && declines === 0 ? 'wallet' : 'typed',
        match: declines === 0 ? match : 'guess',
        ok: true,
        afterMs: declines === 0 ? firstAuth(rng) : rng.int(20_000, 4 * MINUTE),
      }),
    );
  return out;
}

export interface Outcome {
  /** The store's own review cancels before anything ships, and refunds. */
  review: number;
  reviewReason?: string;
  /** The fraudster calls to send the delivery somewhere else. */
  redirect: number;
  /** The issuer's early fraud warning. */
  efw: number;
  /** The store refunds on a warning, heading off the dispute. */
  refundOnEfw: number;
  /** The holder disputes the charge as fraud. */
  dispute: number;
}

/** What follows a paid fraudulent order: a review that catches it, or delivery, then warnings and disputes. */
export function fraudAfter(rng: Rng, b: Basket, placed: number, o: Outcome): LaterEvent[] {
  if (rng.chance(o.review)) {
    const at = rng.int(3, 40) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: o.reviewReason ?? 'fraud_suspected' },
      { type: 'refund.created', afterMs: at + rng.int(1, 6) * HOUR, reason: 'fraudulent' },
    ];
  }
  const { steps } = deliverySteps(rng, b, placed, false);
  if (rng.chance(o.redirect))
    steps.push({
      type: 'order.updated',
      afterMs: rng.int(20, 90) * HOUR,
      reason: 'address_change',
      shipping: suburban(rng),
    });
  if (rng.chance(o.efw)) {
    const at = rng.int(2, 14) * DAY + rng.int(0, 23) * HOUR;
    steps.push({ type: 'fraud_warning.created', afterMs: at, reason: 'fraudulent' });
    if (rng.chance(o.refundOnEfw)) {
      steps.push({ type: 'refund.created', afterMs: at + rng.int(4, 72) * HOUR, reason: 'fraudulent' });
      return steps;
    }
  }
  if (rng.chance(o.dispute))
    steps.push({ type: 'dispute.created', afterMs: rng.int(12, 55) * DAY, reason: 'fraudulent' });
  return steps;
}
