import { type Rng } from '../kit/random.js';
import {
  accountBuyer,
  consumerInvoice,
  finish,
  GIFT_NOTES,
  guest,
  maybeAccount,
  twDelivery,
  type World,
} from './assemble.js';
import {
  CONSUMER_HOURS,
  diasporaDays,
  OFFICE_HOURS,
  overseasDays,
  placeAt,
  rhythm,
  TAIPEI,
} from './calendar.js';
import { newCard } from './cards.js';
import { basketOf, type Fulfilment, pickLines, type ProductKey } from './catalogue.js';
import { type HonestKind } from './honest.js';
import { ipOn, type Network, NETWORKS, networkIn } from './networks.js';
import { anyDevice, desktop, diasporaPerson, localPerson, twPerson, twPhone } from './people.js';
import { addressIn, type Market, MARKETS, placeAbroad, twPlace } from './places.js';
import { DAY, type PayPlan, payAbroad, payAtHome, type Purchase } from './purchase.js';

/** The honest buyers abroad: the diaspora sending New Year gifts home, tea lovers, cafés, travellers. */

const DIASPORA: ReadonlyArray<readonly [Market, number]> = [
  ['US', 35],
  ['CA', 12],
  ['JP', 14],
  ['HK', 10],
  ['DE', 6],
  ['GB', 8],
  ['FR', 5],
  ['NL', 4],
];

const GIFTS_HOME: ReadonlyArray<readonly [ProductKey, number]> = [
  ['nyDuo', 22],
  ['nyTrio', 20],
  ['nyBeauty', 16],
  ['nyLishan', 18],
  ['nyTeaSet', 8],
  ['compDongding', 4],
  ['dongding300', 6],
  ['alishan300', 6],
];

/**
 * A Taiwanese emigrant or student abroad sending New Year boxes to their parents: a foreign IP and card (or
 * the Taiwanese card they kept), billed abroad, delivered to an address in Taiwan under another name, in New
 * Taiwan dollars through the Taiwanese gateway, often with a note.
 */
export function diasporaGift(rng: Rng, w: World, kind: HonestKind): Purchase {
  const country = rng.weightedPick(DIASPORA);
  const member = rng.chance(0.45) ? maybeAccount(rng, w, (a) => a.market === country) : undefined;
  const person = member ?? diasporaPerson(rng, country);
  const place = member?.place ?? placeAbroad(rng, country);
  const at = placeAt(rng, w.window, rhythm(place.tz, CONSUMER_HOURS, diasporaDays));
  const family = person.family[0] !== '' ? person.family : undefined;
  const parents = twPerson(rng, true, family);
  const shipTo = twPlace(rng);
  const where = twDelivery(rng, shipTo, addressIn(rng, shipTo), { home: 85, cvs: 15, shop: 0 });
  const basket = basketOf(
    pickLines(rng, 'TWD', GIFTS_HOME, rng.int(1, 3), (r) => (r.chance(0.6) ? 1 : r.int(2, 3))),
    'TWD',
    where.fulfilment,
    'TW',
  );
  const cards = rng.chance(0.3) ? [newCard(rng, 'TW')] : (member?.cards ?? [newCard(rng, country)]);
  return finish(rng, {
    at,
    fraud: false,
    kind,
    buyer: member ? accountBuyer(member) : guest(person),
    billing: member?.address ?? addressIn(rng, place),
    basket,
    pay: payAbroad(rng, {
      cards,
      country,
      signedIn: member !== undefined,
      amount: basket.amount,
      domestic: true,
    }),
    ...where,
    dest: 'TW',
    recipient: parents.name,
    ip: ipOn(rng, member && rng.chance(0.7) ? member.network : networkIn(rng, country, 0.35)),
    device: member?.device ?? anyDevice(rng, 0.6),
    market: 'TW',
    ...(rng.chance(0.6) ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
  });
}

const LOVERS: ReadonlyArray<readonly [Market, number]> = [
  ['HK', 40],
  ['JP', 25],
  ['US', 13],
  ['CA', 4],
  ['DE', 6],
  ['FR', 4],
  ['NL', 3],
  ['GB', 5],
];

const PREMIUM: ReadonlyArray<readonly [ProductKey, number]> = [
  ['lishan150', 16],
  ['dayuling75', 10],
  ['beautyTop', 8],
  ['beauty75', 12],
  ['dongdingRoast', 10],
  ['tieguanyin150', 9],
  ['compDongding', 4],
  ['compLishan', 5],
  ['alishan300', 10],
  ['baozhong150', 6],
  ['yinggePot', 5],
  ['gaiwan', 4],
  ['cups6', 3],
  ['travelSet', 3],
  ['ruby75', 6],
];

/** Hong Kong and Japanese oolong drinkers above all, some in the West: high-mountain tea, teaware, by EMS. */
export function overseasTeaLover(rng: Rng, w: World, kind: HonestKind): Purchase {
  const country = rng.weightedPick(LOVERS);
  const member = rng.chance(0.55) ? maybeAccount(rng, w, (a) => a.market === country) : undefined;
  const person = member ?? (rng.chance(0.75) ? localPerson(rng, country) : diasporaPerson(rng, country));
  const place = member?.place ?? placeAbroad(rng, country);
  const home = member?.address ?? addressIn(rng, place);
  const at = placeAt(rng, w.window, rhythm(place.tz, CONSUMER_HOURS, overseasDays));
  const currency = MARKETS[country].currency;
  const fulfilment: Fulfilment = rng.chance(0.78) ? 'ems' : 'dhl';
  const basket = basketOf(
    pickLines(rng, currency, PREMIUM, rng.int(1, 4), (r) => (r.chance(0.6) ? 1 : r.int(2, 3))),
    currency,
    fulfilment,
    country,
  );
  return finish(rng, {
    at,
    fraud: false,
    kind,
    buyer: member ? accountBuyer(member) : guest(person),
    billing: home,
    basket,
    pay: payAbroad(rng, {
      cards: member?.cards ?? [newCard(rng, country)],
      country,
      signedIn: member !== undefined,
      amount: basket.amount,
      domestic: false,
    }),
    fulfilment,
    shipping: home,
    dest: country,
    ip: ipOn(rng, member && rng.chance(0.8) ? member.network : networkIn(rng, country, 0.45)),
    device: member?.device ?? anyDevice(rng, 0.6),
    market: country,
  });
}

const CAFES: Readonly<Partial<Record<Market, readonly string[]>>> = {
  US: ['Leaf & Kettle Tea Bar', 'High Mountain Tea Co.', 'Formosa Bubble Lab'],
  CA: ['Steep Street Tea House', 'Jade Leaf Café'],
  JP: ['茶房 雲', 'Oolong Stand Kichijoji', '台湾茶カフェ 山'],
  HK: ['山茶居 Mountain Tea House', 'Formosa Leaf Ltd'],
  DE: ['Teehaus Wolkenberg', 'Oolong Kontor GmbH'],
  NL: ['Theehuis De Berg', 'Leaf Collective B.V.'],
  GB: ['Cloud Mountain Tea Ltd', 'The Oolong Room'],
  FR: ['Maison des Hautes Feuilles'],
};

const WHOLESALE: ReadonlyArray<readonly [ProductKey, number]> = [
  ['alishan300', 20],
  ['dongding300', 16],
  ['beauty75', 12],
  ['ruby75', 14],
  ['tieguanyin150', 10],
  ['baozhong150', 8],
  ['honeyBlack75', 8],
  ['lishan150', 8],
];

const OFFICE: Readonly<Partial<Record<Market, Network>>> = {
  US: NETWORKS.usOffice,
  JP: NETWORKS.jpOffice,
  HK: NETWORKS.hkOffice,
  DE: NETWORKS.deOffice,
};

/** Tea bars and shops abroad restocking before the season: tea by the kilo at trade prices, by DHL, in office hours. */
export function cafeReseller(rng: Rng, w: World, kind: HonestKind): Purchase {
  const country = rng.weightedPick<Market>([
    ['US', 25],
    ['CA', 8],
    ['JP', 18],
    ['HK', 14],
    ['DE', 12],
    ['NL', 8],
    ['GB', 10],
    ['FR', 5],
  ]);
  const place = placeAbroad(rng, country);
  const at = placeAt(
    rng,
    w.window,
    rhythm(place.tz, OFFICE_HOURS, (_d, wd) => (wd === 0 || wd === 6 ? 0.15 : 1)),
  );
  const business = rng.pick(CAFES[country] ?? ['Tea Room']);
  const owner = rng.chance(0.6) ? localPerson(rng, country) : diasporaPerson(rng, country);
  const domain = `${
    business
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 14) || 'teahouse'
  }.${country === 'US' ? 'com' : country.toLowerCase()}`;
  const email = `${rng.pick(['orders', 'hello', 'info', owner.email.split('@')[0] ?? 'buyer'])}@${domain}`;
  const currency = MARKETS[country].currency;
  const fulfilment: Fulfilment = rng.chance(0.7) ? 'dhl' : 'ems';
  const basket = basketOf(
    pickLines(rng, currency, WHOLESALE, rng.int(2, 4), (r) => r.int(10, 40)),
    currency,
    fulfilment,
    country,
    { code: 'WHOLESALE', share: 0.25 },
  );
  const card = newCard(rng, country, 'credit');
  let pay: PayPlan;
  if (rng.chance(0.12)) pay = { attempts: [], deferred: 'bank_transfer', settleIn: rng.int(1, 4) * DAY };
  else
    pay = payAbroad(rng, { cards: [card], country, signedIn: true, amount: basket.amount, domestic: false });
  const office = addressIn(rng, place);
  return finish(rng, {
    at,
    fraud: false,
    kind,
    buyer: {
      id: `biz_${rng.int(1000, 9999)}`,
      email,
      name: `${owner.name} (${business})`,
      createdAt: at - rng.int(90, 1500) * DAY,
    },
    billing: office,
    basket,
    pay,
    fulfilment,
    shipping: office,
    dest: country,
    ip: ipOn(rng, OFFICE[country] ?? networkIn(rng, country, 0)),
    device: desktop(rng),
    market: country,
  });
}

const ABROAD_NOW: ReadonlyArray<readonly [Market, number]> = [
  ['JP', 50],
  ['HK', 15],
  ['US', 15],
  ['GB', 5],
  ['DE', 5],
  ['FR', 5],
  ['NL', 5],
];

/**
 * Travellers. A Taiwanese on holiday in Tokyo or on business in California orders gifts home on the hotel's
 * Wi-Fi, with a Taiwanese card; a Japanese or Hong Kong visitor who tasted tea on Dihua Street orders from the
 * Taipei hotel to have it sent home.
 */
export function traveller(rng: Rng, w: World, kind: HonestKind): Purchase {
  if (rng.chance(0.55)) {
    const where = rng.weightedPick(ABROAD_NOW);
    const stay = placeAbroad(rng, where);
    const member = rng.chance(0.6) ? maybeAccount(rng, w, (a) => a.market === 'TW') : undefined;
    const person = member ?? twPerson(rng);
    const place = member?.place ?? twPlace(rng);
    const home = member?.address ?? addressIn(rng, place);
    const to = twDelivery(rng, place, home, { home: 60, cvs: 40, shop: 0 });
    const basket = basketOf(
      pickLines(rng, 'TWD', GIFTS_HOME, rng.int(1, 2), (r) => r.int(1, 3)),
      'TWD',
      to.fulfilment,
      'TW',
    );
    const pay = payAtHome(rng, {
      cards: member?.cards ?? [newCard(rng, 'TW')],
      ...(member?.wallet ? { wallet: member.wallet } : {}),
      signedIn: member !== undefined,
      cvs: false,
      amount: basket.amount,
    });
    return finish(rng, {
      at: placeAt(rng, w.window, rhythm(stay.tz, CONSUMER_HOURS)),
      fraud: false,
      kind,
      buyer: member ? accountBuyer(member) : guest(person),
      billing: home,
      basket,
      pay,
      ...to,
      dest: 'TW',
      ip: ipOn(rng, where === 'JP' && rng.chance(0.6) ? NETWORKS.jpHotelWifi : networkIn(rng, where, 0)),
      device: member?.device ?? twPhone(rng),
      market: 'TW',
      invoice: consumerInvoice(rng, member !== undefined),
    });
  }
  const country = rng.weightedPick<Market>([
    ['JP', 45],
    ['HK', 25],
    ['US', 15],
    ['GB', 5],
    ['DE', 5],
    ['FR', 5],
  ]);
  const person = rng.chance(0.8) ? localPerson(rng, country) : diasporaPerson(rng, country);
  const home = addressIn(rng, placeAbroad(rng, country));
  const currency = MARKETS[country].currency;
  const fulfilment: Fulfilment = rng.chance(0.8) ? 'ems' : 'dhl';
  const basket = basketOf(
    pickLines(rng, currency, PREMIUM, rng.int(1, 3), (r) => r.int(1, 3)),
    currency,
    fulfilment,
    country,
  );
  return finish(rng, {
    at: placeAt(rng, w.window, rhythm(TAIPEI, CONSUMER_HOURS)),
    fraud: false,
    kind,
    buyer: guest(person),
    billing: home,
    basket,
    pay: payAbroad(rng, {
      cards: [newCard(rng, country)],
      country,
      signedIn: false,
      amount: basket.amount,
      domestic: false,
    }),
    fulfilment,
    shipping: home,
    dest: country,
    ip: ipOn(rng, rng.chance(0.75) ? NETWORKS.twHotelWifi : NETWORKS.twMobileB),
    device: twPhone(rng),
    market: country,
  });
}
