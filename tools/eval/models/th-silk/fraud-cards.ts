import { type Address, type Buyer, type Card, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { cardFrom, PREPAID_BINS } from './cards.js';
import { type Item, lineOf, type Line, pickLines } from './catalogue.js';
import { BANGKOK, CONSUMER, NIGHT, when } from './calendar.js';
import { type Draft, priced, purchaseOf } from './checkout.js';
import { cardRun, fitRun, junkEmail, stolenCard, stolenEnd, toolDevice } from './fraud-kit.js';
import { dedupe, type World } from './shopping.js';
import { homeNetwork, HOSTING, ipOn, network, type Network, THAI_MOBILE } from './networks.js';
import { deviceOf, emailFor, personName, thaiDevice } from './people.js';
import { addressIn, dropAddress, forwarderAddress, homeIn, HOTELS, market, thaiCity } from './places.js';
import { type Decline, type Purchase, type ThreeDS } from './purchase.js';

/**
 * Stolen cards: testers checking cards on the cheapest item, carders sending silk to freight forwarders,
 * phished Thai cards (OTP and all) sent to condo drops, and triangulation through a marketplace listing.
 */

const TEST_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['incorrect_cvc', 22],
  ['do_not_honor', 20],
  ['stolen_card', 10],
  ['lost_card', 6],
  ['expired_card', 12],
  ['insufficient_funds', 8],
  ['authentication_failed', 12],
  ['card_velocity_exceeded', 4],
  ['generic_decline', 6],
];

/**
 * Card testing: sessions of six to twenty guest checkouts a minute or two apart, each for a silk bookmark or a
 * coin pouch to a Bangkok address or hotel, one to three cards a checkout from two or three BINs; most are
 * declined. What goes through is warned about, charged back, or shipped to nobody.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let s = 0;
  while (out.length < count) {
    const r = rng.fork(`session${s++}`);
    const size = Math.min(count - out.length, r.int(6, 20));
    const net: Network = r.chance(0.7) ? network(r.pick(HOSTING)) : homeNetwork(r, 'US');
    const tool = toolDevice(r);
    const sameDevice = r.chance(0.5);
    const sameEmail = r.chance(0.3) ? junkEmail(r) : undefined;
    const country = r.weightedPick([
      ['US', 55],
      ['GB', 20],
      ['CA', 10],
      ['prepaid', 15],
    ] as const);
    const bins: ReadonlyArray<readonly [string, string, string]> =
      country === 'prepaid' ? PREPAID_BINS : r.shuffle(stolenBins(country)).slice(0, r.int(2, 3));
    const thb = r.chance(0.6);
    let t = fitRun(when(r, w.window, BANGKOK, 'flat', NIGHT), w.window, size * 4 * MINUTE);
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      t += i === 0 ? 0 : o.int(25, 200) * 1000;
      const holderCountry = country === 'prepaid' ? 'US' : country;
      const name = personName(o, holderCountry);
      const cards: Card[] = Array.from(
        {
          length: o.weightedPick([
            [1, 60],
            [2, 25],
            [3, 15],
          ] as const),
        },
        () => {
          const [bin, brand, c] = o.pick(bins);
          return cardFrom(o, bin, brand, c);
        },
      );
      const currency = thb ? 'THB' : 'USD';
      const hotel = o.pick(HOTELS.filter((h) => h.city === 'Bangkok'));
      const shipping = thb ? addressIn(o, 'TH', thaiCity(o, 1)) : hotel;
      const d: Draft = {
        kind: 'card_testing',
        fraud: true,
        at: t,
        buyer: { email: sameEmail ?? junkEmail(o, name), name },
        billing: homeIn(o, holderCountry).address,
        shipping,
        ip: ipOn(o, net, 0),
        device: sameDevice
          ? tool
          : { ...(o.chance(0.5) ? { id: `dev_${o.token(20)}` } : {}), userAgent: tool.userAgent },
        locale: 'en-US',
        delivery: thb ? 'flash' : 'hotel_messenger',
        method: 'card',
        currency,
        lines: [lineOf(o.pick(['bookmark', 'pouch', 'keyring'] as const), 1, currency)],
      };
      const attempts = cardRun(o, {
        cards,
        ok: 0.12,
        declines: TEST_DECLINES,
        match: () => o.chance(0.2),
        passed: (g) =>
          g.weightedPick<ThreeDS>([
            ['frictionless', 60],
            ['attempted', 25],
            ['not_enrolled', 15],
          ]),
        gap: [8, 40],
      });
      const later = stolenEnd(o, attempts, {
        delivery: d.delivery,
        provincial: false,
        caught: 0.05,
        warned: 0.4,
        refundOnWarning: 0.7,
        disputed: 0.35,
        disputeDays: [15, 50],
      });
      out.push(purchaseOf(d, priced(d), attempts, later));
    }
  }
  return out;
}

const stolenBins = (country: string): Array<readonly [string, string, string]> =>
  [...(BIN_LISTS[country] ?? [])].map(([bin, brand]) => [bin, brand, country] as const);

const BIN_LISTS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['440393', 'visa'],
    ['473702', 'visa'],
    ['517805', 'mastercard'],
    ['546616', 'mastercard'],
  ],
  GB: [
    ['465858', 'visa'],
    ['475129', 'visa'],
    ['522182', 'mastercard'],
  ],
  CA: [
    ['450644', 'visa'],
    ['451015', 'visa'],
    ['520145', 'mastercard'],
  ],
};

/** Resellable silk: stoles, ikat, bedspreads, bolts and long lengths of mudmee, tie sets by the handful. */
function resaleLines(rng: Rng, currency: Draft['currency']): Line[] {
  const pool: Item[] = [
    'stole',
    'scarfIkat',
    'bedspread',
    'robe',
    'tieSet',
    'shawl',
    'metreMudmee',
    'boltMudmee',
  ];
  const lines = pickLines(rng, currency, pool, rng.int(2, 5), () => rng.int(1, 4));
  return dedupe(
    lines.map((l) =>
      l.sku === 'FAB-MDM-M'
        ? { ...l, quantity: rng.int(6, 20) }
        : l.sku === 'FAB-MDM-B'
          ? { ...l, quantity: rng.int(1, 3) }
          : l,
    ),
  );
}

const PROXY: ReadonlyArray<readonly [string, number]> = [
  ['home', 55],
  ['hosting', 25],
  ['thai', 10],
  ['sg', 10],
];

function proxyIp(rng: Rng, holderCountry: string): string {
  const via = rng.weightedPick(PROXY);
  if (via === 'home') return ipOn(rng, homeNetwork(rng, holderCountry), 0.1);
  if (via === 'hosting') return ipOn(rng, network(rng.pick(HOSTING)), 0);
  if (via === 'thai') return ipOn(rng, network(rng.pick(THAI_MOBILE)), 0.2);
  return ipOn(rng, network('sg-hosting'), 0);
}

/**
 * Stolen foreign cards with the holder's details, silk worth hundreds of dollars sent by DHL to a freight
 * forwarder's suite (or a reshipping mule); declined cards are followed by others, AVS failing on those.
 */
export function forwarderStolenCard(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick([
    ['US', 55],
    ['GB', 20],
    ['CA', 10],
    ['AU', 15],
  ] as const);
  const m = market(country);
  const holder = homeIn(rng, country);
  const name = personName(rng, country);
  const at = when(rng, w.window, rng.chance(0.5) ? holder.tz : BANGKOK, 'abroad', CONSUMER);
  const mule = rng.chance(0.25);
  const shipping = mule ? homeIn(rng, 'US').address : forwarderAddress(rng);
  const buyer: Buyer = rng.chance(0.6)
    ? { email: rng.chance(0.6) ? junkEmail(rng, name) : emailFor(rng, name, country), name }
    : {
        id: `cus_${rng.token(14)}`,
        email: junkEmail(rng, name),
        name,
        createdAt: at - rng.int(2, 40) * MINUTE,
      };
  const d: Draft = {
    kind: 'forwarder_stolen_card',
    fraud: true,
    at,
    buyer,
    billing: holder.address,
    shipping,
    ip: proxyIp(rng, country),
    device: toolDevice(rng),
    locale: 'en-US',
    delivery: rng.chance(0.85) ? 'dhl_express' : 'ems_world',
    method: 'card',
    currency: m.currency,
    lines: resaleLines(rng, m.currency),
  };
  const cards = Array.from(
    {
      length: rng.weightedPick([
        [1, 55],
        [2, 25],
        [3, 20],
      ] as const),
    },
    () => stolenCard(rng, country),
  );
  const attempts = cardRun(rng, {
    cards,
    ok: 0.55,
    declines: [
      ['do_not_honor', 35],
      ['stolen_card', 15],
      ['authentication_failed', 25],
      ['incorrect_cvc', 10],
      ['insufficient_funds', 15],
    ],
    match: (i) => (i === 0 ? rng.chance(0.75) : rng.chance(0.2)),
    passed: (g, card) =>
      card.country === 'GB' ? 'frictionless' : g.chance(0.8) ? 'frictionless' : 'attempted',
  });
  const later = stolenEnd(rng, attempts, {
    delivery: d.delivery,
    provincial: true,
    caught: 0.15,
    warned: 0.45,
    refundOnWarning: 0.3,
    disputed: 0.8,
    disputeDays: [15, 60],
  });
  return purchaseOf(d, priced(d), attempts, later);
}

/** A drop crew's phones: a few handsets shared across the crew's orders. */
export function crewDevices(rng: Rng, n: number): Device[] {
  return Array.from({ length: n }, () => deviceOf(rng, 'android'));
}

/**
 * Thai cards phished with their OTP (fake parcel and bank messages), spent on resellable silk for a condo
 * drop in the suburbs; a crew shares a few phones. Some OTPs are not passed on in time.
 */
export function stolenThaiCardDrop(rng: Rng, w: World, crew: readonly Device[]): Purchase {
  const at = when(rng, w.window, BANGKOK, 'thai', CONSUMER);
  const name = personName(rng, 'TH');
  const drop = dropAddress(rng);
  const buyer: Buyer = rng.chance(0.6)
    ? {
        id: `cus_${rng.token(14)}`,
        email: junkEmail(rng, name),
        name,
        createdAt: at - rng.int(3, 90) * MINUTE,
      }
    : { email: junkEmail(rng, name), name };
  const billing: Address = rng.chance(0.7) ? drop : addressIn(rng, 'TH', thaiCity(rng));
  const lines = dedupe([
    ...pickLines(
      rng,
      'THB',
      ['stole', 'scarfIkat', 'scarfSolid', 'tieSet', 'robe', 'shirt'],
      rng.int(1, 3),
      () => rng.int(2, 8),
    ),
    ...(rng.chance(0.35)
      ? [lineOf(rng.pick(['boltPlain', 'metreMudmee'] as const), rng.int(1, 12), 'THB')]
      : []),
  ]);
  const d: Draft = {
    kind: 'stolen_thai_card_drop',
    fraud: true,
    at,
    buyer,
    billing,
    shipping: drop,
    ip: rng.chance(0.9)
      ? ipOn(rng, network(rng.pick(THAI_MOBILE)), 0.2)
      : ipOn(rng, network(rng.pick(HOSTING)), 0),
    device: rng.chance(0.75) ? rng.pick(crew) : thaiDevice(rng, 0),
    locale: 'th-TH',
    delivery: rng.chance(0.6) ? 'kerry' : 'flash',
    method: 'card',
    currency: 'THB',
    lines,
  };
  const cards = Array.from(
    {
      length: rng.weightedPick([
        [1, 60],
        [2, 25],
        [3, 15],
      ] as const),
    },
    () => stolenCard(rng, 'TH'),
  );
  const attempts = cardRun(rng, {
    cards,
    ok: 0.6,
    declines: [
      ['authentication_failed', 55],
      ['insufficient_funds', 25],
      ['do_not_honor', 20],
    ],
    match: () => true,
    passed: () => 'challenge_passed',
    gap: [60, 600],
  });
  const later = stolenEnd(rng, attempts, {
    delivery: d.delivery,
    provincial: billing.city !== 'Bangkok',
    caught: 0.1,
    warned: 0.5,
    refundOnWarning: 0.3,
    disputed: 0.75,
    disputeDays: [10, 45],
  });
  return purchaseOf(d, priced(d), attempts, later);
}

/** A triangulation operator: one machine, one network, one way of making e-mail addresses. */
export interface Operator {
  device: Device;
  net: Network;
  handle: string;
}

export const operator = (rng: Rng): Operator => ({
  device: toolDevice(rng),
  net: rng.chance(0.6) ? network(rng.pick(HOSTING)) : homeNetwork(rng, 'US'),
  handle: rng.token(6),
});

/**
 * Triangulation: a marketplace listing sells "authentic Thai silk" cheap; the operator buys the real thing here
 * with a stolen card and the holder's details, shipped to the marketplace buyer, who is happy. The holder
 * charges back a month or two later.
 */
export function triangulation(rng: Rng, w: World, op: Operator): Purchase {
  const holderCountry = rng.weightedPick([
    ['US', 50],
    ['GB', 20],
    ['AU', 15],
    ['CA', 10],
    ['DE', 5],
  ] as const);
  const buyerCountry = rng.chance(0.7)
    ? holderCountry
    : rng.weightedPick([
        ['US', 40],
        ['GB', 20],
        ['AU', 15],
        ['DE', 15],
        ['FR', 10],
      ] as const);
  const m = market(holderCountry);
  const holder = homeIn(rng, holderCountry);
  const name = personName(rng, holderCountry);
  const at = when(rng, w.window, holder.tz, 'abroad', CONSUMER);
  const currency = m.currency;
  const d: Draft = {
    kind: 'triangulation',
    fraud: true,
    at,
    buyer: {
      email: rng.chance(0.6)
        ? `${op.handle}.${name.split(' ')[0]?.toLowerCase() ?? 'x'}${rng.digits(2)}@gmail.com`
        : junkEmail(rng, name),
      name,
    },
    billing: holder.address,
    shipping: homeIn(rng, buyerCountry).address,
    ip: rng.chance(0.7) ? ipOn(rng, op.net, 0) : ipOn(rng, homeNetwork(rng, holderCountry), 0),
    device: rng.chance(0.8) ? op.device : toolDevice(rng),
    locale: 'en-US',
    delivery: 'ems_world',
    method: 'card',
    currency,
    lines: pickLines(
      rng,
      currency,
      ['scarfSolid', 'scarfElephant', 'scarfSquare', 'tie', 'robe', 'cushion20'],
      rng.int(1, 2),
      () => (rng.chance(0.8) ? 1 : 2),
    ),
  };
  const attempts = cardRun(rng, {
    cards: [stolenCard(rng, holderCountry), ...(rng.chance(0.3) ? [stolenCard(rng, holderCountry)] : [])],
    ok: 0.78,
    declines: [
      ['do_not_honor', 50],
      ['authentication_failed', 30],
      ['stolen_card', 20],
    ],
    match: (i) => i === 0,
    passed: (g) => (g.chance(0.85) ? 'frictionless' : 'attempted'),
  });
  const later = stolenEnd(rng, attempts, {
    delivery: 'ems_world',
    provincial: true,
    caught: 0.03,
    warned: 0.3,
    refundOnWarning: 0.2,
    disputed: 0.85,
    disputeDays: [30, 75],
  });
  return purchaseOf(d, priced(d), attempts, later);
}
