import {
  accountBuyer,
  type Address,
  betweenHours,
  type Buyer,
  type Device,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Drop, DROPS, dropTime } from './calendar.js';
import { type Basket, type Fulfilment, type Line, priced } from './catalogue.js';
import { type Account } from './people.js';
import { type Attempt, type Channel, DAY, HOUR, type LaterEvent, type Purchase } from './purchase.js';

/** The stream's window, its drops, the customer base, and how a purchase is put together. */

export interface World {
  window: Window;
  customers: Account[];
  drops: ReadonlyArray<{ drop: Drop; at: number }>;
}

export function world(window: Window, customers: Account[]): World {
  const span = window.end - window.start;
  return {
    window,
    customers,
    drops: DROPS.map((drop) => ({ drop, at: dropTime(drop, window.start, span) })),
  };
}

export const fcfsDrops = (w: World) => w.drops.filter((d) => !d.drop.raffle);
export const raffle = (w: World) =>
  w.drops.find((d) => d.drop.raffle) ?? (w.drops[0] as { drop: Drop; at: number });

/** Within the window (orders must be placed before its end). */
export const clamp = (w: World, t: number): number =>
  Math.floor(Math.min(w.window.end - 1000, Math.max(w.window.start, t)));

/**
 * A moment in the buyer's own hours (a lunch bump, an evening peak, a few night owls), on a busier day when
 * something dropped and a little busier on weekends.
 */
export function localMoment(rng: Rng, w: World, tz: number): number {
  const range = (from: number, to: number) => rng.float(from, to);
  for (let i = 0; i < 40; i++) {
    const [from, to] = rng.weightedPick<readonly [number, number]>([
      [[7, 12], 2],
      [[12, 14], 3],
      [[14, 18], 3],
      [[18, 23], 6],
      [[23, 2], 1.5],
    ]);
    const t = betweenHours(range, w.window, tz, from, to);
    const dropDay = w.drops.some((d) => Math.abs(t - d.at) < 12 * HOUR);
    const weekday = new Date(t + tz * HOUR).getUTCDay();
    const weight = 1 + (dropDay ? 0.6 : 0) + (weekday === 0 || weekday === 6 ? 0.25 : 0);
    if (rng.chance(weight / 1.85)) return clamp(w, t);
  }
  return clamp(w, rng.float(w.window.start, w.window.end));
}

/** Seconds after a drop opens: lognormal around `median` seconds. */
export const afterDrop = (rng: Rng, w: World, at: number, median: number, sigma = 0.8): number =>
  clamp(w, at + rng.logNormal(median, sigma) * 1000);

export const buyerOf: (a: Account) => Buyer = accountBuyer;

export const channelOf = (device: Device): Channel =>
  device.userAgent.startsWith('Lacefront/') ? 'app' : 'web';

export interface Plan {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  lines: Line[];
  /** The sales tax rate of where the goods go (0 abroad, for pickup the store's). */
  taxRate: number;
  code?: { code: string; percent: number };
  ip: string;
  device: Device;
  channel?: Channel;
  drop?: string;
  checkoutSeconds: number;
  loyalty?: Account;
  earlyAccess?: boolean;
  giftMessage?: string;
  recipientEmail?: string;
  company?: string;
  locale: string;
  pay: (amount: number) => Attempt[];
  after: (amount: number, b: Basket) => LaterEvent[];
}

export function purchase(p: Plan): Purchase {
  const shipTo = p.shipping?.country ?? 'US';
  const basket = priced(p.lines, p.fulfilment, shipTo, p.taxRate, p.code);
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket,
    billing: p.billing,
    attempts: p.pay(basket.amount),
    later: p.after(basket.amount, basket),
    buyer: p.buyer,
    ...(p.shipping ? { shipping: p.shipping } : {}),
    fulfilment: p.fulfilment,
    ip: p.ip,
    device: p.device,
    channel: p.channel ?? channelOf(p.device),
    ...(p.drop ? { drop: p.drop } : {}),
    checkoutSeconds: Math.max(1, Math.round(p.checkoutSeconds)),
    ...(p.loyalty
      ? { loyalty: { tier: p.loyalty.tier, points: p.loyalty.points, earlyAccess: p.earlyAccess ?? false } }
      : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(p.company ? { company: p.company } : {}),
    locale: p.locale,
  };
}

export const LOCALES: Record<string, string> = {
  US: 'en-US',
  CA: 'en-CA',
  GB: 'en-GB',
  DE: 'de-DE',
  FR: 'fr-FR',
  NL: 'nl-NL',
  JP: 'ja-JP',
  AU: 'en-AU',
  AE: 'en-AE',
  SG: 'en-SG',
  MY: 'en-MY',
  PH: 'en-PH',
  HK: 'zh-HK',
  KR: 'ko-KR',
};

export const localeOf = (country: string): string => LOCALES[country] ?? 'en-US';

export { DAY, HOUR };
