import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { accountBuyerOf, assemble, knownConnection, type World } from './build.js';
import { CONSUMER, OFFICE, pickTime, type Zone } from './calendar.js';
import { newCard } from './cards.js';
import { type Currency, gift, giftCard, line, P, pantry } from './catalogue.js';
import { ipOf, type NetName } from './networks.js';
import {
  type Account,
  addressAt,
  BEAUCE,
  FLORIDA,
  FRANCE,
  homeNetOf,
  newDevice,
  ONTARIO,
  person,
  type Place,
  QUEBEC,
  REST_OF_CANADA,
  US,
} from './people.js';
import { honestPay, type LaterEvent, type Method, type Purchase, shippedAfter } from './purchase.js';

/** The shack's honest customers, by kind, with their weights among honest orders. */

export const HONEST = {
  quebec_household: 26,
  canada_elsewhere: 16,
  us_gift_sender: 9,
  us_home: 8,
  snowbird: 5,
  sugar_shack_booking: 11,
  gift_card: 6,
  restaurant_trade: 4,
  corporate_gifts: 3,
  farm_pickup: 7,
  diaspora_gift: 5,
} as const;
export type HonestKind = keyof typeof HONEST;

const HOME = { curve: CONSUMER, weekend: 1.25, seasonal: true } as const;
const WORK = { curve: OFFICE, weekend: 0, seasonal: true } as const;

const method = (rng: Rng, w: ReadonlyArray<readonly [Method, number]>): Method => rng.weightedPick(w);

const QC_METHODS: ReadonlyArray<readonly [Method, number]> = [
  ['card', 44],
  ['apple_pay', 16],
  ['interac_etransfer', 13],
  ['paypal', 10],
  ['interac_online', 5],
  ['gift_card', 3],
];
const CA_METHODS: ReadonlyArray<readonly [Method, number]> = [
  ['card', 52],
  ['apple_pay', 16],
  ['paypal', 20],
  ['interac_etransfer', 8],
  ['interac_online', 2],
];
const US_METHODS: ReadonlyArray<readonly [Method, number]> = [
  ['card', 60],
  ['apple_pay', 16],
  ['paypal', 24],
];

/** A known customer of the segment, or a first-time guest from the same places. */
function customer(rng: Rng, pool: readonly Account[], signedIn: number) {
  const a = pool.length > 0 && rng.chance(signedIn) ? rng.pick(pool) : undefined;
  return a;
}

const GIFT_NOTES = [
  'Joyeuses Pâques! xx',
  'Bon temps des sucres, maman!',
  'Happy Easter from all of us',
  'A little taste of Quebec',
  'Merci pour tout!',
  'Thinking of you this spring',
];

function household(
  rng: Rng,
  w: World,
  kind: HonestKind,
  places: readonly Place[],
  pool: readonly Account[],
): Purchase {
  const a = customer(rng, pool, 0.6);
  const home = a?.home ?? rng.pick(places);
  const culture = a?.culture ?? (home.province === 'QC' ? (rng.chance(0.88) ? 'qc' : 'en') : 'en');
  const who = a ?? { ...person(rng, culture), address: addressAt(rng, home) };
  const conn = a
    ? knownConnection(rng, a)
    : { ip: ipOf(rng, rng.chance(0.75) ? homeNetOf(rng, home) : 'ca-mobile'), device: newDevice(rng) };
  // Sending a box to a child in Ottawa or a parent in Gaspésie: another address, often another province.
  const elsewhere = rng.chance(kind === 'quebec_household' ? 0.12 : 0.18);
  const to = elsewhere ? rng.pick(rng.chance(0.6) ? QUEBEC : [...ONTARIO, ...REST_OF_CANADA]) : home;
  const lines = elsewhere && rng.chance(0.6) ? gift(rng, 'CAD') : pantry(rng, 'CAD');
  const cards = a?.cards ?? [newCard(rng, rng.chance(0.15) ? 'CA_DEBIT' : 'CA')];
  const m = method(rng, home.province === 'QC' ? QC_METHODS : CA_METHODS);
  const heavy = lines.some((l) => l.sku === P.jug4l.sku);
  return assemble(
    {
      at: pickTime(rng, w.window, home.zone, HOME),
      kind,
      fraud: false,
      buyer: a ? accountBuyerOf(a) : { email: who.email, name: who.name },
      billing: who.address,
      shipping: elsewhere ? addressAt(rng, to) : who.address,
      province: to.province,
      lines,
      currency: 'CAD',
      fulfilment: heavy || rng.chance(0.12) ? 'courier' : 'canada_post',
      ...conn,
      locale: culture === 'qc' ? 'fr-CA' : 'en-CA',
      ...(!a && rng.chance(0.1) ? { promo: { code: 'SUCRES10', rate: 0.1 } } : {}),
      ...(elsewhere && rng.chance(0.6) ? { extra: { giftNote: rng.pick(GIFT_NOTES) } } : {}),
    },
    (amount) => honestPay(rng, { cards, signedIn: a !== undefined }, amount, m),
    (b) =>
      shippedAfter(rng, heavy ? 'courier' : 'canada_post', b.amount, to.zone === 'AB' || to.zone === 'BC'),
  );
}

function usBuyer(rng: Rng, w: World, kind: HonestKind): Purchase {
  if (kind === 'us_gift_sender' && w.senders.length > 0) {
    const s = rng.pick(w.senders);
    const a = s.account;
    const to = rng.pick(s.recipients);
    const currency: Currency = to.country === 'US' ? 'USD' : 'CAD';
    const cards = a.cards;
    const m = method(rng, US_METHODS);
    return assemble(
      {
        // One sitting, one order per address: minutes apart, the same card.
        at: Math.min(w.window.end - 1, rng.pick(s.sessions) + rng.int(1, 40) * MINUTE + rng.int(0, 59_000)),
        kind,
        fraud: false,
        buyer: accountBuyerOf(a),
        billing: a.address,
        shipping: addressAt(rng, to),
        province: to.province,
        lines: gift(rng, currency),
        currency,
        fulfilment: 'courier',
        ip: a.homeIp,
        device: a.devices[0] ?? newDevice(rng),
        locale: 'en-US',
        extra: { giftNote: rng.pick(GIFT_NOTES) },
      },
      (amount) => honestPay(rng, { cards, signedIn: true }, amount, m),
      (b) => shippedAfter(rng, 'courier', b.amount, true),
    );
  }
  const a = customer(rng, w.base.us, 0.45);
  const home = a?.home ?? rng.pick(US);
  const who = a ?? { ...person(rng, 'us'), address: addressAt(rng, home) };
  const conn = a
    ? knownConnection(rng, a)
    : { ip: ipOf(rng, rng.chance(0.7) ? homeNetOf(rng, home) : 'us-mobile'), device: newDevice(rng) };
  const cards = a?.cards ?? [newCard(rng, 'US')];
  const m = method(rng, US_METHODS);
  return assemble(
    {
      at: pickTime(rng, w.window, home.zone, HOME),
      kind,
      fraud: false,
      buyer: a ? accountBuyerOf(a) : { email: who.email, name: who.name },
      billing: who.address,
      shipping: who.address,
      province: home.province,
      lines: rng.chance(0.2) ? [line(P.jug4l, 1, 'USD')] : pantry(rng, 'USD'),
      currency: 'USD',
      fulfilment: 'courier',
      ...conn,
      locale: 'en-US',
    },
    (amount) => honestPay(rng, { cards, signedIn: a !== undefined }, amount, m),
    (b) => shippedAfter(rng, 'courier', b.amount, true),
  );
}

/** Quebecers wintering in Florida: a Canadian card and Quebec billing, a Florida connection. */
function snowbird(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.base.quebec);
  const condo = rng.pick(FLORIDA);
  const toFlorida = rng.chance(0.6);
  const to = toFlorida ? condo : rng.pick(QUEBEC);
  const currency: Currency = toFlorida ? 'USD' : 'CAD';
  const net = rng.weightedPick<NetName>([
    ['us-cable', 50],
    ['us-cable-2', 25],
    ['us-mobile', 25],
  ]);
  const m = method(rng, [
    ['card', 65],
    ['apple_pay', 15],
    ['paypal', 15],
    ['interac_etransfer', 5],
  ]);
  return assemble(
    {
      at: pickTime(rng, w.window, 'FL', HOME),
      kind: 'snowbird',
      fraud: false,
      buyer: accountBuyerOf(a),
      billing: a.address,
      shipping: addressAt(rng, to),
      province: to.province,
      lines: toFlorida ? pantry(rng, 'USD') : gift(rng, 'CAD'),
      currency,
      fulfilment: toFlorida ? 'courier' : 'canada_post',
      ip: ipOf(rng, net),
      device: rng.chance(0.85) ? rng.pick(a.devices) : newDevice(rng),
      locale: 'fr-CA',
      ...(!toFlorida ? { extra: { giftNote: rng.pick(GIFT_NOTES) } } : {}),
    },
    (amount) => honestPay(rng, { cards: a.cards, signedIn: true }, amount, m),
    (b) => shippedAfter(rng, toFlorida ? 'courier' : 'canada_post', b.amount, toFlorida),
  );
}

/** A table at the shack: adults and children for a seating, mostly weekend lunches, booked days ahead. */
function booking(rng: Rng, w: World): Purchase {
  const a = customer(rng, w.base.quebec, 0.5);
  const home = a?.home ?? rng.pick(QUEBEC);
  const who = a ?? { ...person(rng, 'qc'), address: addressAt(rng, home) };
  const conn = a
    ? knownConnection(rng, a)
    : { ip: ipOf(rng, rng.chance(0.6) ? homeNetOf(rng, home) : 'ca-mobile'), device: newDevice(rng) };
  const at = pickTime(rng, w.window, 'QC', HOME);
  const adults = rng.weightedPick<number>([
    [2, 40],
    [4, 25],
    [6, 15],
    [10, 10],
    [20, 5],
    [35, 5],
  ]);
  const kids =
    adults >= 20
      ? 0
      : rng.weightedPick<number>([
          [0, 35],
          [1, 20],
          [2, 30],
          [3, 15],
        ]);
  let seat = at + rng.int(2, 24) * DAY;
  while (new Date(seat - 4 * HOUR).getUTCDay() % 6 !== 0 && rng.chance(0.8)) seat += DAY;
  const seating = Math.floor(seat / DAY) * DAY + (rng.chance(0.6) ? 16 : 22) * HOUR;
  const lines = [line(P.adultMeal, adults, 'CAD'), ...(kids > 0 ? [line(P.childMeal, kids, 'CAD')] : [])];
  const cards = a?.cards ?? [newCard(rng, 'CA')];
  const m = method(rng, [
    ['card', 55],
    ['apple_pay', 18],
    ['interac_online', 10],
    ['paypal', 10],
    ['gift_card', 7],
  ]);
  return assemble(
    {
      at,
      kind: 'sugar_shack_booking',
      fraud: false,
      buyer: a ? accountBuyerOf(a) : { email: who.email, name: who.name },
      billing: who.address,
      province: 'QC',
      lines,
      currency: 'CAD',
      fulfilment: 'reservation',
      ...conn,
      locale: a?.culture === 'en' ? 'en-CA' : 'fr-CA',
      extra: { seating },
    },
    (amount) => honestPay(rng, { cards, signedIn: a !== undefined }, amount, m),
    (): LaterEvent[] => {
      const confirmed: LaterEvent = {
        type: 'order.updated',
        afterMs: rng.int(1, 10) * MINUTE,
        status: 'confirmed',
      };
      if (rng.chance(0.06))
        return [
          confirmed,
          {
            type: 'order.cancelled',
            afterMs: Math.max(HOUR, seating - at - rng.int(1, 48) * HOUR),
            reason: 'customer_request',
          },
          {
            type: 'refund.created',
            afterMs: Math.max(HOUR, seating - at) + HOUR,
            reason: 'requested_by_customer',
          },
        ];
      return [confirmed, { type: 'order.updated', afterMs: seating - at + 2 * HOUR, status: 'seated' }];
    },
  );
}

/** Easter gift cards for the shack, e-mailed to someone else. */
function giftCards(rng: Rng, w: World): Purchase {
  const pool = rng.chance(0.75) ? w.base.quebec : w.base.canada;
  const a = customer(rng, pool, 0.45);
  const home = a?.home ?? rng.pick(rng.chance(0.75) ? QUEBEC : ONTARIO);
  const culture = a?.culture ?? (home.province === 'QC' ? 'qc' : 'en');
  const who = a ?? { ...person(rng, culture), address: addressAt(rng, home) };
  const conn = a
    ? knownConnection(rng, a)
    : { ip: ipOf(rng, rng.chance(0.6) ? homeNetOf(rng, home) : 'ca-mobile'), device: newDevice(rng) };
  const value = rng.weightedPick<number>([
    [2500, 15],
    [5000, 40],
    [7500, 10],
    [10_000, 28],
    [20_000, 7],
  ]);
  const cards = a?.cards ?? [newCard(rng, 'CA')];
  return assemble(
    {
      at: pickTime(rng, w.window, home.zone, HOME),
      kind: 'gift_card',
      fraud: false,
      buyer: a ? accountBuyerOf(a) : { email: who.email, name: who.name },
      billing: who.address,
      province: home.province,
      lines: [line(giftCard(value), rng.chance(0.15) ? 2 : 1, 'CAD')],
      currency: 'CAD',
      fulfilment: 'email',
      ...conn,
      locale: culture === 'qc' ? 'fr-CA' : 'en-CA',
      extra: { recipientEmail: person(rng, culture).email, giftNote: rng.pick(GIFT_NOTES) },
    },
    (amount) =>
      honestPay(
        rng,
        { cards, signedIn: a !== undefined },
        amount,
        method(rng, [
          ['card', 60],
          ['apple_pay', 22],
          ['paypal', 18],
        ]),
      ),
    (b) => shippedAfter(rng, 'email', b.amount, false),
  );
}

const RESTAURANTS = [
  'Resto',
  'Bistro',
  'Boulangerie',
  'Café',
  'Brasserie',
  'Pâtisserie',
  'Diner',
  'Pancake House',
];

/** Restaurants, bakeries and cafés stocking up: cases, jugs and pails, on account, in kitchen office hours. */
function restaurant(rng: Rng, w: World): Purchase {
  const us = rng.chance(0.2);
  const home = us ? rng.pick(US.slice(0, 8)) : rng.pick(rng.chance(0.7) ? QUEBEC : ONTARIO);
  const currency: Currency = us ? 'USD' : 'CAD';
  const owner = person(rng, us ? 'us' : home.province === 'QC' ? 'qc' : 'en');
  const company = `${rng.pick(RESTAURANTS)} ${owner.name.split(' ')[1] ?? 'Chez nous'}`;
  const lines = [
    ...(rng.chance(0.7) ? [line(P.case12, rng.int(1, 6), currency)] : []),
    ...(rng.chance(0.6) ? [line(P.jug4l, rng.int(2, 10), currency)] : []),
    ...(rng.chance(0.3) ? [line(P.pail20l, rng.int(1, 3), currency)] : []),
    ...(rng.chance(0.3) ? [line(P.butter1kg, rng.int(2, 8), currency)] : []),
  ];
  if (lines.length === 0) lines.push(line(P.jug4l, rng.int(3, 8), currency));
  const createdAt = w.window.start - rng.int(60, 2000) * DAY;
  const m = method(
    rng,
    us
      ? [
          ['card', 80],
          ['invoice', 20],
        ]
      : [
          ['invoice', 45],
          ['card', 42],
          ['interac_etransfer', 13],
        ],
  );
  const address = addressAt(rng, home);
  return assemble(
    {
      at: pickTime(rng, w.window, home.zone, WORK),
      kind: 'restaurant_trade',
      fraud: false,
      buyer: {
        id: `b2b_${rng.token(10)}`,
        email: `commandes@${company.toLowerCase().replace(/[^a-z]/g, '')}.${us ? 'com' : 'ca'}`,
        name: owner.name,
        createdAt,
      },
      billing: address,
      shipping: address,
      province: home.province,
      lines,
      currency,
      fulfilment: 'courier',
      ip: ipOf(rng, us ? homeNetOf(rng, home) : rng.chance(0.8) ? homeNetOf(rng, home) : 'ca-mobile'),
      device: newDevice(rng),
      locale: us ? 'en-US' : home.province === 'QC' ? 'fr-CA' : 'en-CA',
      extra: {
        company: {
          name: company,
          taxId: us ? `EIN ${rng.digits(2)}-${rng.digits(7)}` : `BN ${rng.digits(9)}RT0001`,
        },
      },
    },
    (amount) => honestPay(rng, { cards: [newCard(rng, us ? 'US' : 'CA')], signedIn: true }, amount, m),
    (b) => net30(rng, m, shippedAfter(rng, 'courier', b.amount, us)),
  );
}

/** An invoice is paid by the company's transfer twenty to forty-five days after delivery. */
function net30(rng: Rng, m: Method, shipped: LaterEvent[]): LaterEvent[] {
  if (m !== 'invoice') return shipped;
  return [...shipped, { type: 'payment.succeeded', afterMs: rng.int(20, 45) * DAY, method: 'invoice' }];
}

const FIRMS = [
  'Groupe',
  'Notaires',
  'Cabinet comptable',
  'Assurances',
  'Construction',
  'Courtiers',
  'Transport',
  'Clinique dentaire',
];

/** Companies sending baskets to their clients: dozens of baskets, a list of addresses, an invoice. */
function corporate(rng: Rng, w: World): Purchase {
  const home = rng.pick(rng.chance(0.7) ? QUEBEC : ONTARIO);
  const contact = person(rng, home.province === 'QC' ? 'qc' : 'en');
  const firm = `${rng.pick(FIRMS)} ${contact.name.split(' ')[1] ?? ''}`.trim();
  const domain = `${firm
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')}.ca`;
  const n = rng.weightedPick<number>([
    [12, 25],
    [25, 35],
    [50, 25],
    [100, 12],
    [180, 3],
  ]);
  const lines = [line(rng.chance(0.6) ? P.corporateBasket : P.discovery, n, 'CAD')];
  const known = rng.chance(0.6);
  const m = method(rng, [
    ['invoice', 60],
    ['card', 35],
    ['paypal', 5],
  ]);
  const address = addressAt(rng, home);
  return assemble(
    {
      at: pickTime(rng, w.window, home.zone, WORK),
      kind: 'corporate_gifts',
      fraud: false,
      buyer: {
        id: `b2b_${rng.token(10)}`,
        email: `${contact.email.split('@')[0] ?? 'admin'}@${domain}`,
        name: contact.name,
        createdAt: known ? w.window.start - rng.int(200, 2200) * DAY : w.window.start - rng.int(1, 20) * DAY,
      },
      billing: address,
      shipping: address,
      province: home.province,
      lines,
      currency: 'CAD',
      fulfilment: 'courier',
      ip: ipOf(rng, homeNetOf(rng, home)),
      device: newDevice(rng),
      locale: home.province === 'QC' ? 'fr-CA' : 'en-CA',
      extra: { company: { name: firm, taxId: `BN ${rng.digits(9)}RT0001` }, recipients: n },
    },
    (amount) => honestPay(rng, { cards: [newCard(rng, 'CA')], signedIn: true }, amount, m),
    (b) => net30(rng, m, shippedAfter(rng, 'courier', b.amount, false)),
  );
}

/** Beauce neighbours ordering for pickup at the farm, paying online or at the counter. */
function pickup(rng: Rng, w: World): Purchase {
  const locals = w.base.quebec.filter((x) => BEAUCE.some((b) => b.city === x.home.city));
  const a = customer(rng, locals, 0.55);
  const home = a?.home ?? rng.pick(BEAUCE);
  const who = a ?? { ...person(rng, 'qc'), address: addressAt(rng, home) };
  const conn = a
    ? knownConnection(rng, a)
    : { ip: ipOf(rng, rng.chance(0.7) ? homeNetOf(rng, home) : 'ca-mobile'), device: newDevice(rng) };
  const m = method(rng, [
    ['pay_at_pickup', 30],
    ['card', 35],
    ['interac_etransfer', 20],
    ['apple_pay', 15],
  ]);
  const cards = a?.cards ?? [newCard(rng, rng.chance(0.3) ? 'CA_DEBIT' : 'CA')];
  return assemble(
    {
      at: pickTime(rng, w.window, 'QC', HOME),
      kind: 'farm_pickup',
      fraud: false,
      buyer: a ? accountBuyerOf(a) : { email: who.email, name: who.name },
      billing: who.address,
      province: 'QC',
      lines: rng.chance(0.25) ? [line(P.jug4l, rng.int(1, 3), 'CAD')] : pantry(rng, 'CAD'),
      currency: 'CAD',
      fulfilment: 'farm_pickup',
      ...conn,
      locale: 'fr-CA',
    },
    (amount) => honestPay(rng, { cards, signedIn: a !== undefined }, amount, m),
    (b) => {
      const steps = shippedAfter(rng, 'farm_pickup', b.amount, false);
      const picked = steps[steps.length - 1]?.afterMs ?? DAY;
      return m === 'pay_at_pickup'
        ? [...steps, { type: 'payment.succeeded', afterMs: picked + 60_000, method: 'pay_at_pickup' }]
        : steps;
    },
  );
}

/** Quebecers and relatives abroad (France, the US) paying for a basket sent to family in Quebec. */
function diaspora(rng: Rng, w: World): Purchase {
  const inFrance = rng.chance(0.65);
  const home = inFrance ? rng.pick(FRANCE) : rng.pick(US);
  const culture = inFrance ? (rng.chance(0.5) ? 'qc' : 'fr') : 'qc';
  const who = person(rng, culture);
  const to = rng.pick(QUEBEC);
  const zone: Zone = home.zone;
  const net: NetName = inFrance ? (rng.chance(0.75) ? 'fr-fixed' : 'fr-mobile') : homeNetOf(rng, home);
  const cards = [newCard(rng, inFrance ? 'FR' : 'US')];
  return assemble(
    {
      at: pickTime(rng, w.window, zone, HOME),
      kind: 'diaspora_gift',
      fraud: false,
      buyer: { email: who.email, name: who.name },
      billing: addressAt(rng, home),
      shipping: addressAt(rng, to),
      province: 'QC',
      lines: gift(rng, 'CAD'),
      currency: 'CAD',
      fulfilment: 'canada_post',
      ip: ipOf(rng, net),
      device: newDevice(rng),
      locale: inFrance ? 'fr-FR' : 'fr-CA',
      extra: { giftNote: rng.pick(GIFT_NOTES) },
    },
    (amount) =>
      honestPay(
        rng,
        { cards, signedIn: false },
        amount,
        method(rng, [
          ['card', 70],
          ['paypal', 22],
          ['apple_pay', 8],
        ]),
      ),
    (b) => shippedAfter(rng, 'canada_post', b.amount, false),
  );
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'quebec_household':
      return household(rng, w, kind, QUEBEC, w.base.quebec);
    case 'canada_elsewhere':
      return household(rng, w, kind, [...ONTARIO, ...ONTARIO, ...REST_OF_CANADA], w.base.canada);
    case 'us_gift_sender':
    case 'us_home':
      return usBuyer(rng, w, kind);
    case 'snowbird':
      return snowbird(rng, w);
    case 'sugar_shack_booking':
      return booking(rng, w);
    case 'gift_card':
      return giftCards(rng, w);
    case 'restaurant_trade':
      return restaurant(rng, w);
    case 'corporate_gifts':
      return corporate(rng, w);
    case 'farm_pickup':
      return pickup(rng, w);
    case 'diaspora_gift':
      return diaspora(rng, w);
  }
}

/** US gift senders: accounts that send to several addresses in one or two sittings. */
export function senders(rng: Rng, w: Pick<World, 'window' | 'base'>, orders: number): World['senders'] {
  const n = Math.max(3, Math.round(orders / 45));
  return Array.from({ length: n }, () => {
    const account = rng.pick(w.base.us.length > 0 ? w.base.us : w.base.all);
    const sessions = Array.from({ length: rng.int(1, 2) }, () =>
      pickTime(rng, w.window, account.home.zone, HOME),
    );
    const recipients = Array.from({ length: rng.int(2, 6) }, () =>
      rng.chance(0.85) ? rng.pick(US) : rng.pick(ONTARIO),
    );
    return { account, sessions, recipients };
  });
}
