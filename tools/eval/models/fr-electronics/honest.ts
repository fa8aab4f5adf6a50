import { type Address, lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placedAt } from './calendar.js';
import { newCard } from './cards.js';
import {
  basketOf,
  CULTURE_MIX,
  type Fulfilment,
  giftCard,
  item,
  LARGE_APPLIANCES,
  pickFrom,
  SALES_MIX,
  withExtras,
} from './catalogue.js';
import { anyAccount, freshDevice, ownDevice, ownIp, purchase, signedIn, type World } from './build.js';
import { ipOn, MOBILE_NETWORK, network, address, homeNetwork } from './networks.js';
import { type Account, emailOf, newAccount, newDevice, person } from './people.js';
import { borderRelay, homeIn, type Market, MARKETS, relayNear, storeNear } from './places.js';
import { DAY, HOUR, honestAfter, honestPay, MINUTE, type Purchase } from './purchase.js';

/** Honest kinds and their weights (share of honest orders). */
export const HONEST = {
  sales_regular: 25,
  first_time_buyer: 16,
  store_pickup: 9,
  instalment_buyer: 7,
  large_appliance: 6,
  gift_and_culture: 10,
  student: 6,
  overseas_customer: 5,
  cross_border: 7,
  traveller: 3,
  vpn_user: 3,
  business_buyer: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

const tzOf = (m: Market) => MARKETS[m].tz;

/** Home delivery, a relay point or the shop, as people choose for a parcel. */
function chooseFulfilment(rng: Rng, market: Market, pickup = true): Fulfilment {
  return rng.weightedPick<Fulfilment>([
    ['home_delivery', 50],
    ['relay_point', market === 'CH' ? 0 : 30],
    ['store_pickup', pickup && market !== 'LU' && market !== 'GP' ? 20 : 0],
  ]);
}

function destination(rng: Rng, f: Fulfilment, home: Address): { shipping?: Address; pickupStore?: string } {
  if (f === 'store_pickup') return { pickupStore: storeNear(rng, home).id };
  if (f === 'e_delivery') return {};
  if (f === 'relay_point') return { shipping: relayNear(rng, home) };
  return { shipping: { ...home } };
}

/** A new customer: a person with a home, a card, and a device; an account opened minutes ago or a guest. */
function newcomer(rng: Rng, market: Market, at: number): Account {
  const a = newAccount(rng, market, at - rng.int(2, 25) * MINUTE);
  a.devices = [freshDevice(rng)];
  a.loyalty = rng.chance(0.15);
  a.balance = 0;
  return a;
}

function regular(rng: Rng, w: World): Purchase {
  const a = anyAccount(rng, w, (x) => x.market === 'FR' || x.market === 'BE');
  const at = placedAt(rng, w.window, tzOf(a.market));
  const main = pickFrom(rng, SALES_MIX);
  const lines = withExtras(rng, main);
  if (rng.chance(0.25)) lines.push(lineOf(pickFrom(rng, rng.chance(0.5) ? CULTURE_MIX : SALES_MIX)));
  const f = chooseFulfilment(rng, a.market);
  const basket = basketOf(lines, a.market, f);
  return purchase({
    kind: 'sales_regular',
    fraud: false,
    at,
    ...signedIn(a),
    market: a.market,
    billing: { ...a.home },
    ...destination(rng, f, a.home),
    fulfilment: f,
    basket,
    ip: ownIp(rng, a),
    // A household's shared tablet or computer now and then: a device the account has not used.
    device: rng.chance(0.06) ? newDevice(rng, 'computer') : ownDevice(rng, a),
    attempts: honestPay(
      rng,
      { cards: a.cards, market: a.market, signedIn: true, balance: a.balance },
      basket.amount,
    ),
    later: honestAfter(rng, f, a.market, basket.amount),
  });
}

function firstTime(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick<Market>([
    ['FR', 88],
    ['BE', 8],
    ['LU', 2],
    ['CH', 2],
  ]);
  const at = placedAt(rng, w.window, tzOf(market));
  const a = newcomer(rng, market, at);
  const guest = rng.chance(0.55);
  const lines = withExtras(rng, pickFrom(rng, SALES_MIX), 0.2);
  const f = chooseFulfilment(rng, market);
  const basket = basketOf(
    lines,
    market,
    f,
    rng.chance(0.2) ? { code: 'BIENVENUE10', amount: 10_00 } : undefined,
  );
  return purchase({
    kind: 'first_time_buyer',
    fraud: false,
    at,
    buyer: guest ? { email: a.email, name: a.name } : signedIn(a).buyer,
    market,
    billing: { ...a.home },
    ...destination(rng, f, a.home),
    fulfilment: f,
    basket,
    ip: ownIp(rng, a, 0.4),
    device: a.devices[0] ?? freshDevice(rng),
    attempts: honestPay(rng, { cards: a.cards, market, signedIn: false }, basket.amount, { paypal: 22 }),
    later: honestAfter(rng, f, market, basket.amount),
  });
}

function pickup(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.65);
  const market = rng.weightedPick<Market>([
    ['FR', 90],
    ['BE', 5],
    ['CH', 3],
    ['RE', 2],
  ]);
  const at0 = placedAt(rng, w.window, tzOf(market));
  const a = known ? anyAccount(rng, w, (x) => x.market === market) : newcomer(rng, market, at0);
  // Shops are open 9:00–19:30: the order is placed while they are.
  const local = (((at0 / HOUR + tzOf(market)) % 24) + 24) % 24;
  const at = local >= 9 && local < 19 ? at0 : at0 - Math.floor(((local + 24 - rng.int(10, 17)) % 24) * HOUR);
  const main = rng.chance(0.5)
    ? pickFrom(rng, SALES_MIX)
    : item(rng.pick(['airpods', 'switch2', 'ps5', 'speaker', 'charger', 'gameB', 'airfryer', 'iphone']));
  const lines = withExtras(rng, main, 0.15);
  const basket = basketOf(lines, market, 'store_pickup');
  return purchase({
    kind: 'store_pickup',
    fraud: false,
    at: Math.max(w.window.start, at),
    ...(known ? signedIn(a) : { buyer: { email: a.email, name: a.name } }),
    market,
    billing: { ...a.home },
    fulfilment: 'store_pickup',
    pickupStore: storeNear(rng, a.home).id,
    basket,
    ip: ipOn(rng, rng.chance(0.6) ? (MOBILE_NETWORK[market] ?? a.homeNet) : a.homeNet),
    device: ownDevice(rng, a),
    attempts: honestPay(rng, { cards: a.cards, market, signedIn: known, balance: a.balance }, basket.amount, {
      applePay: 24,
    }),
    later: honestAfter(rng, 'store_pickup', market, basket.amount),
  });
}

function instalments(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.7);
  const market: Market = rng.chance(0.9) ? 'FR' : 'BE';
  const at = placedAt(rng, w.window, tzOf(market));
  const a = known ? anyAccount(rng, w, (x) => x.market === market) : newcomer(rng, market, at);
  const main = item(
    rng.weightedPick([
      ['tv55', 5],
      ['tv65', 4],
      ['macbookAir', 4],
      ['gamingLaptop', 3],
      ['iphonePro', 3],
      ['iphone', 3],
      ['galaxy', 2],
      ['ps5Pro', 2],
      ['hybridCamera', 1],
      ['kitchenRobot', 2],
      ['vacuum', 2],
      ['laptop', 2],
    ] as const),
  );
  const lines = withExtras(rng, main, 0.45);
  const f = chooseFulfilment(rng, market);
  const basket = basketOf(lines, market, f);
  const count = rng.chance(0.6) ? 3 : 4;
  return purchase({
    kind: 'instalment_buyer',
    fraud: false,
    at,
    ...(known ? signedIn(a) : { buyer: { email: a.email, name: a.name } }),
    market,
    billing: { ...a.home },
    ...destination(rng, f, a.home),
    fulfilment: f,
    basket,
    ip: ownIp(rng, a),
    device: ownDevice(rng, a),
    attempts: honestPay(rng, { cards: a.cards, market, signedIn: known }, basket.amount, {
      instalments: count,
    }),
    later: honestAfter(rng, f, market, basket.amount),
  });
}

function largeAppliance(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.6);
  const market = rng.weightedPick<Market>([
    ['FR', 90],
    ['BE', 7],
    ['LU', 3],
  ]);
  const at = placedAt(rng, w.window, tzOf(market));
  const a = known ? anyAccount(rng, w, (x) => x.market === market) : newcomer(rng, market, at);
  const lines = withExtras(rng, item(rng.pick(LARGE_APPLIANCES)), 0.4);
  // The old washer broke: sometimes the dryer or the dishwasher goes in the same delivery.
  if (rng.chance(0.15)) lines.push(lineOf(item(rng.pick(LARGE_APPLIANCES))));
  const basket = basketOf(lines, market, 'two_person');
  return purchase({
    kind: 'large_appliance',
    fraud: false,
    at,
    ...(known ? signedIn(a) : { buyer: { email: a.email, name: a.name } }),
    market,
    billing: { ...a.home },
    shipping: { ...a.home },
    fulfilment: 'two_person',
    basket,
    ip: ownIp(rng, a, 0.2),
    device: ownDevice(rng, a),
    attempts: honestPay(rng, { cards: a.cards, market, signedIn: known }, basket.amount, {
      ...(market === 'FR' && rng.chance(0.3) ? { instalments: 4 as const } : {}),
    }),
    later: honestAfter(rng, 'two_person', market, basket.amount),
  });
}

function gift(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.7);
  const market = rng.weightedPick<Market>([
    ['FR', 88],
    ['BE', 6],
    ['CH', 3],
    ['LU', 3],
  ]);
  const at = placedAt(rng, w.window, tzOf(market));
  const a = known ? anyAccount(rng, w, (x) => x.market === market) : newcomer(rng, market, at);
  const style = rng.weightedPick<'egift' | 'tickets' | 'parcel_elsewhere' | 'culture'>([
    ['egift', 3],
    ['tickets', 3],
    ['parcel_elsewhere', 2],
    ['culture', 5],
  ]);
  let f: Fulfilment = 'e_delivery';
  let lines;
  let shipping: Address | undefined;
  let recipient: string | undefined;
  if (style === 'egift') {
    lines = [lineOf(giftCard(rng.pick([20, 25, 30, 50, 50, 75, 100, 150]) * 100, true))];
    recipient = emailOf(rng, person(rng, market), market);
  } else if (style === 'tickets') {
    lines = [
      lineOf(
        item(rng.chance(0.8) ? 'concert' : 'festival'),
        rng.weightedPick([
          [1, 2],
          [2, 6],
          [3, 1],
          [4, 2],
        ] as const),
      ),
    ];
  } else {
    lines = Array.from({ length: rng.int(1, 4) }, () => lineOf(pickFrom(rng, CULTURE_MIX)));
    f = rng.chance(0.6) ? 'home_delivery' : 'relay_point';
    // A parcel for a parent or a friend elsewhere in the country.
    const to = style === 'parcel_elsewhere' ? homeIn(rng, market) : a.home;
    shipping = f === 'relay_point' ? relayNear(rng, to) : { ...to };
    if (rng.chance(0.25)) lines.push(lineOf(pickFrom(rng, SALES_MIX)));
  }
  const basket = basketOf(lines, market, f);
  return purchase({
    kind: 'gift_and_culture',
    fraud: false,
    at,
    ...(known ? signedIn(a) : { buyer: { email: a.email, name: a.name } }),
    market,
    billing: { ...a.home },
    shipping,
    fulfilment: f,
    basket,
    ip: ownIp(rng, a, 0.35),
    device: ownDevice(rng, a),
    recipientEmail: recipient,
    attempts: honestPay(rng, { cards: a.cards, market, signedIn: known, balance: a.balance }, basket.amount),
    later: honestAfter(rng, f, market, basket.amount),
  });
}

function student(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, 1);
  const a = newAccount(rng, 'FR', at - rng.int(1, 900) * DAY);
  a.devices = [newDevice(rng, rng.chance(0.6) ? 'phone' : 'computer')];
  // Often the parents' card: issued in France, to someone else.
  const main = item(
    rng.pick([
      'chromebook',
      'laptop',
      'laptop',
      'ipad',
      'tabA9',
      'redmi',
      'airpods',
      'macbookAir',
      'headphones',
      'speaker',
    ]),
  );
  const lines = withExtras(rng, main, 0.1);
  const f: Fulfilment = rng.weightedPick([
    ['relay_point', 5],
    ['home_delivery', 3],
    ['store_pickup', 2],
  ] as const);
  const basket = basketOf(lines, 'FR', f, rng.chance(0.7) ? { code: 'ETUDIANT10', off: 10 } : undefined);
  return purchase({
    kind: 'student',
    fraud: false,
    at,
    ...signedIn(a),
    market: 'FR',
    billing: { ...a.home },
    ...destination(rng, f, a.home),
    fulfilment: f,
    basket,
    ip: ipOn(
      rng,
      rng.weightedPick([
        ['fr-campus', 4],
        ['fr-mobile', 4],
        [a.homeNet, 2],
      ] as const),
    ),
    device: a.devices[0] ?? freshDevice(rng),
    attempts: honestPay(rng, { cards: a.cards, market: 'FR', signedIn: true }, basket.amount, {
      paypal: 26,
      declineShare: 0.08,
    }),
    later: honestAfter(rng, f, 'FR', basket.amount),
  });
}

function overseas(rng: Rng, w: World): Purchase {
  const market: Market = rng.chance(0.6) ? 'RE' : 'GP';
  const known = rng.chance(0.6);
  const at = placedAt(rng, w.window, tzOf(market));
  const a = known ? anyAccount(rng, w, (x) => x.market === market) : newcomer(rng, market, at);
  const lines = withExtras(rng, pickFrom(rng, SALES_MIX), 0.35);
  const f: Fulfilment = rng.weightedPick([
    ['home_delivery', 4],
    ['relay_point', 3],
    ['store_pickup', market === 'RE' ? 2 : 0],
  ] as const);
  const basket = basketOf(lines, market, f);
  return purchase({
    kind: 'overseas_customer',
    fraud: false,
    at,
    ...(known ? signedIn(a) : { buyer: { email: a.email, name: a.name } }),
    market,
    billing: { ...a.home },
    ...destination(rng, f, a.home),
    fulfilment: f,
    basket,
    ip: ipOn(rng, a.homeNet),
    device: ownDevice(rng, a),
    attempts: honestPay(rng, { cards: a.cards, market, signedIn: known }, basket.amount),
    later: honestAfter(rng, f, market, basket.amount),
  });
}

function crossBorder(rng: Rng, w: World): Purchase {
  const from = rng.weightedPick<'BE' | 'LU' | 'CH'>([
    ['BE', 5],
    ['LU', 2],
    ['CH', 4],
  ]);
  const known = rng.chance(0.55);
  const at = placedAt(rng, w.window, tzOf(from));
  const a = known ? anyAccount(rng, w, (x) => x.market === from) : newcomer(rng, from, at);
  // Many collect at a relay point just across the French border: French prices, no customs for the Swiss.
  const border = rng.chance(from === 'CH' ? 0.45 : 0.35);
  const market: Market = border ? 'FR' : from;
  const f: Fulfilment = border ? 'relay_point' : chooseFulfilment(rng, from);
  const lines = withExtras(rng, pickFrom(rng, SALES_MIX), 0.2);
  const basket = basketOf(lines, market, f);
  return purchase({
    kind: 'cross_border',
    fraud: false,
    at,
    ...(known ? signedIn(a) : { buyer: { email: a.email, name: a.name } }),
    market,
    billing: { ...a.home },
    ...(border ? { shipping: borderRelay(rng, from) } : destination(rng, f, a.home)),
    fulfilment: f,
    basket,
    ip: ownIp(rng, a, 0.25),
    device: ownDevice(rng, a),
    attempts: honestPay(rng, { cards: a.cards, market: from, signedIn: known }, basket.amount),
    later: honestAfter(rng, f, market, basket.amount),
  });
}

const ABROAD: ReadonlyArray<readonly [string, number, number]> = [
  ['es-home', 1, 3],
  ['it-home', 1, 2],
  ['de-home', 1, 2],
  ['gb-home', 0, 2],
  ['ma-home', 1, 2],
  ['us-home', -5, 2],
  ['ca-home', -5, 1],
  ['th-mobile', 7, 2],
];

function traveller(rng: Rng, w: World): Purchase {
  const a = anyAccount(rng, w, (x) => x.market === 'FR');
  const [net, tz] = rng.weightedPick(ABROAD.map((x) => [x, x[2]] as const));
  const at = placedAt(rng, w.window, tz);
  const digital = rng.chance(0.3);
  const lines = digital
    ? [lineOf(rng.chance(0.5) ? giftCard(rng.pick([50, 100]) * 100, true) : item('concert'), rng.int(1, 2))]
    : withExtras(rng, pickFrom(rng, SALES_MIX), 0.25);
  const f: Fulfilment = digital ? 'e_delivery' : rng.chance(0.6) ? 'home_delivery' : 'relay_point';
  const basket = basketOf(lines, 'FR', f);
  return purchase({
    kind: 'traveller',
    fraud: false,
    at,
    ...signedIn(a),
    market: 'FR',
    billing: { ...a.home },
    ...destination(rng, f, a.home),
    fulfilment: f,
    basket,
    ip: address(rng, network(net)),
    device: ownDevice(rng, a),
    recipientEmail:
      digital && lines[0]?.category === 'gift_card' ? emailOf(rng, person(rng), 'FR') : undefined,
    attempts: honestPay(rng, { cards: a.cards, market: 'FR', signedIn: true }, basket.amount, {
      declineShare: 0.08,
    }),
    later: honestAfter(rng, f, 'FR', basket.amount),
  });
}

function vpn(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.7);
  const market: Market = rng.chance(0.85) ? 'FR' : 'BE';
  const at = placedAt(rng, w.window, tzOf(market));
  const a = known ? anyAccount(rng, w, (x) => x.market === market) : newcomer(rng, market, at);
  const exit = rng.weightedPick([
    ['fr-hosting', 4],
    ['nl-hosting', 2],
    ['de-hosting', 1],
    ['se-vpn', 2],
    ['us-hosting', 1],
  ] as const);
  const lines = withExtras(rng, pickFrom(rng, SALES_MIX), 0.25);
  const f = chooseFulfilment(rng, market);
  const basket = basketOf(lines, market, f);
  return purchase({
    kind: 'vpn_user',
    fraud: false,
    at,
    ...(known ? signedIn(a) : { buyer: { email: a.email, name: a.name } }),
    market,
    billing: { ...a.home },
    ...destination(rng, f, a.home),
    fulfilment: f,
    basket,
    ip: address(rng, network(exit)),
    device: ownDevice(rng, a, 'computer'),
    attempts: honestPay(rng, { cards: a.cards, market, signedIn: known }, basket.amount),
    later: honestAfter(rng, f, market, basket.amount),
  });
}

const COMPANY_WORDS = [
  'Conseil',
  'Bâtiment',
  'Immobilier',
  'Études',
  'Transports',
  'Architecture',
  'Santé',
  'Digital',
];

function business(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, 1, 'office');
  const a = anyAccount(rng, w, (x) => x.market === 'FR');
  const who = person(rng);
  const company = {
    name: `${who.last} ${rng.pick(COMPANY_WORDS)} ${rng.pick(['SAS', 'SARL', 'SASU'])}`,
    vatId: `FR${rng.digits(11)}`,
  };
  const main = item(
    rng.pick(['laptop', 'macbookAir', 'iphone', 'galaxy', 'ipad', 'tv55', 'coffee', 'headphones']),
  );
  const qty = main.category === 'tv' || main.category === 'small_appliance' ? rng.int(1, 2) : rng.int(2, 10);
  const lines = [lineOf(main, qty)];
  if (rng.chance(0.4)) lines.push(lineOf(item(rng.pick(['charger', 'case', 'hdmi'])), qty));
  const office: Address = {
    ...homeIn(rng, 'FR'),
    line1: `${rng.int(1, 80)} ${rng.pick(['rue de la Bourse', 'avenue des Champs-Élysées', 'boulevard Haussmann', 'rue du Faubourg Saint-Honoré', 'rue de l’Industrie', 'parc d’activités des Portes'])}`,
  };
  const basket = basketOf(lines, 'FR', 'home_delivery');
  const corporate = [newCard(rng, 'FR', 'credit')];
  const transfer = basket.amount > 3_000_00 && rng.chance(0.6);
  const ip = rng.chance(0.8) ? address(rng, network(homeNetwork(rng, 'FR'))) : ipOn(rng, 'fr-mobile');
  return purchase({
    kind: 'business_buyer',
    fraud: false,
    at,
    buyer: {
      ...signedIn(a).buyer,
      email: `${a.person.first.charAt(0).toLowerCase()}.${a.id.slice(-4)}@${who.last.toLowerCase().replace(/[^a-z]/g, '')}-${rng.pick(['conseil', 'groupe', 'pro'])}.fr`,
    },
    market: 'FR',
    billing: office,
    shipping: { ...office },
    fulfilment: 'home_delivery',
    basket,
    ip,
    device: newDevice(rng, 'computer', 0.7),
    company,
    attempts: transfer
      ? [{ method: 'bank_transfer', ok: true, afterMs: rng.int(4, 50) * HOUR }]
      : honestPay(rng, { cards: corporate, market: 'FR', signedIn: true }, basket.amount, {
          paypal: 2,
          applePay: 2,
        }),
    later: honestAfter(rng, 'home_delivery', 'FR', basket.amount),
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  sales_regular: regular,
  first_time_buyer: firstTime,
  store_pickup: pickup,
  instalment_buyer: instalments,
  large_appliance: largeAppliance,
  gift_and_culture: gift,
  student,
  overseas_customer: overseas,
  cross_border: crossBorder,
  traveller,
  vpn_user: vpn,
  business_buyer: business,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
