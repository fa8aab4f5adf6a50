import { type Rng } from '../kit/random.js';
import { type Line } from './catalogue.js';
import { type Currency } from './places.js';

/**
 * How an order leaves Sakai and what it costs. In Japan: Yamato next-day delivery (¥880, free from ¥11,000) or
 * pickup at the shop. Abroad: EMS (Japan Post) or DHL Express. Blades to the UK go only by DHL with an age check
 * at the door (the Offensive Weapons Act makes the carrier verify the recipient is an adult); to the US only by
 * DHL with duties prepaid (about 15 % on Japanese goods since the de minimis exemption ended). The shop does not
 * send blades to parcel forwarders.
 */

export type Fulfilment = 'yamato' | 'pickup' | 'ems' | 'dhl';

export interface Basket {
  lines: Line[];
  currency: Currency;
  /** Items less discount plus shipping and duties, minor units. */
  amount: number;
  shippingFee: number;
  duties: number;
  discount: number;
  code?: string;
}

/** Whether a basket holds a blade (knives, limited runs, gift sets). */
export const hasBlade = (lines: readonly Line[]): boolean =>
  lines.some((l) => l.category === 'knife' || l.category === 'limited' || l.category === 'gift_set');

/** The carrier the buyer picks (or is given) for a destination. */
export function carrierFor(rng: Rng, to: string, lines: readonly Line[], pickup = 0): Fulfilment {
  if (to === 'JP') return rng.chance(pickup) ? 'pickup' : 'yamato';
  if (to === 'US' || (to === 'GB' && hasBlade(lines))) return 'dhl';
  return rng.chance(0.3) ? 'dhl' : 'ems';
}

/** Flat fees by currency and carrier, whole units, and the EMS free-shipping threshold. */
const FEES: Readonly<Record<Exclude<Currency, 'JPY'>, { ems: number; dhl: number; free: number }>> = {
  USD: { ems: 28, dhl: 45, free: 400 },
  EUR: { ems: 30, dhl: 45, free: 350 },
  GBP: { ems: 28, dhl: 38, free: 500 },
  AUD: { ems: 40, dhl: 68, free: 600 },
};

export function shippingFee(f: Fulfilment, items: number, c: Currency): number {
  if (f === 'pickup') return 0;
  if (c === 'JPY') return items >= 11_000 ? 0 : 880;
  const fee = FEES[c];
  if (f === 'ems') return items >= fee.free * 100 ? 0 : fee.ems * 100;
  return items >= fee.free * 300 ? 0 : fee.dhl * 100;
}

/** The basket's money: items, a percentage discount code, shipping, US duties prepaid. */
export function basketOf(
  lines: Line[],
  c: Currency,
  to: string | undefined,
  f: Fulfilment,
  code?: { code: string; percent: number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = code
    ? Math.round((items * code.percent) / 100 / (c === 'JPY' ? 1 : 100)) * (c === 'JPY' ? 1 : 100)
    : 0;
  const shipping = shippingFee(f, items, c);
  const duties = to === 'US' && f === 'dhl' ? Math.round((items - discount) * 0.15) : 0;
  return {
    lines,
    currency: c,
    amount: items - discount + shipping + duties,
    shippingFee: shipping,
    duties,
    discount,
    ...(code ? { code: code.code } : {}),
  };
}
