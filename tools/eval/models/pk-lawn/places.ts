import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where buyers live: Pakistani cities with their neighbourhoods and postcodes, and the diaspora towns of the
 * UK, the US, the UAE, Saudi Arabia and Canada; the flagship shops for chand-raat pickup; the two sanctioned
 * destinations the store has refused orders for.
 */

export type Market = 'PK' | 'GB' | 'US' | 'AE' | 'SA' | 'CA';
export type Abroad = Exclude<Market, 'PK'>;
export const ABROAD: readonly Abroad[] = ['GB', 'US', 'AE', 'SA', 'CA'];

/** A city, its UTC offset in February, its weight among the market's buyers and its areas with postcodes. */
interface City {
  city: string;
  tz: number;
  weight: number;
  areas: ReadonlyArray<readonly [area: string, postcode: string]>;
  /** Pakistan: where express same-day delivery and flagship pickup exist. */
  metro?: boolean;
}

const PK_CITIES: readonly City[] = [
  {
    city: 'Lahore',
    tz: 5,
    weight: 30,
    metro: true,
    areas: [
      ['Block F, Gulberg III', '54660'],
      ['Phase 5, DHA', '54792'],
      ['Phase 6, DHA', '54792'],
      ['Model Town', '54700'],
      ['Block R, Johar Town', '54782'],
      ['Garden Town', '54600'],
      ['Cantt', '54810'],
      ['Sector C, Bahria Town', '53720'],
      ['Allama Iqbal Town', '54570'],
      ['Wapda Town', '54770'],
      ['Samanabad', '54500'],
      ['Valencia Town', '54770'],
    ],
  },
  {
    city: 'Karachi',
    tz: 5,
    weight: 24,
    metro: true,
    areas: [
      ['Block 4, Clifton', '75600'],
      ['Phase 6, DHA', '75500'],
      ['Block 13-D, Gulshan-e-Iqbal', '75300'],
      ['Block H, North Nazimabad', '74700'],
      ['Block 6, PECHS', '75400'],
      ['Block 15, Gulistan-e-Jauhar', '75290'],
      ['Bahadurabad', '74800'],
      ['Federal B Area', '75950'],
    ],
  },
  {
    city: 'Islamabad',
    tz: 5,
    weight: 10,
    metro: true,
    areas: [
      ['F-7/2', '44000'],
      ['F-10/3', '44000'],
      ['G-11/2', '44000'],
      ['E-11/4', '44000'],
      ['Phase 2, DHA', '44000'],
      ['I-8/3', '44000'],
    ],
  },
  {
    city: 'Rawalpindi',
    tz: 5,
    weight: 7,
    areas: [
      ['Satellite Town', '46300'],
      ['Phase 7, Bahria Town', '46220'],
      ['Chaklala Scheme III', '46000'],
    ],
  },
  {
    city: 'Faisalabad',
    tz: 5,
    weight: 6,
    areas: [
      ['Peoples Colony No. 1', '38000'],
      ['Madina Town', '38000'],
      ['Susan Road', '38000'],
    ],
  },
  {
    city: 'Multan',
    tz: 5,
    weight: 4,
    areas: [
      ['Gulgasht Colony', '60000'],
      ['Cantt', '60000'],
    ],
  },
  {
    city: 'Peshawar',
    tz: 5,
    weight: 4,
    areas: [
      ['University Town', '25000'],
      ['Hayatabad Phase 3', '25100'],
    ],
  },
  {
    city: 'Gujranwala',
    tz: 5,
    weight: 3,
    areas: [
      ['Satellite Town', '52250'],
      ['Model Town', '52250'],
    ],
  },
  {
    city: 'Sialkot',
    tz: 5,
    weight: 3,
    areas: [
      ['Cantt', '51310'],
      ['Paris Road', '51310'],
    ],
  },
  {
    city: 'Hyderabad',
    tz: 5,
    weight: 2,
    areas: [
      ['Latifabad Unit 6', '71000'],
      ['Qasimabad', '71000'],
    ],
  },
  {
    city: 'Quetta',
    tz: 5,
    weight: 1.5,
    areas: [
      ['Jinnah Town', '87300'],
      ['Samungli Road', '87300'],
    ],
  },
  {
    city: 'Bahawalpur',
    tz: 5,
    weight: 1.5,
    areas: [
      ['Model Town A', '63100'],
      ['Satellite Town', '63100'],
    ],
  },
  { city: 'Sargodha', tz: 5, weight: 1, areas: [['Satellite Town', '40100']] },
  {
    city: 'Abbottabad',
    tz: 5,
    weight: 1,
    areas: [
      ['Jinnahabad', '22010'],
      ['Supply Bazaar', '22010'],
    ],
  },
  { city: 'Sukkur', tz: 5, weight: 1, areas: [['Military Road', '65200']] },
  { city: 'Gujrat', tz: 5, weight: 1, areas: [['Shadman Colony', '50700']] },
  { city: 'Mardan', tz: 5, weight: 0.8, areas: [['Sheikh Maltoon Town', '23200']] },
  { city: 'Rahim Yar Khan', tz: 5, weight: 0.8, areas: [['Abu Dhabi Road', '64200']] },
];

const ABROAD_CITIES: Readonly<Record<Abroad, readonly City[]>> = {
  GB: [
    {
      city: 'Bradford',
      tz: 0,
      weight: 14,
      areas: [
        ['Leeds Road', 'BD3'],
        ['Toller Lane', 'BD8'],
        ['Oak Lane', 'BD9'],
      ],
    },
    {
      city: 'Birmingham',
      tz: 0,
      weight: 18,
      areas: [
        ['Coventry Road', 'B10'],
        ['Ladypool Road', 'B12'],
        ['Alum Rock Road', 'B8'],
        ['Stratford Road', 'B11'],
      ],
    },
    {
      city: 'Manchester',
      tz: 0,
      weight: 10,
      areas: [
        ['Wilmslow Road', 'M14'],
        ['Stockport Road', 'M13'],
        ['Withington Road', 'M16'],
      ],
    },
    {
      city: 'London',
      tz: 0,
      weight: 20,
      areas: [
        ['Green Street', 'E7'],
        ['High Street North', 'E6'],
        ['Ilford Lane', 'IG1'],
        ['The Broadway', 'UB1'],
        ['Hoe Street', 'E17'],
        ['Upper Tooting Road', 'SW17'],
      ],
    },
    {
      city: 'Luton',
      tz: 0,
      weight: 5,
      areas: [
        ['Dunstable Road', 'LU4'],
        ['Bury Park Road', 'LU1'],
      ],
    },
    {
      city: 'Slough',
      tz: 0,
      weight: 4,
      areas: [
        ['Stoke Road', 'SL2'],
        ['Farnham Road', 'SL1'],
      ],
    },
    { city: 'Glasgow', tz: 0, weight: 4, areas: [['Albert Drive', 'G41']] },
    { city: 'Leeds', tz: 0, weight: 3, areas: [['Harehills Lane', 'LS8']] },
    { city: 'Oldham', tz: 0, weight: 3, areas: [['Featherstall Road', 'OL9']] },
    { city: 'Blackburn', tz: 0, weight: 3, areas: [['Whalley Range', 'BB1']] },
    { city: 'High Wycombe', tz: 0, weight: 2, areas: [['Desborough Road', 'HP11']] },
  ],
  US: [
    {
      city: 'Houston',
      tz: -6,
      weight: 14,
      areas: [
        ['Bellaire Blvd', '77072'],
        ['Hillcroft Ave', '77057'],
      ],
    },
    { city: 'Sugar Land', tz: -6, weight: 5, areas: [['Sweetwater Blvd', '77479']] },
    {
      city: 'Chicago',
      tz: -6,
      weight: 10,
      areas: [
        ['W Devon Ave', '60645'],
        ['N California Ave', '60659'],
      ],
    },
    { city: 'Jackson Heights', tz: -5, weight: 6, areas: [['37th Ave', '11372']] },
    { city: 'Brooklyn', tz: -5, weight: 6, areas: [['Coney Island Ave', '11230']] },
    { city: 'Jersey City', tz: -5, weight: 5, areas: [['Newark Ave', '07306']] },
    { city: 'Edison', tz: -5, weight: 4, areas: [['Oak Tree Rd', '08820']] },
    { city: 'Irving', tz: -6, weight: 5, areas: [['N MacArthur Blvd', '75063']] },
    { city: 'Plano', tz: -6, weight: 4, areas: [['Legacy Dr', '75024']] },
    { city: 'Fairfax', tz: -5, weight: 5, areas: [['Lee Hwy', '22030']] },
    { city: 'Ashburn', tz: -5, weight: 4, areas: [['Loudoun County Pkwy', '20147']] },
    { city: 'Fremont', tz: -8, weight: 4, areas: [['Mowry Ave', '94538']] },
    { city: 'Irvine', tz: -8, weight: 3, areas: [['Culver Dr', '92618']] },
    { city: 'Alpharetta', tz: -5, weight: 3, areas: [['Old Milton Pkwy', '30005']] },
    { city: 'Canton', tz: -5, weight: 2, areas: [['Ford Rd', '48187']] },
  ],
  AE: [
    {
      city: 'Dubai',
      tz: 4,
      weight: 50,
      areas: [
        ['Al Karama', ''],
        ['Al Nahda 2', ''],
        ['Deira, Al Muraqqabat', ''],
        ['JLT Cluster D', ''],
        ['Dubai Marina', ''],
        ['International City, England Cluster', ''],
      ],
    },
    {
      city: 'Sharjah',
      tz: 4,
      weight: 25,
      areas: [
        ['Al Nahda', ''],
        ['Al Qasimia', ''],
        ['Al Majaz 2', ''],
      ],
    },
    {
      city: 'Abu Dhabi',
      tz: 4,
      weight: 20,
      areas: [
        ['Khalidiya', ''],
        ['Mussafah Shabiya 10', ''],
        ['Al Reem Island', ''],
      ],
    },
    { city: 'Ajman', tz: 4, weight: 5, areas: [['Al Nuaimiya', '']] },
  ],
  SA: [
    {
      city: 'Riyadh',
      tz: 3,
      weight: 40,
      areas: [
        ['Al Olaya', '12211'],
        ['Al Malaz', '12831'],
        ['Al Batha', '12625'],
      ],
    },
    {
      city: 'Jeddah',
      tz: 3,
      weight: 35,
      areas: [
        ['Al Aziziyah', '23334'],
        ['Al Rawdah', '23432'],
        ['Al Sharafiyah', '23216'],
      ],
    },
    { city: 'Dammam', tz: 3, weight: 12, areas: [['Al Faisaliyah', '32272']] },
    { city: 'Al Khobar', tz: 3, weight: 8, areas: [['Al Aqrabiyah', '34446']] },
    { city: 'Makkah', tz: 3, weight: 5, areas: [['Al Aziziyah', '24243']] },
  ],
  CA: [
    {
      city: 'Mississauga',
      tz: -5,
      weight: 30,
      areas: [
        ['Hurontario St', 'L5B'],
        ['Eglinton Ave W', 'L5M'],
        ['Dundas St E', 'L4Z'],
      ],
    },
    {
      city: 'Brampton',
      tz: -5,
      weight: 15,
      areas: [
        ['Castlemore Rd', 'L6P'],
        ['Sandalwood Pkwy', 'L6R'],
      ],
    },
    {
      city: 'Toronto',
      tz: -5,
      weight: 15,
      areas: [
        ['Markham Rd', 'M1B'],
        ['Thorncliffe Park Dr', 'M4H'],
      ],
    },
    { city: 'Milton', tz: -5, weight: 8, areas: [['Derry Rd', 'L9T']] },
    { city: 'Calgary', tz: -7, weight: 12, areas: [['Saddletowne Circle NE', 'T3J']] },
    { city: 'Edmonton', tz: -7, weight: 6, areas: [['Mill Woods Rd', 'T6L']] },
    { city: 'Surrey', tz: -8, weight: 6, areas: [['128 St', 'V3W']] },
    { city: 'Montreal', tz: -5, weight: 8, areas: [['Rue Jean-Talon O', 'H3N']] },
  ],
};

/** A home: the address, the buyer's clock, whether the city is a metro (Pakistan). */
export interface Home {
  address: Address;
  tz: number;
  metro: boolean;
}

const UK_INWARD = 'ABDEFGHJLNPQRSTUWXYZ';
const CA_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

function line1(rng: Rng, market: Market, area: string): string {
  const n = rng.int(1, 420);
  switch (market) {
    case 'PK':
      return rng.chance(0.75)
        ? `House ${n}${rng.pick(['', '', '-A', '-B'])}, Street ${rng.int(1, 40)}, ${area}`
        : `Flat ${rng.int(1, 12)}0${rng.int(1, 8)}, ${rng.pick(['Askari', 'Al-Noor', 'Gulshan', 'Crescent', 'Rose'])} ${rng.pick(['Towers', 'Heights', 'Residency', 'Apartments'])}, ${area}`;
    case 'AE':
      return `Flat ${rng.int(1, 24)}0${rng.int(1, 9)}, ${rng.pick(['Al Noor', 'Rose', 'Al Fattan', 'Zarooni', 'Al Qusais'])} Building, ${area}`;
    case 'SA':
      return `${rng.int(1000, 9999)} ${area} Dist., Unit ${rng.int(1, 40)}`;
    default:
      return rng.chance(0.3) ? `Apt ${rng.int(1, 30)}, ${n} ${area}` : `${n} ${area}`;
  }
}

function postcode(rng: Rng, market: Market, code: string): string | undefined {
  if (market === 'GB') return `${code} ${rng.int(1, 9)}${rng.token(2, UK_INWARD).toUpperCase()}`;
  if (market === 'CA') return `${code} ${rng.int(0, 9)}${rng.pick([...CA_LETTERS])}${rng.int(0, 9)}`;
  if (market === 'US' && code.length === 5) return code;
  return code || undefined;
}

const citiesOf = (market: Market): readonly City[] => (market === 'PK' ? PK_CITIES : ABROAD_CITIES[market]);

function homeIn(rng: Rng, market: Market, cities: readonly City[]): Home {
  const c = rng.weightedPick(cities.map((x) => [x, x.weight] as const));
  const [area, code] = rng.pick(c.areas);
  const pc = postcode(rng, market, code);
  return {
    address: {
      country: market,
      ...(pc ? { postalCode: pc } : {}),
      city: c.city,
      line1: line1(rng, market, area),
    },
    tz: c.tz,
    metro: c.metro ?? false,
  };
}

/** A home in the market, by the weight of its cities. */
export const homeAt = (rng: Rng, market: Market): Home => homeIn(rng, market, citiesOf(market));

/** A home in a Pakistani metro (Lahore, Karachi, Islamabad): affluent buyers, express and pickup. */
export const metroHome = (rng: Rng): Home =>
  homeIn(
    rng,
    'PK',
    PK_CITIES.filter((c) => c.metro),
  );

/** A home in a smaller Pakistani city: where boutiques buy in bulk and fake COD orders often point. */
export const townHome = (rng: Rng): Home =>
  homeIn(
    rng,
    'PK',
    PK_CITIES.filter((c) => !c.metro),
  );

/** The flagship shops for pickup on chand raat. */
export const FLAGSHIPS: readonly Address[] = [
  { country: 'PK', postalCode: '54660', city: 'Lahore', line1: '92-E/1, M.M. Alam Road, Gulberg III' },
  { country: 'PK', postalCode: '75600', city: 'Karachi', line1: 'Dolmen Mall Clifton, Block 4, Clifton' },
  { country: 'PK', postalCode: '44000', city: 'Islamabad', line1: 'Centaurus Mall, Jinnah Avenue, F-8' },
];

/** Destinations in sanctioned countries (Iranian postcodes have ten digits, Russian six). */
export const SANCTIONED_PLACES: readonly Address[] = [
  { country: 'IR', postalCode: '9176613511', city: 'Mashhad', line1: 'Ahmadabad St, No. 14' },
  { country: 'IR', postalCode: '9816743115', city: 'Zahedan', line1: 'Daneshgah Blvd, Alley 12, No. 7' },
  { country: 'IR', postalCode: '1434863111', city: 'Tehran', line1: 'Jalal Al-e Ahmad Hwy, No. 220' },
  { country: 'RU', postalCode: '117198', city: 'Moscow', line1: 'ul. Miklukho-Maklaya 6, kv. 512' },
  { country: 'RU', postalCode: '420008', city: 'Kazan', line1: 'ul. Kremlyovskaya 18, kv. 21' },
];

/** A fake COD order's address: a landmark in a smaller town, no house number, rarely a postcode. */
export function vagueAddress(rng: Rng): Address {
  const { address } = townHome(rng);
  const landmark = rng.pick([
    'near Jamia Masjid',
    'opposite Govt. Girls High School',
    'behind Main Bazaar',
    'near PSO Petrol Pump',
    'Mohallah Islampura, near Chowk',
  ]);
  return {
    country: 'PK',
    ...(rng.chance(0.3) && address.postalCode ? { postalCode: address.postalCode } : {}),
    city: address.city ?? 'Multan',
    line1: landmark,
  };
}
