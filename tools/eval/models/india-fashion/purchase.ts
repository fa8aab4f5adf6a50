import {
  type Buyer,
  DAY,
  type Device,
  HOUR,
  localHour,
  type MethodAttempt,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card } from './cards.js';
import { type Basket } from './catalog.js';
import { type Address } from './places.js';

/** One planned purchase before events.ts renders it; the sale calendar and the devices shoppers use. */

export { DAY, type Device, HOUR, MINUTE as MIN, type Window } from '../kit/purchase.js';

/** How an order is paid: UPI, wallets, net banking and pay-later never show the store a card. */
export type Method = 'card' | 'upi' | 'wallet' | 'netbanking' | 'paylater' | 'cod';

export type Attempt = MethodAttempt<Method, Card>;

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
  /** `order.updated`: a new delivery address. */
  shipping?: Address;
  /** `order.updated`: switched to cash on delivery after the online payment failed. */
  method?: Method;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, Later> {
  buyer: Buyer;
  /** What the shopper chose at checkout. */
  method: Method;
  /** Absent for e-gift cards, which are e-mailed. */
  shipping?: Address;
  ip: string;
  device: Device;
}

/** India Standard Time, UTC+5:30. */
export const IST = 5.5;

/** Orders by IST hour on an ordinary day: a lunch bump, the big evening after dinner, quiet before dawn. */
const BY_HOUR = [
  3.0, 1.6, 0.9, 0.5, 0.35, 0.4, 0.8, 1.4, 2.0, 2.6, 3.2, 3.6, 4.0, 4.2, 3.9, 3.7, 3.7, 3.9, 4.2, 4.6, 5.2,
  5.8, 5.6, 4.5,
];
const PEAK = 3.0 * 6;

/** The festive sale opens at the first IST midnight at or after the stream's start. */
export function saleOpens(start: number): number {
  const shift = IST * HOUR;
  return Math.ceil((start + shift) / DAY) * DAY - shift;
}

/**
 * How busy the store is at `t`: the hour curve, a lull in the hours before the sale (carts are filled and
 * wishlisted, not bought), the midnight rush when it opens, a strong first day and a tail after.
 */
export function busy(t: number, open: number, tz = IST, rush = true): number {
  const h = Math.floor(localHour(t, tz));
  const base = BY_HOUR[h] ?? 1;
  if (t < open) return base * 0.75;
  const since = t - open;
  if (rush && since < HOUR) return base * 6;
  if (rush && since < 2 * HOUR) return base * 3.5;
  if (rush && since < 3 * HOUR) return base * 1.8;
  const day = Math.floor(since / DAY);
  return base * (day === 0 ? 2 : day === 1 ? 1.5 : day === 2 ? 1.3 : 1.1);
}

/** A moment in [from, to) following the store's curve (or a shopper abroad's own evening, `tz`). */
export function when(
  rng: Rng,
  w: Window,
  {
    tz = IST,
    rush = true,
    from = w.start,
    to = w.end,
  }: { tz?: number; rush?: boolean; from?: number; to?: number } = {},
): number {
  const open = saleOpens(w.start);
  for (let i = 0; i < 100; i++) {
    const t = rng.float(from, to);
    if (rng.next() * PEAK < busy(t, open, tz, rush)) return Math.floor(t);
  }
  return Math.floor(rng.float(from, to));
}

/** A moment in the first `hours` of the sale (or anywhere in the window if it opens too late). */
export function inRush(rng: Rng, w: Window, hours = 2): number {
  const open = saleOpens(w.start);
  const end = Math.min(w.end, open + hours * HOUR);
  if (open >= end) return when(rng, w);
  const offset = rng.exp(hours * HOUR * 0.35) % (end - open);
  return Math.floor(open + offset);
}

const ANDROID_MIDRANGE = [
  '2312DRA50I',
  'SM-M346B',
  'RMX3710',
  'V2318',
  'CPH2591',
  'CPH2613',
  '23122PCD1I',
  'I2301',
];
const ANDROID_ENTRY = ['SM-A155F', '23129RN51X', 'SM-E156B', 'RMX3761', 'V2337', 'itel A70', 'LAVA Blaze 2'];
const IPHONES = ['iPhone14,7', 'iPhone15,2', 'iPhone15,4', 'iPhone16,1', 'iPhone17,3'];

const chrome = (rng: Rng) => `Chrome/${rng.int(138, 142)}.0.0.0`;
const appVersion = (rng: Rng) => `8.${rng.int(9, 12)}.${rng.int(0, 6)}`;

/** Whether a shopper uses an iPhone: more in the metros and abroad. */
export const iosShare = (tier: 1 | 2 | 3 | 'abroad'): number =>
  tier === 'abroad' ? 0.5 : tier === 1 ? 0.16 : tier === 2 ? 0.08 : 0.04;

/** The app (with its install id), the mobile site, or a desktop browser (the fingerprint script most times). */
export function device(
  rng: Rng,
  ios: boolean,
  channel: 'app' | 'mweb' | 'desktop' = rng.weighted({ app: 72, mweb: 20, desktop: 8 }),
  budget = false,
): Device {
  if (channel === 'desktop')
    return {
      userAgent: rng.chance(0.82)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(rng)} Safari/537.36`
        : 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15',
      ...(rng.chance(0.85) ? { id: `web_${rng.token(22)}` } : {}),
    };
  const model = ios ? rng.pick(IPHONES) : rng.pick(budget ? ANDROID_ENTRY : ANDROID_MIDRANGE);
  if (channel === 'app')
    return {
      userAgent: ios
        ? `SaanjhApp/${appVersion(rng)} (${model}; iOS 18.${rng.int(3, 6)}; Scale/3.00)`
        : `SaanjhApp/${appVersion(rng)} (Android ${rng.int(12, 15)}; ${model})`,
      id: `${ios ? 'i' : 'a'}-${rng.token(8)}-${rng.token(4)}-${rng.token(12)}`,
    };
  return {
    userAgent: ios
      ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1'
      : `Mozilla/5.0 (Linux; Android ${rng.int(12, 15)}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) ${chrome(rng)} Mobile Safari/537.36`,
    ...(rng.chance(0.7) ? { id: `web_${rng.token(22)}` } : {}),
  };
}

/** An Android emulator or a rooted test phone, as device farms run the app for many accounts. */
export function farmDevice(rng: Rng): Device {
  const model = rng.pick(['SM-G977N', 'SM-N976N', 'sdk_gphone64_x86_64', 'ASUS_Z01QD', 'G011A']);
  return {
    userAgent: `SaanjhApp/${appVersion(rng)} (Android ${rng.pick([9, 11, 12])}; ${model})`,
    id: `a-${rng.token(8)}-${rng.token(4)}-${rng.token(12)}`,
  };
}

/** A scripted browser: headless Chrome or a stale desktop string, no fingerprint script run. */
export function botDevice(rng: Rng): Device {
  return {
    userAgent: rng.chance(0.5)
      ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.int(120, 138)}.0.0.0 Safari/537.36`
      : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36',
    ...(rng.chance(0.25) ? { id: `web_${rng.token(22)}` } : {}),
  };
}
