import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the dealer's buyers live, pay and receive parcels: each country's currency on the shop's price list,
 * its UTC offset in December, the site locale its buyers pick, its shipping zone, and towns with postal codes
 * and streets. RU, BY and IR appear only as the sanctioned kind's billing, IP and card countries; KZ, GE, AM
 * and TR only as the forwarders it ships to.
 */

export type Currency = 'HUF' | 'EUR' | 'GBP' | 'USD';
/** Courier zones on the shop's shipping table (DHL Express abroad, an insured domestic courier at home). */
export type Zone = 'HU' | 'EU' | 'CH' | 'UK' | 'NA' | 'GULF' | 'ASIA' | 'OCEANIA' | 'OTHER';

export interface Town {
  city: string;
  postal: readonly string[];
  /** UTC offset in December when it differs from the country's (US and Canadian time zones). */
  tz?: number;
}

export interface Country {
  currency: Currency;
  tz: number;
  locale: string;
  zone: Zone;
  eu: boolean;
  towns: readonly Town[];
  streets: readonly string[];
  /** How the country writes a street address: `Fő utca 12.`, `12 High Street` or `Hauptstraße 12`. */
  style: 'hu' | 'number_first' | 'number_last';
}

const t = (city: string, postal: readonly string[], tz?: number): Town => ({
  city,
  postal,
  ...(tz !== undefined ? { tz } : {}),
});

const GERMAN_STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Schillerstraße',
  'Goethestraße',
  'Lindenstraße',
  'Kirchgasse',
];
const ENGLISH_STREETS = [
  'High Street',
  'Church Road',
  'Station Road',
  'Victoria Road',
  'The Avenue',
  'Park Lane',
];
const US_STREETS = [
  'Main Street',
  'Park Avenue',
  'Oak Street',
  'Maple Avenue',
  'Elm Street',
  'Lexington Avenue',
];

export const COUNTRIES: Readonly<Record<string, Country>> = {
  HU: {
    currency: 'HUF',
    tz: 1,
    locale: 'hu-HU',
    zone: 'HU',
    eu: true,
    towns: [
      t('Budapest', ['1011', '1024', '1026', '1032', '1042', '1051', '1054', '1061', '1065', '1067', '1071']),
      t('Budapest', ['1073', '1077', '1083', '1085', '1091', '1094', '1101', '1113', '1114', '1117', '1119']),
      t('Budapest', ['1121', '1122', '1124', '1126', '1131', '1133', '1136', '1138', '1141', '1145', '1148']),
      t('Budapest', ['1152', '1162', '1173', '1183', '1191', '1202', '1211', '1221', '1238']),
      t('Debrecen', ['4024', '4025', '4026', '4032']),
      t('Szeged', ['6720', '6721', '6722', '6724']),
      t('Pécs', ['7621', '7624', '7626', '7632']),
      t('Győr', ['9021', '9022', '9024', '9026']),
      t('Miskolc', ['3525', '3527', '3530']),
      t('Székesfehérvár', ['8000']),
      t('Kecskemét', ['6000']),
      t('Nyíregyháza', ['4400']),
      t('Sopron', ['9400']),
      t('Veszprém', ['8200']),
      t('Eger', ['3300']),
      t('Szentendre', ['2000']),
      t('Budaörs', ['2040']),
      t('Érd', ['2030']),
      t('Gödöllő', ['2100']),
      t('Szombathely', ['9700']),
      t('Kaposvár', ['7400']),
      t('Balatonfüred', ['8230']),
      t('Vác', ['2600']),
    ],
    streets: [
      'Andrássy út',
      'Rákóczi út',
      'Kossuth Lajos utca',
      'Petőfi Sándor utca',
      'Ady Endre utca',
      'Bartók Béla út',
      'Fő utca',
      'Dózsa György út',
      'Arany János utca',
      'Jókai Mór utca',
      'Hunyadi János út',
      'Bajcsy-Zsilinszky út',
      'Thököly út',
      'Béke utca',
      'Rózsa utca',
      'Deák Ferenc utca',
      'Attila út',
      'Szent István körút',
    ],
    style: 'hu',
  },
  // Hungarians of southern Slovakia and Transylvania shop on the Hungarian site and pay in euros.
  SK: {
    currency: 'EUR',
    tz: 1,
    locale: 'hu-HU',
    zone: 'EU',
    eu: true,
    towns: [
      t('Komárno', ['945 01']),
      t('Dunajská Streda', ['929 01']),
      t('Bratislava', ['811 01', '821 08']),
      t('Košice', ['040 01']),
    ],
    streets: ['Hlavná', 'Palatínova', 'Hviezdoslavova', 'Kúpeľná'],
    style: 'number_last',
  },
  RO: {
    currency: 'EUR',
    tz: 2,
    locale: 'hu-HU',
    zone: 'EU',
    eu: true,
    towns: [
      t('Cluj-Napoca', ['400001', '400124']),
      t('Târgu Mureș', ['540001']),
      t('Oradea', ['410001']),
      t('Miercurea Ciuc', ['530001']),
      t('Sfântu Gheorghe', ['520001']),
    ],
    streets: ['Strada Republicii', 'Bulevardul Eroilor', 'Strada Horea', 'Piața Libertății'],
    style: 'number_last',
  },
  AT: {
    currency: 'EUR',
    tz: 1,
    locale: 'de-AT',
    zone: 'EU',
    eu: true,
    towns: [
      t('Wien', ['1010', '1030', '1070', '1130', '1190']),
      t('Graz', ['8010']),
      t('Linz', ['4020']),
      t('Salzburg', ['5020']),
      t('Eisenstadt', ['7000']),
    ],
    streets: [...GERMAN_STREETS, 'Mariahilfer Straße', 'Währinger Straße'],
    style: 'number_last',
  },
  DE: {
    currency: 'EUR',
    tz: 1,
    locale: 'de-DE',
    zone: 'EU',
    eu: true,
    towns: [
      t('München', ['80331', '81675']),
      t('Berlin', ['10115', '10405', '14193']),
      t('Stuttgart', ['70173']),
      t('Frankfurt am Main', ['60311']),
      t('Hamburg', ['20095', '22605']),
      t('Köln', ['50667']),
    ],
    streets: GERMAN_STREETS,
    style: 'number_last',
  },
  NL: {
    currency: 'EUR',
    tz: 1,
    locale: 'en-GB',
    zone: 'EU',
    eu: true,
    towns: [t('Amsterdam', ['1012 AB', '1071 DJ']), t('Den Haag', ['2511 CV']), t('Utrecht', ['3511 AA'])],
    streets: ['Keizersgracht', 'Herengracht', 'Kerkstraat', 'Dorpsstraat'],
    style: 'number_last',
  },
  FR: {
    currency: 'EUR',
    tz: 1,
    locale: 'en-GB',
    zone: 'EU',
    eu: true,
    towns: [t('Paris', ['75008', '75016', '75007']), t('Lyon', ['69002']), t('Nice', ['06000'])],
    streets: ['rue de la Paix', 'avenue Victor Hugo', 'boulevard Haussmann', 'rue de Passy'],
    style: 'number_first',
  },
  IT: {
    currency: 'EUR',
    tz: 1,
    locale: 'en-GB',
    zone: 'EU',
    eu: true,
    towns: [t('Milano', ['20121', '20145']), t('Roma', ['00187', '00197']), t('Torino', ['10121'])],
    streets: ['Via Roma', 'Corso Vittorio Emanuele II', 'Via Garibaldi', 'Via Manzoni'],
    style: 'number_last',
  },
  SE: {
    currency: 'EUR',
    tz: 1,
    locale: 'en-GB',
    zone: 'EU',
    eu: true,
    towns: [t('Stockholm', ['114 35', '113 51']), t('Göteborg', ['411 19'])],
    streets: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Strandvägen'],
    style: 'number_last',
  },
  CH: {
    currency: 'EUR',
    tz: 1,
    locale: 'de-DE',
    zone: 'CH',
    eu: false,
    towns: [t('Zürich', ['8001', '8008']), t('Genève', ['1204']), t('Basel', ['4051']), t('Zug', ['6300'])],
    streets: ['Bahnhofstrasse', 'Seefeldstrasse', 'Rue du Rhône', 'Dorfstrasse'],
    style: 'number_last',
  },
  GB: {
    currency: 'GBP',
    tz: 0,
    locale: 'en-GB',
    zone: 'UK',
    eu: false,
    towns: [
      t('London', ['W8 4PT', 'SW7 2BX', 'NW3 6RT', 'SW3 5EE', 'N1 2XH', 'SE21 7BG']),
      t('Manchester', ['M20 2LS']),
      t('Edinburgh', ['EH3 9DG']),
      t('Bristol', ['BS8 1HH']),
      t('Oxford', ['OX2 6QY']),
      t('Birmingham', ['B15 2TT']),
    ],
    streets: ENGLISH_STREETS,
    style: 'number_first',
  },
  US: {
    currency: 'USD',
    tz: -5,
    locale: 'en-US',
    zone: 'NA',
    eu: false,
    towns: [
      t('New York', ['10021', '10028', '10065', '10024'], -5),
      t('Boston', ['02116'], -5),
      t('Greenwich', ['06830'], -5),
      t('Palm Beach', ['33480'], -5),
      t('Cleveland', ['44106'], -5),
      t('New Brunswick', ['08901'], -5),
      t('Chicago', ['60611', '60614'], -6),
      t('Houston', ['77019'], -6),
      t('Dallas', ['75205'], -6),
      t('Los Angeles', ['90049', '90210'], -8),
      t('San Francisco', ['94115'], -8),
      t('Seattle', ['98112'], -8),
    ],
    streets: US_STREETS,
    style: 'number_first',
  },
  CA: {
    currency: 'USD',
    tz: -5,
    locale: 'en-US',
    zone: 'NA',
    eu: false,
    towns: [
      t('Toronto', ['M5R 2E3', 'M4W 1A8'], -5),
      t('Montréal', ['H3G 1Z6'], -5),
      t('Vancouver', ['V6E 1B1'], -8),
    ],
    streets: ['Yonge Street', 'Avenue Road', 'Sherbrooke Street', 'Robson Street'],
    style: 'number_first',
  },
  AU: {
    currency: 'USD',
    tz: 11,
    locale: 'en-GB',
    zone: 'OCEANIA',
    eu: false,
    towns: [t('Sydney', ['2000', '2027', '2088']), t('Melbourne', ['3000', '3142'])],
    streets: ['George Street', 'Toorak Road', 'Military Road', 'Collins Street'],
    style: 'number_first',
  },
  JP: {
    currency: 'USD',
    tz: 9,
    locale: 'ja-JP',
    zone: 'ASIA',
    eu: false,
    towns: [
      t('Tokyo', ['107-0062', '150-0001', '106-0032', '153-0064']),
      t('Osaka', ['530-0001']),
      t('Yokohama', ['220-0012']),
      t('Kobe', ['650-0001']),
      t('Nagoya', ['460-0008']),
    ],
    streets: ['Minami-Aoyama', 'Jingumae', 'Roppongi', 'Umeda', 'Sannomiya-cho'],
    style: 'number_first',
  },
  TW: {
    currency: 'USD',
    tz: 8,
    locale: 'zh-TW',
    zone: 'ASIA',
    eu: false,
    towns: [t('Taipei', ['106', '110', '104']), t('Taichung', ['403']), t('Kaohsiung', ['802'])],
    streets: ["Sec. 4, Ren'ai Rd.", 'Sec. 1, Dunhua S. Rd.', 'Sec. 5, Xinyi Rd.', 'Minquan 1st Rd.'],
    style: 'number_first',
  },
  HK: {
    currency: 'USD',
    tz: 8,
    locale: 'zh-TW',
    zone: 'ASIA',
    eu: false,
    towns: [t('Hong Kong', []), t('Kowloon', [])],
    streets: ['Robinson Road', 'Conduit Road', 'Repulse Bay Road', 'Waterloo Road'],
    style: 'number_first',
  },
  SG: {
    currency: 'USD',
    tz: 8,
    locale: 'en-GB',
    zone: 'ASIA',
    eu: false,
    towns: [t('Singapore', ['238859', '258748', '049318', '288683'])],
    streets: ['Orchard Road', 'Holland Road', 'Bukit Timah Road', 'Nassim Road'],
    style: 'number_first',
  },
  KR: {
    currency: 'USD',
    tz: 9,
    locale: 'en-US',
    zone: 'ASIA',
    eu: false,
    towns: [t('Seoul', ['06035', '04523', '06611']), t('Busan', ['48058'])],
    streets: ['Gangnam-daero', 'Apgujeong-ro', 'Itaewon-ro', 'Haeundae-ro'],
    style: 'number_first',
  },
  CN: {
    currency: 'USD',
    tz: 8,
    locale: 'en-US',
    zone: 'ASIA',
    eu: false,
    towns: [t('Shanghai', ['200040', '200031']), t('Beijing', ['100020']), t('Shenzhen', ['518048'])],
    streets: ['Huaihai Middle Road', 'Jianguo Road', 'Fuhua 3rd Road'],
    style: 'number_first',
  },
  AE: {
    currency: 'USD',
    tz: 4,
    locale: 'en-GB',
    zone: 'GULF',
    eu: false,
    towns: [t('Dubai', []), t('Abu Dhabi', [])],
    streets: ['Street 7, Jumeirah 1', 'Al Wasl Road', 'Emirates Hills', 'Al Bateen'],
    style: 'number_first',
  },
  SA: {
    currency: 'USD',
    tz: 3,
    locale: 'en-GB',
    zone: 'GULF',
    eu: false,
    towns: [t('Riyadh', ['12211', '12611']), t('Jeddah', ['23421'])],
    streets: ['King Fahd Road', 'Prince Sultan Street', 'Tahlia Street'],
    style: 'number_first',
  },
  QA: {
    currency: 'USD',
    tz: 3,
    locale: 'en-GB',
    zone: 'GULF',
    eu: false,
    towns: [t('Doha', [])],
    streets: ['West Bay, Street 820', 'Al Waab Street', 'The Pearl, Porto Arabia'],
    style: 'number_first',
  },
  KW: {
    currency: 'USD',
    tz: 3,
    locale: 'en-GB',
    zone: 'GULF',
    eu: false,
    towns: [t('Kuwait City', ['13001', '15453'])],
    streets: ['Gulf Road', 'Block 3, Street 12', 'Arabian Gulf Street'],
    style: 'number_first',
  },
  // Sanctioned jurisdictions and the forwarders their buyers use: the sanctioned_country kind only.
  RU: {
    currency: 'EUR',
    tz: 3,
    locale: 'en-GB',
    zone: 'OTHER',
    eu: false,
    towns: [
      t('Moskva', ['119019', '123001', '121099', '119311']),
      t('Sankt-Peterburg', ['191186', '197046']),
      t('Kazan', ['420111']),
      t('Yekaterinburg', ['620014']),
    ],
    streets: ['ul. Tverskaya', 'Leninsky prospekt', 'Kutuzovsky prospekt', 'Nevsky prospekt'],
    style: 'number_last',
  },
  BY: {
    currency: 'EUR',
    tz: 3,
    locale: 'en-GB',
    zone: 'OTHER',
    eu: false,
    towns: [t('Minsk', ['220030', '220004', '220114']), t('Grodno', ['230025'])],
    streets: ['pr. Nezavisimosti', 'ul. Karla Marksa', 'pr. Pobeditelei'],
    style: 'number_last',
  },
  IR: {
    currency: 'USD',
    tz: 3.5,
    locale: 'en-GB',
    zone: 'OTHER',
    eu: false,
    towns: [t('Tehran', ['1968917313', '1587765111']), t('Isfahan', ['8174673441'])],
    streets: ['Valiasr Street', 'Fereshteh Street', 'Chahar Bagh'],
    style: 'number_last',
  },
  KZ: {
    currency: 'USD',
    tz: 5,
    locale: 'en-GB',
    zone: 'OTHER',
    eu: false,
    towns: [t('Almaty', ['050000', '050059']), t('Astana', ['010000'])],
    streets: ['Abay Ave', 'Dostyk Ave', 'Kabanbay Batyr Ave'],
    style: 'number_last',
  },
  GE: {
    currency: 'USD',
    tz: 4,
    locale: 'en-GB',
    zone: 'OTHER',
    eu: false,
    towns: [t('Tbilisi', ['0108', '0179'])],
    streets: ['Rustaveli Ave', 'Chavchavadze Ave', 'Kazbegi Ave'],
    style: 'number_last',
  },
  AM: {
    currency: 'USD',
    tz: 4,
    locale: 'en-GB',
    zone: 'OTHER',
    eu: false,
    towns: [t('Yerevan', ['0010', '0025'])],
    streets: ['Abovyan St', 'Tigran Mets Ave', 'Arshakunyats Ave'],
    style: 'number_last',
  },
  TR: {
    currency: 'USD',
    tz: 3,
    locale: 'en-GB',
    zone: 'OTHER',
    eu: false,
    towns: [t('İstanbul', ['34394', '34365']), t('Antalya', ['07100'])],
    streets: ['Bağdat Caddesi', 'Abdi İpekçi Caddesi', 'Büyükdere Caddesi'],
    style: 'number_last',
  },
};

export const SANCTIONED: ReadonlySet<string> = new Set(['RU', 'BY', 'IR', 'CU', 'SY', 'KP']);

export const country = (code: string): Country => {
  const c = COUNTRIES[code];
  if (!c) throw new Error(`unknown country ${code}`);
  return c;
};

/** The UTC offset of a buyer in `town` of `code` in December. */
export const tzOf = (code: string, town?: Town): number => town?.tz ?? country(code).tz;

/** A street line as the country writes it; Hungarian flats carry floor and door (`2. em. 5.`). */
export function streetLine(rng: Rng, code: string, flat = false): string {
  const c = country(code);
  const street = rng.pick(c.streets);
  const n = rng.int(1, c.style === 'hu' ? 120 : 220);
  if (c.style === 'hu') return `${street} ${n}.${flat ? ` ${rng.int(1, 6)}. em. ${rng.int(1, 24)}.` : ''}`;
  if (c.style === 'number_first') return `${n} ${street}`;
  return `${street} ${n}`;
}

/** A home address in `code`: a town, one of its postal codes and a street line. */
export function homeIn(rng: Rng, code: string, townFilter?: (t: Town) => boolean): Address & { tz: number } {
  const c = country(code);
  const towns = townFilter ? c.towns.filter(townFilter) : c.towns;
  const town = rng.pick(towns.length > 0 ? towns : c.towns);
  return {
    country: code,
    ...(town.postal.length > 0 ? { postalCode: rng.pick(town.postal) } : {}),
    city: town.city,
    line1: streetLine(rng, code, code === 'HU' && town.city === 'Budapest' && rng.chance(0.6)),
    tz: tzOf(code, town),
  };
}

/** Without the time zone it was drawn with: the address as a body carries it. */
export const plain = (a: Address & { tz?: number }): Address => ({
  country: a.country,
  ...(a.postalCode !== undefined ? { postalCode: a.postalCode } : {}),
  ...(a.city !== undefined ? { city: a.city } : {}),
  ...(a.line1 !== undefined ? { line1: a.line1 } : {}),
});

/** Flats in Budapest's inner districts, rented by the week: where local mules take parcels for a crew. */
export function budapestDrop(rng: Rng): Address {
  return {
    country: 'HU',
    postalCode: rng.pick([
      '1072',
      '1074',
      '1075',
      '1076',
      '1078',
      '1081',
      '1082',
      '1084',
      '1086',
      '1092',
      '1134',
    ]),
    city: 'Budapest',
    line1: `${rng.pick(['Dob utca', 'Király utca', 'Wesselényi utca', 'Nagy Diófa utca', 'József körút', 'Népszínház utca', 'Bérkocsis utca', 'Ráday utca', 'Váci út', 'Kazinczy utca'])} ${rng.int(3, 60)}. ${rng.int(1, 5)}. em. ${rng.int(1, 20)}.`,
  };
}

/** Reshippers' and freight forwarders' warehouses: a suite number on a shared warehouse address. */
export function forwarder(rng: Rng, code: 'US' | 'GB' | 'KZ' | 'GE' | 'AM' | 'TR' | 'AE'): Address {
  const suite = `${rng.pick(['Suite', 'Unit', 'Box'])} ${rng.int(100, 9999)}`;
  const sites: Record<typeof code, Address[]> = {
    US: [
      { country: 'US', postalCode: '19720', city: 'New Castle', line1: `401 Airport Road, ${suite}` },
      { country: 'US', postalCode: '97230', city: 'Portland', line1: `11000 NE Marx Street, ${suite}` },
      { country: 'US', postalCode: '07114', city: 'Newark', line1: `80 Frelinghuysen Avenue, ${suite}` },
    ],
    GB: [
      {
        country: 'GB',
        postalCode: 'TW6 3AF',
        city: 'Hounslow',
        line1: `Unit 4 Heathrow Trade Park, ${suite}`,
      },
    ],
    KZ: [{ country: 'KZ', postalCode: '050039', city: 'Almaty', line1: `Suyunbay Ave 2, ${suite}` }],
    GE: [{ country: 'GE', postalCode: '0159', city: 'Tbilisi', line1: `Aghmashenebeli Alley 13, ${suite}` }],
    AM: [{ country: 'AM', postalCode: '0054', city: 'Yerevan', line1: `Arshakunyats Ave 34, ${suite}` }],
    TR: [{ country: 'TR', postalCode: '34149', city: 'İstanbul', line1: `Yeşilköy Cargo Center, ${suite}` }],
    AE: [{ country: 'AE', city: 'Dubai', line1: `Dubai Airport Freezone, Building 6W, ${suite}` }],
  };
  return rng.pick(sites[code]);
}

/** The shop on Váci utca, where reserved orders are collected. */
export const SHOP: Address = { country: 'HU', postalCode: '1052', city: 'Budapest', line1: 'Váci utca 14.' };
