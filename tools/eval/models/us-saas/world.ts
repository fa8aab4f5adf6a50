import geoip from 'geoip-country';
import { type Card, DAY, type Device, HOUR, localHour, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The world of "Frameloop", a US (Austin, Texas) maker of design and video tools for creators and small teams:
 * where its buyers live (time zone, currency, tax, cities), the networks they come from, the cards they hold,
 * the calendar of the Black Friday / Cyber Monday annual-plan sale and the catalogue.
 */

// ---------------------------------------------------------------------------------------------------------
// Calendar

/** Friday 20 November 2026, 00:00 UTC: a week before Black Friday (27 Nov) to the Friday after Cyber Monday. */
export const START = Date.UTC(2026, 10, 20);
export const DAYS = 14;

/** How busy each day of the window is: the sale opens early on Thanksgiving, peaks Friday and Monday. */
const DAY_WEIGHT = [1, 0.8, 0.8, 1, 1.1, 1.2, 1.6, 2.6, 2.1, 1.9, 2.8, 1.7, 1, 0.9];

/** A buyer's activity by local hour: low at night, a working-day plateau, an evening peak. */
const HOUR_WEIGHT = [
  0.15, 0.1, 0.07, 0.05, 0.05, 0.08, 0.2, 0.4, 0.7, 0.9, 1, 1, 0.95, 1, 1, 0.95, 0.9, 0.85, 0.9, 1, 1, 0.9,
  0.6, 0.3,
];

/** A moment in the window, weighted by the sale's days and the buyer's local hour (`tz`, hours from UTC). */
export function saleMoment(rng: Rng, w: Window, tz: number, hours: readonly number[] = HOUR_WEIGHT): number {
  const span = w.end - w.start;
  for (let i = 0; i < 400; i++) {
    const t = w.start + rng.next() * span;
    const day = Math.min(DAY_WEIGHT.length - 1, Math.floor((t - w.start) / DAY));
    const weight = ((DAY_WEIGHT[day] ?? 1) / 2.8) * (hours[Math.floor(localHour(t, tz))] ?? 0.5);
    if (rng.chance(weight)) return Math.floor(t);
  }
  return Math.floor(w.start + rng.next() * span);
}

/** Office hours on weekdays (companies, invoices). */
export const OFFICE_HOURS = HOUR_WEIGHT.map((_, h) => (h >= 8 && h < 18 ? 1 : 0.02));
/** Card testers and farms run scripts around the clock, a little more at the buyer side's night. */
export const SCRIPT_HOURS = HOUR_WEIGHT.map((_, h) => (h < 6 ? 1 : 0.5));

// ---------------------------------------------------------------------------------------------------------
// Places

export type Currency = 'USD' | 'EUR' | 'GBP';

export interface Place {
  country: string;
  /** UTC offset in late November (the US spread over its zones by `zones`). */
  tz: number;
  zones?: readonly number[];
  currency: Currency;
  /** VAT or GST the store charges consumers there, percent (US sales tax: `salesTax`). */
  vat: number;
  /** Share of honest self-serve buyers. */
  weight: number;
  locale: string;
  cities: ReadonlyArray<readonly [string, string]>;
  /** Consumer e-mail domains people there use. */
  mail: readonly string[];
  /** University domains (students, teachers). */
  edu?: readonly string[];
}

const COMMON_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me'];

export const PLACES: Readonly<Record<string, Place>> = {
  US: {
    country: 'US',
    tz: -5,
    zones: [-5, -5, -5, -6, -6, -7, -8, -8],
    currency: 'USD',
    vat: 0,
    weight: 36,
    locale: 'en-US',
    cities: [
      ['New York', '10013'],
      ['Brooklyn', '11211'],
      ['Los Angeles', '90026'],
      ['Austin', '78704'],
      ['Chicago', '60622'],
      ['Seattle', '98122'],
      ['Atlanta', '30307'],
      ['Denver', '80205'],
      ['Portland', '97214'],
      ['Miami', '33137'],
      ['Nashville', '37206'],
      ['San Francisco', '94110'],
    ],
    mail: [...COMMON_MAIL, 'comcast.net', 'aol.com'],
    edu: ['stanford.edu', 'berkeley.edu', 'umich.edu', 'princeton.edu', 'ucla.edu'],
  },
  CA: {
    country: 'CA',
    tz: -5,
    zones: [-5, -5, -8, -7],
    currency: 'USD',
    vat: 13,
    weight: 5,
    locale: 'en-CA',
    cities: [
      ['Toronto', 'M6J 1H4'],
      ['Montréal', 'H2T 1S1'],
      ['Vancouver', 'V5T 1R4'],
      ['Calgary', 'T2S 0J2'],
    ],
    mail: [...COMMON_MAIL, 'rogers.com'],
    edu: ['ubc.ca'],
  },
  GB: {
    country: 'GB',
    tz: 0,
    currency: 'GBP',
    vat: 20,
    weight: 9,
    locale: 'en-GB',
    cities: [
      ['London', 'E8 3PN'],
      ['Manchester', 'M4 1HN'],
      ['Bristol', 'BS1 5TR'],
      ['Glasgow', 'G3 7TA'],
      ['Leeds', 'LS6 1AD'],
    ],
    mail: [...COMMON_MAIL, 'btinternet.com', 'hotmail.co.uk'],
    edu: ['cam.ac.uk', 'ox.ac.uk'],
  },
  IE: {
    country: 'IE',
    tz: 0,
    currency: 'EUR',
    vat: 23,
    weight: 1.5,
    locale: 'en-IE',
    cities: [
      ['Dublin', 'D08 X2A3'],
      ['Cork', 'T12 K8AF'],
    ],
    mail: [...COMMON_MAIL, 'eircom.net'],
  },
  DE: {
    country: 'DE',
    tz: 1,
    currency: 'EUR',
    vat: 19,
    weight: 7,
    locale: 'de-DE',
    cities: [
      ['Berlin', '10997'],
      ['Hamburg', '20357'],
      ['München', '80469'],
      ['Köln', '50667'],
      ['Leipzig', '04107'],
    ],
    mail: [...COMMON_MAIL, 'gmx.de', 'web.de', 't-online.de'],
    edu: ['hu-berlin.de', 'lmu.de'],
  },
  FR: {
    country: 'FR',
    tz: 1,
    currency: 'EUR',
    vat: 20,
    weight: 5,
    locale: 'fr-FR',
    cities: [
      ['Paris', '75011'],
      ['Lyon', '69002'],
      ['Nantes', '44000'],
      ['Bordeaux', '33000'],
    ],
    mail: [...COMMON_MAIL, 'orange.fr', 'free.fr'],
  },
  NL: {
    country: 'NL',
    tz: 1,
    currency: 'EUR',
    vat: 21,
    weight: 3,
    locale: 'nl-NL',
    cities: [
      ['Amsterdam', '1016 AB'],
      ['Rotterdam', '3011 AD'],
      ['Utrecht', '3511 LN'],
    ],
    mail: [...COMMON_MAIL, 'ziggo.nl', 'kpnmail.nl'],
    edu: ['tudelft.nl'],
  },
  ES: {
    country: 'ES',
    tz: 1,
    currency: 'EUR',
    vat: 21,
    weight: 3,
    locale: 'es-ES',
    cities: [
      ['Madrid', '28004'],
      ['Barcelona', '08012'],
      ['Valencia', '46002'],
    ],
    mail: [...COMMON_MAIL, 'hotmail.es'],
  },
  IT: {
    country: 'IT',
    tz: 1,
    currency: 'EUR',
    vat: 22,
    weight: 3,
    locale: 'it-IT',
    cities: [
      ['Milano', '20121'],
      ['Roma', '00153'],
      ['Torino', '10121'],
    ],
    mail: [...COMMON_MAIL, 'libero.it'],
  },
  PL: {
    country: 'PL',
    tz: 1,
    currency: 'EUR',
    vat: 23,
    weight: 2,
    locale: 'pl-PL',
    cities: [
      ['Warszawa', '00-001'],
      ['Kraków', '31-007'],
      ['Wrocław', '50-001'],
    ],
    mail: [...COMMON_MAIL, 'wp.pl', 'o2.pl'],
  },
  BR: {
    country: 'BR',
    tz: -3,
    currency: 'USD',
    vat: 0,
    weight: 4,
    locale: 'pt-BR',
    cities: [
      ['São Paulo', '01310-100'],
      ['Rio de Janeiro', '22041-001'],
      ['Belo Horizonte', '30130-010'],
    ],
    mail: [...COMMON_MAIL, 'hotmail.com', 'uol.com.br'],
  },
  MX: {
    country: 'MX',
    tz: -6,
    currency: 'USD',
    vat: 0,
    weight: 2,
    locale: 'es-MX',
    cities: [
      ['Ciudad de México', '06700'],
      ['Guadalajara', '44100'],
      ['Monterrey', '64000'],
    ],
    mail: [...COMMON_MAIL, 'hotmail.com'],
  },
  AR: {
    country: 'AR',
    tz: -3,
    currency: 'USD',
    vat: 0,
    weight: 1,
    locale: 'es-AR',
    cities: [
      ['Buenos Aires', 'C1414'],
      ['Córdoba', 'X5000'],
    ],
    mail: [...COMMON_MAIL, 'hotmail.com'],
  },
  IN: {
    country: 'IN',
    tz: 5.5,
    currency: 'USD',
    vat: 0,
    weight: 5,
    locale: 'en-IN',
    cities: [
      ['Bengaluru', '560038'],
      ['Mumbai', '400050'],
      ['New Delhi', '110017'],
      ['Pune', '411001'],
      ['Hyderabad', '500081'],
    ],
    mail: [...COMMON_MAIL, 'rediffmail.com'],
  },
  PK: {
    country: 'PK',
    tz: 5,
    currency: 'USD',
    vat: 0,
    weight: 1,
    locale: 'en-PK',
    cities: [
      ['Lahore', '54000'],
      ['Karachi', '75500'],
    ],
    mail: COMMON_MAIL,
  },
  PH: {
    country: 'PH',
    tz: 8,
    currency: 'USD',
    vat: 0,
    weight: 2,
    locale: 'en-PH',
    cities: [
      ['Quezon City', '1100'],
      ['Makati', '1226'],
      ['Cebu City', '6000'],
    ],
    mail: COMMON_MAIL,
  },
  ID: {
    country: 'ID',
    tz: 7,
    currency: 'USD',
    vat: 0,
    weight: 1.5,
    locale: 'id-ID',
    cities: [
      ['Jakarta', '12190'],
      ['Bandung', '40115'],
      ['Yogyakarta', '55281'],
    ],
    mail: COMMON_MAIL,
  },
  NG: {
    country: 'NG',
    tz: 1,
    currency: 'USD',
    vat: 0,
    weight: 1,
    locale: 'en-NG',
    cities: [
      ['Lagos', '101241'],
      ['Abuja', '900211'],
    ],
    mail: COMMON_MAIL,
  },
  UA: {
    country: 'UA',
    tz: 2,
    currency: 'USD',
    vat: 0,
    weight: 1,
    locale: 'uk-UA',
    cities: [
      ['Kyiv', '01001'],
      ['Lviv', '79000'],
      ['Kharkiv', '61000'],
    ],
    mail: [...COMMON_MAIL, 'ukr.net'],
  },
  AU: {
    country: 'AU',
    tz: 11,
    currency: 'USD',
    vat: 10,
    weight: 3,
    locale: 'en-AU',
    cities: [
      ['Sydney', '2010'],
      ['Melbourne', '3065'],
      ['Brisbane', '4101'],
    ],
    mail: [...COMMON_MAIL, 'bigpond.com'],
  },
  JP: {
    country: 'JP',
    tz: 9,
    currency: 'USD',
    vat: 10,
    weight: 2,
    locale: 'ja-JP',
    cities: [
      ['Tokyo', '150-0001'],
      ['Osaka', '530-0001'],
    ],
    mail: [...COMMON_MAIL, 'yahoo.co.jp'],
  },
};

/** The US sales tax on software downloads and SaaS where the store is registered (percent), else none. */
export const SALES_TAX: Readonly<Record<string, number>> = {
  '10013': 8.875,
  '11211': 8.875,
  '78704': 8.25,
  '98122': 10.35,
  '60622': 0,
  '37206': 9.25,
};

export function zoneOf(rng: Rng, place: Place): number {
  return place.zones ? rng.pick(place.zones) : place.tz;
}

// ---------------------------------------------------------------------------------------------------------
// Networks

export type NetworkType = 'home' | 'mobile' | 'office' | 'campus' | 'hosting';

export interface Network {
  name: string;
  country: string;
  type: NetworkType;
  /** IPv4 blocks: the first address of a run of /24s and how many /24s. */
  v4: ReadonlyArray<readonly [string, number]>;
  /** IPv6 /32 prefixes (two groups). */
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  type: NetworkType,
  v4: ReadonlyArray<readonly [string, number]>,
  v6: readonly string[] = [],
): Network => ({ name, country, type, v4, v6 });

/**
 * Blocks were chosen from general knowledge of cable, fibre and DSL providers, mobile carriers (carrier-grade
 * NAT), business ISPs, universities and hosting providers used as VPN and proxy exits, then kept only where every
 * /24 located to the intended country with geoip-country. Names say what kind of network a block stands for.
 */
export const NETWORKS: readonly Network[] = [
  net(
    'us-cable',
    'US',
    'home',
    [
      ['73.32.0.0', 8192],
      ['98.192.0.0', 8192],
    ],
    ['2601:0'],
  ),
  net('us-fibre', 'US', 'home', [['108.0.0.0', 4096]], ['2600:1700']),
  net(
    'us-mobile',
    'US',
    'mobile',
    [
      ['172.56.0.0', 256],
      ['174.192.0.0', 16384],
    ],
    ['2600:387'],
  ),
  net('us-business', 'US', 'office', [
    ['12.162.237.0', 3075],
    ['12.160.0.0', 748],
  ]),
  net('us-campus', 'US', 'campus', [
    ['171.64.0.0', 1024],
    ['128.32.0.0', 256],
    ['141.211.0.0', 256],
    ['128.112.0.0', 256],
    ['164.67.0.0', 256],
  ]),
  net('us-hosting', 'US', 'hosting', [
    ['23.94.221.0', 111],
    ['107.172.150.0', 345],
    ['45.33.0.0', 128],
  ]),
  net(
    'ca-home',
    'CA',
    'home',
    [
      ['70.48.0.0', 2048],
      ['99.224.0.0', 8192],
    ],
    ['2607:fea8'],
  ),
  net('ca-campus', 'CA', 'campus', [['142.103.0.0', 256]]),
  net(
    'gb-home',
    'GB',
    'home',
    [
      ['86.128.0.0', 16384],
      ['81.96.0.0', 4096],
    ],
    ['2a00:23c0'],
  ),
  net('gb-mobile', 'GB', 'mobile', [['82.132.128.0', 128]]),
  net('gb-campus', 'GB', 'campus', [
    ['131.111.0.0', 256],
    ['163.1.0.0', 256],
  ]),
  net('gb-hosting', 'GB', 'hosting', [['185.199.220.0', 4]]),
  net('ie-home', 'IE', 'home', [['86.40.0.0', 2048]]),
  net(
    'de-home',
    'DE',
    'home',
    [
      ['91.64.0.0', 1024],
      ['84.128.0.0', 16384],
    ],
    ['2003:e0'],
  ),
  net('de-mobile', 'DE', 'mobile', [['80.187.0.0', 151]]),
  net('de-campus', 'DE', 'campus', [
    ['141.20.0.0', 256],
    ['129.187.0.0', 256],
  ]),
  net('de-hosting', 'DE', 'hosting', [
    ['5.9.0.0', 256],
    ['136.243.0.0', 256],
  ]),
  net(
    'fr-home',
    'FR',
    'home',
    [
      ['90.16.0.0', 4096],
      ['78.231.0.0', 6400],
    ],
    ['2a01:cb00'],
  ),
  net('fr-mobile', 'FR', 'mobile', [['37.164.0.0', 3072]]),
  net('fr-hosting', 'FR', 'hosting', [['51.15.128.0', 128]]),
  net('nl-home', 'NL', 'home', [['77.160.0.0', 4096]], ['2001:1c00']),
  net('nl-campus', 'NL', 'campus', [['131.180.0.0', 256]]),
  net('nl-hosting', 'NL', 'hosting', [
    ['185.107.56.0', 4],
    ['149.210.128.0', 128],
  ]),
  net('es-home', 'ES', 'home', [
    ['88.0.0.0', 4096],
    ['83.32.0.0', 8192],
  ]),
  net('it-home', 'IT', 'home', [
    ['79.0.0.0', 8192],
    ['93.32.0.0', 4096],
  ]),
  net('pl-home', 'PL', 'home', [
    ['83.0.0.0', 8192],
    ['89.64.0.0', 4096],
  ]),
  net(
    'br-home',
    'BR',
    'home',
    [
      ['177.37.44.0', 4017],
      ['189.2.0.0', 1648],
    ],
    ['2804:14c'],
  ),
  net('mx-home', 'MX', 'home', [['189.128.0.0', 16384]]),
  net('ar-home', 'AR', 'home', [['181.20.0.0', 3072]]),
  net('in-home', 'IN', 'home', [['117.192.0.0', 16384]], ['2409:4040']),
  net(
    'in-mobile',
    'IN',
    'mobile',
    [
      ['106.192.0.0', 8192],
      ['49.32.0.0', 4096],
    ],
    ['2401:4900'],
  ),
  net('pk-home', 'PK', 'home', [
    ['39.32.0.0', 8192],
    ['119.152.0.0', 2048],
  ]),
  net('ph-home', 'PH', 'home', [
    ['112.198.0.0', 256],
    ['112.200.0.0', 2048],
  ]),
  net('id-home', 'ID', 'home', [
    ['36.64.0.0', 8192],
    ['114.120.0.0', 2048],
  ]),
  net('ng-mobile', 'NG', 'mobile', [
    ['102.88.0.0', 1024],
    ['105.112.0.0', 4096],
  ]),
  net('ua-home', 'UA', 'home', [['178.150.0.0', 512]]),
  net(
    'au-home',
    'AU',
    'home',
    [
      ['101.167.216.0', 3965],
      ['101.160.0.0', 1970],
    ],
    ['2001:8003'],
  ),
  net('au-mobile', 'AU', 'mobile', [['1.128.0.0', 8192]]),
  net('jp-home', 'JP', 'home', [['153.128.0.0', 16384]], ['240b:10']),
  net('sg-hosting', 'SG', 'hosting', [
    ['128.199.64.0', 192],
    ['139.59.96.0', 32],
  ]),
  net('kz-home', 'KZ', 'home', [
    ['2.132.0.0', 1024],
    ['95.56.0.0', 1024],
  ]),
  net('tr-home', 'TR', 'home', [['78.160.0.0', 8192]]),
  net('ae-home', 'AE', 'home', [['94.200.0.0', 2048]]),
  net('ge-home', 'GE', 'home', [['31.146.0.0', 256]]),
  net('am-home', 'AM', 'home', [['37.252.64.0', 32]]),
  net('ru-home', 'RU', 'home', [
    ['95.24.0.0', 2048],
    ['5.18.0.0', 512],
  ]),
  net('by-home', 'BY', 'home', [['178.120.0.0', 2048]]),
  net('ir-home', 'IR', 'home', [
    ['2.176.0.0', 4096],
    ['5.112.0.0', 4096],
  ]),
  net('sy-home', 'SY', 'home', [
    ['5.0.0.0', 256],
    ['31.9.0.0', 256],
  ]),
  net('cu-home', 'CU', 'home', [
    ['152.206.0.0', 512],
    ['181.225.224.0', 32],
  ]),
  net('kp-home', 'KP', 'home', [['175.45.176.0', 4]]),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** The country's networks of a type, if it has any. */
export const networksOf = (country: string, type: NetworkType): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.type === type);

/** A host address in the network: IPv4, or IPv6 when asked and the network has a prefix. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [base, count] = rng.pick(n.v4);
  const [a = 0, b = 0, c = 0] = base.split('.').map(Number);
  const start = ((a << 24) >>> 0) + (b << 16) + (c << 8);
  const v = start + rng.int(0, count - 1) * 256 + rng.int(2, 253);
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

/** An address a buyer in `country` gets on a network of `type` (home when the country has none of that type). */
export function ipIn(rng: Rng, country: string, type: NetworkType, v6Share = 0.2): string {
  const found = networksOf(country, type);
  const n = rng.pick(
    found.length > 0 ? found : NETWORKS.filter((x) => x.country === country && x.type !== 'hosting'),
  );
  return address(rng, n, rng.chance(v6Share));
}

/** Where geoip-country places an address. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

/** Commercial VPN and privacy-relay exits people use (and fraudsters hide behind). */
export const VPN_EXITS = ['us-hosting', 'nl-hosting', 'de-hosting', 'gb-hosting', 'fr-hosting', 'sg-hosting'];

// ---------------------------------------------------------------------------------------------------------
// Cards

type Brand = 'visa' | 'mastercard' | 'amex' | 'discover';

/** BINs by issuing country and kind (this model's own lists). */
const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, Brand]>>> = {
  US: [
    ['414720', 'visa'],
    ['426684', 'visa'],
    ['440066', 'visa'],
    ['473702', 'visa'],
    ['517805', 'mastercard'],
    ['542418', 'mastercard'],
    ['379763', 'amex'],
    ['601100', 'discover'],
  ],
  CA: [
    ['450060', 'visa'],
    ['520588', 'mastercard'],
  ],
  GB: [
    ['465858', 'visa'],
    ['475129', 'visa'],
    ['535522', 'mastercard'],
  ],
  IE: [['489388', 'visa']],
  DE: [
    ['455600', 'visa'],
    ['522134', 'mastercard'],
  ],
  FR: [
    ['497010', 'visa'],
    ['513100', 'mastercard'],
  ],
  NL: [['454707', 'visa']],
  ES: [['454881', 'visa']],
  IT: [['531373', 'mastercard']],
  PL: [['425125', 'visa']],
  BR: [
    ['498408', 'visa'],
    ['552289', 'mastercard'],
  ],
  MX: [['477213', 'visa']],
  AR: [['450799', 'visa']],
  IN: [
    ['421323', 'visa'],
    ['524193', 'mastercard'],
  ],
  PK: [['428311', 'visa']],
  PH: [['437738', 'visa']],
  ID: [['461700', 'visa']],
  NG: [['539983', 'mastercard']],
  UA: [['414949', 'visa']],
  AU: [
    ['456471', 'visa'],
    ['516361', 'mastercard'],
  ],
  JP: [['356999', 'visa']],
  KZ: [['440563', 'visa']],
  TR: [['454360', 'visa']],
  AE: [['483558', 'visa']],
  AM: [['408306', 'visa']],
  GE: [['472384', 'visa']],
  LB: [['445551', 'visa']],
  RU: [
    ['427601', 'visa'],
    ['546901', 'mastercard'],
  ],
};

/** US corporate cards (agencies, companies). */
export const CORPORATE_BINS: ReadonlyArray<readonly [string, Brand]> = [
  ['371742', 'amex'],
  ['556763', 'mastercard'],
  ['485932', 'visa'],
];
/** Cards freelancers abroad get from payout platforms (US and Belgian virtual debit). */
export const PAYOUT_BINS: ReadonlyArray<readonly [string, Brand, string]> = [
  ['516648', 'mastercard', 'US'],
  ['533248', 'mastercard', 'US'],
  ['453961', 'visa', 'BE'],
];
/** US prepaid and virtual cards sold for cash or crypto (trial farms, testers). */
export const PREPAID_BINS: ReadonlyArray<readonly [string, Brand]> = [
  ['435880', 'visa'],
  ['511332', 'mastercard'],
  ['403446', 'visa'],
];

export function cardFrom(rng: Rng, bin: string, brand: string, country: string): Card {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(14)}` };
}

/** A card issued in `country` (a US one where the model has no BIN for the country). */
export function cardIn(rng: Rng, country: string): Card {
  const list = BINS[country] ?? BINS['US'] ?? [];
  const [bin, brand] = rng.pick(list);
  return cardFrom(rng, bin, brand, BINS[country] ? country : 'US');
}

// ---------------------------------------------------------------------------------------------------------
// Devices

const UA = {
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  win: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  app: 'Frameloop/5.12.0 (Macintosh; macOS 15.1; arm64)',
  appWin: 'Frameloop/5.12.0 (Windows 11; x64)',
  headless:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  linux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
} as const;

export const USER_AGENTS = UA;

/** A buyer's device: the desktop app always sends its install id; the web checkout's fingerprint mostly. */
export function deviceOf(rng: Rng, mobile = false): Device {
  const userAgent = mobile
    ? rng.pick([UA.iphone, UA.iphone, UA.android])
    : rng.weightedPick<string>([
        [UA.mac, 20],
        [UA.macChrome, 25],
        [UA.win, 25],
        [UA.edge, 8],
        [UA.firefox, 5],
        [UA.app, 12],
        [UA.appWin, 5],
      ]);
  const app = userAgent.startsWith('Frameloop');
  return app || rng.chance(0.9) ? { id: `${app ? 'ins' : 'dv'}_${rng.token(16)}`, userAgent } : { userAgent };
}

// ---------------------------------------------------------------------------------------------------------
// People

const FIRST = [
  'Emma',
  'Liam',
  'Olivia',
  'Noah',
  'Ava',
  'Lucas',
  'Mia',
  'Leo',
  'Sofia',
  'Ethan',
  'Chloe',
  'Mateo',
  'Hannah',
  'Jonas',
  'Léa',
  'Priya',
  'Arjun',
  'Maria',
  'João',
  'Ana',
  'Diego',
  'Camila',
  'Yuki',
  'Kenji',
  'Aisha',
  'Chidi',
  'Olena',
  'Taras',
  'Zofia',
  'Marco',
  'Giulia',
  'Sarah',
  'David',
  'Jessica',
  'Michael',
  'Ahmed',
  'Fatima',
  'Rizky',
  'Putri',
  'Jose',
  'Andrea',
  'Oliver',
  'Grace',
  'Samuel',
  'Ines',
  'Bilal',
  'Nadia',
];
const LAST = [
  'Smith',
  'Johnson',
  'Garcia',
  'Miller',
  'Brown',
  'Davis',
  'Martinez',
  'Müller',
  'Schmidt',
  'Dubois',
  'Martin',
  'de Vries',
  'Jansen',
  'Rossi',
  'Bianchi',
  'Kowalski',
  'Nowak',
  'Silva',
  'Santos',
  'Oliveira',
  'Hernández',
  'López',
  'Sharma',
  'Patel',
  'Gupta',
  'Reyes',
  'Cruz',
  'Santoso',
  'Okafor',
  'Adeyemi',
  'Kovalenko',
  'Shevchenko',
  'Tanaka',
  'Sato',
  'Khan',
  'Ali',
  'Murphy',
  'Kelly',
  'Walker',
  'Wright',
  'Nguyen',
  'Chen',
];

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/ +/g, '.');

/** The e-mail a person uses: name-based mostly, a handle sometimes, at a domain of their country. */
export function emailOf(rng: Rng, name: string, domains: readonly string[]): string {
  const s = slug(name);
  const local = rng.weightedPick<string>([
    [s, 4],
    [`${s}${rng.int(1, 99)}`, 3],
    [`${s.split('.')[0] ?? 'hi'}.${rng.pick(['design', 'studio', 'makes', 'films', 'creates'])}`, 2],
    [`${(s.split('.')[0] ?? 'x').charAt(0)}${s.split('.')[1] ?? 'user'}`, 2],
  ]);
  return `${local}@${rng.pick(domains)}`;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  place: Place;
  tz: number;
  city: readonly [string, string];
  cards: Card[];
  devices: Device[];
  home: string;
  /** The plan the account is on, and whether it pays yearly. */
  plan: 'starter' | 'pro' | 'business';
  annual: boolean;
}

export function placeOf(rng: Rng): Place {
  return rng.weightedPick(Object.values(PLACES).map((p) => [p, p.weight] as const));
}

export function newAccount(rng: Rng, place: Place, createdAt: number): Account {
  const name = personName(rng);
  const home = networksOf(place.country, 'home');
  // Where fixed lines are rare (Nigeria), home is a mobile connection.
  const homeNet = rng.pick(home.length > 0 ? home : networksOf(place.country, 'mobile'));
  const cards = [cardIn(rng, place.country)];
  if (rng.chance(0.25)) cards.push(cardIn(rng, place.country));
  const devices = [deviceOf(rng)];
  if (rng.chance(0.4)) devices.push(deviceOf(rng, true));
  return {
    id: `usr_${rng.token(12)}`,
    email: emailOf(rng, name, place.mail),
    name,
    createdAt,
    place,
    tz: zoneOf(rng, place),
    city: rng.pick(place.cities),
    cards,
    devices,
    home: homeNet.name,
    plan: rng.weightedPick([
      ['starter', 3],
      ['pro', 6],
      ['business', 1],
    ] as const),
    annual: rng.chance(0.45),
  };
}

/** The store's existing customers: one for every three orders expected, opened two months to eight years ago. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  return Array.from({ length: Math.max(20, Math.ceil(orders / 3)) }, (_, i) => {
    const r = rng.fork(`a${i}`);
    return newAccount(r, placeOf(r), start - r.int(60, 8 * 365) * DAY - r.int(0, 23) * HOUR);
  });
}
