import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market, type State, stateOf } from './places.js';

/**
 * What the store sells, at its Black Friday / Cyber Monday prices in US cents (instant savings already taken
 * off the doorbusters), and how a basket is priced: free expedited shipping in the US from $49 of goods, paid
 * overnight, courier rates abroad with duties collected at checkout where the store ships duties paid, sales
 * tax by destination state (New York's for the pickup counter), none on gift cards or for tax-exempt
 * businesses, and the education discount on eligible lines.
 */

export type Category =
  | 'camera'
  | 'lens'
  | 'drone'
  | 'gimbal'
  | 'audio_interface'
  | 'microphone'
  | 'memory'
  | 'accessory'
  | 'lighting'
  | 'gift_card';

type Item = Product<Category> & { deal?: boolean };

const p = (sku: string, name: string, category: Category, price: number, deal = false): Item => ({
  ...product(sku, name, category, price),
  ...(deal ? { deal } : {}),
});

export const CATALOGUE: readonly Item[] = [
  p('SOA7M4', 'Sony Alpha a7 IV Mirrorless Camera Body', 'camera', 199_800, true),
  p('SOA7C2', 'Sony Alpha a7C II Mirrorless Camera Body', 'camera', 199_800),
  p('SOZVE10M2K', 'Sony ZV-E10 II with 16-50mm Lens', 'camera', 99_800, true),
  p('SOA1M2', 'Sony Alpha 1 II Mirrorless Camera Body', 'camera', 649_800),
  p('SOFX3', 'Sony FX3 Full-Frame Cinema Line Camera', 'camera', 389_800),
  p('CAR6M2', 'Canon EOS R6 Mark II Mirrorless Camera Body', 'camera', 199_900, true),
  p('CAR5M2', 'Canon EOS R5 Mark II Mirrorless Camera Body', 'camera', 429_900),
  p('CAR50K', 'Canon EOS R50 with RF-S 18-45mm Lens', 'camera', 67_900, true),
  p('CAR8', 'Canon EOS R8 Mirrorless Camera Body', 'camera', 119_900, true),
  p('NIZ6III', 'Nikon Z6III Mirrorless Camera Body', 'camera', 219_700),
  p('NIZF', 'Nikon Zf Mirrorless Camera Body', 'camera', 169_600, true),
  p('NIZ50IIK', 'Nikon Z50II with 16-50mm Lens', 'camera', 99_700),
  p('FUXT5', 'Fujifilm X-T5 Mirrorless Camera Body', 'camera', 169_900),
  p('FUX100VI', 'Fujifilm X100VI Digital Camera', 'camera', 159_900),
  p('PAS5II', 'Panasonic Lumix S5II Mirrorless Camera Body', 'camera', 139_700, true),
  p('BMPCC6KG2', 'Blackmagic Pocket Cinema Camera 6K G2', 'camera', 149_500),
  p('SO2470GM2', 'Sony FE 24-70mm f/2.8 GM II Lens', 'lens', 219_800),
  p('SO50F18', 'Sony FE 50mm f/1.8 Lens', 'lens', 24_800),
  p('SO200600', 'Sony FE 200-600mm f/5.6-6.3 G OSS Lens', 'lens', 179_800, true),
  p('CARF70200', 'Canon RF 70-200mm f/2.8 L IS USM Lens', 'lens', 269_900),
  p('CARF50', 'Canon RF 50mm f/1.8 STM Lens', 'lens', 17_900, true),
  p('CARF24105', 'Canon RF 24-105mm f/4 L IS USM Lens', 'lens', 109_900),
  p('NIZ24120', 'Nikon NIKKOR Z 24-120mm f/4 S Lens', 'lens', 89_700, true),
  p('SG2470DG2', 'Sigma 24-70mm f/2.8 DG DN II Art Lens', 'lens', 109_900),
  p('TA2875G2', 'Tamron 28-75mm f/2.8 Di III VXD G2 Lens', 'lens', 74_900, true),
  p('SG1850', 'Sigma 18-50mm f/2.8 DC DN Contemporary Lens', 'lens', 54_900),
  p('VI56F14', 'Viltrox AF 56mm f/1.4 XF Lens', 'lens', 22_900),
  p('FUXF23', 'Fujifilm XF 23mm f/1.4 R LM WR Lens', 'lens', 89_900),
  p('DJIMINI4P', 'DJI Mini 4 Pro Drone Fly More Combo', 'drone', 95_900, true),
  p('DJIAIR3S', 'DJI Air 3S Drone Fly More Combo', 'drone', 134_900),
  p('DJIM3P', 'DJI Mavic 3 Pro Drone', 'drone', 219_900),
  p('DJIAVATA2', 'DJI Avata 2 Fly More Combo', 'drone', 99_900, true),
  p('DJINEO', 'DJI Neo Drone', 'drone', 19_900, true),
  p('DJIRS4', 'DJI RS 4 Gimbal Stabilizer', 'gimbal', 49_900, true),
  p('DJIRS4P', 'DJI RS 4 Pro Gimbal Stabilizer Combo', 'gimbal', 109_900),
  p('DJIOP3', 'DJI Osmo Pocket 3 Creator Combo', 'gimbal', 66_900),
  p('DJIOM7P', 'DJI Osmo Mobile 7P Smartphone Gimbal', 'gimbal', 14_900, true),
  p('ZHWB3S', 'Zhiyun Weebill 3S Gimbal Stabilizer', 'gimbal', 35_900),
  p('FOS2I2G4', 'Focusrite Scarlett 2i2 4th Gen USB Audio Interface', 'audio_interface', 17_999, true),
  p('FOS18I20', 'Focusrite Scarlett 18i20 4th Gen USB Audio Interface', 'audio_interface', 64_999),
  p('UAVOLT2', 'Universal Audio Volt 2 USB Audio Interface', 'audio_interface', 14_900),
  p('UAAPTXD', 'Universal Audio Apollo Twin X DUO Heritage Edition', 'audio_interface', 99_900, true),
  p('RMEBBFS', 'RME Babyface Pro FS USB Audio Interface', 'audio_interface', 99_900),
  p('MOTUM4', 'MOTU M4 USB-C Audio Interface', 'audio_interface', 27_995),
  p('AUDID14', 'Audient iD14 MkII USB Audio Interface', 'audio_interface', 29_900),
  p('SHSM7B', 'Shure SM7B Dynamic Vocal Microphone', 'microphone', 39_900),
  p('SHSM58', 'Shure SM58 Dynamic Vocal Microphone', 'microphone', 9_900),
  p('RONT1G5', 'Rode NT1 5th Generation Condenser Microphone', 'microphone', 25_900),
  p('ROWGO2', 'Rode Wireless GO II Dual Wireless Microphone System', 'microphone', 19_900, true),
  p('DJIMIC2', 'DJI Mic 2 Wireless Microphone System (2 TX + 1 RX)', 'microphone', 27_900, true),
  p('SEMKE600', 'Sennheiser MKE 600 Shotgun Microphone', 'microphone', 32_900),
  p('NETLM103', 'Neumann TLM 103 Condenser Microphone', 'microphone', 119_900),
  p('ROPODMIC', 'Rode PodMic USB Dynamic Microphone', 'microphone', 19_900),
  p('SHMV7P', 'Shure MV7+ Podcast Microphone', 'microphone', 27_900),
  p('SDXP128', 'SanDisk Extreme PRO 128GB SDXC UHS-I Card', 'memory', 2_499, true),
  p('SDXP256', 'SanDisk Extreme PRO 256GB SDXC UHS-I Card', 'memory', 4_299, true),
  p('SDMSD64', 'SanDisk Extreme 64GB microSDXC Card', 'memory', 1_199, true),
  p('SOCFA160', 'Sony CFexpress Type A TOUGH 160GB Card', 'memory', 29_800),
  p('PGCFB325', 'ProGrade CFexpress Type B Gold 325GB Card', 'memory', 19_999),
  p('LXSD256', 'Lexar Professional 256GB SDXC UHS-II Card', 'memory', 10_999),
  p('SONPFZ100', 'Sony NP-FZ100 Rechargeable Battery', 'accessory', 7_800),
  p('CALPE6NH', 'Canon LP-E6NH Lithium-Ion Battery', 'accessory', 7_999),
  p('PDEDBP20', 'Peak Design Everyday Backpack 20L', 'accessory', 27_995),
  p('MAN190X', 'Manfrotto 190X Aluminum Tripod', 'accessory', 19_988),
  p('GOV1', 'Godox V1 Round-Head Flash', 'accessory', 25_900),
  p('BWUV77', 'B+W 77mm UV Filter', 'accessory', 6_900),
  p('SRCAGE', 'SmallRig Camera Cage', 'accessory', 7_900),
  p('LCKIT', 'Lens Cleaning Kit', 'accessory', 1_299),
  p('ATNINJA', 'Atomos Ninja 5.2" Recording Monitor', 'accessory', 49_900),
  p('AMA200DS', 'Aputure Amaran 200d S LED Light', 'lighting', 28_900, true),
  p('APLS600D', 'Aputure LS 600d Pro LED Light', 'lighting', 159_000),
  p('GOSL60II', 'Godox SL60IID LED Video Light', 'lighting', 13_900),
  p('NAFZ60C', 'Nanlite Forza 60C RGBLAC LED Light', 'lighting', 57_900),
  p('EGIFT25', 'E-Gift Card $25', 'gift_card', 2_500),
  p('EGIFT50', 'E-Gift Card $50', 'gift_card', 5_000),
  p('EGIFT100', 'E-Gift Card $100', 'gift_card', 10_000),
  p('EGIFT250', 'E-Gift Card $250', 'gift_card', 25_000),
  p('EGIFT500', 'E-Gift Card $500', 'gift_card', 50_000),
];

const bySku = new Map(CATALOGUE.map((i) => [i.sku, i]));

export function item(sku: string): Item {
  const found = bySku.get(sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
}

export type Line = BasketLine<Category>;

export const of = (category: Category): Item[] => CATALOGUE.filter((i) => i.category === category);

/** A line of one of `skus`. */
export const lineFrom = (rng: Rng, skus: readonly string[], quantity = 1): Line =>
  lineOf(item(rng.pick(skus)), quantity);

/** A line of a product of `category`, cheaper than `below` cents when given. */
export function lineIn(rng: Rng, category: Category, below = Infinity, quantity = 1): Line {
  const fit = of(category).filter((i) => i.price < below);
  return lineOf(rng.pick(fit.length > 0 ? fit : of(category)), quantity);
}

/** Adds `line`, or bumps the quantity of the same product already in the basket. */
export function add(lines: Line[], line: Line): Line[] {
  const same = lines.find((l) => l.sku === line.sku);
  if (same) same.quantity += line.quantity;
  else lines.push(line);
  return lines;
}

/** What goes with a body or a lens: a card, a spare battery, a bag, a filter. */
export function extras(rng: Rng, lines: Line[], chance: number): Line[] {
  if (rng.chance(chance))
    add(lines, lineFrom(rng, ['SDXP128', 'SDXP256', 'LXSD256', 'PGCFB325', 'SOCFA160']));
  if (rng.chance(chance * 0.6)) add(lines, lineFrom(rng, ['SONPFZ100', 'CALPE6NH', 'BWUV77', 'SRCAGE']));
  if (rng.chance(chance * 0.3)) add(lines, lineFrom(rng, ['PDEDBP20', 'MAN190X', 'GOV1', 'LCKIT']));
  return lines;
}

/** A hobbyist's basket: one thing they saved for (a body, a lens, a drone, audio), maybe a few extras. */
export function hobbyBasket(rng: Rng): Line[] {
  const main = rng.weightedPick<Category>([
    ['camera', 22],
    ['lens', 24],
    ['drone', 10],
    ['gimbal', 7],
    ['audio_interface', 9],
    ['microphone', 12],
    ['lighting', 5],
    ['memory', 6],
    ['accessory', 5],
  ]);
  const lines = [lineIn(rng, main)];
  if (main === 'audio_interface' && rng.chance(0.5)) add(lines, lineIn(rng, 'microphone', 40_000));
  if (main === 'memory' && rng.chance(0.4)) lines[0] = { ...(lines[0] as Line), quantity: rng.int(2, 3) };
  return extras(rng, lines, main === 'camera' || main === 'lens' || main === 'drone' ? 0.45 : 0.15);
}

/** A Black Friday basket: a doorbuster or two, often memory cards on the side. */
export function dealBasket(rng: Rng): Line[] {
  const deals = CATALOGUE.filter((i) => i.deal && i.category !== 'memory');
  const lines = [lineOf(rng.pick(deals))];
  if (rng.chance(0.2)) add(lines, lineOf(rng.pick(deals)));
  if (rng.chance(0.45)) add(lines, lineFrom(rng, ['SDXP128', 'SDXP256', 'SDMSD64'], rng.int(1, 4)));
  return lines;
}

/** A studio's or a production company's order: several of a kind, kits, lights, audio for a room. */
export function businessBasket(rng: Rng): Line[] {
  const shape = rng.weightedPick([
    ['kit', 30],
    ['audio', 25],
    ['lights', 20],
    ['consumables', 25],
  ] as const);
  const lines: Line[] = [];
  if (shape === 'kit') {
    add(
      lines,
      lineFrom(rng, ['SOFX3', 'CAR5M2', 'SOA7M4', 'CAR6M2', 'NIZ6III', 'BMPCC6KG2', 'PAS5II'], rng.int(1, 3)),
    );
    add(lines, lineFrom(rng, ['SO2470GM2', 'CARF70200', 'SG2470DG2', 'CARF24105', 'TA2875G2']));
    add(lines, lineFrom(rng, ['PGCFB325', 'SOCFA160', 'LXSD256'], rng.int(2, 6)));
    if (rng.chance(0.5)) add(lines, lineFrom(rng, ['DJIRS4P', 'ATNINJA', 'DJIMIC2']));
  } else if (shape === 'audio') {
    add(lines, lineFrom(rng, ['FOS18I20', 'UAAPTXD', 'RMEBBFS', 'MOTUM4']));
    add(lines, lineFrom(rng, ['SHSM7B', 'SHSM58', 'RONT1G5', 'ROPODMIC', 'SHMV7P'], rng.int(2, 6)));
    if (rng.chance(0.3)) add(lines, lineOf(item('NETLM103')));
  } else if (shape === 'lights') {
    add(lines, lineFrom(rng, ['AMA200DS', 'GOSL60II', 'NAFZ60C'], rng.int(2, 4)));
    if (rng.chance(0.4)) add(lines, lineOf(item('APLS600D')));
    if (rng.chance(0.5)) add(lines, lineOf(item('MAN190X'), rng.int(1, 3)));
  } else {
    add(lines, lineFrom(rng, ['SDXP128', 'SDXP256', 'LXSD256', 'PGCFB325'], rng.int(6, 24)));
    add(lines, lineFrom(rng, ['SONPFZ100', 'CALPE6NH'], rng.int(4, 10)));
    if (rng.chance(0.4)) add(lines, lineFrom(rng, ['ROWGO2', 'DJIMIC2'], rng.int(2, 4)));
  }
  return lines;
}

/** A student's basket: an entry body or a first interface and microphone. */
export function studentBasket(rng: Rng): Line[] {
  const lines = [
    lineFrom(rng, [
      'CAR50K',
      'SOZVE10M2K',
      'NIZ50IIK',
      'FOS2I2G4',
      'UAVOLT2',
      'RONT1G5',
      'SG1850',
      'SO50F18',
      'CAR8',
    ]),
  ];
  if (rng.chance(0.5)) add(lines, lineFrom(rng, ['SDXP128', 'SDXP256', 'SHSM58', 'ROPODMIC', 'CARF50']));
  return lines;
}

/** Resale-grade goods fraud rings want: bodies, fast zooms, drones, sealed and easy to sell. */
export const RESALE = [
  'SOA7M4',
  'SOA1M2',
  'SOFX3',
  'CAR5M2',
  'CAR6M2',
  'NIZ6III',
  'FUX100VI',
  'SO2470GM2',
  'CARF70200',
  'SO200600',
  'DJIM3P',
  'DJIAIR3S',
  'DJIRS4P',
  'NETLM103',
] as const;

export function resaleBasket(
  rng: Rng,
  lines: number = rng.weightedPick<number>([
    [1, 55],
    [2, 35],
    [3, 10],
  ] as const),
): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines; i++) add(out, lineFrom(rng, RESALE));
  return out;
}

/** E-gift cards in round amounts. */
export const giftCardLine = (rng: Rng, skus: readonly string[], quantity = 1): Line =>
  lineFrom(rng, skus, quantity);

/** How the order leaves the store. */
export type Fulfilment = 'expedited' | 'overnight' | 'international' | 'pickup' | 'email';

/** Where an order's price depends on: the destination state or market, or none (pickup in New York, e-mail). */
export interface Pricing {
  fulfilment: Fulfilment;
  state?: State;
  market?: Market;
  code?: 'EDU' | 'PRO';
  taxExempt?: boolean;
}

export interface Basket {
  lines: Line[];
  currency: 'USD';
  discount: number;
  code?: string;
  shippingFee: number;
  tax: number;
  duties: number;
  amount: number;
}

const EDU_CATEGORIES: ReadonlySet<Category> = new Set(['camera', 'lens', 'audio_interface', 'microphone']);

/** Prices a basket: goods, minus the discount, plus shipping, sales tax and duties collected. */
export function price(lines: Line[], pr: Pricing, rng: Rng): Basket {
  const goods = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const eligible = lines
    .filter((l) => EDU_CATEGORIES.has(l.category))
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const discount =
    pr.code === 'EDU' ? Math.round(eligible * 0.05) : pr.code === 'PRO' ? Math.round(eligible * 0.02) : 0;
  const physical = lines
    .filter((l) => l.category !== 'gift_card')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  let shippingFee = 0;
  if (pr.fulfilment === 'expedited') shippingFee = physical >= 4_900 ? 0 : 599;
  else if (pr.fulfilment === 'overnight') shippingFee = physical >= 50_000 ? 3_995 : 2_495;
  else if (pr.fulfilment === 'international' && pr.market)
    shippingFee = Math.round(rng.int(pr.market.fee[0], pr.market.fee[1]) / 100) * 100 - 5;
  const taxable = Math.max(0, physical - discount);
  const state = pr.fulfilment === 'pickup' ? stateOf('NY') : pr.state;
  const tax = state && !pr.taxExempt && pr.fulfilment !== 'email' ? Math.round(taxable * state.tax) : 0;
  const duties =
    pr.fulfilment === 'international' && pr.market
      ? Math.round((taxable + shippingFee) * pr.market.duties)
      : 0;
  return {
    lines,
    currency: 'USD',
    discount,
    ...(pr.code && discount > 0 ? { code: pr.code } : {}),
    shippingFee,
    tax,
    duties,
    amount: goods - discount + shippingFee + tax + duties,
  };
}
