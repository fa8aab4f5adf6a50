import { DAY, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Category } from './catalog.js';
import { basketOf, freightFor } from './freight.js';
import { device, type Platform } from './devices.js';
import { carrierFor } from './honest-kit.js';
import { NETWORKS } from './networks.js';
import { cpf, emailOf, mobile, person, type Person } from './people.js';
import { type City } from './places.js';
import {
  type Address,
  type Attempt,
  type Customer,
  type Delivery,
  type Device,
  type Later,
  type Method,
  type Purchase,
} from './purchase.js';
import { type Shoppers } from './shoppers.js';
import { type BasketLine } from '../kit/purchase.js';

/** Fraud kinds with their shares of fraud orders, and what the fraud planners share. */
export const FRAUD = {
  stolen_card: 24,
  card_testing: 14,
  account_takeover: 13,
  mule_reshipping: 9,
  triangulation: 7,
  promo_abuse: 12,
  friendly_fraud: 12,
  refund_abuse: 9,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** Orders per kind for `n` fraud orders: the shares by largest remainder, at least one of each from eight up. */
export function allocate(n: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const total = kinds.reduce((a, k) => a + FRAUD[k], 0);
  const floor = n >= kinds.length ? 1 : 0;
  const rest = n - floor * kinds.length;
  const exact = kinds.map((k) => [k, (rest * FRAUD[k]) / total] as const);
  const out = Object.fromEntries(exact.map(([k, x]) => [k, floor + Math.floor(x)])) as Record<
    FraudKind,
    number
  >;
  let left = n - kinds.reduce((a, k) => a + out[k], 0);
  for (const [k] of [...exact].sort((a, b) => (b[1] % 1) - (a[1] % 1))) {
    if (left <= 0) break;
    out[k] += 1;
    left -= 1;
  }
  return out;
}

export interface FraudCtx {
  window: Window;
  /** The people whose cards, accounts and names are abused, and the customers who turn to fraud. */
  victims: Shoppers;
}

/** A fraudster's phone or computer: fresh, often with the fingerprint script blocked. */
export function fraudDevice(rng: Rng, platform?: Platform): Device {
  const d = device(
    rng,
    platform ?? rng.weighted<Platform>({ android: 55, windows: 35, ios: 10, mac: 0 }),
    false,
  );
  return rng.chance(0.3) ? { userAgent: d.userAgent } : d;
}

/** Where a fraudster connects from: residential proxies on Brazilian ISPs, mobile data, VPNs, cloud. */
export function fraudIp(rng: Rng, ctx: FraudCtx, mix = { proxy: 50, mobile: 30, vpn: 12, cloud: 8 }): string {
  const pick = rng.weighted(mix);
  if (pick === 'proxy') return ctx.victims.ipOn(NETWORKS.proxyBr);
  if (pick === 'mobile')
    return ctx.victims.ipOn(rng.pick([NETWORKS.vivoMovel, NETWORKS.claroMovel, NETWORKS.timMovel]));
  if (pick === 'vpn') return ctx.victims.ipOn(rng.pick([NETWORKS.vpnNl, NETWORKS.vpnUs]));
  return ctx.victims.ipOn(NETWORKS.cloudSp);
}

/** A made-up buyer: a name, an ordinary-looking e-mail, a generated CPF (check digits valid), a prepaid SIM. */
export function fakeBuyer(
  rng: Rng,
  at: number,
  account: 'new' | 'guest' | 'aged',
  p: Person = person(rng),
): Customer {
  const createdAt = account === 'aged' ? at - rng.float(180, 1500) * DAY : at - rng.float(2, 90) * MINUTE;
  return {
    ...(account === 'guest' ? {} : { id: `cus_${rng.token(14)}`, createdAt: Math.floor(createdAt) }),
    email: rng.chance(0.3)
      ? `${rng.token(rng.int(7, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(3)}@gmail.com`
      : emailOf(rng, p),
    name: p.name,
    taxId: cpf(rng),
    phone: mobile(rng),
  };
}

export interface FraudOrder {
  at: number;
  kind: FraudKind;
  buyer: Customer;
  lines: Array<BasketLine<Category>>;
  delivery: Delivery;
  shipping?: Address;
  billing: Address;
  city: City;
  method: Method;
  ip: string;
  device: Device;
  app?: boolean;
  coupon?: string;
  /** The attempts for the order's amount. */
  pay: (amount: number) => Attempt[];
  later?: Later[];
}

/** A fraud order as a purchase (freight by the destination's region, Pix discount and coupon applied). */
export function fraudPurchase(rng: Rng, o: FraudOrder): Purchase {
  const basket: Basket = basketOf(o.lines, freightFor(o.lines, o.city.region, o.delivery), {
    pix: o.method === 'pix',
    ...(o.coupon ? { coupon: o.coupon } : {}),
  });
  return {
    at: Math.floor(o.at),
    fraud: true,
    kind: o.kind,
    basket,
    billing: o.billing,
    attempts: o.pay(basket.amount),
    later: o.later ?? [],
    buyer: o.buyer,
    method: o.method,
    delivery: o.delivery,
    carrier: carrierFor(o.delivery, o.lines, rng),
    ...(o.shipping ? { shipping: o.shipping } : {}),
    ip: o.ip,
    device: o.device,
    app: o.app ?? false,
    ...(o.coupon ? { coupon: o.coupon } : {}),
  };
}

/** What the card's owner and the issuer do later: early fraud warnings, chargebacks ("não reconheço"). */
export function chargeback(rng: Rng, p: { warning: number; dispute: number }): Later[] {
  const out: Later[] = [];
  if (rng.chance(p.warning))
    out.push({ type: 'fraud_warning.created', afterMs: rng.float(1, 8) * DAY, reason: 'fraudulent' });
  if (rng.chance(p.dispute))
    out.push({ type: 'dispute.created', afterMs: rng.float(12, 50) * DAY, reason: 'fraudulent' });
  return out;
}
