import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store sells: Israel in shekels on the Hebrew (and Russian) site; the US, Canada and Australia in
 * US dollars, the UK in pounds and eight euro countries in euros on the English site. Cities carry their
 * December UTC offset and the start of their postal codes; addresses are drawn in the country's own format.
 */

export type Country =
  'IL' | 'US' | 'CA' | 'AU' | 'GB' | 'DE' | 'FR' | 'NL' | 'BE' | 'AT' | 'IT' | 'ES' | 'IE';
/** Where only the sanctioned-country kind goes, and where Israelis travel; never a market. */
export type Elsewhere = 'RU' | 'BY' | 'TH' | 'GR' | 'CY';
export type Currency = 'ILS' | 'USD' | 'EUR' | 'GBP';

export interface City {
  name: string;
  tz: number;
  /** Starts of postal codes (or UK/Canadian/Irish outward codes). */
  postal: readonly string[];
  weight: number;
}

export interface Market {
  currency: Currency;
  locale: string;
  /** Share of the international site's orders. */
  weight: number;
  cities: readonly City[];
}

const city = (name: string, tz: number, postal: readonly string[], weight = 1): City => ({
  name,
  tz,
  postal,
  weight,
});

export const MARKETS: Record<Country, Market> = {
  IL: {
    currency: 'ILS',
    locale: 'he-IL',
    weight: 0,
    cities: [
      city('Tel Aviv-Yafo', 2, ['61', '62', '63', '64', '65', '66', '67', '68'], 9),
      city('Jerusalem', 2, ['91', '93', '95', '96', '97'], 8),
      city('Haifa', 2, ['31', '32', '33', '34', '35'], 5),
      city('Rishon LeZion', 2, ['75'], 4),
      city('Petah Tikva', 2, ['49'], 4),
      city('Ashdod', 2, ['77'], 4),
      city('Netanya', 2, ['42'], 4),
      city("Be'er Sheva", 2, ['84'], 4),
      city('Holon', 2, ['58'], 3),
      city('Bnei Brak', 2, ['51'], 2),
      city('Ramat Gan', 2, ['52'], 3),
      city('Rehovot', 2, ['76'], 2),
      city('Bat Yam', 2, ['59'], 2),
      city('Herzliya', 2, ['46'], 2),
      city('Kfar Saba', 2, ['44'], 2),
      city("Ra'anana", 2, ['43'], 2),
      city("Modi'in-Maccabim-Re'ut", 2, ['71'], 2),
      city('Ashkelon', 2, ['78'], 2),
      city('Hadera', 2, ['38'], 1.5),
      city('Nazareth', 2, ['16'], 1.5),
      city('Karmiel', 2, ['21'], 1),
      city('Eilat', 2, ['88'], 1),
      city('Umm al-Fahm', 2, ['30'], 1),
      city('Rosh HaAyin', 2, ['48'], 1),
    ],
  },
  US: {
    currency: 'USD',
    locale: 'en-US',
    weight: 38,
    cities: [
      city('New York, NY', -5, ['100', '101', '102'], 5),
      city('Brooklyn, NY', -5, ['112'], 4),
      city('Los Angeles, CA', -8, ['900', '913'], 4),
      city('Miami, FL', -5, ['331'], 2),
      city('Boca Raton, FL', -5, ['334'], 2),
      city('Chicago, IL', -6, ['606'], 3),
      city('Houston, TX', -6, ['770'], 2),
      city('Dallas, TX', -6, ['752'], 2),
      city('Philadelphia, PA', -5, ['191'], 2),
      city('Phoenix, AZ', -7, ['850'], 2),
      city('San Diego, CA', -8, ['921'], 2),
      city('Atlanta, GA', -5, ['303'], 2),
      city('Seattle, WA', -8, ['981'], 1.5),
      city('Denver, CO', -7, ['802'], 1.5),
      city('Boston, MA', -5, ['021'], 1.5),
      city('Teaneck, NJ', -5, ['076'], 1),
      city('Lakewood, NJ', -5, ['087'], 1),
      city('Baltimore, MD', -5, ['212'], 1),
      city('Las Vegas, NV', -8, ['891'], 1),
      city('Austin, TX', -6, ['787'], 1),
      city('Columbus, OH', -5, ['432'], 1),
      city('Charlotte, NC', -5, ['282'], 1),
    ],
  },
  CA: {
    currency: 'USD',
    locale: 'en-CA',
    weight: 9,
    cities: [
      city('Toronto, ON', -5, ['M4', 'M5', 'M6'], 4),
      city('Thornhill, ON', -5, ['L4J'], 1),
      city('Montreal, QC', -5, ['H2', 'H3', 'H4'], 3),
      city('Vancouver, BC', -8, ['V5', 'V6'], 2),
      city('Calgary, AB', -7, ['T2', 'T3'], 1.5),
      city('Ottawa, ON', -5, ['K1', 'K2'], 1),
    ],
  },
  AU: {
    currency: 'USD',
    locale: 'en-AU',
    weight: 8,
    cities: [
      city('Sydney NSW', 11, ['20', '21'], 4),
      city('Melbourne VIC', 11, ['30', '31'], 4),
      city('Brisbane QLD', 10, ['40', '41'], 2),
      city('Gold Coast QLD', 10, ['42'], 1),
      city('Perth WA', 8, ['60', '61'], 1.5),
      city('Adelaide SA', 10.5, ['50'], 1),
    ],
  },
  GB: {
    currency: 'GBP',
    locale: 'en-GB',
    weight: 15,
    cities: [
      city('London', 0, ['NW11', 'N3', 'NW4', 'W1', 'SW6', 'E14', 'N16', 'SE1', 'NW3', 'HA8'], 6),
      city('Manchester', 0, ['M1', 'M20', 'M7', 'M25'], 2),
      city('Leeds', 0, ['LS17', 'LS6'], 1),
      city('Birmingham', 0, ['B15', 'B13'], 1.5),
      city('Glasgow', 0, ['G12', 'G41'], 1),
      city('Bristol', 0, ['BS8', 'BS6'], 1),
      city('Edinburgh', 0, ['EH1', 'EH10'], 1),
      city('Liverpool', 0, ['L18'], 0.5),
    ],
  },
  DE: {
    currency: 'EUR',
    locale: 'de-DE',
    weight: 8,
    cities: [
      city('Berlin', 1, ['10', '12', '13', '14'], 4),
      city('Hamburg', 1, ['20', '22'], 2),
      city('München', 1, ['80', '81'], 2),
      city('Köln', 1, ['50', '51'], 1.5),
      city('Frankfurt am Main', 1, ['60'], 1.5),
      city('Düsseldorf', 1, ['40'], 1),
      city('Stuttgart', 1, ['70'], 1),
      city('Leipzig', 1, ['04'], 1),
    ],
  },
  FR: {
    currency: 'EUR',
    locale: 'fr-FR',
    weight: 9,
    cities: [
      city('Paris', 1, ['750'], 5),
      city('Neuilly-sur-Seine', 1, ['922'], 1),
      city('Sarcelles', 1, ['952'], 1),
      city('Lyon', 1, ['690'], 1.5),
      city('Marseille', 1, ['130'], 1.5),
      city('Nice', 1, ['060'], 1),
      city('Toulouse', 1, ['310'], 1),
      city('Strasbourg', 1, ['670'], 1),
    ],
  },
  NL: {
    currency: 'EUR',
    locale: 'nl-NL',
    weight: 3,
    cities: [
      city('Amsterdam', 1, ['10', '11'], 3),
      city('Amstelveen', 1, ['118'], 1),
      city('Rotterdam', 1, ['30', '31'], 2),
      city('Utrecht', 1, ['35'], 1),
      city('Den Haag', 1, ['25'], 1),
    ],
  },
  BE: {
    currency: 'EUR',
    locale: 'fr-BE',
    weight: 2,
    cities: [
      city('Bruxelles', 1, ['10', '11', '12'], 3),
      city('Antwerpen', 1, ['20', '21'], 2),
      city('Gent', 1, ['90'], 1),
      city('Liège', 1, ['40'], 1),
    ],
  },
  AT: {
    currency: 'EUR',
    locale: 'de-AT',
    weight: 1,
    cities: [
      city('Wien', 1, ['10', '11', '12'], 3),
      city('Graz', 1, ['80'], 1),
      city('Salzburg', 1, ['50'], 1),
    ],
  },
  IT: {
    currency: 'EUR',
    locale: 'it-IT',
    weight: 2,
    cities: [
      city('Roma', 1, ['001'], 3),
      city('Milano', 1, ['201'], 3),
      city('Torino', 1, ['101'], 1),
      city('Bologna', 1, ['401'], 1),
      city('Firenze', 1, ['501'], 1),
    ],
  },
  ES: {
    currency: 'EUR',
    locale: 'es-ES',
    weight: 2,
    cities: [
      city('Madrid', 1, ['280'], 3),
      city('Barcelona', 1, ['080'], 3),
      city('Valencia', 1, ['460'], 1),
      city('Málaga', 1, ['290'], 1),
      city('Marbella', 1, ['296'], 1),
    ],
  },
  IE: {
    currency: 'EUR',
    locale: 'en-IE',
    weight: 2,
    cities: [city('Dublin', 0, ['D04', 'D06', 'D14', 'D18', 'D24'], 4), city('Cork', 0, ['T12'], 1)],
  },
};

/** Countries the international site ships to, by share of its orders. */
export const ABROAD = (Object.keys(MARKETS) as Country[]).filter((c) => c !== 'IL');
export const ABROAD_WEIGHTS: ReadonlyArray<readonly [Country, number]> = ABROAD.map((c) => [
  c,
  MARKETS[c].weight,
]);

/** The cities of the two sanctioned countries the store's Russian-speaking customers have family in. */
export const SANCTIONED_CITIES: Record<'RU' | 'BY', readonly City[]> = {
  RU: [
    city('Moskva', 3, ['101', '105', '117', '119', '121', '123'], 5),
    city('Sankt-Peterburg', 3, ['190', '191', '194', '197'], 3),
    city('Yekaterinburg', 5, ['620'], 1),
    city('Novosibirsk', 7, ['630'], 1),
  ],
  BY: [city('Minsk', 3, ['220'], 4), city('Gomel', 3, ['246'], 1)],
};

const STREETS: Record<string, readonly string[]> = {
  IL: [
    'Herzl St',
    'Rothschild Blvd',
    'Ben Gurion Blvd',
    'Jabotinsky St',
    'Weizmann St',
    'HaNasi St',
    'Sokolov St',
    'Bialik St',
    "Ahad Ha'Am St",
    'Rabbi Akiva St',
    'HaRav Kook St',
    'Ben Yehuda St',
    'Allenby St',
    'Dizengoff St',
    'Ibn Gabirol St',
    'HaPalmach St',
    'Moshe Sharet St',
    'Menachem Begin Blvd',
    'Yitzhak Rabin St',
    'Golda Meir St',
    'HaAtzmaut St',
    'Kakal St',
    'HaShoftim St',
    'Hagefen St',
  ],
  EN: [
    'Maple Ave',
    'Oak Street',
    'Park Avenue',
    'Church Road',
    'High Street',
    'Elm Drive',
    'Cedar Lane',
    'Victoria Road',
    'King Street',
    'Station Road',
    'Lakeview Dr',
    'Willow Way',
    'Queen Street',
    'Highland Ave',
  ],
  DE: [
    'Hauptstraße',
    'Schulstraße',
    'Bahnhofstraße',
    'Gartenstraße',
    'Lindenallee',
    'Bergstraße',
    'Kirchweg',
  ],
  FR: [
    'rue de la Paix',
    'avenue Victor Hugo',
    'rue du Commerce',
    'boulevard Voltaire',
    'rue des Lilas',
    'avenue de la République',
  ],
  NL: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Molenweg', 'Prinsengracht', 'Amstelveenseweg'],
  IT: ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Mazzini', 'Via Dante'],
  ES: ['Calle Mayor', 'Calle Real', 'Avenida de la Constitución', 'Calle del Sol', 'Paseo de Gracia'],
  RU: ['ul. Lenina', 'ul. Tverskaya', 'Leninsky pr.', 'ul. Gagarina', 'pr. Mira', 'ul. Sovetskaya'],
};

const streetsOf = (country: string): readonly string[] =>
  country === 'IL'
    ? (STREETS['IL'] ?? [])
    : ['DE', 'AT'].includes(country)
      ? (STREETS['DE'] ?? [])
      : ['FR', 'BE'].includes(country)
        ? (STREETS['FR'] ?? [])
        : country === 'NL'
          ? (STREETS['NL'] ?? [])
          : country === 'IT'
            ? (STREETS['IT'] ?? [])
            : country === 'ES'
              ? (STREETS['ES'] ?? [])
              : ['RU', 'BY'].includes(country)
                ? (STREETS['RU'] ?? [])
                : (STREETS['EN'] ?? []);

const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** A postal code in the country's format, starting as the city's do. */
export function postalCode(rng: Rng, country: string, c: City): string {
  const start = rng.pick(c.postal);
  const fill = (length: number) => start + rng.digits(Math.max(0, length - start.length));
  switch (country) {
    case 'IL':
      return fill(7);
    case 'US':
    case 'DE':
    case 'FR':
    case 'IT':
    case 'ES':
      return fill(5);
    case 'AU':
    case 'BE':
    case 'AT':
      return fill(4);
    case 'NL':
      return `${fill(4)} ${rng.token(2, LETTERS)}`;
    case 'GB':
      return `${start} ${rng.digits(1)}${rng.token(2, LETTERS)}`;
    case 'CA': {
      const area = start.length === 2 ? start + rng.token(1, 'ABCEGHJKLMNPRSTVXY') : start;
      return `${area} ${rng.digits(1)}${rng.token(1, 'ABCEGHJKLMNPRSTVWXYZ')}${rng.digits(1)}`;
    }
    case 'IE': {
      const letter = () => rng.token(1, 'ACDEFHKNPRTVWXY');
      return `${start} ${letter()}${rng.digits(1)}${letter()}${rng.digits(1)}`;
    }
    default:
      return fill(6);
  }
}

/** A street line in the country's order (number after the street in Israel and continental Europe). */
export function streetLine(rng: Rng, country: string): string {
  const street = rng.pick(streetsOf(country));
  const n = rng.int(1, ['US', 'CA', 'AU'].includes(country) ? 9800 : 140);
  if (country === 'IL') return `${street} ${n}${rng.chance(0.7) ? `, Apt ${rng.int(1, 40)}` : ''}`;
  if (['DE', 'AT', 'NL', 'IT', 'ES', 'BE'].includes(country)) return `${street} ${n}`;
  if (['RU', 'BY'].includes(country)) return `${street}, d. ${n}, kv. ${rng.int(1, 300)}`;
  if (country === 'FR') return `${n} ${street}`;
  return `${n} ${street}${rng.chance(0.25) ? ` Apt ${rng.int(1, 30)}` : ''}`;
}

export const pickCity = (rng: Rng, cities: readonly City[]): City =>
  rng.weightedPick(cities.map((c) => [c, c.weight] as const));

/** A home address in one of the store's countries, with the city's UTC offset. */
export function homeIn(rng: Rng, country: Country): { address: Address; tz: number } {
  const c = pickCity(rng, MARKETS[country].cities);
  return {
    address: {
      country,
      postalCode: postalCode(rng, country, c),
      city: c.name,
      line1: streetLine(rng, country),
    },
    tz: c.tz,
  };
}

/** A home address in Russia or Belarus (the sanctioned-country kind only). */
export function sanctionedHome(rng: Rng, country: 'RU' | 'BY'): { address: Address; tz: number } {
  const c = pickCity(rng, SANCTIONED_CITIES[country]);
  return {
    address: {
      country,
      postalCode: postalCode(rng, country, c),
      city: c.name,
      line1: streetLine(rng, country),
    },
    tz: c.tz,
  };
}

/** Another address in the same city (a relative, an office, a neighbour). */
export function nearby(rng: Rng, a: Address): Address {
  return { ...a, line1: streetLine(rng, a.country) };
}

const PICKUP_PLACES = [
  'parcel locker, central bus station',
  'pharmacy pickup counter, Dizengoff Center',
  'parcel locker, train station',
  'convenience store at the fuel station',
  'parcel locker, mall entrance',
  'post office branch',
  'pickup point, corner grocery',
  'parcel locker, community centre',
];

/** A pickup point or parcel locker in an Israeli city. */
export function pickupPoint(rng: Rng, cityName?: string): Address {
  const c = cityName
    ? (MARKETS.IL.cities.find((x) => x.name === cityName) ?? pickCity(rng, MARKETS.IL.cities))
    : pickCity(rng, MARKETS.IL.cities);
  return {
    country: 'IL',
    postalCode: postalCode(rng, 'IL', c),
    city: c.name,
    line1: `Pickup point ${rng.digits(4)}: ${rng.pick(PICKUP_PLACES)}`,
  };
}

/** Freight forwarders' and reshippers' warehouses, with a suite number per customer. */
const FORWARDERS: ReadonlyArray<Omit<Address, 'line1'> & { street: string }> = [
  { country: 'US', city: 'Doral, FL', postalCode: '33166', street: '8236 NW 66th St' },
  { country: 'US', city: 'Miami, FL', postalCode: '33122', street: '2010 NW 84th Ave' },
  { country: 'US', city: 'New Castle, DE', postalCode: '19720', street: '20 Parkway Circle' },
  { country: 'US', city: 'Portland, OR', postalCode: '97230', street: '15920 NE Sandy Blvd' },
  { country: 'US', city: 'Newark, NJ', postalCode: '07114', street: '411 Wilson Ave' },
  { country: 'GB', city: 'Hayes', postalCode: 'UB3 5AN', street: 'Unit 7, Dawley Road' },
  { country: 'CA', city: 'Mississauga, ON', postalCode: 'L5T 2N1', street: '6500 Tomken Rd' },
  { country: 'AU', city: 'Mascot NSW', postalCode: '2020', street: '11 Church Ave' },
];

/** A forwarder's warehouse in `country` (any when there is none there). */
export function forwarder(rng: Rng, country?: string): Address {
  const here = FORWARDERS.filter((f) => f.country === country);
  const f = rng.pick(here.length > 0 ? here : FORWARDERS);
  return {
    country: f.country,
    city: f.city,
    ...(f.postalCode ? { postalCode: f.postalCode } : {}),
    line1: `${f.street}, Ste ${rng.pick(['', 'A', 'B', 'C'])}${rng.int(100, 9999)}`,
  };
}
