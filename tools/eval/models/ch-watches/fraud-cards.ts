import { type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { emailBasket, ipIn, physicalBasket, purchaseOf, regionOf, type World } from './build.js';
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
import { fraudAfter, fraudEmail, fraudIp, stolenAttempts } from './fraud-kit.js';
import { deviceOf, emailFor, personIn } from './people.js';
import { type Currency, FORWARDERS, forwarderAddress, homeIn, market } from './places.js';
import { type Attempt, cardAttempt, HOUR, type LaterEvent, MINUTE, type Purchase } from './purchase.js';

/** Fraud paid with stolen cards: single expensive pieces, forwarders, card testing, vouchers, triangulation. */

const under = (items: readonly Item[], chf: number) => items.filter((i) => i.price <= chf * 100);
const hot = WATCHES.filter((w) =>
  ['TU-BB58-39', 'OM-SPM-42', 'CA-SAN-M', 'OM-AT-41', 'TU-PEL-42', 'IW-POR-41', 'BR-NAV-43'].includes(w.sku),
);
const rolex = PREOWNED.filter((w) => w.sku.startsWith('CPO-RX'));

/** The one piece a card thief wants: a sought-after watch, a pre-owned Rolex, diamonds. */
function expensivePiece(rng: Rng): Item {
  const what = rng.weighted({ watch: 45, rolex: 32, diamonds: 23 });
  if (what === 'watch') return rng.chance(0.7) ? rng.pick(hot) : rng.pick(WATCHES);
  if (what === 'rolex') return rng.pick(rolex);
  return rng.pick(JEWELLERY.filter((j) => j.price >= 300_000));
}

const VICTIMS: ReadonlyArray<readonly [string, number]> = [
  ['US', 28],
  ['GB', 16],
  ['CH', 14],
  ['FR', 10],
  ['DE', 10],
  ['IT', 5],
  ['AE', 5],
  ['HK', 4],
  ['SG', 3],
  ['AT', 2],
  ['NL', 2],
  ['ES', 1],
];

/** A guest, or an account opened minutes before checkout. */
function freshBuyer(rng: Rng, name: string, email: string, at: number, accountShare: number): Buyer {
  return rng.chance(accountShare)
    ? { id: `cus_${rng.token(14)}`, email, name, createdAt: at - rng.int(60_000, 25 * MINUTE) }
    : { email, name };
}

/** The cards a thief has for one cardholder's country: one, or a few from the same batch. */
function stolenCards(rng: Rng, country: string, careful: boolean): HeldCard[] {
  const first = newCard(rng, country, 'credit');
  const extra = careful
    ? rng.weightedPick([
        [0, 60],
        [1, 30],
        [2, 10],
      ] as const)
    : rng.int(1, 4);
  return [
    first,
    ...Array.from({ length: extra }, () =>
      rng.chance(0.5) ? sameBin(rng, first) : newCard(rng, country, 'credit'),
    ),
  ];
}

/**
 * A stolen card, often with the holder's full identity: one expensive piece shipped to a drop address in the
 * holder's country (a mule, a neighbour's porch, the courier redirected after dispatch), now and then collected
 * in Geneva by someone with a forged ID. Careful thieves use a residential proxy in the holder's country and a
 * plausible mail address; sloppy ones a hosting exit, a throwaway inbox, several cards in a row at night.
 */
export function stolenCard(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(VICTIMS);
  const careful = rng.chance(0.65);
  const holder = personIn(rng, country);
  const at = careful ? placeAt(rng, w.window, holder.tz, 'home') : placeAt(rng, w.window, 1, 'night');
  const drop = rng.weighted({ mule: 50, nearby: 25, redirect: 15, collect: 10 });
  const shipTo =
    drop === 'mule'
      ? homeIn(rng, country).address
      : drop === 'nearby'
        ? { ...holder.home, line1: homeIn(rng, country).address.line1 }
        : holder.home;
  const currency = market(country).currency;
  const { basket, fulfilment } = physicalBasket([expensivePiece(rng)], currency, country, drop === 'collect');
  const cards = stolenCards(rng, country, careful);
  const attempts = stolenAttempts(rng, cards, basket, {
    otp: careful ? 0.4 : 0.1,
    match: careful ? 'good' : rng.chance(0.5) ? 'bad' : 'partial',
  });
  return purchaseOf({
    at,
    fraud: true,
    kind: 'stolen_card',
    buyer: freshBuyer(
      rng,
      holder.name,
      fraudEmail(rng, careful, holder.name, country),
      at,
      careful ? 0.5 : 0.3,
    ),
    billing: holder.home,
    shipping: shipTo,
    basket,
    fulfilment,
    ip: fraudIp(rng, careful, country),
    device: deviceOf(rng, careful ? undefined : rng.pick(['win', 'linux', 'android'] as const)),
    locale: `${rng.pick(market(country).languages)}-${country}`,
    attempts,
    later: fraudAfter(rng, {
      fulfilment,
      region: regionOf(country),
      caught: drop === 'collect' ? 0.5 : 0.18,
      warning: 0.5,
      dispute: 0.85,
      ...(drop === 'redirect' ? { redirect: homeIn(rng, country).address } : {}),
    }),
  });
}

/**
 * Stolen US, British and European cards shipped to a freight forwarder or tax-free reshipper (a suite number at a
 * warehouse in Florida, Delaware, Oregon or New Jersey, a German parcel station on the Swiss border, a Kowloon
 * consolidator), or to a recruited mule who reships; the fraudster is abroad behind a proxy.
 */
export function forwarderExport(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<string>([
    ['US', 55],
    ['GB', 18],
    ['DE', 12],
    ['CH', 10],
    ['FR', 5],
  ]);
  const careful = rng.chance(0.55);
  const holder = personIn(rng, country);
  const at = placeAt(rng, w.window, careful ? holder.tz : rng.pick([1, 2, 3]), careful ? 'home' : 'any');
  const forwarder = rng.pick(
    FORWARDERS.filter((f) =>
      country === 'US'
        ? f.country === 'US'
        : country === 'GB' || country === 'FR'
          ? f.country === 'HK' || f.country === 'US'
          : f.country === 'DE',
    ),
  );
  const viaMule = rng.chance(0.35);
  const shipTo = viaMule ? homeIn(rng, country).address : forwarderAddress(rng, forwarder);
  const shipCountry = shipTo.country ?? country;
  const items = rng.chance(0.15) ? [rng.pick(hot), rng.pick(under(JEWELLERY, 4_000))] : [expensivePiece(rng)];
  const currency: Currency = market(country).currency;
  const { basket, fulfilment } = physicalBasket(items, currency, shipCountry, false);
  const attempts = stolenAttempts(rng, stolenCards(rng, country, careful), basket, {
    otp: 0.25,
    match: careful ? 'good' : 'partial',
  });
  return purchaseOf({
    at,
    fraud: true,
    kind: 'forwarder_export',
    buyer: freshBuyer(rng, holder.name, fraudEmail(rng, careful, holder.name, country), at, 0.35),
    billing: holder.home,
    shipping: shipTo,
    basket,
    fulfilment,
    ip: fraudIp(rng, careful, country),
    device: deviceOf(rng),
    locale: `en-${country}`,
    attempts,
    later: fraudAfter(rng, {
      fulfilment,
      region: regionOf(shipCountry),
      caught: 0.22,
      warning: 0.55,
      dispute: 0.85,
    }),
  });
}

/**
 * Card testing: scripted bursts of guest orders for the cheapest things (an e-mailed CHF 100 voucher, a NATO
 * strap, a care kit), card after card from one or two BINs, mostly declined, at night in Geneva, from hosting
 * exits or rotating proxies. The few that pass are vouchers soon refunded or disputed.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const runs = Math.max(1, Math.round(count / 14));
  const out: Purchase[] = [];
  for (let r = 0; r < runs; r++) {
    const run = rng.fork(`run${r}`);
    const size = Math.floor(count / runs) + (r < count % runs ? 1 : 0);
    const country = run.weightedPick<string>([
      ['US', 45],
      ['GB', 20],
      ['FR', 10],
      ['DE', 10],
      ['CH', 10],
      ['IT', 5],
    ]);
    const bins = [newCard(run, country), newCard(run, country)];
    const start = placeAt(
      run,
      { start: w.window.start, end: Math.max(w.window.start + 1, w.window.end - 3 * HOUR) },
      1,
      'night',
    );
    const sameDevice = run.chance(0.5) ? deviceOf(run, 'headless', 1) : undefined;
    const target = run.weightedPick<'voucher' | 'strap' | 'kit'>([
      ['voucher', 50],
      ['strap', 30],
      ['kit', 20],
    ]);
    const currency: Currency = run.chance(0.7) ? 'CHF' : 'USD';
    let t = start;
    for (let i = 0; i < size; i++) {
      t += run.int(15_000, 4 * MINUTE);
      const cardholder = personIn(run, country);
      const item: Item =
        target === 'voucher'
          ? (VOUCHERS[0] as Item)
          : target === 'strap'
            ? (STRAPS[0] as Item)
            : (ACCESSORIES[0] as Item);
      const { basket, fulfilment } =
        target === 'voucher'
          ? emailBasket([item], currency)
          : physicalBasket([item], currency, country, false);
      const chf = chfOf(basket.amount, currency);
      const attempts: Attempt[] = [];
      const tries = run.weightedPick([
        [1, 55],
        [2, 30],
        [3, 15],
      ] as const);
      let after = run.int(3_000, 20_000);
      for (let k = 0; k < tries; k++) {
        const card = sameBin(run, run.pick(bins));
        const ok = run.chance(0.1);
        const decline = run.weightedPick<Decline>([
          ['incorrect_number', 25],
          ['do_not_honor', 20],
          ['incorrect_cvc', 15],
          ['insufficient_funds', 12],
          ['expired_card', 10],
          ['stolen_card', 8],
          ['authentication_failed', 10],
        ]);
        attempts.push(
          cardAttempt(run, card, chf, { ok, ...(ok ? {} : { decline }), afterMs: after, match: 'bad' }),
        );
        if (ok) break;
        after = run.int(2_000, 12_000);
      }
      const email = `${run.token(run.int(7, 11))}@${run.pick(['gmail.com', 'outlook.com', 'yopmail.com', 'mail.com', 'sharklasers.com'])}`;
      const later: LaterEvent[] = run.chance(0.4)
        ? [
            { type: 'order.cancelled', afterMs: run.int(1, 8) * HOUR, reason: 'suspected_fraud' },
            { type: 'refund.created', afterMs: run.int(9, 12) * HOUR, reason: 'fraudulent' },
          ]
        : fraudAfter(run, { fulfilment, region: regionOf(country), caught: 0, warning: 0.5, dispute: 0.3 });
      out.push(
        purchaseOf({
          at: Math.min(t, w.window.end - 1),
          fraud: true,
          kind: 'card_testing',
          buyer: { email, name: cardholder.name },
          billing: cardholder.home,
          shipping: cardholder.home,
          basket,
          fulfilment,
          ip: run.chance(0.6)
            ? ipIn(run, run.pick(['US', 'NL', 'DE', 'FI']), 'hosting')
            : ipIn(run, country, 'home'),
          device: sameDevice ?? deviceOf(run, run.chance(0.6) ? 'headless' : 'linux', 0.3),
          locale: 'en-CH',
          attempts,
          later,
        }),
      );
    }
  }
  return out;
}

/**
 * Gift vouchers bought with stolen cards on an account opened minutes earlier and e-mailed to another inbox:
 * sold on at a discount or spent on a watch in the boutique before the chargeback comes.
 */
export function voucherCashout(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(VICTIMS);
  const careful = rng.chance(0.6);
  const holder = personIn(rng, country);
  const at = careful ? placeAt(rng, w.window, holder.tz, 'home') : placeAt(rng, w.window, 1, 'night');
  const face = rng.pick(VOUCHERS.filter((v) => v.price >= 100_000));
  const { basket, fulfilment } = emailBasket(
    [
      [
        face,
        rng.weightedPick([
          [1, 60],
          [2, 30],
          [3, 10],
        ] as const),
      ],
    ],
    market(country).currency,
  );
  const email = fraudEmail(rng, careful, holder.name, country);
  return purchaseOf({
    at,
    fraud: true,
    kind: 'voucher_cashout',
    buyer: freshBuyer(rng, holder.name, email, at, 0.7),
    billing: holder.home,
    basket,
    fulfilment,
    ip: fraudIp(rng, careful, country),
    device: deviceOf(rng),
    locale: `en-${country}`,
    attempts: stolenAttempts(rng, stolenCards(rng, country, careful), basket, {
      otp: careful ? 0.35 : 0.1,
      match: careful ? 'good' : 'partial',
    }),
    later: fraudAfter(rng, { fulfilment, region: 'ch', caught: 0.15, warning: 0.55, dispute: 0.75 }),
    recipientEmail: careful
      ? emailFor(rng, personIn(rng, country).name, country)
      : fraudEmail(rng, false, holder.name, country),
    giftNote: rng.chance(0.3) ? 'Merry Christmas!' : undefined,
  });
}

/**
 * Triangulation: a watch "sold" on a marketplace at a good price; the fraudster orders it with a stolen card,
 * billing the cardholder, shipping to the real buyer (often under the buyer's own mail address so the shop's
 * notices reach them). The buyer signs for a genuine watch; the cardholder disputes weeks later.
 */
export function triangulation(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<string>([
    ['US', 35],
    ['GB', 20],
    ['DE', 15],
    ['FR', 10],
    ['CH', 10],
    ['IT', 10],
  ]);
  const buyerCountry = rng.weightedPick<string>([
    ['DE', 20],
    ['FR', 15],
    ['IT', 15],
    ['GB', 15],
    ['US', 15],
    ['NL', 8],
    ['ES', 7],
    ['AT', 5],
  ]);
  const holder = personIn(rng, country);
  const realBuyer = personIn(rng, buyerCountry);
  const at = placeAt(rng, w.window, realBuyer.tz, 'any', buyerCountry !== 'CH');
  const item = rng.chance(0.5) ? rng.pick(hot) : rng.pick(rolex.filter((r) => r.price < 2_500_000));
  const { basket, fulfilment } = physicalBasket([item], market(buyerCountry).currency, buyerCountry, false);
  const careful = rng.chance(0.6);
  const email = rng.chance(0.5) ? realBuyer.email : fraudEmail(rng, true, holder.name, country);
  return purchaseOf({
    at,
    fraud: true,
    kind: 'triangulation',
    buyer: { email, name: rng.chance(0.6) ? realBuyer.name : holder.name },
    billing: holder.home,
    shipping: realBuyer.home,
    basket,
    fulfilment,
    ip: rng.chance(0.2) ? ipIn(rng, buyerCountry, 'home') : fraudIp(rng, careful, country),
    device: deviceOf(rng),
    locale: realBuyer.locale,
    attempts: stolenAttempts(rng, stolenCards(rng, country, true), basket, {
      otp: 0.35,
      match: 'good',
      issuerOk: 0.8,
    }),
    later: fraudAfter(rng, {
      fulfilment,
      region: regionOf(buyerCountry),
      caught: 0.1,
      warning: 0.5,
      dispute: 0.9,
    }),
  });
}
