import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { build, domestic, type World } from './build.js';
import { NZ_TZ, placedAt } from './calendar.js';
import { line, type Line, pickLines, type Sku } from './catalogue.js';
import { abroadKinds } from './honest-more.js';
import {
  CHRISTCHURCH_TOWNS,
  forwarderAddress,
  ISLAND_FREIGHT,
  nzAddress,
  NZ_TOWNS,
  pickTown,
  ruralAddress,
} from './places.js';
import { honestAfter, honestPay, type Purchase } from './purchase.js';
import { codeFor, kiwi, parts, type Shopper } from './shoppers.js';

/**
 * Honest customers. In New Zealand: trampers kitting out for the Great Walks, Christmas presents (often sent
 * to someone else, gift-wrapped, or an e-gift card), families buying for the summer camping holiday, people
 * collecting from the Christchurch shop, farmers and hunters on rural delivery runs buying optics and hunting
 * clothing, anglers, e-bike and kayak buyers, and trampers buying a locator beacon or satellite messenger for
 * the holidays. Abroad (honest-more.ts): Australians, Kiwis overseas sending presents home, tourists sending gear
 * to their hotel or holiday park before they land.
 */

export const HONEST = {
  local_tramper: 20,
  christmas_gift: 16,
  summer_camper: 11,
  click_and_collect: 11,
  rural_hunter: 9,
  fishing: 7,
  australian_customer: 9,
  ebike_or_kayak: 5,
  safety_beacon: 4,
  kiwi_abroad: 4,
  tourist_before_arrival: 4,
} as const;

export type HonestKind = keyof typeof HONEST;

const count = (rng: Rng, weights: ReadonlyArray<readonly [number, number]>): number =>
  rng.weightedPick(weights);

// prettier-ignore
const TRAMPING: ReadonlyArray<readonly [Sku, number]> = [
  ['pack65', 5], ['daypack', 6], ['bootsLowa', 7], ['bootsScarpa', 4], ['poles', 7], ['gaiters', 4], ['shell', 7],
  ['firstAid', 5], ['packLiner', 6], ['merinoBase', 9], ['merinoTee', 8], ['merinoHood', 4], ['merinoSocks', 10],
  ['merinoLegs', 4], ['mat', 4], ['bagDown', 3], ['jetboil', 4], ['gas', 5], ['headlamp', 6], ['filter', 4],
  ['repellent', 6], ['sunscreen', 4], ['topoMap', 4], ['dryBag', 4], ['tent2', 2], ['plb', 1], ['inreachMini', 1],
];

// prettier-ignore
const GIFTS: ReadonlyArray<readonly [Sku, number]> = [
  ['merinoSocks', 12], ['merinoBeanie', 9], ['merinoGaiter', 7], ['merinoTee', 7], ['merinoBase', 5],
  ['headlamp', 8], ['bottle', 8], ['jetboil', 4], ['knife', 5], ['flies', 5], ['powerBank', 4], ['filter', 3],
  ['poles', 3], ['dryBag', 4], ['topoMap', 3], ['softBaits', 3], ['binoVortex', 1], ['watch', 1], ['deerCall', 2],
  ['carabiner', 2], ['chair', 2],
];

// prettier-ignore
const CAMPING: ReadonlyArray<readonly [Sku, number]> = [
  ['tentFamily', 8], ['tent2', 3], ['bagSynthetic', 8], ['mat', 6], ['chair', 8], ['chillyBin', 7], ['gazebo', 4],
  ['jetboil', 3], ['gas', 5], ['headlamp', 6], ['sunscreen', 5], ['repellent', 4], ['pfd', 2], ['bottle', 3],
];

// prettier-ignore
const COLLECT: ReadonlyArray<readonly [Sku, number]> = [
  ['gas', 10], ['merinoSocks', 6], ['merinoBase', 5], ['headlamp', 5], ['bootsLowa', 5], ['shell', 4],
  ['poles', 3], ['chillyBin', 5], ['chair', 4], ['tentFamily', 3], ['paddle', 3], ['pfd', 4], ['helmet', 3],
  ['scopeVortex', 2], ['binoVortex', 2], ['rangefinder', 2], ['softBaits', 4], ['surfRod', 3], ['repellent', 4],
  ['sunscreen', 3], ['gift50', 3], ['gift100', 2], ['inreachMini', 1], ['plb', 1], ['jetboil', 2],
];

// prettier-ignore
const HUNTING: ReadonlyArray<readonly [Sku, number]> = [
  ['scopeVortex', 8], ['scopeLeupold', 4], ['binoVortex', 6], ['binoSwarovski', 2], ['rangefinder', 6],
  ['rangeBinos', 2], ['thermalMono', 4], ['thermalScope', 2], ['spotter', 2], ['mounts', 6], ['huntJacket', 7],
  ['huntPants', 6], ['huntPack', 4], ['gameBags', 7], ['bipod', 4], ['knife', 5], ['deerCall', 2],
  ['merinoBase', 5], ['merinoSocks', 5], ['headlamp', 4], ['inreachMini', 1],
];

// prettier-ignore
const FISHING: ReadonlyArray<readonly [Sku, number]> = [
  ['surfRod', 7], ['reel', 7], ['troutCombo', 6], ['flyRod', 3], ['flies', 8], ['waders', 3], ['softBaits', 10],
  ['braid', 7], ['kontiki', 1], ['chillyBin', 3], ['headlamp', 2], ['sunscreen', 3], ['knife', 2],
];

// prettier-ignore
const BEACONS: ReadonlyArray<readonly [Sku, number]> = [
  ['plb', 8], ['inreachMini', 8], ['inreachMessenger', 5], ['zoleo', 4], ['gps', 3],
];

// prettier-ignore
const TRIP_EXTRAS: ReadonlyArray<readonly [Sku, number]> = [
  ['topoMap', 4], ['firstAid', 4], ['repellent', 4], ['headlamp', 3], ['powerBank', 3], ['packLiner', 2],
];

/** How many of a product a basket holds: socks by the pair or three, gas by the handful, bait by the packet. */
const several =
  (rng: Rng, family = 1) =>
  (sku: Sku): number => {
    if (sku === 'merinoSocks') return rng.int(1, 3);
    if (sku === 'gas') return rng.int(2, 6);
    if (sku === 'softBaits') return rng.int(1, 4);
    if (sku === 'topoMap') return rng.int(1, 3);
    if (sku === 'bagSynthetic' || sku === 'chair' || sku === 'mat') return rng.int(1, family);
    if (sku === 'headlamp') return rng.int(1, Math.max(1, family - 1));
    return 1;
  };

// prettier-ignore
const GIFT_NOTES = [
  'Merry Christmas Dad! For the next trip up the valley',
  'Meri Kirihimete e Koro, arohanui',
  'For the Heaphy in January. Love, Mum',
  'Happy Christmas! Don’t get lost x',
  'Merry Christmas from all of us in Wellington',
  'To keep your feet warm at the bach',
  'Happy Christmas Nana, enjoy the summer',
];

// prettier-ignore
const RURAL_NOTES = [
  'Leave at the woolshed', 'Leave in the RD box at the road gate', 'Dogs on property, leave at the gate',
  'Leave at the implement shed', 'Ring the house phone if no one is about',
];

/** Where a New Zealander's parcel goes: home, now and then another address in the same town (work, a bach). */
const homeOrNear = (rng: Rng, s: Shopper): Address =>
  rng.chance(0.07) && s.home.city && !s.home.line1?.includes(', RD ')
    ? nzAddress(rng, { city: s.home.city, postalCode: s.home.postalCode ?? '', region: '', weight: 1 })
    : s.home;

function localTramper(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, NZ_TZ, 'home', 'build');
  const s = kiwi(rng, at, w.base.nzUrban, 0.7);
  const lines = pickLines(
    rng,
    TRAMPING,
    count(rng, [
      [1, 40],
      [2, 30],
      [3, 18],
      [4, 12],
    ]),
    'NZD',
    several(rng),
  );
  const shipping = homeOrNear(rng, s);
  const code = codeFor(rng, s);
  return build(rng, {
    at,
    fraud: false,
    kind: 'local_tramper',
    ...parts(s),
    shipping,
    fulfilment: domestic(shipping),
    lines,
    currency: 'NZD',
    ...(code ? { code } : {}),
    pay: (amount) => honestPay(rng, s.payer, amount),
    later: (b) => honestAfter(rng, domestic(shipping), b),
  });
}

function christmasGift(rng: Rng, w: World): Purchase {
  const ecard = rng.chance(0.13);
  const at = placedAt(rng, w.window, NZ_TZ, 'home', ecard ? 'last_minute' : 'build');
  const s = kiwi(rng, at, w.base.nzUrban, 0.4);
  const code = codeFor(rng, s);
  const message = rng.chance(0.45) ? rng.pick(GIFT_NOTES) : undefined;
  const base = {
    at,
    fraud: false,
    kind: 'christmas_gift',
    ...parts(s),
    currency: 'NZD' as const,
    ...(code ? { code } : {}),
    ...(message ? { giftMessage: message } : {}),
    pay: (amount: number) => honestPay(rng, { ...s.payer, bnpl: 1.3 }, amount),
  };
  if (ecard) {
    const card = rng.weightedPick<Sku>([
      ['gift50', 4],
      ['gift100', 5],
      ['gift200', 2],
      ['gift25', 1],
    ]);
    return build(rng, {
      ...base,
      fulfilment: 'email',
      lines: [line(card, rng.chance(0.15) ? 2 : 1, 'NZD')],
      later: (b) => honestAfter(rng, 'email', b),
    });
  }
  const r = rng.next();
  // To the family's island freight agent (a consolidator, or an airport forwarder with a box), to someone else in
  // New Zealand (a farm now and then), or home.
  const island = r < 0.04;
  const shipping: Address = island
    ? rng.chance(0.5)
      ? rng.pick(ISLAND_FREIGHT)
      : forwarderAddress(rng)
    : r < 0.55
      ? rng.chance(0.15)
        ? ruralAddress(rng)
        : nzAddress(rng, pickTown(rng, NZ_TOWNS))
      : homeOrNear(rng, s);
  const lines: Line[] = pickLines(
    rng,
    GIFTS,
    count(rng, [
      [1, 35],
      [2, 35],
      [3, 20],
      [4, 10],
    ]),
    'NZD',
    several(rng),
  );
  if (rng.chance(0.45)) lines.push(line('wrap', lines.length, 'NZD'));
  return build(rng, {
    ...base,
    shipping,
    fulfilment: domestic(shipping),
    lines,
    ...(island
      ? {
          note: rng.pick([
            'For family in Nuku’alofa, sea freight',
            'Sending on to Apia with the family barrels',
            'For Mum in Rarotonga, air freight',
          ]),
        }
      : {}),
    later: (b) => honestAfter(rng, domestic(shipping), b),
  });
}

function summerCamper(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, NZ_TZ, 'home', 'build');
  const s = kiwi(rng, at, w.base.nzUrban, 0.5);
  const family = rng.int(2, 5);
  const lines = pickLines(rng, CAMPING, rng.int(2, 6), 'NZD', several(rng, family));
  const local = CHRISTCHURCH_TOWNS.some((t) => t.postalCode === s.home.postalCode);
  const collect = local && rng.chance(0.35);
  const f = collect ? 'click_and_collect' : domestic(s.home);
  const code = codeFor(rng, s);
  return build(rng, {
    at,
    fraud: false,
    kind: 'summer_camper',
    ...parts(s),
    ...(collect ? {} : { shipping: s.home }),
    fulfilment: f,
    lines,
    currency: 'NZD',
    ...(code ? { code } : {}),
    pay: (amount) => honestPay(rng, { ...s.payer, bnpl: 1.8 }, amount),
    later: (b) => honestAfter(rng, f, b),
  });
}

function clickAndCollect(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, NZ_TZ, 'day', 'last_minute');
  const locals = w.base.nzUrban.filter((a) =>
    CHRISTCHURCH_TOWNS.some((t) => t.postalCode === a.home.postalCode),
  );
  const s = kiwi(rng, at, locals, 0.6, { towns: CHRISTCHURCH_TOWNS });
  const lines = pickLines(
    rng,
    COLLECT,
    count(rng, [
      [1, 50],
      [2, 30],
      [3, 20],
    ]),
    'NZD',
    several(rng),
  );
  const code = codeFor(rng, s);
  return build(rng, {
    at,
    fraud: false,
    kind: 'click_and_collect',
    ...parts(s),
    fulfilment: 'click_and_collect',
    lines,
    currency: 'NZD',
    ...(code ? { code } : {}),
    pay: (amount) => honestPay(rng, s.payer, amount),
    later: (b) => honestAfter(rng, 'click_and_collect', b),
  });
}

function ruralHunter(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, NZ_TZ, 'rural', 'build');
  const s = kiwi(rng, at, w.base.nzRural, 0.8, { rural: true });
  const lines = pickLines(
    rng,
    HUNTING,
    count(rng, [
      [1, 45],
      [2, 35],
      [3, 20],
    ]),
    'NZD',
  );
  const code = s.club && rng.chance(0.5) ? 'FMC10' : undefined;
  return build(rng, {
    at,
    fraud: false,
    kind: 'rural_hunter',
    ...parts(s),
    shipping: s.home,
    fulfilment: domestic(s.home),
    lines,
    currency: 'NZD',
    ...(code ? { code } : {}),
    ...(rng.chance(0.4) ? { note: rng.pick(RURAL_NOTES) } : {}),
    pay: (amount) => honestPay(rng, { ...s.payer, bnpl: 0.4 }, amount),
    later: (b) => honestAfter(rng, domestic(s.home), b),
  });
}

function fishing(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, NZ_TZ, 'early', 'build');
  const rural = rng.chance(0.2);
  const s = kiwi(rng, at, rural ? w.base.nzRural : w.base.nzUrban, 0.6, { rural });
  const lines = pickLines(
    rng,
    FISHING,
    count(rng, [
      [1, 35],
      [2, 35],
      [3, 20],
      [4, 10],
    ]),
    'NZD',
    several(rng),
  );
  const code = codeFor(rng, s);
  return build(rng, {
    at,
    fraud: false,
    kind: 'fishing',
    ...parts(s),
    shipping: s.home,
    fulfilment: domestic(s.home),
    lines,
    currency: 'NZD',
    ...(code ? { code } : {}),
    pay: (amount) => honestPay(rng, s.payer, amount),
    later: (b) => honestAfter(rng, domestic(s.home), b),
  });
}

function ebikeOrKayak(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, NZ_TZ, 'home', 'build');
  const s = kiwi(rng, at, w.base.nzUrban, 0.6);
  const ebike = rng.chance(0.55);
  const main = ebike
    ? rng.weightedPick<Sku>([
        ['emtb', 3],
        ['ehardtail', 4],
        ['ecommuter', 5],
      ])
    : rng.weightedPick<Sku>([
        ['fishKayak', 5],
        ['seaKayak', 2],
        ['packraft', 2],
      ]);
  const extras: Sku[] = ebike ? ['helmet'] : ['paddle', 'pfd'];
  const lines = [
    line(main, 1, 'NZD'),
    ...extras.filter(() => rng.chance(0.55)).map((x) => line(x, 1, 'NZD')),
  ];
  if (ebike && rng.chance(0.05)) lines.push(line('ebattery', 1, 'NZD'));
  const local = CHRISTCHURCH_TOWNS.some((t) => t.postalCode === s.home.postalCode);
  const collect = local && rng.chance(0.6);
  const f = collect ? 'click_and_collect' : 'freight';
  return build(rng, {
    at,
    fraud: false,
    kind: 'ebike_or_kayak',
    ...parts(s),
    ...(collect ? {} : { shipping: s.home }),
    fulfilment: f,
    lines,
    currency: 'NZD',
    pay: (amount) => honestPay(rng, s.payer, amount, 0.14),
    later: (b) => honestAfter(rng, f, b),
  });
}

function safetyBeacon(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, NZ_TZ, 'early', 'build');
  const s = kiwi(rng, at, w.base.nzUrban, 0.65);
  const [beacon] = pickLines(rng, BEACONS, 1, 'NZD', () => (rng.chance(0.08) ? 2 : 1));
  const extras = rng.chance(0.5) ? pickLines(rng, TRIP_EXTRAS, rng.int(1, 3), 'NZD', several(rng)) : [];
  // A parent buying a beacon for a son or daughter heading into the hills.
  const forFamily = rng.chance(0.2);
  const shipping = forFamily ? nzAddress(rng, pickTown(rng, NZ_TOWNS)) : s.home;
  const code = codeFor(rng, s);
  return build(rng, {
    at,
    fraud: false,
    kind: 'safety_beacon',
    ...parts(s),
    shipping,
    fulfilment: domestic(shipping),
    lines: beacon ? [beacon, ...extras] : extras,
    currency: 'NZD',
    ...(code ? { code } : {}),
    pay: (amount) => honestPay(rng, s.payer, amount),
    later: (b) => honestAfter(rng, domestic(shipping), b),
  });
}

const PLANNERS: Record<HonestKind, (rng: Rng, w: World) => Purchase> = {
  local_tramper: localTramper,
  christmas_gift: christmasGift,
  summer_camper: summerCamper,
  click_and_collect: clickAndCollect,
  rural_hunter: ruralHunter,
  fishing,
  ebike_or_kayak: ebikeOrKayak,
  safety_beacon: safetyBeacon,
  ...abroadKinds,
};

/** One honest purchase of a kind. */
export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
