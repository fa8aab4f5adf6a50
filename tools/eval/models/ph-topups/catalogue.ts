import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the store sells, in centavos: regular load and data promos for the Philippine networks, game credits
 * (Mobile Legends diamonds, Garena Shells, Valorant Points, Robux, Genshin crystals, Call of Duty points, Steam
 * Wallet codes, PlayStation Store cards in US dollars), digital gift cards (Google Play, App Store, SM, Jollibee,
 * Lazada, Grab, Spotify, Starbucks), bills payment (electricity, water, internet, cable, SSS, Pag-IBIG,
 * PhilHealth; a ₱15 convenience fee a bill), and the retailer's eLoad wallet that loading agents stock up on.
 * Every line is delivered to someone: a mobile number, a player id, an e-mail address or a biller account.
 */

export type Category = 'load' | 'data' | 'game' | 'gift_card' | 'bill';

/** A basket line and whom it goes to: a mobile number, a player id, an e-mail address or a biller account. */
export interface Line extends BasketLine<Category> {
  to?: string;
}

export interface Basket {
  lines: Line[];
  currency: 'PHP';
  /** Items less the discount plus the convenience fee. */
  amount: number;
  discount: number;
  code?: string;
  /** Convenience fee (bills). */
  fee: number;
}

const peso = (p: number): number => Math.round(p * 100);

export type Telco = 'globe' | 'smart' | 'dito';
/** The prepaid brand a number is on (TM is Globe's, TNT Smart's). */
export type PrepaidBrand = 'Globe' | 'TM' | 'Smart' | 'TNT' | 'DITO';

const PREFIXES: Readonly<Record<Telco, readonly string[]>> = {
  globe: [
    '905',
    '906',
    '915',
    '916',
    '917',
    '926',
    '927',
    '935',
    '936',
    '945',
    '953',
    '954',
    '955',
    '956',
    '965',
    '966',
    '967',
    '975',
    '977',
    '995',
    '997',
  ],
  smart: [
    '907',
    '908',
    '909',
    '910',
    '912',
    '918',
    '919',
    '920',
    '921',
    '928',
    '929',
    '930',
    '938',
    '939',
    '946',
    '947',
    '948',
    '949',
    '950',
    '951',
    '961',
    '963',
    '968',
    '970',
    '981',
    '989',
    '992',
    '998',
    '999',
  ],
  dito: ['895', '896', '897', '898', '991', '993', '994'],
};

/** The network a Philippine number is on, by its prefix. */
export function telcoOfNumber(number: string): Telco {
  const prefix = number.slice(3, 6);
  return PREFIXES.globe.includes(prefix) ? 'globe' : PREFIXES.dito.includes(prefix) ? 'dito' : 'smart';
}

/** A network's share of subscribers. */
export const telcoOf = (rng: Rng): Telco =>
  rng.weightedPick<Telco>([
    ['smart', 50],
    ['globe', 42],
    ['dito', 8],
  ]);

/** A Philippine mobile number, +63 9xx… (E.164). */
export const mobileOn = (rng: Rng, telco: Telco): string => `+63${rng.pick(PREFIXES[telco])}${rng.digits(7)}`;

/** The prepaid brand of a number on a network. */
export const brandOn = (rng: Rng, telco: Telco): PrepaidBrand =>
  telco === 'dito'
    ? 'DITO'
    : telco === 'globe'
      ? rng.chance(0.35)
        ? 'TM'
        : 'Globe'
      : rng.chance(0.45)
        ? 'TNT'
        : 'Smart';

const LOAD_AMOUNTS = [15, 20, 30, 50, 100, 150, 300, 500, 1000] as const;

export const regularLoad = (brand: PrepaidBrand, pesos: number): Product<Category> =>
  product(`LOAD-${brand.toUpperCase()}-${pesos}`, `${brand} Regular Load ₱${pesos}`, 'load', peso(pesos));

const DATA: Readonly<Record<PrepaidBrand, ReadonlyArray<readonly [string, string, number]>>> = {
  Globe: [
    ['GO50', 'Globe GoSURF50 (3 days)', 50],
    ['GO99', 'Globe Go+99 8GB (7 days)', 99],
    ['GO149', 'Globe Go+149 12GB (7 days)', 149],
    ['GO299', 'Globe Go+299 24GB (30 days)', 299],
    ['GOUNLI599', 'Globe GoUNLI 599 (30 days)', 599],
  ],
  TM: [
    ['EASY50', 'TM EasySURF 50 (3 days)', 50],
    ['EASY99', 'TM EasySURF 99 (7 days)', 99],
  ],
  Smart: [
    ['MAGIC99', 'Smart Magic Data 99 (no expiry)', 99],
    ['MAGIC299', 'Smart Magic Data 299 (no expiry)', 299],
    ['POWER99', 'Smart Power All 99 (7 days)', 99],
    ['GIGA149', 'Smart Giga Video 149 (7 days)', 149],
    ['UNLI5G599', 'Smart Unli 5G Data 599 (30 days)', 599],
  ],
  TNT: [
    ['UTP30', 'TNT Unli TikTok Plus 30 (3 days)', 30],
    ['GIGA50', 'TNT Giga Surf 50 (3 days)', 50],
    ['SAYA99', 'TNT Surf Saya 99 (7 days)', 99],
  ],
  DITO: [
    ['LVL99', 'DITO Level-Up 99 (30 days)', 99],
    ['LVL299', 'DITO Level-Up 299 (30 days)', 299],
  ],
};

/** A data promo for the brand. */
export function dataPromo(rng: Rng, brand: PrepaidBrand): Product<Category> {
  const [code, name, pesos] = rng.pick(DATA[brand]);
  return product(`DATA-${brand.toUpperCase()}-${code}`, name, 'data', peso(pesos));
}

/** Regular load as people buy it: mostly ₱50–₱300, weighted to ₱100. */
export function everydayLoad(rng: Rng, brand: PrepaidBrand): Product<Category> {
  const pesos = rng.weightedPick<number>([
    [30, 4],
    [50, 14],
    [100, 30],
    [150, 8],
    [300, 18],
    [500, 12],
    [1000, 5],
  ]);
  return regularLoad(brand, pesos);
}

/** The cheapest thing a number can be loaded with. */
export const cheapestLoad = (rng: Rng, brand: PrepaidBrand): Product<Category> =>
  regularLoad(brand, rng.pick(LOAD_AMOUNTS.slice(0, 3)));

export type Title = 'ml' | 'garena' | 'valorant' | 'roblox' | 'genshin' | 'codm' | 'steam' | 'psn';

const GAMES: Readonly<Record<Title, ReadonlyArray<readonly [string, string, number]>>> = {
  ml: [
    ['ML-WDP', 'Mobile Legends Weekly Diamond Pass', 100],
    ['ML-86', 'Mobile Legends 86 Diamonds', 95],
    ['ML-172', 'Mobile Legends 172 Diamonds', 190],
    ['ML-257', 'Mobile Legends 257 Diamonds', 285],
    ['ML-344', 'Mobile Legends 344 Diamonds', 380],
    ['ML-TWILIGHT', 'Mobile Legends Twilight Pass', 480],
    ['ML-706', 'Mobile Legends 706 Diamonds', 760],
    ['ML-2195', 'Mobile Legends 2195 Diamonds', 2280],
    ['ML-3688', 'Mobile Legends 3688 Diamonds', 3800],
    ['ML-5532', 'Mobile Legends 5532 Diamonds', 5700],
    ['ML-9288', 'Mobile Legends 9288 Diamonds', 9500],
  ],
  garena: [
    ['GRN-50', 'Garena Shells ₱50', 50],
    ['GRN-100', 'Garena Shells ₱100', 100],
    ['GRN-300', 'Garena Shells ₱300', 300],
    ['GRN-500', 'Garena Shells ₱500', 500],
    ['GRN-1000', 'Garena Shells ₱1,000', 1000],
  ],
  valorant: [
    ['VAL-420', 'Valorant 420 Points', 199],
    ['VAL-880', 'Valorant 880 Points', 399],
    ['VAL-1825', 'Valorant 1825 Points', 799],
    ['VAL-3225', 'Valorant 3225 Points', 1399],
    ['VAL-5350', 'Valorant 5350 Points', 2299],
  ],
  roblox: [
    ['RBX-400', 'Roblox 400 Robux', 279],
    ['RBX-800', 'Roblox 800 Robux', 549],
    ['RBX-1700', 'Roblox 1,700 Robux', 1099],
  ],
  genshin: [
    ['GI-WELKIN', 'Genshin Impact Blessing of the Welkin Moon', 249],
    ['GI-330', 'Genshin Impact 300+30 Genesis Crystals', 249],
    ['GI-1090', 'Genshin Impact 980+110 Genesis Crystals', 749],
    ['GI-2240', 'Genshin Impact 1980+260 Genesis Crystals', 1490],
    ['GI-8080', 'Genshin Impact 6480+1600 Genesis Crystals', 4990],
  ],
  codm: [
    ['CODM-80', 'Call of Duty: Mobile 80 CP', 49],
    ['CODM-420', 'Call of Duty: Mobile 420 CP', 249],
    ['CODM-880', 'Call of Duty: Mobile 880 CP', 499],
    ['CODM-2400', 'Call of Duty: Mobile 2400 CP', 1249],
  ],
  steam: [
    ['STEAM-100', 'Steam Wallet Code ₱100', 100],
    ['STEAM-250', 'Steam Wallet Code ₱250', 250],
    ['STEAM-500', 'Steam Wallet Code ₱500', 500],
    ['STEAM-1000', 'Steam Wallet Code ₱1,000', 1000],
    ['STEAM-2000', 'Steam Wallet Code ₱2,000', 2000],
  ],
  psn: [
    ['PSN-10', 'PlayStation Store Gift Card US$10', 610],
    ['PSN-20', 'PlayStation Store Gift Card US$20', 1200],
    ['PSN-50', 'PlayStation Store Gift Card US$50', 2980],
    ['PSN-100', 'PlayStation Store Gift Card US$100', 5950],
  ],
};

const TITLE_SHARE: ReadonlyArray<readonly [Title, number]> = [
  ['ml', 46],
  ['garena', 8],
  ['valorant', 9],
  ['roblox', 9],
  ['genshin', 8],
  ['codm', 8],
  ['steam', 8],
  ['psn', 4],
];

export const favouriteTitle = (rng: Rng): Title => rng.weightedPick(TITLE_SHARE);

const gameProduct = ([sku, name, pesos]: readonly [string, string, number]): Product<Category> =>
  product(sku, name, 'game', peso(pesos));

/**
 * A top-up of a title, by how much the buyer spends: `small` (the cheaper half), `any` (weighted to the middle), or
 * `big` (the dearest third).
 */
export function gameTopUp(rng: Rng, title: Title, size: 'small' | 'any' | 'big'): Product<Category> {
  const list = GAMES[title];
  if (size === 'small') return gameProduct(rng.pick(list.slice(0, Math.ceil(list.length / 2))));
  if (size === 'big') return gameProduct(rng.pick(list.slice(Math.floor((list.length * 2) / 3))));
  const i = Math.min(list.length - 1, Math.floor(rng.logNormal(list.length / 3, 0.6)));
  return gameProduct(list[i] ?? list[0] ?? ['?', '?', 100]);
}

/** A top-up of a title priced from `min` to `max` centavos (the cheapest above `min` when none is). */
export function gameBetween(rng: Rng, title: Title, min: number, max: number): Product<Category> {
  const priced = GAMES[title].map(gameProduct);
  const fitting = priced.filter((p) => p.price >= min && p.price <= max);
  const above = priced.filter((p) => p.price >= min);
  return fitting.length > 0
    ? rng.pick(fitting)
    : (above[0] ?? priced[priced.length - 1] ?? gameProduct(['?', '?', 100]));
}

/** Codes that resell easily: Steam, PlayStation, the biggest diamond packs. */
export function resaleCode(rng: Rng): Product<Category> {
  const title = rng.weightedPick<Title>([
    ['steam', 35],
    ['psn', 30],
    ['ml', 25],
    ['valorant', 10],
  ]);
  return gameTopUp(rng, title, 'big');
}

export type GiftBrand = 'google' | 'apple' | 'sm' | 'jollibee' | 'lazada' | 'grab' | 'spotify' | 'starbucks';

const GIFTS: Readonly<Record<GiftBrand, ReadonlyArray<readonly [string, string, number]>>> = {
  google: [
    ['GPLAY-100', 'Google Play Gift Code ₱100', 100],
    ['GPLAY-500', 'Google Play Gift Code ₱500', 500],
    ['GPLAY-1000', 'Google Play Gift Code ₱1,000', 1000],
  ],
  apple: [
    ['APPLE-500', 'App Store & iTunes Gift Card ₱500', 500],
    ['APPLE-1000', 'App Store & iTunes Gift Card ₱1,000', 1000],
  ],
  sm: [
    ['SMGP-500', 'SM Gift Pass e-GC ₱500', 500],
    ['SMGP-1000', 'SM Gift Pass e-GC ₱1,000', 1000],
    ['SMGP-2000', 'SM Gift Pass e-GC ₱2,000', 2000],
    ['SMGP-5000', 'SM Gift Pass e-GC ₱5,000', 5000],
  ],
  jollibee: [
    ['JFC-200', 'Jollibee e-Gift Card ₱200', 200],
    ['JFC-500', 'Jollibee e-Gift Card ₱500', 500],
    ['JFC-1000', 'Jollibee e-Gift Card ₱1,000', 1000],
  ],
  lazada: [
    ['LZD-500', 'Lazada e-Voucher ₱500', 500],
    ['LZD-1000', 'Lazada e-Voucher ₱1,000', 1000],
    ['LZD-2000', 'Lazada e-Voucher ₱2,000', 2000],
  ],
  grab: [
    ['GRAB-300', 'GrabGifts ₱300', 300],
    ['GRAB-500', 'GrabGifts ₱500', 500],
    ['GRAB-1000', 'GrabGifts ₱1,000', 1000],
  ],
  spotify: [
    ['SPOT-1M', 'Spotify Premium 1 month', 149],
    ['SPOT-3M', 'Spotify Premium 3 months', 447],
  ],
  starbucks: [
    ['SBX-500', 'Starbucks e-Gift ₱500', 500],
    ['SBX-1000', 'Starbucks e-Gift ₱1,000', 1000],
  ],
};

const GIFT_SHARE: ReadonlyArray<readonly [GiftBrand, number]> = [
  ['sm', 22],
  ['jollibee', 16],
  ['google', 14],
  ['lazada', 12],
  ['grab', 10],
  ['apple', 8],
  ['spotify', 8],
  ['starbucks', 10],
];

/** A digital gift card of a brand (any brand by the store's share). */
export function giftCard(rng: Rng, brand?: GiftBrand): Product<Category> {
  const [sku, name, pesos] = rng.pick(GIFTS[brand ?? rng.weightedPick(GIFT_SHARE)]);
  return product(sku, name, 'gift_card', peso(pesos));
}

/** The dearest denomination of a brand. */
export function topGiftCard(brand: GiftBrand): Product<Category> {
  const list = GIFTS[brand];
  const [sku, name, pesos] = list[list.length - 1] ?? ['?', '?', 100];
  return product(sku, name, 'gift_card', peso(pesos));
}

export type Biller =
  | 'meralco'
  | 'veco'
  | 'davao_light'
  | 'maynilad'
  | 'manila_water'
  | 'pldt'
  | 'converge'
  | 'globe_home'
  | 'cignal'
  | 'sss'
  | 'pagibig'
  | 'philhealth';

interface BillerInfo {
  name: string;
  /** Digits in the account number. */
  digits: number;
  /** Typical bill in pesos and its log-sd, or the plan prices. */
  median: number;
  spread: number;
  plans?: readonly number[];
}

const BILLERS: Readonly<Record<Biller, BillerInfo>> = {
  meralco: { name: 'Meralco', digits: 10, median: 3200, spread: 0.55 },
  veco: { name: 'Visayan Electric', digits: 10, median: 2600, spread: 0.5 },
  davao_light: { name: 'Davao Light', digits: 10, median: 2400, spread: 0.5 },
  maynilad: { name: 'Maynilad', digits: 8, median: 650, spread: 0.5 },
  manila_water: { name: 'Manila Water', digits: 8, median: 560, spread: 0.5 },
  pldt: { name: 'PLDT Home', digits: 10, median: 0, spread: 0, plans: [1699, 2099, 2699] },
  converge: { name: 'Converge FiberX', digits: 13, median: 0, spread: 0, plans: [1500, 1800, 2500] },
  globe_home: { name: 'Globe At Home', digits: 9, median: 0, spread: 0, plans: [1299, 1699, 2499] },
  cignal: { name: 'Cignal TV', digits: 10, median: 0, spread: 0, plans: [590, 990, 1899] },
  sss: { name: 'SSS contribution', digits: 10, median: 1400, spread: 0.35 },
  pagibig: { name: 'Pag-IBIG contribution', digits: 12, median: 200, spread: 0 },
  philhealth: { name: 'PhilHealth contribution', digits: 12, median: 900, spread: 0.3 },
};

/** The convenience fee a bill carries. */
export const BILL_FEE = peso(15);

/** A biller account number. */
export const billAccount = (rng: Rng, biller: Biller): string => rng.digits(BILLERS[biller].digits);

/** A bill of the biller for one account, its amount drawn around the biller's typical bill. */
export function bill(rng: Rng, biller: Biller, account: string, scale = 1): Line {
  const info = BILLERS[biller];
  const pesos = info.plans
    ? rng.pick(info.plans)
    : Math.max(150, Math.round(scale * rng.logNormal(info.median, info.spread) * 100) / 100);
  return {
    ...lineOf(product(`BILL-${biller.toUpperCase()}`, `${info.name} bill`, 'bill', peso(pesos))),
    to: account,
  };
}

/** The utilities a household pays, by where it is. */
export function householdBillers(rng: Rng, city: string): Biller[] {
  const power: Biller =
    city === 'Cebu City' || city === 'Mandaue' ? 'veco' : city === 'Davao City' ? 'davao_light' : 'meralco';
  const water: Biller = rng.chance(0.5) ? 'maynilad' : 'manila_water';
  const net: Biller = rng.weightedPick<Biller>([
    ['pldt', 40],
    ['converge', 35],
    ['globe_home', 25],
  ]);
  const out: Biller[] = [power];
  if (rng.chance(0.5)) out.push(net);
  if (rng.chance(0.35)) out.push(water);
  if (rng.chance(0.12)) out.push('cignal');
  return out;
}

/** Contributions an OFW keeps up from abroad. */
export const contributionBiller = (rng: Rng): Biller =>
  rng.weightedPick<Biller>([
    ['sss', 55],
    ['pagibig', 25],
    ['philhealth', 20],
  ]);

/** The retailer's eLoad wallet, in ₱1,000 blocks, that loading agents resell as load. */
export const RETAILER_WALLET = product('RTL-ELOAD-1000', 'Retailer eLoad Wallet ₱1,000', 'load', peso(1000));

/** A line of a product to someone. */
export const lineTo = (p: Product<Category>, to: string | undefined, quantity = 1): Line => ({
  ...lineOf(p, quantity),
  ...(to ? { to } : {}),
});

/** A basket: items less the discount plus the fee; the discount never takes it below ₱1. */
export function basketOf(lines: Line[], discount = 0, code?: string, fee = 0): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const off = Math.min(discount, items - 100);
  return {
    lines,
    currency: 'PHP',
    amount: items - Math.max(0, off) + fee,
    discount: Math.max(0, off),
    ...(code && off > 0 ? { code } : {}),
    fee,
  };
}

/** A basket of bills, each with its convenience fee. */
export const billBasket = (lines: Line[]): Basket => basketOf(lines, 0, undefined, BILL_FEE * lines.length);

/** A Mobile Legends player id with its zone, as the top-up form takes it. */
export const mlPlayer = (rng: Rng): string =>
  `${rng.int(10_000_000, 1_299_999_999)} (${rng.int(2001, 15999)})`;

/** Codes for Steam and PlayStation go by e-mail; the other titles are credited to a player id. */
export const byEmail = (title: Title): boolean => title === 'steam' || title === 'psn';

/** A player id for a title credited in game. */
export const playerId = (rng: Rng, title: Title): string =>
  title === 'ml' ? mlPlayer(rng) : `${rng.int(100_000_000, 9_999_999_999)}`;
