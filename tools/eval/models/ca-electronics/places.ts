import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's customers live: the thirteen provinces and territories with their December UTC offsets,
 * sales tax (HST, GST + QST/PST/RST, GST alone in Alberta and the North), whether an environmental handling fee
 * is charged on electronics, the share of orders, how many use the French storefront, cities with their forward
 * sortation areas, and rural or northern places. Also the Toronto-area stores for pickup, the drop addresses
 * reshippers use, and the places Canadians spend the holidays.
 */

export type Prov = 'ON' | 'QC' | 'BC' | 'AB' | 'MB' | 'SK' | 'NS' | 'NB' | 'NL' | 'PE' | 'YT' | 'NT' | 'NU';

export interface Place {
  city: string;
  fsa: readonly string[];
}

export interface Province {
  name: string;
  /** UTC offset in late December, hours. */
  tz: number;
  /** Combined sales tax on electronics. */
  tax: number;
  /** An environmental handling fee is added per device. */
  ehf: boolean;
  /** Share of the store's orders (weights). */
  share: number;
  /** Share of buyers on the French storefront. */
  french: number;
  cities: readonly Place[];
  rural: readonly Place[];
}

export const PROVINCES: Readonly<Record<Prov, Province>> = {
  ON: {
    name: 'Ontario',
    tz: -5,
    tax: 0.13,
    ehf: false,
    share: 42,
    french: 0.03,
    cities: [
      { city: 'Toronto', fsa: ['M5V', 'M4Y', 'M6K', 'M4C', 'M5R', 'M6H', 'M2N', 'M1B', 'M9W', 'M3C'] },
      { city: 'Mississauga', fsa: ['L5B', 'L5M', 'L4Z', 'L5N'] },
      { city: 'Brampton', fsa: ['L6P', 'L6Y', 'L6T'] },
      { city: 'Markham', fsa: ['L3R', 'L6C', 'L6E'] },
      { city: 'Ottawa', fsa: ['K1P', 'K2P', 'K1S', 'K2G', 'K1J'] },
      { city: 'Hamilton', fsa: ['L8P', 'L9A', 'L8L'] },
      { city: 'London', fsa: ['N6A', 'N6G', 'N5V'] },
      { city: 'Kitchener', fsa: ['N2G', 'N2M'] },
      { city: 'Waterloo', fsa: ['N2L', 'N2J'] },
      { city: 'Oakville', fsa: ['L6H', 'L6J'] },
      { city: 'Barrie', fsa: ['L4M', 'L4N'] },
      { city: 'Kingston', fsa: ['K7L', 'K7M'] },
      { city: 'Windsor', fsa: ['N9A', 'N8X'] },
      { city: 'Sudbury', fsa: ['P3E', 'P3A'] },
      { city: 'Thunder Bay', fsa: ['P7B', 'P7A'] },
    ],
    rural: [
      { city: 'Bancroft', fsa: ['K0L'] },
      { city: 'Elora', fsa: ['N0B'] },
      { city: 'Moosonee', fsa: ['P0L'] },
      { city: 'Tobermory', fsa: ['N0H'] },
    ],
  },
  QC: {
    name: 'Québec',
    tz: -5,
    tax: 0.14975,
    ehf: true,
    share: 17,
    french: 0.82,
    cities: [
      { city: 'Montréal', fsa: ['H2X', 'H2T', 'H3H', 'H1V', 'H4A', 'H2J', 'H3W'] },
      { city: 'Laval', fsa: ['H7N', 'H7T'] },
      { city: 'Québec', fsa: ['G1R', 'G1V', 'G2J'] },
      { city: 'Gatineau', fsa: ['J8X', 'J9H'] },
      { city: 'Longueuil', fsa: ['J4K', 'J4H'] },
      { city: 'Sherbrooke', fsa: ['J1H', 'J1J'] },
      { city: 'Trois-Rivières', fsa: ['G9A'] },
    ],
    rural: [
      { city: 'Rimouski', fsa: ['G5L'] },
      { city: 'Saint-Côme', fsa: ['J0K'] },
      { city: 'Chibougamau', fsa: ['G8P'] },
      { city: 'Îles-de-la-Madeleine', fsa: ['G4T'] },
    ],
  },
  BC: {
    name: 'British Columbia',
    tz: -8,
    tax: 0.12,
    ehf: true,
    share: 13,
    french: 0.01,
    cities: [
      { city: 'Vancouver', fsa: ['V6B', 'V5K', 'V6K', 'V5T', 'V6E'] },
      { city: 'Burnaby', fsa: ['V5H', 'V5A'] },
      { city: 'Surrey', fsa: ['V3T', 'V3S', 'V4N'] },
      { city: 'Richmond', fsa: ['V6X', 'V6Y'] },
      { city: 'Victoria', fsa: ['V8W', 'V8V'] },
      { city: 'Kelowna', fsa: ['V1Y', 'V1W'] },
      { city: 'Prince George', fsa: ['V2L'] },
    ],
    rural: [
      { city: 'Salt Spring Island', fsa: ['V8K'] },
      { city: 'Smithers', fsa: ['V0J'] },
      { city: 'Revelstoke', fsa: ['V0E'] },
    ],
  },
  AB: {
    name: 'Alberta',
    tz: -7,
    tax: 0.05,
    ehf: true,
    share: 12,
    french: 0.01,
    cities: [
      { city: 'Calgary', fsa: ['T2P', 'T3H', 'T2E', 'T3K', 'T2Z'] },
      { city: 'Edmonton', fsa: ['T5J', 'T6E', 'T5T', 'T6W'] },
      { city: 'Red Deer', fsa: ['T4N'] },
      { city: 'Lethbridge', fsa: ['T1J'] },
      { city: 'Fort McMurray', fsa: ['T9H'] },
    ],
    rural: [
      { city: 'Drumheller', fsa: ['T0J'] },
      { city: 'High Level', fsa: ['T0H'] },
      { city: 'Canmore', fsa: ['T1W'] },
    ],
  },
  MB: {
    name: 'Manitoba',
    tz: -6,
    tax: 0.12,
    ehf: true,
    share: 3.5,
    french: 0.03,
    cities: [
      { city: 'Winnipeg', fsa: ['R3C', 'R2M', 'R3T', 'R2V'] },
      { city: 'Brandon', fsa: ['R7A'] },
    ],
    rural: [
      { city: 'Thompson', fsa: ['R8N'] },
      { city: 'Gimli', fsa: ['R0C'] },
    ],
  },
  SK: {
    name: 'Saskatchewan',
    tz: -6,
    tax: 0.11,
    ehf: true,
    share: 3,
    french: 0.01,
    cities: [
      { city: 'Saskatoon', fsa: ['S7K', 'S7N', 'S7H'] },
      { city: 'Regina', fsa: ['S4P', 'S4S'] },
    ],
    rural: [
      { city: 'La Ronge', fsa: ['S0J'] },
      { city: 'Swift Current', fsa: ['S9H'] },
    ],
  },
  NS: {
    name: 'Nova Scotia',
    tz: -4,
    tax: 0.14,
    ehf: true,
    share: 3,
    french: 0.02,
    cities: [
      { city: 'Halifax', fsa: ['B3J', 'B3H', 'B3L'] },
      { city: 'Dartmouth', fsa: ['B2Y', 'B3A'] },
      { city: 'Sydney', fsa: ['B1P'] },
    ],
    rural: [
      { city: 'Lunenburg', fsa: ['B0J'] },
      { city: 'Antigonish', fsa: ['B2G'] },
    ],
  },
  NB: {
    name: 'New Brunswick',
    tz: -4,
    tax: 0.15,
    ehf: true,
    share: 2,
    french: 0.3,
    cities: [
      { city: 'Moncton', fsa: ['E1C', 'E1A'] },
      { city: 'Fredericton', fsa: ['E3B'] },
      { city: 'Saint John', fsa: ['E2L'] },
    ],
    rural: [
      { city: 'Caraquet', fsa: ['E1W'] },
      { city: 'Sussex', fsa: ['E4E'] },
    ],
  },
  NL: {
    name: 'Newfoundland and Labrador',
    tz: -3.5,
    tax: 0.15,
    ehf: true,
    share: 1.3,
    french: 0,
    cities: [
      { city: "St. John's", fsa: ['A1C', 'A1B', 'A1E'] },
      { city: 'Mount Pearl', fsa: ['A1N'] },
    ],
    rural: [
      { city: 'Gander', fsa: ['A1V'] },
      { city: 'Happy Valley-Goose Bay', fsa: ['A0P'] },
    ],
  },
  PE: {
    name: 'Prince Edward Island',
    tz: -4,
    tax: 0.15,
    ehf: true,
    share: 0.4,
    french: 0.02,
    cities: [{ city: 'Charlottetown', fsa: ['C1A', 'C1E'] }],
    rural: [{ city: 'Souris', fsa: ['C0A'] }],
  },
  YT: {
    name: 'Yukon',
    tz: -7,
    tax: 0.05,
    ehf: false,
    share: 0.2,
    french: 0.02,
    cities: [{ city: 'Whitehorse', fsa: ['Y1A'] }],
    rural: [{ city: 'Dawson City', fsa: ['Y0B'] }],
  },
  NT: {
    name: 'Northwest Territories',
    tz: -7,
    tax: 0.05,
    ehf: false,
    share: 0.2,
    french: 0.01,
    cities: [{ city: 'Yellowknife', fsa: ['X1A'] }],
    rural: [{ city: 'Inuvik', fsa: ['X0E'] }],
  },
  NU: {
    name: 'Nunavut',
    tz: -5,
    tax: 0.05,
    ehf: false,
    share: 0.1,
    french: 0.01,
    cities: [{ city: 'Iqaluit', fsa: ['X0A'] }],
    rural: [
      { city: 'Rankin Inlet', fsa: ['X0C'] },
      { city: 'Cambridge Bay', fsa: ['X0B'] },
    ],
  },
};

export const PROVINCE_CODES = Object.keys(PROVINCES) as Prov[];

/** The province a Canadian postal code belongs to, by its first letter (X: both territories of the Arctic). */
export function provinceOfPostal(postal: string): Prov | undefined {
  const f = postal.charAt(0);
  const by: Record<string, Prov> = {
    A: 'NL',
    B: 'NS',
    C: 'PE',
    E: 'NB',
    G: 'QC',
    H: 'QC',
    J: 'QC',
    K: 'ON',
    L: 'ON',
    M: 'ON',
    N: 'ON',
    P: 'ON',
    R: 'MB',
    S: 'SK',
    T: 'AB',
    V: 'BC',
    Y: 'YT',
  };
  if (f === 'X') return postal.startsWith('X1A') || postal.startsWith('X0E') ? 'NT' : 'NU';
  return by[f];
}

/** Canada Post leaves D, F, I, O, Q and U out of postal codes. */
const LDU_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

export const postalCode = (rng: Rng, fsa: string): string =>
  `${fsa} ${rng.int(0, 9)}${rng.token(1, LDU_LETTERS)}${rng.int(0, 9)}`;

const STREETS_EN = [
  'King St W',
  'Queen St E',
  'Dundas St W',
  'Bloor St W',
  'Yonge St',
  'Main St',
  'Maple Ave',
  'Oak Cres',
  'Lakeshore Blvd W',
  'Elm Dr',
  'Victoria Ave',
  'Churchill Ave',
  'Cedar Rd',
  'Park Ave',
  'Birch St',
  'Highland Rd',
  'Wellington St',
  '17 Ave SW',
  '104 St NW',
  'Portage Ave',
  'Granville St',
  'Commercial Dr',
  'Spring Garden Rd',
  'Water St',
];
const STREETS_FR = [
  'rue Saint-Denis',
  'boul. René-Lévesque O',
  'rue Sherbrooke E',
  'av. du Parc',
  'rue Principale',
  'boul. Saint-Laurent',
  'rue Notre-Dame O',
  'av. Cartier',
  'ch. Sainte-Foy',
  'rue des Érables',
  'boul. de la Concorde',
];

/** A street address: a unit now and then in the big cities, French street names in Québec. */
export function streetLine(rng: Rng, prov: Prov): string {
  const french = prov === 'QC' || (prov === 'NB' && rng.chance(0.3));
  const street = rng.pick(french ? STREETS_FR : STREETS_EN);
  const number = rng.chance(0.6) ? rng.int(1, 399) : rng.int(400, 9999);
  if (rng.chance(0.28))
    return french
      ? `${number}, ${street}, app. ${rng.int(1, 42)}`
      : `${rng.int(101, 3912)}-${number} ${street}`;
  return french ? `${number}, ${street}` : `${number} ${street}`;
}

/** A rural or northern line: a rural route, a concession road, a lot, or (in the North) a post office box. */
export function ruralLine(rng: Rng, prov: Prov): string {
  if (prov === 'NU' || prov === 'NT' || rng.chance(0.15)) return `PO Box ${rng.int(1, 2999)}`;
  if (prov === 'QC')
    return `${rng.int(10, 3999)}, ${rng.pick(['rang Saint-Joseph', 'route 132', 'ch. du Lac'])}`;
  return rng.pick([
    `RR ${rng.int(1, 6)}, ${rng.int(100, 9999)} Concession Rd ${rng.int(2, 14)}`,
    `${rng.int(100, 99999)} Highway ${rng.int(2, 117)}`,
    `Site ${rng.int(1, 40)}, Comp ${rng.int(1, 30)}, RR ${rng.int(1, 4)}`,
    `${rng.int(10, 950)} ${rng.pick(['Township Rd', 'Range Rd', 'Lakeview Rd', 'Sideroad'])} ${rng.int(10, 99)}`,
  ]);
}

export function cityAddress(rng: Rng, prov: Prov, place?: Place): Address {
  const p = place ?? rng.pick(PROVINCES[prov].cities);
  return {
    country: 'CA',
    postalCode: postalCode(rng, rng.pick(p.fsa)),
    city: p.city,
    line1: streetLine(rng, prov),
  };
}

export function ruralAddress(rng: Rng, prov: Prov): Address {
  const p = rng.pick(PROVINCES[prov].rural);
  return {
    country: 'CA',
    postalCode: postalCode(rng, rng.pick(p.fsa)),
    city: p.city,
    line1: ruralLine(rng, prov),
  };
}

/** The store's Toronto-area shops for pickup (all in Ontario, so pickup orders are taxed at 13 %). */
export const STORES = [
  { id: 'TOR-QUEEN', city: 'Toronto', postalCode: 'M5V 2A1' },
  { id: 'TOR-YONGE', city: 'Toronto', postalCode: 'M4Y 1X9' },
  { id: 'NYK-SHEP', city: 'Toronto', postalCode: 'M2N 6K1' },
  { id: 'SCB-TOWN', city: 'Toronto', postalCode: 'M1P 4P5' },
  { id: 'MIS-SQONE', city: 'Mississauga', postalCode: 'L5B 2C9' },
  { id: 'VAU-MILLS', city: 'Vaughan', postalCode: 'L4K 5W4' },
  { id: 'MAR-PAC', city: 'Markham', postalCode: 'L3R 9W5' },
  { id: 'BRA-BRAM', city: 'Brampton', postalCode: 'L6T 3R5' },
] as const;

/**
 * Where reshippers have parcels sent: mule apartments in the suburbs, self-storage and "logistics" units by the
 * airport, border-town mailbox shops, and addresses of people who bought cheap on Marketplace (triangulation).
 */
export const DROPS: readonly Address[] = [
  { country: 'CA', postalCode: 'L5T 2N7', city: 'Mississauga', line1: 'Unit 14, 6300 Kestrel Rd' },
  { country: 'CA', postalCode: 'L4T 1A8', city: 'Mississauga', line1: '3420 Wolfedale Rd, Unit 9' },
  { country: 'CA', postalCode: 'L6T 5E1', city: 'Brampton', line1: '8 Bramwin Crt, Unit 22' },
  { country: 'CA', postalCode: 'M1B 5L6', city: 'Toronto', line1: '1908-50 Tuxedo Crt' },
  { country: 'CA', postalCode: 'M9V 2Y3', city: 'Toronto', line1: '1104-25 Mount Olive Dr' },
  { country: 'CA', postalCode: 'L2E 6S5', city: 'Niagara Falls', line1: '4999 Victoria Ave, Box 418' },
  { country: 'CA', postalCode: 'N8W 5K5', city: 'Windsor', line1: '2865 Temple Dr, Suite 118' },
  { country: 'CA', postalCode: 'V3W 0C7', city: 'Surrey', line1: '12830 80 Ave, Unit 31' },
  { country: 'CA', postalCode: 'V6X 3L9', city: 'Richmond', line1: '13511 Crestwood Pl, Unit 7' },
  { country: 'CA', postalCode: 'H1G 3X3', city: 'Montréal', line1: '11850, boul. Pie-IX, app. 6' },
  { country: 'CA', postalCode: 'H4S 1R5', city: 'Saint-Laurent', line1: '2300, rue Cohen, local 104' },
  { country: 'CA', postalCode: 'T2E 8N4', city: 'Calgary', line1: '2880 Sunridge Way NE, Bay 3' },
];

/** Where Canadians spend the holidays, by the network country they would order from. */
export const AWAY = {
  US: [
    'Fort Lauderdale, FL',
    'Naples, FL',
    'Sarasota, FL',
    'Mesa, AZ',
    'Scottsdale, AZ',
    'Palm Springs, CA',
    'Orlando, FL',
  ],
  MX: ['Cancún', 'Puerto Vallarta', 'Mazatlán'],
  DO: ['Punta Cana'],
  GB: ['London'],
  FR: ['Paris'],
  AE: ['Dubai'],
  IN: ['Mumbai', 'Chandigarh', 'Hyderabad'],
  PH: ['Manila', 'Cebu'],
} as const;
