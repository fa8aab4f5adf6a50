import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the store sells, priced in New Zealand cents with GST. Australian prices are the export price (GST off)
 * at the store's exchange rate with Australia's 10 % GST added, rounded to the dollar less a cent. Kayaks,
 * e-bikes, thermal optics and gas canisters do not go to Australia. No firearms or ammunition: the store sells
 * scopes, mounts, binoculars and thermal spotters, not guns.
 */

export type Category =
  | 'tramping'
  | 'merino'
  | 'camping'
  | 'optics'
  | 'hunting'
  | 'fishing'
  | 'navigation'
  | 'ebikes'
  | 'kayaks'
  | 'accessories'
  | 'gift_cards'
  | 'service';

const p = product<Category>;

// prettier-ignore
export const PRODUCTS = {
  pack65: p('TRP-AET65', 'Osprey Aether 65 tramping pack', 'tramping', 59999),
  daypack: p('TRP-TAL33', 'Osprey Talon 33 daypack', 'tramping', 26999),
  bootsLowa: p('TRP-LWREN', 'Lowa Renegade GTX Mid boots', 'tramping', 44999),
  bootsScarpa: p('TRP-SCZGT', 'Scarpa ZG Trek GTX boots', 'tramping', 54999),
  poles: p('TRP-BDTRL', 'Black Diamond Trail trekking poles', 'tramping', 17999),
  gaiters: p('TRP-GAIT', 'Canvas gaiters', 'tramping', 6999),
  shell: p('TRP-SHELL', 'Waterproof tramping shell jacket', 'tramping', 39999),
  firstAid: p('TRP-AID', 'Tramping first aid kit', 'tramping', 4999),
  packLiner: p('TRP-LINER', 'Pack liner 80 L', 'tramping', 2999),
  merinoBase: p('MER-LS200', 'Merino 200 long-sleeve base layer', 'merino', 12999),
  merinoTee: p('MER-TEE150', 'Merino 150 tee', 'merino', 8999),
  merinoHood: p('MER-HOOD', 'Merino hoodie', 'merino', 21999),
  merinoSocks: p('MER-SOCK', 'Merino hiking socks', 'merino', 2999),
  merinoBeanie: p('MER-BEAN', 'Merino beanie', 'merino', 3999),
  merinoGaiter: p('MER-NECK', 'Merino neck gaiter', 'merino', 3499),
  merinoLegs: p('MER-LEGG', 'Merino leggings', 'merino', 11999),
  tent2: p('CMP-HUB2', 'MSR Hubba Hubba 2 tent', 'camping', 89999),
  tentFamily: p('CMP-DOME6', 'Six-person family dome tent', 'camping', 79999),
  bagDown: p('CMP-DOWN5', 'Down sleeping bag −5 °C', 'camping', 59999),
  bagSynthetic: p('CMP-SYN', 'Synthetic sleeping bag', 'camping', 17999),
  mat: p('CMP-MAT', 'Insulated sleeping mat', 'camping', 24999),
  jetboil: p('CMP-JETB', 'Jetboil Flash cooking system', 'camping', 22999),
  gas: p('CMP-GAS', 'Isobutane gas canister 230 g', 'camping', 999),
  chillyBin: p('CMP-CHILLY', 'Chilly bin 45 L', 'camping', 19999),
  chair: p('CMP-CHAIR', 'Camp chair', 'camping', 7999),
  gazebo: p('CMP-GAZ3', 'Gazebo 3 × 3 m', 'camping', 29999),
  binoSwarovski: p('OPT-SWEL10', 'Swarovski EL 10x42 binoculars', 'optics', 479900),
  binoVortex: p('OPT-VPHD10', 'Vortex Viper HD 10x42 binoculars', 'optics', 129900),
  scopeLeupold: p('OPT-LVX5', 'Leupold VX-5HD 3-15x44 riflescope', 'optics', 289900),
  scopeVortex: p('OPT-VDB412', 'Vortex Diamondback 4-12x40 riflescope', 'optics', 59900),
  rangefinder: p('OPT-RF1800', 'Laser rangefinder 1800 m', 'optics', 89900),
  rangeBinos: p('OPT-RFB10', 'Rangefinding binoculars 10x42', 'optics', 349900),
  thermalMono: p('OPT-THMONO', 'Thermal monocular 35 mm', 'optics', 399900),
  thermalScope: p('OPT-THSCP', 'Thermal riflescope 50 mm', 'optics', 549900),
  spotter: p('OPT-SPOT80', 'Spotting scope 20-60x80', 'optics', 189900),
  mounts: p('OPT-RINGS', 'Scope rings and picatinny rail', 'optics', 19900),
  huntJacket: p('HNT-JKT', 'Hunting jacket, bush camo', 'hunting', 49999),
  huntPants: p('HNT-PANT', 'Hunting trousers', 'hunting', 27999),
  huntPack: p('HNT-PACK', 'Hunting pack with meat shelf', 'hunting', 64999),
  gameBags: p('HNT-GAMEB', 'Game bags, set of four', 'hunting', 4999),
  bipod: p('HNT-BIPOD', 'Bipod 9–13 in', 'hunting', 24999),
  knife: p('HNT-KNIFE', 'Skinning knife', 'hunting', 8999),
  deerCall: p('HNT-CALL', 'Deer call', 'hunting', 3999),
  surfRod: p('FSH-SURF42', 'Surfcasting rod 4.2 m', 'fishing', 22999),
  reel: p('FSH-REEL4K', 'Spinning reel 4000', 'fishing', 27999),
  troutCombo: p('FSH-TROUT', 'Trout spin combo', 'fishing', 14999),
  flyRod: p('FSH-FLY5', 'Fly rod 9 ft 5 wt', 'fishing', 59999),
  flies: p('FSH-FLIES', 'Trout fly assortment', 'fishing', 2999),
  waders: p('FSH-WADER', 'Breathable waders', 'fishing', 39999),
  softBaits: p('FSH-SOFTB', 'Soft bait pack', 'fishing', 1599),
  braid: p('FSH-BRAID', 'Braid 300 m', 'fishing', 4999),
  kontiki: p('FSH-KONTIKI', 'Electric kontiki longline torpedo', 'fishing', 149900),
  inreachMini: p('NAV-INRMINI2', 'Garmin inReach Mini 2', 'navigation', 69999),
  inreachMessenger: p('NAV-INRMSG', 'Garmin inReach Messenger', 'navigation', 59999),
  zoleo: p('NAV-ZOLEO', 'ZOLEO satellite communicator', 'navigation', 44999),
  plb: p('NAV-PLB', 'ACR ResQLink personal locator beacon', 'navigation', 54999),
  gps: p('NAV-GPSMAP67I', 'Garmin GPSMAP 67i', 'navigation', 139999),
  watch: p('NAV-FENIX8', 'Garmin fēnix 8 watch', 'navigation', 179999),
  emtb: p('EBK-EMTB', 'Full-suspension e-MTB', 'ebikes', 799900),
  ehardtail: p('EBK-EHT', 'Hardtail e-MTB', 'ebikes', 449900),
  ecommuter: p('EBK-COMM', 'Commuter e-bike', 'ebikes', 349900),
  ebattery: p('EBK-BATT750', 'Spare e-bike battery 750 Wh', 'ebikes', 149900),
  helmet: p('EBK-HELM', 'Bike helmet', 'ebikes', 19999),
  fishKayak: p('KYK-FISH', 'Sit-on-top fishing kayak', 'kayaks', 189900),
  seaKayak: p('KYK-SEA', 'Sea kayak', 'kayaks', 349900),
  packraft: p('KYK-PRAFT', 'Packraft', 'kayaks', 179900),
  paddle: p('KYK-PADL', 'Kayak paddle', 'kayaks', 24999),
  pfd: p('KYK-PFD', 'Life jacket (PFD)', 'kayaks', 17999),
  headlamp: p('ACC-HEAD400', 'Headlamp 400 lm', 'accessories', 8999),
  bottle: p('ACC-BOTL', 'Insulated bottle 750 ml', 'accessories', 4999),
  dryBag: p('ACC-DRY20', 'Dry bag 20 L', 'accessories', 3999),
  carabiner: p('ACC-CARAB', 'Carabiner', 'accessories', 1499),
  sunscreen: p('ACC-SPF50', 'Sunscreen SPF 50', 'accessories', 1899),
  repellent: p('ACC-SANDFLY', 'Sandfly repellent', 'accessories', 1499),
  powerBank: p('ACC-PWR10K', 'Power bank 10 000 mAh', 'accessories', 7999),
  filter: p('ACC-FILTER', 'Water filter', 'accessories', 8999),
  topoMap: p('ACC-TOPO50', 'NZTopo50 map sheet', 'accessories', 1099),
  gift25: p('GFT-25', 'E-gift card $25', 'gift_cards', 2500),
  gift50: p('GFT-50', 'E-gift card $50', 'gift_cards', 5000),
  gift100: p('GFT-100', 'E-gift card $100', 'gift_cards', 10000),
  gift200: p('GFT-200', 'E-gift card $200', 'gift_cards', 20000),
  wrap: p('SRV-WRAP', 'Gift wrapping', 'service', 750),
} as const satisfies Record<string, Product<Category>>;

export type Sku = keyof typeof PRODUCTS;
export type Line = BasketLine<Category>;
export type Currency = 'NZD' | 'AUD';

/** Not sold to Australia: too big for the parcel service, or (gift cards) in New Zealand dollars only. */
export const NOT_TO_AU: ReadonlySet<Category> = new Set(['ebikes', 'kayaks', 'gift_cards']);
/** Thermal optics (import permits), gas (dangerous goods), the kontiki (too big). */
const NOT_TO_AU_SKUS: ReadonlySet<Sku> = new Set(['thermalMono', 'thermalScope', 'gas', 'kontiki']);

export const shipsToAu = (sku: Sku): boolean =>
  !NOT_TO_AU.has(PRODUCTS[sku].category) && !NOT_TO_AU_SKUS.has(sku);

/** The Australian price: GST off, at 0.92 AUD to the NZD, 10 % Australian GST on, to the dollar less a cent. */
export const audPrice = (nzd: number): number =>
  Math.max(99, Math.round(((nzd / 1.15) * 0.92 * 1.1) / 100) * 100 - 1);

/** A basket line of a product in the basket's currency. */
export function line(sku: Sku, quantity: number, currency: Currency): Line {
  const l = lineOf(PRODUCTS[sku], quantity);
  return currency === 'AUD' ? { ...l, price: audPrice(l.price) } : l;
}

/** Products of some categories, for drawing. */
export const skusIn = (...categories: Category[]): Sku[] =>
  (Object.keys(PRODUCTS) as Sku[]).filter((k) => categories.includes(PRODUCTS[k].category));

/** How it leaves the store. */
export type Fulfilment =
  'courier' | 'rural_courier' | 'freight' | 'click_and_collect' | 'international' | 'email';

export interface Basket {
  lines: Line[];
  currency: Currency;
  items: number;
  discountCode?: string;
  discount: number;
  shippingFee: number;
  amount: number;
}

/** Discount codes: the Federated Mountain Clubs members' 10 %, a Christmas $20 off $150, a sign-up 10 %. */
export type Code = 'FMC10' | 'XMAS20' | 'WELCOME10';

function discountOf(code: Code | undefined, items: number, currency: Currency): number {
  if (code === 'FMC10' || code === 'WELCOME10') return Math.round(items * 0.1);
  if (code === 'XMAS20') return items >= (currency === 'AUD' ? 13_500 : 15_000) ? 2000 : 0;
  return 0;
}

/** Shipping: courier $9.90 (free from $200) plus $6 rural delivery; freight $149; to Australia A$24.95 (free from A$300). */
export function shippingFee(f: Fulfilment, currency: Currency, items: number): number {
  if (f === 'click_and_collect' || f === 'email') return 0;
  if (f === 'international' || currency === 'AUD') return items >= 30_000 ? 0 : 2495;
  if (f === 'freight') return 14_900;
  const courier = items >= 20_000 ? 0 : 990;
  return f === 'rural_courier' ? courier + 600 : courier;
}

/** A basket of lines with its code, shipping and amount. */
export function basketOf(lines: Line[], currency: Currency, f: Fulfilment, code?: Code): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = discountOf(code, items, currency);
  const shipping = shippingFee(f, currency, items - discount);
  return {
    lines,
    currency,
    items,
    ...(code && discount > 0 ? { discountCode: code } : {}),
    discount: code && discount > 0 ? discount : 0,
    shippingFee: shipping,
    amount: items - (code && discount > 0 ? discount : 0) + shipping,
  };
}

/**
 * `count` different products drawn by weight, one of each unless `more` says otherwise (socks by the pair,
 * sleeping bags for the family, gas canisters by the handful).
 */
export function pickLines(
  rng: Rng,
  weights: ReadonlyArray<readonly [Sku, number]>,
  count: number,
  currency: Currency,
  more: (sku: Sku) => number = () => 1,
): Line[] {
  const chosen: Sku[] = [];
  let pool = weights.filter(([s]) => currency === 'NZD' || shipsToAu(s));
  for (let i = 0; i < count && pool.length > 0; i++) {
    const sku = rng.weightedPick(pool);
    chosen.push(sku);
    pool = pool.filter(([s]) => s !== sku);
  }
  return chosen.map((s) => line(s, Math.max(1, more(s)), currency));
}

/** Equal weights for a list of products. */
export const even = (skus: readonly Sku[], w = 1): Array<readonly [Sku, number]> =>
  skus.map((s) => [s, w] as const);
