import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The five markets the store sells in, their cities (with postal districts, a university or not, a holiday-rental
 * coast or island or not) and the warehouses that do click-and-collect, and the homes abroad that travellers,
 * holiday-home owners and fraudsters bill to.
 */

export type Market = 'IT' | 'ES' | 'PL' | 'RO' | 'GR';
export type Currency = 'EUR' | 'PLN' | 'RON';

export interface MarketInfo {
  currency: Currency;
  /** UTC offset in January. */
  tz: number;
  /** VAT in per cent (prices include it). */
  vat: number;
  locale: string;
  /** Share of the store's orders. */
  share: number;
  /** Local minor units per euro cent (for price lists). */
  rate: number;
}

export const MARKETS: Readonly<Record<Market, MarketInfo>> = {
  IT: { currency: 'EUR', tz: 1, vat: 22, locale: 'it-IT', share: 34, rate: 1 },
  ES: { currency: 'EUR', tz: 1, vat: 21, locale: 'es-ES', share: 27, rate: 1 },
  PL: { currency: 'PLN', tz: 1, vat: 23, locale: 'pl-PL', share: 19, rate: 4.3 },
  RO: { currency: 'RON', tz: 2, vat: 21, locale: 'ro-RO', share: 11, rate: 5 },
  GR: { currency: 'EUR', tz: 2, vat: 24, locale: 'el-GR', share: 9, rate: 1 },
};

export interface City {
  name: string;
  market: Market;
  weight: number;
  /** Postal code: a template where each `#` is a digit. */
  postal: readonly string[];
  campus?: boolean;
  /** A coast, island or mountain town full of holiday rentals. */
  resort?: boolean;
  /** The click-and-collect warehouse serving it. */
  warehouse?: string;
}

const c = (
  market: Market,
  name: string,
  weight: number,
  postal: string[],
  extra: Partial<Pick<City, 'campus' | 'resort' | 'warehouse'>> = {},
): City => ({ name, market, weight, postal, ...extra });

export const CITIES: readonly City[] = [
  c('IT', 'Milano', 16, ['201##'], { campus: true, warehouse: 'MI-Pero' }),
  c('IT', 'Roma', 16, ['001##'], { campus: true, warehouse: 'RM-Fiano' }),
  c('IT', 'Napoli', 9, ['801##'], { campus: true, warehouse: 'NA-Nola' }),
  c('IT', 'Torino', 7, ['101##'], { campus: true, warehouse: 'MI-Pero' }),
  c('IT', 'Bologna', 6, ['401##'], { campus: true, warehouse: 'BO-Interporto' }),
  c('IT', 'Firenze', 5, ['501##'], { warehouse: 'BO-Interporto' }),
  c('IT', 'Bari', 5, ['701##'], { campus: true }),
  c('IT', 'Palermo', 5, ['901##']),
  c('IT', 'Padova', 4, ['351##'], { campus: true, warehouse: 'BO-Interporto' }),
  c('IT', 'Pisa', 2, ['561##'], { campus: true }),
  c('IT', 'Olbia', 1, ['07026'], { resort: true }),
  c('IT', 'Rimini', 2, ['479##'], { resort: true }),
  c('IT', 'Sorrento', 1, ['80067'], { resort: true }),
  c('IT', 'Taormina', 1, ['98039'], { resort: true }),
  c('ES', 'Madrid', 20, ['280##'], { campus: true, warehouse: 'MAD-Getafe' }),
  c('ES', 'Barcelona', 16, ['080##'], { campus: true, warehouse: 'BCN-ZonaFranca' }),
  c('ES', 'Valencia', 8, ['460##'], { campus: true, warehouse: 'VLC-Ribarroja' }),
  c('ES', 'Sevilla', 7, ['410##'], { warehouse: 'SVQ-Dos-Hermanas' }),
  c('ES', 'Zaragoza', 4, ['500##'], { campus: true }),
  c('ES', 'Bilbao', 4, ['480##']),
  c('ES', 'Málaga', 5, ['290##'], { resort: true, warehouse: 'SVQ-Dos-Hermanas' }),
  c('ES', 'Marbella', 2, ['2960#'], { resort: true }),
  c('ES', 'Torrevieja', 2, ['0318#'], { resort: true }),
  c('ES', 'Palma', 3, ['070##'], { resort: true }),
  c('ES', 'Las Palmas de Gran Canaria', 2, ['350##'], { resort: true }),
  c('PL', 'Warszawa', 22, ['00-###', '01-###', '02-###', '03-###', '04-###'], {
    campus: true,
    warehouse: 'WAW-Pruszków',
  }),
  c('PL', 'Kraków', 12, ['30-###', '31-###'], { campus: true, warehouse: 'KRK-Balice' }),
  c('PL', 'Wrocław', 9, ['50-###', '51-###', '53-###'], { campus: true, warehouse: 'WRO-Bielany' }),
  c('PL', 'Poznań', 7, ['60-###', '61-###'], { campus: true }),
  c('PL', 'Gdańsk', 7, ['80-###'], { campus: true }),
  c('PL', 'Łódź', 6, ['90-###', '91-###', '93-###']),
  c('PL', 'Katowice', 6, ['40-###'], { warehouse: 'KRK-Balice' }),
  c('PL', 'Zakopane', 2, ['34-500'], { resort: true }),
  c('PL', 'Sopot', 1, ['81-7##'], { resort: true }),
  c('RO', 'București', 30, ['01####', '02####', '03####', '04####', '05####', '06####'], {
    campus: true,
    warehouse: 'B-Chiajna',
  }),
  c('RO', 'Cluj-Napoca', 12, ['400###'], { campus: true, warehouse: 'CJ-Jucu' }),
  c('RO', 'Iași', 8, ['700###'], { campus: true }),
  c('RO', 'Timișoara', 9, ['300###'], { campus: true }),
  c('RO', 'Brașov', 7, ['500###'], { resort: true }),
  c('RO', 'Constanța', 6, ['900###'], { resort: true }),
  c('GR', 'Athína', 40, ['10# ##', '11# ##', '15# ##'], { campus: true, warehouse: 'ATH-Aspropyrgos' }),
  c('GR', 'Thessaloníki', 20, ['54# ##', '56# ##'], { campus: true, warehouse: 'SKG-Sindos' }),
  c('GR', 'Pátra', 6, ['26# ##'], { campus: true }),
  c('GR', 'Irákleio', 6, ['71# ##'], { campus: true }),
  c('GR', 'Chaniá', 4, ['731 ##'], { resort: true }),
  c('GR', 'Santoríni', 2, ['847 00'], { resort: true }),
  c('GR', 'Mýkonos', 2, ['846 00'], { resort: true }),
  c('GR', 'Kérkyra', 3, ['491 00'], { resort: true }),
  c('GR', 'Ródos', 3, ['851 00'], { resort: true }),
];

export const citiesOf = (m: Market, only: (city: City) => boolean = () => true): City[] =>
  CITIES.filter((city) => city.market === m && only(city));

export function pickCity(rng: Rng, m: Market, only: (city: City) => boolean = () => true): City {
  const list = citiesOf(m, only);
  return rng.weightedPick(list.map((city) => [city, city.weight] as const));
}

export const pickMarket = (rng: Rng): Market =>
  rng.weightedPick((Object.keys(MARKETS) as Market[]).map((m) => [m, MARKETS[m].share] as const));

const STREETS: Readonly<Record<Market, readonly string[]>> = {
  IT: [
    'Via Roma',
    'Via Garibaldi',
    'Corso Vittorio Emanuele II',
    'Via Mazzini',
    'Viale dei Mille',
    'Via Verdi',
    'Via della Repubblica',
  ],
  ES: [
    'Calle Mayor',
    'Avenida de la Constitución',
    'Calle del Sol',
    'Gran Vía',
    'Calle Real',
    'Paseo Marítimo',
    'Calle de Alcalá',
  ],
  PL: [
    'ul. Długa',
    'ul. Mickiewicza',
    'ul. Polna',
    'al. Jana Pawła II',
    'ul. Kościuszki',
    'ul. Lipowa',
    'os. Kolorowe',
  ],
  RO: [
    'Str. Mihai Eminescu',
    'Bd. Unirii',
    'Str. Avram Iancu',
    'Calea Victoriei',
    'Str. Republicii',
    'Șos. Pantelimon',
  ],
  GR: [
    'Ermou',
    'Leoforos Kifisias',
    'Patision',
    'Egnatias',
    'Tsimiski',
    'Akti Miaouli',
    'Eleftheriou Venizelou',
  ],
};

function postal(rng: Rng, city: City): string {
  return rng.pick(city.postal).replace(/#/g, () => String(rng.int(0, 9)));
}

function line1(rng: Rng, m: Market): string {
  const street = rng.pick(STREETS[m]);
  const n = rng.int(1, 180);
  if (m === 'ES') return `${street} ${n}, ${rng.int(1, 9)}º${rng.pick(['A', 'B', 'C', 'D'])}`;
  if (m === 'PL') return rng.chance(0.7) ? `${street} ${n}/${rng.int(1, 60)}` : `${street} ${n}`;
  if (m === 'RO')
    return rng.chance(0.6)
      ? `${street} ${n}, bl. ${rng.pick(['A', 'B', 'C', 'M'])}${rng.int(1, 9)}, ap. ${rng.int(1, 80)}`
      : `${street} ${n}`;
  if (m === 'IT') return rng.chance(0.3) ? `${street} ${n}/${rng.pick(['A', 'B'])}` : `${street} ${n}`;
  return `${street} ${n}`;
}

/** A street address in the city. */
export const addressIn = (rng: Rng, city: City): Address => ({
  country: city.market,
  postalCode: postal(rng, city),
  city: city.name,
  line1: line1(rng, city.market),
});

/** Homes abroad: where foreign owners, travellers, card holders and fraudsters bill from. */
export interface Abroad {
  country: string;
  city: string;
  postal: string;
  street: string;
}

export const ABROAD: readonly Abroad[] = [
  { country: 'DE', city: 'München', postal: '80###', street: 'Leopoldstraße' },
  { country: 'DE', city: 'Hamburg', postal: '22###', street: 'Eppendorfer Weg' },
  { country: 'DE', city: 'Köln', postal: '50###', street: 'Aachener Straße' },
  { country: 'GB', city: 'London', postal: 'SW# #AA', street: 'Kings Road' },
  { country: 'GB', city: 'Manchester', postal: 'M## #AB', street: 'Wilmslow Road' },
  { country: 'FR', city: 'Lyon', postal: '690##', street: 'Rue de la République' },
  { country: 'NL', city: 'Utrecht', postal: '35## AB', street: 'Oudegracht' },
  { country: 'CH', city: 'Zürich', postal: '80##', street: 'Seefeldstrasse' },
  { country: 'SE', city: 'Göteborg', postal: '41# ##', street: 'Linnégatan' },
  { country: 'NO', city: 'Bergen', postal: '50##', street: 'Kong Oscars gate' },
  { country: 'US', city: 'Houston', postal: '770##', street: 'Westheimer Rd' },
  { country: 'US', city: 'Miami', postal: '331##', street: 'Biscayne Blvd' },
  { country: 'UA', city: 'Lviv', postal: '790##', street: 'vul. Horodotska' },
  { country: 'MD', city: 'Chișinău', postal: 'MD-20##', street: 'Bd. Ștefan cel Mare' },
  { country: 'AL', city: 'Tiranë', postal: '10##', street: 'Rruga e Durrësit' },
  { country: 'NG', city: 'Lagos', postal: '1000##', street: 'Awolowo Road' },
  { country: 'RU', city: 'Moskva', postal: '1190##', street: 'ul. Arbat' },
  { country: 'BY', city: 'Minsk', postal: '2200##', street: 'pr. Nezavisimosti' },
  { country: 'IR', city: 'Tehran', postal: '1##5#', street: 'Valiasr St' },
  { country: 'SY', city: 'Damascus', postal: '0##', street: 'Baghdad St' },
];

export function abroadIn(rng: Rng, country: string): Address {
  const list = ABROAD.filter((a) => a.country === country);
  const a = rng.pick(list.length > 0 ? list : ABROAD);
  return {
    country: a.country,
    postalCode: a.postal.replace(/#/g, () => String(rng.int(0, 9))),
    city: a.city,
    line1: `${a.street} ${rng.int(1, 140)}`,
  };
}

/** Freight forwarders near the eastern border and parcel-collection points: where reshipped goods go. */
export const FORWARDERS: readonly Address[] = [
  { country: 'PL', postalCode: '22-100', city: 'Chełm', line1: 'ul. Lubelska 87, magazyn 4' },
  { country: 'PL', postalCode: '37-700', city: 'Przemyśl', line1: 'ul. Lwowska 120, hala B' },
  { country: 'PL', postalCode: '16-100', city: 'Sokółka', line1: 'ul. Grodzieńska 55, box 12' },
  { country: 'RO', postalCode: '725400', city: 'Rădăuți', line1: 'Str. Volovățului 210, depozit 3' },
  { country: 'RO', postalCode: '707410', city: 'Iași', line1: 'Șos. Păcurari 190, hala 2' },
  { country: 'GR', postalCode: '570 09', city: 'Kalochori', line1: 'Odos 26is Oktovriou 140, apothiki 7' },
];
