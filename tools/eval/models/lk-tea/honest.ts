import { accountBuyer, type Address, type Buyer, type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { beforeAvurudu, type Hours, lkDate, placeAt, type Window } from './calendar.js';
import {
  basketOf,
  BULK,
  CODES,
  type Currency,
  dedupe,
  everyday,
  GIFT,
  gift,
  type Pick,
  SAMPLE,
  SPICE,
  TEA,
  TEXTILE,
} from './catalogue.js';
import { HOME_NETWORK, ipOn, type NetworkName } from './networks.js';
import {
  type Attempt,
  type Fulfilment,
  honestAfter,
  honestAttempts,
  type Method,
  type Purchase,
} from './purchase.js';
import {
  type Account,
  addressIn,
  binsOf,
  type Customers,
  type Device,
  emailFor,
  newCard,
  newDevice,
  PLACES,
  sriLankanName,
  visitorName,
} from './world.js';

/** The honest kinds, as the shop would name them, with their weights. */
export const HONEST = {
  local_household: 28,
  returning_regular: 14,
  avurudu_gift_local: 11,
  diaspora_gift_home: 13,
  diaspora_own_order: 6,
  gulf_worker_cod_home: 4,
  estate_visitor_reorder: 6,
  tourist_in_country: 7,
  hotel_cafe_bulk: 4,
  corporate_gifts: 4,
  dansal_bulk: 3,
} as const;
export type HonestKind = keyof typeof HONEST;

export interface World {
  window: Window;
  customers: Customers;
}

const LOCALE: Readonly<Record<string, string>> = {
  GB: 'en-GB',
  AU: 'en-AU',
  CA: 'en-CA',
  US: 'en-US',
  DE: 'de-DE',
  IT: 'it-IT',
  CN: 'zh-CN',
  RU: 'ru-RU',
  BY: 'ru-RU',
  IR: 'fa-IR',
};
export const localeOf = (rng: Rng, country: string): string =>
  country === 'LK'
    ? rng.weightedPick([
        ['si-LK', 45],
        ['en-LK', 40],
        ['ta-LK', 15],
      ] as const)
    : (LOCALE[country] ?? 'en-US');

/** How Sri Lankans pay at home, and what people abroad pay with. */
export function localMethod(rng: Rng, amountRupees: number): Method {
  return rng.weightedPick<Method>([
    ['payhere_card', 33],
    ['cash_on_delivery', amountRupees > 60_000 ? 6 : 22],
    ['lankaqr', 12],
    ['frimi', 7],
    ['genie', 8],
    ['bank_deposit_slip', amountRupees > 40_000 ? 20 : 6],
    ['koko', amountRupees > 5_000 ? 10 : 0],
  ]);
}
export const foreignMethod = (rng: Rng): Method => (rng.chance(0.64) ? 'stripe_card' : 'paypal');

export const currencyOf = (method: Method, billingCountry: string): Currency =>
  !['stripe_card', 'paypal'].includes(method)
    ? 'LKR'
    : billingCountry === 'LK'
      ? 'USD'
      : ((PLACES[billingCountry]?.currency ?? 'USD') as Currency);

/** A rough rupee value of a pick, to choose a method before pricing. */
export const rupees = (pick: Pick): number => pick.reduce((s, [p, q]) => s + (p.price * q) / 100, 0);

export const guest = (rng: Rng, name: string, country: string): Buyer => ({
  email: emailFor(rng, name, country),
  name,
});

/** A promotion code some buyers type: the Avurudu one before the New Year, Vesak's in the last fortnight. */
function codeFor(rng: Rng, at: number, share: number) {
  if (!rng.chance(share)) return undefined;
  const d = lkDate(at);
  return d < '04-15' ? CODES[0] : d >= '04-22' ? CODES[2] : CODES[1];
}

export interface Draft {
  kind: string;
  fraud?: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  method: Method;
  ip: string;
  device: Device;
  pick: Pick;
  code?: { code: string; percent: number } | undefined;
  giftNote?: string;
  company?: { name: string; vatNo?: string };
  locale: string;
}

/** A draft with its basket, in the currency its method pays in. */
export function priced(d: Draft): Omit<Purchase, 'attempts' | 'later'> {
  const toLk = (d.shipping?.country ?? 'LK') === 'LK';
  const pickup = d.fulfilment === 'pickup_kandy' || d.fulfilment === 'pickup_colombo';
  const currency = currencyOf(d.method, d.billing.country);
  return {
    at: d.at,
    fraud: d.fraud ?? false,
    kind: d.kind,
    basket: basketOf(d.pick, currency, { toLk, pickup }, d.code),
    buyer: d.buyer,
    billing: d.billing,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    method: d.method,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.company ? { company: d.company } : {}),
  };
}

/** An honest draft, paid and followed the honest way. */
function honestPurchase(rng: Rng, d: Draft, cards: readonly Card[], o?: { codRefused?: number }): Purchase {
  const base = priced(d);
  const attempts: Attempt[] = honestAttempts(rng, d.method, cards, d.billing.country);
  const later = honestAfter(
    rng,
    { method: d.method, attempts, fulfilment: d.fulfilment, amount: base.basket.amount },
    o ?? {},
  );
  return { ...base, attempts, later };
}

const at = (rng: Rng, w: World, country: string, hours: Hours, boost?: (t: number) => number) =>
  placeAt(rng, w.window, PLACES[country]?.tz ?? 5.5, hours, boost);

const localCourier = (rng: Rng): Fulfilment =>
  rng.weightedPick<Fulfilment>([
    ['courier_lk', 86],
    ['pickup_kandy', 7],
    ['pickup_colombo', 7],
  ]);

const giftBoost = (t: number) => (beforeAvurudu(t) ? 2.2 : 0.7);

const GIFT_NOTES = [
  'Subha Aluth Avuruddak Wewa!',
  'Iniya Puthandu Nalvazhthukkal!',
  'Happy New Year Amma and Thaththa',
  'With love from London',
  'Happy Vesak',
  'For Achchi, with love',
];

function cardsFor(rng: Rng, a: Account | undefined, country: string): Card[] {
  return a && a.country === country ? a.cards : [newCard(rng, country)];
}

const COMPANIES = [
  'Hill Crest Bungalow (Pvt) Ltd',
  'Galle Fort Bean Café',
  'Lakeside Heritage Hotel Kandy',
  'Ella Gap Boutique Villas',
  'Nuwara Eliya Grand Colonial Stay',
  'Arugam Surf Lodge',
  'Pettah Tea Kade',
  'Mount Lavinia Beach Bistro',
];
const CORPORATES = [
  'Serendib Apparel (Pvt) Ltd',
  'Lanka Logistics PLC',
  'Kelani Insurance Brokers',
  'Ceylon Softworks (Pvt) Ltd',
  'Dumbara Finance PLC',
];
const DANSAL = [
  'Sri Bodhiraja Dansal Samithiya',
  'Three-wheeler Park Vesak Dansala, Nugegoda',
  'Staff Welfare Society Dansala',
  'Gami Seva Sevana Dansala',
];

/** One honest purchase of `kind`. */
export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const c = w.customers;
  switch (kind) {
    case 'local_household':
    case 'returning_regular': {
      const regular = kind === 'returning_regular' || rng.chance(0.35);
      const a = regular ? rng.pick(c.local) : undefined;
      const name = a?.name ?? sriLankanName(rng);
      const t = at(rng, w, 'LK', 'home');
      const pick = regular && rng.chance(0.25) ? gift(rng) : everyday(rng);
      const method = localMethod(rng, rupees(pick));
      const home = a?.home ?? addressIn(rng, 'LK');
      const f = localCourier(rng);
      return honestPurchase(
        rng,
        {
          kind,
          at: t,
          buyer: a ? accountBuyer(a) : guest(rng, name, 'LK'),
          billing: home,
          ...(f === 'courier_lk' ? { shipping: home } : {}),
          fulfilment: f,
          method,
          ip: ipOn(rng, a?.network ?? (rng.chance(0.5) ? 'lk_mobile_4g' : 'lk_fibre')),
          device: a ? rng.pick(a.devices) : newDevice(rng),
          pick,
          code: codeFor(rng, t, 0.15),
          locale: localeOf(rng, 'LK'),
        },
        cardsFor(rng, a, 'LK'),
      );
    }
    case 'avurudu_gift_local': {
      const a = rng.chance(0.5) ? rng.pick(c.local) : undefined;
      const name = a?.name ?? sriLankanName(rng);
      const t = at(rng, w, 'LK', 'home', giftBoost);
      const pick = gift(rng, rng.chance(0.2));
      const home = a?.home ?? addressIn(rng, 'LK');
      return honestPurchase(
        rng,
        {
          kind,
          at: t,
          buyer: a ? accountBuyer(a) : guest(rng, name, 'LK'),
          billing: home,
          shipping: addressIn(rng, 'LK'),
          fulfilment: 'courier_lk',
          method: localMethod(rng, rupees(pick)),
          ip: ipOn(rng, a?.network ?? 'lk_mobile_4g'),
          device: a ? rng.pick(a.devices) : newDevice(rng),
          pick,
          code: codeFor(rng, t, 0.25),
          giftNote: rng.pick(GIFT_NOTES),
          locale: localeOf(rng, 'LK'),
        },
        cardsFor(rng, a, 'LK'),
      );
    }
    case 'diaspora_gift_home':
    case 'diaspora_own_order': {
      const a = rng.pick(c.diaspora);
      const signedIn = rng.chance(0.7);
      const home = kind === 'diaspora_gift_home';
      const t = at(rng, w, a.country, 'home', home ? giftBoost : undefined);
      const pick = home ? gift(rng, rng.chance(0.15)) : everyday(rng);
      const ship = home ? (rng.chance(0.8) && a.family ? a.family : addressIn(rng, 'LK')) : a.home;
      return honestPurchase(
        rng,
        {
          kind,
          at: t,
          buyer: signedIn ? accountBuyer(a) : { email: a.email, name: a.name },
          billing: a.home,
          shipping: ship,
          fulfilment: home ? 'courier_lk' : rng.chance(0.6) ? 'ems' : 'dhl',
          method: foreignMethod(rng),
          // Some order on the phone while at work, on mobile data, or from a cousin's laptop.
          ip: ipOn(rng, a.network),
          device: rng.chance(0.85) ? rng.pick(a.devices) : newDevice(rng),
          pick,
          code: codeFor(rng, t, 0.1),
          ...(home ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
          locale: localeOf(rng, a.country),
        },
        a.cards,
      );
    }
    case 'gulf_worker_cod_home': {
      // A housemaid or driver in the Gulf orders for the family, who pay the courier in rupees at the door.
      const country = rng.weightedPick([
        ['QA', 35],
        ['SA', 30],
        ['AE', 35],
      ] as const);
      const name = sriLankanName(rng);
      const family = addressIn(rng, 'LK');
      const t = at(rng, w, country, 'home', giftBoost);
      return honestPurchase(
        rng,
        {
          kind,
          at: t,
          buyer: guest(rng, name, 'LK'),
          billing: family,
          shipping: family,
          fulfilment: 'courier_lk',
          method: rng.chance(0.85) ? 'cash_on_delivery' : 'lankaqr',
          ip: ipOn(rng, HOME_NETWORK[country] as NetworkName),
          device: newDevice(rng),
          pick: gift(rng),
          giftNote: rng.pick(GIFT_NOTES),
          locale: localeOf(rng, 'LK'),
        },
        [newCard(rng, 'LK')],
        { codRefused: 0.09 },
      );
    }
    case 'estate_visitor_reorder': {
      const a = rng.pick(c.visitor);
      const t = at(rng, w, a.country, 'home');
      const pick = dedupe([
        [rng.pick(TEA), rng.int(2, 5)],
        [rng.pick([...SPICE, ...GIFT]), 1],
      ]);
      return honestPurchase(
        rng,
        {
          kind,
          at: t,
          buyer: accountBuyer(a),
          billing: a.home,
          shipping: a.home,
          fulfilment: rng.chance(0.55) ? 'dhl' : 'ems',
          method: foreignMethod(rng),
          ip: ipOn(rng, a.network),
          device: rng.pick(a.devices),
          pick,
          locale: localeOf(rng, a.country),
        },
        a.cards,
      );
    }
    case 'tourist_in_country': {
      // On holiday: hotel Wi-Fi or a tourist SIM, a foreign card, sent home or to the hotel, or collected.
      const russian = rng.chance(0.18);
      const nationality = russian
        ? 'RU'
        : rng.weightedPick([
            ['GB', 28],
            ['DE', 18],
            ['AU', 12],
            ['IN', 16],
            ['CN', 10],
            ['US', 8],
            ['IT', 8],
          ] as const);
      const name = visitorName(rng, nationality);
      const t = at(rng, w, 'LK', 'home');
      const hotel = addressIn(
        rng,
        'LK',
        rng.pick([
          ['Kandy', '20000'],
          ['Galle', '80000'],
          ['Nuwara Eliya', '22200'],
          ['Colombo 03', '00300'],
        ] as const),
      );
      // Russian visitors hold cards from Kazakh, Armenian or Emirati banks (their own do not work abroad) and give the hotel as their address.
      const cardCountry = russian ? rng.pick(['KZ', 'AM', 'AE']) : nationality;
      const card = newCard(rng, cardCountry, russian ? rng.pick(binsOf(cardCountry)) : undefined);
      const billing = russian ? hotel : addressIn(rng, nationality);
      const sendHome = !russian && rng.chance(0.45);
      const f: Fulfilment = sendHome
        ? 'dhl'
        : rng.chance(0.5)
          ? 'courier_lk'
          : rng.chance(0.6)
            ? 'pickup_kandy'
            : 'pickup_colombo';
      return honestPurchase(
        rng,
        {
          kind,
          at: t,
          buyer: guest(rng, name, nationality),
          billing,
          ...(f === 'dhl' ? { shipping: billing } : f === 'courier_lk' ? { shipping: hotel } : {}),
          fulfilment: f,
          method: rng.chance(0.8) ? 'stripe_card' : 'paypal',
          ip: ipOn(rng, rng.chance(0.7) ? 'lk_hotel_wifi' : 'lk_mobile_4g'),
          device: newDevice(rng),
          pick: rng.chance(0.5) ? gift(rng) : dedupe([...everyday(rng), [rng.pick(TEXTILE), 1]]),
          locale: localeOf(rng, nationality),
        },
        [card],
      );
    }
    case 'hotel_cafe_bulk':
    case 'corporate_gifts':
    case 'dansal_bulk': {
      const a = rng.chance(0.6) ? rng.pick(c.local) : undefined;
      const name = a?.name ?? sriLankanName(rng);
      const company =
        kind === 'hotel_cafe_bulk'
          ? rng.pick(COMPANIES)
          : kind === 'corporate_gifts'
            ? rng.pick(CORPORATES)
            : rng.pick(DANSAL);
      const boost =
        kind === 'dansal_bulk'
          ? (x: number) => (lkDate(x) >= '04-20' && lkDate(x) <= '04-30' ? 4 : 0.02)
          : kind === 'corporate_gifts'
            ? (x: number) => (beforeAvurudu(x) ? 3 : 0.5)
            : undefined;
      const t = at(rng, w, 'LK', kind === 'dansal_bulk' ? 'home' : 'office', boost);
      const pick: Pick =
        kind === 'hotel_cafe_bulk'
          ? dedupe([
              [rng.pick(BULK), rng.int(2, 12)],
              ...(rng.chance(0.4) ? [[rng.pick(SPICE), rng.int(3, 10)] as const] : []),
            ])
          : kind === 'corporate_gifts'
            ? [[rng.pick([GIFT[0], GIFT[1], GIFT[4]].filter((x) => x !== undefined)), rng.int(30, 160)]]
            : dedupe([
                [BULK[1] ?? SAMPLE[0]!, rng.int(2, 10)],
                [rng.pick(TEA), rng.int(1, 3)],
              ]);
      const office = addressIn(rng, 'LK');
      const method = rng.weightedPick<Method>(
        kind === 'dansal_bulk'
          ? [
              ['lankaqr', 40],
              ['bank_deposit_slip', 30],
              ['cash_on_delivery', 30],
            ]
          : [
              ['bank_deposit_slip', 60],
              ['payhere_card', 30],
              ['lankaqr', 10],
            ],
      );
      return honestPurchase(
        rng,
        {
          kind,
          at: t,
          buyer: a ? accountBuyer(a) : guest(rng, name, 'LK'),
          billing: office,
          shipping: office,
          fulfilment: 'courier_lk',
          method,
          ip: ipOn(rng, kind === 'dansal_bulk' ? 'lk_mobile_4g' : 'lk_fibre'),
          device: a ? rng.pick(a.devices) : newDevice(rng),
          pick,
          company: { name: company, ...(kind === 'dansal_bulk' ? {} : { vatNo: `${rng.digits(9)}-7000` }) },
          locale: 'en-LK',
        },
        [newCard(rng, 'LK', rng.pick(binsOf('LK')))],
      );
    }
  }
}
