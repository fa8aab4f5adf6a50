import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's customers, their recipients and its abroad buyers live: UK towns with postcode districts,
 * Irish towns with Eircode routing keys, and the places British expats live. Street names and house numbers
 * are drawn; no address is a real one on purpose.
 */

interface Town {
  city: string;
  /** Postcode districts (UK) or Eircode routing keys (IE); none where there is no postcode. */
  districts: readonly string[];
  weight: number;
}

const GB_TOWNS: readonly Town[] = [
  {
    city: 'London',
    districts: [
      'SW11',
      'SW18',
      'N1',
      'N16',
      'E17',
      'E8',
      'SE22',
      'SE15',
      'NW3',
      'NW6',
      'W5',
      'W4',
      'E14',
      'SW2',
    ],
    weight: 26,
  },
  { city: 'Manchester', districts: ['M20', 'M21', 'M14', 'M4'], weight: 5 },
  { city: 'Birmingham', districts: ['B15', 'B13', 'B17', 'B30'], weight: 5 },
  { city: 'Leeds', districts: ['LS6', 'LS8', 'LS17'], weight: 3 },
  { city: 'Bristol', districts: ['BS6', 'BS7', 'BS3', 'BS8'], weight: 3.5 },
  { city: 'Glasgow', districts: ['G12', 'G41', 'G11'], weight: 3 },
  { city: 'Edinburgh', districts: ['EH10', 'EH9', 'EH4', 'EH6'], weight: 3 },
  { city: 'Cardiff', districts: ['CF14', 'CF23', 'CF5'], weight: 2 },
  { city: 'Belfast', districts: ['BT9', 'BT4', 'BT7'], weight: 2 },
  { city: 'Brighton', districts: ['BN1', 'BN2', 'BN3'], weight: 2.5 },
  { city: 'Nottingham', districts: ['NG5', 'NG7', 'NG2'], weight: 2 },
  { city: 'Sheffield', districts: ['S11', 'S10', 'S7'], weight: 2 },
  { city: 'Newcastle upon Tyne', districts: ['NE2', 'NE3', 'NE6'], weight: 2 },
  { city: 'Liverpool', districts: ['L18', 'L17', 'L15'], weight: 2 },
  { city: 'Reading', districts: ['RG1', 'RG4', 'RG30'], weight: 2 },
  { city: 'Oxford', districts: ['OX4', 'OX2', 'OX3'], weight: 1.5 },
  { city: 'Cambridge', districts: ['CB1', 'CB4', 'CB2'], weight: 1.5 },
  { city: 'York', districts: ['YO24', 'YO31', 'YO10'], weight: 1.2 },
  { city: 'Guildford', districts: ['GU1', 'GU2', 'GU4'], weight: 1.5 },
  { city: 'St Albans', districts: ['AL1', 'AL3', 'AL4'], weight: 1.3 },
  { city: 'Norwich', districts: ['NR2', 'NR4', 'NR3'], weight: 1.2 },
  { city: 'Exeter', districts: ['EX4', 'EX2', 'EX1'], weight: 1 },
  { city: 'Southampton', districts: ['SO15', 'SO17', 'SO16'], weight: 1.5 },
  { city: 'Leicester', districts: ['LE2', 'LE3', 'LE5'], weight: 1.5 },
  { city: 'Aberdeen', districts: ['AB10', 'AB15', 'AB11'], weight: 1 },
  { city: 'Bath', districts: ['BA2', 'BA1'], weight: 1 },
  { city: 'Chelmsford', districts: ['CM1', 'CM2'], weight: 1.2 },
  { city: 'Milton Keynes', districts: ['MK9', 'MK10', 'MK5'], weight: 1.3 },
  { city: 'Harrogate', districts: ['HG1', 'HG2'], weight: 0.8 },
  { city: 'Tunbridge Wells', districts: ['TN1', 'TN2', 'TN4'], weight: 1 },
  { city: 'Sevenoaks', districts: ['TN13', 'TN14'], weight: 0.7 },
  { city: 'Swansea', districts: ['SA1', 'SA2'], weight: 0.9 },
  { city: 'Derby', districts: ['DE1', 'DE22', 'DE23'], weight: 1 },
  { city: 'Plymouth', districts: ['PL4', 'PL3'], weight: 0.9 },
  { city: 'Inverness', districts: ['IV2', 'IV3'], weight: 0.5 },
  { city: 'Truro', districts: ['TR1'], weight: 0.4 },
];

const IE_TOWNS: readonly Town[] = [
  {
    city: 'Dublin',
    districts: ['D04', 'D06', 'D08', 'D12', 'D14', 'D15', 'D18', 'D24', 'D6W', 'D09'],
    weight: 40,
  },
  { city: 'Cork', districts: ['T12', 'T23'], weight: 12 },
  { city: 'Galway', districts: ['H91'], weight: 7 },
  { city: 'Limerick', districts: ['V94'], weight: 5 },
  { city: 'Waterford', districts: ['X91'], weight: 3 },
  { city: 'Kilkenny', districts: ['R95'], weight: 2 },
  { city: 'Bray', districts: ['A98'], weight: 3 },
  { city: 'Naas', districts: ['W91'], weight: 3 },
  { city: 'Drogheda', districts: ['A92'], weight: 3 },
  { city: 'Sligo', districts: ['F91'], weight: 1.5 },
  { city: 'Killarney', districts: ['V93'], weight: 1.5 },
];

/** Places abroad where British expats live, with their UTC offset in December. */
export interface AbroadPlace {
  country: string;
  city: string;
  postal: () => string | undefined;
  tz: number;
  weight: number;
}

const digits = (n: number) => (rng: Rng) => rng.digits(n);

/** Expat countries: where British people abroad buy presents for family at home from. */
export const EXPAT_COUNTRIES: ReadonlyArray<{
  country: string;
  tz: number;
  weight: number;
  network: string;
}> = [
  { country: 'ES', tz: 1, weight: 22, network: 'es-broadband' },
  { country: 'FR', tz: 1, weight: 12, network: 'fr-broadband' },
  { country: 'PT', tz: 0, weight: 8, network: 'pt-broadband' },
  { country: 'AE', tz: 4, weight: 14, network: 'ae-broadband' },
  { country: 'AU', tz: 11, weight: 14, network: 'au-broadband' },
  { country: 'US', tz: -5, weight: 14, network: 'us-cable' },
  { country: 'CA', tz: -5, weight: 8, network: 'ca-broadband' },
  { country: 'HK', tz: 8, weight: 5, network: 'hk-broadband' },
  { country: 'SG', tz: 8, weight: 3, network: 'sg-broadband' },
];

const ABROAD_CITIES: Readonly<Record<string, ReadonlyArray<[string, (rng: Rng) => string | undefined]>>> = {
  ES: [
    ['Marbella', () => '29602'],
    ['Fuengirola', () => '29640'],
    ['Altea', () => '03590'],
    ['Jávea', () => '03730'],
    ['Madrid', (rng) => `280${rng.int(10, 50)}`],
  ],
  FR: [
    ['Paris', (rng) => `750${rng.int(10, 20)}`],
    ['Bordeaux', () => '33000'],
    ['Nice', () => '06000'],
    ['Annecy', () => '74000'],
  ],
  PT: [
    ['Lagos', () => '8600-315'],
    ['Lisbon', (rng) => `1${rng.int(100, 900)}-${rng.digits(3)}`],
    ['Tavira', () => '8800-412'],
  ],
  AE: [
    ['Dubai', () => undefined],
    ['Abu Dhabi', () => undefined],
  ],
  AU: [
    ['Sydney', (rng) => `20${rng.int(10, 99)}`],
    ['Melbourne', (rng) => `3${rng.int(100, 199)}`],
    ['Perth', (rng) => `60${rng.int(10, 99)}`],
    ['Brisbane', (rng) => `40${rng.int(10, 99)}`],
  ],
  US: [
    ['New York', (rng) => `100${rng.int(10, 40)}`],
    ['San Francisco', (rng) => `941${rng.int(10, 34)}`],
    ['Boston', (rng) => `021${rng.int(10, 40)}`],
    ['Chicago', (rng) => `606${rng.int(10, 60)}`],
  ],
  CA: [
    [
      'Toronto',
      (rng) =>
        `M${rng.int(4, 6)}${rng.pick(['R', 'V', 'W', 'P'])} ${rng.int(1, 9)}${rng.pick(['A', 'B', 'E', 'J'])}${rng.int(1, 9)}`,
    ],
    [
      'Vancouver',
      (rng) => `V6${rng.pick(['K', 'J', 'H'])} ${rng.int(1, 9)}${rng.pick(['A', 'B', 'N'])}${rng.int(1, 9)}`,
    ],
  ],
  HK: [['Hong Kong', () => undefined]],
  SG: [['Singapore', digits(6)]],
};

const STREETS = [
  'Church Road',
  'Station Road',
  'Victoria Street',
  'Park Avenue',
  'Queens Road',
  'Mill Lane',
  'The Crescent',
  'Kings Road',
  'Grove Road',
  'Manor Way',
  'Elm Close',
  'Highfield Road',
  'Albert Road',
  'Orchard Way',
  'London Road',
  'Windsor Avenue',
  'Beech Grove',
  'Chestnut Drive',
  'St Johns Road',
  'Meadow View',
  'Richmond Terrace',
  'Cromwell Road',
  'Salisbury Avenue',
  'Mayfield Gardens',
];

const IE_STREETS = [
  'Ranelagh Road',
  'Ashfield Park',
  'Seafield Avenue',
  'Main Street',
  'Castle Street',
  'Cherrywood Drive',
  'Hazel Grove',
  'Marine Parade',
  'Oaklands Crescent',
  'St Patricks Terrace',
  'Willow Park',
];

const ABROAD_STREETS = [
  'Calle Mayor',
  'Rue de la Paix',
  'Rua do Sol',
  'Marina Walk',
  'Ocean Street',
  'Queen Street',
];

/** Letters a UK inward code uses (no C, I, K, M, O, V). */
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ';
/** Characters of an Eircode's unique identifier. */
const EIR = '0123456789ACDEFHKNPRTVWXY';

const pickTown = (rng: Rng, towns: readonly Town[]): Town =>
  rng.weightedPick(towns.map((t) => [t, t.weight]));

/** A UK address: a house on a street in a weighted town, with a full postcode. */
export function gbAddress(rng: Rng, city?: string): Address {
  const town = (city && GB_TOWNS.find((t) => t.city === city)) || pickTown(rng, GB_TOWNS);
  const district = rng.pick(town.districts);
  return {
    country: 'GB',
    postalCode: `${district} ${rng.int(1, 9)}${rng.token(2, INWARD).toUpperCase()}`,
    city: town.city,
    line1: rng.chance(0.18)
      ? `Flat ${rng.int(1, 24)}, ${rng.int(2, 140)} ${rng.pick(STREETS)}`
      : `${rng.int(1, 220)} ${rng.pick(STREETS)}`,
  };
}

/** An Irish address with an Eircode. */
export function ieAddress(rng: Rng): Address {
  const town = pickTown(rng, IE_TOWNS);
  return {
    country: 'IE',
    postalCode: `${rng.pick(town.districts)} ${rng.token(4, EIR).toUpperCase()}`,
    city: town.city,
    line1: `${rng.int(1, 120)} ${rng.pick(IE_STREETS)}`,
  };
}

/** An address abroad, in one of the expat countries (or any listed one). */
export function abroadAddress(rng: Rng, country: string): Address {
  const cities = ABROAD_CITIES[country] ?? [['Capital', () => undefined] as const];
  const [city, postal] = rng.pick(cities);
  const postalCode = postal(rng);
  return {
    country,
    ...(postalCode ? { postalCode } : {}),
    city,
    line1: `${rng.int(1, 90)} ${rng.pick(ABROAD_STREETS)}`,
  };
}

/** An address in the market's country. */
export const homeAddress = (rng: Rng, country: string): Address =>
  country === 'GB' ? gbAddress(rng) : country === 'IE' ? ieAddress(rng) : abroadAddress(rng, country);

/** Addresses in sanctioned jurisdictions (sanctioned_country only). */
export function sanctionedAddress(rng: Rng, country: 'RU' | 'BY' | 'IR' | 'SY' | 'CU'): Address {
  const places: Record<typeof country, Array<[string, () => string]>> = {
    RU: [
      ['Moscow', () => `1${rng.int(1, 2)}${rng.digits(4)}`],
      ['Saint Petersburg', () => `19${rng.digits(4)}`],
      ['Kazan', () => `420${rng.digits(3)}`],
    ],
    BY: [
      ['Minsk', () => `220${rng.digits(3)}`],
      ['Grodno', () => `230${rng.digits(3)}`],
    ],
    IR: [
      ['Tehran', () => rng.digits(10)],
      ['Shiraz', () => rng.digits(10)],
    ],
    SY: [['Damascus', () => '']],
    CU: [['Havana', () => `10${rng.digits(3)}`]],
  };
  const streets: Record<typeof country, string[]> = {
    RU: ['ulitsa Lenina', 'Tverskaya ulitsa', 'Nevsky prospekt', 'ulitsa Baumana'],
    BY: ['prospekt Pobediteley', 'vulica Lienina', 'prospekt Nezavisimosti'],
    IR: ['Valiasr Street', 'Enghelab Street', 'Zand Boulevard'],
    SY: ['Baghdad Street', 'Abu Rummaneh'],
    CU: ['Calle 23', 'Calle Obispo'],
  };
  const [city, postal] = rng.pick(places[country]);
  const postalCode = postal();
  return {
    country,
    ...(postalCode ? { postalCode } : {}),
    city,
    line1: `${rng.int(1, 80)} ${rng.pick(streets[country])}`,
  };
}
