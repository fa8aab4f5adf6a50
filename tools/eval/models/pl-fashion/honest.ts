import { accountBuyer, type Address, type Buyer, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { byCategory, type Category, everydayLines, line, sizesOf } from './catalogue.js';
import { ipFrom, residentIp } from './networks.js';
import {
  type Account,
  cardIn,
  deviceOf,
  emailOf,
  foreignHome,
  homeIn,
  lockerNear,
  personOf,
  residentCard,
} from './people.js';
import { type Market, MARKET_LIST, MARKETS } from './places.js';
import {
  cardsOf,
  deliveryIn,
  type Draft,
  marketMethod,
  methodOf,
  ordinaryAfter,
  plan,
  shippingFor,
  type World,
} from './plan.js';
import { honestPay, moment, type Purchase } from './purchase.js';

/** Honest shoppers: who they are, what they buy, how they pay, what they send back. */

export const HONEST = {
  regular: 26,
  first_time: 17,
  student: 8,
  family: 8,
  ukrainian_in_poland: 7,
  gift_buyer: 9,
  abroad: 5,
  bracketer: 8,
  vpn_user: 4,
  cod_buyer: 5,
  sneakerhead: 3,
} as const;
export type HonestKind = keyof typeof HONEST;

const marketShares = MARKET_LIST.map((m) => [m, MARKETS[m].share] as const);

/** An existing account, of a market when given and matching `fit` when any does. */
function accountOf(rng: Rng, w: World, fit?: (a: Account) => boolean): Account {
  const pool = fit ? w.accounts.filter(fit) : w.accounts;
  return rng.pick(pool.length > 0 ? pool : w.accounts);
}

/** A fresh shopper: an account opened a few minutes before checkout, or a guest. */
function newcomer(rng: Rng, market: Market, at: number, origin?: Parameters<typeof personOf>[1]) {
  const person = personOf(rng, origin ?? market);
  const email = emailOf(rng, person);
  const signedUp = rng.chance(0.6);
  const buyer: Buyer = signedUp
    ? {
        id: `K${rng.int(2_100_000, 2_999_999)}`,
        email,
        name: person.name,
        createdAt: at - rng.int(2, 25) * MINUTE,
      }
    : { email, name: person.name };
  return { person, buyer, signedUp };
}

interface Common {
  kind: HonestKind;
  at: number;
  market: Market;
  buyer: Buyer;
  billing: Address;
  locker: () => Address;
  home: Address;
  ip: string;
  device: Draft['device'];
  locale: string;
}

function finish(
  rng: Rng,
  c: Common,
  lines: Draft['lines'],
  opts: {
    method?: Draft['method'];
    habit?: Account['habit'];
    cards: Parameters<typeof honestPay>[2]['cards'];
    code?: Draft['code'];
    returns: number;
    returnShare?: () => number;
    delivery?: Draft['delivery'];
    shipping?: Address;
    gift?: boolean;
  },
): Purchase {
  const delivery = opts.delivery ?? deliveryIn(rng, c.market, lines);
  const method =
    opts.method ??
    (opts.habit ? methodOf(rng, opts.habit, c.market, delivery) : marketMethod(rng, c.market, delivery));
  const shipping =
    delivery === 'email'
      ? undefined
      : (opts.shipping ?? shippingFor(rng, delivery, c.market, c.home, c.locker));
  const d: Draft = {
    kind: c.kind,
    fraud: false,
    at: c.at,
    market: c.market,
    buyer: c.buyer,
    billing: c.billing,
    ...(shipping ? { shipping } : {}),
    delivery,
    method: method === 'cod' && delivery === 'email' ? 'card' : method,
    ip: c.ip,
    device: c.device,
    locale: c.locale,
    lines,
    ...(opts.code ? { code: opts.code } : {}),
    ...(opts.gift ? { gift: true } : {}),
  };
  return plan(
    rng,
    d,
    (pln) => honestPay(rng, d.method, { cards: opts.cards, signedIn: c.buyer.id !== undefined }, pln),
    ordinaryAfter(rng, d, opts.returns, opts.returnShare),
  );
}

/** A signed-in account's checkout at home. */
function accountCommon(rng: Rng, w: World, kind: HonestKind, a: Account, at?: number): Common {
  const when = at ?? momentIn(rng, w, a.market);
  return {
    kind,
    at: when,
    market: a.market,
    buyer: accountBuyer(a),
    billing: { ...a.home },
    home: a.home,
    locker: () => ({ ...(a.locker ?? lockerNear(rng, a.market, a.home)) }),
    ip: residentIp(rng, a.market),
    device: rng.chance(0.85) ? (a.devices[0] ?? deviceOf(rng)) : (a.devices[1] ?? deviceOf(rng)),
    locale: a.locale,
  };
}

const momentIn = (rng: Rng, w: World, market: Market) => moment(rng, w.window, MARKETS[market].tz);

const NEWSLETTER = { code: 'NEWSLETTER10', off: 0.1 };
const WELCOME = { code: 'WITAJ15', off: 0.15 };
const STUDENT = { code: 'STUDENT10', off: 0.1 };

function regular(rng: Rng, w: World): Purchase {
  const a = accountOf(rng, w);
  const c = accountCommon(rng, w, 'regular', a);
  return finish(rng, c, everydayLines(rng, MARKETS[a.market].currency, 4), {
    habit: a.habit,
    cards: a.cards,
    returns: 0.2,
    ...(rng.chance(0.08) ? { code: NEWSLETTER } : {}),
  });
}

function firstTime(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick(marketShares);
  const at = momentIn(rng, w, market);
  const { buyer, signedUp } = newcomer(rng, market, at);
  const home = homeIn(rng, market);
  const c: Common = {
    kind: 'first_time',
    at,
    market,
    buyer,
    billing: home,
    home,
    locker: () => lockerNear(rng, market, home),
    ip: residentIp(rng, market, 0.55),
    device: deviceOf(rng, 0.1),
    locale: MARKETS[market].locale,
  };
  return finish(rng, c, everydayLines(rng, MARKETS[market].currency, 3), {
    cards: [residentCard(rng, market)],
    returns: 0.18,
    ...(signedUp && rng.chance(0.4) ? { code: WELCOME } : {}),
  });
}

function student(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick(marketShares);
  const at = momentIn(rng, w, market);
  const young = w.accounts.filter((a) => a.market === market && a.createdAt > at - 3 * 365 * 86_400_000);
  const a = young.length > 0 && rng.chance(0.7) ? rng.pick(young) : undefined;
  const person = personOf(rng, market);
  const parents = homeIn(rng, market);
  // Billed at the parents' address; the parcel goes to a locker in the university city.
  const studyCity = homeIn(rng, market);
  const buyer: Buyer = a
    ? accountBuyer(a)
    : {
        id: `K${rng.int(2_100_000, 2_999_999)}`,
        email: emailOf(rng, person),
        name: person.name,
        createdAt: at - rng.int(3, 40) * MINUTE,
      };
  const c: Common = {
    kind: 'student',
    at,
    market,
    buyer,
    billing: a ? { ...a.home } : parents,
    home: studyCity,
    locker: () => lockerNear(rng, market, studyCity),
    ip: residentIp(rng, market, 0.7),
    device: a?.devices[0] ?? deviceOf(rng, 0.5),
    locale: MARKETS[market].locale,
  };
  const lines = everydayLines(rng, MARKETS[market].currency, 3, [
    ['clothing', 50],
    ['sneakers', 20],
    ['accessories', 25],
    ['bags', 5],
  ]);
  return finish(rng, c, lines, {
    ...(market === 'PL' && rng.chance(0.3) ? { method: 'paypo' as const } : {}),
    cards: a ? a.cards : [residentCard(rng, market)],
    returns: 0.2,
    ...(rng.chance(0.55) ? { code: STUDENT } : {}),
  });
}

function family(rng: Rng, w: World): Purchase {
  const a = accountOf(rng, w, (x) => x.devices.length === 1);
  const c = accountCommon(rng, w, 'family', a);
  const cur = MARKETS[a.market].currency;
  const lines = [
    ...Array.from({ length: rng.int(2, 4) }, () => line(rng, rng.pick(byCategory('kids')), cur)),
    ...everydayLines(rng, cur, 3),
  ];
  return finish(rng, c, lines, {
    habit: a.habit,
    cards: a.cards,
    returns: 0.25,
    delivery: rng.chance(0.55) ? 'courier' : 'parcel_locker',
  });
}

function ukrainian(rng: Rng, w: World): Purchase {
  const known = w.accounts.filter((a) => a.ukrainian);
  const at = moment(rng, w.window, 1);
  const a = known.length > 0 && rng.chance(0.75) ? rng.pick(known) : undefined;
  const person = a?.person ?? personOf(rng, 'UA');
  const home = a?.home ?? homeIn(rng, 'PL');
  const buyer: Buyer = a
    ? accountBuyer(a)
    : rng.chance(0.5)
      ? {
          id: `K${rng.int(2_100_000, 2_999_999)}`,
          email: emailOf(rng, person),
          name: person.name,
          createdAt: at - rng.int(2, 30) * MINUTE,
        }
      : { email: emailOf(rng, person), name: person.name };
  // A Ukrainian SIM roams home: its traffic leaves through Ukraine even in Warsaw.
  const ip = rng.chance(0.2) ? ipFrom(rng, 'ua-mobile', 0) : residentIp(rng, 'PL', 0.6);
  const c: Common = {
    kind: 'ukrainian_in_poland',
    at,
    market: 'PL',
    buyer,
    billing: { ...home },
    home,
    locker: () => ({ ...(a?.locker ?? lockerNear(rng, 'PL', home)) }),
    ip,
    device: a?.devices[0] ?? deviceOf(rng),
    locale: a?.locale ?? (rng.chance(0.6) ? 'uk-UA' : 'pl-PL'),
  };
  const uaCard = cardIn(rng, 'UA');
  const cards = a ? [...a.cards, uaCard] : [rng.chance(0.55) ? uaCard : residentCard(rng, 'PL')];
  const method =
    cards[0]?.country === 'UA'
      ? rng.chance(0.75)
        ? 'card'
        : 'google_pay'
      : rng.chance(0.7)
        ? 'blik'
        : 'card';
  return finish(rng, c, everydayLines(rng, 'PLN', 4), { method, cards, returns: 0.18 });
}

function giftBuyer(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.65) ? accountOf(rng, w) : undefined;
  const market = a?.market ?? rng.weightedPick(marketShares);
  const at = momentIn(rng, w, market);
  const fresh = newcomer(rng, market, at);
  const c: Common = a
    ? accountCommon(rng, w, 'gift_buyer', a, at)
    : {
        kind: 'gift_buyer',
        at,
        market,
        buyer: fresh.buyer,
        billing: homeIn(rng, market),
        home: homeIn(rng, market),
        locker: () => lockerNear(rng, market),
        ip: residentIp(rng, market),
        device: deviceOf(rng),
        locale: MARKETS[market].locale,
      };
  const cur = MARKETS[market].currency;
  const cards = a ? a.cards : [residentCard(rng, market)];
  if (rng.chance(0.25)) {
    const card = rng.pick(byCategory('gift_card'));
    return finish(rng, c, [line(rng, card, cur, rng.chance(0.85) ? 1 : 2)], {
      ...(a ? { habit: a.habit } : {}),
      cards,
      returns: 0,
      gift: true,
    });
  }
  const lines = everydayLines(rng, cur, 3, [
    ['accessories', 40],
    ['bags', 25],
    ['clothing', 25],
    ['shoes', 5],
    ['sneakers', 5],
  ]);
  // Sent to the person it is for: another town, sometimes the sister in Prague or the friend in Bratislava.
  const abroad = rng.chance(0.12);
  const to: Market = abroad ? rng.pick(MARKET_LIST.filter((m) => m !== market)) : market;
  const delivery = rng.chance(0.6) ? 'courier' : 'parcel_locker';
  const shipping = delivery === 'courier' ? homeIn(rng, to) : lockerNear(rng, to);
  return finish(rng, c, lines, {
    ...(a ? { habit: a.habit } : {}),
    cards,
    returns: 0.1,
    delivery,
    shipping,
    gift: true,
  });
}

const DIASPORA = [
  ['DE', 'de-broadband'],
  ['GB', 'gb-broadband'],
  ['IE', 'ie-broadband'],
] as const;

function abroad(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick<Market>([
    ['PL', 60],
    ['RO', 18],
    ['LT', 8],
    ['CZ', 7],
    ['HU', 7],
  ]);
  const [country, net] = rng.weightedPick(DIASPORA.map((d) => [d, d[0] === 'DE' ? 45 : 30] as const));
  const at = momentIn(rng, w, market);
  // Working abroad and sending to the family at home, or at home and away for a few days.
  const emigrant = rng.chance(0.65);
  const a = !emigrant ? accountOf(rng, w, (x) => x.market === market) : undefined;
  const person = a?.person ?? personOf(rng, market);
  const foreign = foreignHome(rng, country);
  const family = homeIn(rng, market);
  const buyer: Buyer = a
    ? accountBuyer(a)
    : rng.chance(0.6)
      ? {
          id: `K${rng.int(1_000_000, 1_999_999)}`,
          email: emailOf(rng, person),
          name: person.name,
          createdAt: at - rng.int(40, 2000) * 86_400_000,
        }
      : { email: emailOf(rng, person), name: person.name };
  const c: Common = {
    kind: 'abroad',
    at,
    market,
    buyer,
    billing: emigrant ? foreign : { ...(a?.home ?? family) },
    home: emigrant ? family : (a?.home ?? family),
    locker: () => lockerNear(rng, market, emigrant ? family : a?.home),
    ip: ipFrom(rng, net, 0.2),
    device: a?.devices[0] ?? deviceOf(rng),
    locale: MARKETS[market].locale,
  };
  const cards = a
    ? a.cards
    : [emigrant && rng.chance(0.6) ? cardIn(rng, country) : residentCard(rng, market)];
  return finish(rng, c, everydayLines(rng, MARKETS[market].currency, 4), {
    method: rng.chance(0.7) ? 'card' : rng.chance(0.5) ? 'apple_pay' : 'google_pay',
    cards,
    returns: 0.12,
    gift: emigrant && rng.chance(0.5),
  });
}

function bracketer(rng: Rng, w: World): Purchase {
  const a = accountOf(rng, w);
  const c = accountCommon(rng, w, 'bracketer', a);
  const cur = MARKETS[a.market].currency;
  const cat: Category = rng.weightedPick<Category>([
    ['clothing', 60],
    ['shoes', 30],
    ['sneakers', 10],
  ]);
  const styles = 1 + (rng.chance(0.4) ? 1 : 0);
  const lines = [];
  for (let s = 0; s < styles; s++) {
    const p = rng.pick(byCategory(cat).filter((x) => x.price >= 9999));
    const sizes = sizesOf(cat);
    const i = rng.int(0, sizes.length - 3);
    const n = rng.int(2, 3);
    for (let k = 0; k < n; k++) lines.push(line(rng, p, cur, 1, sizes[i + k]));
  }
  if (rng.chance(0.3)) lines.push(...everydayLines(rng, cur, 1));
  const paylater = a.market === 'PL' || a.market === 'CZ';
  return finish(rng, c, lines, {
    ...(paylater && rng.chance(0.45)
      ? { method: a.market === 'PL' && rng.chance(0.6) ? 'paypo' : 'klarna' }
      : { habit: a.habit }),
    cards: a.cards,
    returns: 0.88,
    returnShare: () => rng.float(0.45, 0.8),
  });
}

function vpnUser(rng: Rng, w: World): Purchase {
  const a = accountOf(rng, w, (x) => x.market === 'PL' || x.market === 'CZ' || x.market === 'LT');
  const c = accountCommon(rng, w, 'vpn_user', a);
  const ip = ipFrom(rng, rng.pick(['nl-hosting', 'de-hosting', 'de-hosting']), 0.2);
  return finish(
    rng,
    { ...c, ip, device: a.devices[0] ?? deviceOf(rng) },
    everydayLines(rng, MARKETS[a.market].currency, 3),
    {
      habit: a.habit === 'cod' ? 'card' : a.habit,
      cards: a.cards,
      returns: 0.18,
    },
  );
}

function codBuyer(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick<Market>([
    ['RO', 40],
    ['HU', 20],
    ['PL', 20],
    ['SK', 10],
    ['CZ', 10],
  ]);
  const a = rng.chance(0.5) ? accountOf(rng, w, (x) => x.market === market && x.habit === 'cod') : undefined;
  const at = momentIn(rng, w, market);
  const fresh = newcomer(rng, market, at);
  const home = a?.home ?? homeIn(rng, market);
  const c: Common = {
    kind: 'cod_buyer',
    at,
    market: a?.market ?? market,
    buyer: a ? accountBuyer(a) : fresh.buyer,
    billing: { ...home },
    home,
    locker: () => lockerNear(rng, a?.market ?? market, home),
    ip: residentIp(rng, a?.market ?? market, 0.55),
    device: a?.devices[0] ?? deviceOf(rng, 0.1),
    locale: MARKETS[a?.market ?? market].locale,
  };
  return finish(rng, c, everydayLines(rng, MARKETS[c.market].currency, 4), {
    method: 'cod',
    cards: cardsOf(a?.cards ?? [], () => residentCard(rng, c.market)),
    returns: 0.15,
    delivery: rng.chance(0.75) ? 'courier' : 'parcel_locker',
  });
}

function sneakerhead(rng: Rng, w: World): Purchase {
  const a = accountOf(rng, w, (x) => x.createdAt < w.window.start - 180 * 86_400_000);
  const drop = rng.pick(w.drops);
  const at = Math.min(w.window.end - 1, drop + Math.floor(rng.exp(4 * MINUTE)) + rng.int(0, 59_999));
  const c = accountCommon(rng, w, 'sneakerhead', a, at);
  const cur = MARKETS[a.market].currency;
  const lines = [line(rng, rng.pick(byCategory('limited_sneakers')), cur)];
  if (rng.chance(0.2)) lines.push(line(rng, rng.pick(byCategory('accessories')), cur));
  return finish(rng, { ...c, device: a.devices[0] ?? deviceOf(rng) }, lines, {
    method: a.market === 'PL' && rng.chance(0.5) ? 'blik' : rng.chance(0.5) ? 'apple_pay' : 'card',
    cards: a.cards,
    returns: 0.05,
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  regular,
  first_time: firstTime,
  student,
  family,
  ukrainian_in_poland: ukrainian,
  gift_buyer: giftBuyer,
  abroad,
  bracketer,
  vpn_user: vpnUser,
  cod_buyer: codBuyer,
  sneakerhead,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
