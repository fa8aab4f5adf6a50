import { fillTemplate, randomAddress, type Address } from './places.js';
import { type Rng } from './random.js';

/**
 * Delivery addresses that are not someone's home: the shop's own stores (click-and-collect), parcel lockers,
 * summer houses and student towns. Honest buyers use all of them every day.
 */

const STORES: readonly Address[] = [
  { country: 'SE', postalCode: '111 57', city: 'Stockholm', line1: 'Drottninggatan 88 (Nordic Home butik)' },
  { country: 'SE', postalCode: '411 06', city: 'Göteborg', line1: 'Kungsgatan 41 (Nordic Home butik)' },
  { country: 'SE', postalCode: '211 22', city: 'Malmö', line1: 'Södergatan 12 (Nordic Home butik)' },
  { country: 'NO', postalCode: '0159', city: 'Oslo', line1: 'Karl Johans gate 27 (Nordic Home)' },
  { country: 'DK', postalCode: '1160', city: 'København', line1: 'Strøget 44 (Nordic Home)' },
  { country: 'FI', postalCode: '00100', city: 'Helsinki', line1: 'Aleksanterinkatu 21 (Nordic Home)' },
  { country: 'DE', postalCode: '20095', city: 'Hamburg', line1: 'Mönckebergstraße 9 (Nordic Home Store)' },
  { country: 'DE', postalCode: '10117', city: 'Berlin', line1: 'Friedrichstraße 120 (Nordic Home Store)' },
  { country: 'NL', postalCode: '1012 LG', city: 'Amsterdam', line1: 'Kalverstraat 150 (Nordic Home)' },
];

export const STORE_COUNTRIES: readonly string[] = [...new Set(STORES.map((store) => store.country))];

export function storeIn(rng: Rng, country: string): Address {
  const local = STORES.filter((store) => store.country === country);
  return { ...rng.pick(local.length > 0 ? local : STORES) };
}

/** Parcel lockers and pick-up points: Packstation, Paczkomat, Pakkeboks, Instabox. */
export function parcelLocker(rng: Rng, country: string): Address {
  const near = randomAddress(country, rng);
  const line1: Record<string, string> = {
    DE: `Packstation ${rng.int(101, 260)}`,
    AT: `Post Empfangsbox ${rng.int(10, 99)}`,
    PL: `Paczkomat ${rng.pick(['WAW', 'KRA', 'GDA', 'POZ', 'WRO'])}${rng.int(10, 299)}M`,
    SE: `Instabox ${near.line1}`,
    NO: `Pakkeboks ${near.line1}`,
    DK: `Pakkeboks ${near.line1}`,
    FI: `Pakettiautomaatti ${near.line1}`,
    NL: `PostNL-punt ${near.line1}`,
    BE: `bpost Paketautomaat ${near.line1}`,
    EE: `Omniva pakiautomaat ${near.line1}`,
    LV: `Omniva pakomāts ${near.line1}`,
    LT: `Omniva paštomatas ${near.line1}`,
  };
  return { ...near, line1: line1[country] ?? `Pick-up point ${near.line1}` };
}

const CABINS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  SE: [
    ['Visby', '621 ##'],
    ['Borgholm', '387 ##'],
    ['Båstad', '269 ##'],
    ['Åre', '837 ##'],
    ['Norrtälje', '761 ##'],
  ],
  NO: [
    ['Hemsedal', '3560'],
    ['Kragerø', '3770'],
    ['Geilo', '3580'],
    ['Lillesand', '4790'],
    ['Hafjell', '2636'],
  ],
  DK: [
    ['Skagen', '9990'],
    ['Hvide Sande', '6960'],
    ['Gudhjem', '3760'],
    ['Hornbæk', '3100'],
  ],
  FI: [
    ['Savonlinna', '57###'],
    ['Porvoo', '06###'],
    ['Kuusamo', '93600'],
    ['Hanko', '10900'],
  ],
  DE: [
    ['Westerland', '25980'],
    ['Heringsdorf', '17424'],
    ['Garmisch-Partenkirchen', '82467'],
  ],
  NL: [
    ['Den Burg', '1791 LL'],
    ['Domburg', '4357 LL'],
  ],
  EE: [
    ['Haapsalu', '90###'],
    ['Kuressaare', '93###'],
  ],
  AT: [
    ['Kitzbühel', '6370'],
    ['Zell am See', '5700'],
  ],
  CH: [
    ['Zermatt', '3920'],
    ['Davos', '7270'],
  ],
};

export const CABIN_COUNTRIES: readonly string[] = Object.keys(CABINS);

const CABIN_ROADS: Readonly<Record<string, readonly string[]>> = {
  SE: ['Sjövägen', 'Strandvägen', 'Skogsvägen'],
  NO: ['Hyttegrenda', 'Fjellveien', 'Strandveien'],
  DK: ['Strandvejen', 'Klitvejen', 'Sommerlyst'],
  FI: ['Mökkitie', 'Rantatie', 'Järventie'],
  DE: ['Dünenweg', 'Strandstraße', 'Am Hang'],
  NL: ['Duinweg', 'Strandweg'],
  EE: ['Ranna tee', 'Mere tee'],
  AT: ['Bergweg', 'Almweg'],
  CH: ['Bergweg', 'Chaletweg'],
};

/** A summer house or ski cabin: same country as home, in a holiday region far from it. */
export function cabin(rng: Rng, country: string): Address {
  const where = CABINS[country] ? country : 'SE';
  const [city, postal] = rng.pick(CABINS[where] ?? []);
  return {
    country: where,
    postalCode: fillTemplate(postal, rng),
    city,
    line1: `${rng.pick(CABIN_ROADS[where] ?? ['Strandvägen'])} ${rng.int(1, 120)}`,
  };
}

const CAMPUS_TOWNS: Readonly<Record<string, readonly string[]>> = {
  SE: ['Uppsala', 'Lund', 'Umeå', 'Linköping'],
  NO: ['Trondheim', 'Bergen', 'Tromsø'],
  DK: ['Aarhus', 'Odense', 'Aalborg'],
  FI: ['Tampere', 'Turku', 'Oulu', 'Jyväskylä'],
  EE: ['Tartu'],
  LT: ['Kaunas', 'Vilnius'],
  LV: ['Rīga'],
  DE: ['Freiburg im Breisgau', 'Kiel', 'Leipzig', 'München'],
  AT: ['Graz', 'Wien'],
  CH: ['Lausanne', 'Zürich', 'Bern'],
  NL: ['Groningen', 'Utrecht'],
  BE: ['Leuven', 'Gent'],
  PL: ['Kraków', 'Wrocław'],
  LU: ['Esch-sur-Alzette'],
};

/** A student flat in a university town of the country. */
export function studentFlat(rng: Rng, country: string): Address {
  const towns = CAMPUS_TOWNS[country] ?? [];
  const flat = randomAddress(country, rng, towns.length > 0 ? rng.pick(towns) : undefined);
  return flat;
}
