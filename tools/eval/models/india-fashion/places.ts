import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where parcels go: metros, tier-2 and tier-3 towns with their PIN code prefixes and the way addresses are
 * written there (flat and society in the metros, house number, gali and landmark in the towns), and the
 * addresses abroad that NRIs' cards are billed to.
 */

export type { Address };
export type Tier = 1 | 2 | 3;
export type Region = 'north' | 'west' | 'south' | 'east';

export interface City {
  name: string;
  state: string;
  /** First three digits of the PIN code. */
  pin: string;
  tier: Tier;
  region: Region;
  /** Relative share of the store's orders. */
  weight: number;
  areas: readonly string[];
}

const c = (
  name: string,
  state: string,
  pin: string,
  tier: Tier,
  region: Region,
  weight: number,
  areas: string[] = [],
): City => ({ name, state, pin, tier, region, weight, areas });

export const CITIES: readonly City[] = [
  c('Mumbai', 'MH', '400', 1, 'west', 10, [
    'Andheri West',
    'Borivali East',
    'Powai',
    'Dadar',
    'Malad West',
    'Chembur',
  ]),
  c('Thane', 'MH', '400', 1, 'west', 3, ['Ghodbunder Road', 'Majiwada', 'Kalwa']),
  c('Delhi', 'DL', '110', 1, 'north', 10, [
    'Rohini Sector 9',
    'Laxmi Nagar',
    'Dwarka Sector 12',
    'Janakpuri',
    'Karol Bagh',
    'Saket',
  ]),
  c('Gurugram', 'HR', '122', 1, 'north', 3, ['DLF Phase 3', 'Sector 56', 'Sohna Road']),
  c('Noida', 'UP', '201', 1, 'north', 3, ['Sector 62', 'Sector 137', 'Greater Noida West']),
  c('Bengaluru', 'KA', '560', 1, 'south', 10, [
    'Whitefield',
    'HSR Layout',
    'Koramangala',
    'Marathahalli',
    'Electronic City',
  ]),
  c('Hyderabad', 'TS', '500', 1, 'south', 6, ['Gachibowli', 'Kukatpally', 'Madhapur', 'Dilsukhnagar']),
  c('Chennai', 'TN', '600', 1, 'south', 5, ['Velachery', 'Anna Nagar', 'Tambaram', 'OMR Sholinganallur']),
  c('Kolkata', 'WB', '700', 1, 'east', 5, ['Salt Lake', 'Behala', 'New Town', 'Dum Dum']),
  c('Pune', 'MH', '411', 1, 'west', 5, ['Baner', 'Hinjewadi', 'Kothrud', 'Wakad', 'Hadapsar']),
  c('Ahmedabad', 'GJ', '380', 1, 'west', 4, ['Satellite', 'Maninagar', 'Bopal', 'Navrangpura']),
  c('Jaipur', 'RJ', '302', 2, 'north', 3, ['Malviya Nagar', 'Vaishali Nagar', 'Mansarovar']),
  c('Lucknow', 'UP', '226', 2, 'north', 3, ['Gomti Nagar', 'Aliganj', 'Indira Nagar']),
  c('Indore', 'MP', '452', 2, 'west', 2, ['Vijay Nagar', 'Palasia']),
  c('Surat', 'GJ', '395', 2, 'west', 2.5, ['Adajan', 'Varachha', 'Vesu']),
  c('Nagpur', 'MH', '440', 2, 'west', 1.5, ['Dharampeth', 'Manish Nagar']),
  c('Bhopal', 'MP', '462', 2, 'west', 1.5, ['Arera Colony', 'Kolar Road']),
  c('Patna', 'BR', '800', 2, 'east', 2, ['Boring Road', 'Kankarbagh', 'Danapur']),
  c('Kochi', 'KL', '682', 2, 'south', 1.5, ['Kakkanad', 'Edappally']),
  c('Coimbatore', 'TN', '641', 2, 'south', 1.5, ['RS Puram', 'Saibaba Colony']),
  c('Chandigarh', 'CH', '160', 2, 'north', 1.5, ['Sector 22', 'Sector 35']),
  c('Vadodara', 'GJ', '390', 2, 'west', 1.2, ['Alkapuri', 'Gotri']),
  c('Visakhapatnam', 'AP', '530', 2, 'south', 1.2, ['MVP Colony', 'Gajuwaka']),
  c('Bhubaneswar', 'OD', '751', 2, 'east', 1.2, ['Patia', 'Saheed Nagar']),
  c('Guwahati', 'AS', '781', 2, 'east', 1.3, ['Beltola', 'Zoo Road']),
  c('Ludhiana', 'PB', '141', 2, 'north', 1.2, ['Sarabha Nagar', 'Model Town']),
  c('Kanpur', 'UP', '208', 2, 'north', 1.2, ['Kidwai Nagar', 'Swaroop Nagar']),
  c('Dehradun', 'UK', '248', 2, 'north', 1, ['Rajpur Road', 'Prem Nagar']),
  c('Ranchi', 'JH', '834', 2, 'east', 1, ['Lalpur', 'Harmu']),
  c('Raipur', 'CG', '492', 2, 'east', 0.9, ['Shankar Nagar', 'Telibandha']),
  c('Bareilly', 'UP', '243', 3, 'north', 0.8),
  c('Gorakhpur', 'UP', '273', 3, 'north', 0.9),
  c('Aligarh', 'UP', '202', 3, 'north', 0.6),
  c('Jhansi', 'UP', '284', 3, 'north', 0.5),
  c('Muzaffarpur', 'BR', '842', 3, 'east', 0.7),
  c('Darbhanga', 'BR', '846', 3, 'east', 0.5),
  c('Bhagalpur', 'BR', '812', 3, 'east', 0.5),
  c('Siliguri', 'WB', '734', 3, 'east', 0.6),
  c('Deoghar', 'JH', '814', 3, 'east', 0.35),
  c('Sambalpur', 'OD', '768', 3, 'east', 0.4),
  c('Jorhat', 'AS', '785', 3, 'east', 0.35),
  c('Kota', 'RJ', '324', 3, 'north', 0.6),
  c('Ajmer', 'RJ', '305', 3, 'north', 0.5),
  c('Udaipur', 'RJ', '313', 3, 'north', 0.5),
  c('Bharatpur', 'RJ', '321', 3, 'north', 0.35),
  c('Mathura', 'UP', '281', 3, 'north', 0.4),
  c('Hisar', 'HR', '125', 3, 'north', 0.45),
  c('Karnal', 'HR', '132', 3, 'north', 0.45),
  c('Bathinda', 'PB', '151', 3, 'north', 0.4),
  c('Hubballi', 'KA', '580', 3, 'south', 0.5),
  c('Tirunelveli', 'TN', '627', 3, 'south', 0.45),
  c('Warangal', 'TS', '506', 3, 'south', 0.5),
  c('Thrissur', 'KL', '680', 3, 'south', 0.5),
  c('Nanded', 'MH', '431', 3, 'west', 0.45),
  c('Jalgaon', 'MH', '425', 3, 'west', 0.45),
  c('Satna', 'MP', '485', 3, 'west', 0.35),
  c('Bilaspur', 'CG', '495', 3, 'east', 0.4),
];

export const cityNamed = (name: string): City => {
  const found = CITIES.find((x) => x.name === name);
  if (!found) throw new Error(`no city ${name}`);
  return found;
};

/** A city by share of orders, optionally only some tiers. */
export function pickCity(rng: Rng, tiers: readonly Tier[] = [1, 2, 3]): City {
  return rng.weightedPick(CITIES.filter((x) => tiers.includes(x.tier)).map((x) => [x, x.weight] as const));
}

const SOCIETIES = [
  'Sai Residency',
  'Green Park Apartments',
  'Shanti Kunj',
  'Lodha Splendora',
  'Prestige Lakeside',
  'Gokul Dham Society',
  'Sunshine Heights',
  'Royal Palms',
  'Ashiana Enclave',
  'Brigade Meadows',
];
const COLONIES = [
  'Shastri Nagar',
  'Gandhi Colony',
  'Civil Lines',
  'Subhash Nagar',
  'Ram Nagar',
  'Azad Nagar',
  'Station Road',
  'Rajendra Nagar',
  'Nehru Colony',
  'Indira Nagar',
];
const LANDMARKS = [
  'near Hanuman Mandir',
  'opp. SBI Bank',
  'behind Govt School',
  'near Bus Stand',
  'near Water Tank',
  'opp. Petrol Pump',
  'near Shiv Mandir',
];

/** A home address in `city`: a flat in a society in the metros, a house, gali and landmark in the towns. */
export function homeIn(rng: Rng, city: City): Address {
  const postalCode = `${city.pin}${city.tier === 1 ? '0' : rng.pick(['0', '0', '1'])}${rng.digits(2)}`;
  const area = city.areas.length > 0 ? rng.pick(city.areas) : rng.pick(COLONIES);
  const line1 =
    city.tier === 1 && rng.chance(0.7)
      ? `${rng.pick(['Flat', 'Flat No.', 'B-', 'C-', 'A-'])} ${rng.int(1, 22)}0${rng.int(1, 8)}, ${rng.pick(SOCIETIES)}, ${area}`
      : `H.No. ${rng.int(1, 480)}${rng.chance(0.3) ? `/${rng.int(1, 30)}` : ''}, ${rng.chance(0.5) ? `Gali No. ${rng.int(1, 14)}, ` : ''}${area}, ${rng.pick(LANDMARKS)}`;
  return { country: 'IN', postalCode, city: city.name, line1 };
}

/** An office or shop address in `city`. */
export function workIn(rng: Rng, city: City, kind: 'office' | 'shop'): Address {
  const postalCode = `${city.pin}0${rng.digits(2)}`;
  const area = city.areas.length > 0 ? rng.pick(city.areas) : rng.pick(COLONIES);
  const line1 =
    kind === 'office'
      ? `${rng.int(2, 14)}th Floor, ${rng.pick(['Tower B', 'Block C', 'Wing A'])}, ${rng.pick(['Cyber Park', 'Tech Park', 'Business Bay', 'Corporate Centre'])}, ${area}`
      : `Shop No. ${rng.int(1, 90)}, ${rng.pick(['Main Bazaar', 'Cloth Market', 'Sadar Bazaar', 'Gandhi Market', 'Textile Market'])}, ${area}`;
  return { country: 'IN', postalCode, city: city.name, line1 };
}

/** Where NRIs live, with their postcodes. */
const ABROAD: Readonly<Record<string, ReadonlyArray<readonly [string, () => string, string]>>> = {
  AE: [
    ['Dubai', () => '00000', 'Al Nahda 2, Building'],
    ['Sharjah', () => '00000', 'Al Taawun, Tower'],
    ['Abu Dhabi', () => '00000', 'Mussafah Shabiya, Villa'],
  ],
  US: [
    ['Edison', () => '08817', 'Oak Tree Rd'],
    ['Jersey City', () => '07306', 'Newark Ave'],
    ['Fremont', () => '94536', 'Mission Blvd'],
    ['Irving', () => '75063', 'N MacArthur Blvd'],
    ['Schaumburg', () => '60173', 'Woodfield Rd'],
  ],
  GB: [
    ['London', () => 'UB1 1AA', 'The Broadway, Southall'],
    ['Leicester', () => 'LE4 6BN', 'Belgrave Road'],
    ['Wembley', () => 'HA9 6BA', 'Ealing Road'],
  ],
  SG: [['Singapore', () => '218227', 'Serangoon Road, Blk']],
  CA: [['Brampton', () => 'L6T 4V1', 'Queen St E']],
  AU: [['Harris Park', () => '2150', 'Wigram St']],
};

/** A billing address abroad (NRIs and the cards stolen from people abroad). */
export function abroadHome(rng: Rng, country: string): Address {
  const places = ABROAD[country] ?? ABROAD.US ?? [];
  const [city, postal, street] = rng.pick(places);
  return { country, postalCode: postal(), city, line1: `${rng.int(1, 980)} ${street} ${rng.int(1, 40)}` };
}

/** Countries abroad with an Indian diaspora that shops here, by share of NRI orders. */
export const NRI_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['AE', 38],
  ['US', 27],
  ['GB', 15],
  ['SG', 8],
  ['CA', 7],
  ['AU', 5],
];
