import { type Address, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type Decline, newCard } from './cards.js';
import { basketOf, type Fulfilment, fill, line } from './catalogue.js';
import { purchaseOf } from './checkout.js';
import { accountTakeover, brokenBottleRefund, codRefusal, friendlyFraud } from './fraud-accounts.js';
import { cardTesting, stolenCardHampers, triangulation } from './fraud-cards.js';
import { newRig, rigDevice, stolenTry } from './fraud-kit.js';
import { HOSTING, ipOf, pickNetwork } from './networks.js';
import { diasporaName, emailOf, newDevice, type Person } from './people.js';
import { addressIn, ATTICA, type Zone } from './places.js';
import { ABROAD_EVENING, placedAt } from './calendar.js';
import {
  cardAttempt,
  delivery,
  type Attempt,
  other,
  paidNow,
  type Purchase,
  released,
  type Step,
  triedFor,
} from './purchase.js';
import { GIFTS, PANTRY } from './shelves.js';
import { type World } from './world.js';

/** The fraud kinds, their weights, the exact allocation, and the sanctioned-jurisdiction orders. */

export const FRAUD = {
  stolen_card_hampers: 24,
  card_testing: 15,
  account_takeover: 12,
  triangulation: 11,
  broken_bottle_refund: 11,
  cod_refusal: 10,
  friendly_fraud: 10,
  sanctioned_country: 7,
} as const;

export const allocate = (count: number): Record<keyof typeof FRAUD, number> => allocateKinds(FRAUD, count);

type Place = Address & { tz: number };

const PLACES: Readonly<Record<string, readonly Place[]>> = {
  RU: [
    { country: 'RU', postalCode: '119019', city: 'Moskva', line1: 'ulitsa Arbat 24', tz: 3 },
    { country: 'RU', postalCode: '123001', city: 'Moskva', line1: 'Trekhprudny pereulok 9', tz: 3 },
    { country: 'RU', postalCode: '191186', city: 'Sankt-Peterburg', line1: 'Nevsky prospekt 28', tz: 3 },
    { country: 'RU', postalCode: '354000', city: 'Sochi', line1: 'ulitsa Navaginskaya 7', tz: 3 },
    { country: 'RU', postalCode: '350000', city: 'Krasnodar', line1: 'ulitsa Krasnaya 112', tz: 3 },
  ],
  BY: [
    { country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'prospekt Nezavisimosti 11', tz: 3 },
    { country: 'BY', postalCode: '220004', city: 'Minsk', line1: 'ulitsa Nemiga 5', tz: 3 },
  ],
  IR: [
    { country: 'IR', postalCode: '1516745811', city: 'Tehran', line1: 'Valiasr Street 2210', tz: 3.5 },
    { country: 'IR', postalCode: '8174673441', city: 'Isfahan', line1: 'Chaharbagh Abbasi 140', tz: 3.5 },
  ],
  SY: [
    { country: 'SY', city: 'Damascus', line1: 'Abu Rummaneh, Al-Jalaa Street 14', tz: 3 },
    { country: 'SY', city: 'Aleppo', line1: 'Al-Aziziyah, Baron Street 31', tz: 3 },
  ],
  CU: [
    { country: 'CU', postalCode: '10400', city: 'La Habana', line1: 'Calle 23 No. 1055, Vedado', tz: -5 },
    { country: 'CU', postalCode: '50100', city: 'Santa Clara', line1: 'Calle Marta Abreu 21', tz: -5 },
  ],
  /** A parcel forwarder in Vilnius that Belarusian buyers use. */
  LT: [
    { country: 'LT', postalCode: 'LT-02189', city: 'Vilnius', line1: 'Savanorių pr. 178, unit 4471', tz: 2 },
  ],
};

const placeIn = (rng: Rng, country: string): Place => rng.pick(PLACES[country] ?? []);

const RU_NAMES: readonly Person[] = [
  { first: 'Sergey', last: 'Ivanov', name: 'Sergey Ivanov' },
  { first: 'Olga', last: 'Smirnova', name: 'Olga Smirnova' },
  { first: 'Dmitry', last: 'Kuznetsov', name: 'Dmitry Kuznetsov' },
  { first: 'Elena', last: 'Popova', name: 'Elena Popova' },
  { first: 'Andrey', last: 'Volkov', name: 'Andrey Volkov' },
  { first: 'Natalia', last: 'Sokolova', name: 'Natalia Sokolova' },
];
const BY_NAMES: readonly Person[] = [
  { first: 'Aliaksandr', last: 'Kavalenka', name: 'Aliaksandr Kavalenka' },
  { first: 'Volha', last: 'Novik', name: 'Volha Novik' },
];
const IR_NAMES: readonly Person[] = [
  { first: 'Reza', last: 'Hosseini', name: 'Reza Hosseini' },
  { first: 'Maryam', last: 'Karimi', name: 'Maryam Karimi' },
];
const SY_NAMES: readonly Person[] = [
  { first: 'Ahmad', last: 'Haddad', name: 'Ahmad Haddad' },
  { first: 'Rasha', last: 'Khoury', name: 'Rasha Khoury' },
];

type Variant =
  'ru_greek_home' | 'ru_ship_home' | 'by_forwarder' | 'ir_family_gift' | 'sy_family' | 'cu_family';

const SANCTIONED_DECLINES: readonly Decline[] = [
  'restricted_card',
  'transaction_not_allowed',
  'do_not_honor',
];

/**
 * Orders touching a sanctioned jurisdiction. Russians with a holiday flat in Halkidiki or Crete ordering from
 * Moscow (their Russian card refused abroad since 2022, then a card from Kazakhstan or Armenia), Russians
 * shipping home because the checkout still lists Russia, Belarusians shipping to a Vilnius forwarder, Iranians
 * sending a hamper to relatives in Athens, Syrians in Germany and Cuban Americans sending food parcels home.
 * The shop's screening catches some after the fact (cancelled, refunded); the rest ship.
 */
function sanctioned(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const o = rng.fork(`sx${i}`);
    const v = o.weightedPick<Variant>([
      ['ru_greek_home', 35],
      ['ru_ship_home', 20],
      ['by_forwarder', 14],
      ['ir_family_gift', 12],
      ['sy_family', 11],
      ['cu_family', 8],
    ]);
    const device = newDevice(o);
    let person: Person;
    let billing: Place;
    let shipping: Place;
    let ip: string;
    let zone: Zone = 'eu';
    let first = newCard(o, 'RU');
    let backup = newCard(o, o.pick(['KZ', 'AM', 'AE', 'TR']));
    let firstFails = true;
    let screen: number;
    if (v === 'ru_greek_home') {
      person = o.pick(RU_NAMES);
      billing = o.chance(0.7) ? placeIn(o, 'RU') : addressIn(o, 'GR');
      shipping = addressIn(o, 'GR', o.chance(0.5) ? ATTICA : undefined);
      ip = o.chance(0.6)
        ? ipOf(o, pickNetwork(o, 'RU', o.chance(0.6) ? 'fixed' : 'mobile'))
        : ipOf(o, o.pick(HOSTING), 0);
      zone = 'domestic';
      screen = 0.15;
    } else if (v === 'ru_ship_home') {
      person = o.pick(RU_NAMES);
      billing = placeIn(o, 'RU');
      shipping = placeIn(o, 'RU');
      ip = ipOf(o, pickNetwork(o, 'RU', 'fixed'));
      firstFails = o.chance(0.5);
      if (!firstFails) first = backup;
      screen = 0.55;
    } else if (v === 'by_forwarder') {
      person = o.pick(BY_NAMES);
      billing = placeIn(o, 'BY');
      shipping = placeIn(o, 'LT');
      ip = ipOf(o, pickNetwork(o, 'BY', 'fixed'));
      first = newCard(o, 'BY');
      screen = 0.25;
    } else if (v === 'ir_family_gift') {
      person = o.pick(IR_NAMES);
      billing = placeIn(o, 'IR');
      shipping = addressIn(o, 'GR', ATTICA);
      ip = ipOf(o, pickNetwork(o, 'IR', 'fixed'));
      first = newCard(o, o.pick(['DE', 'GB']));
      backup = first;
      firstFails = false;
      zone = 'domestic';
      screen = 0.2;
    } else if (v === 'sy_family') {
      person = o.pick(SY_NAMES);
      billing = addressIn(o, 'DE');
      shipping = placeIn(o, 'SY');
      ip = ipOf(o, pickNetwork(o, 'DE', 'fixed'));
      first = newCard(o, 'DE');
      backup = first;
      firstFails = false;
      zone = 'au';
      screen = 0.6;
    } else {
      person = o.chance(0.5)
        ? diasporaName(o)
        : { first: 'Yamila', last: 'Fernández', name: 'Yamila Fernández' };
      billing = addressIn(o, 'US');
      shipping = placeIn(o, 'CU');
      ip = ipOf(o, pickNetwork(o, 'US', 'fixed'));
      first = newCard(o, 'US');
      backup = first;
      firstFails = false;
      zone = 'us';
      screen = 0.7;
    }
    const fulfilment: Fulfilment = zone === 'domestic' ? 'courier' : 'international';
    const lines =
      zone === 'domestic' ? fill(o, 'domestic', GIFTS, o.int(1, 4)) : fill(o, zone, PANTRY, o.int(2, 5), 3);
    if (v === 'sy_family' || v === 'cu_family') lines.push(line('OO-KOR-5L', o.int(1, 2)));
    const basket = basketOf(lines, { zone, fulfilment });
    const attempts: Attempt[] = [];
    const amount = basket.amount;
    if (firstFails) {
      attempts.push(
        cardAttempt(o, first, amount, {
          ok: false,
          decline: o.pick(SANCTIONED_DECLINES),
          afterMs: o.int(30_000, 120_000),
          threeDS: 'not_enrolled',
          match: 'unknown',
        }),
      );
      if (o.chance(0.75))
        attempts.push(
          stolenTry(o, backup, amount, o.int(60_000, 6 * MINUTE), { otp: 1, pass: 0.9, match: 'unknown' }),
        );
      else attempts.push(other('paypal', o.chance(0.6), o.int(60_000, 6 * MINUTE), 'do_not_honor'));
    } else
      attempts.push(
        cardAttempt(o, first, amount, {
          ok: o.chance(0.93),
          decline: 'do_not_honor',
          afterMs: o.int(30_000, 120_000),
        }),
      );
    let later: Step[];
    if (!paidNow(attempts)) later = [released(o, attempts)];
    else if (o.chance(screen))
      later = [
        {
          type: 'order.cancelled',
          afterMs: triedFor(attempts) + o.int(2, 30) * HOUR,
          reason: 'sanctions_screening',
        },
      ];
    else later = delivery(o, { fulfilment, zone, readyAfter: triedFor(attempts) }).steps;
    const tz = billing.tz;
    return purchaseOf({
      kind: 'sanctioned_country',
      fraud: true,
      at: placedAt(o, w.window, tz, ABROAD_EVENING),
      buyer: {
        email: emailOf(o, person, v.startsWith('ru') || v === 'by_forwarder' ? 'RU' : 'XX'),
        name: person.name,
      },
      billing,
      shipping,
      fulfilment,
      zone,
      session: { ip, device: o.chance(0.2) ? rigDevice(o, newRig(o, false)) : device },
      locale: v.startsWith('ru') || v === 'by_forwarder' ? 'ru-RU' : 'en-GB',
      basket,
      paying: {
        method: paidNow(attempts) && attempts.some((a) => a.method === 'paypal' && a.ok) ? 'paypal' : 'card',
        attempts,
      },
      later,
    });
  });
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  return [
    ...stolenCardHampers(rng.fork('stolen'), w, n.stolen_card_hampers),
    ...cardTesting(rng.fork('testing'), w, n.card_testing),
    ...accountTakeover(rng.fork('takeover'), w, n.account_takeover),
    ...triangulation(rng.fork('triangulation'), w, n.triangulation),
    ...brokenBottleRefund(rng.fork('bottles'), w, n.broken_bottle_refund),
    ...codRefusal(rng.fork('cod'), w, n.cod_refusal),
    ...friendlyFraud(rng.fork('friendly'), w, n.friendly_fraud),
    ...sanctioned(rng.fork('sanctioned'), w, n.sanctioned_country),
  ];
}
