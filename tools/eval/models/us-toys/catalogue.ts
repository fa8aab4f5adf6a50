import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** What the store sells, in US cents, and how a basket adds up (discount, shipping, gift wrap, sales tax). */

export type Category =
  | 'building_sets'
  | 'dolls'
  | 'action_figures'
  | 'board_games'
  | 'plush'
  | 'stem'
  | 'arts_crafts'
  | 'consoles'
  | 'video_games'
  | 'ride_ons'
  | 'trading_cards'
  | 'limited_drop'
  | 'gift_card';

export type Line = BasketLine<Category>;

const p = product<Category>;

export const CATALOGUE: readonly Product<Category>[] = [
  p('BLD-10318', 'Brick City Fire Station', 'building_sets', 7_999),
  p('BLD-21345', 'Brick Botanical Bouquet', 'building_sets', 5_999),
  p('BLD-42151', 'Brick Technic Supercar', 'building_sets', 44_999),
  p('BLD-75192', 'Brick Starfighter Ultimate Collector', 'building_sets', 84_999),
  p('BLD-60398', 'Brick City Advent Calendar', 'building_sets', 3_499),
  p('BLD-11035', 'Brick Classic Creative Box', 'building_sets', 2_999),
  p('BLD-43230', 'Brick Castle Disney Edition', 'building_sets', 39_999),
  p('DOL-HOUSE', 'Dreamhouse 3-Storey Dollhouse', 'dolls', 19_999),
  p('DOL-FASH', 'Fashion Doll with Closet', 'dolls', 2_499),
  p('DOL-BABY', 'Baby Doll Nursery Set', 'dolls', 3_999),
  p('DOL-MINI', 'Surprise Mini Doll Capsule', 'dolls', 1_299),
  p('ACT-HERO', 'Superhero 12-inch Figure', 'action_figures', 1_999),
  p('ACT-DINO', 'Roaring Dinosaur Figure', 'action_figures', 2_999),
  p('ACT-LEGEND', 'Legends Series 6-inch Figure', 'action_figures', 2_499),
  p('ACT-TRUCK', 'Transforming Robot Truck', 'action_figures', 4_999),
  p('BRD-FAMILY', 'Family Property Trading Game', 'board_games', 2_199),
  p('BRD-STRAT', 'Island Settlers Strategy Game', 'board_games', 4_999),
  p('BRD-CARD', 'Uno-style Card Game', 'board_games', 799),
  p('BRD-KIDS', 'Hungry Hippos Kids Game', 'board_games', 1_999),
  p('BRD-PUZ', '1000-piece Holiday Puzzle', 'board_games', 1_699),
  p('PLU-BEAR', 'Jumbo Plush Bear', 'plush', 3_499),
  p('PLU-SQUISH', 'Squish Plush 12-inch', 'plush', 1_599),
  p('STM-ROBOT', 'Coding Robot Kit', 'stem', 8_999),
  p('STM-CHEM', 'Junior Chemistry Set', 'stem', 3_499),
  p('STM-SCOPE', 'Kids Telescope', 'stem', 6_999),
  p('ART-SLIME', 'Slime Making Kit', 'arts_crafts', 1_999),
  p('ART-EASEL', 'Double-sided Art Easel', 'arts_crafts', 5_999),
  p('ART-STICK', 'Sticker Book', 'arts_crafts', 599),
  p('CON-SWITCH', 'Handheld Console Bundle', 'consoles', 44_999),
  p('CON-PS', 'Home Console Digital Edition', 'consoles', 44_999),
  p('CON-XB', 'Home Console Series S', 'consoles', 37_999),
  p('CON-VR', 'VR Headset 128GB', 'consoles', 29_999),
  p('VID-KART', 'Kart Racing Game', 'video_games', 5_999),
  p('VID-ADV', 'Adventure Game Deluxe', 'video_games', 6_999),
  p('VID-SPORT', 'Football 27', 'video_games', 6_999),
  p('VID-CTRL', 'Wireless Controller', 'video_games', 7_499),
  p('RID-JEEP', '12V Ride-on Jeep', 'ride_ons', 34_999),
  p('RID-SCOOT', 'Light-up Kick Scooter', 'ride_ons', 6_999),
  p('RID-BIKE', '16-inch Kids Bike', 'ride_ons', 15_999),
  p('TCG-PACK', 'Trading Card Booster Pack', 'trading_cards', 499),
  p('TCG-ETB', 'Trading Card Elite Trainer Box', 'trading_cards', 5_999),
  p('TCG-BOOST', 'Trading Card Booster Box (36)', 'trading_cards', 16_999),
  p('TCG-COLL', 'Trading Card Premium Collection', 'trading_cards', 11_999),
  p('LTD-BRICK', 'Holiday Exclusive Brick Set (limit 2)', 'limited_drop', 24_999),
  p('LTD-TCG', 'Anniversary Card Collection (limit 2)', 'limited_drop', 14_999),
  p('LTD-FIG', 'Convention Exclusive Figure (limit 2)', 'limited_drop', 5_999),
];

/** E-gift cards: emailed, any of these amounts. */
export const GIFT_CARD_AMOUNTS = [1_000, 1_500, 2_500, 5_000, 7_500, 10_000, 15_000, 20_000, 25_000, 50_000];

export const giftCard = (amount: number, emailed = true): Line => ({
  sku: `${emailed ? 'EGC' : 'PGC'}-${amount / 100}`,
  name: `${emailed ? 'E-gift card' : 'Gift card'} $${amount / 100}`,
  category: 'gift_card',
  quantity: 1,
  price: amount,
});

export const byCategory = (c: Category): Product<Category>[] => CATALOGUE.filter((x) => x.category === c);
export const bySku = (sku: string): Product<Category> =>
  CATALOGUE.find((x) => x.sku === sku) ?? (CATALOGUE[0] as Product<Category>);

/** What children's gifts families pick, by category. */
const FAMILY: ReadonlyArray<readonly [Category, number]> = [
  ['building_sets', 22],
  ['dolls', 13],
  ['action_figures', 13],
  ['board_games', 14],
  ['plush', 7],
  ['stem', 8],
  ['arts_crafts', 7],
  ['video_games', 8],
  ['ride_ons', 3],
  ['trading_cards', 5],
];

/** A gift a family would pick; the dearest sets and consoles now and then. */
export function familyItem(rng: Rng, cheapOnly = false): Product<Category> {
  if (!cheapOnly && rng.chance(0.05)) return rng.pick(byCategory('consoles'));
  for (;;) {
    const item = rng.pick(byCategory(rng.weightedPick(FAMILY)));
    if (!cheapOnly || item.price <= 6_000) return item;
  }
}

/** `count` different lines (quantities mostly one; two of a cheap item for siblings). */
export function familyLines(rng: Rng, count: number, cheapOnly = false): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < count * 3 && lines.length < count; i++) {
    const item = familyItem(rng, cheapOnly);
    if (lines.some((l) => l.sku === item.sku)) continue;
    lines.push(lineOf(item, item.price < 3_000 && rng.chance(0.15) ? 2 : 1));
  }
  return lines;
}

export type Fulfilment = 'ship' | 'ship_gift' | 'pickup' | 'email' | 'apo';

export interface Basket {
  lines: Line[];
  currency: 'USD';
  subtotal: number;
  discount: number;
  code?: string;
  shippingFee: number;
  giftWrapFee: number;
  tax: number;
  amount: number;
}

export interface Pricing {
  fulfilment: Fulfilment;
  /** Sales tax rate where it is delivered or collected (none abroad, for APO or when exempt). */
  taxRate: number;
  code?: string;
  giftWrap?: boolean;
  /** Canada: international shipping. */
  abroad?: boolean;
}

const GIFT_WRAP = 599;

/**
 * Adds up a basket: promotion codes (JOLLY20 takes 20 % off toys from $100; FREESHIP; REWARDS10, a loyalty
 * reward worth $10), shipping ($6.99, free from $49; $14.99 extra per ride-on; $24.99 to Canada; free to APO/FPO,
 * pickup and e-mail), gift wrap per boxed item, and sales tax on the rest (gift cards untaxed).
 */
export function priced(lines: Line[], x: Pricing): Basket {
  const subtotal = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const goods = lines.filter((l) => l.category !== 'gift_card');
  const goodsTotal = goods.reduce((sum, l) => sum + l.price * l.quantity, 0);
  let discount = 0;
  if (x.code === 'JOLLY20' && goodsTotal >= 10_000) discount = Math.round(goodsTotal * 0.2);
  if (x.code === 'REWARDS10') discount = Math.min(1_000, goodsTotal);
  const boxed = x.fulfilment === 'ship' || x.fulfilment === 'ship_gift' || x.fulfilment === 'apo';
  let shippingFee = 0;
  if (x.abroad) shippingFee = 2_499;
  else if (boxed && x.fulfilment !== 'apo' && x.code !== 'FREESHIP' && goodsTotal < 4_900 && goods.length > 0)
    shippingFee = 699;
  if (boxed) shippingFee += 1_499 * goods.filter((l) => l.category === 'ride_ons').length;
  const giftWrapFee = x.giftWrap && boxed ? GIFT_WRAP * goods.reduce((n, l) => n + l.quantity, 0) : 0;
  const tax = Math.round((goodsTotal - discount + shippingFee) * x.taxRate);
  return {
    lines,
    currency: 'USD',
    subtotal,
    discount,
    ...(x.code ? { code: x.code } : {}),
    shippingFee,
    giftWrapFee,
    tax,
    amount: subtotal - discount + shippingFee + giftWrapFee + tax,
  };
}
