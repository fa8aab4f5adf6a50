import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where buyers live, travel and ship to: Australian suburbs by state (with each state's November UTC offset:
 * daylight saving in NSW, Victoria, the ACT, Tasmania and South Australia, none in Queensland, WA or the NT),
 * New Zealand and the US; places Australians live abroad or holiday; the eight boutiques; Australia Post
 * parcel lockers; US reshippers; and the sanctioned jurisdictions only their kind uses.
 */

export type Market = 'AU' | 'NZ' | 'US';

export interface Place {
  country: string;
  city: string;
  postalCode: string;
  /** UTC offset in November, hours. */
  tz: number;
  /** State, region or metro area, for "is this the same part of the country". */
  region: string;
}

interface Region {
  country: string;
  region: string;
  tz: number;
  weight: number;
  towns: ReadonlyArray<readonly [string, string]>;
}

const AU: readonly Region[] = [
  {
    country: 'AU',
    region: 'NSW',
    tz: 11,
    weight: 33,
    towns: [
      ['Paddington', '2021'],
      ['Bondi', '2026'],
      ['Surry Hills', '2010'],
      ['Manly', '2095'],
      ['Mosman', '2088'],
      ['Newtown', '2042'],
      ['Parramatta', '2150'],
      ['Chatswood', '2067'],
      ['Cronulla', '2230'],
      ['Randwick', '2031'],
      ['Balmain', '2041'],
      ['Castle Hill', '2154'],
      ['Penrith', '2750'],
      ['Liverpool', '2170'],
      ['Double Bay', '2028'],
      ['Dee Why', '2099'],
      ['Newcastle', '2300'],
      ['Wollongong', '2500'],
      ['Byron Bay', '2481'],
      ['Orange', '2800'],
    ],
  },
  {
    country: 'AU',
    region: 'VIC',
    tz: 11,
    weight: 27,
    towns: [
      ['South Yarra', '3141'],
      ['Fitzroy', '3065'],
      ['Richmond', '3121'],
      ['St Kilda', '3182'],
      ['Brighton', '3186'],
      ['Box Hill', '3128'],
      ['Brunswick', '3056'],
      ['Hawthorn', '3122'],
      ['Toorak', '3142'],
      ['Werribee', '3030'],
      ['Frankston', '3199'],
      ['Geelong', '3220'],
      ['Ballarat', '3350'],
      ['Bendigo', '3550'],
    ],
  },
  {
    country: 'AU',
    region: 'QLD',
    tz: 10,
    weight: 19,
    towns: [
      ['New Farm', '4005'],
      ['Paddington', '4064'],
      ['Toowong', '4066'],
      ['Bulimba', '4171'],
      ['Chermside', '4032'],
      ['Burleigh Heads', '4220'],
      ['Southport', '4215'],
      ['Noosa Heads', '4567'],
      ['Toowoomba', '4350'],
      ['Townsville', '4810'],
      ['Cairns', '4870'],
      ['Mackay', '4740'],
    ],
  },
  {
    country: 'AU',
    region: 'WA',
    tz: 8,
    weight: 10,
    towns: [
      ['Cottesloe', '6011'],
      ['Subiaco', '6008'],
      ['Fremantle', '6160'],
      ['Scarborough', '6019'],
      ['Joondalup', '6027'],
      ['Mandurah', '6210'],
      ['Bunbury', '6230'],
    ],
  },
  {
    country: 'AU',
    region: 'SA',
    tz: 10.5,
    weight: 6,
    towns: [
      ['Norwood', '5067'],
      ['Glenelg', '5045'],
      ['Unley', '5061'],
      ['Prospect', '5082'],
      ['Mount Barker', '5251'],
    ],
  },
  {
    country: 'AU',
    region: 'ACT',
    tz: 11,
    weight: 2.5,
    towns: [
      ['Braddon', '2612'],
      ['Kingston', '2604'],
      ['Belconnen', '2617'],
    ],
  },
  {
    country: 'AU',
    region: 'TAS',
    tz: 11,
    weight: 2,
    towns: [
      ['Sandy Bay', '7005'],
      ['Hobart', '7000'],
      ['Launceston', '7250'],
    ],
  },
  {
    country: 'AU',
    region: 'NT',
    tz: 9.5,
    weight: 0.5,
    towns: [
      ['Darwin City', '0800'],
      ['Parap', '0820'],
    ],
  },
];

const NZ: readonly Region[] = [
  {
    country: 'NZ',
    region: 'Auckland',
    tz: 13,
    weight: 45,
    towns: [
      ['Ponsonby', '1011'],
      ['Remuera', '1050'],
      ['Takapuna', '0622'],
      ['Mt Eden', '1024'],
      ['Henderson', '0612'],
    ],
  },
  {
    country: 'NZ',
    region: 'Wellington',
    tz: 13,
    weight: 15,
    towns: [
      ['Wellington', '6011'],
      ['Karori', '6012'],
    ],
  },
  {
    country: 'NZ',
    region: 'Canterbury',
    tz: 13,
    weight: 14,
    towns: [
      ['Christchurch', '8011'],
      ['Merivale', '8014'],
    ],
  },
  {
    country: 'NZ',
    region: 'North Island',
    tz: 13,
    weight: 16,
    towns: [
      ['Hamilton', '3204'],
      ['Tauranga', '3110'],
      ['Napier', '4110'],
    ],
  },
  {
    country: 'NZ',
    region: 'South Island',
    tz: 13,
    weight: 10,
    towns: [
      ['Dunedin', '9016'],
      ['Queenstown', '9300'],
      ['Nelson', '7010'],
    ],
  },
];

const US: readonly Region[] = [
  {
    country: 'US',
    region: 'West',
    tz: -8,
    weight: 45,
    towns: [
      ['Los Angeles', '90026'],
      ['Santa Monica', '90401'],
      ['San Diego', '92109'],
      ['San Francisco', '94110'],
      ['Seattle', '98103'],
    ],
  },
  { country: 'US', region: 'Mountain', tz: -7, weight: 6, towns: [['Denver', '80206']] },
  {
    country: 'US',
    region: 'Central',
    tz: -6,
    weight: 14,
    towns: [
      ['Austin', '78704'],
      ['Chicago', '60614'],
    ],
  },
  {
    country: 'US',
    region: 'East',
    tz: -5,
    weight: 31,
    towns: [
      ['New York', '10003'],
      ['Brooklyn', '11211'],
      ['Miami Beach', '33139'],
      ['Boston', '02116'],
    ],
  },
  { country: 'US', region: 'Hawaii', tz: -10, weight: 4, towns: [['Honolulu', '96815']] },
];

/** Where Australians live abroad, holiday or roam (and where the expats among the buyers live). */
const ABROAD: readonly Region[] = [
  {
    country: 'GB',
    region: 'London',
    tz: 0,
    weight: 1,
    towns: [
      ['London', 'SW4 0LD'],
      ['London', 'E2 7DJ'],
      ['London', 'SW6 1AA'],
    ],
  },
  {
    country: 'SG',
    region: 'Singapore',
    tz: 8,
    weight: 1,
    towns: [
      ['Singapore', '238859'],
      ['Singapore', '179097'],
    ],
  },
  {
    country: 'ID',
    region: 'Bali',
    tz: 8,
    weight: 1,
    towns: [
      ['Seminyak', '80361'],
      ['Canggu', '80351'],
      ['Ubud', '80571'],
    ],
  },
  {
    country: 'JP',
    region: 'Japan',
    tz: 9,
    weight: 1,
    towns: [
      ['Shibuya', '150-0002'],
      ['Kutchan', '044-0081'],
    ],
  },
  {
    country: 'TH',
    region: 'Thailand',
    tz: 7,
    weight: 1,
    towns: [
      ['Phuket', '83150'],
      ['Bangkok', '10110'],
    ],
  },
  { country: 'MY', region: 'Malaysia', tz: 8, weight: 1, towns: [['Kuala Lumpur', '50450']] },
];

/** Comprehensively sanctioned jurisdictions (only the sanctioned_country kind). */
const SANCTIONED: readonly Region[] = [
  {
    country: 'RU',
    region: 'Russia',
    tz: 3,
    weight: 1,
    towns: [
      ['Moscow', '101000'],
      ['Saint Petersburg', '190000'],
    ],
  },
  { country: 'BY', region: 'Belarus', tz: 3, weight: 1, towns: [['Minsk', '220030']] },
  { country: 'IR', region: 'Iran', tz: 3.5, weight: 1, towns: [['Tehran', '1968917']] },
  { country: 'CU', region: 'Cuba', tz: -5, weight: 1, towns: [['Havana', '10400']] },
  { country: 'SY', region: 'Syria', tz: 3, weight: 1, towns: [['Damascus', '0100']] },
];

const ALL = [...AU, ...NZ, ...US, ...ABROAD, ...SANCTIONED];

function placeIn(rng: Rng, regions: readonly Region[]): Place {
  const r = rng.weightedPick(regions.map((x) => [x, x.weight] as const));
  const [city, postalCode] = rng.pick(r.towns);
  return { country: r.country, city, postalCode, tz: r.tz, region: r.region };
}

/** A place in a market, by where its customers live. */
export function placeInMarket(rng: Rng, market: Market): Place {
  return placeIn(rng, market === 'AU' ? AU : market === 'NZ' ? NZ : US);
}

/** A place in one country of any list (abroad, sanctioned, the markets). */
export function placeInCountry(rng: Rng, country: string): Place {
  const regions = ALL.filter((r) => r.country === country);
  if (regions.length === 0) throw new Error(`no places in ${country}`);
  return placeIn(rng, regions);
}

/** An Australian place in another state or metro area than `not` (a gift to family interstate). */
export function elsewhereInAustralia(rng: Rng, not: Place): Place {
  for (let i = 0; i < 20; i++) {
    const p = placeInMarket(rng, 'AU');
    if (p.region !== not.region) return p;
  }
  return placeInMarket(rng, 'AU');
}

/** An Australian place in one of the big cities' states (NSW, VIC, QLD), where drops and lockers cluster. */
export function bigCity(rng: Rng): Place {
  return placeIn(
    rng,
    AU.filter((r) => ['NSW', 'VIC', 'QLD'].includes(r.region)),
  );
}

const STREETS = [
  'Oxford St',
  'Glenmore Rd',
  'Crown St',
  'Bronte Rd',
  'Military Rd',
  'Chapel St',
  'Brunswick St',
  'Lygon St',
  'High St',
  'Beach Rd',
  'Ocean St',
  'Victoria Rd',
  'Church St',
  'Station St',
  'Park Rd',
  'Queen St',
  'Kent Rd',
  'Rose St',
  'Albert St',
  'William St',
  'King St',
  'Marine Pde',
  'Bay St',
  'Hill St',
  'Wattle Ave',
  'Banksia Cres',
  'Jacaranda Dr',
  'Grange Rd',
  'Fletcher St',
  'Hastings Pde',
  'Waratah St',
  'Ridge Rd',
  'Esplanade',
  'Ponsonby Rd',
];
const US_STREETS = [
  'Sunset Blvd',
  'Maple Ave',
  'Lake St',
  '5th Ave',
  'Ocean Dr',
  'Pine St',
  'Elm St',
  'Mission St',
];
const GB_STREETS = ['Abbeville Rd', 'Columbia Rd', 'Munster Rd', 'Northcote Rd'];
/** Elsewhere: a street and how the house number goes with it. */
const ELSEWHERE: Readonly<Record<string, readonly string[]>> = {
  SG: ['Orchard Rd', 'Tanjong Pagar Rd', 'River Valley Rd'],
  ID: ['Jl. Kayu Aya', 'Jl. Pantai Berawa', 'Jl. Monkey Forest'],
  JP: ['Jingumae', 'Dogenzaka'],
  TH: ['Thanon Sukhumvit', 'Thanon Rat-U-Thit'],
  MY: ['Jalan Ampang', 'Jalan Bukit Bintang'],
  RU: ['ul. Tverskaya', 'Nevsky pr.', 'ul. Arbat'],
  BY: ['pr. Nezavisimosti', 'ul. Lenina'],
  IR: ['Valiasr St', 'Enghelab St'],
  CU: ['Calle 23', 'Calle Obispo'],
  SY: ['Baghdad St', 'Abu Rummaneh St'],
};

/** A street address in `place`, in the way that country writes it. */
export function streetAddress(rng: Rng, place: Place): Address {
  const n = rng.int(1, rng.chance(0.7) ? 120 : 480);
  let line1: string;
  if (place.country === 'US')
    line1 = `${rng.int(10, 9800)} ${rng.pick(US_STREETS)}${rng.chance(0.4) ? ` Apt ${rng.int(1, 40)}` : ''}`;
  else if (place.country === 'GB')
    line1 = `${rng.chance(0.5) ? `Flat ${rng.int(1, 9)}, ` : ''}${n} ${rng.pick(GB_STREETS)}`;
  else if (ELSEWHERE[place.country]) line1 = `${rng.pick(ELSEWHERE[place.country] ?? [])} ${n}`;
  else line1 = `${rng.chance(0.35) ? `${rng.int(1, 24)}/` : ''}${n} ${rng.pick(STREETS)}`;
  return { country: place.country, postalCode: place.postalCode, city: place.city, line1 };
}

/** The same address written another way ("Unit 4, 12 …" for "4/12 …", upper case, "Street" for "St"). */
export function rewritten(rng: Rng, a: Address): Address {
  const line = a.line1 ?? '';
  const unit = /^(\d+)\/(.*)$/.exec(line);
  const pick = rng.int(0, 2);
  const line1 =
    unit && pick === 0
      ? `Unit ${unit[1]}, ${unit[2]}`
      : pick === 1
        ? line.toUpperCase()
        : line.replace(/ St$/, ' Street').replace(/ Rd$/, ' Road').replace(/ Ave$/, ' Avenue');
  return { ...a, line1 };
}

/** An Australia Post parcel locker: the customer's APCN, then the locker's number, in the locker's suburb. */
export function parcelLocker(rng: Rng, place: Place, locker?: string): Address {
  const id = locker ?? `1${rng.digits(5)}`;
  return {
    country: 'AU',
    postalCode: place.postalCode,
    city: place.city,
    line1: `${rng.chance(0.5) ? 'Parcel Locker' : 'Parcel Collect'} ${id} APCN 10${rng.digits(8)}`,
  };
}

/** The eight boutiques: click and collect. */
export const BOUTIQUES: readonly { store: string; place: Place }[] = [
  ['Paddington', 'Paddington', '2021', 'NSW', 11],
  ['Bondi Junction', 'Bondi Junction', '2022', 'NSW', 11],
  ['Mosman', 'Mosman', '2088', 'NSW', 11],
  ['Chatswood', 'Chatswood', '2067', 'NSW', 11],
  ['Pitt Street', 'Sydney', '2000', 'NSW', 11],
  ['Armadale', 'Armadale', '3143', 'VIC', 11],
  ['Chadstone', 'Chadstone', '3148', 'VIC', 11],
  ['James Street', 'Fortitude Valley', '4006', 'QLD', 10],
].map(([store, city, postalCode, region, tz]) => ({
  store: String(store),
  place: {
    country: 'AU',
    city: String(city),
    postalCode: String(postalCode),
    tz: Number(tz),
    region: String(region),
  },
}));

/** US reshippers in tax-free states (Delaware, Oregon), a suite per customer. */
export function usReshipper(rng: Rng): { place: Place; address: Address } {
  const [city, postalCode, line] = rng.pick([
    ['New Castle', '19720', 'Commerce Dr'],
    ['Wilmington', '19801', 'Market St'],
    ['Portland', '97230', 'NE Airport Way'],
    ['Tualatin', '97062', 'SW Tualatin Rd'],
  ] as const);
  const place: Place = {
    country: 'US',
    city,
    postalCode,
    tz: city === 'Portland' || city === 'Tualatin' ? -8 : -5,
    region: 'Reshipper',
  };
  return {
    place,
    address: {
      country: 'US',
      postalCode,
      city,
      line1: `${rng.int(100, 990)} ${line} Ste ${rng.int(1000, 99999)}`,
    },
  };
}
