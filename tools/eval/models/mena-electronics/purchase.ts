import { type CheckResult } from '@vigil/contracts';
import {
  betweenHours,
  type Device,
  HOUR,
  localHour,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card, type Decline } from './cards.js';
import { type Basket } from './catalog.js';
import { inRamadan, type MarketCode, type Method, saleDay, tzOf } from './markets.js';
import { type Address } from './places.js';

/** One planned purchase, before events.ts renders it, and the timing and device helpers the planners share. */

export { DAY, type Device, HOUR, MINUTE as MIN, type Window } from '../kit/purchase.js';

export interface Attempt {
  /** Absent for buy-now-pay-later: the provider approves or declines, the store never sees a card. */
  card?: Card;
  ok: boolean;
  avs: CheckResult;
  cvc: CheckResult;
  /** After the previous step (the order or the previous attempt). */
  afterMs: number;
  /** Why it was declined. */
  decline?: Decline | 'bnpl_declined';
}

export type LaterType =
  | 'order.updated'
  | 'order.cancelled'
  | 'payment.succeeded'
  | 'refund.created'
  | 'fraud_warning.created'
  | 'dispute.created';

export interface Later {
  type: LaterType;
  afterMs: number;
  reason?: string;
  /** Partial refunds. */
  amount?: number;
  /** For `order.updated`: the new delivery address. */
  shipping?: Address;
}

export interface Buyer {
  /** Absent for guest checkout. */
  id?: string;
  email: string;
  name: string;
  /** When the account was opened (ms); accounts only. */
  createdAt?: number;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, Later> {
  market: MarketCode;
  buyer: Buyer;
  method: Method;
  /** Absent for gift-card codes sent by e-mail. */
  shipping?: Address;
  ip: string;
  device: Device;
}

/** Orders by local hour on an ordinary day: the region shops late, the evening peak runs past midnight. */
const BY_HOUR = [
  4.2, 3.0, 1.8, 1.0, 0.6, 0.4, 0.5, 0.9, 1.5, 2.2, 2.8, 3.2, 3.4, 3.3, 3.1, 3.0, 3.2, 3.6, 4.0, 4.6, 5.2,
  5.8, 6.0, 5.4,
];

/** In Ramadan: quiet while fasting, a dip at iftar (~18 h), then shopping from tarawih to suhoor (~3–4 h). */
const RAMADAN_BY_HOUR = [
  5.8, 5.4, 4.6, 3.6, 2.2, 0.8, 0.4, 0.4, 0.6, 0.9, 1.2, 1.5, 1.7, 1.8, 1.8, 1.7, 1.5, 1.2, 0.7, 1.6, 3.4,
  5.0, 6.0, 6.2,
];

const PEAK = 6.2 * 3.5;

/**
 * The weight of local time `t` for a shopper in `market`: the hour curve, Friday prayer (not in Turkey),
 * and White Friday — the deals open at midnight, the day itself is the year's biggest, the weekend and
 * Cyber Monday follow.
 */
export function busy(t: number, market: MarketCode): number {
  const tz = tzOf(market, t);
  const local = t + tz * HOUR;
  const h = Math.floor(localHour(t, tz));
  let weight = (inRamadan(t) ? RAMADAN_BY_HOUR : BY_HOUR)[h] ?? 1;
  if (market !== 'TR' && new Date(local).getUTCDay() === 5 && (h === 12 || h === 13)) weight *= 0.55;
  const day = saleDay(local);
  if (day === 0) weight *= h < 3 ? 3.5 : 2.2;
  else if (day === -1) weight *= h >= 20 ? 1.5 : 1.1;
  else if (day === 1) weight *= 1.6;
  else if (day === 2) weight *= 1.3;
  else if (day === 3) weight *= 1.6;
  return weight;
}

/** A moment in [from, to) following the local shopping curve of `market`. */
export function when(rng: Rng, w: Window, market: MarketCode, from = w.start, to = w.end): number {
  for (let i = 0; i < 80; i++) {
    const t = rng.float(from, to);
    if (rng.next() * PEAK < busy(t, market)) return Math.floor(t);
  }
  return Math.floor(rng.float(from, to));
}

/** A moment in the window between local hours `from` and `to` (may pass midnight). */
export function between(rng: Rng, w: Window, market: MarketCode, from: number, to: number): number {
  return betweenHours((a, b) => rng.float(a, b), w, tzOf(market, w.start), from, to);
}

const IOS_SHARE: Readonly<Record<string, number>> = {
  AE: 0.55,
  SA: 0.5,
  QA: 0.55,
  KW: 0.6,
  EG: 0.18,
  JO: 0.3,
  MA: 0.15,
  TR: 0.22,
};
const ANDROID = ['SM-S938B', 'SM-A566B', 'SM-A265F', '2412DPC0AG', 'ELI-NX9', 'X6871', 'CPH2653', 'V2351'];

const chrome = (rng: Rng) => `Chrome/${rng.int(139, 143)}.0.0.0`;

/** The desktop browser of a shopper (or a fraudster's). */
export const desktopAgent = (rng: Rng): string =>
  rng.chance(0.75)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(rng)} Safari/537.36`
    : 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15';

/** The app (with its device id), the mobile web or a desktop browser (the fingerprint script most times). */
export function device(
  rng: Rng,
  market: string,
  weights: Readonly<Record<'app' | 'mweb' | 'desktop', number>> = { app: 55, mweb: 30, desktop: 15 },
): Device {
  const channel = rng.weighted(weights);
  if (channel === 'desktop')
    return { userAgent: desktopAgent(rng), ...(rng.chance(0.85) ? { id: `wd_${rng.token(20)}` } : {}) };
  const ios = rng.chance(IOS_SHARE[market] ?? 0.3);
  if (channel === 'app')
    return {
      userAgent: ios
        ? `BarqApp/5.${rng.int(14, 18)} (iPhone; iOS 26.${rng.int(0, 1)}; Scale/3.00)`
        : `BarqApp/5.${rng.int(14, 18)} (Android ${rng.int(13, 16)}; ${rng.pick(ANDROID)})`,
      id: ios ? `ios_${rng.token(24)}` : `and_${rng.token(24)}`,
    };
  return {
    userAgent: ios
      ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1'
      : `Mozilla/5.0 (Linux; Android ${rng.int(13, 16)}; K) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(rng)} Mobile Safari/537.36`,
    ...(rng.chance(0.75) ? { id: `wd_${rng.token(20)}` } : {}),
  };
}

export const userId = (rng: Rng): string => `c${rng.digits(8)}`;

/** A card authorisation. */
export const charge = (
  card: Card,
  ok: boolean,
  afterMs: number,
  avs: CheckResult,
  cvc: CheckResult,
  decline?: Decline,
): Attempt => ({ card, ok, avs, cvc, afterMs, ...(!ok && decline ? { decline } : {}) });

/** A buy-now-pay-later decision: approved, or declined by the provider's credit check. */
export const bnplDecision = (ok: boolean, afterMs: number): Attempt => ({
  ok,
  avs: 'unavailable',
  cvc: 'unavailable',
  afterMs,
  ...(ok ? {} : { decline: 'bnpl_declined' as const }),
});
