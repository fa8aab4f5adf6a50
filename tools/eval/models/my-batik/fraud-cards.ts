import { type Address, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Lines, outfit, familySet } from './baskets.js';
import { when } from './calendar.js';
import { binOf, type HeldCard, newCard } from './cards.js';
import {
  basketOf,
  CATALOGUE as C,
  type Delivery,
  type Item,
  PREMIUM_BATIK,
  RESALEABLE,
} from './catalogue.js';
import { deliveryTo, type Draft, purchase, type World } from './checkout.js';
import { botDevice, channelOf, newDevice } from './devices.js';
import { cardRun, currencyFor, dropAddress, fraudEnding, throwaway, westernName } from './fraud-kit.js';
import { homeNetwork, ipOn, network, type Network } from './networks.js';
import { malayName, phoneFor } from './people.js';
import {
  addressIn,
  DIASPORA,
  FORWARDERS,
  INDONESIA,
  malaysianTown,
  MALAYSIA,
  type Market,
  SANCTIONED,
  SANCTIONED_WEIGHTS,
  SINGAPORE,
} from './places.js';
import { type Attempt, other, type Purchase } from './purchase.js';

/** Fraud on cards: testing runs, Malaysian cards with phished OTPs, foreign cards, and sanctioned buyers. */

const HOSTING = ['hosting-sg', 'hosting-us', 'hosting-nl', 'hosting-de'] as const;

/**
 * Card testing: a bot runs a batch of cards leaked together (a BIN or two) through the cheapest things in the
 * shop (a RM39 bawal, a RM45 songkok, a RM50 e-voucher) as guests, in the small hours of Kuala Lumpur, from
 * rotating datacentre or proxy addresses; most are refused, and the few that pass are warned about or disputed
 * if the house does not cancel them first.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const runs = Math.max(1, Math.round(n / 12));
  const out: Purchase[] = [];
  for (let r = 0; r < runs; r++) {
    const size = r === runs - 1 ? n - out.length : Math.floor(n / runs);
    const country = rng.weightedPick<string>([
      ['US', 40],
      ['MY', 25],
      ['GB', 15],
      ['SG', 10],
      ['AU', 10],
    ]);
    const bins = [binOf(rng, country), binOf(rng, country)];
    const item: Item = rng.pick([C.bawal, C.songkok, C.voucher50]);
    const delivery: Delivery = item.category === 'gift_card' ? 'email' : 'standard';
    const net: Network = rng.chance(0.75) ? network(rng.pick(HOSTING)) : homeNetwork(rng, 'MY', 'mobile');
    const device = botDevice(rng);
    const drop = dropAddress(rng);
    let t = when(rng, w.window, { tz: 8, rhythm: 'night' });
    for (let i = 0; i < size; i++) {
      t += rng.int(15, 240) * 1000;
      const name = rng.chance(0.5) ? westernName(rng) : malayName(rng, rng.chance(0.5));
      const attempts = cardRun(rng, {
        cards: rng.chance(0.7) ? 1 : rng.int(2, 3),
        pass: 0.1,
        declines: [
          ['do_not_honor', 30],
          ['incorrect_cvc', 20],
          ['expired_card', 12],
          ['stolen_card', 8],
          ['insufficient_funds', 15],
          ['authentication_failed', country === 'MY' || country === 'SG' || country === 'GB' ? 30 : 5],
        ],
        country,
        bin: rng.pick(bins),
        gap: [8, 40],
        match: 'wrong',
      });
      const basket = basketOf([[item, 1]], 'MYR', delivery);
      const billing = addressIn(rng, MALAYSIA);
      const d: Draft = {
        at: Math.floor(t),
        buyer: { email: throwaway(rng), name },
        phone: phoneFor(rng, 'MY'),
        billing,
        ...(delivery === 'standard' ? { shipping: rng.chance(0.6) ? { ...drop } : { ...billing } } : {}),
        delivery,
        ip: ipOn(rng, net),
        device,
        locale: 'en',
        channel: 'web',
        method: 'card',
        basket,
      };
      const later = fraudEnding(
        rng,
        w,
        { at: d.at, attempts, delivery },
        {
          caught: 0.35,
          warning: 0.45,
          warningReason: 'unauthorized_use_of_card',
          warningDays: [1, 8],
          dispute: 0.5,
          disputeReason: 'fraudulent',
          disputeDays: [10, 45],
        },
      );
      out.push(purchase(d, { fraud: true, kind: 'card_testing' }, attempts, later));
    }
  }
  return out;
}

function resaleBasket(rng: Rng, vouchers: number): Lines {
  const lines: Lines = [[rng.pick(RESALEABLE), rng.chance(0.7) ? 1 : 2]];
  if (rng.chance(0.4)) lines.push([rng.pick([...RESALEABLE, ...PREMIUM_BATIK]), 1]);
  if (rng.chance(vouchers)) lines.push([C.voucher500, rng.int(1, 4)]);
  return lines;
}

/**
 * Malaysian cards taken by phishing ("your points expire", a fake courier fee, a caller posing as the bank or
 * the police) together with the OTP: new accounts or guests, typed cards that pass 3-D Secure, resaleable
 * songket, silk batik, family sets and vouchers, sent by same-day rider to a rented unit, collected at the counter
 * by a runner, or posted to a drop; billed to the victim's address elsewhere. The victim's bank warns and disputes.
 */
export function stolenCardOtp(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const at = when(rng, w.window, { tz: 8, rhythm: rng.chance(0.6) ? 'fasting' : 'night' });
    const female = rng.chance(0.5);
    const name = malayName(rng, female);
    const fresh = rng.chance(0.55);
    const buyer = fresh
      ? {
          id: `c_${rng.digits(7)}`,
          email: throwaway(rng, name),
          name,
          createdAt: at - rng.int(3, 40) * MINUTE,
        }
      : { email: throwaway(rng, name), name };
    const net = rng.chance(0.7)
      ? homeNetwork(rng, 'MY', 'mobile')
      : rng.chance(0.65)
        ? network('hosting-sg')
        : homeNetwork(rng, 'MY', 'fibre');
    const vouchersOnly = rng.chance(0.15);
    const lines: Lines = vouchersOnly ? [[C.voucher500, rng.int(2, 6)]] : resaleBasket(rng, 0.25);
    const delivery: Delivery = vouchersOnly
      ? 'email'
      : rng.weightedPick<Delivery>([
          ['same_day', 35],
          ['pickup', 25],
          ['standard', 40],
        ]);
    const billing = addressIn(rng, MALAYSIA);
    const basket = basketOf(lines, 'MYR', delivery);
    const attempts = cardRun(rng, {
      cards: rng.int(1, 3),
      pass: 0.7,
      declines: [
        ['suspected_fraud', 35],
        ['authentication_failed', 35],
        ['insufficient_funds', 15],
        ['transaction_not_permitted', 15],
      ],
      country: 'MY',
      passed: () => 'challenge_passed',
    });
    const d: Draft = {
      at,
      buyer,
      phone: phoneFor(rng, 'MY'),
      billing,
      ...(delivery === 'same_day' || delivery === 'standard' ? { shipping: dropAddress(rng) } : {}),
      delivery,
      ip: ipOn(rng, net),
      device: newDevice(rng, { desktop: 0.1, android: 0.85, channel: channelOf(rng, 0.1) }),
      locale: rng.chance(0.7) ? 'ms' : 'en',
      channel: 'web',
      method: 'card',
      basket,
    };
    const later = fraudEnding(
      rng,
      w,
      { at, attempts, delivery },
      {
        caught: 0.15,
        warning: 0.6,
        warningReason: rng.chance(0.7) ? 'unauthorized_use_of_card' : 'made_with_stolen_card',
        warningDays: [1, 10],
        dispute: 0.8,
        disputeReason: 'fraudulent',
        disputeDays: [8, 45],
      },
    );
    return purchase(d, { fraud: true, kind: 'stolen_card_otp' }, attempts, later);
  });
}

/** The card holder's own address, as sold with the card. */
function holderAddress(rng: Rng, country: string): Address {
  const market: Market | undefined = country === 'SG' ? SINGAPORE : DIASPORA[country];
  if (market) return addressIn(rng, market);
  return {
    country,
    city: 'Toronto',
    postalCode: `M${rng.int(1, 9)}${rng.pick(['V', 'R', 'S'])} ${rng.int(1, 9)}${rng.pick(['T', 'K', 'B'])}${rng.int(1, 9)}`,
    line1: `${rng.int(10, 990)} Queen Street West`,
  };
}

const FOREIGN_CARDS: ReadonlyArray<readonly [string, number]> = [
  ['US', 40],
  ['GB', 20],
  ['AU', 12],
  ['CA', 8],
  ['SG', 10],
  ['AE', 5],
  ['JP', 5],
];

/**
 * Foreign cards bought from shops that sell them with the holder's details: a proxy or datacentre address in the
 * card's country (or a Malaysian or Indonesian phone), the holder's name and address as billing, and the parcel
 * to a drop in the Klang Valley or Johor Bahru, to Batam or Jakarta, or (triangulation) to a real buyer who paid
 * the fraudster for a "cheap" songket on a marketplace. Several cards are tried; the issuers warn and dispute.
 */
export function stolenCardForeign(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const country = rng.weightedPick(FOREIGN_CARDS);
    const target = rng.weightedPick<'drop' | 'triangulation' | 'indonesia'>([
      ['drop', 60],
      ['triangulation', 25],
      ['indonesia', 15],
    ]);
    const via =
      rng.chance(0.45) && country !== 'SG' && country !== 'JP' && country !== 'AE'
        ? 'proxy'
        : target === 'indonesia'
          ? 'id'
          : 'my';
    const net =
      via === 'proxy'
        ? network(country === 'GB' ? 'hosting-nl' : country === 'AU' ? 'hosting-au' : 'hosting-us')
        : via === 'id'
          ? homeNetwork(rng, 'ID', 'mobile')
          : homeNetwork(rng, 'MY', 'mobile');
    const currency = currencyFor(via === 'proxy' ? 'US' : via === 'id' ? 'ID' : 'MY');
    const at = when(rng, w.window, { tz: 8, rhythm: rng.chance(0.5) ? 'night' : 'shopper' });
    const holder = westernName(rng);
    const billing = holderAddress(rng, country);
    let shipping: Address;
    let recipient: string | undefined;
    if (target === 'indonesia') shipping = addressIn(rng, INDONESIA);
    else if (target === 'triangulation') {
      shipping = addressIn(rng, MALAYSIA, malaysianTown(rng, 'peninsular'));
      recipient = malayName(rng, rng.chance(0.6));
    } else shipping = dropAddress(rng);
    const lines: Lines =
      target === 'triangulation'
        ? [[rng.pick([...RESALEABLE, C.kebaya, C.batikKaftan]), 1]]
        : resaleBasket(rng, 0);
    if (target !== 'triangulation' && rng.chance(0.25)) lines.push(...familySet(rng).slice(0, 1));
    const delivery = deliveryTo(shipping);
    const basket = basketOf(lines, currency, delivery);
    const attempts = cardRun(rng, {
      cards: rng.int(1, 4),
      pass: 0.5,
      declines: [
        ['do_not_honor', 30],
        ['suspected_fraud', 25],
        ['incorrect_cvc', 10],
        ['authentication_failed', country === 'GB' || country === 'AU' || country === 'SG' ? 40 : 10],
        ['insufficient_funds', 10],
      ],
      country,
      match: rng.weightedPick([
        ['good', 50],
        ['postcode_only', 20],
        ['wrong', 30],
      ] as const),
    });
    const d: Draft = {
      at,
      buyer: rng.chance(0.4)
        ? {
            id: `c_${rng.digits(7)}`,
            email: throwaway(rng, holder),
            name: holder,
            createdAt: at - rng.int(2, 30) * MINUTE,
          }
        : { email: throwaway(rng, rng.chance(0.5) ? holder : undefined), name: holder },
      phone: phoneFor(rng, via === 'id' ? 'ID' : 'MY'),
      billing,
      shipping,
      ...(recipient ? { recipient } : {}),
      delivery,
      ip: ipOn(rng, net),
      device: newDevice(rng, { desktop: via === 'proxy' ? 0.7 : 0.2, channel: 'web' }),
      locale: 'en',
      channel: 'web',
      method: 'card',
      basket,
    };
    const later = fraudEnding(
      rng,
      w,
      { at, attempts, delivery },
      {
        caught: 0.2,
        warning: 0.65,
        warningReason: rng.chance(0.6) ? 'made_with_stolen_card' : 'unauthorized_use_of_card',
        warningDays: [3, 20],
        dispute: 0.85,
        disputeReason: 'fraudulent',
        disputeDays: [15, 60],
      },
    );
    return purchase(d, { fraud: true, kind: 'stolen_card_foreign' }, attempts, later);
  });
}

const SANCTIONED_NAMES: Readonly<Record<string, readonly string[]>> = {
  RU: [
    'Aigul Khabibullina',
    'Rustam Galiev',
    'Elena Smirnova',
    'Dinara Sadykova',
    'Timur Nurgaliev',
    'Madina Alieva',
  ],
  BY: ['Olga Ivanova', 'Dmitry Novik', 'Alena Kavalchuk'],
  IR: ['Reza Ahmadi', 'Maryam Hosseini', 'Fatemeh Karimi', 'Ali Rezaei'],
  SY: ['Omar Haddad', 'Lina Khoury', 'Rania Al-Halabi'],
  CU: ['Yanelis Pérez', 'Ernesto Díaz'],
};

const SANCTIONED_NETS: Readonly<Record<string, readonly string[]>> = {
  RU: ['ru-broadband', 'ru-mobile'],
  BY: ['by-broadband'],
  IR: ['ir-mobile', 'ir-broadband'],
  SY: ['sy-broadband'],
  CU: ['cu-mobile'],
};

/**
 * Buyers in countries the house may not serve: Tatar and Dagestani Muslims in Russia and Belarusians with cards
 * their own banks still issue (UnionPay, a Visa that no longer works abroad), Iranians and Syrians paying with a
 * relative's card from Turkey or the Gulf, a Cuban now and then; to their own address or a forwarder in Dubai,
 * Istanbul or Almaty. The gateway refuses most; what it takes, the house's screening cancels and refunds.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const origin = rng.weightedPick(SANCTIONED_WEIGHTS);
    const market = SANCTIONED[origin] ?? (SANCTIONED.RU as Market);
    const name = rng.pick(SANCTIONED_NAMES[origin] ?? ['Ivan Petrov']);
    const at = when(rng, w.window, {
      tz: market.tz,
      rhythm: origin === 'CU' || origin === 'BY' ? 'shopper' : 'fasting',
    });
    const net = network(rng.pick(SANCTIONED_NETS[origin] ?? ['ru-broadband']));
    const billing = addressIn(rng, market);
    const shipping = rng.chance(0.5) ? { ...billing } : { ...rng.pick(FORWARDERS) };
    const female = rng.chance(0.6);
    const lines = rng.chance(0.3) ? familySet(rng) : outfit(rng, female, { spouse: 0.2 });
    const basket = basketOf(lines, 'USD', 'international');
    const cardCountry = origin === 'RU' || origin === 'BY' ? origin : rng.chance(0.6) ? 'TR' : 'AE';
    const card: HeldCard = newCard(rng, cardCountry);
    const blocked = origin === 'RU' || origin === 'BY' ? 0.75 : 0.35;
    const attempts: Attempt[] = [];
    const first = rng.chance(blocked)
      ? {
          ok: false,
          decline: rng.chance(0.6) ? ('restricted_country' as const) : ('transaction_not_permitted' as const),
        }
      : { ok: true };
    attempts.push({
      method: 'card',
      card,
      ok: first.ok,
      avs: 'unavailable',
      cvc: 'pass',
      threeDS: rng.chance(0.6) ? 'not_enrolled' : first.ok ? 'frictionless' : 'challenge_failed',
      afterMs: rng.int(30_000, 120_000),
      ...(first.decline ? { decline: first.decline } : {}),
    });
    if (!first.ok && rng.chance(0.5))
      attempts.push(other('paypal', false, rng.int(60_000, 300_000), 'payment_declined'));
    const d: Draft = {
      at,
      buyer: { email: throwaway(rng, name), name },
      phone: `+${origin === 'RU' ? '79' : origin === 'BY' ? '37529' : origin === 'IR' ? '989' : origin === 'SY' ? '9639' : '535'}${rng.digits(8)}`,
      billing,
      shipping,
      delivery: 'international',
      ip: ipOn(rng, net),
      device: newDevice(rng, { desktop: 0.35, android: 0.75 }),
      locale: 'en',
      channel: 'web',
      method: 'card',
      basket,
    };
    const later = first.ok
      ? [
          {
            type: 'order.cancelled' as const,
            afterMs: rng.int(2, 30) * 60 * MINUTE,
            reason: 'sanctions_screening',
          },
        ]
      : [{ type: 'order.cancelled' as const, afterMs: rng.int(70, 90) * MINUTE, reason: 'payment_failed' }];
    return purchase(d, { fraud: true, kind: 'sanctioned_country' }, attempts, later);
  });
}
