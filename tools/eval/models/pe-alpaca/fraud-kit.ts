import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Fulfilment } from './catalogue.js';
import { type HeldCard, newCard } from './cards.js';
import { ipOn, type Network, NETWORKS, networkOf } from './networks.js';
import { emailOf, type OwnDevice, type Person, personOf, USER_AGENTS } from './people.js';
import { type Home, homeIn, market, type Market } from './places.js';
import { fulfilmentSteps, type LaterEvent, type Purchase, type Referrer } from './purchase.js';
import { type Connection, fitLabels, shown } from './sessions.js';

/**
 * What the fraud kinds share: the devices and networks fraudsters shop from (anti-detect browsers a version or
 * two behind, cloud and VPN exits, residential proxies in the victim's country), the victims whose card details
 * they hold, their throwaway e-mail addresses, and how a stolen-card purchase is found out: an issuer's early
 * fraud warning days later (the shop refunds a third of those, cancelling if the parcel has not left), a
 * `fraudulent` chargeback weeks later, or nothing at all.
 */

/** An anti-detect or automated browser: a plausible desktop, a little behind; a third block the device script. */
export function fraudDevice(rng: Rng, headless = false): OwnDevice {
  const v = rng.int(138, 149);
  const userAgent = headless
    ? `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${v}.0.0.0 Safari/537.36`
    : rng.chance(0.75)
      ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`
      : rng.chance(0.5)
        ? USER_AGENTS.iphone(rng.int(0, 2))
        : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`;
  const platform = userAgent.includes('iPhone') ? 'iphone' : 'windows';
  return rng.chance(headless ? 0.5 : 0.67)
    ? { id: `dv_${rng.token(20)}`, userAgent, platform }
    : { userAgent, platform };
}

const HOSTING: readonly Network[] = NETWORKS.filter((n) => n.kind === 'hosting');

/** A cloud or VPN exit, in `country` when there is one there, else in the US or Europe. */
export function exitNetwork(rng: Rng, country?: string): Network {
  const local = HOSTING.filter((n) => n.country === country);
  return rng.pick(local.length > 0 && rng.chance(0.7) ? local : HOSTING);
}

/**
 * Where a fraudster appears to connect from: a residential proxy in the victim's country (a home or mobile
 * address there), or a VPN or cloud exit.
 */
export function fraudNetwork(rng: Rng, victimCountry: string, proxyShare = 0.55): Network {
  if (rng.chance(proxyShare)) return networkOf(rng, victimCountry, rng.chance(0.7) ? 'fixed' : 'mobile');
  return exitNetwork(rng, victimCountry);
}

export const fraudConnection = (rng: Rng, device: OwnDevice, n: Network): Connection => ({
  ip: ipOn(rng, n),
  device: shown(device),
});

/** Someone whose card details were stolen: name, home and card (credit, mostly). */
export interface Victim {
  person: Person;
  home: Home;
  market: Market;
  card: HeldCard;
}

export function victimOf(rng: Rng, country: string): Victim {
  const m = market(country);
  return {
    person: personOf(rng, m.names),
    home: homeIn(rng, m),
    market: m,
    card: newCard(rng, country, rng.chance(0.8) ? 'credit' : undefined),
  };
}

/** The victim's country for stolen card details sold in bulk: US cards above all. */
export const stolenCountry = (rng: Rng): string =>
  rng.weightedPick<string>([
    ['US', 72],
    ['CA', 9],
    ['GB', 9],
    ['AU', 6],
    ['DE', 4],
  ]);

const THROWAWAY = [
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'yahoo.com',
  'proton.me',
  'mail.com',
  'gmx.com',
];

/** A throwaway address in the victim's name (so it looks like theirs), or random letters. */
export function throwawayEmail(rng: Rng, p: Person): string {
  if (rng.chance(0.7)) return emailOf(rng, p, THROWAWAY).replace(/@/, `${rng.int(10, 999)}@`);
  return `${rng.token(rng.int(7, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${rng.pick(THROWAWAY)}`;
}

export interface Unmasking {
  /** Chance of an issuer's early fraud warning, 2–12 days on. */
  warning: number;
  /** Chance of a `fraudulent` chargeback, 12–60 days on, unless the shop refunded first. */
  dispute: number;
}

/** Fulfilment, then how a stolen-card purchase is found out (or not). */
export function stolenCardLater(
  rng: Rng,
  f: Fulfilment,
  country: string,
  u: Unmasking,
  extra: LaterEvent[] = [],
): LaterEvent[] {
  const steps = [...extra, ...fulfilmentSteps(rng, f, country)];
  const shippedAt = Math.min(...steps.filter((s) => s.status === 'shipped').map((s) => s.afterMs));
  if (rng.chance(u.warning)) {
    const warned = rng.int(2 * 24 * 60, 12 * 24 * 60) * MINUTE;
    steps.push({ type: 'fraud_warning.created', afterMs: warned, reason: 'fraudulent' });
    if (rng.chance(0.33)) {
      if (warned < shippedAt)
        steps.push({ type: 'order.cancelled', afterMs: warned + HOUR, reason: 'fraud_warning' });
      steps.push({ type: 'refund.created', afterMs: warned + rng.int(2, 30) * HOUR, reason: 'fraudulent' });
      return steps;
    }
  }
  if (rng.chance(u.dispute))
    steps.push({ type: 'dispute.created', afterMs: rng.int(12, 60) * DAY, reason: 'fraudulent' });
  return steps;
}

/** The order, assembled: fraud, with labels only where the paying method has them. */
export function fraudPurchase(p: Omit<Purchase, 'fraud'>): Purchase {
  return { ...p, fraud: true, later: fitLabels(p.attempts, p.later) };
}

export const fraudReferrer = (rng: Rng): Referrer =>
  rng.weightedPick<Referrer>([
    ['direct', 70],
    ['google', 30],
  ]);

/** A moment `afterMs` after `t`, kept inside the window (a run that started late ends at the window's end). */
export const clampTo = (w: { start: number; end: number }, t: number): number =>
  Math.max(w.start, Math.min(w.end - 1, Math.floor(t)));

export { DAY, HOUR, MINUTE };
