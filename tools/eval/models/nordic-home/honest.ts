import { honestAftermath } from './aftermath.js';
import { type Calendar, type Rhythm } from './calendar.js';
import { CABIN_COUNTRIES, STORE_COUNTRIES } from './destinations.js';
import {
  clickAndCollect,
  giftAbroad,
  giftShopper,
  mobileShopper,
  newCustomer,
  newHomeSetup,
  returningHousehold,
  summerHouse,
} from './honest-home.js';
import {
  cvcRetry,
  expat,
  gaveUp,
  movedHouse,
  newPhone,
  privacyRelay,
  secondCard,
  student,
  tradeBuyer,
  traveller,
} from './honest-life.js';
import { country } from './places.js';
import { type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { type World } from './world.js';

/**
 * The honest mix. Weights are shares of honest orders; the calendar moves them (gifts swell from mid-November,
 * cabins and travel in summer, students at semester start). Each order's time follows its buyer's local
 * rhythm, and orders are built in time order so that returning customers really return.
 */

interface Persona {
  kind: string;
  weight: (calendar: Calendar, at: number) => number;
  rhythm: Rhythm;
  /** Only buyers in these countries (stores for click-and-collect, holiday regions for cabins). */
  countries?: readonly string[];
  build: (rng: Rng, world: World, at: number, country: string) => Purchase;
}

const always = (weight: number) => () => weight;

const PERSONAS: readonly Persona[] = [
  { kind: 'returning_household', weight: always(30), rhythm: 'consumer', build: returningHousehold },
  { kind: 'new_customer', weight: always(15), rhythm: 'consumer', build: newCustomer },
  { kind: 'new_home_setup', weight: always(2.5), rhythm: 'consumer', build: newHomeSetup },
  {
    kind: 'gift_shopper',
    weight: (calendar, at) => (calendar.giftSeason(at) ? 14 : 5),
    rhythm: 'consumer',
    build: giftShopper,
  },
  {
    kind: 'gift_abroad',
    weight: (calendar, at) => (calendar.giftSeason(at) ? 3.5 : 1.2),
    rhythm: 'consumer',
    build: giftAbroad,
  },
  { kind: 'b2b', weight: always(2.5), rhythm: 'office', build: tradeBuyer },
  {
    kind: 'click_and_collect',
    weight: always(7),
    rhythm: 'consumer',
    countries: STORE_COUNTRIES,
    build: clickAndCollect,
  },
  {
    kind: 'summer_house',
    weight: (calendar, at) => (calendar.summer(at) ? 6 : 1.5),
    rhythm: 'consumer',
    countries: CABIN_COUNTRIES,
    build: summerHouse,
  },
  { kind: 'mobile_shopper', weight: always(8), rhythm: 'consumer', build: mobileShopper },
  { kind: 'privacy_relay', weight: always(3.5), rhythm: 'consumer', build: privacyRelay },
  { kind: 'new_phone', weight: always(2.5), rhythm: 'consumer', build: newPhone },
  { kind: 'moved_house', weight: always(1.5), rhythm: 'consumer', build: movedHouse },
  {
    kind: 'traveller',
    weight: (calendar, at) => (calendar.summer(at) ? 6 : 2.5),
    rhythm: 'consumer',
    build: traveller,
  },
  { kind: 'expat', weight: always(3), rhythm: 'consumer', build: expat },
  {
    kind: 'student',
    weight: (_calendar, at) => ([7, 8].includes(new Date(at).getUTCMonth()) ? 8 : 3.5),
    rhythm: 'consumer',
    build: student,
  },
  { kind: 'cvc_retry', weight: always(2), rhythm: 'consumer', build: cvcRetry },
  { kind: 'second_card', weight: always(1.5), rhythm: 'consumer', build: secondCard },
  { kind: 'payment_abandoned', weight: always(1.5), rhythm: 'consumer', build: gaveUp },
];

function pickCountry(rng: Rng, world: World, allowed?: readonly string[]): string {
  for (let tries = 0; tries < 50; tries++) {
    const code = world.marketCountry(rng);
    if (!allowed || allowed.includes(code)) return code;
  }
  return allowed?.[0] ?? 'SE';
}

export function planHonest(rng: Rng, world: World, count: number): Purchase[] {
  const { calendar } = world;
  const middle = (calendar.start + calendar.end) / 2;
  const mix = PERSONAS.map((persona) => [persona, persona.weight(calendar, middle)] as const);
  const slots = Array.from({ length: count }, () => {
    const persona = rng.weightedPick(mix);
    const code = pickCountry(rng, world, persona.countries);
    return { persona, code, at: calendar.sample(rng, persona.rhythm, country(code).utcOffset) };
  });
  slots.sort((a, b) => a.at - b.at);
  return slots.map(({ persona, code, at }) => {
    const purchase = persona.build(rng, world, at, code);
    honestAftermath(rng, purchase);
    return purchase;
  });
}
