import { type Window, HOUR, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Line, priced, subtotal } from './catalog.js';
import { type Addresses, network } from './networks.js';
import { honestAttempts } from './payments.js';
import { type Member, member, overseasCountry } from './people.js';
import {
  type Address,
  type Attempt,
  type Channel,
  type Customer,
  type Device,
  type Later,
  type Method,
  type Purchase,
  type ShipMethod,
} from './purchase.js';
import { type Card } from '../kit/purchase.js';

/** What honest planners share: the window, the crowd of members, the address pools, and the purchase builder. */

/** Registered members, drawn once per stream, so repeat customers really repeat within the week. */
export class Crowd {
  readonly domestic: Member[];
  readonly overseas: Member[];

  constructor(
    rng: Rng,
    readonly ips: Addresses,
    now: number,
  ) {
    this.domestic = Array.from({ length: 700 }, (_, i) => member(rng.fork(`kr${i}`), ips, now));
    this.overseas = Array.from({ length: 320 }, (_, i) => {
      const r = rng.fork(`ov${i}`);
      return member(r, ips, now, overseasCountry(r), r.exp(300) + 10);
    });
    // One household in ten has a second shopper on the same line, address and family tablet.
    for (const [i, m] of this.domestic.entries())
      if (i % 10 === 0) {
        const r = rng.fork(`fam${i}`);
        const f = member(r, ips, now);
        m.family = { ...f, home: m.home, homeNet: m.homeNet, homeIp: m.homeIp, desktop: m.desktop };
      }
  }
}

export interface Ctx {
  w: Window;
  start: number;
  crowd: Crowd;
  ips: Addresses;
}

/** Coupons the sale runs: the welcome coupon, the 11.11 code and influencers' codes (percent off). */
export const COUPONS = {
  WELCOME10: 10,
  '1111GLOW': 11,
  JIYOON15: 15,
  MINAGLOW12: 12,
  SKINWITHHANA: 12,
} as const;
export type Coupon = keyof typeof COUPONS;

export interface Plan {
  kind: string;
  at: number;
  buyer: Customer;
  billing: Address;
  shipping: Address;
  recipient?: string;
  ip: string;
  device: Device;
  channel: Channel;
  lines: Line[];
  coupon?: Coupon;
  /** A referral code and its flat discount. */
  referral?: string;
  flat?: number;
  points?: number;
  method: Method;
  card?: Card;
  attempts?: Attempt[];
  later?: Later[];
  gift?: boolean;
  subscription?: 'new' | 'renewal';
  shipMethod?: ShipMethod;
  fraud?: boolean;
}

export function shipMethodFor(country: string, basket: Basket): ShipMethod {
  if (country === 'KR') return 'cj_parcel';
  if (basket.amount - basket.shipping >= 400_000) return 'dhl';
  return subtotal(basket.lines) >= 50_000 ? 'ems' : 'k_packet';
}

/** The purchase as planned: priced, paid as planned (or as an honest holder pays), nothing after yet. */
export function build(rng: Rng, p: Plan): Purchase {
  const percent = p.coupon ? COUPONS[p.coupon] : 0;
  const basket = priced(p.lines, p.shipping.country ?? 'KR', {
    percent,
    flat: p.flat ?? 0,
    points: p.points ?? 0,
  });
  const attempts = p.attempts ?? honestAttempts(rng, p.method, p.card);
  return {
    at: p.at,
    fraud: p.fraud ?? false,
    kind: p.kind,
    basket,
    billing: p.billing,
    attempts,
    later: p.later ?? [],
    buyer: p.buyer,
    method: attempts[0]?.method ?? p.method,
    shipping: p.shipping,
    ...(p.recipient ? { recipient: p.recipient } : {}),
    shipMethod: p.shipMethod ?? shipMethodFor(p.shipping.country ?? 'KR', basket),
    ip: p.ip,
    device: p.device,
    channel: p.channel,
    ...(p.coupon ? { coupon: p.coupon } : {}),
    ...(p.referral ? { referral: p.referral } : {}),
    ...(p.gift ? { gift: true } : {}),
    ...(p.subscription ? { subscription: p.subscription } : {}),
  };
}

/**
 * What happens to an honest order afterwards: shipped within a working day; a few cancelled by the customer
 * before dispatch; a few partly refunded (a leaking bottle); an unpaid virtual account cancelled after two
 * days; very rarely a dispute about a parcel lost on the way abroad.
 */
export function afterwards(rng: Rng, p: Purchase): Purchase {
  const paid = p.attempts.some((a) => a.ok);
  const later: Later[] = [...p.later];
  const payAt = p.attempts.reduce((t, a) => t + a.afterMs, 0);
  if (!paid) {
    const why = p.method === 'virtual_account' ? 'unpaid_virtual_account' : 'payment_failed';
    later.push({
      type: 'order.cancelled',
      afterMs: p.method === 'virtual_account' ? 48 * HOUR : 72 * HOUR,
      reason: why,
    });
    return { ...p, later };
  }
  if (rng.chance(0.025)) {
    later.push({
      type: 'order.cancelled',
      afterMs: payAt + rng.float(0.2, 6) * HOUR,
      reason: 'customer_request',
    });
    return { ...p, later };
  }
  const shippedAt = payAt + rng.float(4, 30) * HOUR;
  later.push({ type: 'order.updated', afterMs: shippedAt, shipped: true });
  if (rng.chance(0.015))
    later.push({
      type: 'refund.created',
      afterMs: shippedAt + rng.float(2, 9) * DAY,
      reason: 'damaged_item',
      amount: Math.round(p.basket.amount * rng.float(0.1, 0.4)),
    });
  else if (p.shipping.country !== 'KR' && rng.chance(0.004))
    later.push({
      type: 'dispute.created',
      afterMs: shippedAt + rng.float(25, 50) * DAY,
      reason: 'product_not_received',
    });
  return { ...p, later };
}

/** A member's mobile or home connection as it is at checkout. */
export function connection(
  rng: Rng,
  c: Ctx,
  m: Member,
  mobile: boolean,
): { ip: string; device: Device; channel: Channel } {
  const device = mobile ? m.phone : m.desktop;
  const ip = mobile ? c.ips.draw(m.mobileNet) : rng.chance(0.85) ? m.homeIp : c.ips.draw(m.homeNet);
  return { ip, device, channel: device.id?.startsWith('app-') ? 'app' : 'web' };
}

export { network };
