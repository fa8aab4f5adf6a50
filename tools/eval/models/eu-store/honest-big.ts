import { randomAddress } from './addresses.js';
import { domesticCard } from './cards.js';
import { fixedBasket, type Basket } from './catalog.js';
import { newCustomer, pastSignup, type Customer } from './customers.js';
import { newDevice } from './devices.js';
import { honestOrder, type HonestWorld } from './honest.js';
import { CUSTOMER_COUNTRIES } from './market.js';
import { currencyFor } from './money.js';
import { DAY, shoppingTime } from './timeline.js';
import type { PurchasePlan } from './types.js';

/**
 * Big honest baskets: small businesses equipping staff, companies buying gift cards for the holidays, and
 * families doing Christmas in one go. They look like fraud on value alone, which is why they are here.
 */

const COMPANY_SUFFIX: Record<string, string[]> = {
  DE: ['gmbh.de', '-ag.de', '.de'],
  AT: ['.at', '-gmbh.at'],
  NL: ['.nl', '-bv.nl'],
  FR: ['.fr', '-sas.fr'],
  BE: ['.be'],
  IT: ['.it', '-srl.it'],
  ES: ['.es', '-sl.es'],
  GB: ['.co.uk', '-ltd.co.uk'],
  PL: ['.pl'],
  IE: ['.ie'],
  SE: ['.se'],
  CH: ['.ch'],
};
const COMPANY_STEM = [
  'nordlicht',
  'brightworks',
  'alpina',
  'mercator',
  'kraftwerk',
  'delta-it',
  'solaris',
  'orbis',
  'bluefin',
  'hanse',
  'atelier9',
  'quantix',
  'vitalis',
  'praxis-med',
  'logiq',
  'terra',
];

export function businessOrder(w: HonestWorld, time: number): PurchasePlan {
  const { rng } = w;
  const country = rng.weighted(CUSTOMER_COUNTRIES.filter(([c]) => c in COMPANY_SUFFIX));
  const domain = `${rng.pick(COMPANY_STEM)}${rng.pick(COMPANY_SUFFIX[country] ?? ['.eu'])}`.replace(
    '-.',
    '.',
  );
  const buyer = newCustomer(rng, w.nets, {
    country,
    createdAt: rng.chance(0.7) ? pastSignup(rng, w.start) : time - Math.floor(rng.between(0.02, 30) * DAY),
    companyDomain: domain,
  });
  buyer.home = randomAddress(rng, country);
  buyer.devices = [newDevice(rng, rng.chance(0.7) ? 'windows' : 'mac')];
  // Corporate cards: Amex and commercial Visa/Mastercard from a domestic bank.
  buyer.cards = [domesticCard(rng, country)];
  const site = w.nets.site(rng, country);
  const seats = rng.int(2, 10);
  const currency = currencyFor(country);
  const lines: Array<[string, number]> = rng.weighted<Array<[string, number]>>([
    [
      [
        ['LT-X1C', seats],
        ['CP-MON27', seats],
        ['CP-KEYB', seats],
        ['CP-MOUSE', seats],
      ],
      3,
    ],
    [
      [
        ['LT-MBA13-M4', seats],
        ['AC-CHG65', Math.ceil(seats / 2)],
      ],
      2,
    ],
    [
      [
        ['PH-IP17-128', seats],
        ['AC-CASE', seats],
        ['AC-GLASS', seats],
      ],
      2,
    ],
    [
      [
        ['CP-MON27', seats * 2],
        ['CP-WEBCAM', seats],
        ['AC-HDMI', seats * 2],
      ],
      2,
    ],
    [
      [
        ['TB-IPAD', seats],
        ['AC-CASE', seats],
      ],
      1,
    ],
  ]);
  const basket: Basket = fixedBasket(lines, currency);
  return honestOrder(w, buyer, time, {
    firstTime: false,
    basket,
    kind: 'big_basket',
    endpoint: { ip: site.ip, country: site.country, network: 'office' },
    shipping: buyer.home,
  });
}

export function holidayOrder(w: HonestWorld, time: number, existing?: Customer): PurchasePlan {
  const { rng } = w;
  const buyer = existing ?? newCustomer(rng, w.nets, { createdAt: pastSignup(rng, w.start) });
  const currency = currencyFor(buyer.home.country);
  const style = rng.weighted([
    ['staff_gift_cards', 3],
    ['family_christmas', 5],
    ['home_office', 2],
  ] as const);
  let basket: Basket;
  let shipping = buyer.home;
  if (style === 'staff_gift_cards') {
    basket = fixedBasket(
      [[rng.pick(['GC-STORE-25', 'GC-STORE-50', 'GC-STORE-50', 'GC-STORE-100']), rng.int(12, 45)]],
      currency,
    );
  } else if (style === 'family_christmas') {
    basket = fixedBasket(
      [
        [rng.pick(['CN-SW2', 'CN-PS5D', 'CN-PS5PRO']), rng.int(1, 2)],
        [rng.pick(['GM-MK', 'GM-FC26']), rng.int(1, 3)],
        [rng.pick(['AU-APP3', 'AU-AP4', 'WR-AW11', 'TB-IPAD']), rng.int(1, 3)],
        [rng.pick(['BT-LEGO-TECH', 'BT-LEGO-CITY', 'BT-BOARDGAME']), rng.int(1, 3)],
        [rng.pick(['FA-HOODIE', 'HM-CANDLE', 'BE-PERFUME', 'FA-SOCKS']), rng.int(1, 4)],
      ],
      currency,
    );
  } else {
    basket = fixedBasket(
      [
        [rng.pick(['LT-MBP14-M5', 'LT-MBA13-M4', 'LT-XPS13']), 1],
        ['CP-MON27', rng.int(1, 2)],
        ['CP-KEYB', 1],
        ['CP-MOUSE', 1],
        ['AC-CHG65', 1],
      ],
      currency,
    );
    if (rng.chance(0.3)) shipping = randomAddress(rng, buyer.home.country);
  }
  return honestOrder(w, buyer, time, {
    firstTime: false,
    basket,
    kind: 'big_basket',
    ...(basket.digitalOnly ? { shipping: null } : { shipping }),
  });
}

export function bigBasketTime(w: HonestWorld): number {
  return shoppingTime(w.rng, w.start, w.end, 'DE');
}
