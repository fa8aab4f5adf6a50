import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the deli ships and where its customers live: Greece, Cyprus, twelve other EU countries, the UK, the
 * US and Australia. Each city has postal codes and a December UTC offset; the Greek ones are grouped into
 * Attica (same-day and shop pickup), big towns, and the home towns and villages gifts are sent to.
 */

export type Zone = 'domestic' | 'cyprus' | 'eu' | 'uk' | 'us' | 'au';

export interface City {
  name: string;
  postal: readonly string[];
  weight: number;
  /** December UTC offset, hours. */
  tz: number;
}

export interface Market {
  country: string;
  zone: Zone;
  locale: string;
  streets: readonly string[];
  /** `12 Green Lanes` rather than `Ermou 12`. */
  numberFirst: boolean;
  cities: readonly City[];
}

const city = (name: string, tz: number, weight: number, postal: readonly string[]): City => ({
  name,
  postal,
  weight,
  tz,
});

const GR_STREETS = [
  'Ermou',
  'Patision',
  'Leoforos Alexandras',
  'Leoforos Kifisias',
  'Solonos',
  'Akadimias',
  'Ippokratous',
  'Fokionos Negri',
  'Ymittou',
  'Michalakopoulou',
  'Thiseos',
  'Eleftheriou Venizelou',
  'Papadiamanti',
  'Kolokotroni',
  'Agiou Dimitriou',
  'Kapodistriou',
  '28is Oktovriou',
  'Ethnikis Antistaseos',
  'Dimokratias',
  'Iroon Polytechniou',
  'Karaiskaki',
  'Miaouli',
  'Kanari',
  'Riga Feraiou',
  'Tsimiski',
  'Mitropoleos',
  'Vasilissis Olgas',
  'Agias Sofias',
  'Kyprou',
  'Anagnostopoulou',
];

/** Attica: same-day delivery, shop pickup in Psyrri. */
export const ATTICA: readonly City[] = [
  city('Athina', 2, 30, ['10431', '10434', '10551', '10557', '10672', '10674', '10676', '10680', '10682']),
  city('Athina', 2, 14, ['11141', '11251', '11361', '11362', '11471', '11474', '11521', '11525', '11632']),
  city('Athina', 2, 10, ['11633', '11636', '11741', '11743', '11744', '11853', '11855']),
  city('Peiraias', 2, 7, ['18531', '18532', '18533', '18534', '18535', '18536', '18537', '18538', '18545']),
  city('Glyfada', 2, 4, ['16674', '16675']),
  city('Kifisia', 2, 4, ['14561', '14562', '14563', '14564']),
  city('Marousi', 2, 4, ['15123', '15124', '15125', '15126']),
  city('Chalandri', 2, 4, ['15231', '15232', '15233', '15234']),
  city('Peristeri', 2, 5, ['12131', '12132', '12133', '12134', '12135', '12136', '12137']),
  city('Nea Smyrni', 2, 3, ['17121', '17122', '17123', '17124']),
  city('Kallithea', 2, 4, ['17671', '17672', '17673', '17674', '17675', '17676']),
  city('Agia Paraskevi', 2, 3, ['15341', '15342', '15343']),
];

/** Other towns where customers live. */
const GR_TOWNS: readonly City[] = [
  city('Thessaloniki', 2, 16, [
    '54621',
    '54622',
    '54623',
    '54624',
    '54625',
    '54630',
    '54631',
    '54636',
    '54640',
  ]),
  city('Kalamaria', 2, 3, ['55131', '55132', '55133', '55134']),
  city('Patra', 2, 5, ['26221', '26222', '26223', '26224', '26225', '26226']),
  city('Irakleio', 2, 5, ['71201', '71202', '71303', '71305', '71306', '71307', '71409']),
  city('Larisa', 2, 4, ['41221', '41222', '41223', '41334', '41335', '41336']),
  city('Volos', 2, 3, ['38221', '38222', '38333', '38334']),
  city('Ioannina', 2, 3, ['45221', '45332', '45333', '45444', '45445']),
  city('Chania', 2, 3, ['73100', '73131', '73132', '73133', '73134', '73135', '73136']),
  city('Rodos', 2, 2, ['85100', '85131', '85132', '85133']),
  city('Kavala', 2, 2, ['65302', '65403', '65404']),
  city('Lamia', 2, 2, ['35100', '35131', '35132', '35133']),
  city('Serres', 2, 2, ['62121', '62122', '62123', '62124', '62125']),
];

/** Home towns and villages: where the diaspora and Athenians send gifts to parents and grandparents. */
export const GR_HOMETOWNS: readonly City[] = [
  city('Kalamata', 2, 5, ['24100', '24131', '24132', '24133', '24134']),
  city('Tripoli', 2, 4, ['22100', '22131', '22132']),
  city('Sparti', 2, 3, ['23100']),
  city('Kozani', 2, 3, ['50100', '50131', '50132']),
  city('Karpenisi', 2, 2, ['36100']),
  city('Nafplio', 2, 2, ['21100']),
  city('Drama', 2, 2, ['66100', '66131', '66132', '66133']),
  city('Arta', 2, 2, ['47100', '47131', '47132']),
  city('Kalavryta', 2, 1, ['25001']),
  city('Naxos', 2, 1, ['84300']),
  city('Ermoupoli', 2, 1, ['84100']),
  city('Chios', 2, 2, ['82100', '82131', '82132']),
  city('Mytilini', 2, 2, ['81100', '81131', '81132']),
  city('Kerkyra', 2, 2, ['49100', '49131', '49132']),
  city('Trikala', 2, 2, ['42100', '42131', '42132']),
  city('Agrinio', 2, 2, ['30100', '30131', '30132', '30133']),
  city('Florina', 2, 1, ['53100']),
  city('Kythira', 2, 1, ['80100']),
];

export const MARKETS: Readonly<Record<string, Market>> = {
  GR: {
    country: 'GR',
    zone: 'domestic',
    locale: 'el-GR',
    streets: GR_STREETS,
    numberFirst: false,
    cities: [...ATTICA, ...GR_TOWNS, ...GR_HOMETOWNS.map((c) => ({ ...c, weight: c.weight / 2 }))],
  },
  CY: {
    country: 'CY',
    zone: 'cyprus',
    locale: 'el-CY',
    streets: ['Leoforos Makariou III', 'Archiepiskopou Kyprianou', 'Ledras', 'Agiou Andreou', 'Griva Digeni'],
    numberFirst: false,
    cities: [
      city('Lefkosia', 2, 5, ['1010', '1011', '1016', '1065', '1075', '1082', '1095', '2003', '2014']),
      city('Lemesos', 2, 4, ['3021', '3025', '3036', '3040', '3041', '3045', '3076', '4040', '4043']),
      city('Larnaka', 2, 2, ['6010', '6015', '6020', '6023', '6030', '6037', '6040']),
      city('Pafos', 2, 1, ['8010', '8020', '8035', '8045', '8046']),
    ],
  },
  DE: {
    country: 'DE',
    zone: 'eu',
    locale: 'de-DE',
    streets: ['Hauptstraße', 'Schillerstraße', 'Goethestraße', 'Bahnhofstraße', 'Lindenweg', 'Kirchgasse'],
    numberFirst: false,
    cities: [
      city('München', 1, 5, ['80331', '80469', '80636', '80807', '81369', '81541', '81671']),
      city('Stuttgart', 1, 4, ['70173', '70176', '70180', '70190', '70372', '70469']),
      city('Frankfurt am Main', 1, 4, ['60311', '60316', '60385', '60431', '60486', '60594']),
      city('Düsseldorf', 1, 3, ['40210', '40215', '40223', '40477', '40545']),
      city('Berlin', 1, 4, ['10115', '10247', '10437', '10827', '12043', '12161']),
      city('Köln', 1, 2, ['50667', '50674', '50823', '51063']),
      city('Nürnberg', 1, 2, ['90402', '90429', '90459', '90478']),
      city('Offenbach am Main', 1, 1, ['63065', '63067', '63069']),
      city('Wuppertal', 1, 1, ['42103', '42275', '42283']),
    ],
  },
  NL: {
    country: 'NL',
    zone: 'eu',
    locale: 'nl-NL',
    streets: ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Prinsengracht', 'Stationsweg'],
    numberFirst: false,
    cities: [
      city('Amsterdam', 1, 4, ['1012 AB', '1016 DK', '1053 RT', '1072 LH', '1091 GM']),
      city('Rotterdam', 1, 2, ['3011 EN', '3015 CD', '3024 AB']),
      city('Utrecht', 1, 2, ['3511 LT', '3581 KW', '3531 GD']),
      city('Eindhoven', 1, 1, ['5611 AB', '5622 HE']),
    ],
  },
  BE: {
    country: 'BE',
    zone: 'eu',
    locale: 'fr-BE',
    streets: ['Rue de la Loi', 'Avenue Louise', 'Chaussée de Wavre', 'Kerkstraat', 'Rue Haute'],
    numberFirst: false,
    cities: [
      city('Bruxelles', 1, 5, ['1000', '1040', '1050', '1060', '1180']),
      city('Antwerpen', 1, 2, ['2000', '2018', '2060']),
      city('Liège', 1, 1, ['4000', '4020']),
      city('Gent', 1, 1, ['9000', '9050']),
    ],
  },
  FR: {
    country: 'FR',
    zone: 'eu',
    locale: 'fr-FR',
    streets: [
      'rue de la République',
      'avenue Jean Jaurès',
      'rue Victor Hugo',
      'boulevard Voltaire',
      'rue du Moulin',
    ],
    numberFirst: true,
    cities: [
      city('Paris', 1, 5, ['75005', '75011', '75015', '75017', '75018', '75020']),
      city('Lyon', 1, 2, ['69002', '69003', '69007']),
      city('Marseille', 1, 2, ['13001', '13006', '13008']),
      city('Bordeaux', 1, 1, ['33000', '33800']),
      city('Nantes', 1, 1, ['44000', '44300']),
    ],
  },
  IT: {
    country: 'IT',
    zone: 'eu',
    locale: 'it-IT',
    streets: ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Mazzini', 'Via Dante'],
    numberFirst: false,
    cities: [
      city('Milano', 1, 4, ['20121', '20135', '20144', '20159']),
      city('Roma', 1, 4, ['00153', '00185', '00197', '00162']),
      city('Bologna', 1, 2, ['40121', '40137']),
      city('Torino', 1, 2, ['10121', '10138']),
    ],
  },
  AT: {
    country: 'AT',
    zone: 'eu',
    locale: 'de-AT',
    streets: ['Mariahilfer Straße', 'Hauptplatz', 'Lange Gasse', 'Ringstraße'],
    numberFirst: false,
    cities: [
      city('Wien', 1, 5, ['1010', '1020', '1050', '1070', '1090', '1180']),
      city('Graz', 1, 2, ['8010', '8020']),
      city('Salzburg', 1, 1, ['5020']),
      city('Innsbruck', 1, 1, ['6020']),
    ],
  },
  SE: {
    country: 'SE',
    zone: 'eu',
    locale: 'sv-SE',
    streets: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Skolgatan', 'Sveavägen'],
    numberFirst: false,
    cities: [
      city('Stockholm', 1, 5, ['111 22', '113 46', '116 40', '118 27']),
      city('Göteborg', 1, 3, ['411 03', '413 19', '416 64']),
      city('Malmö', 1, 2, ['211 22', '214 21']),
      city('Uppsala', 1, 1, ['753 10', '752 37']),
    ],
  },
  ES: {
    country: 'ES',
    zone: 'eu',
    locale: 'es-ES',
    streets: ['Calle Mayor', 'Calle del Carmen', 'Avenida de la Constitución', 'Calle Real'],
    numberFirst: false,
    cities: [
      city('Madrid', 1, 4, ['28004', '28012', '28015', '28045']),
      city('Barcelona', 1, 4, ['08002', '08011', '08024', '08036']),
      city('Valencia', 1, 1, ['46002', '46010']),
    ],
  },
  IE: {
    country: 'IE',
    zone: 'eu',
    locale: 'en-IE',
    streets: ['Main Street', 'Church Road', 'Seafield Avenue', 'Grove Park'],
    numberFirst: true,
    cities: [
      city('Dublin', 0, 4, ['D02 X285', 'D04 K7F2', 'D06 W9C3', 'D08 E2V1']),
      city('Cork', 0, 1, ['T12 R5CP', 'T23 Y2K8']),
      city('Galway', 0, 1, ['H91 T2P3']),
    ],
  },
  GB: {
    country: 'GB',
    zone: 'uk',
    locale: 'en-GB',
    streets: ['Green Lanes', 'High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue'],
    numberFirst: true,
    cities: [
      city('London', 0, 8, ['N13 4BS', 'N14 6LR', 'NW1 7JR', 'N22 5HB', 'SW6 2QS', 'W2 4RT', 'E8 1DY']),
      city('Manchester', 0, 2, ['M14 5RB', 'M20 2EF', 'M4 1HN']),
      city('Birmingham', 0, 2, ['B13 9AL', 'B15 2TT', 'B29 6EX']),
      city('Bristol', 0, 1, ['BS6 5QA', 'BS8 1TH']),
      city('Edinburgh', 0, 1, ['EH3 9DR', 'EH10 4HN']),
    ],
  },
  US: {
    country: 'US',
    zone: 'us',
    locale: 'en-US',
    streets: [
      '30th Avenue',
      'Ditmars Boulevard',
      'Main Street',
      'Oak Street',
      'Maple Avenue',
      'Lincoln Avenue',
    ],
    numberFirst: true,
    cities: [
      city('Astoria', -5, 5, ['11102', '11103', '11105', '11106']),
      city('Brooklyn', -5, 2, ['11209', '11215', '11230']),
      city('Chicago', -6, 4, ['60646', '60625', '60614', '60630']),
      city('Boston', -5, 2, ['02116', '02130', '02135']),
      city('Tarpon Springs', -5, 1, ['34689']),
      city('Baltimore', -5, 1, ['21224', '21231']),
      city('San Francisco', -8, 2, ['94110', '94122', '94117']),
      city('Houston', -6, 1, ['77005', '77019']),
      city('Salt Lake City', -7, 1, ['84102', '84105']),
    ],
  },
  AU: {
    country: 'AU',
    zone: 'au',
    locale: 'en-AU',
    streets: [
      'Atherton Road',
      'Chapel Street',
      'Marrickville Road',
      'King Street',
      'Station Street',
      'Hunter Street',
    ],
    numberFirst: true,
    cities: [
      city('Melbourne', 11, 6, ['3166', '3204', '3070', '3056', '3121', '3000']),
      city('Sydney', 11, 5, ['2204', '2216', '2042', '2000', '2131']),
      city('Adelaide', 10.5, 2, ['5000', '5031', '5067']),
      city('Brisbane', 10, 1, ['4000', '4101', '4066']),
      city('Perth', 8, 1, ['6000', '6017']),
    ],
  },
};

/** The deli's shop in Psyrri, where pickups are collected. */
export const SHOP: Address = {
  country: 'GR',
  postalCode: '10554',
  city: 'Athina',
  line1: 'Agion Anargyron 12',
};

/** A city of a market, by weight. */
export const cityOf = (rng: Rng, cities: readonly City[]): City =>
  rng.weightedPick(cities.map((c) => [c, c.weight]));

/** An address in `country` (its own cities unless given). */
export function addressIn(rng: Rng, country: string, cities?: readonly City[]): Address & { tz: number } {
  const m = market(country);
  const c = cityOf(rng, cities ?? m.cities);
  const street = rng.pick(m.streets);
  const n = rng.int(1, rng.chance(0.8) ? 80 : 240);
  return {
    country,
    postalCode: rng.pick(c.postal),
    city: c.name,
    line1: m.numberFirst ? `${n} ${street}` : `${street} ${n}`,
    tz: c.tz,
  };
}

/** The address without the time zone the model keeps on it. */
export const plain = (a: Address): Address => ({
  country: a.country,
  ...(a.postalCode ? { postalCode: a.postalCode } : {}),
  ...(a.city ? { city: a.city } : {}),
  ...(a.line1 ? { line1: a.line1 } : {}),
});

export function market(country: string): Market {
  const m = MARKETS[country];
  if (!m) throw new Error(`no market ${country}`);
  return m;
}

/** A BOX NOW parcel locker in a Greek town: popular with honest shoppers and with drops alike. */
export function locker(rng: Rng, cities: readonly City[] = ATTICA): Address & { tz: number } {
  const c = cityOf(rng, cities);
  return {
    country: 'GR',
    postalCode: rng.pick(c.postal),
    city: c.name,
    line1: `BOX NOW locker ${rng.int(1000, 9999)}`,
    tz: 2,
  };
}

/** Where the diaspora lives, by weight (Germany, Australia and the US above all). */
export const DIASPORA: ReadonlyArray<readonly [string, number]> = [
  ['DE', 30],
  ['AU', 18],
  ['US', 18],
  ['GB', 12],
  ['BE', 6],
  ['SE', 5],
  ['NL', 4],
  ['AT', 3],
  ['FR', 2],
  ['IT', 2],
];

/** Where last summer's tourists came from. */
export const TOURISTS: ReadonlyArray<readonly [string, number]> = [
  ['DE', 22],
  ['GB', 18],
  ['NL', 9],
  ['FR', 9],
  ['IT', 7],
  ['US', 9],
  ['AT', 5],
  ['SE', 6],
  ['BE', 5],
  ['IE', 4],
  ['ES', 3],
  ['AU', 3],
];
