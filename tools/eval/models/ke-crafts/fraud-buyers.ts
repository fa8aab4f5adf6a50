import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import { cardOn, type Decline, type HeldCard, newCard } from './cards.js';
import { basketOf, EXPORT_FAVOURITES, type Fulfilment, pickLines, TASTE_OF_HOME } from './catalogue.js';
import { buyerOf, lineCount, localDelivery, parcelAbroad, type World } from './checkout.js';
import { device } from './devices.js';
import { DAY, HOUR, throwaway } from './fraud-kit.js';
import { ipOn } from './networks.js';
import { type Account } from './people.js';
import { type Currency, type Sanctioned, sanctionedHome, transitAddress } from './places.js';
import {
  abroadMethods,
  attemptsTook,
  cardAttempt,
  firstTry,
  honestPay,
  journey,
  kenyanMethods,
  type LaterEvent,
  paidNow,
  type Purchase,
  unpaidRelease,
} from './purchase.js';

/** Fraud by the buyers themselves: friendly fraud and refund abuse, and orders from sanctioned jurisdictions. */

type Claim = 'not_received' | 'not_as_described' | 'unrecognized' | 'damage_claim';

/**
 * Friendly fraud: real customers (the diaspora, tourists back home, expats) who receive their parcel and then
 * tell the bank it never came, that the handmade piece is not as pictured, that they do not know the charge
 * from a Nairobi merchant, or tell the shop the soapstone arrived broken and keep it after the refund.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const pool: Account[] = r.weightedPick([
      [w.people.diaspora, 45],
      [w.people.tourists, 35],
      [w.people.expats, 20],
    ] as const);
    const a = r.pick(pool);
    const local = a.segment === 'expat';
    const at = placeAt(r, w.window, a.home.tz, local ? 'kenya' : 'abroad', 'evening');
    const lines = pickLines(
      r,
      a.currency,
      local ? EXPORT_FAVOURITES : r.chance(0.5) ? TASTE_OF_HOME : EXPORT_FAVOURITES,
      lineCount(r, [
        [1, 40],
        [2, 35],
        [3, 25],
      ]),
    );
    const { fulfilment, shipping } = local
      ? localDelivery(r, a.home, { rider: 70, agent: 0, shop: 30 })
      : { fulfilment: parcelAbroad(r, lines, at, w.window.start), shipping: a.home.address };
    const basket = basketOf(lines, a.currency, fulfilment);
    const methods =
      a.currency === 'KES'
        ? kenyanMethods(true, false, basket.amount, { mpesa: 0, airtel_money: 0, card: 100 })
        : abroadMethods(30);
    const attempts = honestPay(
      r,
      { currency: a.currency, cards: a.cards, signedIn: true, methods },
      basket.amount,
    );
    const claim = r.weightedPick<Claim>([
      ['not_received', 40],
      ['not_as_described', 25],
      ['unrecognized', 15],
      ['damage_claim', 20],
    ]);
    let later: LaterEvent[];
    if (!paidNow(attempts)) later = unpaidRelease(r, attempts);
    else {
      const j = journey(r, fulfilment, attemptsTook(attempts));
      const after = j.arrived + r.int(2, 30) * DAY + r.int(0, 23) * HOUR;
      later = [
        ...j.steps,
        claim === 'damage_claim'
          ? { type: 'refund.created', afterMs: j.arrived + r.int(1, 8) * DAY, reason: 'damaged_claim' }
          : {
              type: 'dispute.created',
              afterMs: after,
              reason:
                claim === 'not_received'
                  ? 'product_not_received'
                  : claim === 'not_as_described'
                    ? 'product_unacceptable'
                    : 'unrecognized',
            },
      ];
    }
    return {
      at,
      fraud: true,
      kind: 'friendly_fraud',
      basket,
      buyer: buyerOf(a, false),
      billing: a.billing,
      ...(shipping ? { shipping } : {}),
      fulfilment,
      ip: ipOn(r, r.chance(0.7) ? (a.vpn && r.chance(0.5) ? a.vpn : a.network) : a.mobile),
      device: a.device,
      locale: a.locale,
      attempts,
      later,
    };
  });
}

const NAMES: Readonly<Record<Sanctioned, readonly string[]>> = {
  RU: [
    'Dmitry Ivanov',
    'Anna Smirnova',
    'Olga Petrova',
    'Sergei Volkov',
    'Ekaterina Morozova',
    'Alexei Sokolov',
    'Irina Kuznetsova',
  ],
  BY: ['Aliaksandr Kavalenka', 'Volha Novik', 'Siarhei Karpovich', 'Tatsiana Marozava'],
  IR: ['Reza Ahmadi', 'Maryam Hosseini', 'Ali Karimi', 'Sara Rahimi', 'Mehdi Moradi'],
};

const NETS: Readonly<Record<Sanctioned, string>> = {
  RU: 'ru-broadband',
  BY: 'by-broadband',
  IR: 'ir-mobile',
};

/** Cards people in those countries pay abroad with: a UnionPay from home, or one opened in a neighbouring country. */
function sanctionedCard(rng: Rng, country: Sanctioned): HeldCard {
  const where =
    country === 'RU'
      ? rng.weightedPick([
          ['RU', 25],
          ['KZ', 30],
          ['AM', 20],
          ['KG', 10],
          ['AE', 10],
          ['TR', 5],
        ] as const)
      : country === 'BY'
        ? rng.weightedPick([
            ['BY', 40],
            ['RU', 10],
            ['KZ', 35],
            ['AM', 15],
          ] as const)
        : rng.weightedPick([
            ['TR', 50],
            ['AE', 50],
          ] as const);
  return where === 'RU' ? cardOn(rng, ['623446', 'unionpay', 'debit', 1], 'RU') : newCard(rng, where);
}

/**
 * Buyers in Russia, Belarus and Iran (Russian tourists after a week at the coast, above all), ordering with a
 * card from home or one opened in a neighbouring country, to their home or a forwarder in Dubai, Yerevan,
 * Almaty or Bishkek; the shop's compliance check cancels and refunds most of what gets paid.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const country = r.weightedPick<Sanctioned>([
      ['RU', 60],
      ['BY', 20],
      ['IR', 20],
    ]);
    const tz = country === 'IR' ? 3.5 : 3;
    const at = placeAt(r, w.window, tz, 'abroad', 'evening');
    const currency: Currency = r.chance(0.7) ? 'USD' : 'EUR';
    const lines = pickLines(
      r,
      currency,
      EXPORT_FAVOURITES,
      lineCount(r, [
        [1, 45],
        [2, 35],
        [3, 20],
      ]),
    );
    const home = sanctionedHome(r, country);
    const transit = r.chance(0.35);
    const shipping: Address = transit ? transitAddress(r) : home;
    const fulfilment: Fulfilment = transit ? 'dhl_express' : 'posta_ems';
    const basket = basketOf(lines, currency, fulfilment);
    const card = sanctionedCard(r, country);
    const ok = r.chance(card.country === 'RU' ? 0.3 : 0.85);
    const decline: Decline =
      card.country === 'RU' ? 'transaction_not_permitted' : r.pick(['do_not_honor', 'insufficient_funds']);
    const attempts = [cardAttempt(r, card, { ok, afterMs: firstTry(r), ...(ok ? {} : { decline }) })];
    const name = r.pick(NAMES[country]);
    const tripAccount = r.chance(0.4);
    let later: LaterEvent[];
    if (!paidNow(attempts)) later = unpaidRelease(r, attempts);
    else {
      const from = attemptsTook(attempts);
      later = r.chance(transit ? 0.45 : 0.85)
        ? [{ type: 'order.cancelled', afterMs: from + r.int(3, 30) * HOUR, reason: 'restricted_destination' }]
        : journey(r, fulfilment, from).steps;
    }
    return {
      at,
      fraud: true,
      kind: 'sanctioned_country',
      basket,
      buyer: tripAccount
        ? {
            id: `cus_${r.token(14)}`,
            email: throwaway(r, name.split(' ')[0]),
            name,
            createdAt: at - r.int(20, 200) * DAY,
          }
        : { email: throwaway(r, name.split(' ')[0]), name },
      billing: home,
      shipping,
      fulfilment,
      ip: ipOn(r, r.chance(0.75) ? NETS[country] : r.pick(['vpn-nl', 'vpn-de'])),
      device: device(r, r.chance(0.6) ? 'western' : 'office', 0.85),
      locale: country === 'RU' || country === 'BY' ? 'ru-RU' : 'fa-IR',
      attempts,
      later,
    };
  });
}
