import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where buyers live and where metal goes: each market's currency, UTC offset in March, site locale and towns
 * with postcode stems and streets. The shop's own counter in Birmingham's Jewellery Quarter, and the drop
 * addresses reshipping mules and forwarders use.
 */

export type Currency = 'GBP' | 'EUR' | 'USD';

const STREETS = [
  'High Street',
  'Church Road',
  'Station Road',
  'Victoria Road',
  'Park Avenue',
  'Mill Lane',
  'The Crescent',
  'Manor Road',
  'Kings Road',
  'Queens Drive',
  'Grange Road',
  'Orchard Close',
  'Elm Grove',
  'Windsor Avenue',
];
const EU_STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Kerkstraat',
  'Dorpsstraat',
  'Rue de la République',
  'Avenue Louise',
  'Calle Mayor',
  'Via Roma',
  'Main Street',
  'Lindenweg',
  'Rue Victor Hugo',
  'Gran Vía',
];

const uk = (area: string) => (r: Rng) =>
  `${area}${r.int(1, 28)} ${r.int(1, 9)}${r.pick(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X', 'Y'])}${r.pick(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'R', 'S', 'T', 'W', 'Z'])}`;
const num = (stem: string, digits: number) => (r: Rng) => `${stem}${r.digits(digits)}`;

type Town = readonly [string, (r: Rng) => string];

/** Towns with a postcode drawn on use (the Rng is passed when an address is drawn). */
const TOWNS: Record<string, readonly Town[]> = {
  GB: [
    ['London', uk('SW')],
    ['London', uk('N')],
    ['London', uk('SE')],
    ['Birmingham', uk('B')],
    ['Solihull', uk('B9')],
    ['Coventry', uk('CV')],
    ['Wolverhampton', uk('WV')],
    ['Manchester', uk('M')],
    ['Leeds', uk('LS')],
    ['Bristol', uk('BS')],
    ['Nottingham', uk('NG')],
    ['Leicester', uk('LE')],
    ['Sheffield', uk('S')],
    ['Glasgow', uk('G')],
    ['Edinburgh', uk('EH')],
    ['Cardiff', uk('CF')],
    ['Belfast', uk('BT')],
    ['Reading', uk('RG')],
    ['Guildford', uk('GU')],
    ['Norwich', uk('NR')],
    ['Exeter', uk('EX')],
    ['Harrogate', uk('HG')],
    ['Worcester', uk('WR')],
    ['Cambridge', uk('CB')],
  ],
  IE: [
    [
      'Dublin',
      (r) => `D${r.pick(['02', '04', '06', '08', '12', '14', '18', '24'])} ${r.token(4).toUpperCase()}`,
    ],
    ['Cork', (r) => `T12 ${r.token(4).toUpperCase()}`],
    ['Galway', (r) => `H91 ${r.token(4).toUpperCase()}`],
    ['Limerick', (r) => `V94 ${r.token(4).toUpperCase()}`],
  ],
  DE: [
    ['Berlin', num('10', 3)],
    ['München', num('80', 3)],
    ['Hamburg', num('20', 3)],
    ['Frankfurt am Main', num('60', 3)],
    ['Köln', num('50', 3)],
  ],
  NL: [
    ['Amsterdam', (r) => `10${r.digits(2)} ${r.token(2, 'ABCDEFGHJKLMNPRSTVWXZ')}`],
    ['Utrecht', (r) => `35${r.digits(2)} ${r.token(2, 'ABCDEFGHJKLMNPRSTVWXZ')}`],
    ['Rotterdam', (r) => `30${r.digits(2)} ${r.token(2, 'ABCDEFGHJKLMNPRSTVWXZ')}`],
  ],
  FR: [
    ['Paris', num('750', 2)],
    ['Lyon', num('6900', 1)],
    ['Bordeaux', num('330', 2)],
    ['Lille', num('590', 2)],
  ],
  BE: [
    ['Bruxelles', num('10', 2)],
    ['Antwerpen', num('20', 2)],
    ['Gent', num('90', 2)],
  ],
  ES: [
    ['Madrid', num('280', 2)],
    ['Málaga', num('290', 2)],
    ['Alicante', num('030', 2)],
    ['Barcelona', num('080', 2)],
  ],
  IT: [
    ['Milano', num('201', 2)],
    ['Roma', num('001', 2)],
    ['Torino', num('101', 2)],
  ],
  AT: [
    ['Wien', num('1', 3)],
    ['Salzburg', num('50', 2)],
    ['Graz', num('80', 2)],
  ],
  CH: [
    ['Zürich', num('80', 2)],
    ['Genève', num('12', 2)],
  ],
  US: [
    ['New York', num('100', 2)],
    ['Houston', num('770', 2)],
    ['Phoenix', num('850', 2)],
    ['Orlando', num('328', 2)],
    ['Denver', num('802', 2)],
    ['Columbus', num('432', 2)],
  ],
  AE: [
    ['Dubai', () => ''],
    ['Abu Dhabi', () => ''],
    ['Sharjah', () => ''],
  ],
  QA: [['Doha', () => '']],
  SA: [
    ['Riyadh', num('1', 4)],
    ['Jeddah', num('2', 4)],
  ],
  KW: [['Kuwait City', num('', 5)]],
};

/** Each market's currency, UTC offset in March and locale. */
export const MARKETS: Record<string, { currency: Currency; tz: number; locale: string }> = {
  GB: { currency: 'GBP', tz: 0, locale: 'en-GB' },
  IE: { currency: 'EUR', tz: 0, locale: 'en-IE' },
  DE: { currency: 'EUR', tz: 1, locale: 'de-DE' },
  NL: { currency: 'EUR', tz: 1, locale: 'nl-NL' },
  FR: { currency: 'EUR', tz: 1, locale: 'fr-FR' },
  BE: { currency: 'EUR', tz: 1, locale: 'nl-BE' },
  ES: { currency: 'EUR', tz: 1, locale: 'es-ES' },
  IT: { currency: 'EUR', tz: 1, locale: 'it-IT' },
  AT: { currency: 'EUR', tz: 1, locale: 'de-AT' },
  CH: { currency: 'EUR', tz: 1, locale: 'de-CH' },
  US: { currency: 'USD', tz: -5, locale: 'en-US' },
  AE: { currency: 'USD', tz: 4, locale: 'en-AE' },
  QA: { currency: 'USD', tz: 3, locale: 'en-QA' },
  SA: { currency: 'USD', tz: 3, locale: 'en-SA' },
  KW: { currency: 'USD', tz: 3, locale: 'en-KW' },
};

/** The markets the shop ships to (honest orders go nowhere else). */
export const SHIPS_TO: ReadonlySet<string> = new Set(Object.keys(MARKETS));

/** The EU markets' shares of continental orders. */
export const EU_MIX: ReadonlyArray<readonly [string, number]> = [
  ['IE', 34],
  ['DE', 20],
  ['NL', 12],
  ['FR', 10],
  ['BE', 6],
  ['ES', 8],
  ['IT', 5],
  ['AT', 5],
];

/** A street address in a country's towns (the Midlands only, with `midlands`). */
export function addressIn(rng: Rng, country: string, midlands = false): Address {
  const towns = TOWNS[country] ?? TOWNS.GB ?? [];
  const pool = midlands
    ? towns.filter(([c]) => ['Birmingham', 'Solihull', 'Coventry', 'Wolverhampton', 'Worcester'].includes(c))
    : towns;
  const [city, code] = rng.pick(pool);
  const gb = country === 'GB' || country === 'IE' || country === 'US';
  const line1 = gb ? `${rng.int(1, 240)} ${rng.pick(STREETS)}` : `${rng.pick(EU_STREETS)} ${rng.int(1, 160)}`;
  const postalCode = code(rng);
  return { country, ...(postalCode ? { postalCode } : {}), city, line1 };
}

/** The shop's counter, where reserved orders are collected against photo ID. */
export const COUNTER: Address = {
  country: 'GB',
  postalCode: 'B18 6LP',
  city: 'Birmingham',
  line1: '41 Vyse Street',
};

/**
 * Drop addresses reshippers use: mules' flats and short-let units in Britain and a parcel forwarder near
 * Heathrow; each is used by several cards over the fortnight.
 */
export const DROPS: readonly Address[] = [
  { country: 'GB', postalCode: 'TW6 3XA', city: 'Hounslow', line1: 'Unit 14, Heathrow Cargo Park' },
  { country: 'GB', postalCode: 'UB3 1HA', city: 'Hayes', line1: 'Suite 205, 3 Dawley Road' },
  { country: 'GB', postalCode: 'E13 8QA', city: 'London', line1: 'Flat 7, 112 Barking Road' },
  { country: 'GB', postalCode: 'M8 8RA', city: 'Manchester', line1: 'Flat 3, 58 Cheetham Hill Road' },
  { country: 'GB', postalCode: 'B19 3JH', city: 'Birmingham', line1: 'Flat 12, 9 Newtown Row' },
  { country: 'GB', postalCode: 'LE4 6AB', city: 'Leicester', line1: '27 Belgrave Gate' },
  { country: 'GB', postalCode: 'NG7 6LB', city: 'Nottingham', line1: 'Flat 2, 140 Radford Road' },
  { country: 'IE', postalCode: 'D15 X2C8', city: 'Dublin', line1: 'Unit 6, Blanchardstown Parcel Hub' },
];

/** Places in the sanctioned jurisdictions the sanctioned kind gives or ships to (region in the city line). */
export const SANCTIONED_PLACES: readonly Address[] = [
  { country: 'UA', postalCode: '95000', city: 'Simferopol, Crimea', line1: 'vul. Pushkina 18' },
  { country: 'UA', postalCode: '99011', city: 'Sevastopol, Crimea', line1: 'vul. Bolshaya Morskaya 34' },
  { country: 'UA', postalCode: '83001', city: 'Donetsk, Donetsk oblast', line1: 'vul. Artema 97' },
  { country: 'UA', postalCode: '91000', city: 'Luhansk, Luhansk oblast', line1: 'vul. Radianska 12' },
  { country: 'IR', postalCode: '1965813', city: 'Tehran', line1: 'Valiasr Street 2450' },
  { country: 'IR', postalCode: '7134', city: 'Shiraz', line1: 'Zand Boulevard 71' },
  { country: 'SY', city: 'Damascus', line1: 'Abu Rummaneh, Al-Jalaa Street' },
  { country: 'CU', postalCode: '10400', city: 'La Habana', line1: 'Calle 23 No. 512, Vedado' },
];
