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
import { type Basket } from './catalog.js';
import { type Card, type Method } from './cards.js';
import { type Address } from './places.js';

/** One planned purchase, before events.ts renders it, and the timing and device helpers the planners share. */

export { DAY, type Device, MINUTE as MIN, type Window } from '../kit/purchase.js';

export interface Attempt {
  /** Absent for e-wallet payments. */
  card?: Card;
  ok: boolean;
  cvc: CheckResult;
  /** After the previous step (the order or the previous attempt). */
  afterMs: number;
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
  amount?: number;
  shipping?: Address;
}

export interface Buyer {
  id: string;
  email: string;
  name: string;
  createdAt: number;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, Later> {
  buyer: Buyer;
  method: Method;
  /** For e-mail deliveries: absent. */
  shipping?: Address;
  ip: string;
  device: Device;
}

/** Orders by local hour: late-night phone shopping is normal here, lunch and the 20–23 h evening peak. */
const BY_HOUR = [
  3, 2, 1.2, 0.6, 0.4, 0.4, 0.7, 1.3, 2, 2.6, 3, 3.4, 4.2, 3.8, 3.2, 3, 3.1, 3.4, 3.8, 4.6, 5.6, 6, 5.6, 4.4,
];

/**
 * 12.12: the sale opens at local midnight on 12 December (the stream's default window starts on the 11th),
 * so the first hours of the 12th, and its noon and 20:00 flash deals, carry a surge.
 */
function saleBoost(t: number, tz: number): number {
  const local = new Date(t + tz * HOUR);
  if (local.getUTCMonth() !== 11 || local.getUTCDate() !== 12) return 1;
  const h = local.getUTCHours();
  return h < 2 ? 3.2 : h === 12 || h === 20 ? 2.2 : 1.5;
}

/** A moment in [from, to) following the local shopping curve of a shopper at UTC offset `tz`. */
export function when(rng: Rng, w: Window, tz: number, from = w.start, to = w.end): number {
  for (let i = 0; i < 60; i++) {
    const t = rng.float(from, to);
    if (rng.next() * 6 * 3.2 < (BY_HOUR[Math.floor(localHour(t, tz))] ?? 1) * saleBoost(t, tz))
      return Math.floor(t);
  }
  return Math.floor(rng.float(from, to));
}

/** A moment in the window between local hours `from` and `to` (may pass midnight). */
export function between(rng: Rng, w: Window, tz: number, from: number, to: number): number {
  return betweenHours((a, b) => rng.float(a, b), w, tz, from, to);
}

const ANDROID = ['SM-S931B', 'SM-A566E', '23129RN51X', 'CPH2689', 'V2337', 'RMX3890', 'SM-A356E'];

/** The app (most orders, always with a device id) or the mobile or desktop web. */
export function device(rng: Rng, market: string): Device {
  const iosShare = market === 'JP' ? 0.65 : market === 'SG' ? 0.5 : market === 'KR' ? 0.35 : 0.25;
  const channel = rng.weighted({ app: 62, mweb: 26, desktop: 12 });
  if (channel === 'desktop')
    return {
      userAgent: rng.chance(0.7)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(128, 131)}.0.0.0 Safari/537.36`
        : 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      ...(rng.chance(0.8) ? { id: `wd_${rng.token(20)}` } : {}),
    };
  const ios = rng.chance(iosShare);
  if (channel === 'app')
    return {
      userAgent: ios
        ? `MarketApp/6.${rng.int(20, 24)} (iPhone; iOS 18.${rng.int(0, 1)}; Scale/3.00)`
        : `MarketApp/6.${rng.int(20, 24)} (Android ${rng.int(12, 15)}; ${rng.pick(ANDROID)})`,
      id: ios ? `ios_${rng.token(24)}` : `and_${rng.token(24)}`,
    };
  return {
    userAgent: ios
      ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
      : `Mozilla/5.0 (Linux; Android ${rng.int(12, 15)}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(128, 131)}.0.0.0 Mobile Safari/537.36`,
    ...(rng.chance(0.7) ? { id: `wd_${rng.token(20)}` } : {}),
  };
}

export const attempt = (
  card: Card | undefined,
  ok: boolean,
  afterMs: number,
  cvc: CheckResult = 'pass',
): Attempt => ({
  ...(card ? { card } : {}),
  ok,
  cvc: card ? cvc : 'unavailable',
  afterMs,
});

export const userId = (rng: Rng): string => `u${rng.digits(9)}`;
