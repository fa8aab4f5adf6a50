import { type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { HOT, type Item, pickItem } from './catalogue.js';
import { address, ipIn, network } from './networks.js';
import {
  type Account,
  currencyOf,
  homeAddress,
  type HeldCard,
  newCard,
  newDevice,
  person,
  type World,
} from './people.js';
import { HOLIDAY_CITIES, HOTELS, market, MARKET_WEIGHTS } from './places.js';
import { type Fulfilment, honestAfter, honestPay, MINUTE, moment, type Purchase } from './purchase.js';
import { basketOf, buyerOf, linesOf, pickupFor, purchaseOf, WELCOME_CODE } from './basket.js';

/** The boutique's honest customers, by kind, and how each one buys. */

export const HONEST = {
  regular_client: 28,
  vip_client: 10,
  first_time_buyer: 18,
  gift_buyer: 9,
  tourist_in_italy: 7,
  traveller_abroad: 5,
  daigou_buyer: 6,
  vpn_user: 6,
  shared_device: 5,
  stylist: 3,
  hotel_concierge: 3,
} as const;
export type HonestKind = keyof typeof HONEST;

const pickFrom = (rng: Rng, list: readonly Account[], fallback: readonly Account[]): Account =>
  rng.pick(list.length > 0 ? list : fallback);

/** How many items a basket holds. */
const count = (rng: Rng, big = false): number =>
  rng.weightedPick<number>(
    big
      ? [
          [1, 25],
          [2, 35],
          [3, 25],
          [4, 10],
          [5, 5],
        ]
      : [
          [1, 58],
          [2, 28],
          [3, 11],
          [4, 3],
        ],
  );

/** A returning account's connection: the household's line most of the time, else the phone. */
function accountIp(rng: Rng, a: Account): string {
  return rng.chance(0.62) ? a.homeIp : ipIn(rng, a.country, 'mobile');
}

const deviceOf = (rng: Rng, a: Account): Device => rng.pick(a.devices);

/** Express to the buyer's home, or (in Italy) now and then collected at a boutique. */
function fulfilmentFor(rng: Rng, home: Address, pickup = 0.14): Fulfilment {
  return home.country === 'IT' && rng.chance(pickup) ? pickupFor(home.city) : 'express';
}

const giftMessages = [
  'Buon compleanno! Con affetto',
  'Happy birthday, love you',
  'Per il nostro anniversario',
  'Congratulations on the new job!',
  'Grazie di tutto',
  'For the best mum in the world',
  '生日快乐',
];

interface Plan {
  kind: HonestKind;
  at: number;
  account?: Account;
  buyer: Purchase['buyer'];
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  currency: Account['currency'];
  cards: HeldCard[];
  payerCountry: string;
  signedIn: boolean;
  lines: ReturnType<typeof linesOf>;
  code?: string;
  channel?: Purchase['channel'];
  taxFree?: boolean;
  giftMessage?: string;
  shopper?: string;
  returns?: number;
  match?: 'good' | 'partial' | 'bad';
  declineShare?: number;
}

function build(rng: Rng, p: Plan): Purchase {
  const shipTo = p.shipping?.country ?? 'IT';
  const basket = basketOf(rng, p.lines, p.currency, shipTo, p.fulfilment, p.code);
  const attempts = honestPay(
    rng,
    { cards: p.cards, country: p.payerCountry, signedIn: p.signedIn, ...(p.match ? { match: p.match } : {}) },
    basket.amount,
    basket.currency,
    p.declineShare,
  );
  const later = attempts.some((a) => a.ok)
    ? honestAfter(rng, {
        fulfilment: p.fulfilment,
        country: shipTo,
        lines: basket.lines,
        amount: basket.amount,
        ...(p.returns ? { returns: p.returns } : {}),
        ...(p.taxFree ? { taxFree: true } : {}),
      })
    : [];
  return purchaseOf({
    at: p.at,
    fraud: false,
    kind: p.kind,
    basket,
    billing: p.billing,
    attempts,
    later,
    buyer: p.buyer,
    shipping: p.fulfilment === 'express' ? p.shipping : undefined,
    fulfilment: p.fulfilment,
    ip: p.ip,
    device: p.device,
    locale: p.locale,
    ...(p.channel ? { channel: p.channel } : {}),
    ...(p.taxFree ? { taxFree: true } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.shopper ? { shopper: p.shopper } : {}),
  });
}

/** A returning account buying for themselves. */
function fromAccount(rng: Rng, w: World, kind: HonestKind, a: Account, big = false): Plan {
  const at = moment(rng, w.window, a.tz, 'people', a.vip);
  const fulfilment = fulfilmentFor(rng, a.home);
  const device = deviceOf(rng, a);
  return {
    kind,
    at,
    account: a,
    buyer: buyerOf(a),
    billing: a.home,
    shipping: a.home,
    fulfilment,
    ip: accountIp(rng, a),
    device,
    locale: market(a.country).locale,
    currency: a.currency,
    cards: a.cards,
    payerCountry: a.country,
    signedIn: true,
    lines: linesOf(rng, w.window, at, a.currency, count(rng, big)),
  };
}

const BOUTIQUE_DEVICES: readonly Device[] = [
  { id: 'dv_spiga22pos0001ipadpro', userAgent: 'Spiga22Clienteling/3.2 (iPad; iPadOS 19.5)' },
  { id: 'dv_spiga22pos0002ipadpro', userAgent: 'Spiga22Clienteling/3.2 (iPad; iPadOS 19.5)' },
  { id: 'dv_condotti61pos01ipad', userAgent: 'Spiga22Clienteling/3.2 (iPad; iPadOS 19.5)' },
];

const vipChoice = (rng: Rng): Item =>
  pickItem(rng, [
    ['handbags', 36],
    ['shoes', 18],
    ['ready_to_wear', 26],
    ['small_leather_goods', 6],
    ['sunglasses', 4],
    ['jewellery', 10],
  ]);

const giftChoice = (rng: Rng): Item =>
  pickItem(rng, [
    ['handbags', 20],
    ['small_leather_goods', 30],
    ['sunglasses', 15],
    ['jewellery', 30],
    ['shoes', 5],
  ]);

function vipClient(rng: Rng, w: World): Plan {
  const a = pickFrom(rng, w.vips, w.accounts);
  const p = fromAccount(rng, w, 'vip_client', a, true);
  p.lines = linesOf(rng, w.window, p.at, a.currency, count(rng, true), vipChoice);
  if (rng.chance(0.25)) {
    // The personal shopper places the order for the client on the boutique's iPad, from the boutique.
    const at = moment(rng, w.window, 2, 'office', true);
    p.at = at;
    p.lines = linesOf(rng, w.window, at, a.currency, count(rng, true), vipChoice);
    p.ip = address(rng, network('it-boutique'), false);
    p.device = rng.pick(BOUTIQUE_DEVICES);
    p.channel = 'boutique';
    p.locale = 'it-IT';
    if (a.shopper) p.shopper = a.shopper;
  }
  if (a.home.country === 'IT' && rng.chance(0.2)) p.fulfilment = pickupFor(a.home.city);
  return p;
}

function firstTime(rng: Rng, w: World): Plan {
  const country = rng.weightedPick(MARKET_WEIGHTS);
  const who = person(rng, country);
  const { tz, ...home } = homeAddress(rng, country);
  const at = moment(rng, w.window, tz);
  const signUp = rng.chance(0.55);
  const currency = currencyOf(rng, country);
  const device = newDevice(rng, country);
  const fulfilment = fulfilmentFor(rng, home, 0.1);
  const { tz: _away, ...elsewhere } = homeAddress(rng, country);
  return {
    kind: 'first_time_buyer',
    at,
    buyer: signUp
      ? {
          id: `cus_n${rng.token(10)}`,
          email: who.email,
          name: who.name,
          createdAt: at - rng.int(2, 25) * MINUTE,
        }
      : { email: who.email, name: who.name },
    billing: home,
    shipping: rng.chance(0.08) ? elsewhere : home,
    fulfilment,
    ip: ipIn(rng, country, rng.chance(0.45) ? 'mobile' : 'home'),
    device,
    locale: market(country).locale,
    currency,
    cards: [newCard(rng, country)],
    payerCountry: country,
    signedIn: false,
    lines: linesOf(
      rng,
      w.window,
      at,
      currency,
      rng.weightedPick([
        [1, 72],
        [2, 22],
        [3, 6],
      ]),
    ),
    ...(signUp && rng.chance(0.55) ? { code: WELCOME_CODE } : {}),
  };
}

function giftBuyer(rng: Rng, w: World): Plan {
  const known = rng.chance(0.6);
  const p = known
    ? fromAccount(rng, w, 'gift_buyer', rng.pick(w.accounts))
    : { ...firstTime(rng, w), kind: 'gift_buyer' as const };
  p.lines = linesOf(
    rng,
    w.window,
    p.at,
    p.currency,
    rng.weightedPick([
      [1, 75],
      [2, 25],
    ]),
    giftChoice,
  );
  delete p.code;
  // To someone else: usually the same country, sometimes a friend or child abroad in Europe.
  const to = rng.chance(0.8) ? p.billing.country : rng.pick(['IT', 'FR', 'DE', 'GB', 'CH', 'ES']);
  const { tz: _tz, ...recipient } = homeAddress(rng, to);
  p.shipping = recipient;
  p.fulfilment = 'express';
  p.giftMessage = rng.pick(giftMessages);
  return p;
}

const TOURISTS: ReadonlyArray<readonly [string, number]> = [
  ['US', 30],
  ['CN', 18],
  ['GB', 10],
  ['AE', 8],
  ['SA', 6],
  ['QA', 3],
  ['JP', 10],
  ['HK', 8],
  ['CH', 4],
  ['KW', 3],
];

function tourist(rng: Rng, w: World): Plan {
  const country = rng.weightedPick(TOURISTS);
  const who = person(rng, country);
  const { tz: _tz, ...home } = homeAddress(rng, country);
  const at = moment(rng, w.window, 2);
  const [city, postalCode] = rng.pick(HOLIDAY_CITIES);
  const pickup = rng.chance(0.7);
  const fulfilment: Fulfilment = pickup ? pickupFor(city) : 'express';
  const where = rng.weightedPick<'hotel' | 'local' | 'roaming'>([
    ['hotel', 45],
    ['local', 15],
    ['roaming', 40],
  ]);
  const ip =
    where === 'hotel'
      ? ipIn(rng, 'IT', 'hotel', 0)
      : where === 'local'
        ? ipIn(rng, 'IT', 'mobile')
        : ipIn(rng, country, 'mobile');
  const signUp = rng.chance(0.4);
  return {
    kind: 'tourist_in_italy',
    at,
    buyer: signUp
      ? {
          id: `cus_t${rng.token(10)}`,
          email: who.email,
          name: who.name,
          createdAt: at - rng.int(3, 40) * MINUTE,
        }
      : { email: who.email, name: who.name },
    billing: home,
    shipping: {
      country: 'IT',
      city,
      postalCode,
      line1: `${rng.pick(['Via', 'Piazza', 'Vicolo'])} ${rng.pick(['Roma', 'Garibaldi', 'del Corso', 'San Marco', 'Cavour'])} ${rng.int(1, 60)}`,
    },
    fulfilment,
    ip,
    device: newDevice(rng, country),
    locale: rng.chance(0.7) ? market(country).locale : 'en-GB',
    currency: 'EUR',
    cards: [newCard(rng, country, 'credit')],
    payerCountry: country,
    signedIn: false,
    lines: linesOf(rng, w.window, at, 'EUR', count(rng, true), vipChoice),
    taxFree: pickup,
  };
}

const TRIPS: readonly string[] = ['US', 'GB', 'AE', 'JP', 'FR', 'DE', 'ES', 'CH', 'HK', 'IT'];

function traveller(rng: Rng, w: World): Plan {
  const a = rng.pick(w.accounts);
  const p = fromAccount(rng, w, 'traveller_abroad', a);
  const away = rng.pick(TRIPS.filter((c) => c !== a.country));
  const where = rng.weightedPick<'mobile' | 'hotel'>([
    ['mobile', 30],
    ['hotel', 70],
  ]);
  // Roaming keeps the home carrier's address; hotel Wi-Fi and local SIMs put them where they are.
  p.ip = where === 'mobile' && rng.chance(0.4) ? ipIn(rng, a.country, 'mobile') : ipIn(rng, away, 'home');
  p.at = moment(rng, w.window, market(away).tz);
  p.lines = linesOf(rng, w.window, p.at, a.currency, count(rng));
  return p;
}

const DAIGOU_ITEMS = (rng: Rng): Item =>
  rng.chance(0.55)
    ? rng.pick(HOT)
    : pickItem(rng, [
        ['small_leather_goods', 40],
        ['handbags', 40],
        ['sunglasses', 20],
      ]);

function daigou(rng: Rng, w: World): Plan {
  const a = pickFrom(rng, w.daigou, w.accounts);
  const p = fromAccount(rng, w, 'daigou_buyer', a, true);
  const lines = linesOf(rng, w.window, p.at, a.currency, rng.int(2, 4), DAIGOU_ITEMS);
  // Several of the same bag or wallet for clients back home.
  p.lines = lines.map((l) => ({
    ...l,
    quantity: rng.weightedPick<number>([
      [1, 50],
      [2, 35],
      [3, 15],
    ]),
  }));
  if (a.country === 'IT') {
    p.fulfilment = 'pickup_milano';
    p.ip = rng.chance(0.5) ? a.homeIp : ipIn(rng, 'IT', 'mobile');
  } else {
    p.fulfilment = 'express';
    p.ip = rng.chance(0.5) ? a.homeIp : ipIn(rng, 'CN', 'mobile');
  }
  return p;
}

const VPN_EXITS: Readonly<Record<string, readonly string[]>> = {
  CN: ['hk-hosting', 'jp-hosting', 'sg-hosting', 'us-hosting'],
  default: ['nl-hosting', 'ch-hosting', 'de-hosting', 'gb-hosting', 'us-hosting'],
};

function vpnUser(rng: Rng, w: World): Plan {
  const chinese = w.accounts.filter((a) => a.country === 'CN');
  const a = rng.chance(0.35) && chinese.length > 0 ? rng.pick(chinese) : rng.pick(w.accounts);
  const p =
    a.country === 'CN' || rng.chance(0.6)
      ? fromAccount(rng, w, 'vpn_user', a)
      : { ...firstTime(rng, w), kind: 'vpn_user' as const };
  const exits = VPN_EXITS[p.payerCountry] ?? VPN_EXITS['default'] ?? [];
  p.ip = address(rng, network(rng.pick(exits)), false);
  return p;
}

function sharedDevice(rng: Rng, w: World): Plan {
  const a = pickFrom(rng, w.shared, w.accounts);
  const p = fromAccount(rng, w, 'shared_device', a);
  p.device = a.devices[0] ?? p.device;
  p.ip = a.homeIp;
  // Now and then on the partner's card (another name on the card).
  p.cards = a.cards.length > 1 && rng.chance(0.5) ? [a.cards[1] as HeldCard] : a.cards;
  return p;
}

const STYLIST_ITEMS = (rng: Rng): Item =>
  pickItem(rng, [
    ['ready_to_wear', 55],
    ['shoes', 25],
    ['handbags', 10],
    ['jewellery', 10],
  ]);

function stylist(rng: Rng, w: World): Plan {
  const a = pickFrom(rng, w.stylists, w.accounts);
  const p = fromAccount(rng, w, 'stylist', a);
  p.at = moment(rng, w.window, a.tz, 'office');
  const looks = linesOf(rng, w.window, p.at, a.currency, rng.int(3, 7), STYLIST_ITEMS);
  // The same piece in two sizes for a fitting.
  const sized = looks.filter((l) => /size \S+$/.test(l.name));
  const twin = sized[0];
  p.lines = twin && rng.chance(0.6) ? [...looks, { ...twin, sku: `${twin.sku}B` }] : looks;
  p.returns = 3.2;
  p.fulfilment = 'express';
  p.ip = a.homeIp;
  return p;
}

const GUESTS: ReadonlyArray<readonly [string, number]> = [
  ['US', 30],
  ['AE', 16],
  ['SA', 12],
  ['QA', 8],
  ['KW', 4],
  ['CN', 12],
  ['HK', 8],
  ['GB', 10],
];

const HOTEL_MAIL = ['concierge', 'clefsdor', 'guestservices', 'lesclefs'];

function concierge(rng: Rng, w: World): Plan {
  const hotel = rng.pick(HOTELS);
  const guestCountry = rng.weightedPick(GUESTS);
  const guest = person(rng, guestCountry);
  const { tz: _tz, ...guestHome } = homeAddress(rng, guestCountry);
  const at = moment(rng, w.window, 2, 'office');
  const hotelDomain = `${(hotel.city ?? 'hotel').toLowerCase()}${rng.pick(['grandhotel', 'palace', 'luxuryhotel'])}.it`;
  return {
    kind: 'hotel_concierge',
    at,
    buyer: { email: `${rng.pick(HOTEL_MAIL)}@${hotelDomain}`, name: guest.name },
    billing: guestHome,
    shipping: { ...hotel, line1: `${hotel.line1}, for ${guest.name}` },
    fulfilment: 'express',
    ip: ipIn(rng, 'IT', 'hotel', 0),
    device: newDevice(rng, 'IT'),
    locale: 'en-GB',
    currency: 'EUR',
    cards: [newCard(rng, guestCountry, 'credit')],
    payerCountry: guestCountry,
    signedIn: false,
    lines: linesOf(rng, w.window, at, 'EUR', count(rng, true), vipChoice),
    // The concierge types the guest's card with the hotel's address.
    match: 'partial',
  };
}

function regular(rng: Rng, w: World): Plan {
  return fromAccount(rng, w, 'regular_client', pickFrom(rng, w.regulars, w.accounts));
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Plan>> = {
  regular_client: regular,
  vip_client: vipClient,
  first_time_buyer: firstTime,
  gift_buyer: giftBuyer,
  tourist_in_italy: tourist,
  traveller_abroad: traveller,
  daigou_buyer: daigou,
  vpn_user: vpnUser,
  shared_device: sharedDevice,
  stylist,
  hotel_concierge: concierge,
};

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  return build(rng, PLANNERS[kind](rng, w));
}
