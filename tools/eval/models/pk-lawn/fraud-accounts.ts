import { type Rng } from '../kit/random.js';
import { newcomer, purchaseOf, signedIn, type World } from './build.js';
import { EVENINGS, momentIn, RAMADAN_NIGHTS } from './calendar.js';
import { newCard } from './cards.js';
import { addFrom, basketOf, CURRENCY, pickLines, RANGES } from './catalogue.js';
import { caught, chargedBack } from './fraud-cards.js';
import { homeNetwork, type NetworkName, vpnExit } from './networks.js';
import { type Account, deviceFor, deviceOf, diasporaAccount, person, phoneFor } from './people.js';
import { homeAt, metroHome, SANCTIONED_PLACES, townHome } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  deliveryFor,
  fulfil,
  honestPay,
  isPaid,
  lastOf,
  type LaterEvent,
  type Method,
  MINUTE,
  other,
  type Purchase,
  releaseUnpaid,
  type Storefront,
} from './purchase.js';

/** Fraud through accounts and from abroad: takeovers, friendly fraud, buyers in sanctioned countries. */

/**
 * Credential stuffing into aged accounts, diaspora ones with saved cards first: a new phone in Pakistan, the
 * saved card, formals to a new address (or the saved one, changed minutes later). OTP-challenged cards mostly
 * stop it; the owner often sees the confirmation e-mail and calls.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`t${i}`);
    const victim: Account = r.chance(0.65)
      ? diasporaAccount(r, w.customers)
      : r.pick(w.customers.byMarket.PK.length ? w.customers.byMarket.PK : w.customers.all);
    const at = momentIn(r, w.window, { profile: 'even', tz: 5, hours: RAMADAN_NIGHTS });
    const who = signedIn(victim);
    const dest = r.chance(0.6) ? townHome(r) : metroHome(r);
    const lines = pickLines(r, [...RANGES.formal, ...RANGES.formalUnstitched], r.int(1, 3), 'PKR');
    const basket = basketOf(lines, 'PKR', 'courier', 'PK');
    const attempts: Attempt[] = [];
    for (const card of victim.cards) {
      const easy = card.country === 'US' || card.country === 'CA';
      const ok = r.chance(easy ? 0.8 : 0.3);
      attempts.push(
        cardAttempt(r, card, 'pk', {
          ok,
          entry: 'saved',
          afterMs: r.int(10, 60) * 1000,
          ...(ok ? {} : { decline: easy ? 'do_not_honor' : 'authentication_failed' }),
        }),
      );
      if (ok) break;
    }
    const switched = r.chance(0.25);
    const saved = victim.family?.home.address ?? victim.home.address;
    let later: LaterEvent[];
    if (!isPaid(attempts)) later = [releaseUnpaid(r, attempts)];
    else if (r.chance(0.35)) later = caught(r, 'customer_reported_unauthorized');
    else
      later = chargedBack(
        r,
        fulfil(r, deliveryFor('courier', 'card', dest.address.city, false), 90 * MINUTE),
        0.3,
        0.7,
      );
    if (switched)
      later.push({
        type: 'order.updated',
        afterMs: r.int(8, 60) * MINUTE,
        status: 'address_changed',
        shipping: dest.address,
      });
    const network: NetworkName = r.chance(0.3)
      ? victim.market === 'GB'
        ? 'vpn_gb'
        : victim.market === 'PK'
          ? vpnExit(r)
          : 'vpn_us'
      : homeNetwork(r, 'PK', 0.8);
    return purchaseOf(r, {
      at,
      kind: 'account_takeover',
      fraud: true,
      who,
      basket,
      storefront: 'pk',
      method: 'card',
      fulfilment: 'courier',
      attempts,
      later,
      used: deviceOf(r, 'android'),
      network,
      shipping: switched ? saved : dest.address,
      recipient: person(r).name,
      phone: phoneFor(r, 'PK'),
    });
  });
}

/** Diaspora account holders who receive the parcel and dispute it after Eid: never arrived, colours wrong. */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`f${i}`);
    const account = diasporaAccount(r, w.customers);
    const who = signedIn(account);
    const at = momentIn(r, w.window, { profile: 'abroad', tz: account.home.tz, hours: EVENINGS });
    const currency = CURRENCY[account.market];
    const storefront: Storefront = account.market === 'PK' ? 'pk' : 'intl';
    const lines = pickLines(r, [...RANGES.launchLawn, ...RANGES.pret], r.int(2, 3), currency);
    if (r.chance(0.3)) addFrom(r, lines, RANGES.formal, currency);
    const f = storefront === 'pk' ? 'courier' : 'dhl_express';
    const basket = basketOf(lines, currency, f, account.market);
    const method: Method = storefront === 'intl' && r.chance(0.3) ? 'paypal' : 'card';
    let attempts = honestPay(r, method, { cards: account.cards, storefront, signedIn: true }, 0.03);
    if (!isPaid(attempts))
      attempts = [
        ...attempts,
        method === 'paypal'
          ? other('paypal', true, 60_000)
          : cardAttempt(r, account.cards[0] ?? newCard(r, 'GB'), storefront, { ok: true, afterMs: 60_000 }),
      ];
    const paid = attempts.find((a) => a.ok)?.method ?? method;
    const delivered = fulfil(r, deliveryFor(f, paid, account.home.address.city, false));
    const reason = r.weightedPick<string>([
      ['product_not_received', 50],
      ['not_as_described', 35],
      ['fraudulent', 15],
    ]);
    const later = [
      ...delivered,
      { type: 'dispute.created' as const, afterMs: lastOf(delivered) + r.int(15, 45) * DAY, reason },
    ];
    return purchaseOf(r, {
      at,
      kind: 'friendly_fraud',
      fraud: true,
      who,
      basket,
      storefront,
      method,
      fulfilment: f,
      attempts,
      later,
      used: r.pick(account.devices),
      network: homeNetwork(r, account.market),
    });
  });
}

const IRANIAN = [
  'Reza Ahmadi',
  'Zahra Karimi',
  'Fatemeh Moradi',
  'Ali Rezaei',
  'Maryam Hosseini',
  'Narges Jafari',
];

/**
 * Buyers in Iran and Russia: Iranians with UAE-issued cards shipping to Mashhad or across the Balochistan border,
 * Pakistani students in Moscow and Kazan whose Russian cards no longer work abroad. Compliance cancels what
 * goes through for a sanctioned destination.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`x${i}`);
    const variant = r.weightedPick<'iran' | 'iran_to_pk' | 'russia'>([
      ['iran', 45],
      ['iran_to_pk', 20],
      ['russia', 35],
    ]);
    const at = momentIn(r, w.window, {
      profile: 'even',
      tz: variant === 'russia' ? 3 : 3.5,
      hours: EVENINGS,
    });
    const place = r.pick(SANCTIONED_PLACES.filter((p) => p.country === (variant === 'russia' ? 'RU' : 'IR')));
    const toPk = variant === 'iran_to_pk';
    const p =
      variant === 'russia'
        ? person(r)
        : (() => {
            const [first = 'Reza', last = 'Ahmadi'] = r.pick(IRANIAN).split(' ');
            return { first, last, name: `${first} ${last}` };
          })();
    const who = newcomer(r, variant === 'russia' ? 'PK' : 'AE', at, {
      person: p,
      home: { address: place, tz: 3.5, metro: false },
    });
    const dest = toPk ? homeAt(r, 'PK').address : place;
    const currency = toPk ? 'PKR' : 'USD';
    const storefront: Storefront = toPk ? 'pk' : 'intl';
    const lines = pickLines(r, [...RANGES.launchLawn, ...RANGES.pret], r.int(1, 3), currency);
    const basket = basketOf(lines, currency, toPk ? 'courier' : 'dhl_express', toPk ? 'PK' : dest.country);
    const attempts: Attempt[] =
      variant === 'russia'
        ? [
            cardAttempt(r, newCard(r, 'RU'), storefront, {
              ok: false,
              afterMs: 30_000,
              decline: 'card_not_supported',
            }),
          ]
        : [
            cardAttempt(r, newCard(r, 'AE'), storefront, {
              ok: r.chance(0.8),
              afterMs: 40_000,
              decline: 'do_not_honor',
            }),
          ];
    if (variant === 'russia' && r.chance(0.5))
      attempts.push(
        cardAttempt(r, newCard(r, 'RU'), storefront, {
          ok: false,
          afterMs: 90_000,
          decline: 'card_not_supported',
        }),
      );
    const later = !isPaid(attempts)
      ? [releaseUnpaid(r, attempts)]
      : toPk
        ? fulfil(r, deliveryFor('courier', 'card', dest.city, false))
        : caught(r, 'restricted_destination');
    const network: NetworkName =
      variant === 'russia' ? r.pick(['ru_mobile', 'ru_home']) : r.pick(['ir_mobile', 'ir_home']);
    return purchaseOf(r, {
      at,
      kind: 'sanctioned_country',
      fraud: true,
      who,
      basket,
      storefront,
      method: 'card',
      fulfilment: toPk ? 'courier' : 'dhl_express',
      attempts,
      later,
      used: deviceFor(r, 'AE'),
      network,
      billing: place,
      shipping: dest,
      phone:
        variant === 'russia' ? `+7 9${r.digits(2)} ${r.digits(7)}` : `+98 91${r.int(0, 9)} ${r.digits(7)}`,
    });
  });
}
