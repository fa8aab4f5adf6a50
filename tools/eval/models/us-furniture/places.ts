import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where Harlow & Pine delivers: the 48 contiguous states and DC (the South-East weighted up, it is a North
 * Carolina store), a little to Alaska, Hawaii and Canada. Each state's UTC offset in February, its share of
 * orders, the sales tax the store collects (state plus a typical local rate) and cities with a ZIP code.
 */

/** A delivery or billing address; `region` is the state or province (APO addresses use AE / AP). */
export type Place = Address & {
  country: string;
  region: string;
  city: string;
  postalCode: string;
  line1: string;
};

export interface Region {
  code: string;
  tz: number;
  weight: number;
  tax: number;
  cities: ReadonlyArray<readonly [string, string]>;
}

const r = (
  code: string,
  tz: number,
  weight: number,
  tax: number,
  cities: ReadonlyArray<readonly [string, string]>,
): Region => ({ code, tz, weight, tax, cities });

export const STATES: readonly Region[] = [
  r('NC', -5, 9, 0.07, [
    ['Charlotte', '28209'],
    ['Raleigh', '27609'],
    ['Greensboro', '27408'],
    ['Durham', '27707'],
    ['Wilmington', '28403'],
    ['Asheville', '28803'],
    ['High Point', '27262'],
    ['Cary', '27519'],
  ]),
  r('SC', -5, 4, 0.0746, [
    ['Greenville', '29607'],
    ['Charleston', '29407'],
    ['Columbia', '29209'],
    ['Rock Hill', '29732'],
  ]),
  r('VA', -5, 5, 0.0577, [
    ['Richmond', '23226'],
    ['Virginia Beach', '23454'],
    ['Arlington', '22201'],
    ['Roanoke', '24018'],
  ]),
  r('GA', -5, 6, 0.074, [
    ['Atlanta', '30327'],
    ['Marietta', '30062'],
    ['Savannah', '31405'],
    ['Alpharetta', '30005'],
  ]),
  r('FL', -5, 9, 0.07, [
    ['Tampa', '33609'],
    ['Orlando', '32806'],
    ['Jacksonville', '32207'],
    ['Miami', '33133'],
    ['Naples', '34102'],
  ]),
  r('TN', -6, 3.5, 0.0955, [
    ['Nashville', '37215'],
    ['Franklin', '37064'],
    ['Memphis', '38117'],
    ['Murfreesboro', '37129'],
  ]),
  r('AL', -6, 2, 0.0924, [
    ['Birmingham', '35223'],
    ['Huntsville', '35801'],
    ['Mobile', '36608'],
  ]),
  r('TX', -6, 8, 0.082, [
    ['Houston', '77024'],
    ['Dallas', '75214'],
    ['Austin', '78704'],
    ['San Antonio', '78209'],
    ['Plano', '75093'],
  ]),
  r('NY', -5, 6, 0.0852, [
    ['Brooklyn', '11215'],
    ['New York', '10025'],
    ['Rochester', '14618'],
    ['Yonkers', '10701'],
  ]),
  r('NJ', -5, 3.5, 0.06625, [
    ['Montclair', '07042'],
    ['Hoboken', '07030'],
    ['Cherry Hill', '08002'],
  ]),
  r('PA', -5, 4, 0.0634, [
    ['Philadelphia', '19103'],
    ['Pittsburgh', '15217'],
    ['Lancaster', '17601'],
  ]),
  r('OH', -5, 4, 0.0724, [
    ['Columbus', '43215'],
    ['Cincinnati', '45208'],
    ['Cleveland', '44113'],
  ]),
  r('MI', -5, 3, 0.06, [
    ['Ann Arbor', '48104'],
    ['Grand Rapids', '49503'],
    ['Troy', '48084'],
  ]),
  r('IL', -6, 4, 0.0886, [
    ['Chicago', '60614'],
    ['Naperville', '60540'],
    ['Evanston', '60201'],
  ]),
  r('MD', -5, 3, 0.06, [
    ['Bethesda', '20814'],
    ['Baltimore', '21224'],
    ['Columbia', '21044'],
  ]),
  r('DC', -5, 0.8, 0.06, [['Washington', '20009']]),
  r('MA', -5, 2.5, 0.0625, [
    ['Boston', '02116'],
    ['Cambridge', '02139'],
    ['Worcester', '01609'],
  ]),
  r('CA', -8, 8, 0.0882, [
    ['Los Angeles', '90027'],
    ['San Diego', '92104'],
    ['San Jose', '95125'],
    ['Sacramento', '95816'],
    ['Irvine', '92618'],
  ]),
  r('WA', -8, 2.5, 0.0929, [
    ['Seattle', '98115'],
    ['Bellevue', '98004'],
    ['Spokane', '99203'],
  ]),
  r('OR', -8, 1.2, 0, [
    ['Portland', '97202'],
    ['Eugene', '97405'],
  ]),
  r('AZ', -7, 2.5, 0.0837, [
    ['Phoenix', '85016'],
    ['Scottsdale', '85251'],
    ['Tucson', '85716'],
  ]),
  r('CO', -7, 2.5, 0.0781, [
    ['Denver', '80206'],
    ['Boulder', '80302'],
    ['Colorado Springs', '80909'],
  ]),
  r('MN', -6, 1.8, 0.0804, [
    ['Minneapolis', '55408'],
    ['Saint Paul', '55105'],
  ]),
  r('MO', -6, 1.8, 0.0839, [
    ['Saint Louis', '63110'],
    ['Kansas City', '64111'],
  ]),
  r('IN', -5, 1.8, 0.07, [
    ['Indianapolis', '46220'],
    ['Carmel', '46032'],
  ]),
  r('KY', -5, 1.5, 0.06, [
    ['Louisville', '40205'],
    ['Lexington', '40502'],
  ]),
  r('LA', -6, 1.3, 0.0956, [
    ['New Orleans', '70115'],
    ['Baton Rouge', '70808'],
  ]),
  r('WI', -6, 1.5, 0.0543, [
    ['Milwaukee', '53211'],
    ['Madison', '53705'],
  ]),
  r('UT', -7, 1.2, 0.0719, [
    ['Salt Lake City', '84105'],
    ['Provo', '84604'],
  ]),
  r('NV', -8, 1, 0.0823, [
    ['Las Vegas', '89135'],
    ['Reno', '89509'],
  ]),
  r('OK', -6, 1, 0.0899, [
    ['Tulsa', '74114'],
    ['Oklahoma City', '73118'],
  ]),
  r('CT', -5, 1.2, 0.0635, [
    ['Stamford', '06902'],
    ['Hartford', '06105'],
  ]),
  r('DE', -5, 0.5, 0, [
    ['Wilmington', '19806'],
    ['Dover', '19901'],
  ]),
  r('NH', -5, 0.5, 0, [['Manchester', '03104']]),
  r('MT', -7, 0.4, 0, [['Bozeman', '59715']]),
  r('AR', -6, 0.8, 0.0946, [['Little Rock', '72205']]),
  r('MS', -6, 0.8, 0.0707, [['Jackson', '39211']]),
  r('IA', -6, 0.8, 0.0694, [['Des Moines', '50312']]),
  r('KS', -6, 0.8, 0.087, [['Overland Park', '66213']]),
  r('NE', -6, 0.6, 0.0697, [['Omaha', '68114']]),
  r('NM', -7, 0.6, 0.0762, [['Albuquerque', '87110']]),
  r('ID', -7, 0.6, 0.0603, [['Boise', '83702']]),
  r('WV', -5, 0.5, 0.0655, [['Charleston', '25301']]),
  r('ME', -5, 0.4, 0.055, [['Portland', '04101']]),
  r('RI', -5, 0.4, 0.07, [['Providence', '02906']]),
  r('VT', -5, 0.2, 0.0624, [['Burlington', '05401']]),
  r('SD', -6, 0.3, 0.0611, [['Sioux Falls', '57105']]),
  r('ND', -6, 0.3, 0.0704, [['Fargo', '58103']]),
  r('WY', -7, 0.2, 0.0544, [['Cheyenne', '82001']]),
];

export const ALASKA = r('AK', -9, 0, 0.0182, [
  ['Anchorage', '99501'],
  ['Fairbanks', '99709'],
]);
export const HAWAII = r('HI', -10, 0, 0.045, [
  ['Honolulu', '96816'],
  ['Kailua', '96734'],
]);

/** Canadian provinces the store delivers to by freight, in US dollars, taxes and duties paid on delivery. */
export const PROVINCES: readonly Region[] = [
  r('ON', -5, 5, 0, [
    ['Toronto', 'M4L 2A6'],
    ['Ottawa', 'K1S 3W6'],
  ]),
  r('BC', -8, 2, 0, [['Vancouver', 'V6K 2G5']]),
  r('QC', -5, 2, 0, [['Montréal', 'H2V 2K4']]),
  r('AB', -7, 1.5, 0, [['Calgary', 'T2S 0A4']]),
  r('NS', -4, 0.5, 0, [['Halifax', 'B3H 1N6']]),
];

export const stateByCode = (code: string): Region =>
  STATES.find((s) => s.code === code) ?? (STATES[0] as Region);
export const regionOf = (code: string): Region =>
  [...STATES, ALASKA, HAWAII, ...PROVINCES].find((s) => s.code === code) ?? (STATES[0] as Region);

const STREETS = [
  'Oak',
  'Maple',
  'Pine',
  'Cedar',
  'Elm',
  'Willow',
  'Magnolia',
  'Dogwood',
  'Hickory',
  'Chestnut',
  'Park',
  'Lake',
  'Ridge',
  'Meadow',
  'Forest',
  'Sunset',
  'Highland',
  'Church',
  'Main',
  'Washington',
  'Jefferson',
  'Madison',
  'Franklin',
  'Lincoln',
  'Spring',
  'Mill',
  'River',
  'Creekside',
  'Laurel',
  'Holly',
];
const SUFFIXES = ['St', 'Ave', 'Dr', 'Rd', 'Ln', 'Ct', 'Way', 'Blvd', 'Pl', 'Cir', 'Trl'];

export const streetLine = (rng: Rng, apartment = 0.18): string =>
  `${rng.int(100, 9899)} ${rng.pick(STREETS)} ${rng.pick(SUFFIXES)}` +
  (rng.chance(apartment) ? ` Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B', 'C'])}` : '');

/** A street address in one of the region's cities. */
export function placeIn(rng: Rng, region: Region, country = 'US', apartment = 0.18): Place {
  const [city, postalCode] = rng.pick(region.cities);
  return { country, region: region.code, city, postalCode, line1: streetLine(rng, apartment) };
}

/** A US state by its share of orders. */
export const pickState = (rng: Rng): Region => rng.weightedPick(STATES.map((s) => [s, s.weight] as const));

/** A home address in a state drawn by its share, or in the given one. */
export const homeIn = (rng: Rng, region?: Region): Place => placeIn(rng, region ?? pickState(rng));

/** The store's warehouse and showroom in High Point, where local buyers may collect. */
export const WAREHOUSE: Place = {
  country: 'US',
  region: 'NC',
  city: 'High Point',
  postalCode: '27263',
  line1: '2100 Furniture Row Pkwy',
};

/** Export freight forwarders and consolidators (Miami, New Jersey, Houston, Delaware, Oregon, Laredo). */
export const FORWARDERS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['FL', 'Doral', '33172', 'NW 41st St'],
  ['FL', 'Doral', '33166', 'NW 25th St'],
  ['FL', 'Medley', '33178', 'NW 97th Ave'],
  ['FL', 'Hialeah', '33016', 'W 84th St'],
  ['NJ', 'Linden', '07036', 'Pleasant St'],
  ['NJ', 'Elizabeth', '07201', 'Trumbull St'],
  ['NY', 'Jamaica', '11434', 'Rockaway Blvd'],
  ['TX', 'Houston', '77032', 'Greens Rd'],
  ['DE', 'New Castle', '19720', 'Ships Landing Way'],
  ['OR', 'Portland', '97230', 'NE Airport Way'],
  ['TX', 'Laredo', '78045', 'Mines Rd'],
];

/** A forwarder's warehouse, with a suite and the customer's locker code. */
export function forwarder(rng: Rng, which?: readonly [string, string, string, string]): Place {
  const [region, city, postalCode, street] = which ?? rng.pick(FORWARDERS);
  const code = `${rng.pick(['NG', 'GH', 'LGS', 'ACC', 'VE', 'HT', 'X'])}${rng.digits(4)}`;
  const line1 = `${rng.int(1, 99) * 100} ${street} Ste ${rng.int(1, 30) * 10}${rng.chance(0.7) ? ` #${code}` : ''}`;
  return { country: 'US', region, city, postalCode, line1 };
}

/**
 * New-build suburbs and bank-owned or listed-for-sale homes: where a stolen card's sofa is signed for on the
 * lawn of an empty house. Honest movers buy here too.
 */
export const NEW_SUBURBS: ReadonlyArray<readonly [string, string, string]> = [
  ['SC', 'Indian Land', '29707'],
  ['SC', 'Fort Mill', '29715'],
  ['NC', 'Huntersville', '28078'],
  ['NC', 'Gastonia', '28056'],
  ['NC', 'Fuquay-Varina', '27526'],
  ['GA', 'Stockbridge', '30281'],
  ['GA', 'Macon', '31210'],
  ['FL', 'Kissimmee', '34746'],
  ['FL', 'Ocala', '34481'],
  ['FL', 'Lehigh Acres', '33971'],
  ['TX', 'Katy', '77494'],
  ['TX', 'Conroe', '77304'],
  ['TX', 'Frisco', '75034'],
  ['AZ', 'Buckeye', '85326'],
  ['TN', 'Spring Hill', '37174'],
  ['OH', 'Canal Winchester', '43110'],
];

export function suburban(rng: Rng): Place {
  const [region, city, postalCode] = rng.pick(NEW_SUBURBS);
  return { country: 'US', region, city, postalCode, line1: streetLine(rng, 0) };
}

/** Beach, lake and mountain towns where hosts furnish short-term rentals. */
export const RENTAL_TOWNS: ReadonlyArray<readonly [string, string, string]> = [
  ['NC', 'Kill Devil Hills', '27948'],
  ['NC', 'Carolina Beach', '28428'],
  ['NC', 'Asheville', '28801'],
  ['NC', 'Boone', '28607'],
  ['SC', 'Myrtle Beach', '29577'],
  ['SC', 'Hilton Head Island', '29928'],
  ['TN', 'Gatlinburg', '37738'],
  ['TN', 'Pigeon Forge', '37863'],
  ['GA', 'Blue Ridge', '30513'],
  ['FL', 'Destin', '32541'],
  ['FL', 'Panama City Beach', '32413'],
  ['AL', 'Gulf Shores', '36542'],
  ['MD', 'Ocean City', '21842'],
  ['MO', 'Branson', '65616'],
  ['AZ', 'Scottsdale', '85251'],
  ['TX', 'Port Aransas', '78373'],
];

export function rentalProperty(rng: Rng): Place {
  const [region, city, postalCode] = rng.pick(RENTAL_TOWNS);
  return { country: 'US', region, city, postalCode, line1: streetLine(rng, 0.3).replace('Apt', 'Unit') };
}

/** Off-base housing near the big Army, Marine, Navy and Air Force installations. */
export const BASE_TOWNS: ReadonlyArray<readonly [string, string, string]> = [
  ['NC', 'Fayetteville', '28303'],
  ['NC', 'Jacksonville', '28540'],
  ['VA', 'Norfolk', '23505'],
  ['TX', 'Killeen', '76542'],
  ['TN', 'Clarksville', '37042'],
  ['WA', 'Lakewood', '98499'],
  ['CA', 'Oceanside', '92054'],
  ['CO', 'Colorado Springs', '80913'],
  ['GA', 'Hinesville', '31313'],
  ['TX', 'San Antonio', '78234'],
];

export function nearBase(rng: Rng): Place {
  const [region, city, postalCode] = rng.pick(BASE_TOWNS);
  return { country: 'US', region, city, postalCode, line1: streetLine(rng, 0.25) };
}

/** Military post addresses overseas and the country their owner's connection comes from. */
export const MILITARY_POST: ReadonlyArray<readonly [string, string, string, string]> = [
  ['APO', 'AE', '09094', 'DE'],
  ['APO', 'AE', '09630', 'IT'],
  ['FPO', 'AP', '96349', 'JP'],
  ['APO', 'AP', '96271', 'KR'],
];

export function militaryPost(rng: Rng): { place: Place; abroad: string } {
  const [city, region, postalCode, abroad] = rng.pick(MILITARY_POST);
  return {
    place: {
      country: 'US',
      region,
      city,
      postalCode,
      line1: `Unit ${rng.int(2000, 8999)} Box ${rng.int(1, 999)}`,
    },
    abroad,
  };
}

/** The UTC offset at a place (APO addresses: the base's country). */
export function tzOf(p: Place): number {
  if (p.region === 'AE') return 1;
  if (p.region === 'AP') return 9;
  return regionOf(p.region).tz;
}

/** Sales tax the store collects on a delivery there (none abroad or to a forwarder's export lane). */
export const taxRateAt = (p: Place | undefined): number =>
  p === undefined ? stateByCode('NC').tax : p.country !== 'US' ? 0 : regionOf(p.region).tax;
