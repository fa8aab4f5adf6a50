import { type Buyer, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  APPAREL,
  GIFTS,
  HOME,
  type Item,
  type Line,
  lineOf,
  METRES,
  pickLines,
  SCARVES,
  SOUVENIRS,
  TIES,
} from './catalogue.js';
import { DAY, seasonDayOf } from './calendar.js';
import { type Draft } from './checkout.js';
import { homeNetwork, HOSTING, ipOn, network } from './networks.js';
import { type Account, customerBase } from './people.js';
import { type Method } from './purchase.js';

/** What the honest kinds share: the world, buyers at checkout, baskets, couriers, company names. */

/** The shop's world for a stream: the window and its accounts. */
export interface World {
  window: Window;
  base: Account[];
}

export const world = (rng: Rng, window: Window, orders: number): World => ({
  window,
  base: customerBase(rng.fork('customers'), window.start, orders),
});

/** A buyer at checkout: a guest, an account opened there and then, or one opened earlier. */
export function checkoutBuyer(
  rng: Rng,
  at: number,
  name: string,
  email: string,
  guest: number,
  fresh: number,
): Buyer {
  const r = rng.next();
  if (r < guest) return { email, name };
  const createdAt =
    r < guest + fresh ? at - rng.int(1, 12) * MINUTE : at - Math.floor(rng.float(30, 1500) * DAY);
  return { id: `cus_${rng.token(14)}`, email, name, createdAt };
}

/** What Thais buy, by the season's moment: pha sin for Loy Krathong, ties for Father's Day, gift boxes at New Year. */
export function thaiLines(rng: Rng, at: number, cheap = false): Line[] {
  const d = seasonDayOf(at) ?? 0;
  const pool: Item[] = cheap
    ? [
        'scarfElephant',
        'phaSin',
        'cushionElephant',
        'tote',
        'trousers',
        'pouch',
        'tie',
        'cushion16',
        'giftTrio',
      ]
    : [...SCARVES, ...HOME, ...APPAREL, ...TIES, ...GIFTS];
  const lines = pickLines(
    rng,
    'THB',
    pool,
    rng.weightedPick([
      [1, 55],
      [2, 30],
      [3, 15],
    ] as const),
    () => (rng.chance(0.8) ? 1 : rng.int(2, 4)),
  );
  if (d >= 20 && d <= 24 && rng.chance(0.4))
    lines.push(lineOf(rng.pick(['phaSin', 'blouse'] as const), 1, 'THB'));
  if (d >= 28 && d <= 35 && rng.chance(0.5))
    lines.push(lineOf(rng.pick(['tie', 'tieSet', 'shirt'] as const), 1, 'THB'));
  if (d >= 44 && d <= 61 && rng.chance(0.45))
    lines.push(lineOf(rng.pick(['giftBox', 'giftScarf'] as const), rng.int(1, 6), 'THB'));
  if (!cheap && rng.chance(0.07)) lines.push(lineOf(rng.pick(METRES), rng.int(2, 5), 'THB'));
  return dedupe(lines);
}

/** One line per product: a second pick of the same product adds to its quantity. */
export function dedupe(lines: Line[]): Line[] {
  const out = new Map<string, Line>();
  for (const l of lines) {
    const seen = out.get(l.sku);
    out.set(l.sku, seen ? { ...seen, quantity: seen.quantity + l.quantity } : l);
  }
  return [...out.values()];
}

/** How Thais pay: PromptPay first, then cards with OTP, TrueMoney, and cash on delivery under ฿10,000. */
export function thaiMethod(rng: Rng, items: number, cod = 18): Method {
  return rng.weightedPick<Method>([
    ['promptpay', 45],
    ['card', 28],
    ['truemoney', 9],
    ['cod', items < 1_000_000 ? cod : 0],
  ]);
}

export const itemsOf = (lines: readonly Line[]) => lines.reduce((s, l) => s + l.price * l.quantity, 0);

export const courier = (rng: Rng) =>
  rng.weightedPick([
    ['kerry', 45],
    ['flash', 32],
    ['thailand_post_ems', 23],
  ] as const);

export const COMPANY_A = [
  'Siam',
  'Chao Phraya',
  'Rattanakosin',
  'Lanna',
  'Krungthep',
  'Sukhumvit',
  'Golden Lotus',
  'Andaman',
  'Eastern Star',
  'Royal Orchid',
];
export const COMPANY_B = [
  'Holdings',
  'Trading',
  'Logistics',
  'Property',
  'Engineering',
  'Insurance',
  'Pharma',
  'Foods',
  'Consulting',
  'Securities',
  'Motors',
  'Packaging',
];
export const TOWERS = [
  'Sathorn Square',
  'Empire Tower',
  'Park Ventures',
  'Interchange 21',
  'All Seasons Place',
  'Exchange Tower',
  'Silom Complex Office',
  'Rasa Tower',
];

export const thaiTaxId = (rng: Rng) => `0105${rng.digits(9)}`;

/** What visitors take home or send: scarves, ties, elephant souvenirs by the handful for the office. */
export function touristLines(rng: Rng, currency: Draft['currency']): Line[] {
  const lines = pickLines(
    rng,
    currency,
    [...SCARVES, ...TIES, ...APPAREL, 'cushion20', 'runner', 'robe'],
    rng.int(1, 3),
  );
  if (rng.chance(0.45)) lines.push(lineOf(rng.pick(SOUVENIRS), rng.int(3, 15), currency));
  return dedupe(lines);
}

/** What people abroad order: scarves and ties as presents, cushions by the set, robes, silk by the metre. */
export function abroadLines(rng: Rng, currency: Draft['currency']): Line[] {
  const lines = pickLines(
    rng,
    currency,
    [...SCARVES, ...TIES, ...HOME, 'robe', 'blouse', 'shirt'],
    rng.weightedPick([
      [1, 50],
      [2, 32],
      [3, 18],
    ] as const),
    () => (rng.chance(0.75) ? 1 : rng.int(2, 4)),
  );
  if (rng.chance(0.15)) lines.push(lineOf(rng.pick(HOME.slice(0, 3)), rng.int(4, 6), currency));
  if (rng.chance(0.08)) lines.push(lineOf(rng.pick(METRES), rng.int(3, 10), currency));
  if (rng.chance(0.12)) lines.push(lineOf('ornament', rng.int(2, 8), currency));
  return dedupe(lines);
}

/** Abroad: EMS World for most, DHL Express when it must arrive before Christmas. */
export const abroadDelivery = (rng: Rng, at: number, tz: number) => {
  const d = seasonDayOf(at, tz) ?? 0;
  return rng.chance(d >= 38 && d <= 46 ? 0.7 : 0.3) ? ('dhl_express' as const) : ('ems_world' as const);
};

/** A privacy-minded buyer abroad behind a VPN or relay, now and then. */
export const abroadIp = (rng: Rng, country: string, vpn: number) =>
  rng.chance(vpn) ? ipOn(rng, network(rng.pick(HOSTING)), 0) : ipOn(rng, homeNetwork(rng, country));
