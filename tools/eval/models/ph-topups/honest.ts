import { type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  abroadIp,
  billingAt,
  fixedIp,
  guest,
  homeIp,
  mobileIp,
  phLocale,
  purchaseOf,
  signedIn,
  type World,
} from './build.js';
import {
  AFTER_SHIFT,
  BILLS,
  type Curve,
  HOUSEHOLD,
  momentIn,
  OFFICE,
  PLAYER,
  STORE_HOURS,
} from './calendar.js';
import { type HeldCard, type Match, newCard } from './cards.js';
import {
  type Basket,
  basketOf,
  bill,
  billBasket,
  brandOn,
  byEmail,
  dataPromo,
  everydayLoad,
  gameTopUp,
  giftCard,
  type Line,
  lineTo,
  mlPlayer,
  mobileOn,
  playerId,
  regularLoad,
  RETAILER_WALLET,
  type Telco,
  telcoOf,
  type Title,
  favouriteTitle,
  telcoOfNumber,
} from './catalogue.js';
import { ipIn } from './networks.js';
import {
  type Account,
  emailOf,
  filipino,
  type Handset,
  localAccount,
  phone,
  pickFrom,
  type Pool,
  type Wallet,
} from './people.js';
import { HOLIDAYS, HOME_CITIES, type Place, phPlace } from './places.js';
import {
  type Attempt,
  cardAttempt,
  deliveryOf,
  HOUR,
  honestDisputes,
  honestPay,
  MINUTE,
  otherPay,
  otpTime,
  paidByCard,
  type Preferences,
  type Purchase,
} from './purchase.js';

/**
 * Honest purchases, by kind: a household's own load, the family's numbers, players' top-ups, bills, OFWs paying
 * for the family from abroad, Christmas gift cards for godchildren, loading agents stocking up, companies' staff
 * gifts, travellers (residents abroad for the holidays, OFWs home for them), VPN users, shared phones and pisonet
 * PCs, and expats with their home-country cards.
 */

export const HONEST = {
  own_load: 22,
  family_load: 10,
  gamer: 14,
  bills: 9,
  ofw_family: 13,
  gift_giver: 7,
  reseller: 7,
  corporate: 2,
  traveller: 4,
  vpn_user: 4,
  shared_device: 4,
  expat: 4,
} as const;

export type HonestKind = keyof typeof HONEST;

const LOCAL_PAY: Preferences = [
  ['gcash', 48],
  ['maya', 15],
  ['card', 12],
  ['grabpay', 3],
  ['seven_eleven', 14],
  ['bank_transfer', 6],
];
const PLAYER_PAY: Preferences = [
  ['gcash', 44],
  ['maya', 12],
  ['seven_eleven', 28],
  ['card', 8],
  ['grabpay', 4],
];
const BILL_PAY: Preferences = [
  ['gcash', 40],
  ['maya', 14],
  ['card', 14],
  ['bank_transfer', 16],
  ['seven_eleven', 14],
  ['grabpay', 2],
];
const GIFT_PAY: Preferences = [
  ['gcash', 40],
  ['maya', 14],
  ['card', 22],
  ['grabpay', 3],
  ['seven_eleven', 12],
  ['bank_transfer', 9],
];
const OFW_PAY: Preferences = [
  ['card', 64],
  ['gcash', 24],
  ['bank_transfer', 8],
  ['maya', 4],
];
const EXPAT_PAY: Preferences = [
  ['card', 68],
  ['gcash', 12],
  ['grabpay', 12],
  ['maya', 8],
];
const RESELLER_PAY: Preferences = [
  ['gcash', 48],
  ['maya', 18],
  ['bank_transfer', 34],
];
const PISONET_PAY: Preferences = [
  ['seven_eleven', 45],
  ['gcash', 45],
  ['maya', 10],
];

/** Who is buying: an account (or a guest), with the phone, network, home and device they buy from. */
interface Who {
  account?: Account;
  buyer: Buyer;
  phone: string;
  telco: Telco;
  home: Place;
  broadband: boolean;
  device: Handset;
  cards: HeldCard[];
  wallets: Wallet[];
  /** An account opened at this checkout. */
  fresh: boolean;
}

const fromAccount = (rng: Rng, a: Account, fresh = false): Who => ({
  account: a,
  buyer: signedIn(a),
  phone: a.phone,
  telco: a.telco,
  home: a.home,
  broadband: a.broadband,
  // A new phone for Christmas now and then: the account on a device it never used.
  device: rng.chance(0.06) ? phone(rng, 0.25) : rng.pick(a.devices),
  cards: a.cards,
  wallets: a.wallets,
  fresh,
});

/** A guest checkout: a name, an e-mail and a number typed at the store, no account. */
function guestWho(rng: Rng): Who {
  const n = filipino(rng);
  const telco = telcoOf(rng);
  return {
    buyer: guest(emailOf(rng, n), n.name),
    phone: mobileOn(rng, telco),
    telco,
    home: phPlace(rng),
    broadband: rng.chance(0.5),
    device: phone(rng, 0.2, 0),
    cards: [],
    wallets: [],
    fresh: false,
  };
}

/** A buyer in the Philippines: a guest, an account opened at checkout, or a known account from the pool. */
function localWho(rng: Rng, pool: Pool, at: number, share: { guest: number; fresh: number }): Who {
  const r = rng.next();
  if (r < share.guest) return guestWho(rng);
  if (r < share.guest + share.fresh) {
    const a = localAccount(rng, at);
    return fromAccount(rng, { ...a, createdAt: at - rng.int(2, 40) * MINUTE, cards: [] }, true);
  }
  return fromAccount(rng, pickFrom(rng, pool));
}

/** The first-order code for a new account, a season's code for others. */
function coded(
  rng: Rng,
  lines: Line[],
  who: Who,
  seasonal?: { code: string; share: number; off: (items: number) => number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  if (who.fresh && items >= 50_000 && rng.chance(0.55)) return basketOf(lines, 10_000, 'PASKO100');
  if (seasonal && who.account && rng.chance(seasonal.share))
    return basketOf(lines, seasonal.off(items), seasonal.code);
  return basketOf(lines);
}

interface Finish {
  kind: string;
  at: number;
  who: Who;
  basket: Basket;
  prefs: Preferences;
  ip: string;
  billingPlace?: Place;
  /** How the billing address typed matches the card issuer's records. */
  match?: Match;
  abroad?: boolean;
  cardCountry?: string;
  locale?: string;
  attempts?: Attempt[];
  extra?: { company?: { name: string; tin: string }; reseller?: string; giftMessage?: string };
}

/** Pays, delivers and labels an honest purchase. */
function finish(rng: Rng, f: Finish): Purchase {
  const abroad = f.abroad ?? false;
  const attempts =
    f.attempts ??
    honestPay(
      rng,
      {
        cards: f.who.cards,
        wallets: f.who.wallets,
        cardCountry: f.cardCountry ?? 'PH',
        signedIn: f.who.account !== undefined,
        abroad,
        ...(f.match ? { match: f.match } : {}),
      },
      f.basket.amount,
      f.prefs,
    );
  const lines = f.basket.lines;
  const instant = lines.filter((l) => l.category !== 'bill');
  const later = [
    ...deliveryOf(rng, {
      instant: instant.length > 0,
      bills: instant.length < lines.length,
      lineAmount: instant[0] ? instant[0].price * instant[0].quantity : f.basket.amount,
    }),
    ...honestDisputes(rng, paidByCard(attempts), abroad),
  ];
  const typedStreet = attempts[0]?.method === 'card' && rng.chance(0.6);
  const billing: Address = billingAt(rng, f.billingPlace ?? f.who.home, typedStreet);
  return purchaseOf({
    kind: f.kind,
    fraud: false,
    at: f.at,
    buyer: f.who.buyer,
    phone: f.who.phone,
    ip: f.ip,
    device: f.who.device,
    locale: f.locale ?? phLocale(rng),
    basket: f.basket,
    billing,
    attempts,
    later,
    ...(f.extra ?? {}),
  });
}

const when = (curve: Curve, tz = 8) => ({ tz, curve });

/** A number's own load or data promo, sometimes both. */
function ownLines(rng: Rng, number: string, telco: Telco): Line[] {
  const brand = brandOn(rng, telco);
  const lines = [lineTo(rng.chance(0.66) ? everydayLoad(rng, brand) : dataPromo(rng, brand), number)];
  if (rng.chance(0.15)) lines.push(lineTo(dataPromo(rng, brand), number));
  return lines;
}

function ownLoad(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, when(HOUSEHOLD));
  const who = localWho(rng, w.customers.locals, at, { guest: 0.33, fresh: 0.06 });
  return finish(rng, {
    kind: 'own_load',
    at,
    who,
    basket: coded(rng, ownLines(rng, who.phone, who.telco), who),
    prefs: LOCAL_PAY,
    ip: homeIp(rng, who),
  });
}

/** Load for the family's numbers: a parent's, the kids', a partner's in the province. */
function familyLines(rng: Rng, numbers: readonly string[], count: number): Line[] {
  return Array.from({ length: count }, (_, i) => {
    const number = numbers[i] ?? mobileOn(rng, telcoOf(rng));
    const brand = brandOn(rng, telcoOfNumber(number));
    return lineTo(rng.chance(0.55) ? everydayLoad(rng, brand) : dataPromo(rng, brand), number);
  });
}

function familyLoad(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, when(HOUSEHOLD));
  const who = localWho(rng, w.customers.locals, at, { guest: 0.15, fresh: 0.03 });
  const numbers = rng.shuffle(who.account?.family ?? []);
  const lines = familyLines(rng, numbers, rng.int(2, 5));
  if (rng.chance(0.3)) lines.push(...ownLines(rng, who.phone, who.telco));
  return finish(rng, {
    kind: 'family_load',
    at,
    who,
    basket: coded(rng, lines, who),
    prefs: LOCAL_PAY,
    ip: homeIp(rng, who),
  });
}

/** A player's top-up of their game, credited to their player id (or a code by e-mail for Steam and PlayStation). */
function topUpLines(
  rng: Rng,
  title: Title,
  player: string,
  email: string,
  size: 'small' | 'any' | 'big',
): Line[] {
  const to = byEmail(title) ? email : player;
  const lines = [lineTo(gameTopUp(rng, title, size), to)];
  if (rng.chance(0.12)) lines.push(lineTo(gameTopUp(rng, title, 'small'), to));
  return lines;
}

const gamerCode = {
  code: 'GAMER5',
  share: 0.08,
  off: (items: number) => Math.min(20_000, Math.round(items * 0.05)),
};

function gamer(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, { tz: 8, curve: PLAYER, games: true });
  const who = localWho(rng, w.customers.players, at, { guest: 0.2, fresh: 0.07 });
  const title = who.account?.player?.title ?? favouriteTitle(rng);
  const player = who.account?.player?.id ?? playerId(rng, title);
  const size = rng.chance(0.07) ? 'big' : 'any';
  return finish(rng, {
    kind: 'gamer',
    at,
    who,
    basket: coded(rng, topUpLines(rng, title, player, who.buyer.email, size), who, gamerCode),
    prefs: PLAYER_PAY,
    ip: homeIp(rng, who),
  });
}

function bills(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, when(BILLS));
  const who = localWho(rng, w.customers.locals, at, { guest: 0.18, fresh: 0.02 });
  const own = who.account?.bills ?? [];
  const chosen =
    own.length > 0
      ? rng.shuffle(own).slice(0, rng.int(1, Math.min(3, own.length)))
      : [{ biller: 'meralco' as const, account: rng.digits(10) }];
  return finish(rng, {
    kind: 'bills',
    at,
    who,
    basket: billBasket(chosen.map((b) => bill(rng, b.biller, b.account))),
    prefs: BILL_PAY,
    ip: homeIp(rng, who),
  });
}

const SEASON_GREETINGS = [
  'Merry Christmas, inaanak!',
  'Maligayang Pasko! Love, Ninang',
  'Maligayang Pasko at Manigong Bagong Taon!',
  'Para sa pamasko mo. Ingat lagi!',
  'Merry Christmas po! From Ninong',
  'Happy holidays, anak. Miss you all!',
  'Pamasko ko sa inyo. Love you!',
];

/** What an OFW sends home: load for the family, their bills, a gift card, diamonds for a nephew. */
function homeLines(rng: Rng, a: Account): Line[] {
  const lines: Line[] = familyLines(
    rng,
    rng.shuffle(a.family),
    rng.int(1, Math.max(1, Math.min(4, a.family.length))),
  );
  if (a.bills.length > 0 && rng.chance(0.4))
    for (const b of rng.shuffle(a.bills).slice(0, rng.int(1, 2))) lines.push(bill(rng, b.biller, b.account));
  if (rng.chance(0.25))
    lines.push(
      lineTo(giftCard(rng, rng.pick(['jollibee', 'sm', 'grab'] as const)), emailOf(rng, filipino(rng))),
    );
  if (rng.chance(0.1)) lines.push(lineTo(gameTopUp(rng, 'ml', 'any'), mlPlayer(rng)));
  return lines;
}

/** Bills in a basket carry their convenience fee; a code takes something off. */
function homeBasket(rng: Rng, lines: Line[], code?: { code: string; share: number; off: number }): Basket {
  const fee = lines.filter((l) => l.category === 'bill').length * 1500;
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  if (code && items >= 100_000 && rng.chance(code.share)) return basketOf(lines, code.off, code.code, fee);
  return basketOf(lines, 0, undefined, fee);
}

function ofwFamily(rng: Rng, w: World): Purchase {
  const a = pickFrom(rng, w.customers.ofws);
  const place = a.home;
  const at = momentIn(rng, w.window, {
    tz: place.tz,
    curve: AFTER_SHIFT,
    sunday: place.country === 'HK' ? 2.5 : 1.2,
  });
  const who = fromAccount(rng, a);
  return finish(rng, {
    kind: 'ofw_family',
    at,
    who,
    basket: homeBasket(rng, homeLines(rng, a), { code: 'OFWLOVE', share: 0.06, off: 5_000 }),
    prefs: OFW_PAY,
    ip: abroadIp(rng, place.country, a.broadband),
    abroad: true,
    cardCountry: place.country,
    locale: rng.weightedPick<string>([
      ['en-PH', 50],
      [`en-${place.country === 'IT' ? 'US' : place.country}`, 35],
      ['fil-PH', 15],
    ]),
  });
}

function giftGiver(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window, when(HOUSEHOLD));
  const who = localWho(rng, w.customers.locals, at, { guest: 0.22, fresh: 0.05 });
  const lines = Array.from({ length: rng.int(1, 4) }, () =>
    lineTo(giftCard(rng), emailOf(rng, filipino(rng)), rng.chance(0.15) ? 2 : 1),
  );
  if (rng.chance(0.25)) lines.push(lineTo(gameTopUp(rng, 'ml', 'any'), mlPlayer(rng)));
  const basket = coded(rng, lines, who, {
    code: 'NOCHEBUENA',
    share: 0.07,
    off: (items) => Math.min(25_000, Math.round(items * 0.05)),
  });
  return finish(rng, {
    kind: 'gift_giver',
    at,
    who,
    basket,
    prefs: GIFT_PAY,
    ip: homeIp(rng, who),
    extra: rng.chance(0.7) ? { giftMessage: rng.pick(SEASON_GREETINGS) } : {},
  });
}

function reseller(rng: Rng, w: World): Purchase {
  const r = rng.pick(w.customers.resellers);
  const at = momentIn(rng, w.window, when(STORE_HOURS));
  const who = fromAccount(rng, r.account);
  const blocks = Math.max(1, r.blocks + rng.int(-2, 3));
  const lines: Line[] = [lineTo(RETAILER_WALLET, who.phone, blocks)];
  if (rng.chance(0.3))
    for (let i = rng.int(3, 12); i > 0; i--) lines.push(lineTo(gameTopUp(rng, 'ml', 'small'), mlPlayer(rng)));
  // The dealer's discount: 3 % off the wallet blocks.
  const basket = basketOf(lines, Math.round(RETAILER_WALLET.price * blocks * 0.03), 'DEALER3');
  return finish(rng, {
    kind: 'reseller',
    at,
    who: { ...who, device: r.account.devices[0] ?? who.device },
    basket,
    prefs: RESELLER_PAY,
    ip: homeIp(rng, who),
    locale: rng.chance(0.6) ? 'fil-PH' : 'en-PH',
    extra: { reseller: r.store },
  });
}

function corporate(rng: Rng, w: World): Purchase {
  const c = rng.pick(w.customers.companies);
  const at = momentIn(rng, w.window, { tz: 8, curve: OFFICE, weekdays: true });
  const who = fromAccount(rng, c.contact);
  const staff = rng.int(20, 150);
  const what = rng.weightedPick<'sm' | 'jollibee' | 'grab' | 'load'>([
    ['sm', 40],
    ['jollibee', 30],
    ['grab', 15],
    ['load', 15],
  ]);
  // Load goes to each field worker's number; gift cards come to HR's inbox as one batch of codes.
  const lines =
    what === 'load'
      ? Array.from({ length: Math.round(staff / 4) + 5 }, () => {
          const telco = telcoOf(rng);
          return lineTo(regularLoad(brandOn(rng, telco), 300), mobileOn(rng, telco));
        })
      : [lineTo(giftCard(rng, what), c.contact.email, staff)];
  const basket = basketOf(lines);
  // PESONet credits the transfer hours later, the next banking day at worst; a corporate card is challenged.
  const attempts = rng.chance(0.78)
    ? [otherPay(rng, 'bank_transfer', true, rng.int(3, 26) * HOUR)]
    : [
        cardAttempt(rng, c.contact.cards[0] ?? newCard(rng, 'PH', 'credit'), {
          ok: true,
          afterMs: otpTime(rng),
        }),
      ];
  return finish(rng, {
    kind: 'corporate',
    at,
    who,
    basket,
    prefs: [],
    ip: fixedIp(rng),
    attempts,
    locale: 'en-PH',
    extra: { company: { name: c.name, tin: c.tin } },
  });
}

function traveller(rng: Rng, w: World): Purchase {
  if (rng.chance(0.55)) {
    // A resident on holiday in Japan, Korea, Taiwan, Hong Kong or Singapore: hotel Wi-Fi there, or roaming on
    // mobile data (routed home, so a Philippine address).
    const a = pickFrom(rng, w.customers.locals);
    const dest = rng.pick(HOLIDAYS);
    const at = momentIn(rng, w.window, when(HOUSEHOLD, dest.tz));
    const who = fromAccount(rng, a);
    const lines = ownLines(rng, a.phone, a.telco);
    const own = a.bills[0];
    if (own && rng.chance(0.3)) lines.push(bill(rng, own.biller, own.account));
    return finish(rng, {
      kind: 'traveller',
      at,
      who,
      basket: homeBasket(rng, lines),
      prefs: LOCAL_PAY,
      ip: rng.chance(0.6) ? ipIn(rng, dest.country, 'fixed', 0.1) : mobileIp(rng, a.telco),
    });
  }
  // A balikbayan: an OFW home for Christmas, on the family's Wi-Fi or a local SIM, paying with the card from abroad.
  const a = pickFrom(rng, w.customers.ofws);
  const at = momentIn(rng, w.window, when(HOUSEHOLD));
  const who = fromAccount(rng, a);
  const lines = homeLines(rng, a);
  return finish(rng, {
    kind: 'traveller',
    at,
    who,
    basket: homeBasket(rng, lines),
    prefs: OFW_PAY,
    ip: rng.chance(0.6) ? fixedIp(rng) : mobileIp(rng, a.telco),
    abroad: true,
    cardCountry: a.home.country,
  });
}

function vpnUser(rng: Rng, w: World): Purchase {
  const player = rng.chance(0.45);
  const at = momentIn(rng, w.window, { tz: 8, curve: player ? PLAYER : HOUSEHOLD, games: player });
  const who = localWho(rng, player ? w.customers.players : w.customers.locals, at, {
    guest: 0.1,
    fresh: 0.03,
  });
  const exit = rng.weightedPick<string>([
    ['SG', 45],
    ['JP', 25],
    ['US', 30],
  ]);
  const title = who.account?.player?.title ?? 'ml';
  const lines = player
    ? topUpLines(rng, title, who.account?.player?.id ?? playerId(rng, title), who.buyer.email, 'any')
    : ownLines(rng, who.phone, who.telco);
  return finish(rng, {
    kind: 'vpn_user',
    at,
    who,
    basket: coded(rng, lines, who),
    prefs: player ? PLAYER_PAY : LOCAL_PAY,
    ip: ipIn(rng, exit, 'hosting'),
  });
}

function sharedDevice(rng: Rng, w: World): Purchase {
  const shared = w.customers.shared;
  const pisonet = rng.chance(0.5);
  const candidates = shared.filter((s) => (s.kind === 'pisonet') === pisonet);
  const s = rng.pick(candidates.length > 0 ? candidates : shared);
  const a = rng.pick(s.accounts);
  const who = { ...fromAccount(rng, a), device: s.device };
  if (s.kind === 'pisonet') {
    const at = momentIn(rng, w.window, { tz: 8, curve: PLAYER, games: true });
    const title = a.player?.title ?? 'ml';
    return finish(rng, {
      kind: 'shared_device',
      at,
      who,
      basket: basketOf(topUpLines(rng, title, a.player?.id ?? mlPlayer(rng), a.email, 'small')),
      prefs: PISONET_PAY,
      ip: rng.chance(0.8) ? s.ip : fixedIp(rng),
    });
  }
  const at = momentIn(rng, w.window, when(HOUSEHOLD));
  return finish(rng, {
    kind: 'shared_device',
    at,
    who,
    basket: basketOf(ownLines(rng, a.phone, a.telco)),
    prefs: LOCAL_PAY,
    ip: rng.chance(0.55) ? s.ip : mobileIp(rng, a.telco),
  });
}

const EXPAT_LOCALE: Readonly<Record<string, string>> = {
  KR: 'ko-KR',
  JP: 'ja-JP',
  CN: 'zh-CN',
  AU: 'en-AU',
  GB: 'en-GB',
  US: 'en-US',
  CA: 'en-CA',
};

function expat(rng: Rng, w: World): Purchase {
  const a = pickFrom(rng, w.customers.expats);
  const at = momentIn(rng, w.window, when(HOUSEHOLD));
  const who = fromAccount(rng, a);
  const origin = a.cards[0]?.country ?? 'US';
  const r = rng.next();
  const lines =
    r < 0.5 || a.bills.length === 0
      ? ownLines(rng, a.phone, a.telco)
      : r < 0.75
        ? a.bills.map((b) => bill(rng, b.biller, b.account, 1.6))
        : [lineTo(giftCard(rng, rng.pick(['grab', 'starbucks', 'spotify'] as const)), a.email)];
  // Billing at the condo in Manila (which the card's issuer does not know), or back home.
  const atHome = rng.chance(0.45);
  const homeCity = HOME_CITIES[origin];
  return finish(rng, {
    kind: 'expat',
    at,
    who,
    basket: homeBasket(rng, lines),
    prefs: EXPAT_PAY,
    ip: homeIp(rng, a),
    cardCountry: origin,
    ...(atHome && homeCity
      ? { billingPlace: homeCity, match: 'good' as const }
      : { match: 'wrong' as const }),
    locale: rng.chance(0.7) ? (EXPAT_LOCALE[origin] ?? 'en-US') : 'en-PH',
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  own_load: ownLoad,
  family_load: familyLoad,
  gamer,
  bills,
  ofw_family: ofwFamily,
  gift_giver: giftGiver,
  reseller,
  corporate,
  traveller,
  vpn_user: vpnUser,
  shared_device: sharedDevice,
  expat,
};

/** One honest purchase of the kind. */
export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
