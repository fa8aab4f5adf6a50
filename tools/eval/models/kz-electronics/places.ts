import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's buyers live and where its parcels go: Kazakh cities (with the old six-digit postal codes
 * most people still type), Kyrgyz and Uzbek cities for cross-border orders, the store's pickup points, the
 * cities abroad that foreign cards are billed to, and the sanctioned places only that kind of fraud touches.
 */

export type Region = 'almaty' | 'astana' | 'south' | 'west' | 'north' | 'east' | 'centre';

export interface City {
  name: string;
  country: string;
  /** Share of the store's domestic orders. */
  weight: number;
  region: Region;
  postal: readonly string[];
  streets: readonly string[];
  /** Three-hour express delivery. */
  express?: boolean;
  /** UTC offset, hours. */
  tz: number;
}

const range = (from: number, to: number, step = 1): string[] => {
  const out: string[] = [];
  for (let n = from; n <= to; n += step) out.push(String(n).padStart(6, '0'));
  return out;
};

export const KZ_CITIES: readonly City[] = [
  {
    name: 'Almaty',
    country: 'KZ',
    weight: 30,
    region: 'almaty',
    postal: range(50000, 50063),
    streets: [
      'Abay ave',
      'Al-Farabi ave',
      'Dostyk ave',
      'Tole bi st',
      'Rozybakiev st',
      'Satpaev st',
      'Zhandosov st',
      'Raiymbek ave',
      'Timiryazev st',
      'Seifullin ave',
      'mkr Samal-2',
      'mkr Aksay-4',
      'mkr Orbita-3',
      'mkr Zhetysu-2',
      'mkr Shugyla',
      'Nauryzbay batyr st',
    ],
    express: true,
    tz: 5,
  },
  {
    name: 'Astana',
    country: 'KZ',
    weight: 19,
    region: 'astana',
    postal: range(10000, 10017),
    streets: [
      'Kabanbay Batyr ave',
      'Turan ave',
      'Mangilik El ave',
      'Kenesary st',
      'Respublika ave',
      'Syganak st',
      'Kerey-Zhanibek khandar st',
      'Sauran st',
      'Tauelsizdik ave',
      'Akmesh st',
    ],
    express: true,
    tz: 5,
  },
  {
    name: 'Shymkent',
    country: 'KZ',
    weight: 9,
    region: 'south',
    postal: range(160000, 160050),
    streets: ['Tauke khan ave', 'Kunaev blvd', 'Respublika ave', 'mkr Nursat', 'Baidibek bi st'],
    tz: 5,
  },
  {
    name: 'Karaganda',
    country: 'KZ',
    weight: 5,
    region: 'centre',
    postal: range(100000, 100030),
    streets: ['Bukhar-Zhyrau ave', 'Nurken Abdirov ave', 'Yerubaev st', 'mkr Yugo-Vostok'],
    tz: 5,
  },
  {
    name: 'Aktobe',
    country: 'KZ',
    weight: 4,
    region: 'west',
    postal: range(30000, 30020),
    streets: ['Abilkayir khan ave', 'Sankibai batyr ave', 'mkr 12', 'Moldagulova ave'],
    tz: 5,
  },
  {
    name: 'Atyrau',
    country: 'KZ',
    weight: 3,
    region: 'west',
    postal: range(60000, 60011),
    streets: ['Satpaev ave', 'Azattyk ave', 'mkr Nursaya', 'Smagulov st'],
    tz: 5,
  },
  {
    name: 'Aktau',
    country: 'KZ',
    weight: 2.5,
    region: 'west',
    postal: range(130000, 130010),
    streets: ['mkr 14', 'mkr 27', 'mkr 32', 'mkr 5'],
    tz: 5,
  },
  {
    name: 'Pavlodar',
    country: 'KZ',
    weight: 3,
    region: 'north',
    postal: range(140000, 140013),
    streets: ['Lomov st', 'Toraigyrov st', 'Nazarbayev ave', 'Kutuzov st'],
    tz: 5,
  },
  {
    name: 'Oskemen',
    country: 'KZ',
    weight: 3,
    region: 'east',
    postal: range(70000, 70020),
    streets: ['Kazakhstan st', 'Auezov ave', 'Ushanov st', 'Nazarbayev ave'],
    tz: 5,
  },
  {
    name: 'Kostanay',
    country: 'KZ',
    weight: 2.5,
    region: 'north',
    postal: range(110000, 110011),
    streets: ['Al-Farabi ave', 'Baimagambetov st', 'Tauelsizdik st'],
    tz: 5,
  },
  {
    name: 'Taraz',
    country: 'KZ',
    weight: 3,
    region: 'south',
    postal: range(80000, 80012),
    streets: ['Tole bi st', 'Zhambyl ave', 'Abay ave', 'mkr Astana'],
    tz: 5,
  },
  {
    name: 'Kyzylorda',
    country: 'KZ',
    weight: 2,
    region: 'south',
    postal: range(120000, 120014),
    streets: ['Aiteke bi st', 'Korkyt Ata st', 'Tokmagambetov st'],
    tz: 5,
  },
  {
    name: 'Oral',
    country: 'KZ',
    weight: 2,
    region: 'west',
    postal: range(90000, 90011),
    streets: ['Dostyk ave', 'Eurasia ave', 'Syrym Datuly st'],
    tz: 5,
  },
  {
    name: 'Petropavl',
    country: 'KZ',
    weight: 1.5,
    region: 'north',
    postal: range(150000, 150012),
    streets: ['Konstitutsii st', 'Internatsionalnaya st', 'Zhambyl st'],
    tz: 5,
  },
  {
    name: 'Semey',
    country: 'KZ',
    weight: 2,
    region: 'east',
    postal: range(71400, 71412),
    streets: ['Shakarim ave', 'Abay st', 'Kabanbay batyr st'],
    tz: 5,
  },
  {
    name: 'Turkistan',
    country: 'KZ',
    weight: 1.5,
    region: 'south',
    postal: range(161200, 161206),
    streets: ['Tauke khan ave', 'Kozhanov st', 'mkr Zhana kala'],
    tz: 5,
  },
  {
    name: 'Taldykorgan',
    country: 'KZ',
    weight: 1.5,
    region: 'south',
    postal: range(40000, 40011),
    streets: ['Akyn Sara st', 'Tauelsizdik st', 'Zhansugurov st'],
    tz: 5,
  },
  {
    name: 'Konaev',
    country: 'KZ',
    weight: 0.7,
    region: 'almaty',
    postal: ['040800', '040801'],
    streets: ['Konaev st', 'mkr 1', 'mkr 4'],
    tz: 5,
  },
];

export const KG_CITIES: readonly City[] = [
  {
    name: 'Bishkek',
    country: 'KG',
    weight: 80,
    region: 'south',
    postal: range(720000, 720085),
    streets: [
      'Chuy ave',
      'Manas ave',
      'Kievskaya st',
      'Toktogul st',
      'mkr Dzhal',
      'mkr Asanbai',
      'Isanov st',
    ],
    tz: 6,
  },
  {
    name: 'Osh',
    country: 'KG',
    weight: 20,
    region: 'south',
    postal: range(723500, 723510),
    streets: ['Kurmanjan Datka st', 'Lenin st', 'Masaliev ave'],
    tz: 6,
  },
];

export const UZ_CITIES: readonly City[] = [
  {
    name: 'Tashkent',
    country: 'UZ',
    weight: 80,
    region: 'south',
    postal: range(100000, 100200, 5),
    streets: [
      'Amir Temur st',
      'Mustaqillik ave',
      'Chilonzor-9',
      'Yunusobod-4',
      'Shota Rustaveli st',
      'Bobur st',
    ],
    tz: 5,
  },
  {
    name: 'Samarkand',
    country: 'UZ',
    weight: 20,
    region: 'south',
    postal: range(140100, 140110),
    streets: ['Registon st', 'Universitet blvd', 'Dagbitskaya st'],
    tz: 5,
  },
];

/** Cities abroad: where foreign cards are billed (buyers abroad, stolen cardholders, sanctioned buyers). */
export interface Place {
  city: string;
  country: string;
  postal?: readonly string[];
  streets: readonly string[];
  tz: number;
}

export const ABROAD: Readonly<Record<string, readonly Place[]>> = {
  US: [
    {
      city: 'New York',
      country: 'US',
      postal: ['10027', '11214', '11375'],
      streets: ['W 125th St', '86th St', 'Queens Blvd'],
      tz: -5,
    },
    {
      city: 'Houston',
      country: 'US',
      postal: ['77036', '77057'],
      streets: ['Bellaire Blvd', 'Westheimer Rd'],
      tz: -6,
    },
    {
      city: 'Los Angeles',
      country: 'US',
      postal: ['90019', '90046'],
      streets: ['W Pico Blvd', 'Fairfax Ave'],
      tz: -8,
    },
    {
      city: 'Chicago',
      country: 'US',
      postal: ['60614', '60640'],
      streets: ['N Clark St', 'W Lawrence Ave'],
      tz: -6,
    },
    {
      city: 'Miami',
      country: 'US',
      postal: ['33142', '33139'],
      streets: ['NW 36th St', 'Collins Ave'],
      tz: -5,
    },
  ],
  GB: [
    {
      city: 'London',
      country: 'GB',
      postal: ['E14 5HQ', 'N7 6PA', 'SE15 4LT'],
      streets: ['Westferry Rd', 'Holloway Rd', 'Rye Ln'],
      tz: 0,
    },
    {
      city: 'Manchester',
      country: 'GB',
      postal: ['M14 5RS', 'M20 2WS'],
      streets: ['Wilmslow Rd', 'Palatine Rd'],
      tz: 0,
    },
    { city: 'Birmingham', country: 'GB', postal: ['B12 9QL'], streets: ['Stratford Rd'], tz: 0 },
  ],
  DE: [
    {
      city: 'Berlin',
      country: 'DE',
      postal: ['10247', '12043'],
      streets: ['Frankfurter Allee', 'Karl-Marx-Str.'],
      tz: 1,
    },
    {
      city: 'Hamburg',
      country: 'DE',
      postal: ['22083', '20357'],
      streets: ['Hamburger Str.', 'Schanzenstr.'],
      tz: 1,
    },
    {
      city: 'Munich',
      country: 'DE',
      postal: ['80331', '80797'],
      streets: ['Sendlinger Str.', 'Schleißheimer Str.'],
      tz: 1,
    },
  ],
  PL: [
    {
      city: 'Warsaw',
      country: 'PL',
      postal: ['02-677', '00-131'],
      streets: ['Postępu', 'Grzybowska'],
      tz: 1,
    },
    { city: 'Kraków', country: 'PL', postal: ['30-059'], streets: ['Czarnowiejska'], tz: 1 },
  ],
  TR: [
    {
      city: 'Istanbul',
      country: 'TR',
      postal: ['34394', '34710'],
      streets: ['Büyükdere Cd.', 'Bağdat Cd.'],
      tz: 3,
    },
    { city: 'Ankara', country: 'TR', postal: ['06690'], streets: ['Atatürk Blv.'], tz: 3 },
  ],
  AE: [
    { city: 'Dubai', country: 'AE', streets: ['Al Barsha 1', 'JLT Cluster D', 'Al Nahda 2'], tz: 4 },
    { city: 'Abu Dhabi', country: 'AE', streets: ['Al Reem Island', 'Khalifa City A'], tz: 4 },
  ],
  KR: [
    {
      city: 'Seoul',
      country: 'KR',
      postal: ['04524', '06236', '03722'],
      streets: ['Sejong-daero', 'Teheran-ro', 'Yonsei-ro'],
      tz: 9,
    },
    { city: 'Busan', country: 'KR', postal: ['48058'], streets: ['Haeundae-ro'], tz: 9 },
  ],
};

/** Russia, Belarus and Iran: the only sanctioned places in the stream, and only in that kind. */
export const SANCTIONED_PLACES: Readonly<Record<'RU' | 'BY' | 'IR', readonly Place[]>> = {
  RU: [
    {
      city: 'Moscow',
      country: 'RU',
      postal: ['125009', '119049', '115230'],
      streets: ['Tverskaya st', 'Leninsky ave', 'Varshavskoye hwy'],
      tz: 3,
    },
    { city: 'Novosibirsk', country: 'RU', postal: ['630099'], streets: ['Krasny ave'], tz: 7 },
    { city: 'Omsk', country: 'RU', postal: ['644024'], streets: ['Lenina st'], tz: 6 },
    { city: 'Yekaterinburg', country: 'RU', postal: ['620014'], streets: ['Malysheva st'], tz: 5 },
    { city: 'Chelyabinsk', country: 'RU', postal: ['454091'], streets: ['Kirova st'], tz: 5 },
    { city: 'Orenburg', country: 'RU', postal: ['460000'], streets: ['Sovetskaya st'], tz: 5 },
  ],
  BY: [
    {
      city: 'Minsk',
      country: 'BY',
      postal: ['220030', '220114'],
      streets: ['Nezavisimosti ave', 'Pobediteley ave'],
      tz: 3,
    },
    { city: 'Gomel', country: 'BY', postal: ['246050'], streets: ['Sovetskaya st'], tz: 3 },
  ],
  IR: [
    {
      city: 'Tehran',
      country: 'IR',
      postal: ['1516743611', '1968653111'],
      streets: ['Valiasr St', 'Shariati St'],
      tz: 3.5,
    },
  ],
};

/** The store's own shops and pickup points; a pickup order carries no delivery address. */
export const PICKUP_POINTS: Readonly<Record<string, readonly string[]>> = {
  Almaty: [
    'ALA-01 Mega Alma-Ata',
    'ALA-02 Dostyk Plaza',
    'ALA-03 Aport Mall',
    'ALA-04 Sairan',
    'ALA-05 Moskva Metropolitan',
  ],
  Astana: ['AST-01 Khan Shatyr', 'AST-02 Mega Silk Way', 'AST-03 Keruen', 'AST-04 Asia Park'],
  Shymkent: ['SHY-01 Shymkent Plaza', 'SHY-02 Mega Planet'],
  Karaganda: ['KRG-01 City Mall'],
  Aktobe: ['AKT-01 Keruen City'],
  Atyrau: ['ATY-01 Atyrau Mall'],
  Pavlodar: ['PVL-01 Batyr Mall'],
  Oskemen: ['UKG-01 Adk'],
  Taraz: ['TRZ-01 Taraz Mall'],
  Kostanay: ['KST-01 Kostanay Plaza'],
};

export const pickupCity = (city: City): boolean => PICKUP_POINTS[city.name] !== undefined;

export const pickupPointIn = (rng: Rng, city: string): string =>
  rng.pick(PICKUP_POINTS[city] ?? PICKUP_POINTS['Almaty'] ?? ['ALA-01 Mega Alma-Ata']);

export const cityNamed = (name: string): City =>
  KZ_CITIES.find((c) => c.name === name) ?? (KZ_CITIES[0] as City);

/** A city by the store's share of orders, optionally only those of some regions. */
export function kzCity(rng: Rng, regions?: readonly Region[], bend?: Partial<Record<Region, number>>): City {
  const cities = KZ_CITIES.filter((c) => !regions || regions.includes(c.region));
  return rng.weightedPick(cities.map((c) => [c, c.weight * (bend?.[c.region] ?? 1)] as const));
}

export const cityOf = (rng: Rng, cities: readonly City[]): City =>
  rng.weightedPick(cities.map((c) => [c, c.weight] as const));

/** A flat or house in a city: street, building, flat; a microdistrict gives its block number. */
export function streetLine(rng: Rng, streets: readonly string[]): string {
  const street = rng.pick(streets);
  const building = rng.chance(0.2) ? `${rng.int(1, 200)}/${rng.int(1, 4)}` : String(rng.int(1, 240));
  return rng.chance(0.8) ? `${street}, ${building}, apt ${rng.int(1, 180)}` : `${street}, ${building}`;
}

export function addressIn(rng: Rng, city: City): Address {
  return {
    country: city.country,
    postalCode: rng.pick(city.postal),
    city: city.name,
    line1: streetLine(rng, city.streets),
  };
}

export function addressAt(rng: Rng, place: Place): Address {
  return {
    country: place.country,
    ...(place.postal ? { postalCode: rng.pick(place.postal) } : {}),
    city: place.city,
    line1: `${rng.int(1, 300)} ${rng.pick(place.streets)}`,
  };
}

/** An office: a business centre on a main street. */
export function officeIn(rng: Rng, city: City): Address {
  const bc = rng.pick([
    'BC Nurly Tau',
    'BC Esentai Tower',
    'BC Talan Towers',
    'BC Almaty Towers',
    'BC Q',
    'BC Kulan',
  ]);
  return {
    country: city.country,
    postalCode: rng.pick(city.postal),
    city: city.name,
    line1: `${rng.pick(city.streets)}, ${rng.int(1, 200)}, ${bc}, office ${rng.int(100, 1800)}`,
  };
}
