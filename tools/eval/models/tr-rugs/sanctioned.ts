import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Places under comprehensive sanctions that the shop's buyers come from: Russians and Belarusians who bought on
 * holiday or live part of the year in Turkey, Iranians across the eastern border. Only the sanctioned_country
 * kind uses them.
 */

export type Sanctioned = 'RU' | 'BY' | 'IR';
export const SANCTIONED: ReadonlySet<string> = new Set(['RU', 'BY', 'IR', 'CU', 'SY', 'KP']);

const PLACES: Readonly<
  Record<Sanctioned, { cities: ReadonlyArray<readonly [string, string]>; streets: readonly string[] }>
> = {
  RU: {
    cities: [
      ['Moscow', '12'],
      ['Moscow', '11'],
      ['Saint Petersburg', '19'],
      ['Sochi', '35'],
      ['Kazan', '42'],
    ],
    streets: ['ul. Tverskaya', 'Leninsky prospekt', 'ul. Arbat', 'Nevsky prospekt', 'Kutuzovsky prospekt'],
  },
  BY: {
    cities: [
      ['Minsk', '220'],
      ['Brest', '224'],
    ],
    streets: ['pr. Nezavisimosti', 'ul. Lenina', 'ul. Sovetskaya'],
  },
  IR: {
    cities: [
      ['Tehran', '19'],
      ['Tabriz', '51'],
      ['Isfahan', '81'],
    ],
    streets: ['Valiasr Street', 'Shariati Street', 'Enghelab Street'],
  },
};

const NAMES: Readonly<Record<Sanctioned, readonly [readonly string[], readonly string[]]>> = {
  RU: [
    ['Dmitry', 'Anna', 'Sergei', 'Olga', 'Alexei', 'Ekaterina', 'Ivan', 'Natalia'],
    ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Volkov', 'Sokolova', 'Morozov'],
  ],
  BY: [
    ['Andrei', 'Tatsiana', 'Pavel', 'Volha', 'Aliaksandr'],
    ['Kavalenka', 'Novik', 'Sidarenka', 'Lukashevich'],
  ],
  IR: [
    ['Reza', 'Maryam', 'Ali', 'Zahra', 'Hossein', 'Fatemeh', 'Amir', 'Leila'],
    ['Hosseini', 'Mohammadi', 'Rezaei', 'Karimi', 'Ahmadi', 'Tehrani'],
  ],
};

export const sanctionedName = (rng: Rng, c: Sanctioned): string =>
  `${rng.pick(NAMES[c][0])} ${rng.pick(NAMES[c][1])}`;

export function sanctionedAddress(rng: Rng, c: Sanctioned): Address {
  const [city, stem] = rng.pick(PLACES[c].cities);
  const postal = c === 'IR' ? `${stem}${rng.digits(8)}` : `${stem}${rng.digits(6 - stem.length)}`;
  return { country: c, postalCode: postal, city, line1: `${rng.pick(PLACES[c].streets)} ${rng.int(1, 90)}` };
}

/** Where such buyers send rugs inside Turkey: a relative's flat, or a cargo agent in Laleli or Van. */
export function turkishIntermediary(rng: Rng): Address {
  return rng.pick<Address>([
    {
      country: 'TR',
      city: 'İstanbul',
      postalCode: `341${rng.digits(2)}`,
      line1: `Laleli, Ordu Caddesi ${rng.int(1, 200)} Kat ${rng.int(1, 6)}`,
    },
    {
      country: 'TR',
      city: 'Van',
      postalCode: `650${rng.digits(2)}`,
      line1: `Cumhuriyet Caddesi ${rng.int(1, 150)}`,
    },
    {
      country: 'TR',
      city: 'Antalya',
      postalCode: `070${rng.digits(2)}`,
      line1: `Konyaaltı, Atatürk Bulvarı ${rng.int(1, 300)}`,
    },
  ]);
}
