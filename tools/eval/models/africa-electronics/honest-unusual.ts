import { betweenHours } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { when } from './calendar.js';
import { type Category, type Denomination, giftCard, lineOf, pickProduct } from './catalog.js';
import { issueCard } from './cards.js';
import { device, profile } from './devices.js';
import { type Abroad, abroadAddress, homeAddress, type Market, officeAddress, TZ } from './markets.js';
import { address, networksOf, type Network } from './networks.js';
import { COMPANY_MAIL, emailFor, returningAge } from './people.js';
import { type Ctx, honestOrder } from './honest-kit.js';
import { type Purchase } from './purchase.js';

/**
 * Honest orders that look odd: the diaspora paying from abroad for family at home, locals travelling, VPN
 * users, small shops restocking and companies equipping staff. A fraud team sees these every day.
 */

/** Someone in London, Houston or Dubai buying for family back home on their own card, in the evening there. */
export function diasporaFamily(rng: Rng, ctx: Ctx): Purchase {
  const abroad = rng.weighted<Abroad>({ GB: 45, US: 35, AE: 20 });
  const market = rng.weighted<Market>({ NG: 45, GH: 25, KE: 20, ZA: 10 });
  const s = ctx.shoppers.fresh(rng, market);
  const p = profile(rng, abroad);
  s.profile = p;
  s.device = device(rng, p);
  s.age = rng.chance(0.2) ? 'guest' : rng.chance(0.1) ? 0 : returningAge(rng);
  const card = issueCard(rng, abroad);
  const net: Network = rng.pick([...networksOf(abroad, 'broadband'), ...networksOf(abroad, 'mobile')]);
  const at = when(rng, ctx.window, TZ[abroad], TZ[market]);
  const category = rng.weighted({
    phone: 35,
    appliance: 15,
    power: 15,
    tv: 12,
    laptop: 8,
    gift_card: 15,
  });
  const lines =
    category === 'gift_card'
      ? [giftCard(rng, market, rng.pick<Denomination>([1, 2, 3, 4]))]
      : [lineOf(pickProduct(rng, category, rng.chance(0.5)), market)];
  const family = homeAddress(rng, s.city);
  return honestOrder(rng, ctx, s, {
    kind: 'diaspora_family',
    at,
    lines,
    cards: [card],
    method: 'card',
    billing: abroadAddress(rng, abroad),
    ...(category === 'gift_card'
      ? { delivery: 'digital' as const }
      : { shipping: family, delivery: 'home' as const }),
    ip: address(rng, net, net.v6.length > 0 && rng.chance(0.3)),
    failRate: 0.16,
  });
}

/** A local shopper abroad (a conference in Dubai, a holiday in London): hotel Wi-Fi, their own card, home delivery. */
export function travellerAbroad(rng: Rng, ctx: Ctx): Purchase {
  const s = ctx.shoppers.next(rng);
  const abroad = rng.weighted<Abroad>({ AE: 40, GB: 35, US: 25 });
  const net = rng.pick(networksOf(abroad, 'broadband'));
  const at = when(rng, ctx.window, TZ[abroad], TZ[s.market]);
  const lines = rng.chance(0.3)
    ? [giftCard(rng, s.market, 1)]
    : [lineOf(pickProduct(rng, rng.pick<Category>(['phone', 'accessory', 'tv', 'laptop'])), s.market)];
  return honestOrder(rng, ctx, s, {
    kind: 'traveller_abroad',
    at,
    lines,
    method: s.market === 'KE' && rng.chance(0.4) ? 'mpesa' : 'card',
    ip: address(rng, net),
  });
}

/** Shoppers whose phone or laptop runs a VPN (privacy, work, a streaming habit): a data-centre address. */
export function vpnUser(rng: Rng, ctx: Ctx): Purchase {
  const s = ctx.shoppers.next(rng);
  const exits = [
    ...networksOf('NL', 'vpn'),
    ...networksOf('BE', 'vpn'),
    ...networksOf('DE', 'hosting'),
    ...networksOf('GB', 'hosting'),
    ...networksOf('US', 'hosting'),
    ...networksOf('ZA', 'hosting'),
  ];
  const at = when(rng, ctx.window, TZ[s.market]);
  const lines = [
    lineOf(pickProduct(rng, rng.pick<Category>(['phone', 'laptop', 'accessory', 'gaming', 'tv'])), s.market),
  ];
  return honestOrder(rng, ctx, s, { kind: 'vpn_user', at, lines, ip: address(rng, rng.pick(exits)) });
}

/** A phone shop or kiosk restocking on the sale: many units, paid by transfer, to the shop. */
export function resellerSmallBusiness(rng: Rng, ctx: Ctx): Purchase {
  const market = rng.weighted<Market>({ NG: 50, KE: 20, GH: 20, ZA: 10 });
  const s = ctx.shoppers.next(rng, market, { worker: true });
  const cheap = rng.chance(0.5);
  const lines = cheap
    ? [
        lineOf(pickProduct(rng, 'accessory'), market, rng.int(10, 40)),
        lineOf(pickProduct(rng, 'accessory'), market, rng.int(5, 20)),
      ]
    : [lineOf(pickProduct(rng, 'phone'), market, rng.int(3, 12))];
  const method =
    market === 'KE' ? 'mpesa' : market === 'GH' && rng.chance(0.5) ? 'mtn_momo' : 'bank_transfer';
  return honestOrder(rng, ctx, s, {
    kind: 'reseller_small_business',
    at: betweenHours((a, b) => rng.float(a, b), ctx.window, TZ[market], 8, 19),
    lines,
    method,
    ...(s.office ? { shipping: s.office, delivery: 'office' as const } : { delivery: 'pickup' as const }),
  });
}

/** A company equipping staff: several laptops on the company card, from the office, billed to the office. */
export function corporateBulk(rng: Rng, ctx: Ctx): Purchase {
  const market = rng.weighted<Market>({ NG: 35, KE: 25, ZA: 30, GH: 10 });
  const found = ctx.shoppers.next(rng, market, { worker: true });
  const s = found.office ? found : ctx.shoppers.fresh(rng, market, { worker: true });
  const office = s.office ?? officeAddress(rng, s.city);
  const staff = { ...s, email: emailFor(rng, s.name, market, rng.pick(COMPANY_MAIL[market])) };
  const lines = [lineOf(pickProduct(rng, 'laptop', true), market, rng.int(3, 10))];
  if (rng.chance(0.4)) lines.push(lineOf(pickProduct(rng, 'accessory'), market, rng.int(3, 10)));
  return honestOrder(rng, ctx, staff, {
    kind: 'corporate_bulk',
    at: betweenHours((a, b) => rng.float(a, b), ctx.window, TZ[market], 9, 17),
    lines,
    method: rng.chance(0.6) ? 'card' : 'bank_transfer',
    cards: [issueCard(rng, market)],
    billing: office,
    shipping: office,
    delivery: 'office',
    ip: ctx.shoppers.ip(rng, s, 'office'),
    device: device(rng, { ios: false, budget: false, channel: 'desktop' }),
  });
}
