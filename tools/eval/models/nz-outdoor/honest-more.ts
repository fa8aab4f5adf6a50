import { type Address, DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { build, type World } from './build.js';
import { NZ_TZ, placedAt } from './calendar.js';
import { line, type Line, pickLines, type Sku } from './catalogue.js';
import { GUEST_DROPS, nzAddress, NZ_TOWNS, pickPlace, pickTown, ruralAddress } from './places.js';
import { newDevice, WECHAT_AGENT } from './people.js';
import { honestAfter, honestPay, type Purchase } from './purchase.js';
import { aussieAt, codeFor, newcomer, parts, returning, type Shopper } from './shoppers.js';

/**
 * Honest customers abroad: Australians (priced in Australian dollars, sent by NZ Post International), Kiwis
 * living overseas sending presents to family at home, and tourists from Germany, the UK, the US, China and Israel
 * having gear sent to their hotel, holiday park or campervan depot before they arrive, or collecting it in
 * Christchurch after landing.
 */

// prettier-ignore
const AUSSIE: ReadonlyArray<readonly [Sku, number]> = [
  ['merinoBase', 9], ['merinoTee', 7], ['merinoHood', 4], ['merinoSocks', 8], ['merinoBeanie', 3], ['pack65', 4],
  ['daypack', 4], ['bootsLowa', 4], ['poles', 4], ['shell', 5], ['tent2', 3], ['bagDown', 3], ['mat', 3],
  ['jetboil', 3], ['headlamp', 4], ['filter', 3], ['scopeVortex', 3], ['scopeLeupold', 1], ['binoVortex', 2],
  ['rangefinder', 2], ['huntJacket', 2], ['huntPack', 1], ['flies', 3], ['flyRod', 1], ['plb', 2],
  ['inreachMini', 2], ['repellent', 2],
];

// prettier-ignore
const HOME_PRESENTS: ReadonlyArray<readonly [Sku, number]> = [
  ['merinoSocks', 10], ['merinoBeanie', 7], ['merinoBase', 6], ['merinoHood', 4], ['headlamp', 6], ['bottle', 6],
  ['knife', 4], ['flies', 4], ['jetboil', 3], ['binoVortex', 2], ['watch', 1], ['inreachMini', 2], ['plb', 2],
  ['gift100', 3], ['chair', 2], ['chillyBin', 2], ['surfRod', 2], ['softBaits', 2], ['huntJacket', 2],
];

// prettier-ignore
const TRAVEL: ReadonlyArray<readonly [Sku, number]> = [
  ['merinoBase', 9], ['merinoTee', 7], ['merinoSocks', 6], ['shell', 7], ['bootsLowa', 4], ['poles', 5],
  ['repellent', 9], ['sunscreen', 6], ['headlamp', 4], ['dryBag', 4], ['topoMap', 3], ['jetboil', 2], ['mat', 2],
  ['bagSynthetic', 2], ['tent2', 1], ['inreachMessenger', 2], ['plb', 1], ['packLiner', 3], ['filter', 2],
];

// prettier-ignore
const ANGLING: ReadonlyArray<readonly [Sku, number]> = [['flies', 6], ['troutCombo', 3], ['flyRod', 2], ['waders', 2]];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as a New Zealander writes it on a note: "14 Dec". */
const nzDate = (t: number): string => {
  const d = new Date(t + NZ_TZ * HOUR);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}`;
};

function australian(rng: Rng, w: World): Purchase {
  const { at, s } = aussieAt(rng, w, 0.55);
  const lines = pickLines(
    rng,
    AUSSIE,
    rng.weightedPick([
      [1, 45],
      [2, 33],
      [3, 22],
    ] as const),
    'AUD',
  );
  const code = s.fresh && rng.chance(0.35) ? 'WELCOME10' : undefined;
  return build(rng, {
    at,
    fraud: false,
    kind: 'australian_customer',
    ...parts(s),
    shipping: s.home,
    fulfilment: 'international',
    lines,
    currency: 'AUD',
    ...(code ? { code } : {}),
    pay: (amount) => honestPay(rng, s.payer, amount),
    later: (b) => honestAfter(rng, 'international', b),
  });
}

const EXPAT_LOCALE: Readonly<Record<string, string>> = {
  AU: 'en-AU',
  GB: 'en-GB',
  US: 'en-US',
  CA: 'en-CA',
  DE: 'en-GB',
  HK: 'en-GB',
};

function kiwiAbroad(rng: Rng, w: World): Purchase {
  const account = w.base.expat.length > 0 && rng.chance(0.6) ? rng.pick(w.base.expat) : undefined;
  let s: Shopper;
  let at: number;
  let family: Address;
  if (account) {
    at = placedAt(rng, w.window, account.tz, 'home', 'build');
    s = returning(rng, account, 0.3);
    family = account.family && rng.chance(0.75) ? account.family : nzAddress(rng, pickTown(rng, NZ_TOWNS));
  } else {
    const country = rng.weightedPick<string>([
      ['AU', 36],
      ['GB', 34],
      ['US', 12],
      ['CA', 8],
      ['DE', 4],
      ['HK', 6],
    ]);
    const place = pickPlace(rng, country);
    at = placedAt(rng, w.window, place.tz, 'home', 'build');
    s = newcomer(rng, at, {
      country,
      names: 'NZ',
      place,
      locale: rng.chance(0.4) ? 'en-NZ' : (EXPAT_LOCALE[country] ?? 'en-GB'),
      market: 'abroad',
      signUp: 0.25,
      kiwiMail: 0.35,
    });
    family = rng.chance(0.2) ? ruralAddress(rng) : nzAddress(rng, pickTown(rng, NZ_TOWNS));
  }
  const lines: Line[] = pickLines(
    rng,
    HOME_PRESENTS,
    rng.weightedPick([
      [1, 40],
      [2, 35],
      [3, 25],
    ] as const),
    'NZD',
  );
  if (rng.chance(0.6)) lines.push(line('wrap', lines.length, 'NZD'));
  return build(rng, {
    at,
    fraud: false,
    kind: 'kiwi_abroad',
    ...parts(s),
    shipping: family,
    fulfilment: family.line1?.includes(', RD ') ? 'rural_courier' : 'courier',
    lines,
    currency: 'NZD',
    ...(rng.chance(0.7)
      ? {
          giftMessage: rng.pick([
            `Merry Christmas from ${s.home.city ?? 'over here'}!`,
            `Wish we were there, love from ${s.home.city ?? 'us all'}`,
            `Meri Kirihimete from ${s.home.city ?? 'afar'} x`,
            'Happy Christmas Mum and Dad, see you in March',
            'For summer at the bach. Love from all of us',
          ]),
        }
      : {}),
    pay: (amount) => honestPay(rng, s.payer, amount),
    later: (b) => honestAfter(rng, family.line1?.includes(', RD ') ? 'rural_courier' : 'courier', b),
  });
}

const TOURIST_LOCALE: Readonly<Record<string, string>> = {
  DE: 'de-DE',
  GB: 'en-GB',
  US: 'en-US',
  CN: 'zh-CN',
  IL: 'he-IL',
};

function tourist(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<string>([
    ['DE', 28],
    ['GB', 22],
    ['US', 22],
    ['CN', 16],
    ['IL', 12],
  ]);
  const place = pickPlace(rng, country);
  // A third are already travelling, on a New Zealand SIM, a few days ahead of the next stop.
  const here = rng.chance(0.3);
  const at = placedAt(rng, w.window, here ? NZ_TZ : place.tz, 'home', 'build');
  const wechat = country === 'CN' && rng.chance(0.4);
  const s = newcomer(rng, at, {
    country,
    place,
    locale: TOURIST_LOCALE[country] ?? 'en-US',
    market: country === 'CN' ? 'CN' : 'abroad',
    signUp: 0.2,
    ...(here ? { nets: ['nz-mobile-a', 'nz-mobile-b'] as const } : {}),
    ...(wechat
      ? { device: { userAgent: WECHAT_AGENT } }
      : here
        ? { device: newDevice(rng, { mobile: true }) }
        : {}),
  });
  const collect = rng.chance(0.35);
  const arrival = nzDate(at + rng.int(2, 12) * DAY);
  const angler = (country === 'DE' || country === 'US' || country === 'GB') && rng.chance(0.15);
  const lines = pickLines(
    rng,
    TRAVEL,
    rng.weightedPick([
      [1, 30],
      [2, 35],
      [3, 25],
      [4, 10],
    ] as const),
    'NZD',
    (sku) => (sku === 'repellent' ? rng.int(1, 3) : 1),
  );
  if (angler) lines.push(...pickLines(rng, ANGLING, rng.int(1, 2), 'NZD'));
  if (collect && rng.chance(0.5)) lines.push(line('gas', rng.int(2, 4), 'NZD'));
  const surname = s.buyer.name.split(' ').slice(-1)[0] ?? '';
  const shipping = collect ? undefined : rng.pick(GUEST_DROPS);
  const code = codeFor(rng, s);
  return build(rng, {
    at,
    fraud: false,
    kind: 'tourist_before_arrival',
    ...parts(s),
    ...(shipping ? { shipping } : {}),
    fulfilment: collect ? 'click_and_collect' : 'courier',
    lines,
    currency: 'NZD',
    ...(code ? { code } : {}),
    note: collect
      ? `Collecting after landing in Christchurch on ${arrival}`
      : `Guest arriving ${arrival}, booking under ${surname}`,
    pay: (amount) => honestPay(rng, s.payer, amount),
    later: (b) => honestAfter(rng, collect ? 'click_and_collect' : 'courier', b),
  });
}

export const abroadKinds = {
  australian_customer: australian,
  kiwi_abroad: kiwiAbroad,
  tourist_before_arrival: tourist,
} as const;
