import { accountBuyer, type Address, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { MOMENTS, moment, scaled, within } from './calendar.js';
import { type HeldCard, type IssuerKey, newCard } from './cards.js';
import {
  basketOf,
  BUNDLE,
  CONSOLES,
  CONTROLLERS,
  CURRENCY_PACKS,
  GAMES,
  GIFT_CARDS,
  HEADSETS,
  type Item,
  type Line,
  lineIn,
  OC6,
  WALLET,
} from './catalogue.js';
import { type Draft, paidAfter, purchaseOf } from './draft.js';
import {
  crewDevice,
  crewExit,
  fraudAfter,
  fraudPurchase,
  freshAccount,
  residentialProxy,
} from './fraud-kit.js';
import { address, network, vpnExit } from './networks.js';
import { type Account, deviceOf, emailFor, nameIn } from './people.js';
import { addressAt, EU_PLACES, GULF_AND_TURKEY, IE_PLACES, placeIn, SANCTIONED_PLACES } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  HOUR,
  honestPay,
  type LaterEvent,
  localeFor,
  MINUTE,
  other,
  type Purchase,
  SCA,
} from './purchase.js';
import { connectionOf, type World } from './shopper.js';

/** Fraud through accounts and identities: takeovers, reseller bots, friendly fraud, sanctioned buyers. */

/** A saved card charged by someone who holds the account but not the holder's phone. */
function savedCardByIntruder(rng: Rng, card: HeldCard, amount: number): Attempt[] {
  const afterMs = rng.int(5_000, 40_000);
  if (!SCA.has(card.country))
    return [cardAttempt(rng, card, amount, { entry: 'saved', ok: true, afterMs, threeDS: 'not_enrolled' })];
  const r = rng.next();
  if (r < 0.45)
    return [
      cardAttempt(rng, card, amount, {
        entry: 'saved',
        ok: true,
        afterMs,
        threeDS: amount < 3_000 ? 'exempt' : 'frictionless',
      }),
    ];
  if (r < 0.85)
    return [
      cardAttempt(rng, card, amount, {
        entry: 'saved',
        ok: false,
        decline: 'authentication_failed',
        afterMs: afterMs + rng.int(60_000, 300_000),
      }),
    ];
  return [cardAttempt(rng, card, amount, { entry: 'saved', ok: false, decline: 'do_not_honor', afterMs })];
}

/** Codes adding up to no more than `budget`. */
function linesWithin(rng: Rng, c: 'EUR' | 'GBP', budget: number): Line[] {
  const pool: Item[] = [...GIFT_CARDS, ...WALLET.filter((x) => x.eur >= 2_500)];
  const lines: Line[] = [];
  let total = 0;
  for (let i = 0; i < 6; i++) {
    const fits = pool.filter((p) => total + (c === 'EUR' ? p.eur : p.gbp) <= budget);
    if (fits.length === 0) break;
    const p = rng.pick(fits);
    const existing = lines.find((l) => l.sku === p.sku);
    if (existing) existing.quantity += 1;
    else lines.push(lineIn(c, p));
    total += c === 'EUR' ? p.eur : p.gbp;
  }
  return lines.length > 0 ? lines : [lineIn(c, WALLET[0])];
}

/**
 * Account takeover: credentials from another site's leak tried here; an aged account entered at night from a new
 * machine and a VPN, a residential proxy in the victim's country or the crew's own; its trade-in credit spent on
 * e-gift cards, its saved card on codes sent to another inbox (3-D Secure stops many), or a console sent to a
 * new address, sometimes redirected after the order. The victim complains, is refunded, or disputes it.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = w.customers.all.filter(
    (a) => a.createdAt < w.window.start - 60 * DAY && a.persona !== 'business',
  );
  const pool = aged.length > 0 ? aged : w.customers.all;
  const withCredit = pool.filter((a) => a.credit >= 2_000);
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`ato${i}`);
    const a: Account = withCredit.length > 0 && r.chance(0.35) ? r.pick(withCredit) : r.pick(pool);
    const at = moment(r, w.window, a.tz, r.chance(0.6) ? 'night' : 'any');
    const where = r.next();
    const ip =
      where < 0.4 ? address(r, vpnExit(r)) : where < 0.8 ? residentialProxy(r, a.home.country) : crewExit(r);
    const c = a.currency;
    const variant = a.credit >= 2_000 && r.chance(0.7) ? 'credit' : r.chance(0.7) ? 'codes' : 'goods';
    const base: Omit<Draft, 'lines' | 'fulfilment'> = {
      kind: 'account_takeover',
      fraud: true,
      at,
      buyer: accountBuyer(a),
      billing: a.home,
      ip,
      device: crewDevice(r, 0.75),
      region: a.region,
      currency: c,
      locale: r.chance(0.6) ? 'en-US' : 'en-GB',
    };
    // The victim notices: the shop restores the credit or refunds the card, or the bank gets a chargeback.
    const complaint = r.next();
    const refunded = complaint < (variant === 'credit' ? 0.65 : 0.35);
    const victim = (paidAt: number): LaterEvent[] =>
      refunded
        ? [{ type: 'refund.created', afterMs: paidAt + r.int(1, 5) * DAY, reason: 'account_compromised' }]
        : [];
    const outcome = {
      warn: variant === 'credit' ? 0 : 0.2,
      dispute: refunded || variant === 'credit' ? 0 : 0.5,
    };
    if (variant === 'credit') {
      const d: Draft = {
        ...base,
        lines: linesWithin(r, c, a.credit),
        fulfilment: 'email',
        giftRecipient: `${r.token(9)}@${r.pick(['gmail.com', 'proton.me', 'yopmail.com'])}`,
      };
      return fraudPurchase(r, d, () => [other('store_credit', true, r.int(4_000, 20_000))], outcome, victim);
    }
    const card = a.cards[0] as HeldCard;
    if (variant === 'codes') {
      const lines = [
        lineIn(c, r.pick(WALLET.filter((x) => x.eur >= 5_000)), r.int(1, 3)),
        ...(r.chance(0.4) ? [lineIn(c, CURRENCY_PACKS[2])] : []),
      ];
      const d: Draft = {
        ...base,
        lines,
        fulfilment: 'email',
        ...(r.chance(0.6) ? { giftRecipient: `${r.token(10)}@gmail.com` } : {}),
      };
      return fraudPurchase(r, d, (amount) => savedCardByIntruder(r, card, amount), outcome, victim);
    }
    const elsewhere = addressAt(r, placeIn(r, a.region));
    const redirect = r.chance(0.4);
    const lines = [lineIn(c, r.pick([...CONSOLES.slice(0, 6), OC6.collectors, CONTROLLERS[1]]))];
    const d: Draft = { ...base, lines, fulfilment: 'express', shipping: redirect ? a.home : elsewhere };
    const change = (paidAt: number): LaterEvent[] =>
      redirect
        ? [
            {
              type: 'order.updated',
              afterMs: paidAt + r.int(8 * MINUTE, 50 * MINUTE),
              status: 'address_changed',
              shipping: elsewhere,
            },
          ]
        : [];
    return fraudPurchase(
      r,
      d,
      (amount) => savedCardByIntruder(r, card, amount),
      outcome,
      (t) => [...change(t), ...victim(t)],
    );
  });
}

const CATCH_ALL = ['harbourdrops.ie', 'restockcrew.com', 'cookgroup-eu.com', 'murphyholdings.ie'];

/** An address typed a little differently each time so one-per-customer checks see different households. */
function jig(rng: Rng, a: Address, k: number): Address {
  const line = a.line1 ?? '';
  const styles = [
    () => line,
    () => `Apt ${k}, ${line}`,
    () => `${line} ${rng.token(3).toUpperCase()}`,
    () => line.replace('Road', 'Rd').replace('Avenue', 'Ave').replace('Street', 'St'),
    () => `${line}, Unit ${rng.int(1, 30)}`,
    () => line.toUpperCase(),
  ];
  return { ...a, line1: rng.pick(styles)() };
}

/**
 * Reseller bots on the launch bundle and the collector's edition: a crew's accounts opened in the days before
 * the drop (plus-addressed Gmail or a catch-all domain), orders within seconds of 09:00 from cloud servers in
 * Dublin or rented Irish home lines, one browser build (sometimes headless) and a few fingerprints shared
 * between accounts, disposable virtual cards from one neobank, and two or three drop addresses "jigged". The
 * shop cancels the ones it links; the rest ship and are resold.
 */
export function resellerBots(rng: Rng, w: World, n: number): Purchase[] {
  const crews = n > 8 ? 2 : 1;
  const out: Purchase[] = [];
  let serial = 3_800_000 + rng.int(0, 50_000);
  for (let crew = 0; crew < crews; crew++) {
    const cr = rng.fork(`crew${crew}`);
    const size = crew === crews - 1 ? n - out.length : Math.floor(n / crews);
    const plus = cr.chance(0.5);
    const boss = nameIn(cr, 'IE');
    const local = boss.toLowerCase().replace(/[^a-z]/g, '');
    const domain = cr.pick(CATCH_ALL);
    const drops = Array.from({ length: cr.int(2, 3) }, () =>
      addressAt(
        cr,
        cr.weightedPick(
          IE_PLACES.filter(([p]) => ['Dublin', 'Swords', 'Navan', 'Drogheda'].includes(p.city)),
        ),
      ),
    );
    const issuer: IssuerKey = cr.chance(0.7) ? 'neoLtVirtual' : 'ieCredit';
    const cloud = cr.chance(0.4);
    const fingerprints = Array.from({ length: 3 }, () => `fp_${cr.token(20)}`);
    const headless = cr.chance(0.4);
    for (let k = 0; k < size; k++) {
      const r = cr.fork(`o${k}`);
      const which = r.next();
      const drop = which < 0.7 ? MOMENTS.bundleDrop : which < 0.88 ? MOMENTS.restock : MOMENTS.ceRestock;
      const at = within(w.window, scaled(w.window, drop) + r.int(300, 90_000));
      const name = nameIn(r, 'IE');
      const email = plus
        ? `${local}+${r.token(4)}@gmail.com`
        : `${name
            .split(' ')[0]
            ?.toLowerCase()
            .replace(/[^a-z]/g, '')}${r.int(1, 999)}@${domain}`;
      serial += r.int(1, 9);
      const createdAt = scaled(w.window, MOMENTS.bundleDrop) - r.int(1, 12) * DAY - r.int(0, DAY);
      const place = r.pick(drops);
      const address_ = jig(r, place, k + 1);
      const device = r.chance(0.6)
        ? {
            userAgent: deviceOf(r, headless && r.chance(0.5) ? 'headless' : 'windows', 0).userAgent,
            id: r.pick(fingerprints),
          }
        : deviceOf(r, 'windows', 0.9);
      const lines = [lineIn('EUR', drop === MOMENTS.ceRestock ? OC6.collectors : BUNDLE)];
      const d: Draft = {
        kind: 'reseller_bot',
        fraud: true,
        at,
        buyer: { id: `C${serial}`, email, name, createdAt },
        billing: address_,
        shipping: address_,
        fulfilment: r.chance(0.6) ? 'express' : 'delivery',
        ip: cloud
          ? address(r, network('ie-cloud'))
          : address(r, network(r.chance(0.5) ? 'ie-fibre-dsl' : 'ie-cable')),
        device,
        region: 'IE',
        currency: 'EUR',
        lines,
        locale: 'en-US',
      };
      const basket = basketOf('EUR', lines, d.fulfilment, 'IE');
      const afterMs = r.int(1_200, 6_000);
      const attempts: Attempt[] = r.chance(0.85)
        ? [
            cardAttempt(r, newCard(r, issuer), basket.amount, {
              ok: true,
              afterMs,
              threeDS: r.chance(0.6) ? 'frictionless' : 'challenge_passed',
            }),
          ]
        : [
            cardAttempt(r, newCard(r, issuer), basket.amount, {
              ok: false,
              decline: r.chance(0.5) ? 'card_velocity_exceeded' : 'do_not_honor',
              afterMs,
            }),
            cardAttempt(r, newCard(r, issuer), basket.amount, {
              ok: true,
              afterMs: r.int(2_000, 8_000),
              threeDS: 'frictionless',
            }),
          ];
      const paidAt = paidAfter(attempts);
      const later: LaterEvent[] = r.chance(0.4)
        ? [
            {
              type: 'order.cancelled',
              afterMs: paidAt + r.int(2, 30) * HOUR,
              reason: 'order_limit_exceeded',
            },
            {
              type: 'refund.created',
              afterMs: paidAt + r.int(31, 34) * HOUR,
              reason: 'order_limit_exceeded',
            },
          ]
        : fraudAfter(r, d.fulfilment, 'IE', at, paidAt, { warn: 0, dispute: 0 });
      out.push(purchaseOf(d, basket, attempts, paid({ attempts }) ? later : []));
    }
  }
  return out;
}

/**
 * Friendly fraud: a teenager on their own account spending the parent's saved card on V-Bucks, FC Points and
 * wallet top-ups over an evening or a few days, which the parent then disputes as unauthorised; or an adult
 * who signs for a console and says it never came.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  for (let i = 0; out.length < n; i++) {
    const r = rng.fork(`ff${i}`);
    const teens = w.customers.of.teen;
    if (teens.length > 0 && r.chance(0.7)) {
      const a = r.pick(teens);
      const card = a.cards[0] as HeldCard;
      const binge = Math.min(
        n - out.length,
        r.weightedPick([
          [1, 45],
          [2, 35],
          [3, 20],
        ] as const),
      );
      let t = moment(r, w.window, a.tz, 'teen');
      for (let k = 0; k < binge; k++) {
        if (k > 0) t = within(w.window, t + r.int(20 * MINUTE, 2 * DAY));
        const c = a.currency;
        const lines = [
          lineIn(
            c,
            r.pick([
              CURRENCY_PACKS[1],
              CURRENCY_PACKS[2],
              CURRENCY_PACKS[4],
              CURRENCY_PACKS[5],
              WALLET[2],
              OC6.cash,
            ]),
            r.int(1, 2),
          ),
        ];
        const device = a.devices[0] ?? deviceOf(r, 'ps5');
        const d: Draft = {
          kind: 'friendly_fraud',
          fraud: true,
          at: t,
          buyer: accountBuyer(a),
          billing: a.home,
          fulfilment: 'email',
          ip: connectionOf(r, a, device),
          device,
          region: a.region,
          currency: c,
          lines,
          locale: localeFor(r, a.home.country, a.region),
        };
        out.push(
          fraudPurchase(
            r,
            d,
            (amount) => [
              cardAttempt(r, card, amount, {
                entry: 'saved',
                ok: true,
                afterMs: r.int(4_000, 25_000),
                threeDS: amount < 3_000 ? 'exempt' : 'frictionless',
              }),
            ],
            { warn: 0, dispute: 1, disputeReason: 'fraudulent' },
          ),
        );
      }
      continue;
    }
    const adults = w.customers.of.adult.length > 0 ? w.customers.of.adult : w.customers.all;
    const a = r.pick(adults);
    const c = a.currency;
    const lines = [
      lineIn(c, r.pick([...CONSOLES, ...HEADSETS])),
      ...(r.chance(0.4) ? [lineIn(c, r.pick(GAMES))] : []),
    ];
    const device = a.devices[0] ?? deviceOf(r, 'iphone');
    const d: Draft = {
      kind: 'friendly_fraud',
      fraud: true,
      at: moment(r, w.window, a.tz, 'household'),
      buyer: accountBuyer(a),
      billing: a.home,
      shipping: a.home,
      fulfilment: 'delivery',
      ip: connectionOf(r, a, device),
      device,
      region: a.region,
      currency: c,
      lines,
      locale: localeFor(r, a.home.country, a.region),
    };
    out.push(
      fraudPurchase(
        r,
        d,
        (amount) =>
          honestPay(
            r,
            {
              cards: a.cards,
              region: a.region,
              signedIn: true,
              device,
              wallets: { ...a.wallets, klarna: false },
              declineShare: 0,
            },
            amount,
          ),
        { warn: 0, dispute: 1, disputeReason: 'product_not_received' },
      ),
    );
  }
  return out;
}

/**
 * Buyers in comprehensively sanctioned countries: Iranian gamers buying PlayStation and Steam codes (PSN is not
 * sold there) from home or through a VPN with a Turkish or Emirati card, sometimes typing their Tehran address;
 * Syrians the same way; a Cuban family paying with a relative's Spanish card for a console delivered in Madrid.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`s${i}`);
    const variant = r.weightedPick([
      ['ir_direct', 40],
      ['ir_vpn', 20],
      ['sy_direct', 15],
      ['cu_family', 25],
    ] as const);
    const home =
      variant === 'sy_direct'
        ? r.pick(SANCTIONED_PLACES.SY)
        : variant === 'cu_family'
          ? r.pick(SANCTIONED_PLACES.CU)
          : r.pick(SANCTIONED_PLACES.IR);
    const name = nameIn(r, home.country);
    const at = moment(r, w.window, home.tz, 'household');
    const email = r.chance(0.6) ? emailFor(r, name, 'OTHER') : `${r.token(9)}@gmail.com`;
    const buyer = r.chance(0.4) ? freshAccount(r, at, email, name) : { email, name };
    const device = deviceOf(r, r.pick(['android', 'windows', 'samsung', 'iphoneOld'] as const), 0.8);
    if (variant === 'cu_family') {
      const spain = r.pick(EU_PLACES.filter(([p]) => p.country === 'ES'))[0];
      const lines = [
        lineIn('EUR', r.pick(CONSOLES.filter((x) => x.eur < 55_000))),
        lineIn('EUR', r.pick(GAMES)),
      ];
      const d: Draft = {
        kind: 'sanctioned_country',
        fraud: true,
        at,
        buyer,
        billing: addressAt(r, home),
        shipping: addressAt(r, spain),
        fulfilment: 'delivery',
        ip: address(r, network('cu-mobile')),
        device,
        region: 'EU',
        currency: 'EUR',
        lines,
        locale: 'es-419',
      };
      return fraudPurchase(
        r,
        d,
        (amount) => [
          cardAttempt(r, newCard(r, 'esDebit'), amount, {
            ok: true,
            match: 'wrong',
            afterMs: r.int(20_000, 90_000),
            threeDS: 'challenge_passed',
          }),
        ],
        { warn: 0, dispute: 0.05, caught: 0.2, caughtReason: 'compliance_review' },
      );
    }
    const billed =
      variant === 'ir_vpn' || r.chance(0.5) ? addressAt(r, home) : addressAt(r, r.pick(GULF_AND_TURKEY));
    const ip =
      variant === 'ir_vpn'
        ? address(r, vpnExit(r))
        : variant === 'sy_direct'
          ? address(r, network('sy-broadband'))
          : address(r, network(r.chance(0.5) ? 'ir-broadband' : 'ir-mobile'));
    const lines = [lineIn('EUR', r.pick([WALLET[3], WALLET[2], WALLET[9], OC6.digitalDeluxe]), r.int(1, 4))];
    const d: Draft = {
      kind: 'sanctioned_country',
      fraud: true,
      at,
      buyer,
      billing: billed,
      fulfilment: 'email',
      ip,
      device,
      region: 'IE',
      currency: 'EUR',
      lines,
      locale: localeFor(r, home.country),
    };
    const key: IssuerKey = r.chance(0.6) ? 'trCredit' : 'aeCredit';
    return fraudPurchase(
      r,
      d,
      (amount) =>
        r.chance(0.2)
          ? [
              cardAttempt(r, newCard(r, key), amount, {
                ok: false,
                decline: 'do_not_honor',
                afterMs: r.int(10_000, 60_000),
              }),
              cardAttempt(r, newCard(r, key), amount, {
                ok: true,
                afterMs: r.int(30_000, 120_000),
                threeDS: 'not_enrolled',
              }),
            ]
          : [
              cardAttempt(r, newCard(r, key), amount, {
                ok: true,
                afterMs: r.int(10_000, 60_000),
                threeDS: r.chance(0.6) ? 'not_enrolled' : 'frictionless',
              }),
            ],
      { warn: 0.05, dispute: 0.05, caught: 0.3, caughtReason: 'compliance_review' },
    );
  });
}
