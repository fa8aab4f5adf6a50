import { type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { moment } from './calendar.js';
import { type HeldCard, homeCardKey, type Match, newCard } from './cards.js';
import {
  ACCESSORIES,
  CHAIRS,
  CONSOLES,
  CONTROLLERS,
  CURRENCY_PACKS,
  type Fulfilment,
  GAMES,
  HEADSETS,
  type Line,
  lineIn,
  OC6,
  PC,
  some,
  WALLET,
} from './catalogue.js';
import { type Draft, honestPurchase } from './draft.js';
import { accountDraft, fulfilmentFor, gamerLines, type HonestKind, payerOf } from './honest-kit.js';
import { address, broadbandIn, mobileIn, network } from './networks.js';
import { deviceOf, emailFor, nameIn, termOrHome } from './people.js';
import {
  ABROAD,
  addressAt,
  BORDER_NI,
  type Currency,
  currencyOf,
  nearestShop,
  placeIn,
  type Region,
} from './places.js';
import { cardAttempt, localeFor, other, type Purchase } from './purchase.js';
import { connectionOf, deviceOfAccount, guestIn, pickAccount, type World } from './shopper.js';

/** The awkward honest customers: gifts and emigrants, students, VPN users, border households, trade-ins, LAN cafés. */

const GIFT_NOTES = [
  'Happy birthday Cian! Love Nana and Grandad xx',
  'Happy 12th birthday Aoife, have fun!',
  "Early Christmas present – don't open till the 25th!",
  'Sorry I can’t be home this year, love Auntie Orla',
  'For the best godson in the world',
  'Congrats on the new job! Enjoy',
  'Happy birthday bro, see you at Christmas',
];

function giftLines(rng: Rng, c: Currency): Line[] {
  const r = rng.next();
  if (r < 0.25) return [lineIn(c, rng.pick(CONSOLES)), lineIn(c, rng.pick(GAMES))];
  if (r < 0.6) return some(rng, GAMES, rng.int(1, 2)).map((g) => lineIn(c, g));
  if (r < 0.85) return [lineIn(c, rng.pick([...CONTROLLERS, ...HEADSETS]))];
  return [lineIn(c, rng.pick(ACCESSORIES)), lineIn(c, rng.pick(GAMES))];
}

/** The family home in Ireland (or Northern Ireland) an emigrant sends a present to. */
const familyHome = (rng: Rng): { region: Region; address: Address } => {
  const region: Region = rng.chance(0.85) ? 'IE' : 'NI';
  return { region, address: addressAt(rng, placeIn(rng, region)) };
};

/**
 * Presents sent to someone else: an account holder sending to a niece across the country or across the water;
 * a grandparent checking out as a guest on an iPad; an emigrant in Sydney, Toronto, New York or Dubai buying
 * for the family at home (their own evening, a card from home or from where they live now).
 */
function giftElsewhere(rng: Rng, w: World): Purchase {
  const r = rng.next();
  const note = rng.chance(0.7) ? { giftMessage: rng.pick(GIFT_NOTES) } : {};
  if (r < 0.25) {
    const abroad = rng.pick(ABROAD);
    const name = nameIn(rng, 'IE');
    const home = familyHome(rng);
    const irishCard = rng.chance(0.5);
    const card = irishCard
      ? newCard(rng, homeCardKey(rng, 'IE'))
      : newCard(rng, homeCardKey(rng, abroad.country));
    const billing =
      irishCard && rng.chance(0.6) ? addressAt(rng, placeIn(rng, 'IE')) : addressAt(rng, abroad);
    const device = deviceOf(rng, rng.pick(['iphone', 'windows', 'mac', 'android'] as const));
    const c = currencyOf(home.region);
    const lines = giftLines(rng, c);
    const d: Draft = {
      kind: 'gift_elsewhere',
      fraud: false,
      at: moment(rng, w.window, abroad.tz, 'household'),
      buyer: { email: emailFor(rng, name, 'IE'), name },
      billing,
      shipping: home.address,
      fulfilment: rng.chance(0.4) ? 'express' : 'delivery',
      ip: address(rng, broadbandIn(rng, abroad.country), rng.chance(0.2)),
      device,
      region: home.region,
      currency: c,
      lines,
      locale: rng.chance(0.7) ? 'en-IE' : localeFor(rng, abroad.country),
      ...note,
    };
    return honestPurchase(rng, d, {
      cards: [card],
      region: 'IE',
      signedIn: false,
      device,
      wallets: { paypal: true, revolut: irishCard, klarna: false },
    });
  }
  if (r < 0.45) {
    // A grandparent, as a guest, often on an iPad or the family PC, paying by card or PayPal.
    const g = guestIn(
      rng,
      rng.weightedPick([
        ['IE', 70],
        ['NI', 12],
        ['GB', 18],
      ] as const),
    );
    const device = deviceOf(rng, rng.pick(['ipad', 'windows', 'iphoneOld'] as const), 0.8);
    const dest = rng.chance(0.8) ? g.region : rng.pick<Region>(['IE', 'NI', 'GB']);
    const c = currencyOf(dest);
    const d: Draft = {
      kind: 'gift_elsewhere',
      fraud: false,
      at: moment(rng, w.window, g.tz, 'household'),
      buyer: {
        ...g.buyer,
        email:
          g.region === 'IE' && rng.chance(0.4) ? g.buyer.email.replace(/@.*/, '@eircom.net') : g.buyer.email,
      },
      billing: g.billing,
      shipping: addressAt(rng, placeIn(rng, dest)),
      fulfilment: 'delivery',
      ip: g.ip,
      device,
      region: dest,
      currency: c,
      lines: giftLines(rng, c),
      locale: localeFor(rng, g.billing.country, g.region),
      ...note,
    };
    return honestPurchase(rng, d, {
      cards: g.cards,
      region: g.region,
      signedIn: false,
      device,
      wallets: { paypal: rng.chance(0.3), revolut: false, klarna: false },
    });
  }
  const a = pickAccount(rng, w.customers, [
    ['adult', 85],
    ['border', 5],
    ['vpn', 5],
    ['student', 5],
  ]);
  const dest: Region = rng.chance(0.6)
    ? a.region
    : rng.weightedPick([
        ['IE', 45],
        ['NI', 20],
        ['GB', 30],
        ['EU', 5],
      ] as const);
  const c = rng.chance(0.7) ? currencyOf(dest) : a.currency;
  const lines = giftLines(rng, c);
  const f: Fulfilment = rng.chance(0.25) ? 'express' : 'delivery';
  const d = accountDraft(rng, a, 'gift_elsewhere', moment(rng, w.window, a.tz, 'household'), lines, f);
  return honestPurchase(
    rng,
    { ...d, currency: c, region: dest, shipping: addressAt(rng, placeIn(rng, dest)), ...note },
    payerOf(a, d.device),
  );
}

/**
 * Students: a neobank card (Lithuanian BIN) or Revolut Pay, a student discount, the campus network or a phone,
 * a flat in the university town while the card and account say the family home; tight budgets, more declines.
 */
function studentRevolut(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers, [['student', 1]]);
  const c = a.currency;
  const r = rng.next();
  const lines =
    r < 0.4
      ? some(rng, GAMES, rng.int(1, 2)).map((g) => lineIn(c, g))
      : r < 0.65
        ? [lineIn(c, rng.pick([...WALLET, ...CURRENCY_PACKS]))]
        : r < 0.85
          ? [lineIn(c, rng.pick([...HEADSETS, ...CONTROLLERS]))]
          : r < 0.95
            ? some(rng, PC, rng.int(1, 2)).map((p) => lineIn(c, p))
            : [lineIn(c, rng.pick(CONSOLES))];
  const device = deviceOfAccount(rng, a);
  const where = rng.next();
  const campus = a.region === 'IE' ? network('ie-campus') : network('gb-campus');
  const ip =
    where < 0.35
      ? address(rng, campus, rng.chance(0.3))
      : where < 0.65
        ? address(rng, a.mobile)
        : connectionOf(rng, a, device);
  const f = fulfilmentFor(rng, lines, a.region, 0.1);
  const d: Draft = {
    ...accountDraft(rng, a, 'student_revolut', moment(rng, w.window, a.tz, 'student'), lines, f),
    device,
    ip,
    shipping: termOrHome(a),
    shop: nearestShop(a.place.city),
    ...(rng.chance(0.4) ? { code: 'STUDENT10' } : {}),
  };
  if (a.wallets.revolut && rng.chance(0.45))
    return honestPurchase(rng, d, payerOf(a, device), () => [
      other('revolut_pay', true, rng.int(5_000, 40_000)),
    ]);
  return honestPurchase(rng, d, payerOf(a, device, { declineShare: 0.1 }));
}

/** Gamers who never turn their VPN off: everything else about them is ordinary. */
function vpnGamer(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers, [['vpn', 1]]);
  const lines = gamerLines(rng, a.currency, true);
  const d = accountDraft(
    rng,
    a,
    'vpn_gamer',
    moment(rng, w.window, a.tz, rng.chance(0.3) ? 'student' : 'household'),
    lines,
    fulfilmentFor(rng, lines, a.region),
  );
  return honestPurchase(rng, d, payerOf(a, d.device));
}

/**
 * Border households: a Donegal or Louth home with a sterling card from a job in Derry or Newry (and parcels
 * sometimes sent to work), or a Newry home paying in euros with a Dundalk bank's card; phones on the other
 * side's network; issuers that hold a different address than the one typed.
 */
function borderShopper(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers, [['border', 1]]);
  const device = deviceOfAccount(rng, a);
  const lines = gamerLines(rng, 'EUR');
  const [crossCard = a.cards[0] as HeldCard, homeCard = a.cards[0] as HeldCard] = a.cards;
  const r = rng.next();
  let currency: Currency;
  let shipping: Address = a.home;
  let region: Region;
  let card: HeldCard;
  let match: Match = 'good';
  if (a.region === 'IE') {
    region = 'IE';
    if (r < 0.6) {
      currency = 'EUR';
      card = crossCard;
      match = rng.chance(0.5) ? 'wrong' : 'good';
    } else if (r < 0.85) {
      currency = 'GBP';
      card = crossCard;
      shipping = addressAt(rng, rng.pick(BORDER_NI));
      region = 'NI';
      match = rng.chance(0.5) ? 'partial' : 'good';
    } else {
      currency = 'EUR';
      card = homeCard;
    }
  } else {
    region = 'NI';
    if (r < 0.55) {
      currency = 'EUR';
      card = crossCard;
    } else {
      currency = 'GBP';
      card = homeCard;
    }
  }
  const repriced = lines.map((l) => {
    const found = [
      ...GAMES,
      ...CONSOLES,
      ...CONTROLLERS,
      ...HEADSETS,
      ...PC,
      ...CHAIRS,
      ...ACCESSORIES,
      ...WALLET,
      ...CURRENCY_PACKS,
    ].find((p) => p.sku === l.sku);
    return found ? lineIn(currency, found, l.quantity) : l;
  });
  const otherSide = a.home.country === 'IE' ? 'GB' : 'IE';
  const where = rng.next();
  const ip =
    where < 0.45 ? a.homeIp : where < 0.85 ? address(rng, mobileIn(rng, otherSide)) : address(rng, a.mobile);
  const f = fulfilmentFor(rng, repriced, region, 0.03);
  const d: Draft = {
    ...accountDraft(rng, a, 'border_shopper', moment(rng, w.window, 0, 'household'), repriced, f),
    device,
    ip,
    shipping,
    region,
    currency,
  };
  return honestPurchase(rng, d, payerOf(a, device, { cards: [card], match }));
}

/**
 * Trade-ins: an old console or a stack of games traded in at a shop or by post earlier, the credit spent on the
 * new thing; whatever the credit does not cover goes on a card.
 */
function tradeInCredit(rng: Rng, w: World): Purchase {
  const a = pickAccount(
    rng,
    w.customers,
    [
      ['adult', 70],
      ['student', 10],
      ['vpn', 5],
      ['border', 5],
      ['teen', 10],
    ],
    (x) => x.credit > 0,
  );
  const credit = a.credit > 0 ? a.credit : 5_000;
  const c = a.currency;
  const r = rng.next();
  const lines =
    r < 0.45
      ? [lineIn(c, rng.pick(CONSOLES)), ...(rng.chance(0.5) ? [lineIn(c, rng.pick(GAMES))] : [])]
      : r < 0.8
        ? [
            lineIn(c, rng.chance(0.5) ? OC6.ps5 : rng.pick(GAMES)),
            ...(rng.chance(0.3) ? [lineIn(c, rng.pick(GAMES))] : []),
          ]
        : [lineIn(c, rng.pick([...CONTROLLERS, ...HEADSETS]))];
  const f = fulfilmentFor(rng, lines, a.region, 0.4);
  const d = accountDraft(
    rng,
    a,
    'trade_in_credit',
    moment(rng, w.window, a.tz, a.persona === 'teen' ? 'teen' : 'household'),
    lines,
    f,
  );
  return honestPurchase(
    rng,
    { ...d, credit },
    payerOf(a, d.device, { parentApproves: a.persona === 'teen' }),
  );
}

const BULK: ReadonlyArray<readonly [(rng: Rng, c: Currency) => Line, number]> = [
  [(rng, c) => lineIn(c, rng.pick(CONTROLLERS.filter((x) => x.eur < 10_000)), rng.int(6, 16)), 30],
  [(rng, c) => lineIn(c, rng.pick(HEADSETS), rng.int(4, 12)), 25],
  [(rng, c) => lineIn(c, rng.pick(CHAIRS), rng.int(2, 8)), 15],
  [(rng, c) => lineIn(c, PC[3], rng.int(2, 6)), 10],
  [(rng, c) => lineIn(c, rng.pick(PC.filter((p) => p.sku !== 'MON-27Q')), rng.int(5, 12)), 10],
  [(rng, c) => lineIn(c, rng.pick(GAMES), rng.int(4, 10)), 10],
  [(rng, c) => lineIn(c, rng.pick(CONSOLES), rng.int(2, 6)), 10],
];

/**
 * LAN cafés, esports clubs and a school's transition-year club fitting out: a company account, office hours on
 * a weekday, a dozen pads and headsets, chairs and monitors; a company card, a bank transfer against a pro-forma
 * invoice (paid a day or three later) or PayPal; billed to the registered office, delivered to the venue.
 */
function lanCafeBulk(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers, [['business', 1]]);
  const c = a.currency;
  const picks = rng.int(2, 4);
  const lines: Line[] = [];
  for (let i = 0; i < picks; i++) {
    const line = rng.weightedPick(BULK)(rng, c);
    if (!lines.some((l) => l.sku === line.sku)) lines.push(line);
  }
  const device = deviceOfAccount(rng, a);
  const d: Draft = {
    ...accountDraft(rng, a, 'lan_cafe_bulk', moment(rng, w.window, a.tz, 'office', true), lines, 'delivery'),
    device,
    ip: a.homeIp,
    billing: rng.chance(0.5) ? addressAt(rng, placeIn(rng, a.region)) : a.home,
    ...(a.company ? { company: a.company } : {}),
  };
  const card = a.cards[0] as HeldCard;
  return honestPurchase(rng, d, payerOf(a, device), (b) => {
    const how = rng.next();
    if (how < 0.35) return [other('bank_transfer', true, rng.int(20 * HOUR, 3 * DAY))];
    if (how < 0.45) return [other('paypal', true, rng.int(20_000, 90_000))];
    const afterMs = rng.int(2 * MINUTE, 6 * MINUTE);
    if (rng.chance(0.12))
      return [
        cardAttempt(rng, card, b.amount, { ok: false, decline: 'card_velocity_exceeded', afterMs }),
        other('bank_transfer', true, rng.int(20 * HOUR, 3 * DAY)),
      ];
    return [cardAttempt(rng, card, b.amount, { ok: true, afterMs, threeDS: 'challenge_passed' })];
  });
}

export function moreHonest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'gift_elsewhere':
      return giftElsewhere(rng, w);
    case 'student_revolut':
      return studentRevolut(rng, w);
    case 'vpn_gamer':
      return vpnGamer(rng, w);
    case 'border_shopper':
      return borderShopper(rng, w);
    case 'trade_in_credit':
      return tradeInCredit(rng, w);
    case 'lan_cafe_bulk':
      return lanCafeBulk(rng, w);
    default:
      throw new Error(`not an honest kind here: ${kind}`);
  }
}
