import { betweenHours } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { flashMoment, when } from './calendar.js';
import {
  airtime,
  type Category,
  type Denomination,
  giftCard,
  type Line,
  lineOf,
  pickProduct,
} from './catalog.js';
import { device, profile } from './devices.js';
import { homeAddress, type Market, pickCity, TZ } from './markets.js';
import { type Ctx, honestOrder } from './honest-kit.js';
import { type Purchase } from './purchase.js';

/** The everyday honest orders of Black Friday week: phones, accessories, airtime, appliances, power, laptops. */

/** Lines priced in the shopper's market (catalogue lines are re-priced per market). */
function priced(rng: Rng, m: Market, picks: ReadonlyArray<readonly [Category, boolean, number]>): Line[] {
  return picks.map(([c, up, q]) => lineOf(pickProduct(rng, c, up), m, q));
}

const extras = (rng: Rng): Array<readonly [Category, boolean, number]> =>
  rng.chance(0.35) ? [['accessory', false, 1]] : [];

export function phonePurchase(rng: Rng, ctx: Ctx): Purchase {
  const s = ctx.shoppers.next(rng);
  const up = s.profile.ios || (s.market === 'ZA' && rng.chance(0.4));
  const at = when(rng, ctx.window, TZ[s.market]);
  return honestOrder(rng, ctx, s, {
    kind: 'phone_purchase',
    at,
    lines: priced(rng, s.market, [['phone', up, 1], ...extras(rng)]),
  });
}

export function accessoriesSmall(rng: Rng, ctx: Ctx): Purchase {
  const s = ctx.shoppers.next(rng);
  const n = rng.weighted({ 1: 55, 2: 30, 3: 15 });
  const picks = Array.from(
    { length: Number(n) },
    () => [rng.chance(0.55) ? 'accessory' : 'small_appliance', false, rng.chance(0.1) ? 2 : 1] as const,
  );
  return honestOrder(rng, ctx, s, {
    kind: 'accessories_small',
    at: when(rng, ctx.window, TZ[s.market]),
    lines: priced(rng, s.market, picks),
  });
}

/** Airtime and data for oneself or family, bought in the store's app; regulars come back during the week. */
export function airtimeTopup(rng: Rng, ctx: Ctx): Purchase {
  const s = ctx.shoppers.next(rng);
  const size = rng.weighted({ 0: 35, 1: 35, 2: 22, 3: 8 });
  const lines = [airtime(rng, s.market, Number(size) as Denomination)];
  if (rng.chance(0.15)) lines.push(airtime(rng, s.market, 0));
  return honestOrder(rng, ctx, s, {
    kind: 'airtime_topup',
    at: when(rng, ctx.window, TZ[s.market]),
    lines,
    failRate: 0.08,
  });
}

export function homeAppliance(rng: Rng, ctx: Ctx): Purchase {
  const s = ctx.shoppers.next(rng);
  const main: Category = rng.chance(0.55) ? 'tv' : 'appliance';
  const picks = [
    [main, rng.chance(0.3), 1] as const,
    ...(rng.chance(0.3) ? [['small_appliance', false, 1] as const] : []),
  ];
  const at = when(rng, ctx.window, TZ[s.market]);
  return honestOrder(rng, ctx, s, {
    kind: 'home_appliance',
    at,
    lines: priced(rng, s.market, picks),
    delivery: 'home',
  });
}

/** Generators in Nigeria and Ghana, inverters, batteries and solar kits everywhere (load-shedding, grid outages). */
export function powerBackup(rng: Rng, ctx: Ctx): Purchase {
  const market = rng.weighted<Market>({ NG: 45, ZA: 30, GH: 15, KE: 10 });
  const s = ctx.shoppers.next(rng, market);
  const lines = priced(rng, market, [['power', market === 'ZA' || rng.chance(0.3), 1]]);
  if (rng.chance(0.25)) lines.push(...priced(rng, market, [['power', false, 1]]));
  return honestOrder(rng, ctx, s, {
    kind: 'power_backup',
    at: when(rng, ctx.window, TZ[market]),
    lines,
    delivery: 'home',
  });
}

/** Ordered from the office in working hours on the desktop, delivered there. */
export function laptopWork(rng: Rng, ctx: Ctx): Purchase {
  const found = ctx.shoppers.next(rng, undefined, { worker: true });
  const s = found.office ? found : ctx.shoppers.fresh(rng, found.market, { worker: true });
  const at = betweenHours((a, b) => rng.float(a, b), ctx.window, TZ[s.market], 9, 17);
  const lines = priced(rng, s.market, [['laptop', rng.chance(0.35), 1], ...extras(rng)]);
  return honestOrder(rng, ctx, s, {
    kind: 'laptop_work',
    at,
    lines,
    delivery: 'office',
    ip: ctx.shoppers.ip(rng, s, 'office'),
    device: device(rng, { ...s.profile, channel: 'desktop' }),
  });
}

/** Big-city orders paid at the door: phones and TVs, cash or the rider's POS. */
export function podCityOrder(rng: Rng, ctx: Ctx): Purchase {
  const market = rng.weighted<Market>({ NG: 60, KE: 20, GH: 15, ZA: 5 });
  const s = ctx.shoppers.next(rng, market, { bigCity: true });
  const lines = priced(rng, market, [[rng.chance(0.6) ? 'phone' : 'tv', false, 1], ...extras(rng)]);
  return honestOrder(rng, ctx, s, {
    kind: 'pod_city_order',
    at: when(rng, ctx.window, TZ[market]),
    lines,
    delivery: 'home',
    method: 'pay_on_delivery',
  });
}

/** An account opened minutes before a flash deal, on the app, for the doorbuster. */
export function flashSaleNewAccount(rng: Rng, ctx: Ctx): Purchase {
  const s = ctx.shoppers.fresh(rng, rng.weighted<Market>({ NG: 40, KE: 22, ZA: 25, GH: 13 }));
  s.age = 0;
  s.device = device(rng, profile(rng, s.market, 'app'));
  const at = flashMoment(rng, ctx.window, TZ[s.market]);
  const lines = priced(rng, s.market, [
    [rng.pick<Category>(['phone', 'tv', 'gaming', 'accessory']), false, 1],
  ]);
  return honestOrder(rng, ctx, s, {
    kind: 'flash_sale_new_account',
    at,
    lines,
    coupon: 'FLASH10',
    failRate: 0.15,
  });
}

/** The first payment is declined (OTP, funds, issuer down) and the shopper tries again. */
export function declinedThenRetry(rng: Rng, ctx: Ctx): Purchase {
  const s = ctx.shoppers.next(rng);
  const method =
    s.market === 'KE' && rng.chance(0.5)
      ? 'mpesa'
      : s.market === 'GH' && rng.chance(0.5)
        ? 'mtn_momo'
        : 'card';
  const lines = priced(rng, s.market, [
    [rng.pick<Category>(['phone', 'laptop', 'tv', 'accessory']), false, 1],
  ]);
  return honestOrder(rng, ctx, s, {
    kind: 'declined_then_retry',
    at: when(rng, ctx.window, TZ[s.market]),
    lines,
    method,
    firstFails: true,
  });
}

/** A present: sent to a friend's or parent's address in another city, or an e-gift card. */
export function giftForSomeone(rng: Rng, ctx: Ctx): Purchase {
  const s = ctx.shoppers.next(rng);
  const at = when(rng, ctx.window, TZ[s.market]);
  if (rng.chance(0.4))
    return honestOrder(rng, ctx, s, {
      kind: 'gift_for_someone',
      at,
      lines: [giftCard(rng, s.market, rng.pick<Denomination>([0, 1, 1, 2, 3]))],
      delivery: 'digital',
    });
  const shipping = homeAddress(rng, pickCity(rng, s.market));
  const lines = priced(rng, s.market, [
    [rng.pick<Category>(['phone', 'accessory', 'small_appliance', 'tv']), false, 1],
  ]);
  return honestOrder(rng, ctx, s, { kind: 'gift_for_someone', at, lines, shipping, delivery: 'home' });
}
