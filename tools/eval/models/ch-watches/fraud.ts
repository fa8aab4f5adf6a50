import { accountBuyer, type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { currencyOf, homeIp, ipIn, physicalBasket, purchaseOf, regionOf, type World } from './build.js';
import { placeAt } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import { type Basket, chfOf, type Item, JEWELLERY, PREOWNED, WATCHES } from './catalogue.js';
import { cardTesting, forwarderExport, stolenCard, triangulation, voucherCashout } from './fraud-cards.js';
import { fraudAfter, fraudIp, stolenAttempts } from './fraud-kit.js';
import { newBuyer, pickAccount } from './honest.js';
import { type Account, deviceOf, emailFor, nameIn, personIn } from './people.js';
import {
  type Currency,
  ELSEWHERE,
  type Forwarder,
  FORWARDERS,
  forwarderAddress,
  homeIn,
  market,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  honestPay,
  other,
  type Purchase,
  retryGap,
  transferLag,
} from './purchase.js';

/** The boutique's fraud, by kind, with its weights (README.md); allocated exactly per stream. */
export const FRAUD = {
  stolen_card: 22,
  forwarder_export: 12,
  account_takeover: 13,
  card_testing: 12,
  voucher_cashout: 8,
  triangulation: 8,
  friendly_fraud: 10,
  grey_market_reseller: 8,
  sanctioned_country: 7,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const over = (items: readonly Item[], chf: number) => items.filter((i) => i.price >= chf * 100);

/**
 * A collector's or client's account taken over (a reused password, a phished reset link): a new device, a
 * residential proxy in the client's own country (or, for the sloppy, a hosting exit abroad), the saved card or a
 * new one added, a big piece sent to a new address or redirected after checkout, or collected in Geneva.
 */
function accountTakeover(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.6) ? pickAccount(rng, w, (x) => x.tier === 'collector') : pickAccount(rng, w);
  const careful = rng.chance(0.6);
  const at = placeAt(rng, w.window, careful ? a.tz : 1, careful ? 'home' : 'night');
  const item = rng.weightedPick<Item>([
    [rng.pick(PREOWNED), 45],
    [rng.pick(WATCHES.filter((x) => x.limited || x.price > 600_000)), 35],
    [rng.pick(over(JEWELLERY, 3_000)), 20],
  ]);
  const route = rng.weighted({ new_address: 45, redirect: 35, collect: 10, forwarder: 10 });
  const elsewhere: Address =
    route === 'forwarder'
      ? forwarderAddress(rng, rng.pick(FORWARDERS))
      : homeIn(rng, rng.chance(0.8) ? a.country : rng.pick(['GB', 'DE', 'FR', 'US'])).address;
  const shipTo = route === 'new_address' || route === 'forwarder' ? elsewhere : a.home;
  const { basket, fulfilment } = physicalBasket(
    [item],
    currencyOf(a),
    shipTo.country ?? a.country,
    route === 'collect',
  );
  const saved = rng.chance(0.65);
  const cards: HeldCard[] = saved
    ? [rng.pick(a.cards)]
    : [newCard(rng, rng.pick(['US', 'GB', a.country]), 'credit')];
  if (rng.chance(0.35)) cards.push(newCard(rng, cards[0]?.country ?? 'US', 'credit'));
  return purchaseOf({
    at,
    fraud: true,
    kind: 'account_takeover',
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: shipTo,
    basket,
    fulfilment,
    ip: fraudIp(rng, careful, a.country),
    device: deviceOf(rng),
    locale: a.locale,
    channel: rng.chance(0.2) ? 'app' : 'web',
    attempts: stolenAttempts(rng, cards, basket, {
      otp: 0.45,
      match: 'good',
      issuerOk: 0.8,
      entry: saved ? 'saved' : 'typed',
    }),
    later: fraudAfter(rng, {
      fulfilment,
      region: regionOf(shipTo.country ?? a.country),
      caught: 0.25,
      warning: 0.4,
      dispute: 0.7,
      ...(route === 'redirect' ? { redirect: elsewhere } : {}),
    }),
  });
}

/** Attempts by card, wallet or PayPal (what a chargeback can follow); a card pays when none of those did. */
function disputable(
  rng: Rng,
  tried: readonly Attempt[],
  cards: readonly HeldCard[],
  basket: Basket,
): Attempt[] {
  const kept = tried.filter(
    (x) =>
      x.method === 'card' || x.method === 'apple_pay' || x.method === 'google_pay' || x.method === 'paypal',
  );
  if (kept.some((x) => x.ok)) return kept;
  const card = cards[0] ?? newCard(rng, 'US', 'credit');
  return [
    ...kept,
    cardAttempt(rng, card, chfOf(basket.amount, basket.currency), { ok: true, afterMs: retryGap(rng) }),
  ];
}

/**
 * Real customers, their own card, device and address, the parcel signed for, and then a chargeback: "not
 * received", "not authorised" (a spouse's purchase, buyer's remorse over a big piece), "not as described".
 */
function friendlyFraud(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<string>([
    ['US', 30],
    ['GB', 15],
    ['CH', 20],
    ['AE', 10],
    ['FR', 8],
    ['DE', 7],
    ['HK', 5],
    ['SG', 5],
  ]);
  const local = w.customers.filter((x) => x.country === country);
  const a: Account | undefined = local.length > 0 && rng.chance(0.5) ? rng.pick(local) : undefined;
  const p = a ?? personIn(rng, country);
  const at = placeAt(rng, w.window, p.tz, 'home', country !== 'CH');
  const item = rng.weightedPick<Item>([
    [rng.pick(WATCHES.filter((x) => !x.limited)), 45],
    [rng.pick(PREOWNED.filter((x) => x.price < 2_000_000)), 25],
    [rng.pick(JEWELLERY), 30],
  ]);
  const currency: Currency = a ? currencyOf(a) : p.currency;
  const { basket, fulfilment } = physicalBasket([item], currency, country, false);
  const cards = a ? a.cards : [newCard(rng, country, 'credit')];
  const attempts = disputable(
    rng,
    honestPay(rng, { cards, country, region: regionOf(country), signedIn: !!a }, basket, 0.04),
    cards,
    basket,
  );
  const reason = rng.weightedPick<string>([
    ['product_not_received', 40],
    ['fraudulent', 35],
    ['product_unacceptable', 15],
    ['credit_not_processed', 10],
  ]);
  const later = fraudAfter(rng, {
    fulfilment,
    region: regionOf(country),
    caught: 0,
    warning: reason === 'fraudulent' ? 0.6 : 0,
    dispute: 1,
    reason,
  });
  return purchaseOf({
    at,
    fraud: true,
    kind: 'friendly_fraud',
    buyer: a ? accountBuyer(a) : newBuyer(rng, p, at, 0.4),
    billing: p.home,
    shipping: p.home,
    basket,
    fulfilment,
    ip: homeIp(rng, country),
    device: a ? rng.pick(a.devices) : deviceOf(rng),
    locale: p.locale,
    attempts,
    later,
  });
}

const KOWLOON: Forwarder = FORWARDERS.find((f) => f.country === 'HK') ?? {
  name: 'Kwun Tong consolidator',
  country: 'HK',
  city: 'Kowloon',
  street: 'Hoi Bun Road 18',
  suite: 'Rm ',
};

/** A reseller ring: its hub, the names it buys under, its devices and cards. */
interface Ring {
  home: string;
  hub: Address;
  devices: ReturnType<typeof deviceOf>[];
  cards: HeldCard[];
  company: string;
}

function ringOf(rng: Rng): Ring {
  const home = rng.weightedPick<string>([
    ['HK', 35],
    ['AE', 30],
    ['IT', 20],
    ['SG', 15],
  ]);
  return {
    home,
    hub: home === 'HK' && rng.chance(0.5) ? forwarderAddress(rng, KOWLOON) : homeIn(rng, home).address,
    devices: [deviceOf(rng, 'macChrome', 1), deviceOf(rng, 'iphone', 1)],
    cards: [newCard(rng, home, 'credit'), newCard(rng, home, 'credit'), newCard(rng, home, 'credit')],
    company: rng.pick([
      'Golden Hour Trading Ltd',
      'Al Waha Luxury FZE',
      'Tempo Orologi SRL',
      'Crown Time Pte Ltd',
    ]),
  };
}

/**
 * Grey-market resellers: limited and sought-after references bought one per account under many names (accounts
 * opened days earlier, real-looking mail), sent to the ring's hub abroad, to straw buyers, or collected tax-free
 * in Geneva by runners; paid properly (cards of the ring or a company transfer). The boutique's allocation rules
 * make this fraud against it; some are spotted and cancelled, most are only noticed when the pieces surface.
 */
function greyMarket(rng: Rng, w: World, rings: readonly Ring[]): Purchase {
  const ring = rng.pick(rings);
  const at = placeAt(rng, w.window, market(ring.home).tz, 'any', true);
  const item = rng.weightedPick<Item>([
    [rng.pick(WATCHES.filter((x) => x.limited)), 50],
    [rng.pick(WATCHES.filter((x) => ['TU-BB58-39', 'OM-SPM-42', 'CA-SAN-M'].includes(x.sku))), 25],
    [
      rng.pick(
        PREOWNED.filter(
          (x) =>
            x.sku.startsWith('CPO-RX-DAY') ||
            x.sku.startsWith('CPO-RX-GMT') ||
            x.sku.startsWith('CPO-RX-SUB'),
        ),
      ),
      25,
    ],
  ]);
  const route = rng.weighted({ hub: 55, runner: 25, straw: 20 });
  const runnerCountry = rng.pick(['CH', 'FR']);
  const straw = personIn(rng, route === 'runner' ? runnerCountry : ring.home);
  const shipTo = route === 'hub' ? ring.hub : straw.home;
  const collect = route === 'runner';
  const { basket, fulfilment } = physicalBasket(
    [item],
    collect ? 'CHF' : 'USD',
    shipTo.country ?? ring.home,
    collect,
    collect && rng.chance(0.5),
  );
  const name = route === 'hub' ? nameIn(rng, ring.home) : straw.name;
  const email = emailFor(rng, name, ring.home, rng.pick(['gmail.com', 'outlook.com', 'icloud.com']));
  const transfer = rng.chance(0.35);
  const card = rng.chance(0.7)
    ? rng.pick(ring.cards)
    : newCard(rng, straw.country === 'FR' ? 'FR' : ring.home, 'credit');
  const attempts = transfer
    ? [other('bank_transfer', true, transferLag(rng, 'asia'))]
    : disputable(
        rng,
        honestPay(
          rng,
          { cards: [card], country: card.country, region: regionOf(ring.home), signedIn: true },
          basket,
          0.08,
        ),
        [card],
        basket,
      );
  return purchaseOf({
    at,
    fraud: true,
    kind: 'grey_market_reseller',
    buyer: { id: `cus_${rng.token(14)}`, email, name, createdAt: at - Math.floor(rng.float(0.1, 20) * DAY) },
    billing: route === 'hub' ? homeIn(rng, ring.home).address : straw.home,
    shipping: shipTo,
    basket,
    fulfilment,
    ip: route === 'runner' ? ipIn(rng, 'CH', 'mobile') : homeIp(rng, ring.home, 0.3),
    device: rng.chance(0.7) ? rng.pick(ring.devices) : deviceOf(rng),
    locale: `en-${ring.home}`,
    attempts,
    later: fraudAfter(rng, {
      fulfilment,
      region: regionOf(shipTo.country ?? ring.home),
      caught: 0.35,
      warning: 0,
      dispute: 0.03,
      reason: 'product_not_received',
      cancelReason: 'reseller_policy',
    }),
    ...(transfer ? { company: { name: ring.company } } : {}),
  });
}

/**
 * Buyers from sanctioned jurisdictions: Russians ordering from Moscow with a Kazakh, Armenian, Turkish or Emirati
 * card, shipping home or to a Dubai flat; Russian-issued UnionPay cards used from Yerevan, Almaty or Dubai;
 * Belarus; Iranians with a Turkish card shipping to Istanbul. Swiss luxury-goods sanctions apply to every one;
 * screening stops some, transfers from go-between banks are refused.
 */
function sanctionedCountry(rng: Rng, w: World): Purchase {
  const variant = rng.weighted({ ru_direct: 20, ru_via_dubai: 30, ru_unionpay: 20, belarus: 12, iran: 18 });
  const nameCountry = variant === 'iran' ? 'IR' : variant === 'belarus' ? 'BY' : 'RU';
  const name = nameIn(rng, nameCountry);
  const item = rng.weightedPick<Item>([
    [rng.pick(PREOWNED.filter((x) => x.price > 900_000)), 45],
    [rng.pick(WATCHES.filter((x) => x.price > 600_000)), 35],
    [rng.pick(over(JEWELLERY, 3_000)), 20],
  ]);
  let ip: string;
  let billing: Address;
  let shipTo: Address;
  let cardCountry: string;
  if (variant === 'ru_direct') {
    ip = ipIn(rng, 'RU', 'home');
    billing = homeIn(rng, 'RU').address;
    shipTo = rng.chance(0.7) ? billing : homeIn(rng, rng.pick(['AM', 'KZ'])).address;
    cardCountry = rng.pick(['KZ', 'AM', 'TR', 'AE']);
  } else if (variant === 'ru_via_dubai') {
    ip = ipIn(rng, 'RU', 'home');
    billing = homeIn(rng, 'AE').address;
    shipTo = rng.chance(0.8) ? billing : homeIn(rng, 'AE').address;
    cardCountry = rng.chance(0.8) ? 'AE' : 'KZ';
  } else if (variant === 'ru_unionpay') {
    const via = rng.pick(['AM', 'KZ', 'AE', 'TR']);
    ip = rng.chance(0.25) ? ipIn(rng, rng.pick(['DE', 'NL']), 'hosting') : ipIn(rng, via, 'home');
    billing = homeIn(rng, via).address;
    shipTo = billing;
    cardCountry = 'RU';
  } else if (variant === 'belarus') {
    ip = ipIn(rng, 'BY', 'home');
    billing = homeIn(rng, 'BY').address;
    shipTo = billing;
    cardCountry = rng.pick(['KZ', 'AM']);
  } else {
    ip = ipIn(rng, 'IR', 'home');
    billing = homeIn(rng, 'TR').address;
    shipTo = billing;
    cardCountry = 'TR';
  }
  const tz = ELSEWHERE[nameCountry]?.tz ?? 3;
  const at = placeAt(rng, w.window, tz, 'home', true);
  const currency: Currency = rng.chance(0.3) ? 'CHF' : rng.chance(0.2) ? 'EUR' : 'USD';
  const { basket, fulfilment } = physicalBasket([item], currency, shipTo.country ?? 'AE', false);
  const email = emailFor(
    rng,
    name,
    'RU',
    rng.weightedPick<string>([
      ['mail.ru', 25],
      ['yandex.ru', 20],
      ['gmail.com', 40],
      ['proton.me', 15],
    ]),
  );
  const transfer = variant !== 'ru_unionpay' && rng.chance(0.3);
  const chf = chfOf(basket.amount, basket.currency);
  const unionPay = (): Attempt[] => {
    const first = newCard(rng, 'RU');
    const ok = rng.chance(0.6);
    const tried = [
      cardAttempt(rng, first, chf, {
        ok,
        ...(ok ? {} : { decline: 'transaction_not_allowed' as const }),
        afterMs: rng.int(30_000, 200_000),
      }),
    ];
    if (!ok)
      tried.push(
        cardAttempt(rng, newCard(rng, 'RU'), chf, {
          ok: rng.chance(0.5),
          decline: 'do_not_honor',
          afterMs: retryGap(rng),
        }),
      );
    return tried;
  };
  const attempts =
    variant === 'ru_unionpay'
      ? unionPay()
      : transfer
        ? [
            rng.chance(0.5)
              ? other('bank_transfer', false, 7 * DAY, 'transfer_not_received')
              : other('bank_transfer', true, transferLag(rng, 'gulf')),
          ]
        : honestPay(
            rng,
            {
              cards: [newCard(rng, cardCountry, 'credit'), newCard(rng, cardCountry)],
              country: cardCountry,
              region: 'gulf',
              signedIn: false,
            },
            basket,
            0.3,
          ).filter((x) => x.method !== 'bank_transfer');
  return purchaseOf({
    at,
    fraud: true,
    kind: 'sanctioned_country',
    buyer: newBuyer(
      rng,
      { name, email, country: 'RU', home: billing, tz, locale: 'ru-RU', currency },
      at,
      0.5,
    ),
    billing,
    shipping: shipTo,
    basket,
    fulfilment,
    ip,
    device: deviceOf(rng),
    locale: rng.chance(0.6) ? 'en-CH' : 'fr-CH',
    attempts:
      attempts.length > 0 ? attempts : [other('bank_transfer', false, 7 * DAY, 'transfer_not_received')],
    later: fraudAfter(rng, {
      fulfilment,
      region: 'gulf',
      caught: 0.45,
      warning: 0,
      dispute: 0.02,
      cancelReason: 'sanctions_screening',
    }),
  });
}

/** `count` fraudulent purchases, allocated across the kinds by weight (at least one each). */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const rings = [ringOf(rng.fork('ring0')), ringOf(rng.fork('ring1')), ringOf(rng.fork('ring2'))];
  const each = (kind: FraudKind, plan: (r: Rng) => Purchase): Purchase[] =>
    Array.from({ length: n[kind] }, (_, i) => plan(rng.fork(`${kind}${i}`)));
  return [
    ...each('stolen_card', (r) => stolenCard(r, w)),
    ...each('forwarder_export', (r) => forwarderExport(r, w)),
    ...each('account_takeover', (r) => accountTakeover(r, w)),
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...each('voucher_cashout', (r) => voucherCashout(r, w)),
    ...each('triangulation', (r) => triangulation(r, w)),
    ...each('friendly_fraud', (r) => friendlyFraud(r, w)),
    ...each('grey_market_reseller', (r) => greyMarket(r, w, rings)),
    ...each('sanctioned_country', (r) => sanctionedCountry(r, w)),
  ];
}
