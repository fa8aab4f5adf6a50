import { type Rng } from '../kit/random.js';
import { accountBuyer, companyOf, connectionOf, destination, purchaseOf, type World } from './build.js';
import { HOME_HOURS, momentIn, OFFICE_HOURS, DAYTIME_HOURS } from './calendar.js';
import { newCard } from './cards.js';
import {
  AUDIO,
  basketOf,
  COMPUTER,
  type Currency,
  type Delivery,
  FLAGSHIP_PHONES,
  type Item,
  LAPTOPS,
  LARGE_APPLIANCES,
  MID_PHONES,
  phoneAddons,
  SMALL_APPLIANCES,
  TABLETS,
  TVS,
  WEARABLES,
} from './catalogue.js';
import { HOME_ABROAD, ipOn, KZ_MOBILE, type Network, NETWORKS } from './networks.js';
import {
  accountId,
  emailFor,
  freshAge,
  fullName,
  kgPerson,
  kzAccount,
  newDevice,
  phoneFor,
  uzPerson,
} from './people.js';
import {
  ABROAD,
  addressAt,
  addressIn,
  cityOf,
  KG_CITIES,
  kzCity,
  officeIn,
  pickupPointIn,
  UZ_CITIES,
} from './places.js';
import { DAY, honestAfter, honestPay, type Purchase } from './purchase.js';

/** The honest kinds that cross a border or buy in bulk: neighbours, companies, Kazakhs abroad, resellers. */

/**
 * Kyrgyz and Uzbek shoppers: prices in som or sum (or dollars), their own Visa and Mastercard cards, which
 * their issuers decline abroad more often, delivered by courier across the border or collected in Almaty
 * (Bishkek is four hours' drive away).
 */
export function crossBorder(rng: Rng, w: World): Purchase {
  const kg = rng.chance(0.6);
  const country = kg ? 'KG' : 'UZ';
  const tz = kg ? 6 : 5;
  const at = momentIn(rng, w.window, { hours: HOME_HOURS, tz, saleBias: 1.0 });
  const city = cityOf(rng, kg ? KG_CITIES : UZ_CITIES);
  const person = kg ? kgPerson(rng) : uzPerson(rng);
  const known = rng.chance(0.5);
  const createdAt = at - (known ? rng.int(30, 900) * DAY : freshAge(rng));
  const device = newDevice(
    rng,
    rng.weightedPick([
      ['mobile_web', 45],
      ['app', 30],
      ['desktop', 25],
    ] as const),
    0.25,
  );
  const net: Network = kg
    ? device.kind === 'desktop'
      ? NETWORKS.kgFixed
      : rng.chance(0.7)
        ? NETWORKS.kgMobile
        : NETWORKS.kgFixed
    : device.kind === 'desktop'
      ? NETWORKS.uzFixed
      : rng.chance(0.7)
        ? NETWORKS.uzMobile
        : NETWORKS.uzFixed;
  const currency: Currency = kg ? (rng.chance(0.7) ? 'KGS' : 'USD') : rng.chance(0.55) ? 'UZS' : 'USD';
  const main = rng.weightedPick<Item>([
    [rng.pick(FLAGSHIP_PHONES), 30],
    [rng.pick(MID_PHONES), 25],
    [rng.pick(LAPTOPS), 15],
    [rng.pick(TABLETS), 8],
    [rng.pick(SMALL_APPLIANCES), 12],
    [rng.pick(AUDIO), 10],
  ]);
  const items: Array<[Item, number]> = [
    [main, 1],
    ...(main.category === 'smartphones' ? phoneAddons(rng, main) : []),
  ];
  const pickup = rng.chance(kg ? 0.35 : 0.12);
  const delivery: Delivery = pickup ? 'pickup' : 'cross_border';
  const basket = basketOf(items, currency, delivery);
  const cards = [newCard(rng, country)];
  if (rng.chance(0.3)) cards.push(newCard(rng, country));
  const payment = honestPay(
    rng,
    { cards, country, signedIn: known, ios: device.ios },
    basket.tenge,
    { card: 86, [device.ios ? 'apple_pay' : 'google_pay']: 14 },
    0.16,
  );
  const home = addressAt(rng, { city: city.name, country, postal: city.postal, streets: city.streets, tz });
  return purchaseOf({
    at,
    kind: 'cross_border',
    fraud: false,
    buyer: known
      ? { id: accountId(rng), email: emailFor(rng, person, 'kz'), name: fullName(person), createdAt }
      : { email: emailFor(rng, person, 'kz'), name: fullName(person) },
    basket,
    billing: home,
    ...(pickup ? { pickupPoint: pickupPointIn(rng, 'Almaty') } : { shipping: home }),
    ip: ipOn(rng, net),
    device,
    locale: kg ? 'ru-KG' : rng.chance(0.6) ? 'ru-UZ' : 'uz-UZ',
    phone: phoneFor(rng, country),
    delivery,
    payment,
    later: honestAfter(rng, { ...payment, delivery, basket }),
  });
}

/** Small companies equipping an office: laptops, monitors, printers, routers by the handful, paid by invoice. */
export function businessInvoice(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { hours: OFFICE_HOURS, weekdays: true, saleBias: 0.5 });
  const company = companyOf(rng);
  const city = kzCity(rng, undefined, { almaty: 1.6, astana: 1.6 });
  const a = kzAccount(rng, at, rng.int(40, 1500) * DAY, city);
  const domain = `${company.name.replace(/TOO|"|\s/g, '').toLowerCase()}.kz`;
  const email = emailFor(rng, a.person, 'work', domain);
  const n = () => rng.int(2, 12);
  const items: Array<[Item, number]> = [[rng.pick(LAPTOPS.slice(2)), n()]];
  if (rng.chance(0.5)) items.push([COMPUTER[0] as Item, n()]);
  if (rng.chance(0.4)) items.push([rng.pick(COMPUTER.slice(1)), rng.int(1, 4)]);
  if (rng.chance(0.15)) items.push([rng.pick(MID_PHONES), rng.int(2, 6)]);
  const pickup = rng.chance(0.2);
  const delivery: Delivery = pickup ? 'pickup' : 'courier';
  const basket = basketOf(items, 'KZT', delivery);
  const office = officeIn(rng, a.city);
  const payment = honestPay(
    rng,
    { cards: [newCard(rng, 'KZ', 'credit')], country: 'KZ', signedIn: true, ios: false },
    basket.tenge,
    {
      bank_transfer: 80,
      card: 20,
    },
  );
  return purchaseOf({
    at,
    kind: 'business_invoice',
    fraud: false,
    buyer: { id: a.id, email, name: a.name, createdAt: a.createdAt },
    basket,
    billing: office,
    ...destination(rng, delivery, a.city, office),
    ip: ipOn(rng, rng.chance(0.85) ? NETWORKS.kzOffice : a.broadband),
    device: newDevice(rng, 'desktop'),
    locale: 'ru-KZ',
    phone: a.phone,
    delivery,
    company,
    payment,
    later: honestAfter(rng, { ...payment, delivery, basket }, { far: !a.city.express }),
  });
}

const ABROAD_SHARE: ReadonlyArray<readonly [string, number]> = [
  ['KR', 20],
  ['DE', 15],
  ['PL', 15],
  ['TR', 15],
  ['AE', 15],
  ['US', 10],
  ['GB', 10],
];

/**
 * Kazakhs studying or working abroad buying for the family at home: from a foreign network (or roaming on the
 * home carrier), on a foreign card billed abroad or on the Kazakh card they kept, delivered to their parents.
 */
export function abroadForFamily(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(ABROAD_SHARE);
  const place = rng.pick(ABROAD[country] ?? []);
  const at = momentIn(rng, w.window, { hours: HOME_HOURS, tz: place.tz, saleBias: 0.9 });
  const a = rng.chance(0.6) ? rng.pick(w.customers) : kzAccount(rng, at, rng.int(60, 2000) * DAY);
  const foreignCard = rng.chance(0.5);
  const roaming = rng.chance(0.12);
  const home = HOME_ABROAD[country] ?? NETWORKS.usHome;
  const device = rng.chance(0.5)
    ? (a.devices[0] ?? newDevice(rng, 'app'))
    : newDevice(rng, rng.chance(0.5) ? 'desktop' : 'mobile_web', 0.45);
  const main = rng.weightedPick<Item>([
    [rng.pick(MID_PHONES), 22],
    [rng.pick(FLAGSHIP_PHONES), 14],
    [rng.pick(TVS), 18],
    [rng.pick(LARGE_APPLIANCES), 18],
    [rng.pick(SMALL_APPLIANCES), 16],
    [rng.pick(WEARABLES), 6],
    [rng.pick(LAPTOPS), 6],
  ]);
  const delivery: Delivery =
    main.category === 'tv' || main.category === 'large_appliances' ? 'large_item' : 'courier';
  const basket = basketOf([[main, 1]], 'KZT', delivery);
  const cards = foreignCard ? [newCard(rng, country)] : a.cards;
  const payment = honestPay(
    rng,
    { cards, country: foreignCard ? country : 'KZ', signedIn: true, ios: device.ios },
    basket.tenge,
    { card: 80, [device.ios ? 'apple_pay' : 'google_pay']: 10, installments: foreignCard ? 0 : 10 },
    0.1,
  );
  return purchaseOf({
    at,
    kind: 'abroad_for_family',
    fraud: false,
    buyer: accountBuyer(a),
    basket,
    billing: foreignCard ? addressAt(rng, place) : a.home,
    shipping: addressIn(rng, a.city),
    ip: ipOn(rng, roaming ? rng.weightedPick(KZ_MOBILE) : home),
    device,
    locale: rng.chance(0.8) ? 'ru-KZ' : 'kk-KZ',
    phone: a.phone,
    delivery,
    payment,
    later: honestAfter(rng, { ...payment, delivery, basket }, { far: true }),
  });
}

/**
 * Traders who buy phones by the box during the sale to sell on from a market stall or abroad: the same
 * accounts again and again, several cards or the company's account, collected from a shop in person.
 */
export function greyReseller(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { hours: DAYTIME_HOURS, saleBias: 1.8 });
  const r = rng.pick(w.resellers);
  const a = r.account;
  const { device, ip } = connectionOf(rng, a);
  const model = rng.chance(0.7)
    ? rng.pick(FLAGSHIP_PHONES.slice(0, 3))
    : rng.pick([...FLAGSHIP_PHONES, ...MID_PHONES.slice(0, 2)]);
  const items: Array<[Item, number]> = [[model, rng.int(3, 8)]];
  if (rng.chance(0.3)) items.push([rng.pick(FLAGSHIP_PHONES), rng.int(2, 5)]);
  if (rng.chance(0.2)) items.push([AUDIO[0] as Item, rng.int(3, 10)]);
  const pickup = rng.chance(0.65);
  const delivery: Delivery = pickup ? 'pickup' : 'courier';
  const basket = basketOf(items, 'KZT', delivery);
  const payment = honestPay(
    rng,
    { cards: a.cards, country: 'KZ', signedIn: true, ios: device.ios },
    basket.tenge,
    { card: 45, qr: 30, bank_transfer: r.company ? 40 : 0 },
    0.12,
  );
  const stall = {
    ...addressIn(rng, a.city),
    line1: `${rng.pick(['Alatau market', 'Tsum', 'Almaty Mall', 'Shanghai market'])}, pavilion ${rng.int(1, 300)}`,
  };
  return purchaseOf({
    at,
    kind: 'grey_reseller',
    fraud: false,
    buyer: accountBuyer(a),
    basket,
    billing: r.company ? officeIn(rng, a.city) : a.home,
    ...(pickup ? { pickupPoint: pickupPointIn(rng, a.city.name) } : { shipping: stall }),
    ip,
    device,
    locale: a.locale,
    phone: a.phone,
    delivery,
    ...(r.company ? { company: r.company } : {}),
    payment,
    later: honestAfter(rng, { ...payment, delivery, basket }, { busy: true }),
  });
}
