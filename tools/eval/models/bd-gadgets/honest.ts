import { accountBuyer, type Address, type Buyer, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { COURIER_CUTOFF, placedAt, type Rhythm, TZ } from './calendar.js';
import { emiCard, foreignCard, type HeldCard, localCard } from './cards.js';
import {
  basketOf,
  bySku,
  CATALOGUE,
  type Delivery,
  type Line,
  lineOf,
  pickLines,
  within,
} from './catalogue.js';
import { address, BD_MOBILE, inCountry, ipOn, type Network, VPN } from './networks.js';
import { type Account, anAccount, deviceOf, emailOf, personName, type World } from './people.js';
import { ABROAD, addressAbroad, addressIn, DHAKA, DISTRICTS, pickPlace, type Place } from './places.js';
import { honestAfter, honestPay, type Method, payOnDelivery, type Purchase } from './purchase.js';

/** The honest kinds and their weights (README.md, "Honest kinds"). */
export const HONEST = {
  dhaka_everyday: 24,
  district_courier: 18,
  repeat_gadget_buyer: 12,
  eid_gift_home: 8,
  diaspora_family: 9,
  emi_big_ticket: 6,
  district_reseller: 4,
  office_bulk: 3,
  shop_pickup: 6,
  vpn_or_traveller: 4,
  student_shared: 5,
} as const;
export type HonestKind = keyof typeof HONEST;

/** Everything a planner decides; `compose` turns it into a purchase. */
export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  method: Method;
  lines: Line[];
  code?: string;
  ip: string;
  device: Device;
  locale?: Purchase['locale'];
  giftNote?: string;
  company?: { name: string; bin: string };
}

export function courierFor(rng: Rng, d: Delivery) {
  if (d === 'pickup') return {};
  if (d === 'inside_dhaka')
    return { courier: rng.chance(0.55) ? ('store_rider' as const) : ('pathao' as const) };
  return {
    courier: rng.weightedPick([
      ['pathao', 4],
      ['redx', 3],
      ['steadfast', 4],
    ] as const),
  };
}

/** A purchase from a draft: basket, courier, channel; attempts and later steps given or drawn the honest way. */
export function compose(
  rng: Rng,
  d: Draft,
  pay: { attempts?: Purchase['attempts']; payer?: { cards: HeldCard[]; newCard: () => HeldCard } } = {},
  later?: (p: Purchase) => Purchase['later'],
): Purchase {
  const basket = basketOf(d.lines, d.delivery, {
    prepaid: !payOnDelivery(d.method),
    ...(d.code ? { code: d.code } : {}),
  });
  if (d.method === 'card_emi') basket.emiMonths = rng.pick([3, 6, 6, 9, 12]);
  const attempts =
    pay.attempts ??
    honestPay(rng, d.method, {
      cards: pay.payer?.cards ?? [],
      signedIn: d.buyer.id !== undefined,
      newCard: pay.payer?.newCard ?? (() => localCard(rng)),
    });
  const p: Purchase = {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    buyer: d.buyer,
    billing: d.billing,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    delivery: d.delivery,
    ...courierFor(rng, d.delivery),
    method: d.method,
    attempts,
    later: [],
    ip: d.ip,
    device: d.device,
    channel: d.device.userAgent.startsWith('GadgetGhor/') ? 'app' : 'web',
    locale: d.locale ?? (rng.chance(0.6) ? 'bn-BD' : 'en-BD'),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.company ? { company: d.company } : {}),
  };
  p.later = later ? later(p) : honestAfter(rng, p, COURIER_CUTOFF);
  return p;
}

const EVERYDAY = within(
  [
    'earbuds',
    'smartwatches',
    'power_banks',
    'chargers_cables',
    'phone_accessories',
    'gaming',
    'laptop_accessories',
  ],
  250,
  10_000,
);
const PHONES_MID = within(['phones'], 10_000, 30_000);
const PREMIUM = within(
  ['phones', 'earbuds', 'smartwatches', 'laptops', 'gaming', 'laptop_accessories'],
  13_000,
  210_000,
);

/** A signed-in buyer most of the time, a guest now and then. */
function buyerOf(rng: Rng, a: Account, guest = 0.25): Buyer {
  return rng.chance(guest) ? { email: a.email, name: a.name } : accountBuyer(a);
}

const deliveryTo = (place: Place): Delivery => (place.dhaka ? 'inside_dhaka' : 'outside_dhaka');
const homeNet = (rng: Rng, a: Account, mobile = 0.6): Network =>
  rng.chance(mobile) ? a.mobile : a.broadband;
const code = (rng: Rng) => (rng.chance(0.18) ? rng.pick(['EIDTECH', 'QURBANI']) : undefined);

function methodAtHome(rng: Rng, cod: number): Method {
  return rng.weightedPick<Method>([
    ['cod', cod],
    ['bkash', 30],
    ['nagad', 10],
    ['rocket', 3],
    ['card', 10],
  ]);
}

/** A purchase by a Bangladeshi account holder at home, the most common shape. */
function atHome(
  rng: Rng,
  w: World,
  kind: HonestKind,
  a: Account,
  lines: Line[],
  m: Method,
  rhythm: Rhythm = 'shopper',
) {
  const place = a.place;
  const codeUsed = code(rng);
  return compose(
    rng,
    {
      kind,
      fraud: false,
      at: placedAt(rng, w.window, rhythm),
      buyer: buyerOf(rng, a),
      billing: a.home,
      shipping: a.home,
      delivery: deliveryTo(place),
      method: m,
      lines,
      ...(codeUsed ? { code: codeUsed } : {}),
      ip: ipOn(rng, homeNet(rng, a)),
      device: rng.pick(a.devices),
    },
    { payer: { cards: a.cards, newCard: () => localCard(rng) } },
  );
}

const GIFT_NOTES = [
  'Eid Mubarak, Abba!',
  'Ammu, Eid er shubhechha',
  'For Nanu, Eid Mubarak',
  'Eid gift for Chhoto Bhai',
];

const COMPANIES = [
  ['Meghna Knit Composite Ltd', 'meghnaknit.com.bd'],
  ['Padma Software Solutions', 'padmasoft.com.bd'],
  ['Karnaphuli Shipping Lines', 'kslbd.com'],
  ['Surma Tea Estates Ltd', 'surmatea.com'],
  ['Bengal Pharma Distributors', 'bengalpharmadist.com'],
  ['Dhanshiri Apparels Ltd', 'dhanshiri.com.bd'],
] as const;

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'dhaka_everyday': {
      const a = anAccount(rng, w, (x) => x.place.dhaka && !x.student);
      return atHome(rng, w, kind, a, pickLines(rng, EVERYDAY, 3), methodAtHome(rng, 40));
    }
    case 'district_courier': {
      const a = anAccount(rng, w, (x) => !x.place.dhaka && !x.student);
      const pool = rng.chance(0.3) ? PHONES_MID : EVERYDAY;
      return atHome(rng, w, kind, a, pickLines(rng, pool, 2), methodAtHome(rng, 75));
    }
    case 'repeat_gadget_buyer': {
      const a = anAccount(rng, w, (x) => x.createdAt < w.window.start - 120 * DAY);
      const m = rng.weightedPick<Method>([
        ['bkash', 40],
        ['card', a.cards.length > 0 ? 35 : 5],
        ['nagad', 10],
        ['cod', 15],
      ]);
      const lines = pickLines(
        rng,
        rng.chance(0.5) ? PREMIUM.filter((x) => x.price < 4_000_000) : EVERYDAY,
        2,
      );
      const p = atHome(rng, w, kind, a, lines, m);
      return { ...p, buyer: accountBuyer(a) };
    }
    case 'eid_gift_home': {
      // A son or daughter in Dhaka or Chattogram sends a phone to parents in the home district.
      const a = anAccount(rng, w, (x) => x.place.dhaka || x.place.city === 'Chattogram');
      const parents = addressIn(rng, pickPlace(rng, DISTRICTS));
      const phone = rng.chance(0.2) ? bySku('PH-NOK105') : rng.pick(PHONES_MID);
      const m = rng.weightedPick<Method>([
        ['bkash', 35],
        ['card', 20],
        ['card_emi', phone.price >= 1_000_000 ? 10 : 0],
        ['nagad', 10],
        ['cod', 10],
      ]);
      return compose(
        rng,
        {
          kind,
          fraud: false,
          at: placedAt(rng, w.window),
          buyer: accountBuyer(a),
          billing: a.home,
          shipping: { ...parents, line1: `${parents.line1} (c/o ${a.name.split(' ')[1] ?? ''} family)` },
          delivery: 'outside_dhaka',
          method: m,
          lines: [lineOf(phone), ...(rng.chance(0.4) ? [lineOf(rng.pick(CATALOGUE.phone_accessories))] : [])],
          ip: ipOn(rng, homeNet(rng, a)),
          device: rng.pick(a.devices),
          giftNote: rng.pick(GIFT_NOTES),
        },
        {
          payer: {
            cards: a.cards.length > 0 ? a.cards : [m === 'card_emi' ? emiCard(rng) : localCard(rng)],
            newCard: () => emiCard(rng),
          },
        },
      );
    }
    case 'diaspora_family': {
      // A worker in the Gulf or Malaysia, a family in London or New York, paying for relatives at home.
      const where = pickPlace(rng, ABROAD);
      const name = personName(rng);
      const account = rng.chance(0.45);
      const card = foreignCard(rng, where.country);
      const family = addressIn(rng, rng.chance(0.3) ? pickPlace(rng, DHAKA) : pickPlace(rng, DISTRICTS));
      const place = family.city === 'Dhaka' || family.city === 'Savar';
      const m: Method = rng.chance(where.country === 'GB' || where.country === 'US' ? 0.3 : 0.12)
        ? 'paypal'
        : 'card';
      const lines = pickLines(
        rng,
        rng.chance(0.55) ? [...PHONES_MID, ...within(['phones'], 40_000, 150_000)] : EVERYDAY,
        2,
      );
      const email = emailOf(rng, name, where.country);
      const createdAt = w.window.start - Math.floor(rng.float(30, 1500) * DAY);
      return compose(
        rng,
        {
          kind,
          fraud: false,
          at: placedAt(rng, w.window, 'shopper', where.tz),
          buyer: account ? { id: `cus_${rng.token(12)}`, email, name, createdAt } : { email, name },
          billing: addressAbroad(rng, where),
          shipping: family,
          delivery: place ? 'inside_dhaka' : 'outside_dhaka',
          method: m,
          lines,
          ip: ipOn(rng, rng.pick(inCountry(where.country))),
          device: deviceOf(rng, { abroad: where.country }),
          locale: where.country === 'US' ? 'en-US' : where.country === 'GB' ? 'en-GB' : 'bn-BD',
        },
        { payer: { cards: [card], newCard: () => foreignCard(rng, where.country) } },
      );
    }
    case 'emi_big_ticket': {
      const a = anAccount(
        rng,
        w,
        (x) => x.place.dhaka || x.place.city === 'Chattogram' || x.place.city === 'Sylhet',
      );
      const big = rng.pick(within(['phones', 'laptops', 'gaming'], 40_000, 210_000));
      const card = a.cards.find((c) => c.funding === 'credit') ?? emiCard(rng);
      const p = atHome(rng, w, kind, a, [lineOf(big)], 'card_emi');
      return compose(
        rng,
        { ...draftOf(p), buyer: accountBuyer(a) },
        { payer: { cards: [card], newCard: () => emiCard(rng) } },
      );
    }
    case 'district_reseller': {
      // A small phone-accessories shop in a district town restocking before Eid.
      const a = anAccount(rng, w, (x) => !x.place.dhaka);
      const stock = within(['earbuds', 'power_banks', 'chargers_cables', 'smartwatches'], 300, 4_000);
      const lines = Array.from({ length: rng.int(2, 4) }, () =>
        lineOf(rng.pick(stock), rng.int(6, 30)),
      ).filter((l, i, all) => all.findIndex((x) => x.sku === l.sku) === i);
      const m = rng.weightedPick<Method>([
        ['bank_transfer', 35],
        ['bkash', 45],
        ['nagad', 10],
        ['cod', 10],
      ]);
      return atHome(rng, w, kind, a, lines, m, rng.chance(0.7) ? 'office' : 'shopper');
    }
    case 'office_bulk': {
      const [company, domain] = rng.pick(COMPANIES);
      const name = personName(rng);
      const place = pickPlace(
        rng,
        DHAKA.filter((x) => ['1212', '1213', '1215', '1000', '1230'].includes(x.postal[0] ?? '')),
      );
      const office = {
        ...addressIn(rng, place),
        line1: `${company}, Level ${rng.int(3, 14)}, ${rng.pick(place.areas)}`,
      };
      const gear = within(
        ['power_banks', 'laptop_accessories', 'gaming', 'earbuds', 'chargers_cables'],
        900,
        14_000,
      );
      const lines = [
        lineOf(rng.pick(gear), rng.int(10, 60)),
        ...(rng.chance(0.4) ? [lineOf(rng.pick(gear), rng.int(5, 20))] : []),
      ];
      const first = name.split(' ')[0]?.toLowerCase() ?? 'admin';
      return compose(rng, {
        kind,
        fraud: false,
        at: placedAt(rng, w.window, 'office'),
        buyer: {
          id: `cus_${rng.token(12)}`,
          email: `${first}.${rng.pick(['admin', 'procurement', 'it'])}@${domain}`,
          name,
          createdAt: w.window.start - Math.floor(rng.float(60, 1200) * DAY),
        },
        billing: office,
        shipping: office,
        delivery: 'inside_dhaka',
        method: rng.chance(0.7) ? 'bank_transfer' : 'card',
        lines: lines.filter((l, i) => lines.findIndex((x) => x.sku === l.sku) === i),
        ip: ipOn(rng, rng.pick(inCountry('BD').filter((x) => x.kind === 'broadband'))),
        device: deviceOf(rng),
        locale: 'en-BD',
        company: { name: company, bin: rng.digits(9) + '0101' },
      });
    }
    case 'shop_pickup': {
      const a = anAccount(rng, w, (x) => x.place.dhaka);
      const lines = pickLines(rng, rng.chance(0.3) ? [...PHONES_MID, ...PREMIUM] : EVERYDAY, 2);
      const m = rng.weightedPick<Method>([
        ['cash_at_store', 50],
        ['bkash', 30],
        ['card', 20],
      ]);
      const p = atHome(rng, w, kind, a, lines, m);
      return compose(
        rng,
        { ...draftOf(p), delivery: 'pickup', shipping: undefined },
        { payer: { cards: a.cards, newCard: () => localCard(rng) } },
      );
    }
    case 'vpn_or_traveller': {
      // At home behind a VPN (privacy, blocked sites), or away: Hajj and Umrah in Saudi Arabia, treatment or
      // shopping in Kolkata, a holiday in Bangkok, visiting family in Dubai.
      const a = anAccount(rng, w, (x) => x.createdAt < w.window.start - 30 * DAY);
      const vpn = rng.chance(0.5);
      const away = rng.weightedPick([
        ['SA', 4],
        ['IN', 3],
        ['TH', 2],
        ['AE', 2],
        ['MY', 1],
      ] as const);
      const netw = vpn ? rng.pick(VPN) : rng.pick(inCountry(away));
      const tz = vpn ? TZ : ({ SA: 3, IN: 5.5, TH: 7, AE: 4, MY: 8 } as const)[away];
      const m = rng.weightedPick<Method>([
        ['bkash', 40],
        ['card', 30],
        ['nagad', 10],
        ['cod', 20],
      ]);
      const p = atHome(rng, w, kind, a, pickLines(rng, EVERYDAY, 2), m);
      return compose(
        rng,
        {
          ...draftOf(p),
          at: placedAt(rng, w.window, 'shopper', tz),
          buyer: accountBuyer(a),
          ip: address(rng, netw),
          device: rng.pick(a.devices),
        },
        { payer: { cards: a.cards, newCard: () => localCard(rng) } },
      );
    }
    case 'student_shared': {
      // Students in halls and messes: a phone or laptop shared by roommates, mobile data, cheap gear.
      const a = anAccount(rng, w, (x) => x.student);
      const cheap = within(
        ['earbuds', 'power_banks', 'chargers_cables', 'phone_accessories', 'gaming'],
        250,
        4_000,
      );
      const m = rng.weightedPick<Method>([
        ['bkash', 50],
        ['nagad', 20],
        ['cod', 25],
        ['rocket', 5],
      ]);
      const p = atHome(rng, w, kind, a, pickLines(rng, cheap, 2), m);
      return compose(
        rng,
        {
          ...draftOf(p),
          buyer: accountBuyer(a),
          ip: ipOn(rng, rng.chance(0.8) ? a.mobile : rng.pick(BD_MOBILE)),
        },
        { payer: { cards: a.cards, newCard: () => localCard(rng) } },
      );
    }
  }
}

/** A purchase back into a draft, to change a field and compose again (the basket and steps are drawn anew). */
export function draftOf(p: Purchase): Draft {
  return {
    kind: p.kind,
    fraud: p.fraud,
    at: p.at,
    buyer: p.buyer,
    billing: p.billing,
    ...(p.shipping ? { shipping: p.shipping } : {}),
    delivery: p.delivery,
    method: p.method,
    lines: p.basket.lines,
    ...(p.basket.code ? { code: p.basket.code } : {}),
    ip: p.ip,
    device: p.device,
    locale: p.locale,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: p.company } : {}),
  };
}
