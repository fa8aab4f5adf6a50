import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where Bergwerk's customers live and where parcels go: the seven markets it delivers to (cities with postal
 * codes and streets), the Innsbruck store and the two resort shops, hotels and staff houses in the Tyrolean
 * resorts, and the addresses fraud uses (mule flats, Packstations, parcel forwarders).
 */

export type Market = 'AT' | 'DE' | 'CH' | 'IT' | 'SI' | 'NL' | 'BE';
/** Countries buyers come from: the markets, and tourists, expats and travellers from elsewhere. */
export type Home = Market | 'GB' | 'US';

interface City {
  city: string;
  postal: readonly string[];
}

interface Country {
  /** Share of the shop's domestic-style orders. */
  share: number;
  /** The site the buyer lands on and its locale. */
  locale: string;
  cities: readonly City[];
  streets: readonly string[];
}

const city = (name: string, ...postal: string[]): City => ({ city: name, postal });

export const COUNTRIES: Readonly<Record<Home, Country>> = {
  AT: {
    share: 38,
    locale: 'de-AT',
    cities: [
      city('Innsbruck', '6020'),
      city('Innsbruck', '6020'),
      city('Hall in Tirol', '6060'),
      city('Schwaz', '6130'),
      city('Telfs', '6410'),
      city('Wörgl', '6300'),
      city('Kufstein', '6330'),
      city('Imst', '6460'),
      city('Landeck', '6500'),
      city('Lienz', '9900'),
      city('Wien', '1070', '1090', '1130', '1180', '1190', '1030'),
      city('Wien', '1040', '1060', '1080'),
      city('Salzburg', '5020'),
      city('Graz', '8010'),
      city('Linz', '4020'),
      city('Klagenfurt', '9020'),
      city('Dornbirn', '6850'),
      city('Bregenz', '6900'),
    ],
    streets: [
      'Maria-Theresien-Straße',
      'Anichstraße',
      'Höttinger Au',
      'Technikerstraße',
      'Amraser Straße',
      'Salurner Straße',
      'Hauptplatz',
      'Bahnhofstraße',
      'Kirchgasse',
      'Schulgasse',
      'Mariahilfer Straße',
      'Neubaugasse',
      'Währinger Straße',
      'Linzer Gasse',
      'Dorfstraße',
      'Lindenweg',
    ],
  },
  DE: {
    share: 30,
    locale: 'de-DE',
    cities: [
      city('München', '80331', '80469', '81667', '80796', '81369'),
      city('Rosenheim', '83022'),
      city('Garmisch-Partenkirchen', '82467'),
      city('Kempten', '87435'),
      city('Augsburg', '86150'),
      city('Nürnberg', '90402'),
      city('Stuttgart', '70173', '70178'),
      city('Freiburg im Breisgau', '79098'),
      city('Frankfurt am Main', '60311', '60316'),
      city('Köln', '50667', '50674'),
      city('Düsseldorf', '40213'),
      city('Hamburg', '20095', '22767'),
      city('Berlin', '10115', '10437', '10999'),
      city('Leipzig', '04109'),
      city('Regensburg', '93047'),
    ],
    streets: [
      'Hauptstraße',
      'Schillerstraße',
      'Goethestraße',
      'Bahnhofstraße',
      'Lindenstraße',
      'Bergstraße',
      'Münchner Straße',
      'Rosenstraße',
      'Gartenstraße',
      'Kirchplatz',
      'Ludwigstraße',
      'Am Anger',
      'Wiesenweg',
      'Leopoldstraße',
    ],
  },
  CH: {
    share: 9,
    locale: 'de-CH',
    cities: [
      city('Zürich', '8001', '8004', '8032', '8050'),
      city('Winterthur', '8400'),
      city('Bern', '3011', '3012'),
      city('Basel', '4051', '4056'),
      city('Luzern', '6003'),
      city('St. Gallen', '9000'),
      city('Chur', '7000'),
      city('Davos Platz', '7270'),
      city('Zug', '6300'),
    ],
    streets: [
      'Bahnhofstrasse',
      'Seestrasse',
      'Dorfstrasse',
      'Kirchweg',
      'Langstrasse',
      'Zürcherstrasse',
      'Rebbergstrasse',
      'Poststrasse',
      'Alpenstrasse',
    ],
  },
  IT: {
    share: 8,
    locale: 'it-IT',
    cities: [
      city('Bozen', '39100'),
      city('Bozen', '39100'),
      city('Meran', '39012'),
      city('Brixen', '39042'),
      city('Bruneck', '39031'),
      city('Sterzing', '39049'),
      city('Trento', '38122'),
      city('Milano', '20121', '20144'),
      city('Verona', '37121'),
    ],
    streets: [
      'Via Museo',
      'Laubengasse',
      'Via Roma',
      'Via Garibaldi',
      'Defreggerstraße',
      'Via Dante',
      'Corso Italia',
      'Stadtgasse',
      'Via Mazzini',
    ],
  },
  SI: {
    share: 4,
    locale: 'sl-SI',
    cities: [
      city('Ljubljana', '1000'),
      city('Maribor', '2000'),
      city('Kranj', '4000'),
      city('Celje', '3000'),
      city('Bled', '4260'),
      city('Koper', '6000'),
    ],
    streets: [
      'Slovenska cesta',
      'Trubarjeva cesta',
      'Celovška cesta',
      'Prešernova ulica',
      'Gosposvetska cesta',
    ],
  },
  NL: {
    share: 6,
    locale: 'nl-NL',
    cities: [
      city('Amsterdam', '1012 AB', '1054 HN', '1073 EX'),
      city('Utrecht', '3511 LX', '3581 KS'),
      city('Rotterdam', '3011 AD'),
      city('Eindhoven', '5611 AZ'),
      city('Den Haag', '2511 CV'),
      city('Groningen', '9711 LV'),
      city('Nijmegen', '6511 PP'),
      city('Amersfoort', '3811 HM'),
    ],
    streets: [
      'Kerkstraat',
      'Dorpsstraat',
      'Molenweg',
      'Stationsweg',
      'Julianalaan',
      'Beatrixstraat',
      'Prinsengracht',
    ],
  },
  BE: {
    share: 5,
    locale: 'nl-BE',
    cities: [
      city('Antwerpen', '2000', '2018'),
      city('Gent', '9000'),
      city('Leuven', '3000'),
      city('Brugge', '8000'),
      city('Hasselt', '3500'),
      city('Mechelen', '2800'),
      city('Bruxelles', '1000', '1050'),
      city('Liège', '4000'),
    ],
    streets: [
      'Kerkstraat',
      'Stationsstraat',
      'Meir',
      'Veldstraat',
      'Rue de la Station',
      'Nieuwstraat',
      'Kouter',
    ],
  },
  GB: {
    share: 0,
    locale: 'en-GB',
    cities: [
      city('London', 'SW11 4NJ', 'N1 7GU', 'SE15 4QL'),
      city('Manchester', 'M1 4BT'),
      city('Bristol', 'BS1 5TR'),
      city('Edinburgh', 'EH3 9QG'),
    ],
    streets: ['High Street', 'Church Road', 'Station Road', 'Victoria Road', 'Park Lane'],
  },
  US: {
    share: 0,
    locale: 'en-US',
    cities: [
      city('Denver', '80202'),
      city('Seattle', '98101'),
      city('New York', '10001'),
      city('Boston', '02116'),
    ],
    streets: ['Main Street', 'Oak Avenue', 'Pine Street', 'Maple Drive', '2nd Street'],
  },
};

export const MARKETS: readonly Market[] = ['AT', 'DE', 'CH', 'IT', 'SI', 'NL', 'BE'];

/** A home country for a domestic-style order, by the markets' shares. */
export const pickMarket = (rng: Rng): Market => rng.weightedPick(MARKETS.map((m) => [m, COUNTRIES[m].share]));

/** A street address in `country`: a real town, its postal code, a street and a house number. */
export function homeAddress(rng: Rng, country: Home): Address {
  const c = COUNTRIES[country];
  const town = rng.pick(c.cities);
  const number = rng.int(1, 120);
  const flat = country === 'AT' && rng.chance(0.45) ? `/${rng.int(1, 24)}` : '';
  const line1 =
    country === 'GB' || country === 'US'
      ? `${number} ${rng.pick(c.streets)}`
      : `${rng.pick(c.streets)} ${number}${flat}`;
  return { country, postalCode: rng.pick(town.postal), city: town.city, line1 };
}

/** An address with a note on its first line (a name, a reference, "c/o"). */
export const withNote = (a: Address, note: string): Address => ({ ...a, line1: `${a.line1 ?? ''}, ${note}` });

/** The Innsbruck store and the two resort shops where orders are collected. */
export const PICKUP: Readonly<Record<'store_innsbruck' | 'resort_ischgl' | 'resort_soelden', Address>> = {
  store_innsbruck: { country: 'AT', postalCode: '6020', city: 'Innsbruck', line1: 'Museumstraße 21' },
  resort_ischgl: { country: 'AT', postalCode: '6561', city: 'Ischgl', line1: 'Dorfstraße 78' },
  resort_soelden: { country: 'AT', postalCode: '6450', city: 'Sölden', line1: 'Dorfstraße 112' },
};

interface Resort {
  town: string;
  postal: string;
  streets: readonly string[];
  /** Which resort shop is near, if any. */
  shop?: 'resort_ischgl' | 'resort_soelden';
}

export const RESORTS: readonly Resort[] = [
  {
    town: 'Ischgl',
    postal: '6561',
    streets: ['Dorfstraße', 'Silvrettaplatz', 'Fimbabahnweg'],
    shop: 'resort_ischgl',
  },
  {
    town: 'Sölden',
    postal: '6450',
    streets: ['Dorfstraße', 'Rettenbach', 'Gemeindestraße'],
    shop: 'resort_soelden',
  },
  { town: 'Obergurgl', postal: '6456', streets: ['Gurglerstraße', 'Ramolweg'], shop: 'resort_soelden' },
  { town: 'Mayrhofen', postal: '6290', streets: ['Hauptstraße', 'Einfahrt Mitte', 'Scheulingstraße'] },
  {
    town: 'St. Anton am Arlberg',
    postal: '6580',
    streets: ['Dorfstraße', 'Arlbergstraße', 'Nassereinerstraße'],
  },
  { town: 'Serfaus', postal: '6534', streets: ['Dorfbahnstraße', 'Untere Dorfstraße'] },
  { town: 'Kitzbühel', postal: '6370', streets: ['Vorderstadt', 'Hahnenkammstraße', 'Josef-Pirchl-Straße'] },
  { town: 'Seefeld in Tirol', postal: '6100', streets: ['Innsbrucker Straße', 'Klosterstraße'] },
  { town: 'Hintertux', postal: '6294', streets: ['Hintertux'] },
  { town: 'Neustift im Stubaital', postal: '6167', streets: ['Dorf', 'Neder', 'Milders'] },
  { town: 'Galtür', postal: '6563', streets: ['Hnr.'], shop: 'resort_ischgl' },
];

const HOTELS = [
  'Alpenhof',
  'Tirolerhof',
  'Edelweiss',
  'Bergkristall',
  'Sonnblick',
  'Gletscherblick',
  'Almrausch',
  'Post',
  'Silvretta',
  'Schneeweiss',
  'Enzian',
  'Jägerhof',
  'Alpenrose',
  'Bergland',
];

/** A hotel (or holiday flat) in a resort, with the guest's name on the parcel. */
export function hotelAddress(rng: Rng, guest: string, resort = rng.pick(RESORTS)): Address {
  const kind = rng.weightedPick([
    ['Hotel', 6],
    ['Gasthof', 2],
    ['Apart', 2],
    ['Pension', 1],
  ] as const);
  return {
    country: 'AT',
    postalCode: resort.postal,
    city: resort.town,
    line1: `${kind} ${rng.pick(HOTELS)}, ${rng.pick(resort.streets)} ${rng.int(1, 140)}, Gast: ${guest}`,
  };
}

/** Where seasonal staff live: the resort's staff house or a shared flat. */
export function staffAddress(rng: Rng, resort = rng.pick(RESORTS)): Address {
  const what = rng.chance(0.6) ? `Personalhaus ${rng.pick(HOTELS)}` : `Top ${rng.int(1, 12)}`;
  return {
    country: 'AT',
    postalCode: resort.postal,
    city: resort.town,
    line1: `${rng.pick(resort.streets)} ${rng.int(1, 140)}, ${what}`,
  };
}

/** Flats where mules take parcels in, in the big cities of the markets. */
export function muleAddress(
  rng: Rng,
  country: Market = rng.pick(['AT', 'AT', 'DE', 'DE', 'DE', 'NL', 'BE', 'IT']),
): Address {
  const spots: Readonly<Record<Market, ReadonlyArray<readonly [string, string, string]>>> = {
    AT: [
      ['Wien', '1100', 'Favoritenstraße'],
      ['Wien', '1160', 'Thaliastraße'],
      ['Wien', '1210', 'Brünner Straße'],
      ['Graz', '8020', 'Annenstraße'],
      ['Linz', '4020', 'Wiener Straße'],
    ],
    DE: [
      ['Berlin', '12043', 'Karl-Marx-Straße'],
      ['Berlin', '13353', 'Müllerstraße'],
      ['Duisburg', '47053', 'Wanheimer Straße'],
      ['Frankfurt am Main', '60329', 'Kaiserstraße'],
      ['München', '80335', 'Landsberger Straße'],
      ['Dortmund', '44147', 'Münsterstraße'],
    ],
    NL: [
      ['Rotterdam', '3083 AA', 'Dorpsweg'],
      ['Amsterdam', '1102 AB', 'Bijlmerdreef'],
    ],
    BE: [
      ['Bruxelles', '1030', 'Chaussée de Haecht'],
      ['Antwerpen', '2060', 'Kerkstraat'],
    ],
    IT: [
      ['Milano', '20127', 'Via Padova'],
      ['Verona', '37138', 'Via Albere'],
    ],
    CH: [['Zürich', '8004', 'Langstrasse']],
    SI: [['Ljubljana', '1000', 'Celovška cesta']],
  };
  const [town, postal, street] = rng.pick(spots[country]);
  const extra =
    country === 'AT' ? `/${rng.int(1, 40)}` : rng.chance(0.5) ? ` ${rng.pick(['A', 'B', 'c/o'])}` : '';
  return { country, postalCode: postal, city: town, line1: `${street} ${rng.int(1, 220)}${extra}` };
}

/** A DHL Packstation: a locker, picked up with a code, no one at the door. */
export function packstation(rng: Rng): Address {
  const [town, postal] = rng.pick([
    ['München', '80335'],
    ['Berlin', '10557'],
    ['Hamburg', '20097'],
    ['Köln', '50679'],
    ['Frankfurt am Main', '60326'],
    ['Leipzig', '04103'],
  ] as const);
  return {
    country: 'DE',
    postalCode: postal,
    city: town,
    line1: `Packstation ${rng.int(101, 289)}, ${rng.digits(9)}`,
  };
}

/** Parcel forwarders near the eastern borders and in the cities: warehouses that relabel and send on. */
export const FORWARDERS: readonly Address[] = [
  { country: 'DE', postalCode: '15236', city: 'Frankfurt (Oder)', line1: 'Lindenstraße 7, Lager 3' },
  { country: 'DE', postalCode: '04435', city: 'Schkeuditz', line1: 'Frachtstraße 14, Tor 6' },
  { country: 'DE', postalCode: '02826', city: 'Görlitz', line1: 'An der Neiße 22, Halle B' },
  { country: 'AT', postalCode: '2320', city: 'Schwechat', line1: 'Concorde Business Park 2/F/4' },
  { country: 'SI', postalCode: '1000', city: 'Ljubljana', line1: 'Letališka cesta 29c' },
  { country: 'DE', postalCode: '22113', city: 'Hamburg', line1: 'Moorfleeter Straße 27, Unit 11' },
];

/** Addresses in the sanctioned and transit countries the sanctioned orders name. */
export const SANCTIONED_PLACES: Readonly<Record<'RU' | 'BY' | 'IR', readonly Address[]>> = {
  RU: [
    { country: 'RU', postalCode: '119019', city: 'Moskva', line1: 'ul. Arbat 24, kv. 17' },
    { country: 'RU', postalCode: '123001', city: 'Moskva', line1: 'Trekhprudny per. 11, kv. 4' },
    { country: 'RU', postalCode: '191186', city: 'Sankt-Peterburg', line1: 'Nevsky pr. 28, kv. 41' },
    { country: 'RU', postalCode: '620014', city: 'Yekaterinburg', line1: 'ul. Malysheva 51, kv. 88' },
    { country: 'RU', postalCode: '354000', city: 'Sochi', line1: 'ul. Navaginskaya 9, kv. 3' },
  ],
  BY: [
    { country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'pr. Nezavisimosti 18, kv. 52' },
    { country: 'BY', postalCode: '220004', city: 'Minsk', line1: 'ul. Nemiga 12, kv. 9' },
  ],
  IR: [
    { country: 'IR', postalCode: '1968913511', city: 'Tehran', line1: 'Valiasr St, No. 1874, Unit 6' },
    { country: 'IR', postalCode: '1991714681', city: 'Tehran', line1: 'Fereshteh St, No. 42' },
    { country: 'IR', postalCode: '8173696411', city: 'Isfahan', line1: 'Chaharbagh Abbasi St, No. 117' },
  ],
};
