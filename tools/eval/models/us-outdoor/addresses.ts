import { CITIES, type City, FORWARDER_HOMES } from './places.js';
import { type Rng } from '../kit/random.js';

/** A postal address as the checkout collects it (the canonical event has no state or region field). */
export interface Address {
  country: string;
  postalCode: string;
  city: string;
  line1: string;
}

// prettier-ignore
const STREETS = ['Maple St', 'Oak Ave', 'Pine Ridge Rd', 'Aspen Way', 'Cedar Ln', 'Lakeview Dr', 'Willow Ct', 'Main St',
  'Park Ave', 'Highland Ave', 'Washington St', 'Lincoln Ave', 'Mountain View Rd', 'River Rd', 'Hillcrest Dr', 'Forest Ave',
  'Elm St', '2nd St', '5th Ave', 'Spruce St', 'Sunset Blvd', 'Meadow Ln', 'Birch Rd', 'Canyon Dr', 'Summit Ave', 'Creek Way'];
const QC_STREETS = [
  'rue Saint-Denis',
  'avenue du Parc',
  'rue Rachel Est',
  'boul. Saint-Laurent',
  'rue Cartier',
];
const UK_STREETS = [
  'Ashfield Road',
  "Queen's Road",
  'Church Lane',
  'Victoria Street',
  'Park Crescent',
  'Mill Lane',
];
const AU_STREETS = ['Banksia St', 'Beach Rd', 'Wattle Ave', 'Station St', 'Bay Rd', 'Hill St'];
const MX_STREETS = ['Av. Insurgentes Sur', 'Calle Durango', 'Av. Revolución', 'Calle Morelos', 'Av. Juárez'];
const UK_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function postalCode(rng: Rng, city: City): string {
  switch (city.country) {
    case 'US':
      return `${city.stem}${String(rng.int(1, 98)).padStart(2, '0')}`;
    case 'CA':
      return `${city.stem} ${rng.int(0, 9)}${UK_LETTERS[rng.int(0, 19)]}${rng.int(1, 9)}`;
    case 'GB':
      return `${city.stem} ${rng.int(1, 9)}${UK_LETTERS[rng.int(0, 19)]}${UK_LETTERS[rng.int(0, 19)]}`;
    case 'AU':
    case 'NZ':
      return `${city.stem}${String(rng.int(0, 99)).padStart(2, '0')}`;
    case 'IE':
      return `D0${rng.int(1, 8)} ${UK_LETTERS[rng.int(0, 19)]}${rng.int(1, 9)}${UK_LETTERS[rng.int(0, 19)]}${rng.int(1, 9)}`;
    case 'PT':
      return `${city.stem}${rng.int(0, 9)}${rng.int(0, 9)}-${rng.int(100, 999)}`;
    case 'IS':
      return `${city.stem}${rng.int(1, 9)}`;
    default:
      return `${city.stem}${String(rng.int(0, 999)).padStart(3, '0')}`;
  }
}

function street(rng: Rng, city: City, apartmentShare: number): string {
  const unit = rng.chance(apartmentShare);
  switch (city.country) {
    case 'GB':
      return `${unit ? `Flat ${rng.int(1, 12)}, ` : ''}${rng.int(1, 140)} ${rng.pick(UK_STREETS)}`;
    case 'AU':
    case 'NZ':
      return `${unit ? `Unit ${rng.int(1, 20)}/` : ''}${rng.int(1, 220)} ${rng.pick(AU_STREETS)}`;
    case 'MX':
      return `${rng.pick(MX_STREETS)} ${rng.int(10, 3400)}${unit ? ` Int. ${rng.int(1, 12)}` : ''}`;
    case 'CA':
      if (city.stem.startsWith('H') || city.stem.startsWith('G'))
        return `${rng.int(10, 7000)}${unit ? `-${rng.int(1, 12)}` : ''} ${rng.pick(QC_STREETS)}`;
      break;
  }
  const apartment = unit
    ? rng.pick([` Apt ${rng.int(1, 30)}${rng.pick(['', 'A', 'B'])}`, ` Unit ${rng.int(1, 400)}`])
    : '';
  return `${rng.int(2, 9800)} ${rng.pick(STREETS)}${apartment}`;
}

export function addressIn(rng: Rng, city: City, apartmentShare = 0.3): Address {
  return {
    country: city.country,
    postalCode: postalCode(rng, city),
    city: city.city,
    line1: street(rng, city, apartmentShare),
  };
}

export function cityIn(rng: Rng, country: string): City {
  const pool = CITIES.filter((city) => city.country === country);
  return rng.weightedPick(pool.map((city) => [city, city.weight] as const));
}

export function forwarderHome(rng: Rng): City {
  return rng.weightedPick(FORWARDER_HOMES.map((city) => [city, city.weight] as const));
}

/**
 * Package forwarders and freight consolidators: a warehouse with a per-customer suite number. Honest people
 * abroad use them for what a shop will not ship; card thieves use the same ones to get goods out of reach.
 */
// prettier-ignore
const FORWARDERS: ReadonlyArray<readonly [string, string, string]> = [
  ['Doral', '33172', 'NW 25th St'], ['Doral', '33166', 'NW 84th Ave'], ['Miami', '33122', 'NW 36th St'],
  ['Portland', '97230', 'NE Airport Way'], ['Tualatin', '97062', 'SW Teton Ave'], ['New Castle', '19720', 'Boulden Cir'],
  ['Wilmington', '19801', 'N Market St'], ['Torrance', '90501', 'Van Ness Ave'], ['Sunrise', '33325', 'NW 136th Ave'],
  ['Jamaica', '11434', 'Rockaway Blvd'], ['Elizabeth', '07201', 'N Avenue'],
];

export function forwarderAddress(rng: Rng): Address {
  const [city, postalCode, road] = rng.pick(FORWARDERS);
  const suite = rng.pick([
    `Ste ${rng.int(100, 400)} #${rng.token(2).toUpperCase()}${rng.digits(5)}`,
    `Unit ${rng.digits(6)}`,
  ]);
  return { country: 'US', postalCode, city, line1: `${rng.int(1000, 9800)} ${road} ${suite}` };
}

/** Border parcel services where Mexican residents collect US orders and cross with them. */
// prettier-ignore
const BORDER_PARCELS: ReadonlyArray<readonly [string, string]> = [
  ['Laredo', '78045'], ['San Ysidro', '92173'], ['Chula Vista', '91911'], ['McAllen', '78503'], ['El Paso', '79906'],
  ['Nogales', '85621'], ['Calexico', '92231'],
];

export function borderParcelAddress(rng: Rng): Address {
  const [city, postalCode] = rng.pick(BORDER_PARCELS);
  return {
    country: 'US',
    postalCode,
    city,
    line1: `${rng.int(100, 9800)} ${rng.pick(['Bob Bullock Loop', 'Camino de la Plaza', 'N 10th St', 'Airway Blvd', 'W Mariposa Rd'])} #${rng.int(1, 3000)}`,
  };
}

/** Military post: APO/FPO/DPO with the AE (Europe) or AP (Pacific) ZIPs; billing stays the home of record. */
export function militaryAddress(rng: Rng, pacific: boolean): Address {
  const city = rng.weightedPick([
    ['APO', 0.75],
    ['FPO', 0.2],
    ['DPO', 0.05],
  ] as const);
  const postalCode = `${pacific ? '96' : '09'}${rng.digits(3)}`;
  const line1 = rng.pick([
    `Unit ${rng.int(2000, 9999)} Box ${rng.int(1, 9999)}`,
    `PSC ${rng.int(1, 999)} Box ${rng.int(1, 9999)}`,
    `CMR ${rng.int(400, 499)} Box ${rng.int(1, 9999)}`,
  ]);
  return { country: 'US', postalCode, city, line1 };
}

/** Addresses in the sanctioned countries (comprehensive US embargoes). */
// prettier-ignore
const SANCTIONED_CITIES: Readonly<Record<string, ReadonlyArray<readonly [string, string, string]>>> = {
  IR: [['Tehran', '1', 'Vali Asr St'], ['Isfahan', '8', 'Chaharbagh St'], ['Mashhad', '9', 'Ahmadabad Blvd']],
  CU: [['La Habana', '10', 'Calle 23'], ['Santiago de Cuba', '90', 'Calle Heredia']],
  SY: [['Damascus', '', 'Baghdad St'], ['Aleppo', '', 'Al Jamiliyah']],
  KP: [['Pyongyang', '', 'Sungri St']],
};

export function sanctionedAddress(rng: Rng, country: 'IR' | 'CU' | 'SY' | 'KP'): Address {
  const [city, stem, road] = rng.pick(SANCTIONED_CITIES[country] ?? []);
  const postalCode =
    stem === ''
      ? ''
      : country === 'IR'
        ? `${stem}${rng.digits(4)}-${rng.digits(5)}`
        : `${stem}${rng.digits(3)}`;
  return { country, postalCode, city, line1: `${rng.int(1, 300)} ${road}` };
}

/** Freight forwarders in Dubai and Istanbul that move goods on to Iran and Syria. */
export function transshipmentAddress(rng: Rng): Address {
  return rng.chance(0.5)
    ? {
        country: 'AE',
        postalCode: '',
        city: 'Dubai',
        line1: `Warehouse ${rng.int(1, 90)}, Al Qusais Industrial Area ${rng.int(1, 5)}`,
      }
    : {
        country: 'TR',
        postalCode: `34${rng.digits(3)}`,
        city: 'İstanbul',
        line1: `Atatürk Havalimanı Kargo ${rng.int(1, 40)}`,
      };
}
