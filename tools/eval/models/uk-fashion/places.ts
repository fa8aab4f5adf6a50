import { type Address } from './purchase.js';
import { type Rng } from '../kit/random.js';

/** Towns with postcode districts (UK outward codes, Irish Eircode routing keys), streets and the store's shops. */

interface Town {
  city: string;
  country: string;
  districts: readonly string[];
  weight: number;
}

const TOWNS: readonly Town[] = [
  {
    city: 'London',
    country: 'GB',
    districts: ['SW11', 'E8', 'N16', 'SE15', 'W12', 'NW6', 'E14', 'SW19'],
    weight: 22,
  },
  { city: 'Manchester', country: 'GB', districts: ['M14', 'M20', 'M4', 'M33'], weight: 7 },
  { city: 'Birmingham', country: 'GB', districts: ['B15', 'B29', 'B13', 'B31'], weight: 6 },
  { city: 'Leeds', country: 'GB', districts: ['LS6', 'LS8', 'LS17'], weight: 4 },
  { city: 'Glasgow', country: 'GB', districts: ['G12', 'G41', 'G3'], weight: 4 },
  { city: 'Edinburgh', country: 'GB', districts: ['EH6', 'EH10', 'EH3'], weight: 3 },
  { city: 'Bristol', country: 'GB', districts: ['BS6', 'BS3', 'BS7'], weight: 3 },
  { city: 'Liverpool', country: 'GB', districts: ['L17', 'L18', 'L1'], weight: 3 },
  { city: 'Newcastle upon Tyne', country: 'GB', districts: ['NE2', 'NE6'], weight: 2 },
  { city: 'Cardiff', country: 'GB', districts: ['CF24', 'CF5', 'CF14'], weight: 2 },
  { city: 'Nottingham', country: 'GB', districts: ['NG7', 'NG5'], weight: 2 },
  { city: 'Sheffield', country: 'GB', districts: ['S10', 'S11'], weight: 2 },
  { city: 'Brighton', country: 'GB', districts: ['BN1', 'BN2', 'BN3'], weight: 2 },
  { city: 'Belfast', country: 'GB', districts: ['BT7', 'BT9', 'BT15'], weight: 3 },
  { city: 'Derry', country: 'GB', districts: ['BT47', 'BT48'], weight: 1 },
  { city: 'Newry', country: 'GB', districts: ['BT34', 'BT35'], weight: 1 },
  { city: 'Reading', country: 'GB', districts: ['RG1', 'RG4'], weight: 2 },
  { city: 'Norwich', country: 'GB', districts: ['NR2', 'NR4'], weight: 1 },
  { city: 'Dublin', country: 'IE', districts: ['D02', 'D04', 'D06', 'D08', 'D15', 'D24'], weight: 8 },
  { city: 'Cork', country: 'IE', districts: ['T12', 'T23'], weight: 2 },
  { city: 'Galway', country: 'IE', districts: ['H91'], weight: 1 },
  { city: 'Limerick', country: 'IE', districts: ['V94'], weight: 1 },
  { city: 'Letterkenny', country: 'IE', districts: ['F92'], weight: 0.5 },
  { city: 'Dundalk', country: 'IE', districts: ['A91'], weight: 0.5 },
  { city: 'St Helier', country: 'JE', districts: ['JE2', 'JE3', 'JE4'], weight: 0 },
  { city: 'Douglas', country: 'IM', districts: ['IM1', 'IM2'], weight: 0 },
];

const STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Victoria Road',
  'Park Avenue',
  'Mill Lane',
  'Queens Road',
  'Grange Road',
  'Albert Street',
  'Manor Way',
  'The Crescent',
  'Kingsway',
  'Elm Grove',
  'Windsor Terrace',
  'Main Street',
  'Castle Road',
  'Brookfield Avenue',
  'Harbour View',
  'Orchard Close',
  'Willow Drive',
];

const DOMESTIC = TOWNS.filter((t) => t.weight > 0);

function townIn(rng: Rng, country?: string): Town {
  const pool = country ? TOWNS.filter((t) => t.country === country) : DOMESTIC;
  const weights = Object.fromEntries(pool.map((t, i) => [String(i), t.weight || 1]));
  return pool[Number(rng.weighted(weights))] ?? rng.pick(pool);
}

function postcode(rng: Rng, town: Town): string {
  const district = rng.pick(town.districts);
  if (town.country === 'IE') return `${district} ${rng.token(4, 'ACDEFHKNPRTVWXY0123456789').toUpperCase()}`;
  return `${district} ${rng.int(1, 9)}${rng.token(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
}

/** A home address; `country` restricts the town (GB, IE, JE, IM), otherwise the store's home markets. */
export function homeIn(rng: Rng, country?: string): Address {
  const town = townIn(rng, country);
  const flat = rng.chance(0.25) ? `Flat ${rng.int(1, 24)}, ` : '';
  return {
    country: town.country,
    postalCode: postcode(rng, town),
    city: town.city,
    line1: `${flat}${rng.int(1, 180)} ${rng.pick(STREETS)}`,
  };
}

/** A home near the Irish border: Newry, Derry or Belfast in the North; Donegal, Louth or Dublin in the South. */
export function borderHome(rng: Rng, country: string): Address {
  const cities = country === 'IE' ? ['Letterkenny', 'Dundalk', 'Dublin'] : ['Newry', 'Derry', 'Belfast'];
  for (;;) {
    const home = homeIn(rng, country);
    if (cities.includes(home.city)) return home;
  }
}

/** An address abroad, for expats and fraudsters' own addresses. */
export function abroad(rng: Rng, country: string): Address {
  const cities: Record<string, string> = {
    ES: 'Málaga',
    FR: 'Lyon',
    PT: 'Albufeira',
    AE: 'Dubai',
    US: 'Austin',
    DE: 'Berlin',
    NL: 'Amsterdam',
    CY: 'Limassol',
    NG: 'Lagos',
    RO: 'Bucharest',
    VN: 'Hanoi',
    BR: 'São Paulo',
    IR: 'Tehran',
    SY: 'Damascus',
    CU: 'Havana',
    KP: 'Pyongyang',
    RU: 'Moscow',
    BY: 'Minsk',
    CN: 'Shanghai',
    IN: 'Bengaluru',
    HK: 'Hong Kong',
  };
  return {
    country,
    postalCode: rng.digits(5),
    city: cities[country] ?? 'Capital',
    line1: `${rng.int(1, 90)} ${rng.pick(STREETS)}`,
  };
}

/** The store's shops, for click and collect. */
export const SHOPS: readonly Address[] = [
  { country: 'GB', postalCode: 'W1C 1AB', city: 'London', line1: '214 Oxford Street' },
  { country: 'GB', postalCode: 'M1 1AD', city: 'Manchester', line1: 'Arndale Centre, Market Street' },
  { country: 'GB', postalCode: 'B5 4BU', city: 'Birmingham', line1: 'Bullring, St Martin’s Circus' },
  { country: 'GB', postalCode: 'G1 3SL', city: 'Glasgow', line1: '130 Buchanan Street' },
  { country: 'GB', postalCode: 'BT1 4QG', city: 'Belfast', line1: 'Victoria Square' },
  { country: 'IE', postalCode: 'D02 YX88', city: 'Dublin', line1: '58 Grafton Street' },
];

/** Drop addresses fraud crews ship to: forwarders, parcel lockers, empty flats and mule homes. */
export function dropAddress(rng: Rng): Address {
  const style = rng.weighted({ forwarder: 3, locker: 3, flat: 2, mule: 3 });
  if (style === 'forwarder')
    return {
      country: 'GB',
      postalCode: `TW6 ${rng.int(2, 3)}${rng.token(2, 'AJNQRS')}`,
      city: 'Hounslow',
      line1: `Unit ${rng.int(2, 14)} Bath Road Trade Park, Suite ${rng.digits(5)}`,
    };
  if (style === 'locker')
    return {
      ...homeIn(rng, 'GB'),
      line1: `InPost Locker ${rng.token(6).toUpperCase()}, ${rng.pick(STREETS)}`,
    };
  if (style === 'flat')
    return { ...homeIn(rng, 'GB'), line1: `Flat ${rng.int(1, 40)}, ${rng.int(1, 99)} ${rng.pick(STREETS)}` };
  return homeIn(rng);
}

/** British Forces Post Office: a UK-format address that travels to a base abroad. */
export function bfpo(rng: Rng, name: string): Address {
  const number = rng.pick(['57', '58', '53', '655', '666']);
  return {
    country: 'GB',
    postalCode: `BF1 ${rng.int(2, 4)}${rng.token(2, 'ABDEFGHJ')}`,
    city: `BFPO ${number}`,
    line1: `${name}, ${rng.pick(['1 RIFLES', '3 Sqn RAF', 'HQ BFC', 'JSU'])}`,
  };
}
