import { type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { HOURS, placeAt, tradeDay } from './calendar.js';
import { newCard } from './cards.js';
import { type Code, type Delivery, type Line, bySku, line, pick, voucher } from './catalogue.js';
import { type Network, ipOn, network, officeNetwork, vpnExit } from './networks.js';
import { type Account, emailFor, firstName, fullName, newDevice } from './people.js';
import { BORDER_DROPS, type Country, MARKETS, anyMarket, homeAddress } from './places.js';
import {
  type Attempt,
  cardAttempt,
  honestAfter,
  honestPay,
  inEuros,
  other,
  paid,
  type Payer,
  PUSH_METHODS,
  type Purchase,
  retryGap,
} from './purchase.js';
import {
  PROFILES,
  type Shopper,
  type World,
  basket,
  buyerOf,
  codeFor,
  connect,
  deliveryFor,
  newShopper,
  shipTo,
  shopperOf,
  shoppingList,
} from './shopper.js';

/** The shop's honest customers, kind by kind (README.md has the table). */

export const HONEST = {
  hobbyist: 27,
  repeat_customer: 16,
  allotment_gardener: 8,
  trade_account: 13,
  financed_purchase: 6,
  gift_buyer: 5,
  traveller: 3,
  vpn_user: 3,
  border_shopper: 4,
  expat: 4,
  declined_then_paid: 5,
  shared_household: 6,
} as const;
export type HonestKind = keyof typeof HONEST;

/** Everything about a checkout that the planner decides; the rest (basket, payment, aftermath) follows. */
interface Checkout {
  at: number;
  buyer: Buyer;
  shopper: Shopper;
  site: Country;
  ip: string;
  device: Device;
  lines: Line[];
  delivery?: Delivery;
  /** Where the goods go when not the buyer's address (a locker is chosen by the delivery). */
  to?: Address;
  billing?: Address;
  recipient?: string;
  recipientEmail?: string;
  code?: Code;
  payer?: Partial<Payer>;
  attempts?: Attempt[];
  locale?: string;
}

/** A checkout as a purchase: its basket, delivery, payment tries and what happens after. */
export function assemble(rng: Rng, kind: string, c: Checkout): Purchase {
  const s = c.shopper;
  const delivery =
    c.delivery ??
    deliveryFor(
      rng,
      c.lines,
      { address: c.to ?? s.address, ...(s.locker && !c.to ? { locker: s.locker } : {}) },
      c.site,
    );
  const b = basket(c.lines, c.site, delivery, c.code);
  const shipping = shipTo(
    rng,
    delivery,
    { address: s.address, ...(s.locker && !c.to ? { locker: s.locker } : {}) },
    c.to,
  );
  const euros = inEuros(b, c.site);
  const payer: Payer = {
    site: c.site,
    cards: s.cards,
    signedIn: Boolean(c.buyer.id),
    ...(s.habit ? { habit: s.habit } : {}),
    ...(s.company && c.buyer.id ? { trade: true } : {}),
    bank: s.country,
    ...c.payer,
  };
  const attempts = c.attempts ?? honestPay(rng, payer, euros);
  const purchase: Purchase = {
    at: c.at,
    fraud: false,
    kind,
    basket: b,
    billing: c.billing ?? s.address,
    attempts,
    later: [],
    buyer: c.buyer,
    ...(shipping ? { shipping } : {}),
    ...(c.recipient ? { recipient: c.recipient } : {}),
    ...(c.recipientEmail ? { recipientEmail: c.recipientEmail } : {}),
    site: c.site,
    ip: c.ip,
    device: c.device,
    locale: c.locale ?? s.locale,
    ...(s.company && c.buyer.id ? { company: s.company } : {}),
  };
  if (paid(purchase))
    purchase.later = honestAfter(rng, {
      at: c.at,
      basket: b,
      site: c.site,
      ...(shipping ? { shipping } : {}),
      disputable: !attempts.some((a) => a.ok && PUSH_METHODS.has(a.method)),
    });
  return purchase;
}

/** An account that fits, or any account. */
function account(rng: Rng, w: World, fits: (a: Account) => boolean): Account {
  const found = w.accounts.filter(fits);
  return rng.pick(found.length > 0 ? found : w.accounts);
}

const consumers = (a: Account) => !a.company;

/** A household shopper: a returning account half the time, else someone new (a fifth register at checkout). */
function household(rng: Rng, w: World, at: number, profile: 'desktop' | 'senior' = 'desktop') {
  const s = rng.chance(0.45)
    ? shopperOf(account(rng, w, consumers))
    : newShopper(rng, anyMarket(rng), profile);
  return { s, buyer: buyerOf(rng, s, at) };
}

function hobbyist(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.consumer);
  const { s, buyer } = household(rng, w, at);
  const lines = shoppingList(rng, PROFILES.hobby, s.country);
  const code = codeFor(rng, Boolean(s.account));
  return assemble(rng, 'hobbyist', {
    at,
    buyer,
    shopper: s,
    site: s.country,
    ...connect(rng, s),
    lines,
    ...(code ? { code } : {}),
  });
}

function repeatCustomer(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.consumer);
  const s = shopperOf(account(rng, w, (a) => consumers(a) && a.orders >= 2));
  const lines = shoppingList(
    rng,
    PROFILES.repeat,
    s.country,
    rng.weightedPick([
      [1, 60],
      [2, 30],
      [3, 10],
    ] as const),
  );
  const code = codeFor(rng, true);
  return assemble(rng, 'repeat_customer', {
    at,
    buyer: buyerOf(rng, s, at),
    shopper: s,
    site: s.country,
    ...connect(rng, s, 0.5),
    lines,
    ...(code ? { code } : {}),
  });
}

/**
 * Allotment holders and older gardeners: daytime, the computer or tablet at home, invoice, PayPal or debit;
 * one in six has the order sent to the plot in the allotment colony.
 */
function allotmentGardener(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.daytime);
  const country = rng.weightedPick<Country>([
    ['DE', 78],
    ['AT', 8],
    ['PL', 8],
    ['NL', 4],
    ['CH', 2],
  ]);
  const s = rng.chance(0.4)
    ? shopperOf(account(rng, w, (a) => consumers(a) && a.country === country))
    : newShopper(rng, country, 'senior');
  if (!s.account && country === 'DE')
    s.email = emailFor(
      rng,
      s.name,
      s.origin,
      rng.pick(['t-online.de', 'web.de', 'gmx.de', 'gmx.net', 'freenet.de']),
    );
  const lines = shoppingList(
    rng,
    PROFILES.allotment,
    country,
    rng.weightedPick([
      [1, 60],
      [2, 30],
      [3, 10],
    ] as const),
  );
  const plot = country === 'DE' && rng.chance(0.17);
  const to = plot
    ? {
        ...homeAddress(rng, 'DE'),
        city: s.address.city ?? 'Stuttgart',
        postalCode: s.address.postalCode ?? '70173',
        line1: `Kleingartenanlage ${rng.pick(['Am Wiesengrund', 'Sonnenschein', 'Feierabend', 'Am Bahndamm', 'Erholung'])}, Parzelle ${rng.int(1, 140)}`,
      }
    : undefined;
  return assemble(rng, 'allotment_gardener', {
    at,
    buyer: buyerOf(rng, s, at, 0.3),
    shopper: s,
    site: country,
    ip: ipOn(rng, s.home),
    device: rng.chance(0.7) ? s.desktop : s.phone,
    lines,
    ...(to ? { to } : {}),
    payer: {
      habit: rng.weightedPick([
        ['klarna_invoice', 40],
        ['paypal', 35],
        ['sepa_debit', 25],
      ] as const),
    },
  });
}

/**
 * Trades and small firms on their trade account: workdays before and after the job, from the van or the
 * office, consumables by the box and batteries by the pair, invoice terms; a third of deliveries go to a
 * building site, some are collected at the counter.
 */
function tradeAccount(rng: Rng, w: World): Purchase {
  const office = rng.chance(0.3);
  const at = placeAt(rng, w.window, office ? HOURS.office : HOURS.trade, tradeDay);
  const s = shopperOf(account(rng, w, (a) => Boolean(a.company)));
  const lines = shoppingList(
    rng,
    PROFILES.trade,
    s.country,
    rng.weightedPick([
      [1, 35],
      [2, 35],
      [3, 30],
    ] as const),
  ).map((l) =>
    l.category === 'consumable'
      ? { ...l, quantity: rng.int(3, 20) }
      : l.category === 'battery' || l.category === 'cordless_kit'
        ? {
            ...l,
            quantity: rng.weightedPick([
              [1, 60],
              [2, 30],
              [3, 10],
            ] as const),
          }
        : l,
  );
  const site = rng.chance(0.33)
    ? { ...homeAddress(rng, s.country), line1: `Baustelle ${homeAddress(rng, s.country).line1 ?? ''}`.trim() }
    : undefined;
  const net: Network = office ? officeNetwork(rng, s.country) : rng.chance(0.6) ? s.mobile : s.home;
  const code = codeFor(rng, true, true);
  return assemble(rng, 'trade_account', {
    at,
    buyer: buyerOf(rng, s, at),
    shopper: s,
    site: s.country,
    ip: ipOn(rng, net),
    device: office ? s.desktop : s.phone,
    lines,
    ...(site ? { to: site, recipient: s.name } : {}),
    ...(code ? { code } : {}),
  });
}

/** A big machine on instalments: a robot mower, a table saw, a generator; Klarna says no now and then. */
function financedPurchase(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.consumer);
  const { s, buyer } = household(rng, w, at);
  const main = pick(
    rng,
    rng.weightedPick(Object.entries(PROFILES.financed) as Array<[keyof typeof PROFILES.financed, number]>),
  );
  const lines = [line(main, s.country)];
  if (main.category === 'robot_mower' && main.sku !== 'HUS-GARAGE')
    lines.push(line(bySku('BEGRENZ-150'), s.country));
  const c = connect(rng, s, 0.4);
  return assemble(rng, 'financed_purchase', {
    at,
    buyer,
    shopper: s,
    site: s.country,
    ...c,
    lines,
    payer: {
      habit:
        s.country === 'DE' || s.country === 'AT' || s.country === 'FR'
          ? 'klarna_invoice'
          : (s.habit ?? 'paypal'),
    },
  });
}

/** Easter and birthday presents: an e-mailed voucher to someone else, or a tool set sent to the recipient. */
function giftBuyer(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.consumer);
  const { s, buyer } = household(rng, w, at);
  const c = connect(rng, s);
  const recipient = `${firstName(rng, s.origin)} ${rng.chance(0.6) ? s.name.split(' ').slice(1).join(' ') : fullName(rng, s.origin).split(' ').slice(1).join(' ')}`;
  if (rng.chance(0.45)) {
    const v = voucher(rng, MARKETS[s.country].currency);
    return assemble(rng, 'gift_buyer', {
      at,
      buyer,
      shopper: s,
      site: s.country,
      ...c,
      lines: [line(v, s.country, rng.chance(0.1) ? 2 : 1)],
      recipientEmail: emailFor(rng, recipient, s.origin),
    });
  }
  const to = rng.chance(0.85)
    ? homeAddress(rng, s.country)
    : homeAddress(rng, rng.pick(['DE', 'AT', 'CH'] as const));
  const lines = shoppingList(rng, PROFILES.gift, to.country as Country, 1);
  return assemble(rng, 'gift_buyer', {
    at,
    buyer,
    shopper: s,
    site: to.country as Country,
    ...c,
    lines,
    to,
    recipient,
    payer: { site: to.country as Country },
  });
}

/** What a buyer banking outside the euro area's debit schemes can use: cards, wallets, PayPal. */
const ABROAD = ['card', 'apple_pay', 'google_pay', 'paypal'] as const;

const RESORTS: ReadonlyArray<readonly [string, number]> = [
  ['es-fixed', 30],
  ['it-fixed', 14],
  ['hr-fixed', 8],
  ['tr-fixed', 14],
  ['eg-fixed', 8],
  ['gr-fixed', 8],
  ['ae-fixed', 5],
  ['us-fixed', 6],
  ['gb-fixed', 7],
];

/** On Easter holiday or a work trip: hotel Wi-Fi abroad, their own phone, goods to the home address or locker. */
function traveller(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.holiday);
  const s = rng.chance(0.7)
    ? shopperOf(account(rng, w, (a) => consumers(a) && a.country !== 'PL'))
    : newShopper(
        rng,
        rng.weightedPick<Country>([
          ['DE', 80],
          ['NL', 8],
          ['AT', 8],
          ['CH', 4],
        ]),
      );
  const abroad = network(rng.weightedPick(RESORTS));
  const lines = shoppingList(rng, PROFILES.hobby, s.country, 1);
  return assemble(rng, 'traveller', {
    at,
    buyer: buyerOf(rng, s, at, 0.1),
    shopper: s,
    site: s.country,
    ip: ipOn(rng, abroad),
    device: rng.chance(0.8) ? s.phone : s.desktop,
    lines,
  });
}

/** Privacy-minded: a commercial VPN, Firefox with tracking protection, a privacy mailbox, PayPal or debit. */
function vpnUser(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.consumer);
  const country = rng.weightedPick<Country>([
    ['DE', 80],
    ['AT', 7],
    ['CH', 6],
    ['NL', 7],
  ]);
  const s = rng.chance(0.4)
    ? shopperOf(account(rng, w, (a) => consumers(a) && a.country === country))
    : newShopper(rng, country, 'privacy');
  if (!s.account)
    s.email = emailFor(
      rng,
      s.name,
      s.origin,
      rng.pick(['posteo.de', 'mailbox.org', 'protonmail.com', 'proton.me', 'tutanota.de', 'gmx.de']),
    );
  const device = s.account ? newDevice(rng, 'privacy') : s.desktop;
  const lines = shoppingList(rng, PROFILES.hobby, country);
  return assemble(rng, 'vpn_user', {
    at,
    buyer: buyerOf(rng, s, at, 0.1),
    shopper: s,
    site: country,
    ip: ipOn(rng, vpnExit(rng)),
    device,
    lines,
    payer: {
      habit: rng.weightedPick([
        ['paypal', 50],
        ['sepa_debit', country === 'DE' ? 30 : 0],
        ['klarna_invoice', 20],
        ['card', 10],
      ] as const),
    },
  });
}

/**
 * Swiss households buying at German prices: the German site in euros, a Swiss card or PayPal, a Swiss IP,
 * and the parcel sent to a parcel-acceptance shop on the German side of the border, shared by hundreds.
 */
function borderShopper(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.consumer);
  const s = rng.chance(0.5)
    ? shopperOf(account(rng, w, (a) => consumers(a) && a.country === 'CH'))
    : newShopper(rng, 'CH');
  const drop = rng.weightedPick(BORDER_DROPS.map((d, i) => [d, [30, 24, 14, 12, 12, 8][i] ?? 5] as const));
  const lines = shoppingList(rng, PROFILES.border, 'DE');
  const cards = s.cards.length > 0 ? s.cards : [newCard(rng, 'CH')];
  return assemble(rng, 'border_shopper', {
    at,
    buyer: buyerOf(rng, s, at, 0.5),
    shopper: { ...s, cards },
    site: 'DE',
    ...connect(rng, s, 0.45),
    lines,
    delivery: lines.some((l) => l.freight) ? 'freight' : 'parcel',
    to: drop,
    recipient: `${s.name} c/o Paketannahme`,
    payer: { habit: rng.chance(0.55) ? 'card' : 'paypal', bank: 'CH', methods: ABROAD },
    locale: 'de-CH',
  });
}

/**
 * People living in one country with ties to another: Polish workers in Germany sending tools home to the
 * family (the Polish site, złoty, BLIK from the Polish bank), Ukrainians paying with Ukrainian cards, British
 * and American expats whose home issuers check the German address against theirs.
 */
function expat(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.consumer);
  const variant = rng.weightedPick([
    ['polish_worker', 45],
    ['ukrainian', 30],
    ['anglo', 25],
  ] as const);
  if (variant === 'polish_worker') {
    const s = newShopper(rng, 'DE', 'phone', 'PL');
    s.email = emailFor(rng, s.name, 'PL');
    s.cards = [newCard(rng, 'PL')];
    const family = homeAddress(rng, 'PL');
    const lines = shoppingList(
      rng,
      PROFILES.trade,
      'PL',
      rng.weightedPick([
        [1, 60],
        [2, 40],
      ] as const),
    );
    return assemble(rng, 'expat', {
      at,
      buyer: buyerOf(rng, s, at, 0.3),
      shopper: s,
      site: 'PL',
      ...connect(rng, s, 0.75),
      lines,
      to: family,
      recipient: `${firstName(rng, 'PL')} ${s.name.split(' ').slice(1).join(' ')}`,
      payer: { habit: rng.chance(0.6) ? 'local' : 'card', bank: 'PL' },
      locale: 'pl-PL',
    });
  }
  if (variant === 'ukrainian') {
    const country = rng.weightedPick<Country>([
      ['DE', 70],
      ['PL', 20],
      ['AT', 10],
    ]);
    const s = newShopper(rng, country, 'phone', 'UA');
    s.cards = [newCard(rng, 'UA')];
    const lines = shoppingList(rng, PROFILES.hobby, country, 1);
    return assemble(rng, 'expat', {
      at,
      buyer: buyerOf(rng, s, at, 0.3),
      shopper: s,
      site: country,
      ...connect(rng, s, 0.8),
      lines,
      payer: { habit: 'card', bank: 'UA', methods: ABROAD },
      locale: rng.chance(0.6) ? 'uk-UA' : 'en-GB',
    });
  }
  const country = rng.weightedPick<Country>([
    ['DE', 60],
    ['NL', 20],
    ['CH', 12],
    ['LU', 8],
  ]);
  const home = rng.chance(0.55) ? 'GB' : 'US';
  const s = newShopper(rng, country, 'desktop', home);
  s.email = emailFor(rng, s.name, home);
  s.cards = [newCard(rng, home)];
  const lines = shoppingList(rng, PROFILES.hobby, country);
  return assemble(rng, 'expat', {
    at,
    buyer: buyerOf(rng, s, at, 0.4),
    shopper: s,
    site: country,
    ...connect(rng, s, 0.5),
    lines,
    payer: {
      habit: rng.chance(0.65) ? 'card' : 'paypal',
      match: rng.chance(0.7) ? 'wrong' : 'zip_only',
      bank: home,
      methods: ABROAD,
    },
    locale: 'en-GB',
  });
}

/**
 * Payments that fail before they work: the card over its limit, then the other card; the banking app's 3-D
 * Secure prompt missed twice; Klarna saying no, then PayPal; sometimes the partner's card in the end.
 */
function declinedThenPaid(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.consumer);
  const { s, buyer } = household(rng, w, at);
  const lines = shoppingList(rng, PROFILES.hobby, s.country);
  const probe = basket(lines, s.country, 'parcel');
  const euros = inEuros(probe, s.country);
  const own = s.cards[0] ?? newCard(rng, s.country);
  const second = s.cards[1] ?? s.account?.partner?.card ?? newCard(rng, s.country, 'credit');
  const pattern = rng.weightedPick([
    ['limit', 35],
    ['sca', 30],
    ['klarna', s.country === 'DE' || s.country === 'AT' ? 25 : 0],
    ['typo', 10],
  ] as const);
  const attempts: Attempt[] = [];
  const gap = () => retryGap(rng);
  if (pattern === 'limit') {
    attempts.push(
      cardAttempt(rng, own, euros, {
        ok: false,
        decline: rng.chance(0.7) ? 'insufficient_funds' : 'card_velocity_exceeded',
        afterMs: rng.int(8_000, 50_000),
      }),
    );
    if (rng.chance(0.3))
      attempts.push(
        cardAttempt(rng, own, euros, { ok: false, decline: 'insufficient_funds', afterMs: gap() }),
      );
    attempts.push(
      rng.chance(0.6)
        ? cardAttempt(rng, second, euros, { ok: true, afterMs: gap() })
        : other('paypal', true, gap()),
    );
  } else if (pattern === 'sca') {
    attempts.push(
      cardAttempt(rng, own, euros, {
        ok: false,
        decline: 'authentication_failed',
        afterMs: rng.int(40_000, 200_000),
      }),
    );
    if (rng.chance(0.5))
      attempts.push(
        cardAttempt(rng, own, euros, { ok: false, decline: 'authentication_failed', afterMs: gap() }),
      );
    attempts.push(cardAttempt(rng, own, euros, { ok: true, threeDS: 'challenge_passed', afterMs: gap() }));
  } else if (pattern === 'klarna') {
    attempts.push(other('klarna_invoice', false, rng.int(15_000, 90_000), 'provider_declined'));
    attempts.push(
      rng.chance(0.6)
        ? other('paypal', true, gap())
        : cardAttempt(rng, own, euros, { ok: true, afterMs: gap() }),
    );
  } else {
    attempts.push(
      cardAttempt(rng, own, euros, { ok: false, decline: 'incorrect_cvc', afterMs: rng.int(8_000, 40_000) }),
    );
    attempts.push(
      cardAttempt(rng, own, euros, { ok: rng.chance(0.5), decline: 'incorrect_cvc', afterMs: gap() }),
    );
    if (!attempts.some((a) => a.ok))
      attempts.push(cardAttempt(rng, own, euros, { ok: true, afterMs: gap() }));
  }
  return assemble(rng, 'declined_then_paid', {
    at,
    buyer,
    shopper: { ...s, cards: [own, second] },
    site: s.country,
    ...connect(rng, s),
    lines,
    attempts,
  });
}

/**
 * One computer, one account, two grown-ups (or a student child): the partner orders on the household's
 * account and pays with their own card; the student has things sent to a flat in the university town,
 * ordering from the campus network.
 */
function sharedHousehold(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, HOURS.consumer);
  const a = account(rng, w, (x) => consumers(x) && x.partner !== undefined);
  const s = shopperOf(a);
  if (a.partner && rng.chance(0.6)) {
    const lines = shoppingList(rng, PROFILES.hobby, a.country);
    return assemble(rng, 'shared_household', {
      at,
      buyer: buyerOf(rng, s, at),
      shopper: { ...s, cards: [a.partner.card] },
      site: a.country,
      ip: ipOn(rng, a.home),
      device: a.desktop,
      lines,
      payer: { habit: rng.chance(0.6) ? 'card' : 'paypal' },
    });
  }
  const student = `${firstName(rng, a.origin)} ${a.name.split(' ').slice(1).join(' ')}`;
  const flat = homeAddress(rng, a.country);
  const lines = shoppingList(
    rng,
    { tool_set: 30, power_tool: 20, consumable: 20, cordless_kit: 20, garden_tool: 10 },
    a.country,
    1,
  );
  return assemble(rng, 'shared_household', {
    at,
    buyer: buyerOf(rng, s, at),
    shopper: s,
    site: a.country,
    ip: ipOn(rng, rng.chance(0.5) ? officeNetwork(rng, a.country) : a.mobile),
    device: newDevice(rng, 'phone'),
    lines,
    to: flat,
    recipient: student,
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  hobbyist,
  repeat_customer: repeatCustomer,
  allotment_gardener: allotmentGardener,
  trade_account: tradeAccount,
  financed_purchase: financedPurchase,
  gift_buyer: giftBuyer,
  traveller,
  vpn_user: vpnUser,
  border_shopper: borderShopper,
  expat,
  declined_then_paid: declinedThenPaid,
  shared_household: sharedHousehold,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
