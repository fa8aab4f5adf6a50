import { type Rng } from '../kit/random.js';
import { accountBuyer, connectionOf, destination, purchaseOf, type World } from './build.js';
import { DAYTIME_HOURS, HOME_HOURS, momentIn } from './calendar.js';
import {
  AC_INSTALL,
  ACCESSORIES,
  AUDIO,
  basketOf,
  BUDGET_PHONES,
  type Code,
  COMPUTER,
  type Delivery,
  few,
  FLAGSHIP_PHONES,
  GAMING,
  GIFT_CARDS,
  INSTALL_WM,
  type Item,
  LAPTOPS,
  LARGE_APPLIANCES,
  MID_PHONES,
  phoneAddons,
  SMALL_APPLIANCES,
  TABLETS,
  TVS,
  WALL_MOUNT,
  WEARABLES,
} from './catalogue.js';
import { KZ_MOBILE, ipOn } from './networks.js';
import { type Account, emailFor, freshAge, fullName, kzAccount, newDevice } from './people.js';
import { addressIn, type City, kzCity, officeIn, pickupCity } from './places.js';
import { DAY, honestAfter, honestPay, type MethodWeights, type Purchase } from './purchase.js';
import { abroadForFamily, businessInvoice, crossBorder, greyReseller } from './honest-more.js';

/** Honest kinds and their weights; the planners of the six everyday ones (the rest in honest-more.ts). */

export const HONEST = {
  everyday_shopper: 21,
  sale_phone_instalment: 16,
  big_appliance: 10,
  regional_cod: 10,
  express_city: 9,
  store_pickup: 9,
  gift_to_family: 6,
  cross_border: 7,
  business_invoice: 4,
  abroad_for_family: 3,
  grey_reseller: 5,
} as const;

export type HonestKind = keyof typeof HONEST;

/** An established customer (most), or somebody who signed up during the fortnight. */
export function customer(rng: Rng, w: World, at: number, established: number, city?: City): Account {
  if (rng.chance(established)) {
    const a = rng.pick(w.customers);
    if (!city || a.city.name === city.name) return a;
    const local = w.customers.filter((c) => c.city.name === city.name);
    if (local.length > 0) return rng.pick(local);
  }
  return kzAccount(rng, at, rng.chance(0.5) ? freshAge(rng) : rng.int(1, 20) * DAY, city);
}

const walletOf = (a: Account): MethodWeights =>
  a.devices.some((d) => d.ios) ? { apple_pay: 1 } : { google_pay: 1 };
const scaled = (m: MethodWeights, k: number): MethodWeights =>
  Object.fromEntries(Object.entries(m).map(([key, v]) => [key, (v ?? 0) * k]));

/** Card, wallet, QR, instalments and cash on delivery in the shares a kind pays them. */
function methods(
  a: Account,
  w: { card: number; wallet: number; qr: number; installments: number; cod?: number; store?: number },
): MethodWeights {
  return {
    card: w.card,
    ...scaled(walletOf(a), w.wallet),
    qr: w.qr,
    installments: w.installments,
    cod: w.cod ?? 0,
    pay_in_store: w.store ?? 0,
  };
}

const payerOf = (a: Account, signedIn = true) => ({
  cards: a.cards,
  country: 'KZ',
  signedIn,
  ios: a.devices.some((d) => d.ios),
});

const ship = (rng: Rng, city: City, express: boolean, pickup: number): Delivery => {
  if (pickupCity(city) && rng.chance(pickup)) return 'pickup';
  if (express && city.express) return 'express';
  return 'courier';
};

const codeFor = (
  rng: Rng,
  a: Account,
  at: number,
  subtotal: number,
  app: boolean,
): { code: Code; typed: string } | undefined => {
  if (app && at - a.createdAt < 2 * DAY && subtotal >= 50_000 && rng.chance(0.5))
    return { code: 'NEWAPP', typed: 'NEWAPP' };
  if (subtotal >= 150_000 && rng.chance(0.22)) return { code: 'SALE1111', typed: 'SALE1111' };
  return undefined;
};

function everyday(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { hours: HOME_HOURS, saleBias: 0.6 });
  const a = customer(rng, w, at, 0.85);
  const { device, ip } = connectionOf(rng, a);
  const pool = rng.weightedPick<readonly Item[]>([
    [ACCESSORIES, 25],
    [AUDIO, 22],
    [SMALL_APPLIANCES, 22],
    [WEARABLES, 12],
    [COMPUTER, 10],
    [GIFT_CARDS, 4],
    [GAMING, 5],
  ]);
  const items: Array<[Item, number]> = [[rng.pick(pool), few(rng, 3)]];
  if (pool !== GIFT_CARDS && rng.chance(0.35)) items.push([rng.pick(ACCESSORIES), 1]);
  if (pool !== GIFT_CARDS && rng.chance(0.12)) items.push([rng.pick(SMALL_APPLIANCES), 1]);
  const digital = items.every(([i]) => i.category === 'gift_cards');
  const delivery: Delivery = digital ? 'digital' : ship(rng, a.city, rng.chance(0.08), 0.25);
  const subtotal = items.reduce((s, [i, q]) => s + i.price * q, 0);
  const basket = basketOf(items, 'KZT', delivery, codeFor(rng, a, at, subtotal, device.kind === 'app'));
  const payment = honestPay(
    rng,
    payerOf(a),
    basket.tenge,
    methods(a, {
      card: 40,
      wallet: 8,
      qr: 36,
      installments: basket.tenge > 60_000 ? 8 : 0,
      cod: delivery === 'courier' ? 6 : 0,
    }),
  );
  return purchaseOf({
    at,
    kind: 'everyday_shopper',
    fraud: false,
    buyer: accountBuyer(a),
    basket,
    billing: a.home,
    ...destination(rng, delivery, a.city, a.home),
    ip,
    device,
    locale: a.locale,
    phone: a.phone,
    delivery,
    payment,
    later: honestAfter(
      rng,
      { ...payment, delivery, basket },
      { far: a.city.region !== 'almaty' && a.city.region !== 'astana' },
    ),
  });
}

function salePhone(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { hours: HOME_HOURS, saleBias: 1.6 });
  const a = customer(rng, w, at, 0.65);
  const { device, ip } = connectionOf(rng, a);
  const main = rng.weightedPick<Item>([
    [rng.pick(FLAGSHIP_PHONES), 40],
    [rng.pick(MID_PHONES), 38],
    [rng.pick(BUDGET_PHONES), 6],
    [rng.pick(LAPTOPS), 10],
    [rng.pick(TABLETS), 6],
  ]);
  const items: Array<[Item, number]> = [
    [main, 1],
    ...(main.category === 'smartphones' ? phoneAddons(rng, main) : []),
  ];
  if (rng.chance(0.1)) items.push([rng.pick(AUDIO.slice(0, 3)), 1]);
  const delivery = ship(rng, a.city, rng.chance(0.15), 0.4);
  const subtotal = items.reduce((s, [i, q]) => s + i.price * q, 0);
  const basket = basketOf(
    items,
    'KZT',
    delivery,
    rng.chance(0.35)
      ? { code: 'SALE1111', typed: 'SALE1111' }
      : codeFor(rng, a, at, subtotal, device.kind === 'app'),
  );
  const payment = honestPay(
    rng,
    payerOf(a),
    basket.tenge,
    methods(a, { card: 16, wallet: 5, qr: 10, installments: 69 }),
  );
  return purchaseOf({
    at,
    kind: 'sale_phone_instalment',
    fraud: false,
    buyer: accountBuyer(a),
    basket,
    billing: a.home,
    ...destination(rng, delivery, a.city, a.home),
    ip,
    device,
    locale: a.locale,
    phone: a.phone,
    delivery,
    payment,
    later: honestAfter(rng, { ...payment, delivery, basket }, { busy: true, far: !a.city.express }),
  });
}

function bigAppliance(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { hours: HOME_HOURS, saleBias: 0.9 });
  const a = customer(rng, w, at, 0.8);
  const desktop = a.devices.find((d) => d.kind === 'desktop');
  const { device, ip } = connectionOf(rng, a, desktop && rng.chance(0.6) ? desktop : undefined);
  const main = rng.chance(0.45) ? rng.pick(TVS) : rng.pick(LARGE_APPLIANCES);
  const items: Array<[Item, number]> = [[main, 1]];
  let services = false;
  if (main.category === 'tv' && rng.chance(0.3)) {
    items.push([WALL_MOUNT, 1]);
    services = true;
  } else if (main.sku === 'ART-AC12' && rng.chance(0.75)) {
    items.push([AC_INSTALL, 1]);
    services = true;
  } else if ((main.sku.includes('WM') || main.sku.includes('DW')) && rng.chance(0.45)) {
    items.push([INSTALL_WM, 1]);
    services = true;
  }
  if (rng.chance(0.18)) items.push([rng.pick(SMALL_APPLIANCES), 1]);
  const basket = basketOf(
    items,
    'KZT',
    'large_item',
    rng.chance(0.2) ? { code: 'SALE1111', typed: 'SALE1111' } : undefined,
  );
  const payment = honestPay(
    rng,
    payerOf(a),
    basket.tenge,
    methods(a, { card: 25, wallet: 4, qr: 15, installments: 46, cod: 10 }),
  );
  return purchaseOf({
    at,
    kind: 'big_appliance',
    fraud: false,
    buyer: accountBuyer(a),
    basket,
    billing: a.home,
    shipping: a.home,
    ip,
    device,
    locale: a.locale,
    phone: a.phone,
    delivery: 'large_item',
    payment,
    later: honestAfter(rng, { ...payment, delivery: 'large_item', basket }, { services, refused: 0.03 }),
  });
}

/** Towns far from the two big cities: phones on mobile data, guests or new accounts, cash to the courier. */
function regionalCod(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { hours: HOME_HOURS, saleBias: 0.8 });
  const city = kzCity(rng, ['south', 'west', 'north', 'east', 'centre'], { south: 1.8, west: 1.4 });
  const guest = rng.chance(0.45);
  const a = guest ? kzAccount(rng, at, 0, city) : customer(rng, w, at, 0.3, city);
  const device =
    guest || rng.chance(0.5)
      ? newDevice(rng, rng.chance(0.65) ? 'mobile_web' : 'app', 0.12)
      : (a.devices[0] ?? newDevice(rng, 'mobile_web', 0.12));
  const ip = ipOn(rng, rng.chance(0.9) ? rng.weightedPick(KZ_MOBILE) : a.broadband);
  const pool = rng.weightedPick<readonly Item[]>([
    [BUDGET_PHONES, 22],
    [MID_PHONES, 16],
    [TVS.slice(2), 16],
    [SMALL_APPLIANCES, 30],
    [AUDIO, 10],
    [WEARABLES.slice(2), 6],
  ]);
  const items: Array<[Item, number]> = [[rng.pick(pool), 1]];
  if (rng.chance(0.25)) items.push([rng.pick(ACCESSORIES), few(rng, 2)]);
  const delivery: Delivery = items.some(([i]) => i.category === 'tv') ? 'large_item' : 'courier';
  const basket = basketOf(items, 'KZT', delivery);
  const payment = honestPay(rng, payerOf(a, !guest), basket.tenge, { cod: 82, qr: 12, card: 6 });
  const email = guest ? emailFor(rng, a.person, 'kz') : a.email;
  return purchaseOf({
    at,
    kind: 'regional_cod',
    fraud: false,
    buyer: guest ? { email, name: fullName(a.person) } : accountBuyer(a),
    basket,
    billing: a.home,
    shipping: a.home,
    ip,
    device,
    locale: rng.chance(0.35) ? 'kk-KZ' : 'ru-KZ',
    phone: a.phone,
    delivery,
    payment,
    later: honestAfter(rng, { ...payment, delivery, basket }, { far: true, refused: 0.11 }),
  });
}

/** Almaty and Astana, three-hour delivery to home or office, evenings and lunch breaks. */
function expressCity(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { hours: DAYTIME_HOURS, saleBias: 0.8 });
  const city = kzCity(rng, ['almaty', 'astana']);
  const home = city.express ? city : kzCity(rng, ['astana']);
  const a = customer(rng, w, at, 0.8, home);
  const { device, ip } = connectionOf(rng, a);
  const pool = rng.weightedPick<readonly Item[]>([
    [AUDIO, 22],
    [GAMING, 16],
    [MID_PHONES, 12],
    [FLAGSHIP_PHONES, 10],
    [WEARABLES, 12],
    [SMALL_APPLIANCES, 16],
    [ACCESSORIES, 12],
  ]);
  const items: Array<[Item, number]> = [[rng.pick(pool), 1]];
  if (rng.chance(0.3)) items.push([rng.pick(ACCESSORIES), 1]);
  const basket = basketOf(items, 'KZT', 'express');
  const payment = honestPay(
    rng,
    payerOf(a),
    basket.tenge,
    methods(a, { card: 42, wallet: 20, qr: 32, installments: basket.tenge > 150_000 ? 6 : 0 }),
  );
  const office = rng.chance(0.28);
  return purchaseOf({
    at,
    kind: 'express_city',
    fraud: false,
    buyer: accountBuyer(a),
    basket,
    billing: a.home,
    shipping: office ? officeIn(rng, a.city) : a.home,
    ip,
    device,
    locale: a.locale,
    phone: a.phone,
    delivery: 'express',
    payment,
    later: honestAfter(rng, { ...payment, delivery: 'express', basket }),
  });
}

/** Reserved online and collected at a shop or pickup point the same day or the next. */
function storePickup(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { hours: DAYTIME_HOURS, saleBias: 1.0 });
  const city = kzCity(rng, undefined, { almaty: 1.3, astana: 1.3 });
  const home = pickupCity(city) ? city : kzCity(rng, ['almaty']);
  const guest = rng.chance(0.28);
  const a = guest ? kzAccount(rng, at, 0, home) : customer(rng, w, at, 0.85, home);
  const { device, ip } = connectionOf(rng, a);
  const pool = rng.weightedPick<readonly Item[]>([
    [MID_PHONES, 18],
    [FLAGSHIP_PHONES, 10],
    [AUDIO, 18],
    [GAMING, 10],
    [SMALL_APPLIANCES, 18],
    [LAPTOPS, 10],
    [WEARABLES, 8],
    [ACCESSORIES, 8],
  ]);
  const items: Array<[Item, number]> = [[rng.pick(pool), 1]];
  if (rng.chance(0.2)) items.push([rng.pick(ACCESSORIES), 1]);
  const basket = basketOf(items, 'KZT', 'pickup');
  const payment = honestPay(
    rng,
    payerOf(a, !guest),
    basket.tenge,
    methods(a, { card: 28, wallet: 5, qr: 35, installments: basket.tenge > 100_000 ? 12 : 0, store: 20 }),
  );
  return purchaseOf({
    at,
    kind: 'store_pickup',
    fraud: false,
    buyer: guest ? { email: emailFor(rng, a.person, 'kz'), name: a.name } : accountBuyer(a),
    basket,
    billing: a.home,
    ...destination(rng, 'pickup', home, a.home),
    ip,
    device,
    locale: a.locale,
    phone: a.phone,
    delivery: 'pickup',
    payment,
    later: honestAfter(rng, { ...payment, delivery: 'pickup', basket }, { busy: true }),
  });
}

/** Grown children in the big cities sending a phone, a television or a washing machine to their parents. */
function giftToFamily(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { hours: HOME_HOURS, saleBias: 1.0 });
  const a = customer(rng, w, at, 0.9);
  const { device, ip } = connectionOf(rng, a);
  let to = kzCity(rng, ['south', 'west', 'north', 'east', 'centre'], { south: 2 });
  if (to.name === a.city.name) to = kzCity(rng, ['south']);
  const main = rng.weightedPick<Item>([
    [rng.pick(MID_PHONES), 25],
    [rng.pick(BUDGET_PHONES), 15],
    [rng.pick(TVS), 20],
    [rng.pick(LARGE_APPLIANCES), 20],
    [rng.pick(SMALL_APPLIANCES), 20],
  ]);
  const delivery: Delivery =
    main.category === 'tv' || main.category === 'large_appliances' ? 'large_item' : 'courier';
  const basket = basketOf([[main, 1]], 'KZT', delivery);
  const payment = honestPay(
    rng,
    payerOf(a),
    basket.tenge,
    methods(a, { card: 42, wallet: 5, qr: 25, installments: 28 }),
  );
  const shipping = addressIn(rng, to);
  return purchaseOf({
    at,
    kind: 'gift_to_family',
    fraud: false,
    buyer: accountBuyer(a),
    basket,
    billing: a.home,
    shipping,
    ip,
    device,
    locale: a.locale,
    phone: a.phone,
    delivery,
    payment,
    later: honestAfter(rng, { ...payment, delivery, basket }, { far: true }),
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  everyday_shopper: everyday,
  sale_phone_instalment: salePhone,
  big_appliance: bigAppliance,
  regional_cod: regionalCod,
  express_city: expressCity,
  store_pickup: storePickup,
  gift_to_family: giftToFamily,
  cross_border: crossBorder,
  business_invoice: businessInvoice,
  abroad_for_family: abroadForFamily,
  grey_reseller: greyReseller,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
