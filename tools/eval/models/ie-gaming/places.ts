import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where Pixel Harbour's customers live and where parcels go: Ireland (euros), Northern Ireland and Great Britain
 * (pounds, country `GB`), the rest of the EU (euros), places abroad where Irish emigrants and stolen-card
 * holders live, and the comprehensively sanctioned places only the sanctioned-country kind touches. Every
 * region's UTC offset is November's (Ireland and the UK are on GMT).
 */

/** Where a customer lives, as the shop's storefronts and prices see it. */
export type Region = 'IE' | 'NI' | 'GB' | 'EU';
export type Currency = 'EUR' | 'GBP';

export const currencyOf = (r: Region): Currency => (r === 'NI' || r === 'GB' ? 'GBP' : 'EUR');

export interface Place {
  country: string;
  city: string;
  /** UTC offset in November, hours. */
  tz: number;
  postal: (rng: Rng) => string | undefined;
  line1: (rng: Rng) => string;
}

const EIRCODE = 'ACDEFHKNPRTVWXY0123456789';
const UK_INWARD = 'ABDEFGHJLNPQRSTUWXYZ';

const eircode =
  (...keys: string[]) =>
  (rng: Rng) =>
    `${rng.pick(keys)} ${rng.token(4, EIRCODE)}`;
const ukPostcode =
  (...outward: string[]) =>
  (rng: Rng) =>
    `${rng.pick(outward)} ${rng.int(1, 9)}${rng.token(2, UK_INWARD)}`;
const digits =
  (from: number, to: number, width = 5) =>
  (rng: Rng) =>
    String(rng.int(from, to)).padStart(width, '0');

/** A house, an apartment or (in rural Ireland) a townland with no number at all. */
const irish =
  (streets: readonly string[], townlands: readonly string[] = []) =>
  (rng: Rng) => {
    const r = rng.next();
    if (townlands.length > 0 && r < 0.2) return rng.pick(townlands);
    if (r < 0.42) return `Apartment ${rng.int(1, 148)}, ${rng.pick(APARTMENT_BLOCKS)}`;
    return `${rng.int(1, 160)} ${rng.pick(streets)}`;
  };
const numberFirst = (streets: readonly string[]) => (rng: Rng) => `${rng.int(1, 220)} ${rng.pick(streets)}`;
const numberLast = (streets: readonly string[]) => (rng: Rng) => `${rng.pick(streets)} ${rng.int(1, 180)}`;

const APARTMENT_BLOCKS = [
  'The Maltings',
  'Hansfield Wood',
  'Belmayne Avenue',
  'Charlestown Place',
  'The Grange, Stillorgan Road',
  'Gateway Student Village',
  'Honeypark, Dún Laoghaire',
  'Parkgate Hall',
  'Elm Park Green',
  'Lancaster Hall',
];

const place = (
  country: string,
  city: string,
  tz: number,
  postal: Place['postal'],
  line1: Place['line1'],
): Place => ({ country, city, tz, postal, line1 });

/** Irish towns by share of the shop's Irish orders; border towns are listed in `BORDER_IE`. */
export const IE_PLACES: ReadonlyArray<readonly [Place, number]> = [
  [
    place(
      'IE',
      'Dublin',
      0,
      eircode(
        'D01',
        'D03',
        'D05',
        'D06',
        'D6W',
        'D07',
        'D08',
        'D09',
        'D11',
        'D12',
        'D13',
        'D14',
        'D15',
        'D16',
      ),
      irish([
        'Griffith Avenue',
        'Rathgar Road',
        'Sundrive Road',
        'Collins Avenue',
        'Tyrconnell Road',
        'Castle Avenue',
        'Navan Road',
        'Kimmage Road West',
        'Fortfield Road',
        "Harold's Cross Road",
        'Clonliffe Road',
        'Ballymun Road',
        'Ongar Village',
      ]),
    ),
    30,
  ],
  [
    place(
      'IE',
      'Dublin',
      0,
      eircode('D17', 'D18', 'D20', 'D22', 'D24'),
      irish(['Main Street, Tallaght', 'Old Bawn Road', 'Foxrock Avenue', 'Neilstown Road', 'Lucan Road']),
    ),
    8,
  ],
  [
    place(
      'IE',
      'Cork',
      0,
      eircode('T12', 'T23'),
      irish(
        ['Douglas Road', 'Blackrock Road', 'Model Farm Road', 'Summerhill North', 'Boreenmanna Road'],
        ['Ballinhassig', 'Carrigtwohill', 'Whitechurch'],
      ),
    ),
    11,
  ],
  [
    place(
      'IE',
      'Galway',
      0,
      eircode('H91'),
      irish(
        ['Newcastle Road', 'College Road', 'Knocknacarra Road', 'Renmore Avenue', 'Headford Road'],
        ['Barna', 'Moycullen', 'Claregalway'],
      ),
    ),
    6,
  ],
  [
    place(
      'IE',
      'Limerick',
      0,
      eircode('V94'),
      irish(['Ennis Road', 'Dooradoyle Road', "O'Connell Avenue", 'Castletroy Park'], ['Patrickswell']),
    ),
    5,
  ],
  [
    place(
      'IE',
      'Waterford',
      0,
      eircode('X91'),
      irish(['Cork Road', 'Dunmore Road', 'Johnstown'], ['Butlerstown']),
    ),
    3,
  ],
  [place('IE', 'Kilkenny', 0, eircode('R95'), irish(['Castlecomer Road', 'Loughboy'], ['Cuffesgrange'])), 2],
  [place('IE', 'Sligo', 0, eircode('F91'), irish(['Strandhill Road', 'Pearse Road'], ['Ballisodare'])), 1.5],
  [place('IE', 'Athlone', 0, eircode('N37'), irish(['Retreat Road', 'Monksland'], ['Kiltoom'])), 1.5],
  [place('IE', 'Drogheda', 0, eircode('A92'), irish(['Marsh Road', 'Rathmullen Park'], ['Termonfeckin'])), 2],
  [place('IE', 'Navan', 0, eircode('C15'), irish(['Trim Road', 'Athlumney Wood'], ['Johnstown Bridge'])), 2],
  [place('IE', 'Maynooth', 0, eircode('W23'), irish(['Moyglare Road', 'Straffan Road'], ['Kilcock'])), 1.5],
  [place('IE', 'Swords', 0, eircode('K67'), irish(['Forest Road', 'Applewood Heights'], ['Oldtown'])), 2.5],
  [place('IE', 'Bray', 0, eircode('A98'), irish(['Vevay Road', 'Novara Avenue'], ['Kilmacanogue'])), 2],
  [
    place('IE', 'Tralee', 0, eircode('V92'), irish(['Oakpark Road', 'Ballyard'], ['Ballyroe', 'Ardfert'])),
    1.2,
  ],
  [place('IE', 'Ennis', 0, eircode('V95'), irish(['Gort Road', 'Clonroad'], ['Barefield'])), 1.2],
  [
    place('IE', 'Wexford', 0, eircode('Y35'), irish(['Spawell Road', 'Clonard Village'], ['Murrintown'])),
    1.2,
  ],
];

/** Towns on the Irish side of the border, where people bank, work and shop on both sides. */
export const BORDER_IE: readonly Place[] = [
  place('IE', 'Dundalk', 0, eircode('A91'), irish(['Avenue Road', 'Castletown Road'], ['Ravensdale'])),
  place('IE', 'Letterkenny', 0, eircode('F92'), irish(['Port Road', 'Ballyraine'], ['Newmills'])),
  place('IE', 'Buncrana', 0, eircode('F93'), irish(['Cockhill Road', 'Swilly View'], ['Ballymagan'])),
  place('IE', 'Lifford', 0, eircode('F93'), irish(['Main Street'], ['Murlog'])),
  place('IE', 'Monaghan', 0, eircode('H18'), irish(['Clones Road', 'Old Cross Square'], ['Tydavnet'])),
  place('IE', 'Cavan', 0, eircode('H12'), irish(['Dublin Road', 'Cathedral Road'], ['Butlersbridge'])),
];

/** Towns on the Northern Irish side of the border. */
export const BORDER_NI: readonly Place[] = [
  place(
    'GB',
    'Newry',
    0,
    ukPostcode('BT34', 'BT35'),
    numberFirst(['Warrenpoint Road', 'Hill Street', 'Armagh Road']),
  ),
  place(
    'GB',
    'Londonderry',
    0,
    ukPostcode('BT47', 'BT48'),
    numberFirst(['Culmore Road', 'Strand Road', 'Limavady Road']),
  ),
  place('GB', 'Strabane', 0, ukPostcode('BT82'), numberFirst(['Derry Road', 'Bowling Green'])),
  place('GB', 'Enniskillen', 0, ukPostcode('BT74'), numberFirst(['Derrin Road', 'Tempo Road'])),
  place('GB', 'Armagh', 0, ukPostcode('BT60', 'BT61'), numberFirst(['Portadown Road', 'Killylea Road'])),
];

export const NI_PLACES: ReadonlyArray<readonly [Place, number]> = [
  [
    place(
      'GB',
      'Belfast',
      0,
      ukPostcode('BT4', 'BT5', 'BT6', 'BT7', 'BT9', 'BT11', 'BT12', 'BT14', 'BT15'),
      numberFirst([
        'Lisburn Road',
        'Ormeau Road',
        'Antrim Road',
        'Falls Road',
        'Castlereagh Street',
        'Upper Newtownards Road',
      ]),
    ),
    40,
  ],
  [
    place(
      'GB',
      'Lisburn',
      0,
      ukPostcode('BT27', 'BT28'),
      numberFirst(['Hillsborough Road', 'Knockmore Road']),
    ),
    8,
  ],
  [
    place('GB', 'Bangor', 0, ukPostcode('BT19', 'BT20'), numberFirst(['Donaghadee Road', 'Clandeboye Road'])),
    6,
  ],
  [
    place('GB', 'Coleraine', 0, ukPostcode('BT51', 'BT52'), numberFirst(['Mountsandel Road', 'Lodge Road'])),
    4,
  ],
  [place('GB', 'Omagh', 0, ukPostcode('BT78', 'BT79'), numberFirst(['Killyclogher Road', 'Dublin Road'])), 4],
  [
    place('GB', 'Portadown', 0, ukPostcode('BT62', 'BT63'), numberFirst(['Gilford Road', 'Garvaghy Road'])),
    5,
  ],
  ...BORDER_NI.map((p) => [p, 6] as const),
];

export const GB_PLACES: ReadonlyArray<readonly [Place, number]> = [
  [
    place(
      'GB',
      'London',
      0,
      ukPostcode('SW11', 'SE15', 'E14', 'N7', 'NW6', 'W12', 'E17', 'SW2', 'N16', 'SE22', 'NW10'),
      numberFirst([
        'Kilburn High Road',
        'Lavender Hill',
        'Rye Lane',
        'Holloway Road',
        'Uxbridge Road',
        'Hoe Street',
      ]),
    ),
    30,
  ],
  [
    place(
      'GB',
      'Manchester',
      0,
      ukPostcode('M14', 'M20', 'M4', 'M16'),
      numberFirst(['Wilmslow Road', 'Burton Road']),
    ),
    9,
  ],
  [
    place(
      'GB',
      'Birmingham',
      0,
      ukPostcode('B15', 'B29', 'B13'),
      numberFirst(['Bristol Road', 'Moseley Road']),
    ),
    8,
  ],
  [
    place(
      'GB',
      'Glasgow',
      0,
      ukPostcode('G12', 'G41', 'G31', 'G3'),
      numberFirst(['Byres Road', 'Pollokshaws Road']),
    ),
    7,
  ],
  [
    place(
      'GB',
      'Liverpool',
      0,
      ukPostcode('L15', 'L17', 'L8'),
      numberFirst(['Smithdown Road', 'Aigburth Road']),
    ),
    6,
  ],
  [
    place('GB', 'Leeds', 0, ukPostcode('LS6', 'LS8', 'LS11'), numberFirst(['Otley Road', 'Roundhay Road'])),
    5,
  ],
  [
    place(
      'GB',
      'Bristol',
      0,
      ukPostcode('BS6', 'BS3', 'BS7'),
      numberFirst(['Gloucester Road', 'North Street']),
    ),
    5,
  ],
  [
    place('GB', 'Edinburgh', 0, ukPostcode('EH6', 'EH7', 'EH10'), numberFirst(['Leith Walk', 'Easter Road'])),
    5,
  ],
  [
    place(
      'GB',
      'Cardiff',
      0,
      ukPostcode('CF10', 'CF24', 'CF14'),
      numberFirst(['City Road', 'Whitchurch Road']),
    ),
    4,
  ],
  [
    place(
      'GB',
      'Newcastle upon Tyne',
      0,
      ukPostcode('NE2', 'NE6'),
      numberFirst(['Osborne Road', 'Shields Road']),
    ),
    4,
  ],
];

export const EU_PLACES: ReadonlyArray<readonly [Place, number]> = [
  [
    place(
      'DE',
      'Berlin',
      1,
      digits(10115, 14199),
      numberLast(['Kastanienallee', 'Sonnenallee', 'Schönhauser Allee']),
    ),
    10,
  ],
  [place('DE', 'München', 1, digits(80331, 81929), numberLast(['Leopoldstraße', 'Lindwurmstraße'])), 6],
  [place('DE', 'Hamburg', 1, digits(20095, 22769), numberLast(['Osterstraße', 'Mühlenkamp'])), 6],
  [
    place(
      'FR',
      'Paris',
      1,
      digits(75001, 75020),
      numberFirst(['rue Oberkampf', 'rue de Charonne', 'avenue Parmentier']),
    ),
    10,
  ],
  [place('FR', 'Lyon', 1, digits(69001, 69009), numberFirst(['rue Paul Bert', 'cours Gambetta'])), 6],
  [
    place(
      'NL',
      'Amsterdam',
      1,
      (rng) => `${rng.int(1011, 1109)} ${rng.token(2, 'ABCEGHJKLMNPRSTVWXZ')}`,
      numberLast(['Kinkerstraat', 'Javastraat']),
    ),
    9,
  ],
  [
    place(
      'NL',
      'Rotterdam',
      1,
      (rng) => `${rng.int(3011, 3089)} ${rng.token(2, 'ABCEGHJKLMNPRSTVWXZ')}`,
      numberLast(['Witte de Withstraat']),
    ),
    5,
  ],
  [
    place(
      'ES',
      'Madrid',
      1,
      digits(28001, 28055),
      (rng) => `Calle de Alcalá ${rng.int(1, 400)}, ${rng.int(1, 8)}º`,
    ),
    7,
  ],
  [
    place(
      'ES',
      'Barcelona',
      1,
      digits(8001, 8042),
      (rng) => `Carrer de Mallorca ${rng.int(1, 500)}, ${rng.int(1, 6)}º`,
    ),
    5,
  ],
  [place('IT', 'Milano', 1, digits(20121, 20162), (rng) => `Via Padova ${rng.int(1, 300)}`), 5],
  [place('IT', 'Roma', 1, digits(118, 199), (rng) => `Via Tuscolana ${rng.int(1, 900)}`), 5],
  [
    place(
      'PL',
      'Warszawa',
      1,
      (rng) => `0${rng.int(0, 4)}-${rng.digits(3)}`,
      (rng) => `ul. Marszałkowska ${rng.int(1, 150)}`,
    ),
    6,
  ],
  [
    place(
      'PL',
      'Kraków',
      1,
      (rng) => `3${rng.int(0, 1)}-${rng.digits(3)}`,
      (rng) => `ul. Długa ${rng.int(1, 90)}`,
    ),
    4,
  ],
  [place('BE', 'Bruxelles', 1, digits(1000, 1210, 4), numberFirst(['Rue Haute', "Chaussée d'Ixelles"])), 4],
  [place('BE', 'Antwerpen', 1, digits(2000, 2660, 4), numberLast(['Carnotstraat', 'Turnhoutsebaan'])), 2],
  [
    place(
      'PT',
      'Lisboa',
      0,
      (rng) => `1${rng.int(0, 9)}${rng.digits(2)}-${rng.digits(3)}`,
      (rng) => `Rua da Prata ${rng.int(1, 250)}`,
    ),
    5,
  ],
  [
    place(
      'SE',
      'Stockholm',
      1,
      (rng) => `1${rng.int(11, 18)} ${rng.digits(2)}`,
      numberLast(['Götgatan', 'Sveavägen']),
    ),
    5,
  ],
];

/** Where Irish emigrants (and travellers) buy from: the buyer's own hours there. */
export const ABROAD: readonly Place[] = [
  place('AU', 'Sydney', 11, digits(2000, 2234, 4), numberFirst(['Bondi Road', 'Parramatta Road'])),
  place('AU', 'Melbourne', 11, digits(3000, 3207, 4), numberFirst(['Sydney Road', 'Chapel Street'])),
  place('AU', 'Perth', 8, digits(6000, 6090, 4), numberFirst(['Beaufort Street', 'Scarborough Beach Road'])),
  place(
    'CA',
    'Toronto',
    -5,
    (rng) =>
      `M${rng.int(4, 6)}${rng.token(1, 'ABCEGHJKLMNPRSTVWXYZ')} ${rng.int(1, 9)}${rng.token(1, 'ABCEGHJKLMNPRSTVWXYZ')}${rng.int(1, 9)}`,
    numberFirst(['Queen Street West', 'Roncesvalles Avenue']),
  ),
  place(
    'CA',
    'Vancouver',
    -8,
    (rng) =>
      `V${rng.int(5, 6)}${rng.token(1, 'ABCEGHJKLMNPRSTVWXYZ')} ${rng.int(1, 9)}${rng.token(1, 'ABCEGHJKLMNPRSTVWXYZ')}${rng.int(1, 9)}`,
    numberFirst(['Commercial Drive', 'Main Street']),
  ),
  place(
    'US',
    'New York',
    -5,
    digits(10001, 10282),
    numberFirst(['W 47th Street', 'Woodside Avenue', 'Bainbridge Avenue']),
  ),
  place('US', 'Boston', -5, digits(2108, 2136), numberFirst(['Dorchester Avenue', 'Adams Street'])),
  place(
    'AE',
    'Dubai',
    4,
    () => undefined,
    (rng) =>
      `Apartment ${rng.int(101, 2409)}, ${rng.pick(['Marina Gate 2', 'JLT Cluster D', 'Al Barsha Heights'])}`,
  ),
];

/** Where card holders whose cards were stolen live (their billing address). */
export const US_HOLDERS: readonly Place[] = [
  place('US', 'Houston', -6, digits(77002, 77099), numberFirst(['Westheimer Road', 'Bellaire Boulevard'])),
  place('US', 'Phoenix', -7, digits(85003, 85054), numberFirst(['N 7th Street', 'E Camelback Road'])),
  place(
    'US',
    'Atlanta',
    -5,
    digits(30303, 30350),
    numberFirst(['Peachtree Street NE', 'Ponce De Leon Avenue']),
  ),
  place('US', 'Columbus', -5, digits(43201, 43235), numberFirst(['N High Street', 'E Broad Street'])),
  place('US', 'San Diego', -8, digits(92101, 92130), numberFirst(['University Avenue', 'Garnet Avenue'])),
  place('US', 'Tampa', -5, digits(33602, 33629), numberFirst(['Bayshore Boulevard', 'N Dale Mabry Highway'])),
  place('US', 'Denver', -7, digits(80202, 80239), numberFirst(['E Colfax Avenue', 'S Broadway'])),
];
export const CA_HOLDERS: readonly Place[] = [ABROAD[3] as Place, ABROAD[4] as Place];

/** Comprehensively sanctioned places (only the sanctioned-country kind touches them). */
export const SANCTIONED_PLACES = {
  IR: [
    place(
      'IR',
      'Tehran',
      3.5,
      (rng) => `1${rng.digits(9)}`,
      (rng) => `No. ${rng.int(1, 90)}, ${rng.pick(['Valiasr Street', 'Shariati Street', 'Pasdaran Avenue'])}`,
    ),
    place(
      'IR',
      'Isfahan',
      3.5,
      (rng) => `8${rng.digits(9)}`,
      (rng) => `No. ${rng.int(1, 60)}, Chaharbagh Street`,
    ),
    place(
      'IR',
      'Mashhad',
      3.5,
      (rng) => `9${rng.digits(9)}`,
      (rng) => `No. ${rng.int(1, 80)}, Ahmadabad Street`,
    ),
  ],
  SY: [
    place(
      'SY',
      'Damascus',
      3,
      () => undefined,
      (rng) => `${rng.pick(['Al-Mazzeh', 'Abu Rummaneh', 'Baramkeh'])}, building ${rng.int(1, 40)}`,
    ),
    place(
      'SY',
      'Aleppo',
      3,
      () => undefined,
      (rng) => `Al-Furqan, building ${rng.int(1, 60)}`,
    ),
  ],
  CU: [
    place(
      'CU',
      'La Habana',
      -5,
      digits(10400, 10700),
      (rng) => `Calle ${rng.int(1, 30)} No. ${rng.int(100, 999)}, Vedado`,
    ),
    place(
      'CU',
      'Santiago de Cuba',
      -5,
      digits(90100, 90900),
      (rng) => `Calle Enramadas No. ${rng.int(1, 500)}`,
    ),
  ],
} as const;

/** Where a Turkish or Emirati card used by an Iranian or Syrian buyer is billed when not at home. */
export const GULF_AND_TURKEY: readonly Place[] = [
  ABROAD[7] as Place,
  place(
    'TR',
    'İstanbul',
    3,
    digits(34000, 34990),
    (rng) => `${rng.pick(['Bağdat Caddesi', 'İstiklal Caddesi'])} No: ${rng.int(1, 300)}`,
  ),
  place('TR', 'Van', 3, digits(65000, 65300), (rng) => `Cumhuriyet Caddesi No: ${rng.int(1, 120)}`),
];

/** The three shops that hand over click-and-collect orders, and their opening hours (local). */
export type ShopId = 'dublin' | 'cork' | 'galway';
export const SHOPS: Readonly<
  Record<ShopId, { address: Address; city: string; opens: number; closes: number }>
> = {
  dublin: {
    city: 'Dublin',
    address: { country: 'IE', city: 'Dublin', postalCode: 'D01 K5P8', line1: '41 Henry Street' },
    opens: 9,
    closes: 20,
  },
  cork: {
    city: 'Cork',
    address: { country: 'IE', city: 'Cork', postalCode: 'T12 X2F3', line1: '88 Patrick Street' },
    opens: 9,
    closes: 19,
  },
  galway: {
    city: 'Galway',
    address: { country: 'IE', city: 'Galway', postalCode: 'H91 E2W6', line1: '15 Shop Street' },
    opens: 9,
    closes: 19,
  },
};

export const addressAt = (rng: Rng, p: Place): Address => {
  const postalCode = p.postal(rng);
  return { country: p.country, ...(postalCode ? { postalCode } : {}), city: p.city, line1: p.line1(rng) };
};

/** A place of a region, by its share of that region's orders. */
export function placeIn(rng: Rng, region: Region): Place {
  const table =
    region === 'IE' ? IE_PLACES : region === 'NI' ? NI_PLACES : region === 'GB' ? GB_PLACES : EU_PLACES;
  return rng.weightedPick(table);
}

/** The shop nearest an Irish address (the one a customer collects from). */
export function nearestShop(city: string): ShopId {
  if (['Cork', 'Tralee', 'Waterford', 'Limerick', 'Ennis'].includes(city)) return 'cork';
  if (['Galway', 'Sligo', 'Athlone'].includes(city)) return 'galway';
  return 'dublin';
}
