import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's buyers live and where it delivers: each country's summer UTC offset, currency, site locale,
 * cities with postal codes, and the Split-region accommodation and marina addresses its own van serves.
 */

export type Currency = 'EUR' | 'GBP' | 'USD';

export interface Place {
  tz: number;
  currency: Currency;
  locale: string;
  /** In the EU (and so under PSD2 strong authentication, courier as EU parcel). */
  eu: boolean;
  cities: ReadonlyArray<readonly [string, string]>;
  streets: readonly string[];
}

const place = (
  tz: number,
  currency: Currency,
  locale: string,
  eu: boolean,
  cities: ReadonlyArray<readonly [string, string]>,
  streets: readonly string[],
): Place => ({ tz, currency, locale, eu, cities, streets });

/** Markets the shop serves (honest buyers live and ship only here). */
export const MARKETS = {
  HR: place(
    2,
    'EUR',
    'hr-HR',
    true,
    [
      ['Split', '21000'],
      ['Zagreb', '10000'],
      ['Rijeka', '51000'],
      ['Zadar', '23000'],
      ['Osijek', '31000'],
      ['Makarska', '21300'],
      ['Trogir', '21220'],
      ['Kaštel Stari', '21216'],
      ['Omiš', '21310'],
      ['Sinj', '21230'],
      ['Dubrovnik', '20000'],
      ['Varaždin', '42000'],
    ],
    ['Ulica Domovinskog rata', 'Put Brda', 'Vukovarska', 'Ilica', 'Poljička cesta', 'Ulica kralja Zvonimira'],
  ),
  DE: place(
    2,
    'EUR',
    'de-DE',
    true,
    [
      ['München', '80331'],
      ['Stuttgart', '70173'],
      ['Frankfurt am Main', '60311'],
      ['Berlin', '10115'],
      ['Köln', '50667'],
      ['Nürnberg', '90402'],
      ['Hamburg', '20095'],
    ],
    ['Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'Schillerstraße', 'Gartenstraße'],
  ),
  AT: place(
    2,
    'EUR',
    'de-AT',
    true,
    [
      ['Wien', '1100'],
      ['Graz', '8010'],
      ['Linz', '4020'],
      ['Salzburg', '5020'],
      ['Innsbruck', '6020'],
    ],
    ['Favoritenstraße', 'Herrengasse', 'Landstraße', 'Mariahilfer Straße'],
  ),
  SI: place(
    2,
    'EUR',
    'sl-SI',
    true,
    [
      ['Ljubljana', '1000'],
      ['Maribor', '2000'],
      ['Celje', '3000'],
    ],
    ['Celovška cesta', 'Slovenska cesta', 'Tržaška cesta'],
  ),
  PL: place(
    2,
    'EUR',
    'pl-PL',
    true,
    [
      ['Warszawa', '00-950'],
      ['Kraków', '30-001'],
      ['Wrocław', '50-001'],
      ['Katowice', '40-001'],
    ],
    ['ul. Marszałkowska', 'ul. Długa', 'ul. Polna'],
  ),
  CZ: place(
    2,
    'EUR',
    'cs-CZ',
    true,
    [
      ['Praha', '110 00'],
      ['Brno', '602 00'],
      ['Ostrava', '702 00'],
    ],
    ['Vinohradská', 'Masarykova', 'Nádražní'],
  ),
  IT: place(
    2,
    'EUR',
    'it-IT',
    true,
    [
      ['Milano', '20121'],
      ['Trieste', '34121'],
      ['Bologna', '40121'],
      ['Torino', '10121'],
    ],
    ['Via Roma', 'Via Garibaldi', 'Corso Italia'],
  ),
  FR: place(
    2,
    'EUR',
    'fr-FR',
    true,
    [
      ['Paris', '75011'],
      ['Lyon', '69003'],
      ['Nantes', '44000'],
    ],
    ['Rue de la République', 'Avenue Jean Jaurès', 'Rue Victor Hugo'],
  ),
  NL: place(
    2,
    'EUR',
    'nl-NL',
    true,
    [
      ['Amsterdam', '1017'],
      ['Utrecht', '3511'],
      ['Rotterdam', '3011'],
    ],
    ['Kerkstraat', 'Dorpsstraat', 'Stationsweg'],
  ),
  SE: place(
    2,
    'EUR',
    'sv-SE',
    true,
    [
      ['Stockholm', '111 20'],
      ['Göteborg', '411 01'],
      ['Malmö', '211 20'],
    ],
    ['Storgatan', 'Drottninggatan', 'Kungsgatan'],
  ),
  GB: place(
    1,
    'GBP',
    'en-GB',
    false,
    [
      ['London', 'SE1 7PB'],
      ['Manchester', 'M1 1AE'],
      ['Bristol', 'BS1 4DJ'],
      ['Leeds', 'LS1 4DY'],
      ['Edinburgh', 'EH1 1YZ'],
    ],
    ['High Street', 'Station Road', 'Church Lane', 'Victoria Road'],
  ),
  US: place(
    -4,
    'USD',
    'en-US',
    false,
    [
      ['New York, NY', '10001'],
      ['Cleveland, OH', '44114'],
      ['Pittsburgh, PA', '15222'],
      ['Chicago, IL', '60601'],
      ['San Pedro, CA', '90731'],
      ['Boston, MA', '02108'],
    ],
    ['Main Street', 'Oak Avenue', 'Maple Drive', 'Lakeview Road'],
  ),
} as const satisfies Record<string, Place>;

export type Market = keyof typeof MARKETS;
export const MARKET_CODES = Object.keys(MARKETS) as Market[];

/** Countries the shop does not serve, which only its sanctioned-country buyers and their forwarders touch. */
export const ELSEWHERE: Readonly<Record<string, { city: string; postalCode: string; street: string }>> = {
  RU: { city: 'Moskva', postalCode: '119049', street: 'ul. Bolshaya Yakimanka' },
  BY: { city: 'Minsk', postalCode: '220030', street: 'pr. Nezavisimosti' },
  IR: { city: 'Tehran', postalCode: '1516745811', street: 'Vali Asr St' },
  CU: { city: 'La Habana', postalCode: '10400', street: 'Calle 23' },
  KZ: { city: 'Almaty', postalCode: '050000', street: 'Abay Ave' },
  LT: { city: 'Vilnius', postalCode: '02244', street: 'Savanorių pr. (forwarder unit)' },
};

export function addressIn(rng: Rng, country: Market): Address {
  const m: Place = MARKETS[country];
  const [city, postalCode] = rng.pick(m.cities);
  return { country, city, postalCode, line1: `${rng.pick(m.streets)} ${rng.int(1, 120)}` };
}

export function addressElsewhere(rng: Rng, country: string): Address {
  const e = ELSEWHERE[country];
  if (!e) throw new Error(`no address for ${country}`);
  return { country, city: e.city, postalCode: e.postalCode, line1: `${e.street} ${rng.int(1, 90)}` };
}

/** Holiday apartments, hotels and villas around Split where the shop's van delivers the same day. */
const STAYS: ReadonlyArray<readonly [string, string, string]> = [
  ['Split', '21000', 'Apartmani Varoš, Šperun'],
  ['Split', '21000', 'Studio apartman Bačvice, Put Firula'],
  ['Split', '21000', 'Hotel room, Obala kneza Domagoja'],
  ['Podstrana', '21312', 'Villa apartments, Put Sv. Martina'],
  ['Trogir', '21220', 'Apartmani Čiovo, Ulica Put Gradine'],
  ['Omiš', '21310', 'Apartman Duće, Jadranska cesta'],
  ['Supetar', '21400', 'Holiday house, Put Vela Luke'],
  ['Makarska', '21300', 'Apartmani Riva, Kačićev trg'],
];

/** Marinas where charter guests and skippers take deliveries at the pontoon. */
const MARINAS: ReadonlyArray<readonly [string, string, string]> = [
  ['Split', '21000', 'ACI marina Split, Uvala Baluni'],
  ['Kaštel Gomilica', '21213', 'Marina Kaštela, Brce'],
  ['Trogir', '21220', 'ACI marina Trogir, Put Cumbrijana'],
  ['Hvar', '21450', 'ACI marina Palmižana, Sv. Klement'],
  ['Rogoznica', '22203', 'Marina Frapa, Uvala Soline'],
  ['Milna', '21405', 'ACI marina Milna, Brač'],
];

export function stayAddress(rng: Rng): Address {
  const [city, postalCode, line] = rng.pick(STAYS);
  return { country: 'HR', city, postalCode, line1: `${line} ${rng.int(1, 60)}, app. ${rng.int(1, 8)}` };
}

export function marinaAddress(rng: Rng): Address {
  const [city, postalCode, line] = rng.pick(MARINAS);
  return {
    country: 'HR',
    city,
    postalCode,
    line1: `${line}, gat ${rng.pick(['A', 'B', 'C', 'D'])} vez ${rng.int(1, 40)}`,
  };
}

/** The family shop in Split's old town, for pickup. */
export const SHOP: Address = { country: 'HR', city: 'Split', postalCode: '21000', line1: 'Bosanska ulica 4' };

/**
 * The season: Monday 20 July 2026 00:00 in Split (UTC+2) for 35 days, to Sunday 23 August; Dan pobjede
 * (5 August) and Velika Gospa (15 August) are public holidays, when the shop stays shut for pickups.
 */
export const START = Date.UTC(2026, 6, 19, 22);
export const DAYS = 35;
export const HOLIDAYS: readonly string[] = ['2026-08-05', '2026-08-15'];
