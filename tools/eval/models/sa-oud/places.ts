import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store sells: Saudi Arabia, the five other Gulf states, and a little to the UK and Egypt. Each
 * market's UTC offset in February and March, its share of honest orders, and cities with postal codes and
 * districts. Saudi addresses follow the national address (building number, street, district); Gulf
 * addresses are villas, flats and blocks; Qatar and the Emirates have no postal codes.
 */

export type Country = 'SA' | 'AE' | 'KW' | 'QA' | 'BH' | 'OM' | 'GB' | 'EG';

interface City {
  city: string;
  postal: readonly string[];
  districts: readonly string[];
}

export interface Market {
  tz: number;
  /** Share of the honest buyers living there. */
  share: number;
  cities: readonly City[];
  streets: readonly string[];
}

const c = (city: string, postal: readonly string[], districts: readonly string[]): City => ({
  city,
  postal,
  districts,
});

export const MARKETS: Readonly<Record<Country, Market>> = {
  SA: {
    tz: 3,
    share: 0.8,
    cities: [
      c(
        'Riyadh',
        ['12211', '12271', '12241', '13315', '12482', '14813'],
        [
          'Al Olaya',
          'Al Malqa',
          'Al Yasmin',
          'Al Nakheel',
          'Al Rawdah',
          'Al Aziziyah',
          'Al Narjis',
          'Hittin',
          'Al Suwaidi',
          'Al Sahafah',
        ],
      ),
      c('Riyadh', ['11564', '12622', '14721'], ['Al Naseem', 'Al Rayyan', 'Al Hamra', 'Al Murabba']),
      c(
        'Jeddah',
        ['21442', '23431', '23511', '22233'],
        ['Al Rawdah', 'Al Hamra', 'Al Safa', 'Obhur', 'Al Zahra'],
      ),
      c('Makkah', ['24231', '24331'], ['Al Aziziyah', 'Al Awali', 'Al Shawqiyah']),
      c('Madinah', ['42311', '42351'], ['Quba', 'Al Khalidiyah', 'Al Uyun']),
      c('Dammam', ['32241', '32433', '32415'], ['Al Faisaliyah', 'Al Shati', 'Al Mazruiyah']),
      c('Al Khobar', ['34428', '34447'], ['Al Aqrabiyah', 'Al Ulaya', 'Al Rakah']),
      c('Abha', ['62521', '62529'], ['Al Mansak', 'Al Khalidiyah']),
      c('Taif', ['26513', '26521'], ['Al Hawiyah', 'Shihar']),
      c('Buraidah', ['52367', '52388'], ['Al Rayyan', 'Al Safra']),
      c('Tabuk', ['47911', '47912'], ['Al Muruj', 'Al Faisaliyah']),
      c('Hail', ['55421', '55431'], ['Al Naqrah', 'Al Wasita']),
      c('Jazan', ['45142', '45143'], ['Al Safa', 'Al Rawdah']),
      c('Al Ahsa', ['36361', '31982'], ['Al Mubarraz', 'Al Hofuf']),
    ],
    streets: [
      'King Fahd Rd',
      'Prince Sultan St',
      'Olaya St',
      'Tahlia St',
      'Al Urubah Rd',
      'Anas Ibn Malik Rd',
      'King Abdulaziz Rd',
      'Prince Mohammed bin Salman Rd',
      'Al Imam Saud St',
      'Uthman Ibn Affan St',
      'Al Takhassusi St',
      'Al Madinah Rd',
    ],
  },
  AE: {
    tz: 4,
    share: 0.07,
    cities: [
      c('Dubai', [''], ['Al Barsha 1', 'Jumeirah 2', 'Mirdif', 'Al Warqa', 'Dubai Marina', 'Al Qusais']),
      c('Abu Dhabi', [''], ['Khalifa City', 'Al Mushrif', 'Al Reem Island', 'Mohammed Bin Zayed City']),
      c('Sharjah', [''], ['Al Nahda', 'Al Khan', 'Muwaileh']),
      c('Al Ain', [''], ['Al Jimi', 'Al Towayya']),
    ],
    streets: ['Street 12', 'Street 23', 'Al Wasl Rd', 'Sheikh Zayed Rd', 'Airport Rd', 'Hazza Bin Zayed St'],
  },
  KW: {
    tz: 3,
    share: 0.045,
    cities: [
      c('Kuwait City', ['13001', '15300'], ['Sharq', 'Qurtuba', 'Yarmouk']),
      c('Salmiya', ['22001', '22004'], ['Block 10', 'Block 12']),
      c('Hawalli', ['32001', '32011'], ['Block 5', 'Jabriya']),
      c('Al Ahmadi', ['61001'], ['Fintas', 'Mangaf']),
    ],
    streets: ['Street 4', 'Street 15', 'Salem Al Mubarak St', 'Tunis St', 'Gulf Rd'],
  },
  QA: {
    tz: 3,
    share: 0.025,
    cities: [
      c('Doha', [''], ['West Bay', 'Al Sadd', 'Al Waab', 'Al Gharrafa']),
      c('Al Wakrah', [''], ['Al Wukair']),
    ],
    streets: ['Zone 66 St 820', 'Al Waab St', 'Salwa Rd', 'Al Luqta St'],
  },
  BH: {
    tz: 3,
    share: 0.02,
    cities: [
      c('Manama', ['317', '324'], ['Adliya', 'Juffair', 'Seef']),
      c('Riffa', ['901', '929'], ['East Riffa', 'West Riffa']),
      c('Muharraq', ['211'], ['Busaiteen', 'Arad']),
    ],
    streets: ['Road 3803', 'Road 2411', 'Avenue 41', 'Road 1925'],
  },
  OM: {
    tz: 4,
    share: 0.02,
    cities: [
      c('Muscat', ['113', '130', '133'], ['Al Khuwair', 'Qurum', 'Al Mawaleh', 'Bawshar']),
      c('Salalah', ['211'], ['Al Saadah', 'Al Haffa']),
      c('Sohar', ['311'], ['Falaj Al Qabail']),
    ],
    streets: ['Way 3013', 'Way 2731', 'Sultan Qaboos St', '18th November St'],
  },
  GB: {
    tz: 0,
    share: 0.01,
    cities: [
      c(
        'London',
        ['W2 1HB', 'NW8 7RG', 'SW7 2AZ', 'E1 6AN', 'W1H 5BA'],
        ['Edgware Road', 'St John’s Wood', 'Knightsbridge'],
      ),
      c('Birmingham', ['B10 0AD', 'B11 1AA'], ['Small Heath', 'Sparkhill']),
      c('Manchester', ['M14 5RQ', 'M13 9PL'], ['Rusholme', 'Fallowfield']),
    ],
    streets: ['Edgware Rd', 'Queensway', 'Ladypool Rd', 'Wilmslow Rd', 'Park Rd'],
  },
  EG: {
    tz: 2,
    share: 0.01,
    cities: [
      c('Cairo', ['11511', '11728', '11835'], ['Nasr City', 'Heliopolis', 'Maadi', 'New Cairo']),
      c('Giza', ['12511', '12573'], ['Dokki', 'Mohandessin', '6th of October']),
      c('Alexandria', ['21500', '21523'], ['Smouha', 'Sidi Gaber']),
    ],
    streets: ['Abbas El Akkad St', 'El Tahrir St', 'Gameat El Dewal St', 'Port Said St'],
  },
};

export const GULF: readonly Country[] = ['AE', 'KW', 'QA', 'BH', 'OM'];

/** A buyer's country by the markets' shares. */
export const marketOf = (rng: Rng): Country =>
  rng.weightedPick(Object.entries(MARKETS).map(([k, m]) => [k as Country, m.share] as const));

/** A delivery address in `country` (a given city when there is one by that name). */
export function addressIn(rng: Rng, country: Country, cityName?: string): Address {
  const m = MARKETS[country];
  const city = (cityName ? m.cities.find((x) => x.city === cityName) : undefined) ?? rng.pick(m.cities);
  const postal = rng.pick(city.postal);
  const street = rng.pick(m.streets);
  const district = rng.pick(city.districts);
  const line1 =
    country === 'SA'
      ? `${rng.int(2000, 9999)} ${street}, ${district}`
      : country === 'GB'
        ? `${rng.int(1, 240)} ${street}`
        : country === 'EG'
          ? `${rng.int(1, 90)} ${street}, ${district}`
          : `${rng.pick(['Villa', 'Flat', 'Building'])} ${rng.int(1, 120)}, ${street}, ${district}`;
  return { country, ...(postal ? { postalCode: postal } : {}), city: city.city, line1 };
}

/** Another city than `city` in the same country (a relative elsewhere in the Kingdom). */
export function otherCity(rng: Rng, country: Country, city: string | undefined): string {
  const names = [...new Set(MARKETS[country].cities.map((x) => x.city))].filter((n) => n !== city);
  return names.length > 0 ? rng.pick(names) : (city ?? MARKETS[country].cities[0]?.city ?? '');
}

/** Drop addresses: short-let flats and courier offices in Riyadh, Jeddah and Dubai that fraud ships to. */
export const DROPS: ReadonlyArray<Address> = [
  { country: 'SA', postalCode: '12271', city: 'Riyadh', line1: '7712 Al Imam Saud St, Al Nakheel' },
  { country: 'SA', postalCode: '11564', city: 'Riyadh', line1: '3184 Al Madinah Rd, Al Murabba' },
  { country: 'SA', postalCode: '22233', city: 'Jeddah', line1: '8421 Al Madinah Rd, Al Zahra' },
  { country: 'SA', postalCode: '23431', city: 'Jeddah', line1: '2290 King Abdulaziz Rd, Al Hamra' },
  { country: 'SA', postalCode: '32433', city: 'Dammam', line1: '6150 King Fahd Rd, Al Mazruiyah' },
  { country: 'AE', city: 'Dubai', line1: 'Flat 1407, Al Wasl Rd, Al Qusais' },
  { country: 'AE', city: 'Sharjah', line1: 'Building 22, Street 12, Al Nahda' },
];
