import { type BasketLine, DAY, HOUR, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { CET, EVERYDAY_HOURS, placeAt } from './calendar.js';
import {
  ACCESSORIES,
  AVALANCHE,
  basketOf,
  BINDINGS,
  BOOTS,
  type Category,
  CLOTHING,
  COLLECTION,
  FITTING,
  type Fulfilment,
  GOGGLES,
  HELMETS,
  KIDS,
  line,
  SERVICE,
  SKIS,
  SNOWBOARD,
  some,
  TOURING,
} from './catalogue.js';
import { giftOrder, instructorPro, resortTourist, skiClubBulk, travellerVpn } from './honest-more.js';
import { homeIp, ipOn } from './networks.js';
import { type Market } from './places.js';
import { pickAccount, type World } from './people.js';
import { honestAfter, honestPay, type Purchase } from './purchase.js';
import { courier, currencyFor, localeOf, member, purchaseOf, type Shopper, shopperAt } from './shop.js';

/**
 * Honest Bergwerk customers, by kind (weights are shares of honest orders). This file: people at home buying
 * for the season; honest-more.ts: tourists, gifts, clubs, instructors and people on the move.
 */

export const HONEST = {
  everyday_gear: 24,
  loyalty_member: 12,
  hardgoods: 12,
  boot_fitting: 5,
  touring_gear: 7,
  family_sale: 8,
  resort_tourist: 11,
  gift_order: 9,
  ski_club_bulk: 2,
  instructor_pro: 4,
  traveller_vpn: 6,
} as const;

export type HonestKind = keyof typeof HONEST;

type Line = BasketLine<Category>;

/** Tyroleans and South Tyroleans often collect at the store (6xxx and 39xxx postal codes). */
const nearInnsbruck = (s: Shopper): boolean =>
  (s.billing.country === 'AT' && (s.billing.postalCode ?? '').startsWith('6')) ||
  (s.billing.country === 'IT' && (s.billing.postalCode ?? '').startsWith('39'));

function fulfilmentFor(rng: Rng, s: Shopper, collect: number): Fulfilment {
  return nearInnsbruck(s) && rng.chance(collect) ? 'store_innsbruck' : courier(rng, s.billing.country);
}

interface Plan {
  kind: HonestKind;
  at: number;
  s: Shopper;
  lines: Line[];
  fulfilment: Fulfilment;
  code?: string;
  rate?: number;
  fixed?: number;
  returns: number;
  /** Pay with the account's saved card. */
  prefer?: Purchase['attempts'][number]['method'];
  declineShare?: number;
  extra?: Partial<Pick<Purchase, 'appointment' | 'pointsRedeemed'>>;
  collectAfter?: number;
}

/** Basket, payment and what happens next, for a shopper at home. */
export function homeOrder(rng: Rng, p: Plan): Purchase {
  const { s, fulfilment } = p;
  const to = COLLECTION.has(fulfilment) ? undefined : s.billing.country;
  const currency = currencyFor(s.billing.country, to);
  const basket = basketOf(p.lines, currency, {
    fulfilment,
    to: to ?? 'AT',
    ...(p.code ? { code: p.code } : {}),
    ...(p.rate ? { rate: p.rate } : {}),
    ...(p.fixed ? { fixed: p.fixed } : {}),
  });
  const attempts = honestPay(
    rng,
    {
      country: s.billing.country,
      cards: s.account?.cards ?? [],
      signedIn: s.account !== undefined,
      amount: basket.amount,
      fulfilment,
      ...(p.prefer ? { prefer: p.prefer } : {}),
    },
    p.declineShare,
  );
  const later = honestAfter(rng, {
    fulfilment,
    amount: basket.amount,
    abroad: to !== undefined && to !== 'AT',
    returns: p.returns,
    cash: attempts.length === 0,
    ...(p.collectAfter !== undefined ? { collectAfter: p.collectAfter } : {}),
  });
  return purchaseOf({
    kind: p.kind,
    fraud: false,
    at: p.at,
    buyer: s.buyer,
    billing: s.billing,
    ...(to ? { shipping: { ...s.billing } } : {}),
    fulfilment,
    ip: s.ip,
    device: s.device,
    locale: localeOf(s.billing.country),
    basket,
    attempts,
    later,
    ...(p.extra ? { extra: p.extra } : {}),
  });
}

const pickLines = (
  rng: Rng,
  at: number,
  currency: 'EUR' | 'CHF',
  items: readonly Product<Category>[],
): Line[] => items.map((i) => line(rng, i, at, currency, i.sku === 'CLO-FAL-SK2' ? rng.int(1, 3) : 1));

const cur = (s: Shopper): 'EUR' | 'CHF' => currencyFor(s.billing.country, s.billing.country);

/** Helmets, goggles, gloves, layers, socks, wax, a service voucher: one to three things. */
function everydayGear(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS });
  const s = shopperAt(rng, w, at, 0.45);
  // Mostly the smaller things; a premium shell now and then.
  const pool = [
    ...HELMETS.slice(0, 3),
    ...GOGGLES,
    ...CLOTHING.slice(4),
    ...CLOTHING.slice(4),
    ...ACCESSORIES,
    ...ACCESSORIES,
    ...SERVICE,
  ];
  const items = some(rng, pool, 3);
  if (rng.chance(0.08)) items.push(rng.pick(CLOTHING.slice(0, 4)));
  const lines = pickLines(rng, at, cur(s), items);
  const fresh = s.account === undefined && s.buyer.id !== undefined && rng.chance(0.4);
  return homeOrder(rng, {
    kind: 'everyday_gear',
    at,
    s,
    lines,
    fulfilment: fulfilmentFor(rng, s, 0.3),
    ...(fresh ? { code: 'WILLKOMMEN10', rate: 0.1 } : {}),
    returns: 0.09,
  });
}

/** A long-standing Club member: known device, home broadband, saved card, points redeemed. */
function loyaltyMember(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS });
  const a = pickAccount(rng, w, 180 * DAY);
  const s: Shopper = {
    country: a.country,
    account: a,
    buyer: member(a),
    billing: { ...a.address },
    ip: rng.chance(0.85) ? ipOn(rng, a.net, 0.35) : homeIp(rng, a.country, 1),
    device: rng.pick(a.devices),
  };
  // Service vouchers and the season's bits; a new pair of skis or boots for one in five.
  const pool = [...HELMETS, ...GOGGLES, ...CLOTHING, ...SERVICE, ...SERVICE, ...ACCESSORIES];
  const items = some(rng, pool, 3);
  if (rng.chance(0.2)) items.push(rng.pick([...SKIS, ...BOOTS]));
  const lines = pickLines(rng, at, cur(s), items);
  const points = a.points >= 200 && rng.chance(0.55) ? Math.min(a.points - (a.points % 100), 2000) : 0;
  return homeOrder(rng, {
    kind: 'loyalty_member',
    at,
    s,
    lines,
    fulfilment: fulfilmentFor(rng, s, 0.35),
    ...(points ? { code: 'CLUB-PUNKTE', fixed: points * 5, extra: { pointsRedeemed: points } } : {}),
    returns: 0.06,
    ...(rng.chance(0.5) ? { prefer: 'card' as const } : {}),
  });
}

/** Skis (with bindings mounted), boots or a snowboard set: the season's big purchase. */
function hardgoods(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS, sale: 1.3 });
  const s = shopperAt(rng, w, at, 0.5);
  const c = cur(s);
  const what = rng.weightedPick([
    ['skis', 45],
    ['boots', 25],
    ['snowboard', 18],
    ['skis+boots', 12],
  ] as const);
  const lines: Line[] = [];
  if (what.startsWith('skis')) lines.push(line(rng, rng.pick(SKIS), at, c));
  if (what === 'skis' && rng.chance(0.15)) lines.push(line(rng, rng.pick(BINDINGS), at, c));
  if (what.endsWith('boots')) lines.push(line(rng, rng.pick(BOOTS), at, c));
  if (what === 'snowboard') for (const i of some(rng, SNOWBOARD, 3)) lines.push(line(rng, i, at, c));
  if (rng.chance(0.35)) lines.push(line(rng, rng.pick([...HELMETS, ...GOGGLES, ...SERVICE]), at, c));
  return homeOrder(rng, {
    kind: 'hardgoods',
    at,
    s,
    lines,
    fulfilment: fulfilmentFor(rng, s, 0.5),
    returns: what.endsWith('boots') ? 0.12 : 0.04,
  });
}

/**
 * Boots ordered with a fitting appointment at the Innsbruck store (or a resort shop): Tyroleans, South
 * Tyroleans and Bavarians; paid online or at the counter; some never turn up.
 */
function bootFitting(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS });
  const country = rng.weightedPick<Market>([
    ['AT', 65],
    ['IT', 20],
    ['DE', 15],
  ]);
  const s = shopperAt(rng, w, at, 0.6, country);
  const lines: Line[] = [line(rng, FITTING, at, 'EUR'), line(rng, rng.pick(BOOTS), at, 'EUR')];
  if (rng.chance(0.4)) lines.push(line(rng, SERVICE[2], at, 'EUR'));
  if (rng.chance(0.2)) lines.push(line(rng, rng.pick(ACCESSORIES), at, 'EUR'));
  const fulfilment: Fulfilment = rng.chance(0.82)
    ? 'store_innsbruck'
    : rng.pick(['resort_ischgl', 'resort_soelden'] as const);
  const day = Math.floor((at + CET * HOUR) / DAY) + rng.int(1, 10);
  const appointment = day * DAY - CET * HOUR + rng.int(9, 17) * HOUR + rng.pick([0, 30]) * 60_000;
  return homeOrder(rng, {
    kind: 'boot_fitting',
    at,
    s: { ...s, billing: s.billing },
    lines,
    fulfilment,
    returns: 0,
    extra: { appointment },
    collectAfter: appointment - at,
  });
}

/** Ski-touring kit: touring skis, bindings, boots, skins, a transceiver set (two for a couple), an airbag. */
function touringGear(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS, sale: 0.6 });
  const country = rng.weightedPick<Market>([
    ['AT', 35],
    ['DE', 35],
    ['CH', 18],
    ['IT', 8],
    ['SI', 4],
  ]);
  const s = shopperAt(rng, w, at, 0.6, country);
  const c = cur(s);
  const lines: Line[] = some(rng, TOURING, 3).map((i) => line(rng, i, at, c));
  if (rng.chance(0.55)) {
    const set = rng.pick(AVALANCHE.slice(0, 5));
    lines.push(line(rng, set, at, c, rng.chance(0.2) ? 2 : 1));
  }
  if (rng.chance(0.12)) lines.push(line(rng, rng.pick(AVALANCHE.slice(7)), at, c));
  if (rng.chance(0.3)) lines.push(line(rng, rng.pick(CLOTHING.slice(0, 7)), at, c));
  return homeOrder(rng, {
    kind: 'touring_gear',
    at,
    s,
    lines,
    fulfilment: fulfilmentFor(rng, s, 0.3),
    returns: 0.05,
  });
}

/**
 * Kitting out the family in the sale week: kids' skis, boots and helmets (often two sizes to try, one sent
 * back), a parent's skis or jacket; big baskets, often on Klarna instalments.
 */
function familySale(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS, sale: 2.2 });
  const s = shopperAt(rng, w, at, 0.55);
  const c = cur(s);
  const kids = rng.int(1, 3);
  const lines: Line[] = [];
  for (const item of some(rng, KIDS, 5))
    lines.push(line(rng, item, at, c, Math.min(kids + (rng.chance(0.3) ? 1 : 0), 4)));
  if (rng.chance(0.6)) lines.push(line(rng, rng.pick(SKIS), at, c));
  if (rng.chance(0.5)) lines.push(line(rng, rng.pick(CLOTHING.slice(1, 5)), at, c, rng.int(1, 2)));
  if (rng.chance(0.4)) lines.push(line(rng, rng.pick(HELMETS), at, c, rng.int(1, 2)));
  return homeOrder(rng, {
    kind: 'family_sale',
    at,
    s,
    lines,
    fulfilment: fulfilmentFor(rng, s, 0.35),
    returns: 0.3,
    ...(rng.chance(0.4) && ['AT', 'DE', 'IT'].includes(s.billing.country)
      ? { prefer: 'klarna_instalments' as const }
      : {}),
  });
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'everyday_gear':
      return everydayGear(rng, w);
    case 'loyalty_member':
      return loyaltyMember(rng, w);
    case 'hardgoods':
      return hardgoods(rng, w);
    case 'boot_fitting':
      return bootFitting(rng, w);
    case 'touring_gear':
      return touringGear(rng, w);
    case 'family_sale':
      return familySale(rng, w);
    case 'resort_tourist':
      return resortTourist(rng, w);
    case 'gift_order':
      return giftOrder(rng, w);
    case 'ski_club_bulk':
      return skiClubBulk(rng, w);
    case 'instructor_pro':
      return instructorPro(rng, w);
    case 'traveller_vpn':
      return travellerVpn(rng, w);
  }
}
