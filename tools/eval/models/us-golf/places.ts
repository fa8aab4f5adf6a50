import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's buyers live and where orders go. The store ships to the 50 states and a little to Canada,
 * Mexico and the UK; its four Texas shops take pickups and fittings; resorts and country clubs receive clubs ahead
 * of a trip or a tournament; cross-border receivers in Laredo, McAllen, Blaine and Champlain take parcels for
 * Mexican and Canadian buyers. Reshippers and drop addresses are the fraud kinds' own; the sanctioned places are
 * only ever used by the sanctioned-country kind. Offsets are June's (daylight time; Arizona, Hawaii and Mexico
 * keep standard time). Tax is an average combined sales-tax rate in percent, by destination.
 */

export type Country = 'US' | 'CA' | 'MX' | 'GB';
export const MARKETS: ReadonlySet<string> = new Set(['US', 'CA', 'MX', 'GB']);

/** An address with its state, province or county code. */
export interface Where extends Address {
  country: string;
  state: string;
  city: string;
  postalCode: string;
  line1: string;
}

export interface Region {
  state: string;
  country: Country;
  tz: number;
  weight: number;
  tax: number;
  towns: ReadonlyArray<readonly [string, string]>;
}

const us = (
  state: string,
  tz: number,
  weight: number,
  tax: number,
  towns: ReadonlyArray<readonly [string, string]>,
): Region => ({ state, country: 'US', tz, weight, tax, towns });

/** The 50 states and DC, weighted for a Texas store's golf customers. */
export const US_REGIONS: readonly Region[] = [
  us('TX', -5, 24, 8.25, [
    ['Houston', '77005'],
    ['Houston', '77024'],
    ['Houston', '77079'],
    ['Dallas', '75205'],
    ['Dallas', '75225'],
    ['Dallas', '75230'],
    ['Austin', '78731'],
    ['Austin', '78746'],
    ['Austin', '78704'],
    ['San Antonio', '78209'],
    ['San Antonio', '78258'],
    ['Fort Worth', '76107'],
    ['Plano', '75093'],
    ['The Woodlands', '77380'],
    ['Frisco', '75034'],
    ['Katy', '77494'],
    ['Southlake', '76092'],
    ['Lubbock', '79424'],
    ['Corpus Christi', '78413'],
    ['Midland', '79707'],
  ]),
  us('CA', -7, 9, 8.85, [
    ['Los Angeles', '90049'],
    ['San Diego', '92130'],
    ['San Jose', '95120'],
    ['Newport Beach', '92660'],
    ['Palm Desert', '92260'],
    ['Sacramento', '95864'],
  ]),
  us('FL', -4, 7, 7, [
    ['Naples', '34102'],
    ['Jupiter', '33458'],
    ['Orlando', '32819'],
    ['Tampa', '33629'],
    ['Ponte Vedra Beach', '32082'],
    ['Sarasota', '34238'],
  ]),
  us('AZ', -7, 3.5, 8.4, [
    ['Scottsdale', '85255'],
    ['Phoenix', '85018'],
    ['Tucson', '85718'],
  ]),
  us('NY', -4, 3.5, 8.5, [
    ['New York', '10023'],
    ['Rye', '10580'],
    ['Huntington', '11743'],
    ['Rochester', '14618'],
  ]),
  us('GA', -4, 3.2, 7.4, [
    ['Atlanta', '30327'],
    ['Alpharetta', '30022'],
    ['Savannah', '31411'],
  ]),
  us('NC', -4, 3.2, 7, [
    ['Charlotte', '28226'],
    ['Raleigh', '27615'],
    ['Wilmington', '28411'],
  ]),
  us('IL', -5, 2.8, 8.9, [
    ['Chicago', '60614'],
    ['Naperville', '60540'],
    ['Lake Forest', '60045'],
  ]),
  us('OK', -5, 2.6, 9, [
    ['Tulsa', '74136'],
    ['Oklahoma City', '73120'],
    ['Edmond', '73034'],
  ]),
  us('LA', -5, 2.2, 9.6, [
    ['New Orleans', '70115'],
    ['Baton Rouge', '70810'],
    ['Lafayette', '70508'],
  ]),
  us('CO', -6, 2.3, 7.8, [
    ['Denver', '80206'],
    ['Colorado Springs', '80906'],
    ['Castle Rock', '80108'],
  ]),
  us('OH', -4, 2.3, 7.2, [
    ['Columbus', '43221'],
    ['Cincinnati', '45243'],
    ['Dublin', '43017'],
  ]),
  us('PA', -4, 2.3, 6.3, [
    ['Philadelphia', '19103'],
    ['Pittsburgh', '15238'],
    ['Newtown Square', '19073'],
  ]),
  us('NJ', -4, 1.8, 6.6, [
    ['Princeton', '08540'],
    ['Montclair', '07042'],
  ]),
  us('MA', -4, 1.4, 6.25, [
    ['Boston', '02116'],
    ['Wellesley', '02481'],
  ]),
  us('VA', -4, 1.9, 5.8, [
    ['Arlington', '22207'],
    ['Richmond', '23226'],
    ['Virginia Beach', '23451'],
  ]),
  us('TN', -5, 2, 9.55, [
    ['Nashville', '37215'],
    ['Memphis', '38120'],
    ['Knoxville', '37922'],
  ]),
  us('SC', -4, 1.8, 7.5, [
    ['Charleston', '29401'],
    ['Greenville', '29607'],
    ['Columbia', '29206'],
  ]),
  us('MI', -4, 1.4, 6, [
    ['Birmingham', '48009'],
    ['Grand Rapids', '49546'],
  ]),
  us('WA', -7, 1.4, 9.2, [
    ['Seattle', '98112'],
    ['Bellevue', '98004'],
  ]),
  us('NV', -7, 1.1, 8.2, [
    ['Las Vegas', '89135'],
    ['Henderson', '89052'],
  ]),
  us('NM', -6, 0.8, 7.6, [
    ['Albuquerque', '87122'],
    ['Santa Fe', '87506'],
  ]),
  us('AR', -5, 1, 9.4, [
    ['Little Rock', '72223'],
    ['Bentonville', '72712'],
  ]),
  us('MO', -5, 1.2, 8.3, [
    ['St. Louis', '63124'],
    ['Kansas City', '64113'],
  ]),
  us('MN', -5, 1, 7.5, [
    ['Edina', '55424'],
    ['Minneapolis', '55410'],
  ]),
  us('UT', -6, 0.9, 7.2, [
    ['Salt Lake City', '84108'],
    ['St. George', '84770'],
  ]),
  us('OR', -7, 0.7, 0, [
    ['Portland', '97219'],
    ['Bend', '97702'],
  ]),
  us('WI', -5, 0.8, 5.5, [
    ['Milwaukee', '53217'],
    ['Madison', '53705'],
  ]),
  us('AL', -5, 1, 9.2, [
    ['Birmingham', '35223'],
    ['Huntsville', '35802'],
  ]),
  us('KS', -5, 0.8, 8.7, [
    ['Overland Park', '66211'],
    ['Wichita', '67206'],
  ]),
  us('MD', -4, 1.2, 6, [
    ['Bethesda', '20817'],
    ['Annapolis', '21403'],
  ]),
  us('IN', -4, 1, 7, [
    ['Carmel', '46032'],
    ['Indianapolis', '46260'],
  ]),
  us('KY', -4, 0.7, 6, [
    ['Louisville', '40222'],
    ['Lexington', '40502'],
  ]),
  us('MS', -5, 0.6, 7.1, [
    ['Jackson', '39211'],
    ['Oxford', '38655'],
  ]),
  us('IA', -5, 0.6, 6.9, [['Des Moines', '50312']]),
  us('NE', -5, 0.5, 7, [['Omaha', '68114']]),
  us('ID', -6, 0.5, 6, [['Boise', '83706']]),
  us('CT', -4, 0.8, 6.35, [
    ['Greenwich', '06830'],
    ['Westport', '06880'],
  ]),
  us('HI', -10, 0.3, 4.4, [['Honolulu', '96816']]),
  us('AK', -8, 0.15, 1.8, [['Anchorage', '99516']]),
  us('DE', -4, 0.3, 0, [['Wilmington', '19807']]),
  us('MT', -6, 0.3, 0, [['Bozeman', '59715']]),
  us('NH', -4, 0.3, 0, [['Portsmouth', '03801']]),
  us('ME', -4, 0.25, 5.5, [['Portland', '04103']]),
  us('VT', -4, 0.15, 6.2, [['Burlington', '05401']]),
  us('RI', -4, 0.25, 7, [['Providence', '02906']]),
  us('WV', -4, 0.25, 6.5, [['Charleston', '25314']]),
  us('ND', -5, 0.2, 7, [['Fargo', '58104']]),
  us('SD', -5, 0.2, 6.1, [['Sioux Falls', '57108']]),
  us('WY', -6, 0.15, 5.4, [['Jackson', '83001']]),
  us('DC', -4, 0.3, 6, [['Washington', '20016']]),
];

const abroad = (
  country: Country,
  state: string,
  tz: number,
  weight: number,
  towns: ReadonlyArray<readonly [string, string]>,
): Region => ({ state, country, tz, weight, tax: 0, towns });

export const ABROAD_REGIONS: readonly Region[] = [
  abroad('CA', 'ON', -4, 4, [
    ['Toronto', 'M5R 2E3'],
    ['Oakville', 'L6J 4Z3'],
    ['Ottawa', 'K1S 3W7'],
  ]),
  abroad('CA', 'BC', -7, 2, [
    ['Vancouver', 'V6M 2J5'],
    ['Kelowna', 'V1W 4N2'],
  ]),
  abroad('CA', 'AB', -6, 2, [
    ['Calgary', 'T2S 1M6'],
    ['Edmonton', 'T6R 2V4'],
  ]),
  abroad('CA', 'QC', -4, 1, [['Montréal', 'H3Y 2S9']]),
  abroad('MX', 'NL', -6, 4, [
    ['San Pedro Garza García', '66220'],
    ['Monterrey', '64700'],
  ]),
  abroad('MX', 'CMX', -6, 2, [
    ['Ciudad de México', '11000'],
    ['Ciudad de México', '05120'],
  ]),
  abroad('MX', 'JAL', -6, 1, [['Zapopan', '45116']]),
  abroad('MX', 'QRO', -6, 0.6, [['Querétaro', '76090']]),
  abroad('GB', 'LND', 1, 2, [
    ['London', 'SW19 5AE'],
    ['London', 'W4 2PJ'],
  ]),
  abroad('GB', 'SRY', 1, 1.2, [['Virginia Water', 'GU25 4QF']]),
  abroad('GB', 'EDH', 1, 0.8, [['Edinburgh', 'EH10 4BF']]),
  abroad('GB', 'CHE', 1, 0.8, [['Wilmslow', 'SK9 1HY']]),
];

export const REGIONS: readonly Region[] = [...US_REGIONS, ...ABROAD_REGIONS];

export function regionOf(state: string, country = 'US'): Region {
  const found = REGIONS.find((r) => r.state === state && r.country === country);
  if (!found) throw new Error(`no region ${country}-${state}`);
  return found;
}

export const TEXAS = regionOf('TX');

/** A region of `country`, by its weight. */
export function pickRegion(rng: Rng, country: Country): Region {
  return rng.weightedPick(REGIONS.filter((r) => r.country === country).map((r) => [r, r.weight] as const));
}

/** A US state other than `not`, by weight. */
export function otherState(rng: Rng, not: string): Region {
  return rng.weightedPick(US_REGIONS.filter((r) => r.state !== not).map((r) => [r, r.weight] as const));
}

const US_STREETS = [
  'Oak Hollow Dr',
  'Preston Rd',
  'Fairway Ln',
  'Meadowbrook Dr',
  'Cedar Ridge Ct',
  'Willow Bend Dr',
  'Country Club Dr',
  'Magnolia Ave',
  'Park Ave',
  'Lakeshore Dr',
  'Pecan Grove Ln',
  'Live Oak St',
  'Briar Forest Dr',
  'Stonegate Rd',
  'Eagle Point Dr',
  'Sunset Blvd',
  'Highland Ave',
  'Maple St',
  'Ridgewood Rd',
  'Laurel Canyon Dr',
  'Bluebonnet Trl',
  'Mockingbird Ln',
  'Heritage Oaks Dr',
  'Elm St',
];
const CA_STREETS = [
  'Lakeshore Rd W',
  'Avenue Rd',
  'Marine Dr',
  'Elbow Dr SW',
  'Chemin Queen-Mary',
  'Bank St',
];
const MX_STREETS = [
  'Calzada del Valle',
  'Av. Paseo de la Reforma',
  'Río Guadalquivir',
  'Av. Gómez Morín',
  'Av. Patria',
  'Prolongación Bernardo Quintana',
];
const GB_STREETS = ['Wentworth Drive', 'Abbey Road', 'Chiswick Mall', 'Morningside Drive', 'Alderley Road'];

/** A street line in a country's format. */
export function streetLine(rng: Rng, country: string): string {
  if (country === 'CA') return `${rng.int(10, 4999)} ${rng.pick(CA_STREETS)}`;
  if (country === 'MX') return `${rng.pick(MX_STREETS)} ${rng.int(10, 3999)}`;
  if (country === 'GB') return `${rng.int(1, 140)} ${rng.pick(GB_STREETS)}`;
  const apartment = rng.chance(0.12) ? ` Apt ${rng.int(101, 2418)}` : '';
  return `${rng.int(100, 9899)} ${rng.pick(US_STREETS)}${apartment}`;
}

/** A home in `region`. */
export function homeIn(rng: Rng, region: Region): Where {
  const [city, postalCode] = rng.pick(region.towns);
  return {
    country: region.country,
    state: region.state,
    city,
    postalCode,
    line1: streetLine(rng, region.country),
  };
}

/** Sales tax at the destination, percent (none abroad). */
export function taxRate(where: Where): number {
  return REGIONS.find((r) => r.state === where.state && r.country === where.country)?.tax ?? 0;
}

/** The UTC offset of a place in June. */
export function tzOf(where: { state: string; country: string }): number {
  return REGIONS.find((r) => r.state === where.state && r.country === where.country)?.tz ?? -5;
}

const place = (country: string, state: string, city: string, postalCode: string, line1: string): Where => ({
  country,
  state,
  city,
  postalCode,
  line1,
});

/** The four Texas shops: pickup, fittings, trade-ins. */
export const SHOPS: ReadonlyArray<{ id: string; name: string; at: Where }> = [
  {
    id: 'DAL',
    name: 'Dallas – Preston Forest',
    at: place('US', 'TX', 'Dallas', '75230', '11930 Preston Rd'),
  },
  {
    id: 'HOU',
    name: 'Houston – Westheimer',
    at: place('US', 'TX', 'Houston', '77057', '5870 Westheimer Rd'),
  },
  { id: 'AUS', name: 'Austin – Burnet Road', at: place('US', 'TX', 'Austin', '78757', '8020 Burnet Rd') },
  {
    id: 'SAT',
    name: 'San Antonio – Stone Oak',
    at: place('US', 'TX', 'San Antonio', '78258', '19239 Stone Oak Pkwy'),
  },
];

/** Golf resorts that hold clubs and parcels for arriving guests. */
export const RESORTS: readonly Where[] = [
  place('US', 'CA', 'Pebble Beach', '93953', '1700 17-Mile Dr, c/o Guest Services'),
  place('US', 'NC', 'Pinehurst', '28374', '80 Carolina Vista Dr, Bag Room'),
  place('US', 'SC', 'Kiawah Island', '29455', '1 Sanctuary Beach Dr, Guest Services'),
  place('US', 'GA', 'Sea Island', '31561', '100 Cloister Dr, Concierge'),
  place('US', 'AZ', 'Scottsdale', '85255', '17020 N Hayden Rd, Bag Storage'),
  place('US', 'OR', 'Bandon', '97411', '57744 Round Lake Dr, Pro Shop'),
  place('US', 'WI', 'Kohler', '53044', '444 Highland Dr, Guest Services'),
  place('US', 'SC', 'Hilton Head Island', '29928', '2 Lighthouse Ln, Bag Room'),
  place('US', 'FL', 'Ponte Vedra Beach', '32082', '110 Championship Way, Concierge'),
  place('US', 'TX', 'Horseshoe Bay', '78657', '200 Hi Circle N, Golf Shop'),
  place('US', 'TX', 'The Woodlands', '77380', '2301 N Millbend Dr, Bag Room'),
  place('US', 'HI', 'Kapalua', '96761', '2000 Village Rd, Golf Shop'),
  place('MX', 'BCS', 'Cabo San Lucas', '23450', 'Carretera Transpeninsular km 10.3, Golf Shop'),
  place('GB', 'FIF', 'St Andrews', 'KY16 9SP', 'Old Station Road, Concierge'),
];

/** Country clubs that host corporate and charity tournaments. */
export const CLUBS: readonly Where[] = [
  place('US', 'TX', 'Dallas', '75248', '5000 Preston Trail Dr, Attn: Tournament Desk'),
  place('US', 'TX', 'Houston', '77019', '1600 River Oaks Blvd, Attn: Golf Shop'),
  place('US', 'TX', 'Austin', '78735', '8212 Barton Club Dr, Attn: Events'),
  place('US', 'TX', 'San Antonio', '78257', '1 Dominion Dr, Attn: Head Professional'),
  place('US', 'TX', 'Fort Worth', '76109', '3735 Country Club Cir, Attn: Golf Operations'),
  place('US', 'TX', 'Midland', '79707', '6101 N Country Club Dr, Attn: Tournament Director'),
  place('US', 'OK', 'Tulsa', '74136', '6911 S Yale Ave, Attn: Golf Shop'),
  place('US', 'LA', 'New Orleans', '70124', '6 Friedrichs Ave, Attn: Events'),
  place('US', 'GA', 'Atlanta', '30327', '3150 Howell Mill Rd NW, Attn: Golf Shop'),
  place('US', 'AZ', 'Scottsdale', '85255', '10690 E Sheena Dr, Attn: Tournaments'),
];

/** Cross-border receivers: Mexican buyers pick up in Laredo and McAllen, Canadians in Blaine and Champlain. */
export const BORDER_RECEIVERS: Readonly<Record<'CA' | 'MX', readonly Where[]>> = {
  MX: [
    place('US', 'TX', 'Laredo', '78045', '12810 Mines Rd Ste 4'),
    place('US', 'TX', 'Laredo', '78041', '5219 McPherson Rd Ste 310'),
    place('US', 'TX', 'McAllen', '78503', '3800 S Jackson Rd Ste B'),
  ],
  CA: [
    place('US', 'WA', 'Blaine', '98230', '1733 H St'),
    place('US', 'NY', 'Champlain', '12919', '1 Parcel Pl'),
  ],
};

/** Freight forwarders and reshippers: Delaware and Oregon for no sales tax, Doral and Miami for export. */
export const RESHIPPERS: readonly Where[] = [
  place('US', 'DE', 'New Castle', '19720', '15 Commerce Dr'),
  place('US', 'DE', 'Wilmington', '19801', '1000 N West St'),
  place('US', 'DE', 'Newark', '19711', '220 Continental Dr'),
  place('US', 'OR', 'Portland', '97230', '16305 NE Airport Way'),
  place('US', 'OR', 'Tualatin', '97062', '19460 SW 118th Ave'),
  place('US', 'FL', 'Doral', '33166', '8401 NW 17th St'),
  place('US', 'FL', 'Doral', '33172', '2160 NW 82nd Ave'),
  place('US', 'FL', 'Miami', '33126', '7200 NW 19th St'),
];

/** A suite number at a reshipper: each customer of theirs has one. */
export const suiteAt = (rng: Rng, r: Where): Where => ({
  ...r,
  line1: `${r.line1} Ste ${rng.pick(['', 'A', 'B', 'M'])}${rng.int(100, 99999)}`,
});

/** Where stolen goods are dropped: apartments and vacant houses in big metros. */
export const DROP_TOWNS: ReadonlyArray<readonly [string, string, string]> = [
  ['TX', 'Houston', '77072'],
  ['TX', 'Houston', '77099'],
  ['TX', 'Dallas', '75217'],
  ['GA', 'Atlanta', '30349'],
  ['NC', 'Charlotte', '28215'],
  ['IL', 'Chicago', '60628'],
  ['PA', 'Philadelphia', '19143'],
  ['FL', 'Orlando', '32811'],
  ['NJ', 'Newark', '07106'],
  ['MD', 'Baltimore', '21215'],
];

/** A drop address: an apartment or a house no one lives in. */
export function dropAddress(rng: Rng, state?: string): Where {
  const towns = DROP_TOWNS.filter(([s]) => state === undefined || s === state);
  const [st, city, postalCode] = rng.pick(towns.length > 0 ? towns : DROP_TOWNS);
  const line1 = rng.chance(0.6)
    ? `${rng.int(1000, 12999)} ${rng.pick(['Bellaire Blvd', 'Camp Creek Pkwy', 'W Fuqua St', 'Old National Hwy', 'Albemarle Rd'])} Apt ${rng.int(100, 2999)}`
    : streetLine(rng, 'US');
  return { country: 'US', state: st, city, postalCode, line1 };
}

/** Places in comprehensively sanctioned jurisdictions: only the sanctioned-country kind uses them. */
export const SANCTIONED_PLACES: readonly Where[] = [
  place('RU', 'MOW', 'Moscow', '119049', 'ul. Bolshaya Yakimanka 22'),
  place('RU', 'MOW', 'Moscow', '121099', 'Novinsky bulvar 8'),
  place('RU', 'SPE', 'Saint Petersburg', '197046', 'Kamennoostrovsky pr. 5'),
  place('RU', 'MOS', 'Krasnogorsk', '143401', 'ul. Kirova 12'),
  place('BY', 'HM', 'Minsk', '220030', 'pr. Nezavisimosti 11'),
  place('IR', 'THR', 'Tehran', '1986734581', 'Valiasr St, Zafaranieh'),
  place('CU', 'LH', 'La Habana', '10400', 'Calle 23 No. 1155, Vedado'),
  place('SY', 'DI', 'Damascus', '', 'Abu Rummaneh, Al-Jalaa St'),
];

/** Where a sanctioned place's buyer is, by UTC offset in June. */
export const SANCTIONED_TZ: Readonly<Record<string, number>> = { RU: 3, BY: 3, IR: 3.5, CU: -4, SY: 3 };
