import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop sells: each country's storefront currency, site locale, UTC offset in November and a few
 * cities with postal codes and streets. Denmark pays in kroner, Sweden in kronor, the UK in pounds, the rest of
 * Europe in euros (Norway and Switzerland included) and the US, Canada, Asia and Australia in dollars.
 */

export type Currency = 'DKK' | 'EUR' | 'SEK' | 'GBP' | 'USD';

export interface Market {
  currency: Currency;
  locale: string;
  tz: number;
  /** City and postal code. */
  cities: ReadonlyArray<readonly [string, string]>;
  streets: readonly string[];
  /** Inside the EU's VAT area (the Danish price includes VAT; exports are priced without). */
  eu: boolean;
}

const m = (
  currency: Currency,
  locale: string,
  tz: number,
  eu: boolean,
  cities: ReadonlyArray<readonly [string, string]>,
  streets: readonly string[],
): Market => ({ currency, locale, tz, eu, cities, streets });

export const DK_STREETS = [
  'Nørrebrogade',
  'Vesterbrogade',
  'Amagerbrogade',
  'Østerbrogade',
  'Jagtvej',
  'Strandvejen',
  'Hovedgaden',
  'Skolevej',
  'Kirkevej',
  'Møllevej',
  'Engvej',
  'Birkevej',
  'Bøgevej',
  'Egevej',
  'Søndergade',
  'Nørregade',
  'Vestergade',
  'Østergade',
  'Stationsvej',
  'Parkvej',
  'Rosenvænget',
  'Kastanievej',
  'Lindevej',
  'Ahornvej',
  'Valmuevej',
];

export const MARKETS: Readonly<Record<string, Market>> = {
  DK: m(
    'DKK',
    'da-DK',
    1,
    true,
    [
      ['København K', '1360'],
      ['København V', '1620'],
      ['Frederiksberg C', '1820'],
      ['København Ø', '2100'],
      ['København N', '2200'],
      ['København S', '2300'],
      ['København NV', '2400'],
      ['Valby', '2500'],
      ['Hvidovre', '2650'],
      ['Glostrup', '2600'],
      ['Ballerup', '2750'],
      ['Kongens Lyngby', '2800'],
      ['Hellerup', '2900'],
      ['Helsingør', '3000'],
      ['Hillerød', '3400'],
      ['Roskilde', '4000'],
      ['Køge', '4600'],
      ['Næstved', '4700'],
      ['Odense C', '5000'],
      ['Svendborg', '5700'],
      ['Kolding', '6000'],
      ['Esbjerg', '6700'],
      ['Vejle', '7100'],
      ['Billund', '7190'],
      ['Herning', '7400'],
      ['Aarhus C', '8000'],
      ['Aarhus N', '8200'],
      ['Silkeborg', '8600'],
      ['Horsens', '8700'],
      ['Randers C', '8900'],
      ['Aalborg', '9000'],
      ['Hjørring', '9800'],
    ],
    DK_STREETS,
  ),
  SE: m(
    'SEK',
    'sv-SE',
    1,
    true,
    [
      ['Malmö', '211 22'],
      ['Lund', '222 21'],
      ['Helsingborg', '252 21'],
      ['Göteborg', '411 05'],
      ['Stockholm', '114 35'],
      ['Uppsala', '753 20'],
      ['Linköping', '582 24'],
    ],
    ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Södra Förstadsgatan', 'Vasagatan', 'Skolgatan'],
  ),
  NO: m(
    'EUR',
    'nb-NO',
    1,
    false,
    [
      ['Oslo', '0560'],
      ['Bergen', '5003'],
      ['Trondheim', '7011'],
      ['Stavanger', '4006'],
    ],
    ['Thorvald Meyers gate', 'Markveien', 'Storgata', 'Kongens gate'],
  ),
  FI: m(
    'EUR',
    'fi-FI',
    2,
    true,
    [
      ['Helsinki', '00100'],
      ['Espoo', '02100'],
      ['Tampere', '33100'],
      ['Turku', '20100'],
    ],
    ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Yliopistonkatu'],
  ),
  DE: m(
    'EUR',
    'de-DE',
    1,
    true,
    [
      ['Hamburg', '20095'],
      ['Kiel', '24103'],
      ['Flensburg', '24937'],
      ['Berlin', '10115'],
      ['München', '80331'],
      ['Köln', '50667'],
      ['Frankfurt am Main', '60311'],
      ['Hannover', '30159'],
    ],
    ['Hauptstraße', 'Bahnhofstraße', 'Schulstraße', 'Gartenstraße', 'Lindenstraße', 'Bergstraße'],
  ),
  NL: m(
    'EUR',
    'nl-NL',
    1,
    true,
    [
      ['Amsterdam', '1012 AB'],
      ['Utrecht', '3511 LX'],
      ['Rotterdam', '3011 AD'],
      ['Den Haag', '2511 BT'],
      ['Eindhoven', '5611 AB'],
    ],
    ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Prinsengracht'],
  ),
  BE: m(
    'EUR',
    'nl-BE',
    1,
    true,
    [
      ['Antwerpen', '2000'],
      ['Gent', '9000'],
      ['Bruxelles', '1000'],
      ['Leuven', '3000'],
    ],
    ['Kerkstraat', 'Stationsstraat', 'Rue de la Loi', 'Meir'],
  ),
  FR: m(
    'EUR',
    'fr-FR',
    1,
    true,
    [
      ['Paris', '75011'],
      ['Lyon', '69002'],
      ['Lille', '59000'],
      ['Strasbourg', '67000'],
    ],
    ['Rue de la République', 'Avenue Jean Jaurès', 'Rue Victor Hugo', 'Boulevard Voltaire'],
  ),
  AT: m(
    'EUR',
    'de-AT',
    1,
    true,
    [
      ['Wien', '1070'],
      ['Graz', '8010'],
      ['Linz', '4020'],
    ],
    ['Mariahilfer Straße', 'Hauptplatz', 'Landstraße'],
  ),
  IE: m(
    'EUR',
    'en-IE',
    0,
    true,
    [
      ['Dublin', 'D02 X285'],
      ['Cork', 'T12 X70A'],
      ['Galway', 'H91 E2K3'],
    ],
    ['Main Street', 'Church Road', 'Dublin Road'],
  ),
  PL: m(
    'EUR',
    'pl-PL',
    1,
    true,
    [
      ['Warszawa', '00-001'],
      ['Kraków', '30-001'],
      ['Gdańsk', '80-001'],
      ['Szczecin', '70-001'],
    ],
    ['ul. Długa', 'ul. Polna', 'ul. Lipowa', 'ul. Mickiewicza'],
  ),
  ES: m(
    'EUR',
    'es-ES',
    1,
    true,
    [
      ['Madrid', '28004'],
      ['Barcelona', '08001'],
      ['Málaga', '29001'],
    ],
    ['Calle Mayor', 'Calle Real', 'Avenida de la Constitución'],
  ),
  IT: m(
    'EUR',
    'it-IT',
    1,
    true,
    [
      ['Milano', '20121'],
      ['Roma', '00184'],
      ['Torino', '10121'],
    ],
    ['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele'],
  ),
  CH: m(
    'EUR',
    'de-CH',
    1,
    false,
    [
      ['Zürich', '8004'],
      ['Basel', '4051'],
      ['Bern', '3011'],
    ],
    ['Bahnhofstrasse', 'Dorfstrasse', 'Langstrasse'],
  ),
  GB: m(
    'GBP',
    'en-GB',
    0,
    false,
    [
      ['London', 'E8 3PN'],
      ['London', 'SW11 5TN'],
      ['Manchester', 'M14 5TQ'],
      ['Bristol', 'BS6 5QA'],
      ['Leeds', 'LS6 2AB'],
      ['Edinburgh', 'EH6 7BJ'],
      ['Birmingham', 'B13 9PX'],
    ],
    ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue', 'Mill Lane'],
  ),
  US: m(
    'USD',
    'en-US',
    -5,
    false,
    [
      ['Brooklyn', '11215'],
      ['Chicago', '60614'],
      ['Seattle', '98103'],
      ['Austin', '78704'],
      ['Minneapolis', '55406'],
      ['Denver', '80206'],
      ['San Jose', '95126'],
      ['Columbus', '43215'],
    ],
    ['Maple Ave', 'Oak Street', 'Pine Street', 'Elm Street', 'Washington Ave', 'Lake Drive', 'Cedar Lane'],
  ),
  CA: m(
    'USD',
    'en-CA',
    -5,
    false,
    [
      ['Toronto', 'M6G 1L5'],
      ['Vancouver', 'V5N 2C6'],
      ['Calgary', 'T2S 0J3'],
    ],
    ['Queen Street', 'Main Street', 'Bloor Street'],
  ),
  SG: m(
    'USD',
    'en-SG',
    8,
    false,
    [['Singapore', '238877']],
    ['Orchard Road', 'Holland Avenue', 'Tampines St 21'],
  ),
  HK: m(
    'USD',
    'en-HK',
    8,
    false,
    [['Hong Kong', '999077']],
    ['Nathan Road', "Queen's Road East", 'Shan Tung St'],
  ),
  JP: m(
    'USD',
    'ja-JP',
    9,
    false,
    [
      ['Tokyo', '150-0001'],
      ['Osaka', '530-0001'],
      ['Yokohama', '220-0011'],
    ],
    ['Jingumae 3-chome', 'Umeda 1-chome', 'Minatomirai 2-chome'],
  ),
  KR: m(
    'USD',
    'ko-KR',
    9,
    false,
    [
      ['Seoul', '04524'],
      ['Busan', '48058'],
    ],
    ['Sejong-daero', 'Haeundae-ro', 'Teheran-ro'],
  ),
  AU: m(
    'USD',
    'en-AU',
    11,
    false,
    [
      ['Sydney', '2010'],
      ['Melbourne', '3065'],
      ['Brisbane', '4101'],
    ],
    ['George Street', 'Smith Street', 'Brunswick Street'],
  ),
};

export const marketOf = (country: string): Market => {
  const found = MARKETS[country];
  if (!found) throw new Error(`no market ${country}`);
  return found;
};

export const currencyOf = (country: string): Currency => marketOf(country).currency;

/** A home address in `country`; Danish flats get their floor and side (`3. th.`) now and then. */
export function homeAddress(rng: Rng, country: string): Address {
  const mk = marketOf(country);
  const [city, postalCode] = rng.pick(mk.cities);
  const street = rng.pick(mk.streets);
  const n = rng.int(1, 180);
  const flat =
    country === 'DK' && rng.chance(0.4) ? `, ${rng.int(1, 5)}. ${rng.pick(['tv.', 'th.', 'mf.'])}` : '';
  const line1 = ['JP', 'KR'].includes(country) ? `${street} ${n}-${rng.int(1, 30)}` : `${street} ${n}${flat}`;
  return { country, postalCode, city, line1 };
}

/** The shop itself, in Copenhagen N: click & collect at the counter. */
export const SHOP: Address = {
  country: 'DK',
  postalCode: '2200',
  city: 'København N',
  line1: 'Nørrebrogade 118',
};

/** Danish parcel shops (supermarkets, kiosks, petrol stations) the carriers deliver to. */
export const CARRIERS = ['GLS', 'PostNord', 'DAO', 'Bring'] as const;
export type Carrier = (typeof CARRIERS)[number];
export const PARCEL_SHOP_NAMES = [
  'Netto',
  'Rema 1000',
  'Føtex',
  'SuperBrugsen',
  'Kvickly',
  '7-Eleven',
  'Circle K',
  'Lidl',
  'Spar',
  'Min Købmand',
];

/** Freight forwarders and package re-shippers that turn up on resold goods (their warehouses' addresses). */
export const FORWARDERS: ReadonlyArray<Address & { name: string }> = [
  {
    name: 'us-de-forwarder',
    country: 'US',
    postalCode: '19720',
    city: 'New Castle',
    line1: '501 Centerpoint Blvd',
  },
  {
    name: 'us-de-forwarder-2',
    country: 'US',
    postalCode: '19801',
    city: 'Wilmington',
    line1: '1000 N West St',
  },
  {
    name: 'us-or-forwarder',
    country: 'US',
    postalCode: '97230',
    city: 'Portland',
    line1: '5505 NE Airport Way',
  },
  {
    name: 'us-or-forwarder-2',
    country: 'US',
    postalCode: '97062',
    city: 'Tualatin',
    line1: '18900 SW Teton Ave',
  },
  {
    name: 'pl-border-forwarder',
    country: 'PL',
    postalCode: '69-100',
    city: 'Słubice',
    line1: 'ul. Transportowa 4',
  },
  {
    name: 'de-border-forwarder',
    country: 'DE',
    postalCode: '15230',
    city: 'Frankfurt (Oder)',
    line1: 'Spedition 12',
  },
  {
    name: 'fi-border-forwarder',
    country: 'FI',
    postalCode: '53100',
    city: 'Lappeenranta',
    line1: 'Kauppakatu 40',
  },
  {
    name: 'ee-border-forwarder',
    country: 'EE',
    postalCode: '20308',
    city: 'Narva',
    line1: 'Tallinna mnt 41',
  },
  { name: 'lt-forwarder', country: 'LT', postalCode: '02300', city: 'Vilnius', line1: 'Savanorių pr. 178' },
];
export const forwarder = (name: string): Address & { name: string } => {
  const f = FORWARDERS.find((x) => x.name === name);
  if (!f) throw new Error(`no forwarder ${name}`);
  return f;
};

/** A forwarder's address with the customer's suite number, as buyers write it. */
export function suiteAt(rng: Rng, f: Address): Address {
  const suite =
    f.country === 'US' ? ` Ste ${rng.int(100, 999)}-${rng.token(5).toUpperCase()}` : ` / ${rng.digits(6)}`;
  return { country: f.country, postalCode: f.postalCode, city: f.city, line1: `${f.line1}${suite}` };
}

/** A Copenhagen-suburb flat of the kind reshipping mules and drop renters live in. */
export const DROP_AREAS: ReadonlyArray<readonly [string, string]> = [
  ['Ishøj', '2635'],
  ['Albertslund', '2620'],
  ['Brøndby Strand', '2660'],
  ['Taastrup', '2630'],
  ['Herlev', '2730'],
  ['Hvidovre', '2650'],
  ['Odense SØ', '5220'],
  ['Aarhus V', '8210'],
];
export function dropAddress(rng: Rng): Address {
  const [city, postalCode] = rng.pick(DROP_AREAS);
  return {
    country: 'DK',
    postalCode,
    city,
    line1: `${rng.pick(['Vejlebrovej', 'Strandparken', 'Kirkebjerg Parkvej', 'Gadehavegård', 'Bispehavevej'])} ${rng.int(1, 90)}, ${rng.int(0, 6)}. ${rng.pick(['tv.', 'th.'])}`,
  };
}
