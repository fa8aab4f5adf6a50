import { accountBuyer, type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  type Draft,
  currencyOf,
  emailBasket,
  GIFT_NOTES,
  homeIp,
  ipIn,
  nearGeneva,
  physicalBasket,
  purchaseOf,
  regionOf,
  type World,
} from './build.js';
import { placeAt } from './calendar.js';
import { type Decline, type HeldCard, newCard, sameBin } from './cards.js';
import {
  ACCESSORIES,
  chfOf,
  type Item,
  JEWELLERY,
  PREOWNED,
  STRAPS,
  VOUCHERS,
  WATCHES,
} from './catalogue.js';
import { type Account, deviceOf, emailFor, FIRMS, nameIn, type Person, personIn } from './people.js';
import { homeIn, MARKET_COUNTRIES, type Currency } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  HOUR,
  honestAfter,
  honestPay,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';

/** The boutique's honest customers, by kind, with their weights (README.md). */
export const HONEST = {
  returning_client: 20,
  collector: 8,
  first_watch: 15,
  gift_buyer: 15,
  small_gift: 10,
  visitor_or_expat: 9,
  gulf_asia_client: 7,
  office_or_vpn: 5,
  shared_family: 3,
  fumbled_payment: 4,
  returned: 4,
} as const;
export type HonestKind = keyof typeof HONEST;

const under = (items: readonly Item[], chf: number) => items.filter((i) => i.price <= chf * 100);
const over = (items: readonly Item[], chf: number) => items.filter((i) => i.price >= chf * 100);
const ordinaryWatches = WATCHES.filter((w) => !w.limited);

/** An account of the base, of one tier when there is one. */
export function pickAccount(rng: Rng, w: World, keep?: (a: Account) => boolean): Account {
  const some = keep ? w.customers.filter(keep) : w.customers;
  return rng.pick(some.length > 0 ? some : w.customers);
}

/** A new buyer: a guest, or an account opened just before checkout. */
export function newBuyer(rng: Rng, p: Person, at: number, accountShare: number): Buyer {
  if (!rng.chance(accountShare)) return { email: p.email, name: p.name };
  return {
    id: `cus_${rng.token(14)}`,
    email: p.email,
    name: p.name,
    createdAt: at - rng.int(2 * MINUTE, 40 * MINUTE),
  };
}

const marketCountry = (rng: Rng): string => rng.weightedPick(MARKET_COUNTRIES);

/** What a returning client comes back for. */
function clientItems(rng: Rng): Item[] {
  const what = rng.weighted({ strap: 26, jewellery: 30, watch: 24, preowned: 8, accessory: 12 });
  if (what === 'strap') return rng.chance(0.25) ? [rng.pick(STRAPS), rng.pick(STRAPS)] : [rng.pick(STRAPS)];
  if (what === 'jewellery') return [rng.pick(under(JEWELLERY, 7_000))];
  if (what === 'watch') return [rng.pick(ordinaryWatches)];
  if (what === 'preowned') return [rng.pick(under(PREOWNED, 20_000))];
  return [rng.pick(ACCESSORIES)];
}

/** The account's own device most of the time, a new phone or the office computer otherwise. */
const deviceOfAccount = (rng: Rng, a: Account) => (rng.chance(0.85) ? rng.pick(a.devices) : deviceOf(rng));

function accountDraft(rng: Rng, a: Account, kind: HonestKind, items: Item[], at: number): Draft {
  const collect = (nearGeneva(a.home) && rng.chance(0.35)) || (a.country === 'CH' && rng.chance(0.06));
  const currency = currencyOf(a);
  const { basket, fulfilment } = physicalBasket(items, currency, a.country, collect);
  const shipping: Address = rng.chance(0.9) ? a.home : homeIn(rng, a.country).address;
  return {
    at,
    fraud: false,
    kind,
    buyer: accountBuyer(a),
    billing: a.home,
    shipping,
    basket,
    fulfilment,
    ip: homeIp(rng, a.country),
    device: deviceOfAccount(rng, a),
    locale: a.locale,
    channel: rng.chance(0.15) ? 'app' : 'web',
    attempts: honestPay(
      rng,
      { cards: a.cards, country: a.country, region: regionOf(a.country), signedIn: true },
      basket,
    ),
    later: honestAfter(rng, { fulfilment, basket }, regionOf(a.country)),
  };
}

function returningClient(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w, (x) => x.tier === 'client');
  const at = placeAt(rng, w.window, a.tz, 'home', a.country !== 'CH');
  return purchaseOf(accountDraft(rng, a, 'returning_client', clientItems(rng), at));
}

/** Collectors buy pre-owned and limited pieces, from home, abroad, behind a VPN, or by an advisor's link. */
function collector(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w, (x) => x.tier === 'collector');
  const what = rng.weighted({ preowned: 55, limited: 18, watch: 15, jewellery: 12 });
  const items: Item[] = [
    what === 'preowned'
      ? rng.pick(PREOWNED)
      : what === 'limited'
        ? rng.pick(WATCHES.filter((x) => x.limited))
        : what === 'watch'
          ? rng.pick(over(WATCHES, 5_000))
          : rng.pick(over(JEWELLERY, 2_500)),
  ];
  if (rng.chance(0.12)) items.push(rng.pick([...STRAPS, ...ACCESSORIES]));
  const where = rng.weighted({ home: 70, travelling: 20, vpn: 10 });
  const at = placeAt(rng, w.window, a.tz, 'any', a.country !== 'CH');
  const d = accountDraft(rng, a, 'collector', items, at);
  if (where === 'travelling') {
    const away = rng.pick(
      ['GB', 'US', 'AE', 'HK', 'FR', 'IT', 'MC', 'SG', 'CH'].filter((c) => c !== a.country),
    );
    d.ip = ipIn(rng, away, rng.chance(0.5) ? 'office' : 'home');
  } else if (where === 'vpn') d.ip = ipIn(rng, rng.pick(['CH', 'DE', 'NL', 'GB', 'US', 'SG']), 'hosting');
  d.channel = rng.weightedPick([
    ['web', 55],
    ['app', 15],
    ['payment_link', 30],
  ]);
  return purchaseOf(d);
}

/** A first expensive watch: a guest or a brand-new account, a card challenged by the bank, often a limit hit. */
function firstWatch(rng: Rng, w: World): Purchase {
  const country = marketCountry(rng);
  const p = personIn(rng, country);
  const at = placeAt(rng, w.window, p.tz, 'home', country !== 'CH');
  const item = rng.chance(0.72)
    ? rng.pick(under(ordinaryWatches, 10_000))
    : rng.pick(under(PREOWNED, 15_000));
  const collect = nearGeneva(p.home) && rng.chance(0.35);
  const { basket, fulfilment } = physicalBasket([item], p.currency, country, collect);
  const cards = [newCard(rng, country)];
  if (rng.chance(0.3)) cards.push(newCard(rng, country, 'credit'));
  return purchaseOf({
    at,
    fraud: false,
    kind: 'first_watch',
    buyer: newBuyer(rng, p, at, 0.45),
    billing: p.home,
    shipping: p.home,
    basket,
    fulfilment,
    ip: homeIp(rng, country, 0.4),
    device: deviceOf(rng),
    locale: p.locale,
    attempts: honestPay(
      rng,
      { cards, country, region: regionOf(country), signedIn: false },
      basket,
      item.price > 500_000 ? 0.22 : 0.05,
    ),
    later: honestAfter(rng, { fulfilment, basket }, regionOf(country)),
  });
}

/** A present sent to someone else: their address, often in another city, now and then another country. */
function giftBuyer(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.45);
  const a = known ? pickAccount(rng, w) : undefined;
  const p: Person = a ?? personIn(rng, marketCountry(rng));
  const toCountry = rng.chance(0.78) ? p.country : marketCountry(rng);
  const recipient = personIn(rng, toCountry);
  const at = placeAt(rng, w.window, p.tz, 'home', toCountry !== 'CH');
  const what = rng.weighted({ jewellery: 55, watch: 28, preowned: 5, set: 12 });
  const items: Item[] =
    what === 'jewellery'
      ? [rng.pick(under(JEWELLERY, 7_000))]
      : what === 'watch'
        ? [rng.pick(under(ordinaryWatches, 8_000))]
        : what === 'preowned'
          ? [rng.pick(under(PREOWNED, 10_000))]
          : [rng.pick(STRAPS), rng.pick(ACCESSORIES)];
  const currency: Currency = a ? currencyOf(a) : p.currency;
  const { basket, fulfilment } = physicalBasket(items, currency, toCountry, false);
  const cards = a ? a.cards : [newCard(rng, p.country)];
  return purchaseOf({
    at,
    fraud: false,
    kind: 'gift_buyer',
    buyer: a ? accountBuyer(a) : newBuyer(rng, p, at, 0.3),
    billing: p.home,
    shipping: recipient.home,
    basket,
    fulfilment,
    ip: homeIp(rng, p.country),
    device: a ? deviceOfAccount(rng, a) : deviceOf(rng),
    locale: p.locale,
    attempts: honestPay(
      rng,
      { cards, country: p.country, region: regionOf(p.country), signedIn: !!a },
      basket,
    ),
    later: honestAfter(rng, { fulfilment, basket }, regionOf(toCountry)),
    giftWrap: true,
    giftNote: rng.chance(0.7) ? rng.pick(GIFT_NOTES) : undefined,
  });
}

/** Stocking fillers: a strap, a watch roll, a voucher e-mailed to someone. */
function smallGift(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.4) ? pickAccount(rng, w) : undefined;
  const p: Person = a ?? personIn(rng, marketCountry(rng));
  const at = placeAt(rng, w.window, p.tz, 'home');
  const what = rng.weighted({ voucher: 45, strap: 30, accessory: 25 });
  const currency: Currency = a ? currencyOf(a) : p.currency;
  const cards = a ? a.cards : [newCard(rng, p.country)];
  const recipient = what === 'voucher' ? personIn(rng, p.country) : undefined;
  const { basket, fulfilment } =
    what === 'voucher'
      ? emailBasket([rng.pick(under(VOUCHERS, 1_000))], currency)
      : physicalBasket(
          [what === 'strap' ? rng.pick(STRAPS) : rng.pick(under(ACCESSORIES, 400))],
          currency,
          p.country,
          nearGeneva(p.home) && rng.chance(0.2),
        );
  return purchaseOf({
    at,
    fraud: false,
    kind: 'small_gift',
    buyer: a ? accountBuyer(a) : newBuyer(rng, p, at, 0.25),
    billing: p.home,
    shipping: p.home,
    basket,
    fulfilment,
    ip: homeIp(rng, p.country, 0.45),
    device: a ? deviceOfAccount(rng, a) : deviceOf(rng),
    locale: p.locale,
    attempts: honestPay(
      rng,
      { cards, country: p.country, region: regionOf(p.country), signedIn: !!a },
      basket,
    ),
    later: honestAfter(rng, { fulfilment, basket }, regionOf(p.country)),
    ...(recipient
      ? { recipientEmail: recipient.email, giftNote: rng.chance(0.5) ? rng.pick(GIFT_NOTES) : undefined }
      : {}),
  });
}

/**
 * Visitors in Geneva for the holidays who reserve online and collect in the boutique with the VAT refund form
 * (hotel Wi-Fi, a roaming phone, a Swiss prepaid SIM), and expats living in Switzerland on a card from home.
 */
function visitorOrExpat(rng: Rng, w: World): Purchase {
  if (rng.chance(0.55)) {
    const from = rng.weightedPick<string>([
      ['US', 25],
      ['GB', 12],
      ['AE', 15],
      ['SA', 8],
      ['QA', 5],
      ['HK', 12],
      ['SG', 8],
      ['JP', 6],
      ['CN', 9],
    ]);
    const p = personIn(rng, from);
    const at = placeAt(rng, w.window, 1, 'home');
    const item = rng.chance(0.6)
      ? rng.pick(over(ordinaryWatches, 2_500))
      : rng.pick(rng.chance(0.5) ? JEWELLERY : PREOWNED);
    // Visitors from China buy here and carry the piece home.
    const collect = from === 'CN' || rng.chance(0.85);
    const { basket, fulfilment } = physicalBasket([item], collect ? 'CHF' : 'USD', from, collect, true);
    const ip = rng.weightedPick<() => string>([
      [() => ipIn(rng, 'CH', 'office'), 45],
      [() => homeIp(rng, from, 1), 40],
      [() => ipIn(rng, 'CH', 'mobile'), 15],
    ])();
    return purchaseOf({
      at,
      fraud: false,
      kind: 'visitor_or_expat',
      buyer: newBuyer(rng, p, at, 0.3),
      billing: p.home,
      shipping: p.home,
      basket,
      fulfilment,
      ip,
      device: deviceOf(rng, rng.chance(0.7) ? 'iphone' : undefined),
      locale: `en-${from}`,
      attempts: honestPay(
        rng,
        { cards: [newCard(rng, from)], country: from, region: regionOf(from), signedIn: false },
        basket,
        0.12,
      ),
      later: honestAfter(rng, { fulfilment, basket }, 'ch'),
      taxFreeForm: collect,
    });
  }
  const cardCountry = rng.pick(['GB', 'US', 'FR', 'DE', 'IT', 'NL', 'ES', 'HK', 'SG']);
  const name = nameIn(rng, cardCountry);
  const { address: swissHome, tz } = homeIn(rng, 'CH');
  const oldHome = homeIn(rng, cardCountry).address;
  const at = placeAt(rng, w.window, tz, 'home');
  const items = clientItems(rng);
  const collect = nearGeneva(swissHome) && rng.chance(0.3);
  const { basket, fulfilment } = physicalBasket(items, 'CHF', 'CH', collect);
  const signedIn = rng.chance(0.5);
  return purchaseOf({
    at,
    fraud: false,
    kind: 'visitor_or_expat',
    buyer: newBuyer(
      rng,
      {
        name,
        email: emailFor(rng, name, cardCountry),
        country: 'CH',
        home: swissHome,
        tz,
        locale: 'en-CH',
        currency: 'CHF',
      },
      at,
      signedIn ? 1 : 0,
    ),
    billing: rng.chance(0.5) ? oldHome : swissHome,
    shipping: swissHome,
    basket,
    fulfilment,
    ip: homeIp(rng, 'CH'),
    device: deviceOf(rng),
    locale: 'en-CH',
    attempts: honestPay(
      rng,
      { cards: [newCard(rng, cardCountry)], country: cardCountry, region: 'ch', signedIn, match: 'partial' },
      basket,
    ),
    later: honestAfter(rng, { fulfilment, basket }, 'ch'),
  });
}

const GULF_ASIA: ReadonlyArray<readonly [string, number]> = [
  ['AE', 5],
  ['SA', 2],
  ['QA', 1.5],
  ['HK', 4],
  ['SG', 2.5],
  ['JP', 1.5],
];

/** Clients in the Gulf and Asia: big pieces in dollars or francs, delivered by armoured carrier, phones. */
function gulfAsiaClient(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(GULF_ASIA);
  const local = w.customers.filter((a) => a.country === country);
  const a = local.length > 0 && rng.chance(0.6) ? rng.pick(local) : undefined;
  const p: Person = a ?? personIn(rng, country);
  const at = placeAt(rng, w.window, p.tz, 'home', true);
  const what = rng.weighted({ watch: 40, preowned: 35, jewellery: 25 });
  const items =
    what === 'watch'
      ? [rng.pick(over(WATCHES, 4_000))]
      : what === 'preowned'
        ? [rng.pick(PREOWNED)]
        : [rng.pick(over(JEWELLERY, 2_000))];
  const currency: Currency = a ? currencyOf(a) : rng.chance(0.15) ? 'CHF' : 'USD';
  const { basket, fulfilment } = physicalBasket(items, currency, country, false);
  const cards = a ? a.cards : [newCard(rng, country)];
  return purchaseOf({
    at,
    fraud: false,
    kind: 'gulf_asia_client',
    buyer: a ? accountBuyer(a) : newBuyer(rng, p, at, 0.5),
    billing: p.home,
    shipping: p.home,
    basket,
    fulfilment,
    ip: homeIp(rng, country, country === 'JP' || country === 'HK' || country === 'SG' ? 0 : 0.45),
    device: a ? deviceOfAccount(rng, a) : deviceOf(rng, rng.chance(0.6) ? 'iphone' : undefined),
    locale: p.locale,
    attempts: honestPay(rng, { cards, country, region: regionOf(country), signedIn: !!a }, basket),
    later: honestAfter(rng, { fulfilment, basket }, regionOf(country)),
  });
}

/**
 * Bankers and traders ordering from the office (a corporate network, a work address, now and then a company
 * order of gifts for clients or staff), and private buyers whose traffic leaves through a VPN.
 */
function officeOrVpn(rng: Rng, w: World): Purchase {
  if (rng.chance(0.5)) {
    const a = rng.chance(0.5) ? pickAccount(rng, w, (x) => x.country === 'CH') : undefined;
    const p: Person = a ?? personIn(rng, 'CH');
    const [firm, domain] = rng.pick(FIRMS);
    const office = homeIn(rng, 'CH').address;
    const at = placeAt(rng, w.window, 1, 'office');
    const company = rng.chance(0.3);
    const items: Array<readonly [Item, number]> = company
      ? [
          rng.weightedPick<readonly [Item, number]>([
            [[JEWELLERY[0] as Item, rng.int(4, 15)], 30],
            [[ACCESSORIES[1] as Item, rng.int(5, 20)], 25],
            [[rng.pick(under(VOUCHERS, 500)), rng.int(8, 25)], 25],
            [[rng.pick(under(ordinaryWatches, 3_000)), rng.int(2, 6)], 20],
          ]),
        ]
      : clientItems(rng).map((i) => [i, 1] as const);
    const vouchers = items.every(([i]) => i.category === 'voucher');
    const { basket, fulfilment } = vouchers
      ? emailBasket(items, 'CHF')
      : physicalBasket(items, 'CHF', 'CH', rng.chance(0.25));
    const email = company || rng.chance(0.3) ? emailFor(rng, p.name, 'CH', domain) : p.email;
    const paid: Attempt[] =
      company && rng.chance(0.5)
        ? [other('bank_transfer', true, rng.int(18 * HOUR, 3 * DAY))]
        : honestPay(
            rng,
            {
              cards: a ? a.cards : [newCard(rng, 'CH', 'credit')],
              country: 'CH',
              region: 'ch',
              signedIn: !!a,
            },
            basket,
          );
    return purchaseOf({
      at,
      fraud: false,
      kind: 'office_or_vpn',
      buyer: a ? accountBuyer(a) : newBuyer(rng, { ...p, email }, at, 0.3),
      billing: company ? office : p.home,
      shipping: office,
      basket,
      fulfilment,
      ip: ipIn(rng, 'CH', rng.chance(0.12) ? 'campus' : 'office'),
      device: deviceOf(rng, rng.chance(0.6) ? 'winEdge' : 'win'),
      locale: p.locale,
      attempts: paid,
      later: honestAfter(rng, { fulfilment, basket }, 'ch'),
      ...(company
        ? { company: { name: firm, vatId: `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)} MWST` } }
        : {}),
    });
  }
  const country = rng.chance(0.5) ? 'CH' : marketCountry(rng);
  const a = rng.chance(0.5) ? pickAccount(rng, w, (x) => x.country === country) : undefined;
  const at = placeAt(rng, w.window, a?.tz ?? 1, 'home', country !== 'CH');
  const d = a
    ? accountDraft(rng, a, 'office_or_vpn', clientItems(rng), at)
    : (() => {
        const p = personIn(rng, country);
        const { basket, fulfilment } = physicalBasket(clientItems(rng), p.currency, country, false);
        const draft: Draft = {
          at,
          fraud: false,
          kind: 'office_or_vpn',
          buyer: newBuyer(rng, p, at, 0.5),
          billing: p.home,
          shipping: p.home,
          basket,
          fulfilment,
          ip: '',
          device: deviceOf(rng),
          locale: p.locale,
          attempts: honestPay(
            rng,
            { cards: [newCard(rng, country)], country, region: regionOf(country), signedIn: false },
            basket,
          ),
          later: honestAfter(rng, { fulfilment, basket }, regionOf(country)),
        };
        return draft;
      })();
  d.ip = ipIn(
    rng,
    rng.weightedPick<string>([
      ['CH', 30],
      ['NL', 15],
      ['DE', 20],
      ['GB', 12],
      ['US', 15],
      ['SG', 8],
    ]),
    'hosting',
  );
  if (!d.buyer.email.includes('proton') && rng.chance(0.25))
    d.buyer = { ...d.buyer, email: emailFor(rng, d.buyer.name, 'CH', 'proton.me') };
  return purchaseOf(d);
}

/** A partner or a grown child shopping on the family's computer with the family's card, on their own account. */
function sharedFamily(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w);
  const [, ...last] = a.name.split(' ');
  const first = nameIn(rng, a.country).split(' ')[0] ?? 'Alex';
  const name = `${first} ${last.join(' ')}`;
  const at = placeAt(rng, w.window, a.tz, 'home', a.country !== 'CH');
  const opened = at - Math.floor(rng.float(60, 6 * 365) * DAY);
  const card: HeldCard = rng.pick(a.cards);
  const items = rng.chance(0.5) ? [rng.pick(under(JEWELLERY, 5_000))] : clientItems(rng);
  const { basket, fulfilment } = physicalBasket(
    items,
    currencyOf(a),
    a.country,
    nearGeneva(a.home) && rng.chance(0.3),
  );
  return purchaseOf({
    at,
    fraud: false,
    kind: 'shared_family',
    buyer: { id: `cus_${rng.token(14)}`, email: emailFor(rng, name, a.country), name, createdAt: opened },
    billing: a.home,
    shipping: a.home,
    basket,
    fulfilment,
    ip: homeIp(rng, a.country, 0.2),
    device: rng.pick(a.devices),
    locale: a.locale,
    attempts: honestPay(
      rng,
      { cards: [card], country: a.country, region: regionOf(a.country), signedIn: true },
      basket,
    ),
    later: honestAfter(rng, { fulfilment, basket }, regionOf(a.country)),
  });
}

/** Typos, an expired card, a bank-app prompt that timed out: one to three failures before it goes through. */
function fumbledPayment(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.4) ? pickAccount(rng, w) : undefined;
  const p: Person = a ?? personIn(rng, marketCountry(rng));
  const at = placeAt(rng, w.window, p.tz, 'home', p.country !== 'CH');
  const items = rng.chance(0.5) ? clientItems(rng) : [rng.pick(under(ordinaryWatches, 8_000))];
  const { basket, fulfilment } = physicalBasket(
    items,
    a ? currencyOf(a) : p.currency,
    p.country,
    nearGeneva(p.home) && rng.chance(0.3),
  );
  const chf = chfOf(basket.amount, basket.currency);
  const card = a ? rng.pick(a.cards) : newCard(rng, p.country);
  const attempts: Attempt[] = [];
  const fails = rng.weightedPick([
    [1, 55],
    [2, 32],
    [3, 13],
  ] as const);
  let after = firstAuth(rng);
  for (let i = 0; i < fails; i++) {
    const why = rng.weightedPick<Decline>([
      ['incorrect_number', 22],
      ['incorrect_cvc', 26],
      ['expired_card', 12],
      ['authentication_failed', 26],
      ['insufficient_funds', 8],
      ['exceeds_limit', 6],
    ]);
    const tried = why === 'incorrect_number' ? sameBin(rng, card) : card;
    attempts.push(
      cardAttempt(rng, tried, chf, {
        ok: false,
        decline: why,
        afterMs: after,
        match: rng.chance(0.3) ? 'partial' : 'good',
      }),
    );
    after = rng.int(15_000, 3 * MINUTE);
  }
  const ending = rng.weighted({ same: 55, other: 20, wallet: 17, gave_up: 8 });
  if (ending === 'same') attempts.push(cardAttempt(rng, card, chf, { ok: true, afterMs: after }));
  else if (ending === 'other')
    attempts.push(
      cardAttempt(rng, newCard(rng, p.country, 'credit'), chf, { ok: true, afterMs: retryGap(rng) }),
    );
  else if (ending === 'wallet')
    attempts.push(other(p.country === 'CH' ? 'twint' : 'paypal', true, retryGap(rng)));
  return purchaseOf({
    at,
    fraud: false,
    kind: 'fumbled_payment',
    buyer: a ? accountBuyer(a) : newBuyer(rng, p, at, 0.3),
    billing: p.home,
    shipping: p.home,
    basket,
    fulfilment,
    ip: homeIp(rng, p.country, 0.5),
    device: a ? deviceOfAccount(rng, a) : deviceOf(rng),
    locale: p.locale,
    attempts,
    later: honestAfter(rng, { fulfilment, basket }, regionOf(p.country)),
  });
}

/**
 * Sent back within the fourteen days: a bracelet the wrong size, a watch that wears too big, a change of heart;
 * a refund, partial for an exchange, and now and then a dispute because the refund was slow to show.
 */
function returned(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.5) ? pickAccount(rng, w) : undefined;
  const p: Person = a ?? personIn(rng, marketCountry(rng));
  const at = placeAt(rng, w.window, p.tz, 'home', p.country !== 'CH');
  const items = rng.chance(0.5)
    ? [rng.pick(under(JEWELLERY, 7_000))]
    : [rng.pick(under(ordinaryWatches, 10_000))];
  const { basket, fulfilment } = physicalBasket(items, a ? currencyOf(a) : p.currency, p.country, false);
  const region = regionOf(p.country);
  const ship = rng.int(16, 52) * HOUR;
  const delivered = ship + rng.int(20, 110) * HOUR;
  const back = delivered + rng.int(3, 14) * DAY;
  const later: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: delivered, status: 'delivered' },
    { type: 'order.updated', afterMs: back - 2 * DAY, status: 'return_received' },
    rng.chance(0.15)
      ? {
          type: 'refund.created',
          afterMs: back,
          reason: 'exchange',
          amount: Math.round(basket.amount * rng.float(0.05, 0.3)),
        }
      : { type: 'refund.created', afterMs: back, reason: 'returned' },
  ];
  if (rng.chance(0.06))
    later.push({
      type: 'dispute.created',
      afterMs: back - rng.int(1, 3) * DAY,
      reason: 'credit_not_processed',
    });
  return purchaseOf({
    at,
    fraud: false,
    kind: 'returned',
    buyer: a ? accountBuyer(a) : newBuyer(rng, p, at, 0.4),
    billing: p.home,
    shipping: p.home,
    basket,
    fulfilment,
    ip: homeIp(rng, p.country),
    device: a ? deviceOfAccount(rng, a) : deviceOf(rng),
    locale: p.locale,
    attempts: honestPay(
      rng,
      { cards: a ? a.cards : [newCard(rng, p.country)], country: p.country, region, signedIn: !!a },
      basket,
      0.02,
    ),
    later,
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  returning_client: returningClient,
  collector,
  first_watch: firstWatch,
  gift_buyer: giftBuyer,
  small_gift: smallGift,
  visitor_or_expat: visitorOrExpat,
  gulf_asia_client: gulfAsiaClient,
  office_or_vpn: officeOrVpn,
  shared_family: sharedFamily,
  fumbled_payment: fumbledPayment,
  returned,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
