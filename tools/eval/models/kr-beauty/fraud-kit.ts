import { type Card, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { avsFor, FRAUD_DECLINES } from './cards.js';
import { type Crowd } from './honest-kit.js';
import { type Addresses, type Network, NETWORKS, network } from './networks.js';
import { type Attempt, type Auth, type Device, type Later } from './purchase.js';

/**
 * Fraud at the shop: the kinds with their shares of fraudulent orders, how a seed's fraud count is split
 * between them exactly, and what fraudsters share: throw-away mail, proxies and bot browsers, stolen-card
 * attempts and what the issuers and the store do afterwards.
 */

export const FRAUD = {
  card_testing: 17,
  stolen_card_forwarder: 12,
  phished_kr_card: 9,
  account_takeover: 10,
  promo_abuse: 12,
  limited_set_bot: 9,
  reshipping_mule: 6,
  triangulation: 6,
  friendly_fraud: 8,
  refund_abuse: 6,
  sanctioned_country: 5,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** Largest-remainder split of `n` fraudulent orders by share, every kind at least one when n allows. */
export function allocate(n: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const total = kinds.reduce((s, k) => s + FRAUD[k], 0);
  const out = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<FraudKind, number>;
  if (n < kinds.length) {
    for (const k of [...kinds].sort((a, b) => FRAUD[b] - FRAUD[a]).slice(0, n)) out[k] = 1;
    return out;
  }
  const rest = n - kinds.length;
  const exact = kinds.map((k) => [k, (rest * FRAUD[k]) / total] as const);
  for (const [k, x] of exact) out[k] = 1 + Math.floor(x);
  let left = n - kinds.reduce((s, k) => s + out[k], 0);
  for (const [k] of [...exact].sort((a, b) => (b[1] % 1) - (a[1] % 1) || FRAUD[b[0]] - FRAUD[a[0]])) {
    if (left-- <= 0) break;
    out[k] += 1;
  }
  return out;
}

export interface FraudCtx {
  w: Window;
  start: number;
  ips: Addresses;
  /** Members whose accounts and cards fraud uses: victims of takeovers, friendly fraudsters, refund abusers. */
  victims: Crowd;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
export const DAY = 86_400_000;

const TEMP = ['mailinator.com', 'yopmail.com', 'guerrillamail.com', 'tempmail.dev', '10minutemail.net'];

/** Throw-away or made-up mail: temp-mail domains, random Gmail handles, a catch-all domain of one's own. */
export function throwaway(rng: Rng, style: 'temp' | 'random' | 'catchall', domain = 'glowdrop.shop'): string {
  if (style === 'temp')
    return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(2)}@${rng.pick(TEMP)}`;
  if (style === 'catchall') return `${rng.token(6)}@${domain}`;
  return `${rng.token(rng.int(5, 8), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(3, 5))}@gmail.com`;
}

const BOT_UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36',
  'python-requests/2.32.3',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
];

/** One bot browser: a fixed user agent, no fingerprint (script blocked) or a fresh one per order. */
export const botDevice = (rng: Rng, ua: string): Device =>
  rng.chance(0.5) ? { userAgent: ua } : { userAgent: ua, id: `fp-${rng.token(24)}` };
export const botUa = (rng: Rng): string => rng.pick(BOT_UAS);

/** Where a fraudster appears from: a residential proxy in the victim's country (careful), or a VPN/cloud exit. */
export function exitFor(rng: Rng, country: string, careful: boolean): Network {
  if (careful) {
    const homes = NETWORKS.filter((n) => n.country === country && (n.kind === 'home' || n.kind === 'mobile'));
    if (homes.length > 0) return rng.pick(homes);
  }
  return rng.pick(NETWORKS.filter((n) => n.kind === 'vpn' || n.kind === 'cloud'));
}

/** Fraudsters' own lines when they do not bother to hide. */
export const ownLine = (rng: Rng): Network =>
  network(rng.pick(['viettel', 'telkomsel', 'airtel-ng', 'globe', 'chinanet']));

/**
 * Stolen-card attempts: cards off one list tried in turn until one passes or the fraudster gives up; with the
 * victim's details the address matches, without them it does not; 3-D Secure challenges mostly fail.
 */
export function stolenAttempts(
  rng: Rng,
  cards: readonly Card[],
  withDetails: boolean,
  succeed: number,
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, c] of cards.entries()) {
    const last = i === cards.length - 1;
    const ok = last && rng.chance(succeed);
    const challenged = c.country !== 'KR' && rng.chance(0.35);
    const decline = ok ? undefined : challenged ? 'authentication_failed' : rng.pick(FRAUD_DECLINES);
    const auth: Auth =
      c.country === 'KR'
        ? 'not_attempted'
        : challenged
          ? ok
            ? 'challenge_passed'
            : 'challenge_failed'
          : 'frictionless';
    const match = withDetails
      ? rng.chance(0.85)
        ? 'pass'
        : 'partial'
      : rng.chance(0.6)
        ? 'fail'
        : 'partial';
    out.push({
      method: 'card',
      card: c,
      ok,
      avs: avsFor(c, match),
      cvc: c.country === 'KR' ? 'unavailable' : decline === 'incorrect_cvc' ? 'fail' : 'pass',
      auth,
      afterMs: (i === 0 ? rng.int(20, 90) : rng.int(10, 60)) * SECOND,
      ...(decline ? { decline } : {}),
    });
  }
  return out;
}

/** What happens after a stolen card got through: shipped, then issuer warnings and chargebacks weeks later. */
export function chargedBack(rng: Rng, { warn = 0.4, dispute = 0.7, cancel = 0.08 } = {}): Later[] {
  const shipped = rng.float(5, 30) * 3_600_000;
  if (rng.chance(cancel)) return [{ type: 'order.cancelled', afterMs: shipped / 2, reason: 'fraud_review' }];
  const out: Later[] = [{ type: 'order.updated', afterMs: shipped, shipped: true }];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: rng.float(3, 20) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.float(18, 65) * DAY, reason: 'fraudulent' });
  return out;
}

export const shippedLater = (rng: Rng): Later => ({
  type: 'order.updated',
  afterMs: rng.float(5, 30) * 3_600_000,
  shipped: true,
});

export { MINUTE };
