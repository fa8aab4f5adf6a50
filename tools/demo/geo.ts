import { type Random } from './random.js';

export interface Address {
  country: string;
  countryName: string;
  postalCode: string;
  city: string;
  line1: string;
}

interface CountryInfo {
  name: string;
  /** Public IPv4 blocks that geoip-country (GeoLite2) places in this country: [first address, prefix length]. */
  ipBlocks: Array<[string, number]>;
  cities: Array<[city: string, postalCode: string]>;
  streets: string[];
}

/**
 * Where the simulated store's customers and fraudsters are. IP blocks are real allocations of large national
 * ISPs (checked against the geoip-country data Vigil uses), so Vigil's IP-country signals see what a real
 * store would.
 */
export const COUNTRIES: Record<string, CountryInfo> = {
  IE: {
    name: 'Ireland',
    ipBlocks: [['87.32.0.0', 12]],
    cities: [
      ['Dublin', 'D02 X285'],
      ['Cork', 'T12 YX80'],
      ['Galway', 'H91 E2K3'],
      ['Limerick', 'V94 T9PX'],
    ],
    streets: ['Main St', 'Oliver Plunkett St', 'Shop St', "O'Connell St"],
  },
  DE: {
    name: 'Germany',
    ipBlocks: [['91.0.0.0', 10]],
    cities: [
      ['Berlin', '10115'],
      ['Hamburg', '20095'],
      ['München', '80331'],
      ['Köln', '50667'],
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Schillerstraße'],
  },
  FR: {
    name: 'France',
    ipBlocks: [['86.192.0.0', 12]],
    cities: [
      ['Paris', '75011'],
      ['Lyon', '69002'],
      ['Marseille', '13001'],
      ['Lille', '59000'],
    ],
    streets: ['Rue de la Paix', 'Avenue Jean Jaurès', 'Rue Victor Hugo', 'Boulevard Voltaire'],
  },
  GB: {
    name: 'United Kingdom',
    ipBlocks: [['86.128.0.0', 10]],
    cities: [
      ['London', 'EC1A 1BB'],
      ['Manchester', 'M1 1AE'],
      ['Leeds', 'LS1 4DY'],
      ['Bristol', 'BS1 4ST'],
    ],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road'],
  },
  NL: {
    name: 'Netherlands',
    ipBlocks: [['84.104.0.0', 14]],
    cities: [
      ['Amsterdam', '1012 JS'],
      ['Rotterdam', '3011 AD'],
      ['Utrecht', '3511 LX'],
    ],
    streets: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg'],
  },
  ES: {
    name: 'Spain',
    ipBlocks: [['83.32.0.0', 11]],
    cities: [
      ['Madrid', '28013'],
      ['Barcelona', '08002'],
      ['Valencia', '46002'],
    ],
    streets: ['Calle Mayor', 'Gran Vía', 'Calle del Sol'],
  },
  IT: {
    name: 'Italy',
    ipBlocks: [['79.0.0.0', 10]],
    cities: [
      ['Roma', '00184'],
      ['Milano', '20121'],
      ['Torino', '10121'],
    ],
    streets: ['Via Roma', 'Via Garibaldi', 'Corso Italia'],
  },
  SE: {
    name: 'Sweden',
    ipBlocks: [['90.224.0.0', 12]],
    cities: [
      ['Stockholm', '111 20'],
      ['Göteborg', '411 01'],
      ['Malmö', '211 20'],
    ],
    streets: ['Storgatan', 'Drottninggatan', 'Kungsgatan'],
  },
  PL: {
    name: 'Poland',
    ipBlocks: [['83.0.0.0', 11]],
    cities: [
      ['Warszawa', '00-001'],
      ['Kraków', '31-001'],
      ['Gdańsk', '80-001'],
    ],
    streets: ['ul. Marszałkowska', 'ul. Długa', 'ul. Floriańska'],
  },
  US: {
    name: 'United States',
    ipBlocks: [['73.0.0.0', 8]],
    cities: [
      ['New York', '10001'],
      ['Chicago', '60601'],
      ['Seattle', '98101'],
      ['Austin', '73301'],
    ],
    streets: ['Broadway', 'Main Street', 'Oak Avenue', 'Maple Drive'],
  },
  // Where the simulated fraudsters connect from and ship to (drops, reshippers).
  VN: {
    name: 'Vietnam',
    ipBlocks: [['113.160.0.0', 11]],
    cities: [
      ['Ho Chi Minh City', '700000'],
      ['Hanoi', '100000'],
    ],
    streets: ['Nguyen Hue', 'Le Loi'],
  },
  ID: {
    name: 'Indonesia',
    ipBlocks: [['36.64.0.0', 11]],
    cities: [
      ['Jakarta', '10110'],
      ['Surabaya', '60111'],
    ],
    streets: ['Jalan Sudirman', 'Jalan Thamrin'],
  },
  NG: {
    name: 'Nigeria',
    ipBlocks: [['102.88.0.0', 14]],
    cities: [
      ['Lagos', '100221'],
      ['Abuja', '900211'],
    ],
    streets: ['Broad Street', 'Awolowo Road'],
  },
  PH: {
    name: 'Philippines',
    ipBlocks: [['112.198.0.0', 16]],
    cities: [
      ['Manila', '1000'],
      ['Cebu City', '6000'],
    ],
    streets: ['Rizal Avenue', 'Ayala Avenue'],
  },
  RO: {
    name: 'Romania',
    ipBlocks: [['86.120.0.0', 14]],
    cities: [
      ['București', '010011'],
      ['Cluj-Napoca', '400001'],
    ],
    streets: ['Strada Lipscani', 'Calea Victoriei'],
  },
  IN: {
    name: 'India',
    ipBlocks: [['117.192.0.0', 10]],
    cities: [
      ['Mumbai', '400001'],
      ['Bengaluru', '560001'],
    ],
    streets: ['MG Road', 'Linking Road'],
  },
  // Sanctioned countries many stores block outright; the demo puts them on the blocked_countries list.
  KP: {
    name: "Korea, Democratic People's Republic of",
    ipBlocks: [['175.45.176.0', 22]],
    cities: [['Pyongyang', '999093']],
    streets: ['Sungri Street'],
  },
  IR: {
    name: 'Iran',
    ipBlocks: [['2.176.0.0', 12]],
    cities: [
      ['Tehran', '11369'],
      ['Isfahan', '81465'],
    ],
    streets: ['Valiasr Street', 'Enghelab Street'],
  },
};

export const HOME_COUNTRIES = ['IE', 'DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'SE', 'PL', 'US'] as const;
export const FRAUD_COUNTRIES = ['VN', 'ID', 'NG', 'PH', 'RO', 'IN'] as const;
export const BLOCKED_COUNTRIES = ['KP', 'IR'] as const;

const toInt = (ip: string): number => ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
const toIp = (n: number): string => [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');

/** A host address inside one of the country's blocks (never the network or broadcast address). */
export function ipIn(random: Random, country: string): string {
  const [base, bits] = random.pick(info(country).ipBlocks);
  const size = 2 ** (32 - bits);
  return toIp(toInt(base) + random.int(1, size - 2));
}

export function addressIn(random: Random, country: string): Address {
  const c = info(country);
  const [city, postalCode] = random.pick(c.cities);
  return {
    country,
    countryName: c.name,
    city,
    postalCode,
    line1: `${random.int(1, 180)} ${random.pick(c.streets)}`,
  };
}

function info(country: string): CountryInfo {
  const found = COUNTRIES[country];
  if (!found) throw new Error(`no demo data for country ${country}`);
  return found;
}
