import { type BasketLine, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { orderTime } from './calendar.js';
import { type Category, everydayProduct, line } from './catalog.js';
import { basketOf, freightFor } from './freight.js';
import { NETWORKS } from './networks.js';
import { lockerAddress } from './places.js';
import { choose, honestPayment } from './payments.js';
import {
  type Address,
  type Attempt,
  type Carrier,
  type Delivery,
  type Device,
  type Later,
  type Method,
  type Purchase,
} from './purchase.js';
import { type Shopper, type Shoppers } from './shoppers.js';

/** How an honest order is put together; each honest kind (honest.ts) bends some of these choices. */

export interface Ctx {
  window: Window;
  shoppers: Shoppers;
}

export interface Options {
  at?: number;
  lines?: Array<BasketLine<Category>>;
  delivery?: Delivery;
  shipping?: Address;
  billing?: Address;
  method?: Method;
  coupon?: string;
  ip?: string;
  device?: Device;
  app?: boolean;
  /** Replaces the usual payment (and its unpaid expiry). */
  payment?: (amount: number, method: Method) => { attempts: Attempt[]; later: Later[] };
  later?: Later[];
}

/** One to three everyday items; now and then two of the same (a pair of fans, two phones for the kids). */
export function everydayLines(rng: Rng): Array<BasketLine<Category>> {
  const n = rng.weightedPick([
    [1, 70],
    [2, 22],
    [3, 8],
  ] as const);
  const out = new Map<string, BasketLine<Category>>();
  for (let i = 0; i < n; i++) {
    const p = everydayProduct(rng);
    const existing = out.get(p.sku);
    if (existing) existing.quantity += 1;
    else out.set(p.sku, line(p, rng.chance(0.06) ? 2 : 1));
  }
  return [...out.values()];
}

/** Where the shopper is when ordering: phone on mobile data or home Wi-Fi, the family computer, the office. */
export function whereFrom(
  rng: Rng,
  ctx: Ctx,
  s: Shopper,
  at: number,
): { ip: string; device: Device; app: boolean } {
  const hour = (((at / 3_600_000 + s.city.tz) % 24) + 24) % 24;
  const office = s.work && hour >= 9 && hour < 18 && rng.chance(0.3);
  if (office && rng.chance(0.5))
    return { ip: ctx.shoppers.ipOn(NETWORKS.corporate), device: s.household.computer, app: false };
  if (s.platform === 'windows' || s.platform === 'mac' || rng.chance(0.12))
    return { ip: s.household.ip, device: s.household.computer, app: false };
  const ip = office || rng.chance(0.45) ? ctx.shoppers.mobileIp(s) : s.household.ip;
  return { ip, device: s.phone, app: s.app };
}

export const carrierFor = (
  delivery: Delivery,
  lines: ReadonlyArray<BasketLine<Category>>,
  rng: Rng,
): Carrier => {
  if (delivery === 'digital') return 'email';
  if (lines.some((l) => ['tv', 'fridge', 'washer', 'air_conditioner'].includes(l.category)))
    return 'transportadora';
  return rng.chance(0.6) ? 'correios_sedex' : 'correios_pac';
};

export function defaultDelivery(rng: Rng, s: Shopper, lines: ReadonlyArray<BasketLine<Category>>): Delivery {
  if (lines.every((l) => l.category === 'gift_card')) return 'digital';
  return rng.weighted<Delivery>({ home: 78, work: s.work ? 13 : 0, locker: 9, digital: 0 });
}

export function shippingFor(rng: Rng, s: Shopper, delivery: Delivery): Address | undefined {
  if (delivery === 'digital') return undefined;
  if (delivery === 'work' && s.work) return s.work;
  if (delivery === 'locker') return lockerAddress(rng, s.city);
  return s.home;
}

function couponFor(rng: Rng, s: Shopper, at: number, app: boolean): string | undefined {
  const created = s.customer.createdAt;
  if (created !== undefined && at - created < 3 * 86_400_000 && rng.chance(0.45)) return 'PRIMEIRACOMPRA';
  if (app && rng.chance(0.12)) return 'APP30';
  return rng.chance(0.16) ? 'BLACK10' : undefined;
}

/** An honest purchase by `s`, with the usual choices unless `o` says otherwise. */
export function honestOrder(rng: Rng, ctx: Ctx, kind: string, s: Shopper, o: Options = {}): Purchase {
  const at = o.at ?? orderTime(rng, ctx.window, s.city.tz);
  const from = whereFrom(rng, ctx, s, at);
  const ip = o.ip ?? from.ip;
  const device = o.device ?? from.device;
  const app = o.app ?? (o.device ? false : from.app);
  const lines = o.lines ?? everydayLines(rng);
  const delivery = o.delivery ?? defaultDelivery(rng, s, lines);
  const shipping = o.shipping ?? shippingFor(rng, s, delivery);
  const guess = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const method =
    o.method ??
    choose(rng, guess, { ...(s.wallet ? { wallet: s.wallet } : {}), nordeste: s.city.region === 'nordeste' });
  const coupon = 'coupon' in o ? o.coupon : couponFor(rng, s, at, app);
  const basket = basketOf(lines, freightFor(lines, s.city.region, delivery), {
    pix: method === 'pix',
    ...(coupon ? { coupon } : {}),
  });
  const pay = o.payment
    ? o.payment(basket.amount, method)
    : honestPayment(rng, method, basket.amount, s.cards, s.wallet);
  return {
    at,
    fraud: false,
    kind,
    basket,
    billing: o.billing ?? s.home,
    attempts: pay.attempts,
    later: [...pay.later, ...(o.later ?? [])],
    buyer: s.customer,
    method,
    delivery,
    carrier: carrierFor(delivery, lines, rng),
    ...(shipping ? { shipping } : {}),
    ip,
    device,
    app,
    ...(coupon ? { coupon } : {}),
  };
}
