import { type Address, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { saleAt, when } from './calendar.js';
import {
  basketOf,
  CODES,
  EVERYDAY,
  type Fulfilment,
  fulfilmentFor,
  GIFTS,
  itemBySku,
  itemsIn,
  type Mix,
  type Pick,
  pickItems,
} from './catalogue.js';
import { ipOn, NETWORKS, networkOf } from './networks.js';
import { boutiqueOf, businessEmail, type Customer, deviceOf, platformFor } from './people.js';
import { ABROAD, DIASPORA, hotelAddress, homeIn, market, type Market, PERU, shopIn } from './places.js';
import { honestAfter, honestPay, type Method, type Purchase } from './purchase.js';
import { honestPurchase, lineCount, oneOrTwo, referrerOf, type Shopper, shopperFrom } from './honest.js';
import { type Connection, newcomer, shown } from './sessions.js';
import { type World, someOf } from './world.js';

/**
 * Honest kinds bought from abroad, in US dollars (or in soles when the parcel stays in Peru): returning customers,
 * tourists back home and tourists still in Peru, Christmas gift-givers, gifts across borders, boutiques buying
 * wholesale, knitters and vicuña clients.
 */

/** The Black Friday codes on those days, the newsletter's or a welcome code otherwise. */
function abroadCode(
  rng: Rng,
  at: number,
  account: boolean,
  fresh: boolean,
): { code?: string; rate?: number } {
  if (saleAt(at) === 'black_friday' && rng.chance(0.6))
    return { code: rng.chance(0.6) ? 'BLACKFRIDAY20' : 'CYBERMONDAY20', rate: 0.2 };
  if (fresh && account && rng.chance(0.3)) return { code: CODES.welcome.USD, rate: 0.1 };
  if (account && rng.chance(0.08)) return { code: CODES.newsletter, rate: 0.15 };
  return {};
}

/** A customer on the road: a hotel's wifi in another country, on their own phone or laptop. */
function travelling(rng: Rng, c: Customer): Connection {
  const hotels = NETWORKS.filter(
    (n) => n.kind === 'hotel' && n.country !== c.market.country && n.country !== 'PE',
  );
  const device = rng.pick(c.devices);
  return { ip: ipOn(rng, rng.pick(hotels)), device: shown(device) };
}

interface Export {
  kind: string;
  s: Shopper & { at: number };
  picks: Pick[];
  shipping: Address;
  code: { code?: string; rate?: number };
  referrer: Purchase['referrer'];
  methods?: ReadonlyArray<readonly [Method, number]>;
  declineShare?: number;
  giftNote?: string;
  fulfilment?: Fulfilment;
  company?: { name: string; taxId?: string };
  wholesale?: boolean;
}

/** A parcel abroad in dollars, or one staying in Peru in soles. */
function exportPurchase(rng: Rng, e: Export): Purchase {
  const dest = e.shipping.country;
  const currency = dest === 'PE' ? 'PEN' : 'USD';
  const fulfilment = e.fulfilment ?? fulfilmentFor(dest, e.shipping.city, rng, 0);
  const basket = basketOf(e.picks, {
    currency,
    fulfilment,
    country: dest,
    ...e.code,
    ...(e.wholesale ? { wholesale: true } : {}),
  });
  const payerCountry = e.s.cards[0]?.country ?? e.s.billing.country;
  const attempts = honestPay(
    rng,
    {
      cards: e.s.cards,
      country: payerCountry,
      signedIn: e.s.signedIn,
      yape: payerCountry === 'PE' && currency === 'PEN',
      ...(e.methods ? { methods: e.methods } : {}),
    },
    basket,
    e.declineShare,
  );
  return honestPurchase({
    at: e.s.at,
    kind: e.kind,
    basket,
    billing: e.s.billing,
    attempts,
    later: honestAfter(rng, fulfilment, basket, dest),
    buyer: e.s.buyer,
    shipping: e.shipping,
    fulfilment,
    ip: e.s.conn.ip,
    device: e.s.conn.device,
    locale: e.s.locale,
    referrer: e.referrer,
    ...(e.giftNote ? { giftNote: e.giftNote } : {}),
    ...(e.company ? { company: { ...e.company } } : {}),
    ...(currency === 'PEN' ? { invoice: 'boleta' as const } : {}),
  });
}

const foreign = (rng: Rng, m: Market = rng.weightedPick(ABROAD)) => ({
  n: newcomer(rng, m),
  account: rng.chance(0.45),
});

/**
 * Returning customers abroad: signed in, from home (one in eight on a phone the shop has never seen, one in
 * twenty on a hotel's wifi while travelling), reordering sweaters, scarves and throws.
 */
export function returningAbroad(rng: Rng, w: World): Purchase {
  const c = someOf(rng, w, 'abroad');
  const s = shopperFrom(
    rng,
    c,
    () => foreign(rng),
    () => when(rng, w.window, c?.home.tz ?? -5, 'abroad', 'consumer'),
  );
  if (c && rng.chance(0.05)) s.conn = travelling(rng, c);
  else if (c && rng.chance(0.08)) {
    const phone = deviceOf(rng, platformFor(rng, c.market.country, true));
    c.devices.push(phone);
    s.conn = { ip: ipOn(rng, rng.chance(0.6) ? c.mobileNet : c.homeNet), device: shown(phone) };
  }
  return exportPurchase(rng, {
    kind: 'returning_abroad',
    s,
    picks: pickItems(rng, EVERYDAY, lineCount(rng), oneOrTwo(rng)),
    shipping: rng.chance(0.9) ? { ...s.home } : homeIn(rng, c?.market ?? market(s.home.country)).address,
    code: abroadCode(rng, s.at, true, false),
    referrer: referrerOf(rng, { newsletter: 30, direct: 40, google: 20, instagram: 10 }),
  });
}

/** What tourists saw in Cusco and wanted after all: baby alpaca, a throw, now and then vicuña. */
const TOURIST: Mix = {
  sweater: 22,
  cardigan: 12,
  throw: 16,
  poncho: 12,
  shawl: 10,
  scarf: 14,
  vicuna: 6,
  hat: 4,
  gloves: 4,
};

const TOURIST_MARKETS: ReadonlyArray<readonly [string, number]> = [
  ['US', 35],
  ['CA', 8],
  ['DE', 12],
  ['GB', 12],
  ['AU', 10],
  ['JP', 5],
  ['FR', 7],
  ['NL', 4],
  ['CH', 4],
  ['ES', 3],
];

/**
 * Tourists back home reordering what they saw in the shop in Cusco or Lima: a first order, often from the QR card
 * in their bag, a higher basket than most first orders, a card its issuer questions on a first Peruvian merchant.
 */
export function touristReorder(rng: Rng, w: World): Purchase {
  const m = market(rng.weightedPick(TOURIST_MARKETS));
  const fresh = foreign(rng, m);
  const s = shopperFrom(
    rng,
    undefined,
    () => ({ ...fresh, account: rng.chance(0.55) }),
    () => when(rng, w.window, fresh.n.home.tz, 'abroad', 'consumer'),
  );
  return exportPurchase(rng, {
    kind: 'tourist_reorder',
    s,
    picks: pickItems(rng, TOURIST, lineCount(rng), oneOrTwo(rng)),
    shipping: { ...s.home },
    code: abroadCode(rng, s.at, s.signedIn, true),
    referrer: referrerOf(rng, { qr_card: 35, google: 40, direct: 15, instagram: 10 }),
    declineShare: 0.1,
  });
}

/**
 * Tourists still in Peru, in the evening at the hotel: the hotel's wifi, a Peruvian tourist SIM, or roaming on
 * their own carrier; a foreign card; delivered to the hotel (in soles) or sent home ahead of them.
 */
export function touristInPeru(rng: Rng, w: World): Purchase {
  const m = market(rng.weightedPick(TOURIST_MARKETS));
  const n = newcomer(rng, m);
  const at = when(rng, w.window, -5, 'flat', 'evening');
  const where = rng.weightedPick<'hotel' | 'sim' | 'roaming'>([
    ['hotel', 60],
    ['sim', 20],
    ['roaming', 20],
  ]);
  const device =
    where === 'hotel' && rng.chance(0.3)
      ? deviceOf(rng, platformFor(rng, m.country))
      : deviceOf(rng, platformFor(rng, m.country, true));
  const net =
    where === 'hotel'
      ? networkOf(rng, 'PE', 'hotel')
      : where === 'sim'
        ? networkOf(rng, 'PE', 'mobile')
        : n.mobileNet;
  const account = rng.chance(0.2);
  const s: Shopper & { at: number } = {
    at,
    buyer: account
      ? {
          id: `cus_${rng.token(14)}`,
          email: n.email,
          name: n.person.name,
          createdAt: at - rng.int(2, 20) * MINUTE,
        }
      : { email: n.email, name: n.person.name },
    billing: { ...n.home.address },
    home: n.home.address,
    tz: -5,
    conn: { ip: ipOn(rng, net), device: shown(device) },
    cards: [n.card],
    signedIn: account,
    locale: m.locale,
  };
  const toHotel = rng.chance(0.35);
  return exportPurchase(rng, {
    kind: 'tourist_in_peru',
    s,
    picks: pickItems(rng, TOURIST, lineCount(rng), oneOrTwo(rng)),
    shipping: toHotel ? hotelAddress(rng) : { ...s.home },
    ...(toHotel ? { fulfilment: 'hotel_delivery' as const } : {}),
    code: {},
    referrer: referrerOf(rng, { qr_card: 30, google: 40, direct: 20, instagram: 10 }),
    methods: [
      ['card', 80],
      ['paypal', 20],
    ],
  });
}

const NOTES_EN = [
  'Merry Christmas! Love, ',
  'Happy holidays, stay warm! ',
  'Thinking of you this Christmas. ',
  'For the coldest days. Love, ',
];
const NOTES_ES = [
  '¡Feliz Navidad! Con todo mi cariño, ',
  'Para que no pases frío. Te extrañamos, ',
  'Un abrazo grande desde Lima, ',
];
const NOTES_HOME = [
  'Para mamá, con todo mi cariño. ',
  'Feliz Navidad, familia. Los quiero, ',
  'Para la abuelita, ',
];

/**
 * Christmas and Black Friday gift-givers abroad who found the shop on Instagram or Google: first orders, many as
 * guests, half sent straight to the person the gift is for, with a note; PayPal more than most.
 */
export function holidayGifter(rng: Rng, w: World): Purchase {
  const fresh = foreign(rng);
  const s = shopperFrom(
    rng,
    undefined,
    () => ({ ...fresh, account: rng.chance(0.3) }),
    () => when(rng, w.window, fresh.n.home.tz, 'abroad', 'consumer'),
  );
  const toSomeoneElse = rng.chance(0.5);
  return exportPurchase(rng, {
    kind: 'holiday_gifter',
    s,
    picks: pickItems(rng, GIFTS, lineCount(rng), oneOrTwo(rng)),
    shipping: toSomeoneElse ? homeIn(rng, fresh.n.market).address : { ...s.home },
    code: abroadCode(rng, s.at, s.signedIn, true),
    referrer: referrerOf(rng, {
      instagram: 25,
      facebook: 15,
      google: 35,
      direct: 10,
      tiktok: 5,
      newsletter: 10,
    }),
    methods: [
      ['card', 58],
      ['paypal', 42],
    ],
    ...(toSomeoneElse && rng.chance(0.6) ? { giftNote: `${rng.pick(NOTES_EN)}${fresh.n.person.first}` } : {}),
  });
}

/** Where a buyer abroad sends a gift in another country. */
const CROSS: Readonly<Record<string, readonly string[]>> = {
  US: ['GB', 'CA', 'DE', 'JP', 'AU'],
  CA: ['US', 'GB'],
  GB: ['US', 'AU', 'DE', 'FR', 'ES'],
  DE: ['CH', 'NL', 'GB', 'US', 'FR'],
  JP: ['US', 'AU', 'GB'],
  AU: ['GB', 'US', 'JP'],
  FR: ['DE', 'GB', 'CH'],
  NL: ['DE', 'GB'],
  CH: ['DE', 'FR', 'IT'],
  ES: ['GB', 'FR', 'IT'],
  IT: ['DE', 'CH', 'ES'],
};

/**
 * Gifts across borders: Peruvians at home sending sweaters to children abroad (a Peruvian card, dollars),
 * Peruvians abroad sending ponchos to their families in Peru (a foreign card, soles), and buyers abroad sending
 * to relatives in another country.
 */
export function giftAbroad(rng: Rng, w: World): Purchase {
  const route = rng.weightedPick<'from_peru' | 'to_peru' | 'between'>([
    ['from_peru', 40],
    ['to_peru', 35],
    ['between', 25],
  ]);
  if (route === 'from_peru') {
    const c = rng.chance(0.6) ? someOf(rng, w, 'domestic') : undefined;
    const s = shopperFrom(
      rng,
      c,
      () => ({ n: newcomer(rng, PERU), account: rng.chance(0.4) }),
      () => when(rng, w.window, -5, 'peru', 'consumer'),
    );
    const dest = market(rng.weightedPick(DIASPORA));
    return exportPurchase(rng, {
      kind: 'gift_abroad',
      s: { ...s, locale: 'es-PE' },
      picks: pickItems(rng, GIFTS, lineCount(rng), oneOrTwo(rng)),
      shipping: homeIn(rng, dest).address,
      code: {},
      referrer: referrerOf(rng, { instagram: 30, facebook: 25, direct: 25, google: 20 }),
      ...(rng.chance(0.6) ? { giftNote: `${rng.pick(NOTES_ES)}${s.buyer.name.split(' ')[0] ?? ''}` } : {}),
    });
  }
  if (route === 'to_peru') {
    const c = rng.chance(0.6) ? someOf(rng, w, 'diaspora') : undefined;
    const m = c?.market ?? market(rng.weightedPick(DIASPORA));
    const s = shopperFrom(
      rng,
      c,
      () => ({ n: newcomer(rng, m, 'pe'), account: rng.chance(0.5) }),
      () => when(rng, w.window, c?.home.tz ?? m.places[0]?.tz ?? -5, 'abroad', 'consumer'),
    );
    return exportPurchase(rng, {
      kind: 'gift_abroad',
      s: { ...s, locale: rng.chance(0.7) ? 'es-PE' : m.locale },
      picks: pickItems(
        rng,
        { poncho: 20, sweater: 20, throw: 20, scarf: 20, shawl: 10, hat: 10 },
        lineCount(rng),
        oneOrTwo(rng),
      ),
      shipping: homeIn(rng, PERU).address,
      code: {},
      referrer: referrerOf(rng, { facebook: 35, instagram: 25, direct: 20, google: 20 }),
      methods: [
        ['card', 70],
        ['paypal', 30],
      ],
      ...(rng.chance(0.7) ? { giftNote: `${rng.pick(NOTES_HOME)}${s.buyer.name.split(' ')[0] ?? ''}` } : {}),
    });
  }
  const c = rng.chance(0.5) ? someOf(rng, w, 'abroad') : undefined;
  const s = shopperFrom(
    rng,
    c,
    () => foreign(rng),
    () => when(rng, w.window, c?.home.tz ?? -5, 'abroad', 'consumer'),
  );
  const to = market(rng.pick(CROSS[s.home.country] ?? ['US']));
  return exportPurchase(rng, {
    kind: 'gift_abroad',
    s,
    picks: pickItems(rng, GIFTS, lineCount(rng), oneOrTwo(rng)),
    shipping: homeIn(rng, to).address,
    code: abroadCode(rng, s.at, s.signedIn, c === undefined),
    referrer: referrerOf(rng, { direct: 30, google: 30, instagram: 20, newsletter: 20 }),
    ...(rng.chance(0.7) ? { giftNote: `${rng.pick(NOTES_EN)}${s.buyer.name.split(' ')[0] ?? ''}` } : {}),
  });
}

const WHOLESALE: Mix = {
  sweater: 26,
  cardigan: 14,
  scarf: 22,
  shawl: 8,
  poncho: 8,
  throw: 10,
  hat: 6,
  gloves: 6,
};

/**
 * Boutiques and shops abroad restocking for the season at the wholesale list: three to seven styles by the half
 * dozen, on a company account in office hours, mostly by wire; a few first orders from buyers met at a trade
 * fair. Sent by DHL freight after a week of packing.
 */
export function boutiqueWholesale(rng: Rng, w: World): Purchase {
  const c = rng.chance(0.88) ? someOf(rng, w, 'boutique') : undefined;
  const m = c?.market ?? market(rng.pick(['US', 'DE', 'JP', 'CA', 'GB']));
  const company = c?.company ?? boutiqueOf(rng, m.country);
  const n = newcomer(rng, m);
  const fresh = {
    ...n,
    email: businessEmail(rng, n.person, company.name, m.country),
    home: shopIn(rng, m),
    homeNet: networkOf(rng, m.country, 'office'),
    device: deviceOf(rng, 'windows'),
  };
  const s = shopperFrom(
    rng,
    c,
    () => ({ n: fresh, account: true }),
    () => when(rng, w.window, c?.home.tz ?? fresh.home.tz, 'flat', 'office'),
  );
  if (!c) s.buyer = { ...s.buyer, createdAt: s.at - rng.int(1, 20) * DAY };
  const picks = pickItems(rng, WHOLESALE, rng.int(3, 7), () => rng.int(1, 6) * 6);
  return exportPurchase(rng, {
    kind: 'boutique_wholesale',
    s,
    picks,
    shipping: { ...s.home },
    code: {},
    referrer: 'direct',
    methods: [
      ['bank_transfer', 60],
      ['card', 40],
    ],
    fulfilment: 'dhl_freight',
    company,
    wholesale: true,
  });
}

const YARN = ['YA-DK', 'YA-FINGERING', 'YA-BULKY'];

/** Knitters restocking yarn by the skein (or a sweater kit), a few of them every season. */
export function knitterYarn(rng: Rng, w: World): Purchase {
  const c = rng.chance(0.8) ? someOf(rng, w, 'knitter') : undefined;
  const s = shopperFrom(
    rng,
    c,
    () => foreign(rng),
    () => when(rng, w.window, c?.home.tz ?? -5, 'abroad', 'consumer'),
  );
  const picks: Pick[] = rng.chance(0.25)
    ? [[itemBySku('YA-KIT'), rng.int(1, 2)]]
    : rng
        .shuffle(YARN)
        .slice(0, rng.int(1, 3))
        .map((sku) => [itemBySku(sku), rng.int(3, 15)] as const);
  if (rng.chance(0.15)) picks.push([rng.pick(itemsIn('accessory')), 1]);
  return exportPurchase(rng, {
    kind: 'knitter_yarn',
    s,
    picks,
    shipping: { ...s.home },
    code: abroadCode(rng, s.at, s.signedIn, c === undefined),
    referrer: referrerOf(rng, { newsletter: 35, instagram: 25, direct: 30, google: 10 }),
  });
}

const VICUNA: ReadonlyArray<readonly [string, number]> = [
  ['VC-BLEND', 10],
  ['VC-SCARF', 30],
  ['VC-STOLE', 20],
  ['VC-SHAWL', 18],
  ['VC-SWEATER', 14],
  ['VC-THROW', 8],
];

/**
 * Vicuña clients: a scarf, stole, shawl, sweater or throw (and some baby alpaca with it), often challenged by
 * the issuer, wired when it runs to thousands; one in five orders from a hotel abroad while travelling.
 */
export function luxuryClient(rng: Rng, w: World): Purchase {
  const c = rng.chance(0.6) ? someOf(rng, w, 'luxury') : undefined;
  const m = c?.market ?? market(rng.pick(['US', 'US', 'JP', 'GB', 'DE', 'CH', 'FR']));
  const s = shopperFrom(
    rng,
    c,
    () => ({ n: newcomer(rng, m), account: rng.chance(0.7) }),
    () => when(rng, w.window, c?.home.tz ?? m.places[0]?.tz ?? -5, 'abroad', 'consumer'),
  );
  if (c && rng.chance(0.22)) s.conn = travelling(rng, c);
  const picks: Pick[] = [[itemBySku(rng.weightedPick(VICUNA)), 1]];
  if (rng.chance(0.4)) picks.push(...pickItems(rng, { sweater: 40, cardigan: 30, throw: 30 }, rng.int(1, 2)));
  const big = picks.reduce((sum, [it, q]) => sum + it.price * q, 0) > 400_000;
  return exportPurchase(rng, {
    kind: 'luxury_client',
    s,
    picks,
    shipping: rng.chance(0.9) ? { ...s.home } : homeIn(rng, m).address,
    code: {},
    referrer: referrerOf(rng, { direct: 50, google: 25, newsletter: 15, instagram: 10 }),
    methods: [
      ['card', 70],
      ['bank_transfer', big ? 30 : 4],
      ['paypal', 8],
    ],
    declineShare: 0.15,
  });
}
