import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where buyers live: Philippine cities and municipalities with their ZIP codes (Metro Manila first, then the
 * big provincial cities), the towns where overseas Filipino workers (OFWs) live and work, holiday destinations,
 * expats' home countries, and, for the sanctioned-country kind only, places in comprehensively sanctioned
 * jurisdictions.
 */

export interface Place {
  country: string;
  city: string;
  /** Absent where the country has no postal codes (UAE, Qatar, Hong Kong). */
  postalCode?: string;
  /** UTC offset in December, hours. */
  tz: number;
}

const ph = (city: string, postalCode: string): Place => ({ country: 'PH', city, postalCode, tz: 8 });

/** Philippine places with their share of the store's local buyers. */
export const PH_PLACES: ReadonlyArray<readonly [Place, number]> = [
  [ph('Quezon City', '1100'), 14],
  [ph('Manila', '1000'), 9],
  [ph('Caloocan', '1400'), 6],
  [ph('Makati', '1200'), 4],
  [ph('Pasig', '1600'), 4],
  [ph('Taguig', '1630'), 4],
  [ph('Parañaque', '1700'), 3],
  [ph('Las Piñas', '1740'), 3],
  [ph('Valenzuela', '1440'), 3],
  [ph('Mandaluyong', '1550'), 2],
  [ph('Marikina', '1800'), 2],
  [ph('Antipolo', '1870'), 3],
  [ph('Bacoor', '4102'), 3],
  [ph('Dasmariñas', '4114'), 3],
  [ph('Imus', '4103'), 2],
  [ph('Calamba', '4027'), 2],
  [ph('Santa Rosa', '4026'), 2],
  [ph('San Jose del Monte', '3023'), 3],
  [ph('Angeles', '2009'), 2],
  [ph('San Fernando, Pampanga', '2000'), 2],
  [ph('Batangas City', '4200'), 1],
  [ph('Lipa', '4217'), 1],
  [ph('Baguio', '2600'), 1],
  [ph('Dagupan', '2400'), 1],
  [ph('Tarlac City', '2300'), 1],
  [ph('Naga', '4400'), 1],
  [ph('Legazpi', '4500'), 1],
  [ph('Lucena', '4301'), 1],
  [ph('Cebu City', '6000'), 5],
  [ph('Mandaue', '6014'), 2],
  [ph('Lapu-Lapu', '6015'), 1],
  [ph('Iloilo City', '5000'), 2],
  [ph('Bacolod', '6100'), 2],
  [ph('Tacloban', '6500'), 1],
  [ph('Puerto Princesa', '5300'), 1],
  [ph('Davao City', '8000'), 5],
  [ph('Cagayan de Oro', '9000'), 2],
  [ph('General Santos', '9500'), 1],
  [ph('Zamboanga City', '7000'), 1],
  [ph('Butuan', '8600'), 1],
];

/** A Philippine place, by the store's share of buyers. */
export const phPlace = (rng: Rng): Place => rng.weightedPick(PH_PLACES);

/** The host countries of the store's OFW buyers: share of them, and their towns. */
export const OFW_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['AE', 24],
  ['SA', 20],
  ['HK', 14],
  ['SG', 10],
  ['US', 12],
  ['IT', 7],
  ['QA', 7],
  ['KW', 6],
];

export const ABROAD: Readonly<Record<string, readonly Place[]>> = {
  AE: [
    { country: 'AE', city: 'Dubai', tz: 4 },
    { country: 'AE', city: 'Abu Dhabi', tz: 4 },
    { country: 'AE', city: 'Sharjah', tz: 4 },
    { country: 'AE', city: 'Al Ain', tz: 4 },
  ],
  SA: [
    { country: 'SA', city: 'Riyadh', postalCode: '12271', tz: 3 },
    { country: 'SA', city: 'Jeddah', postalCode: '23432', tz: 3 },
    { country: 'SA', city: 'Al Khobar', postalCode: '34447', tz: 3 },
    { country: 'SA', city: 'Dammam', postalCode: '32241', tz: 3 },
  ],
  HK: [
    { country: 'HK', city: 'Causeway Bay', tz: 8 },
    { country: 'HK', city: 'Sha Tin', tz: 8 },
    { country: 'HK', city: 'Tsuen Wan', tz: 8 },
    { country: 'HK', city: 'Mong Kok', tz: 8 },
    { country: 'HK', city: 'Tuen Mun', tz: 8 },
  ],
  SG: [
    { country: 'SG', city: 'Singapore', postalCode: '238859', tz: 8 },
    { country: 'SG', city: 'Singapore', postalCode: '529510', tz: 8 },
    { country: 'SG', city: 'Singapore', postalCode: '760102', tz: 8 },
    { country: 'SG', city: 'Singapore', postalCode: '310190', tz: 8 },
  ],
  US: [
    { country: 'US', city: 'Daly City', postalCode: '94015', tz: -8 },
    { country: 'US', city: 'Los Angeles', postalCode: '90026', tz: -8 },
    { country: 'US', city: 'Las Vegas', postalCode: '89123', tz: -8 },
    { country: 'US', city: 'Seattle', postalCode: '98118', tz: -8 },
    { country: 'US', city: 'Honolulu', postalCode: '96819', tz: -10 },
    { country: 'US', city: 'Houston', postalCode: '77036', tz: -6 },
    { country: 'US', city: 'Chicago', postalCode: '60625', tz: -6 },
    { country: 'US', city: 'Jersey City', postalCode: '07306', tz: -5 },
    { country: 'US', city: 'Queens', postalCode: '11377', tz: -5 },
  ],
  IT: [
    { country: 'IT', city: 'Roma', postalCode: '00185', tz: 1 },
    { country: 'IT', city: 'Milano', postalCode: '20127', tz: 1 },
    { country: 'IT', city: 'Firenze', postalCode: '50127', tz: 1 },
    { country: 'IT', city: 'Bologna', postalCode: '40127', tz: 1 },
  ],
  QA: [
    { country: 'QA', city: 'Doha', tz: 3 },
    { country: 'QA', city: 'Al Rayyan', tz: 3 },
  ],
  KW: [
    { country: 'KW', city: 'Kuwait City', postalCode: '13001', tz: 3 },
    { country: 'KW', city: 'Salmiya', postalCode: '20001', tz: 3 },
    { country: 'KW', city: 'Farwaniya', postalCode: '81000', tz: 3 },
  ],
};

/** Where Philippine residents spend Christmas abroad. */
export const HOLIDAYS: readonly Place[] = [
  { country: 'JP', city: 'Tokyo', postalCode: '160-0022', tz: 9 },
  { country: 'JP', city: 'Osaka', postalCode: '542-0076', tz: 9 },
  { country: 'KR', city: 'Seoul', postalCode: '04527', tz: 9 },
  { country: 'TW', city: 'Taipei', postalCode: '100', tz: 8 },
  { country: 'HK', city: 'Tsim Sha Tsui', tz: 8 },
  { country: 'SG', city: 'Singapore', postalCode: '018956', tz: 8 },
];

/** Expats' home countries (their cards), with their share of the store's expat buyers. */
export const EXPAT_HOMES: ReadonlyArray<readonly [string, number]> = [
  ['KR', 30],
  ['US', 22],
  ['JP', 14],
  ['AU', 12],
  ['GB', 8],
  ['CN', 8],
  ['CA', 6],
];

/** An expat's address back home, where their card's statements go. */
export const HOME_CITIES: Readonly<Record<string, Place>> = {
  KR: { country: 'KR', city: 'Seoul', postalCode: '06164', tz: 9 },
  JP: { country: 'JP', city: 'Tokyo', postalCode: '106-0032', tz: 9 },
  CN: { country: 'CN', city: 'Shanghai', postalCode: '200040', tz: 8 },
  AU: { country: 'AU', city: 'Brisbane', postalCode: '4000', tz: 10 },
  US: { country: 'US', city: 'San Diego', postalCode: '92101', tz: -8 },
  GB: { country: 'GB', city: 'Manchester', postalCode: 'M1 4BT', tz: 0 },
  CA: { country: 'CA', city: 'Vancouver', postalCode: 'V6B 1A1', tz: -8 },
};

/** The card-holders' own addresses in countries whose cards are stolen and sold on. */
export const CARD_HOMES: Readonly<Record<string, readonly Place[]>> = {
  US: [
    { country: 'US', city: 'Columbus', postalCode: '43215', tz: -5 },
    { country: 'US', city: 'Phoenix', postalCode: '85016', tz: -7 },
    { country: 'US', city: 'Atlanta', postalCode: '30309', tz: -5 },
    { country: 'US', city: 'Denver', postalCode: '80205', tz: -7 },
    { country: 'US', city: 'Tampa', postalCode: '33606', tz: -5 },
  ],
  GB: [
    { country: 'GB', city: 'Leeds', postalCode: 'LS6 2AB', tz: 0 },
    { country: 'GB', city: 'Bristol', postalCode: 'BS7 8PT', tz: 0 },
  ],
  CA: [{ country: 'CA', city: 'Mississauga', postalCode: 'L5B 3C2', tz: -5 }],
  AU: [{ country: 'AU', city: 'Parramatta', postalCode: '2150', tz: 11 }],
  FR: [{ country: 'FR', city: 'Lyon', postalCode: '69003', tz: 1 }],
  DE: [{ country: 'DE', city: 'Dortmund', postalCode: '44137', tz: 1 }],
};

/** Where cards opened outside a sanctioned country by people living in one are billed (the sanctioned kind only). */
export const NEIGHBOUR_CARD_HOMES: Readonly<Record<string, Place>> = {
  KZ: { country: 'KZ', city: 'Almaty', postalCode: '050000', tz: 5 },
  AM: { country: 'AM', city: 'Yerevan', postalCode: '0010', tz: 4 },
  KG: { country: 'KG', city: 'Bishkek', postalCode: '720001', tz: 6 },
  TR: { country: 'TR', city: 'İstanbul', postalCode: '34357', tz: 3 },
  AE: { country: 'AE', city: 'Dubai', tz: 4 },
};

/** Places in comprehensively sanctioned jurisdictions (the sanctioned-country kind only). */
export const SANCTIONED_PLACES: readonly Place[] = [
  { country: 'RU', city: 'Moskva', postalCode: '109012', tz: 3 },
  { country: 'RU', city: 'Sankt-Peterburg', postalCode: '191186', tz: 3 },
  { country: 'RU', city: 'Novosibirsk', postalCode: '630099', tz: 7 },
  { country: 'BY', city: 'Minsk', postalCode: '220030', tz: 3 },
  { country: 'IR', city: 'Tehran', postalCode: '1136913', tz: 3.5 },
  { country: 'IR', city: 'Mashhad', postalCode: '9177948974', tz: 3.5 },
  { country: 'SY', city: 'Damascus', tz: 3 },
  { country: 'CU', city: 'La Habana', postalCode: '10400', tz: -5 },
];

/** The countries the specs keep to the sanctioned-country kind. */
export const SANCTIONED: ReadonlySet<string> = new Set(['RU', 'BY', 'IR', 'SY', 'CU', 'KP']);

const STREETS = [
  'Rizal St.',
  'Mabini St.',
  'Bonifacio Ave.',
  'Luna St.',
  'Sampaguita St.',
  'Maharlika Hwy.',
  'Del Pilar St.',
  'Aguinaldo St.',
  'Quezon Ave.',
  'Magsaysay Blvd.',
  'Burgos St.',
  'Kalayaan Ave.',
];

/** A Philippine street address: house or block-and-lot, street, barangay. */
export function phLine(rng: Rng): string {
  const house = rng.chance(0.4) ? `Blk ${rng.int(1, 40)} Lot ${rng.int(1, 30)}` : `${rng.int(1, 2400)}`;
  return `${house} ${rng.pick(STREETS)}, Brgy. ${rng.pick(['San Isidro', 'Poblacion', 'San Roque', 'Santo Niño', 'Bagong Silang', 'Malanday', 'Sta. Cruz', `${rng.int(1, 200)}`])}`;
}

/** A street line abroad, the way addresses are written there. */
const FOREIGN_LINES: Readonly<Record<string, (rng: Rng) => string>> = {
  AE: (rng) =>
    `Flat ${rng.int(101, 2404)}, ${rng.pick(['Al Nahda', 'Al Barsha', 'Deira', 'Al Qusais', 'Muwaileh'])}`,
  SA: (rng) => `${rng.int(1000, 9999)} ${rng.pick(['King Fahd Rd', 'Prince Sultan St', 'Al Olaya St'])}`,
  QA: (rng) => `Zone ${rng.int(10, 90)}, Street ${rng.int(100, 990)}, Building ${rng.int(1, 60)}`,
  KW: (rng) => `Block ${rng.int(1, 12)}, Street ${rng.int(1, 120)}, Building ${rng.int(1, 40)}`,
  HK: (rng) =>
    `Flat ${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', 'D'])}, ${rng.int(1, 300)} ${rng.pick(['Nathan Rd', "King's Rd", 'Castle Peak Rd'])}`,
  SG: (rng) =>
    `Blk ${rng.int(100, 899)} ${rng.pick(['Bedok North Ave 3', 'Woodlands Dr 14', 'Toa Payoh Lor 1'])} #${rng.int(2, 15)}-${rng.int(100, 400)}`,
  IT: (rng) => `Via ${rng.pick(['Tiburtina', 'Padova', 'Emilia', 'Nomentana'])} ${rng.int(1, 300)}`,
  JP: (rng) =>
    `${rng.int(1, 5)}-${rng.int(1, 30)}-${rng.int(1, 20)} ${rng.pick(['Shinjuku', 'Minato', 'Namba'])}`,
  KR: (rng) => `${rng.int(1, 400)} ${rng.pick(['Teheran-ro', 'Itaewon-ro', 'Sejong-daero'])}`,
  RU: (rng) =>
    `ul. ${rng.pick(['Lenina', 'Tverskaya', 'Sadovaya', 'Mira'])}, d. ${rng.int(1, 120)}, kv. ${rng.int(1, 300)}`,
  BY: (rng) =>
    `vul. ${rng.pick(['Niezalezhnasci', 'Surhanava', 'Kalvaryjskaja'])}, ${rng.int(1, 150)}-${rng.int(1, 200)}`,
  IR: (rng) => `No. ${rng.int(1, 200)}, ${rng.pick(['Valiasr St', 'Enghelab St', 'Azadi Ave'])}`,
  SY: (rng) => `${rng.pick(['Al-Mazzeh', 'Abu Rummaneh', 'Baramkeh'])}, building ${rng.int(1, 80)}`,
  CU: (rng) =>
    `Calle ${rng.int(1, 30)} No. ${rng.int(100, 999)}, ${rng.pick(['Vedado', 'Miramar', 'Centro Habana'])}`,
  KZ: (rng) =>
    `${rng.pick(['Abay Ave', 'Dostyk Ave', 'Tole Bi St'])} ${rng.int(1, 200)}, apt ${rng.int(1, 150)}`,
  AM: (rng) =>
    `${rng.pick(['Abovyan St', 'Tumanyan St', 'Mashtots Ave'])} ${rng.int(1, 90)}, apt ${rng.int(1, 80)}`,
  KG: (rng) => `${rng.pick(['Chui Ave', 'Manas Ave'])} ${rng.int(1, 200)}, apt ${rng.int(1, 90)}`,
  TR: (rng) =>
    `${rng.pick(['Bağdat Cd.', 'İstiklal Cd.', 'Halaskargazi Cd.'])} No:${rng.int(1, 300)} D:${rng.int(1, 20)}`,
};

const anyLine = (rng: Rng): string =>
  `${rng.int(1, 9800)} ${rng.pick(['Main', 'Park', 'Oak', 'Lake', 'Maple', 'High'])} ${rng.pick(['St', 'Rd', 'Ave'])}`;

/** A billing address at a place, with a street line when the checkout asked for one. */
export function addressAt(rng: Rng, place: Place, line: boolean): Address {
  const street = place.country === 'PH' ? phLine : (FOREIGN_LINES[place.country] ?? anyLine);
  return {
    country: place.country,
    city: place.city,
    ...(place.postalCode ? { postalCode: place.postalCode } : {}),
    ...(line ? { line1: street(rng) } : {}),
  };
}
