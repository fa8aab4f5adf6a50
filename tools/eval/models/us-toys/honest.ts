import { type Buyer, type Device, DAY, lineOf, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterDrop, shopAt } from './calendar.js';
import {
  byCategory,
  type Fulfilment,
  familyLines,
  GIFT_CARD_AMOUNTS,
  giftCard,
  type Line,
  priced,
} from './catalogue.js';
import { ipIn, type NetworkName, US_HOME, US_MOBILE } from './networks.js';
import { type Account, deviceOf, emailOf, type Form, newCard, person, type Person } from './people.js';
import {
  canadianHome,
  homeIn,
  militaryPosting,
  pickState,
  type Place,
  type State,
  stateOf,
  storeIn,
} from './places.js';
import { honestAfter, honestPay, type Match, type Payer, type Purchase } from './purchase.js';
import { freshAccount, guest, signedIn, type World } from './world.js';

/** Honest shoppers: who they are, what they buy, how and where it goes. */

export const HONEST = {
  loyal_parent: 26,
  first_time_buyer: 14,
  grandparent_gift: 10,
  store_pickup: 11,
  registry_gift: 6,
  egift_sender: 6,
  collector: 6,
  santa_charity: 2.5,
  teacher: 3,
  military_family: 3,
  canada_shopper: 3,
  away_or_vpn: 4.5,
} as const;

export type HonestKind = keyof typeof HONEST;

/** What a planner decides; `checkout` adds the price, the payment and what happens after. */
export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Place;
  shipping?: Place;
  fulfilment: Fulfilment;
  lines: Line[];
  code?: string;
  giftWrap?: boolean;
  taxExempt?: boolean;
  ip: string;
  device: Device;
  extra?: Partial<Purchase>;
}

/** The sales tax that applies: where it is delivered, or the pickup store's state; none abroad or for APO/FPO. */
export function taxRate(
  d: Pick<Draft, 'fulfilment' | 'shipping' | 'billing' | 'taxExempt'>,
  store?: State,
): number {
  if (d.taxExempt || d.fulfilment === 'email' || d.fulfilment === 'apo') return 0;
  if (d.fulfilment === 'pickup') return store?.tax ?? 0;
  const to = d.shipping ?? d.billing;
  return to.country === 'US' && to.region ? stateOf(to.region).tax : 0;
}

/** The draft as a purchase: priced, with the channel its device implies; attempts and later steps given. */
export function purchaseOf(
  d: Draft,
  basket: Purchase['basket'],
  attempts: Purchase['attempts'],
  later: Purchase['later'],
): Purchase {
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    buyer: d.buyer,
    billing: d.billing,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    attempts,
    later,
    ip: d.ip,
    device: d.device,
    channel: d.device.userAgent.startsWith('Playhaven/') ? 'app' : 'web',
    ...d.extra,
  };
}

export function basketOf(d: Draft, store?: State): Purchase['basket'] {
  return priced(d.lines, {
    fulfilment: d.fulfilment,
    taxRate: taxRate(d, store),
    ...(d.code ? { code: d.code } : {}),
    ...(d.giftWrap ? { giftWrap: true } : {}),
    ...(d.shipping?.country === 'CA' ? { abroad: true } : {}),
  });
}

function checkout(rng: Rng, d: Draft, payer: Payer, store?: State, declineShare?: number): Purchase {
  const basket = basketOf(d, store);
  const attempts = honestPay(rng, payer, basket.amount, declineShare);
  return purchaseOf(d, basket, attempts, honestAfter(rng, d.fulfilment, basket));
}

const homeIp = (rng: Rng, home: NetworkName, mobile = 0.25): string =>
  rng.chance(mobile) ? ipIn(rng, rng.weightedPick(US_MOBILE)) : ipIn(rng, home, 0.35);

const count = (rng: Rng): number =>
  rng.weightedPick<number>([
    [1, 30],
    [2, 30],
    [3, 22],
    [4, 12],
    [6, 6],
  ]);

const code = (rng: Rng, signed: boolean): string | undefined =>
  rng.weightedPick<string | undefined>([
    [undefined, 72],
    ['JOLLY20', 16],
    ['FREESHIP', 5],
    [signed ? 'REWARDS10' : undefined, 7],
  ]);

const recipientOf = (rng: Rng, sameLast: boolean, buyer: Person): Person => {
  const who = person(rng);
  return sameLast ? { ...who, last: buyer.last, name: `${who.first} ${buyer.last}` } : who;
};

const MESSAGES = [
  'Merry Christmas! Love, Grandma and Grandpa',
  'Happy Holidays from all of us!',
  'To our favorite builder. Love you!',
  'Merry Christmas, sweetheart. xoxo',
  'Santa asked us to send this one early!',
  'Happy Hanukkah!',
];

const accountOf = (rng: Rng, w: World, older?: boolean): Account => {
  if (older) {
    const pool = w.accounts.filter((a) => a.older);
    if (pool.length > 0) return rng.pick(pool);
  }
  return rng.pick(w.accounts);
};

const deviceFrom = (rng: Rng, a: Account): Device => rng.pick(a.devices);

function loyalParent(rng: Rng, w: World): Purchase {
  const a = accountOf(rng, w);
  const at = shopAt(rng, w.window, a.state.tz);
  const fulfilment = rng.weightedPick<Fulfilment>([
    ['ship', 80],
    ['ship_gift', 6],
    ['pickup', 14],
  ]);
  const who = a.who;
  const gift = fulfilment === 'ship_gift' ? homeIn(rng, pickState(rng)) : undefined;
  const store = fulfilment === 'pickup' ? a.state : undefined;
  const promo = code(rng, true);
  return checkout(
    rng,
    {
      kind: 'loyal_parent',
      fraud: false,
      at,
      buyer: signedIn(a),
      billing: { ...a.home },
      ...(fulfilment === 'ship' ? { shipping: { ...a.home } } : gift ? { shipping: gift } : {}),
      fulfilment,
      lines: familyLines(rng, count(rng)),
      ...(promo ? { code: promo } : {}),
      giftWrap: fulfilment === 'ship_gift' || rng.chance(0.08),
      ip: homeIp(rng, a.network),
      device: deviceFrom(rng, a),
      extra: {
        rewards: a.rewards,
        ...(store ? { pickupStore: storeIn(rng, store) } : {}),
        ...(gift ? { recipient: { name: recipientOf(rng, rng.chance(0.5), who).name } } : {}),
      },
    },
    { cards: a.cards, signedIn: true },
    store,
  );
}

function firstTimeBuyer(rng: Rng, w: World): Purchase {
  const who = person(rng);
  const st = pickState(rng);
  const home = homeIn(rng, st);
  const at = shopAt(rng, w.window, st.tz);
  const fulfilment = rng.weightedPick<Fulfilment>([
    ['ship', 85],
    ['pickup', 15],
  ]);
  const buyer = rng.chance(0.6) ? guest(rng, who) : freshAccount(rng, who, at);
  const match = rng.weightedPick<Match>([
    ['good', 90],
    ['zip_only', 7],
    ['street_only', 3],
  ]);
  const promo = rng.chance(0.22) ? 'JOLLY20' : undefined;
  return checkout(
    rng,
    {
      kind: 'first_time_buyer',
      fraud: false,
      at,
      buyer,
      billing: home,
      ...(fulfilment === 'ship' ? { shipping: { ...home } } : {}),
      fulfilment,
      lines: familyLines(rng, Math.min(4, count(rng))),
      ...(promo ? { code: promo } : {}),
      ip: homeIp(rng, rng.weightedPick(US_HOME), 0.4),
      device: deviceOf(rng),
      ...(fulfilment === 'pickup' ? { extra: { pickupStore: storeIn(rng, st) } } : {}),
    },
    { cards: [newCard(rng)], signedIn: false, match },
    fulfilment === 'pickup' ? st : undefined,
  );
}

function grandparentGift(rng: Rng, w: World): Purchase {
  const hasAccount = rng.chance(0.5);
  const a = hasAccount ? accountOf(rng, w, true) : undefined;
  const who = a?.who ?? person(rng, true);
  const st = a?.state ?? pickState(rng);
  const home = a ? { ...a.home } : homeIn(rng, st);
  const at = shopAt(rng, w.window, st.tz);
  const kid = recipientOf(rng, rng.chance(0.6), who);
  const to = homeIn(rng, rng.chance(0.75) ? pickState(rng) : st);
  const match = rng.weightedPick<Match>([
    ['good', 82],
    ['zip_only', 12],
    ['street_only', 3],
    ['wrong', 3],
  ]);
  return checkout(
    rng,
    {
      kind: 'grandparent_gift',
      fraud: false,
      at,
      buyer: a ? signedIn(a) : guest(rng, who, true),
      billing: home,
      shipping: to,
      fulfilment: 'ship_gift',
      lines: familyLines(rng, rng.int(1, 4)),
      giftWrap: rng.chance(0.7),
      ip: homeIp(rng, a?.network ?? rng.weightedPick(US_HOME), 0.05),
      device: a ? deviceFrom(rng, a) : deviceOf(rng, rng.pick<Form>(['desktop', 'tablet', 'phone'])),
      extra: {
        recipient: { name: kid.name },
        ...(rng.chance(0.6) ? { giftMessage: rng.pick(MESSAGES) } : {}),
        ...(a ? { rewards: a.rewards } : {}),
      },
    },
    { cards: a?.cards ?? [newCard(rng, 'US', 'credit')], signedIn: Boolean(a), match, older: true },
  );
}

function storePickup(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.55) ? accountOf(rng, w) : undefined;
  const who = a?.who ?? person(rng);
  const st = a?.state ?? pickState(rng);
  const at = shopAt(rng, w.window, st.tz, 'late');
  const lines = familyLines(rng, Math.min(3, count(rng)));
  if (rng.chance(0.06)) lines.push(lineOf(rng.pick(byCategory('consoles'))));
  return checkout(
    rng,
    {
      kind: 'store_pickup',
      fraud: false,
      at,
      buyer: a ? signedIn(a) : guest(rng, who),
      billing: a ? { ...a.home } : homeIn(rng, st),
      fulfilment: 'pickup',
      lines,
      ip: homeIp(rng, a?.network ?? rng.weightedPick(US_HOME), 0.5),
      device: a ? deviceFrom(rng, a) : deviceOf(rng),
      extra: {
        pickupStore: storeIn(rng, st),
        ...(rng.chance(0.25) ? { pickupPerson: person(rng).name } : {}),
        ...(a ? { rewards: a.rewards } : {}),
      },
    },
    { cards: a?.cards ?? [newCard(rng)], signedIn: Boolean(a) },
    st,
  );
}

function registryGift(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.5) ? accountOf(rng, w) : undefined;
  const who = a?.who ?? person(rng);
  const st = a?.state ?? pickState(rng);
  const at = shopAt(rng, w.window, st.tz);
  const registrant = person(rng);
  return checkout(
    rng,
    {
      kind: 'registry_gift',
      fraud: false,
      at,
      buyer: a ? signedIn(a) : guest(rng, who),
      billing: a ? { ...a.home } : homeIn(rng, st),
      shipping: homeIn(rng, rng.chance(0.6) ? pickState(rng) : st),
      fulfilment: 'ship_gift',
      lines: familyLines(rng, rng.int(1, 2)),
      giftWrap: rng.chance(0.55),
      ip: homeIp(rng, a?.network ?? rng.weightedPick(US_HOME), 0.35),
      device: a ? deviceFrom(rng, a) : deviceOf(rng),
      extra: {
        registryId: `WL-${rng.digits(9)}`,
        recipient: { name: registrant.name },
        ...(rng.chance(0.4) ? { giftMessage: rng.pick(MESSAGES) } : {}),
      },
    },
    { cards: a?.cards ?? [newCard(rng)], signedIn: Boolean(a) },
  );
}

function egiftSender(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.5) ? accountOf(rng, w) : undefined;
  const who = a?.who ?? person(rng, rng.chance(0.3));
  const st = a?.state ?? pickState(rng);
  const at = shopAt(rng, w.window, st.tz, 'late');
  const cards = rng.weightedPick<number>([
    [1, 70],
    [2, 20],
    [3, 10],
  ]);
  const lines: Line[] = [];
  for (let i = 0; i < cards; i++) {
    const amount = rng.weightedPick(
      GIFT_CARD_AMOUNTS.slice(1, 8).map((x, j) => [x, [3, 10, 14, 6, 9, 2, 2][j] ?? 1] as const),
    );
    const same = lines.find((l) => l.price === amount);
    if (same) same.quantity += 1;
    else lines.push(giftCard(amount));
  }
  const to = recipientOf(rng, rng.chance(0.5), who);
  return checkout(
    rng,
    {
      kind: 'egift_sender',
      fraud: false,
      at,
      buyer: a ? signedIn(a) : guest(rng, who),
      billing: a ? { ...a.home } : homeIn(rng, st),
      fulfilment: 'email',
      lines,
      ip: homeIp(rng, a?.network ?? rng.weightedPick(US_HOME), 0.4),
      device: a ? deviceFrom(rng, a) : deviceOf(rng),
      extra: {
        recipient: { name: to.name, email: emailOf(rng, to) },
        ...(rng.chance(0.7) ? { giftMessage: rng.pick(MESSAGES) } : {}),
      },
    },
    { cards: a?.cards ?? [newCard(rng)], signedIn: Boolean(a), noGiftCard: true },
  );
}

function collector(rng: Rng, w: World): Purchase {
  const aged = w.accounts.filter((a) => a.createdAt < w.window.start - 365 * DAY);
  const a = rng.pick(aged.length > 0 ? aged : w.accounts);
  const atDrop = rng.chance(0.45) && w.drops.length > 0;
  const drop = rng.pick(w.drops.length > 0 ? w.drops : [w.window.start]);
  const at = atDrop ? afterDrop(rng, drop, 6 * MINUTE) : shopAt(rng, w.window, a.state.tz, 'flat');
  const lines: Line[] = [];
  if (atDrop) {
    const limited = byCategory('limited_drop');
    lines.push(
      lineOf(limited[w.drops.indexOf(drop) % limited.length] ?? rng.pick(limited), rng.chance(0.6) ? 1 : 2),
    );
  } else {
    const pick = rng.weightedPick<string>([
      ['tcg', 55],
      ['brick', 45],
    ]);
    const pool =
      pick === 'tcg'
        ? byCategory('trading_cards').filter((p) => p.price > 1_000)
        : byCategory('building_sets').filter((p) => p.price > 20_000);
    const item = rng.pick(pool);
    lines.push(lineOf(item, item.price < 20_000 ? rng.int(1, 3) : 1));
    if (rng.chance(0.3)) lines.push(lineOf(rng.pick(byCategory('trading_cards')), rng.int(1, 6)));
  }
  const merged = lines.filter((l, i) => lines.findIndex((m) => m.sku === l.sku) === i);
  return checkout(
    rng,
    {
      kind: 'collector',
      fraud: false,
      at,
      buyer: signedIn(a),
      billing: { ...a.home },
      shipping: { ...a.home },
      fulfilment: 'ship',
      lines: merged,
      ip: homeIp(rng, a.network, 0.3),
      device: rng.chance(0.5) ? deviceOf(rng, 'app') : deviceFrom(rng, a),
      extra: { rewards: a.rewards },
    },
    { cards: a.cards, signedIn: true },
  );
}

const CHARITIES = [
  ['Holiday Toy Drive — St. Mark’s Parish', 'charity'],
  ['Adopt-a-Family Program', 'charity'],
  ['Firefighters Toy Drive Local 22', 'charity'],
  ['Angel Tree — Grace Community Church', 'charity'],
  ['Office Secret Santa for Families', 'company'],
  ['Boys & Girls Club Holiday Fund', 'charity'],
] as const;

function santaCharity(rng: Rng, w: World): Purchase {
  const who = person(rng);
  const st = pickState(rng);
  const home = homeIn(rng, st);
  const at = shopAt(rng, w.window, st.tz);
  const [name, type] = rng.pick(CHARITIES);
  const lines = familyLines(rng, rng.int(6, 14), true).map((l) => ({ ...l, quantity: rng.int(2, 6) }));
  const exempt = type === 'charity' && rng.chance(0.4);
  const to = rng.chance(0.7) ? homeIn(rng, st) : home;
  return checkout(
    rng,
    {
      kind: 'santa_charity',
      fraud: false,
      at,
      buyer: rng.chance(0.5) ? guest(rng, who) : freshAccount(rng, who, at),
      billing: home,
      shipping: to,
      fulfilment: 'ship_gift',
      lines,
      taxExempt: exempt,
      ip: homeIp(rng, rng.weightedPick(US_HOME), 0.15),
      device: deviceOf(rng, 'desktop'),
      extra: {
        organisation: { name, type, ...(exempt ? { taxExemptId: `${st.code}-EX-${rng.digits(7)}` } : {}) },
      },
    },
    { cards: [newCard(rng, 'US', 'credit')], signedIn: false },
    undefined,
    0.07,
  );
}

const SCHOOLS = [
  'Lincoln Elementary School',
  'Roosevelt Middle School',
  'Oak Grove Elementary',
  'Washington Early Learning Center',
  'Maple Ridge Elementary',
];

function teacher(rng: Rng, w: World): Purchase {
  const who = person(rng);
  const st = pickState(rng);
  const home = homeIn(rng, st);
  const at = shopAt(rng, w.window, st.tz, 'ship');
  const pool = [...byCategory('board_games'), ...byCategory('stem'), ...byCategory('arts_crafts')].filter(
    (p) => p.price < 7_000,
  );
  const lines = rng
    .shuffle(pool)
    .slice(0, rng.int(1, 3))
    .map((p) => lineOf(p, rng.int(4, 12)));
  const exempt = rng.chance(0.3);
  const school = rng.pick(SCHOOLS);
  const schoolAddress: Place = { ...homeIn(rng, st), line1: `${school}, ${rng.int(100, 2999)} School Rd` };
  return checkout(
    rng,
    {
      kind: 'teacher',
      fraud: false,
      at,
      buyer: rng.chance(0.5) ? guest(rng, who) : freshAccount(rng, who, at),
      billing: home,
      shipping: rng.chance(0.65) ? schoolAddress : { ...home },
      fulfilment: 'ship',
      lines,
      taxExempt: exempt,
      ip: homeIp(rng, rng.weightedPick(US_HOME), 0.2),
      device: deviceOf(rng),
      extra: {
        organisation: {
          name: school,
          type: 'school',
          ...(exempt ? { taxExemptId: `${st.code}-ST5-${rng.digits(6)}` } : {}),
        },
      },
    },
    { cards: [newCard(rng)], signedIn: false },
  );
}

const HOST_NETWORK: Readonly<Record<string, NetworkName>> = {
  DE: 'de-telco',
  IT: 'it-telco',
  JP: 'jp-telco',
  KR: 'kr-telco',
  US: 'us-cloud',
};

function militaryFamily(rng: Rng, w: World): Purchase {
  const who = person(rng);
  const posting = militaryPosting(rng);
  const homeOfRecord = homeIn(rng, pickState(rng));
  const at = shopAt(rng, w.window, posting.tz);
  const toBase = rng.chance(0.75);
  const fulfilment: Fulfilment = toBase ? 'apo' : 'ship_gift';
  const ip = rng.chance(0.25)
    ? ipIn(rng, rng.weightedPick(US_HOME))
    : ipIn(rng, HOST_NETWORK[posting.host] ?? 'us-cloud', 0.3);
  return checkout(
    rng,
    {
      kind: 'military_family',
      fraud: false,
      at,
      buyer: rng.chance(0.6) ? freshAccount(rng, who, at - rng.int(1, 300) * DAY) : guest(rng, who),
      billing: rng.chance(0.6) ? { ...posting.place } : homeOfRecord,
      shipping: toBase ? { ...posting.place } : homeIn(rng, pickState(rng)),
      fulfilment,
      lines: familyLines(rng, count(rng)),
      giftWrap: !toBase && rng.chance(0.6),
      ip,
      device: deviceOf(rng),
      ...(toBase ? {} : { extra: { recipient: { name: recipientOf(rng, true, who).name } } }),
    },
    { cards: [newCard(rng)], signedIn: false },
  );
}

function canadaShopper(rng: Rng, w: World): Purchase {
  const who = person(rng);
  const { place, tz } = canadianHome(rng);
  const at = shopAt(rng, w.window, tz);
  const toUs = rng.chance(0.12);
  return checkout(
    rng,
    {
      kind: 'canada_shopper',
      fraud: false,
      at,
      buyer: rng.chance(0.5) ? guest(rng, who) : freshAccount(rng, who, at - rng.int(0, 400) * DAY),
      billing: place,
      shipping: toUs ? homeIn(rng, pickState(rng)) : { ...place },
      fulfilment: toUs ? 'ship_gift' : 'ship',
      lines: familyLines(rng, Math.min(4, count(rng))),
      ip: ipIn(rng, rng.chance(0.55) ? 'ca-cable' : 'ca-telco', 0.3),
      device: deviceOf(rng),
    },
    { cards: [newCard(rng, 'CA')], signedIn: false },
  );
}

const ABROAD: ReadonlyArray<readonly [NetworkName, number]> = [
  ['mx-telco', -6],
  ['gb-telco', 0],
  ['de-telco', 1],
  ['it-telco', 1],
  ['jp-telco', 9],
];

function awayOrVpn(rng: Rng, w: World): Purchase {
  const a = accountOf(rng, w);
  const travelling = rng.chance(0.5);
  const [abroad, tz] = rng.pick(ABROAD);
  const at = shopAt(rng, w.window, travelling ? tz : a.state.tz);
  const ip = travelling ? ipIn(rng, abroad, 0.3) : ipIn(rng, rng.chance(0.7) ? 'us-cloud' : 'de-hosting');
  const gift = rng.chance(0.3);
  return checkout(
    rng,
    {
      kind: 'away_or_vpn',
      fraud: false,
      at,
      buyer: signedIn(a),
      billing: { ...a.home },
      shipping: gift ? homeIn(rng, pickState(rng)) : { ...a.home },
      fulfilment: gift ? 'ship_gift' : 'ship',
      lines: familyLines(rng, count(rng)),
      giftWrap: gift && rng.chance(0.5),
      ip,
      device: travelling ? deviceOf(rng, rng.pick<Form>(['phone', 'app', 'tablet'])) : deviceFrom(rng, a),
      extra: { rewards: a.rewards },
    },
    { cards: a.cards, signedIn: true },
  );
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  loyal_parent: loyalParent,
  first_time_buyer: firstTimeBuyer,
  grandparent_gift: grandparentGift,
  store_pickup: storePickup,
  registry_gift: registryGift,
  egift_sender: egiftSender,
  collector,
  santa_charity: santaCharity,
  teacher,
  military_family: militaryFamily,
  canada_shopper: canadaShopper,
  away_or_vpn: awayOrVpn,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
