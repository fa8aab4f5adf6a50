import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type MarketCode } from './markets.js';

/**
 * Addresses as shoppers type them. The UAE and Qatar have no postcodes (an area, a building, a flat; Qatar's
 * zone/street/building numbers); Kuwait writes block/street/house and rarely a postcode; Saudi Arabia has
 * the five-digit national-address code; Egypt, Jordan, Morocco and Turkey have five-digit codes.
 */

export { type Address };

interface City {
  name: string;
  weight: number;
  /** Postcode prefix and how many digits follow, or nothing. */
  post?: readonly [string, number];
  areas: readonly string[];
}

const c = (name: string, weight: number, areas: string[], post?: [string, number]): City => ({
  name,
  weight,
  areas,
  ...(post ? { post } : {}),
});

const CITIES: Readonly<Record<MarketCode, readonly City[]>> = {
  AE: [
    c('Dubai', 50, [
      'Dubai Marina',
      'Al Barsha 1',
      'JLT',
      'Deira',
      'Al Nahda 2',
      'Business Bay',
      'Mirdif',
      'JVC',
    ]),
    c('Abu Dhabi', 22, [
      'Al Reem Island',
      'Khalifa City A',
      'Al Khalidiyah',
      'Mussafah Shabiya',
      'Al Muroor',
    ]),
    c('Sharjah', 18, ['Al Taawun', 'Al Majaz 2', 'Al Nahda', 'Muwaileh', 'Al Qasimia']),
    c('Ajman', 5, ['Al Nuaimiya 1', 'Al Rashidiya 2', 'Al Jurf']),
    c('Al Ain', 5, ['Al Jimi', 'Al Muwaiji', 'Falaj Hazza']),
  ],
  SA: [
    c(
      'Riyadh',
      42,
      ['Al Olaya', 'Al Malqa', 'Al Narjis', 'Al Yasmin', 'Al Sulimaniyah', 'Al Rawdah'],
      ['1', 4],
    ),
    c('Jeddah', 26, ['Al Rawdah', 'Al Salamah', 'Al Naeem', 'Al Hamra', 'Obhur Al Shamaliyah'], ['2', 4]),
    c('Dammam', 10, ['Al Faisaliyah', 'Al Shati', 'Al Mazruiyah'], ['32', 3]),
    c('Al Khobar', 8, ['Al Ulaya', 'Al Aqrabiyah', 'Al Rakah'], ['34', 3]),
    c('Mecca', 7, ['Al Awali', 'Al Aziziyah', 'Al Shawqiyah'], ['24', 3]),
    c('Medina', 7, ['Quba', 'Al Aziziyah', 'Bani Haritha'], ['42', 3]),
  ],
  QA: [
    c('Doha', 70, ['Zone 66', 'Zone 63', 'Zone 38', 'Zone 25', 'Zone 40']),
    c('Al Rayyan', 18, ['Zone 51', 'Zone 53', 'Zone 55']),
    c('Al Wakrah', 7, ['Zone 90', 'Zone 91']),
    c('Lusail', 5, ['Zone 69']),
  ],
  KW: [
    c('Salmiya', 24, ['Block 10', 'Block 12', 'Block 3']),
    c('Hawalli', 20, ['Block 1', 'Block 5', 'Block 8']),
    c('Kuwait City', 18, ['Sharq', 'Qibla', 'Dasman']),
    c('Farwaniya', 18, ['Block 2', 'Block 4', 'Block 6']),
    c('Jahra', 10, ['Block 1', 'Block 7']),
    c('Fahaheel', 10, ['Block 5', 'Block 9']),
  ],
  EG: [
    c('Cairo', 45, ['Nasr City', 'Heliopolis', 'Maadi', 'New Cairo', 'Shubra', 'Mokattam'], ['11', 3]),
    c('Giza', 20, ['Dokki', 'Mohandessin', 'Haram', '6th of October', 'Sheikh Zayed'], ['12', 3]),
    c('Alexandria', 18, ['Smouha', 'Sidi Gaber', 'Miami', 'Stanley'], ['21', 3]),
    c('Mansoura', 6, ['Toriel', 'El Gomhoreya'], ['35', 3]),
    c('Tanta', 5, ['El Bahr St', 'Said'], ['31', 3]),
    c('Assiut', 6, ['El Hamra', 'Nemis'], ['71', 3]),
  ],
  JO: [
    c('Amman', 65, ['Khalda', 'Sweifieh', 'Jabal Amman', 'Tla Al Ali', 'Marka', 'Abdoun'], ['11', 3]),
    c('Zarqa', 15, ['New Zarqa', 'Russeifa'], ['13', 3]),
    c('Irbid', 15, ['University St', 'Al Hay Al Sharqi'], ['21', 3]),
    c('Aqaba', 5, ['Area 9', 'Al Shallaleh'], ['77', 3]),
  ],
  MA: [
    c('Casablanca', 40, ['Maarif', 'Ain Diab', 'Sidi Maarouf', 'Hay Hassani', 'Bourgogne'], ['20', 3]),
    c('Rabat', 16, ['Agdal', 'Hay Riad', 'Hassan'], ['10', 3]),
    c('Marrakech', 14, ['Gueliz', 'Hivernage', 'Massira'], ['40', 3]),
    c('Fes', 10, ['Ville Nouvelle', 'Narjiss'], ['30', 3]),
    c('Tangier', 12, ['Malabata', 'Iberia', 'Mesnana'], ['90', 3]),
    c('Agadir', 8, ['Talborjt', 'Hay Dakhla'], ['80', 3]),
  ],
  TR: [
    c('İstanbul', 50, ['Kadıköy', 'Beşiktaş', 'Üsküdar', 'Bahçelievler', 'Esenyurt', 'Ataşehir'], ['34', 3]),
    c('Ankara', 18, ['Çankaya', 'Keçiören', 'Yenimahalle'], ['06', 3]),
    c('İzmir', 14, ['Karşıyaka', 'Bornova', 'Konak'], ['35', 3]),
    c('Bursa', 9, ['Nilüfer', 'Osmangazi'], ['16', 3]),
    c('Antalya', 9, ['Muratpaşa', 'Konyaaltı'], ['07', 3]),
  ],
};

const STREETS = ['Al Wasl', 'Al Safa', 'Al Nakheel', 'Al Jazeera', 'Omar Ibn Al Khattab', 'Al Rashid'];
const TOWERS = ['Marina Heights', 'Al Shams', 'Bay Square', 'Golden Sands', 'Al Manara', 'Park Residence'];

/** A line 1 as it is written in `market`. */
function lineFor(rng: Rng, market: MarketCode, area: string): string {
  switch (market) {
    case 'AE':
      return rng.chance(0.7)
        ? `Apt ${rng.int(1, 42)}0${rng.int(1, 9)}, ${rng.pick(TOWERS)} Tower, ${area}`
        : `Villa ${rng.int(1, 90)}, Street ${rng.int(1, 48)}, ${area}`;
    case 'SA':
      return `${rng.int(2000, 9899)} ${rng.pick(STREETS)} St, ${area}`;
    case 'QA':
      return `${area}, Street ${rng.int(200, 990)}, Building ${rng.int(1, 80)}`;
    case 'KW':
      return `${area}, Street ${rng.int(1, 40)}, House ${rng.int(1, 60)}`;
    case 'EG':
      return `${rng.int(1, 120)} ${rng.pick(['El Tahrir', 'Abbas El Akkad', 'Gameat El Dowal', 'El Nasr'])} St, ${area}`;
    case 'JO':
      return `${rng.int(1, 60)} ${rng.pick(['Mecca', 'Wasfi Al Tal', 'Zahran', 'Al Madina Al Munawara'])} St, ${area}`;
    case 'MA':
      return `${rng.int(1, 200)} ${rng.pick(['Bd Zerktouni', 'Rue Ibn Batouta', 'Av Hassan II', 'Bd Anfa'])}, ${area}`;
    case 'TR':
      return `${rng.pick(['Bağdat Cd.', 'Atatürk Cd.', 'Cumhuriyet Cd.', 'İnönü Sk.'])} No:${rng.int(1, 220)} D:${rng.int(1, 24)}, ${area}`;
  }
}

/** A home address in `market` (optionally in a named city). */
export function homeIn(rng: Rng, market: MarketCode, city?: string): Address {
  const list = CITIES[market];
  const town = list.find((x) => x.name === city) ?? rng.weightedPick(list.map((x) => [x, x.weight] as const));
  const area = rng.pick(town.areas);
  return {
    country: market,
    ...(town.post ? { postalCode: town.post[0] + rng.digits(town.post[1]) } : {}),
    city: town.name,
    line1: lineFor(rng, market, area),
  };
}

/** An office in a market's business district: a company's billing and delivery address. */
export function officeIn(rng: Rng, market: MarketCode): Address {
  const home = homeIn(rng, market);
  const floor = `Office ${rng.int(1, 38)}${rng.digits(2)}`;
  return { ...home, line1: `${floor}, ${rng.pick(['Tower A', 'Business Centre', 'Plaza'])}, ${home.line1}` };
}

/** Abroad: the card's billing address of expatriates, travellers' home towns, stolen cards' holders. */
type Post = (r: Rng) => string;
const L = (r: Rng) => r.token(1, 'ABDEFGHJLNPQRSTUWXYZ');
const ABROAD: Readonly<Record<string, ReadonlyArray<readonly [string, Post]>>> = {
  IN: [
    ['Kochi', (r) => `682${r.digits(3)}`],
    ['Mumbai', (r) => `400${r.digits(3)}`],
    ['Hyderabad', (r) => `500${r.digits(3)}`],
    ['Chennai', (r) => `600${r.digits(3)}`],
  ],
  PK: [
    ['Karachi', (r) => `75${r.digits(3)}`],
    ['Lahore', (r) => `54${r.digits(3)}`],
    ['Peshawar', (r) => `25${r.digits(3)}`],
  ],
  PH: [
    ['Quezon City', (r) => `11${r.digits(2)}`],
    ['Cebu City', (r) => `60${r.digits(2)}`],
  ],
  GB: [
    ['London', (r) => `${r.pick(['SW', 'E', 'N', 'NW'])}${r.int(1, 19)} ${r.digits(1)}${L(r)}${L(r)}`],
    ['Manchester', (r) => `M${r.int(1, 40)} ${r.digits(1)}${L(r)}${L(r)}`],
  ],
  US: [
    ['Houston', (r) => `770${r.digits(2)}`],
    ['Brooklyn', (r) => `112${r.digits(2)}`],
    ['Columbus', (r) => `432${r.digits(2)}`],
    ['Phoenix', (r) => `850${r.digits(2)}`],
  ],
  DE: [['Berlin', (r) => `1${r.digits(4)}`]],
  FR: [['Lyon', (r) => `6900${r.digits(1)}`]],
  CA: [['Toronto', (r) => `M${r.digits(1)}${L(r)} ${r.digits(1)}${L(r)}${r.digits(1)}`]],
  ES: [['Madrid', (r) => `280${r.digits(2)}`]],
  LB: [['Beirut', (r) => `${r.digits(4)} ${r.digits(4)}`]],
};

export const ABROAD_COUNTRIES = Object.keys(ABROAD);

/** A home address in a market or in a country of `ABROAD_COUNTRIES`. */
export function abroad(rng: Rng, country: string): Address {
  if (country in CITIES) return homeIn(rng, country as MarketCode);
  const list = ABROAD[country];
  if (!list) throw new Error(`no addresses for ${country}`);
  const [city, post] = rng.pick(list);
  const street = rng.pick(['Park', 'Main', 'Hill', 'Church', 'Station', 'Lake']);
  return { country, postalCode: post(rng), city, line1: `${rng.int(2, 240)} ${street} Road` };
}

/**
 * Drops and forwarders as fraud rings use them: shared flats in Deira, International City or Sharjah, a
 * courier's pick-up locker, a freight forwarder's free-zone warehouse with a customer suite number.
 */
export function dropIn(rng: Rng, market: MarketCode, style: 'flat' | 'locker' | 'forwarder'): Address {
  if (style === 'forwarder' && market === 'AE')
    return {
      country: 'AE',
      city: 'Dubai',
      line1: `${rng.pick(['Warehouse 4, Dubai Airport Freezone', 'Unit B12, Jebel Ali Free Zone South'])}, Suite ${rng.pick(['NG', 'KE', 'LB', 'GH', 'RU'])}-${rng.digits(5)}`,
    };
  if (style === 'locker')
    return {
      ...homeIn(rng, market),
      line1: `${rng.pick(['Smart locker', 'Pick-up point'])} #${rng.digits(4)}`,
    };
  if (market === 'AE') {
    const city = rng.chance(0.6) ? 'Dubai' : 'Sharjah';
    const area = rng.pick(
      city === 'Dubai' ? ['Deira', 'International City', 'Al Nahda 2'] : ['Al Taawun', 'Rolla'],
    );
    return {
      country: 'AE',
      city,
      line1: `Room ${rng.int(1, 9)}, Flat ${rng.int(1, 18)}0${rng.int(1, 8)}, ${area}`,
    };
  }
  return homeIn(rng, market);
}
