import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The four markets the store sells in, each in its own currency, with its cities, the store's pickup stations
 * and the way addresses are written there; and the diaspora countries customers pay from.
 */

export type { Address };
export type Market = 'NG' | 'KE' | 'ZA' | 'GH';
export type Abroad = 'GB' | 'US' | 'AE';
export const MARKETS: readonly Market[] = ['NG', 'KE', 'ZA', 'GH'];

export const CURRENCY: Record<Market, string> = { NG: 'NGN', KE: 'KES', ZA: 'ZAR', GH: 'GHS' };

/** Local currency per US dollar of shelf price (import duties and margins included). */
export const PER_USD: Record<Market, number> = { NG: 1650, KE: 135, ZA: 19, GH: 13 };

/** UTC offsets, hours: WAT, EAT, SAST, GMT, and the diaspora's (US Eastern in November). */
export const TZ: Record<Market | Abroad, number> = { NG: 1, KE: 3, ZA: 2, GH: 0, GB: 0, US: -5, AE: 4 };

/** Share of the store's orders by market. */
export const MARKET_SHARE: Record<Market, number> = { NG: 40, KE: 22, ZA: 25, GH: 13 };

export interface City {
  name: string;
  market: Market;
  /** Big cities get pay on delivery and same/next-day delivery. */
  big: boolean;
  weight: number;
  /** Areas for address lines. */
  areas: readonly string[];
  /** Postal codes where they are used (South Africa, Kenya); Nigeria and Ghana leave them out mostly. */
  postal?: readonly string[];
}

/** name; market; big or small; weight; areas; postal codes (where used) */
const CITY_TABLE = `
Lagos;NG;big;45;Lekki Phase 1,Ikeja GRA,Yaba,Surulere,Ajah,Victoria Island,Ikorodu,Festac Town,Gbagada,Magodo;100001,101233,105102,106104
Abuja;NG;big;18;Wuse 2,Garki,Maitama,Gwarinpa,Kubwa,Jabi,Lugbe;900001,900211,900108
Port Harcourt;NG;big;10;GRA Phase 2,Rumuola,Trans Amadi,Choba,Eliozu;
Ibadan;NG;small;8;Bodija,Ring Road,Challenge,Akobo;
Kano;NG;small;6;Nassarawa GRA,Sabon Gari,Tarauni;
Enugu;NG;small;5;Independence Layout,New Haven,Trans Ekulu;
Benin City;NG;small;4;GRA,Ugbowo,Sapele Road;
Warri;NG;small;4;Effurun,Airport Road,Okumagba;
Nairobi;KE;big;55;Kilimani,Westlands,Kasarani,Embakasi,Rongai,Kileleshwa,South B,Ruaka,Utawala;00100,00200,00606,00515,00511
Mombasa;KE;big;15;Nyali,Bamburi,Tudor,Likoni;80100,80118
Kisumu;KE;small;10;Milimani,Mamboleo,Nyalenda;40100
Nakuru;KE;small;10;Milimani,Section 58,Lanet;20100
Eldoret;KE;small;10;Elgon View,Kapsoya,Langas;30100
Johannesburg;ZA;big;35;Sandton,Randburg,Soweto,Midrand,Fourways,Rosebank,Roodepoort;2196,2194,1804,1685,2055,1724
Cape Town;ZA;big;25;Sea Point,Bellville,Khayelitsha,Claremont,Durbanville,Woodstock;8005,7530,7784,7708,7550,7925
Durban;ZA;big;18;Umhlanga,Berea,Umlazi,Westville,Phoenix;4319,4001,4031,4068
Pretoria;ZA;big;15;Centurion,Hatfield,Menlyn,Mamelodi;0157,0083,0181,0122
Gqeberha;ZA;small;7;Summerstrand,Walmer,Newton Park;6001,6070,6045
Accra;GH;big;55;East Legon,Osu,Spintex,Madina,Adenta,Dansoman,Cantonments,Tema Community 25;
Kumasi;GH;big;28;Ahodwo,Bantama,Asokwa,Nhyiaeso;
Takoradi;GH;small;9;Anaji,Beach Road,Effia;
Tamale;GH;small;8;Vittin,Kalpohin,Lamashegu;
`;

export const CITIES: readonly City[] = CITY_TABLE.trim()
  .split('\n')
  .map((row) => {
    const [name = '', market = 'NG', size, weight, areas = '', codes = ''] = row.split(';');
    return {
      name,
      market: market as Market,
      big: size === 'big',
      weight: Number(weight),
      areas: areas.split(','),
      ...(codes ? { postal: codes.split(',') } : {}),
    };
  });

const STREETS: Record<Market, readonly string[]> = {
  NG: [
    'Admiralty Way',
    'Allen Avenue',
    'Adeola Odeku Street',
    'Herbert Macaulay Way',
    'Ademola Adetokunbo Crescent',
    'Aminu Kano Crescent',
    'Olusegun Obasanjo Road',
    'Awolowo Road',
    'Isaac John Street',
  ],
  KE: [
    'Ngong Road',
    'Argwings Kodhek Road',
    'Thika Road',
    'Mombasa Road',
    'Waiyaki Way',
    'Kiambu Road',
    'Lenana Road',
    'Jogoo Road',
  ],
  ZA: [
    'Rivonia Road',
    'Main Road',
    'Jan Smuts Avenue',
    'Voortrekker Road',
    'Florida Road',
    'Beyers Naude Drive',
    'Church Street',
    'Long Street',
  ],
  GH: [
    'Oxford Street',
    'Spintex Road',
    'Lagos Avenue',
    'Liberation Road',
    'Ring Road Central',
    'Boundary Road',
    'Harper Road',
  ],
};

const OFFICES: Record<Market, readonly string[]> = {
  NG: ['Civic Towers', 'Heritage Place', 'The Wings Complex', 'Churchgate Plaza', 'Nestoil Tower'],
  KE: ['Delta Corner', 'Britam Tower', 'Westpark Towers', 'Upper Hill Chambers'],
  ZA: ['Alice Lane Towers', 'Sandton City Office Tower', 'Century City Square', 'Menlyn Maine'],
  GH: ['World Trade Center Accra', 'Ridge Tower', 'One Airport Square'],
};

/** The store's pickup stations (city: place): many shoppers have parcels held there; crews like them too. */
const PICKUP_TABLE: Record<Market, string> = {
  NG: 'Lagos: Ikeja Computer Village|Lagos: Lekki Admiralty Way|Lagos: Yaba Tejuosho|Abuja: Wuse Market|Port Harcourt: Aba Road',
  KE: 'Nairobi: CBD Moi Avenue|Nairobi: Westlands Sarit Centre|Nairobi: Thika Road Mall|Mombasa: Nyali Centre',
  ZA: 'Johannesburg: Sandton City Locker|Cape Town: Canal Walk Locker|Durban: Gateway Umhlanga Locker|Pretoria: Menlyn Locker',
  GH: 'Accra: Accra Mall|Kumasi: Adum|Accra: Achimota Retail Centre',
};

export const citiesOf = (m: Market): City[] => CITIES.filter((c) => c.market === m);

export function pickCity(rng: Rng, m: Market, bigOnly = false): City {
  const pool = citiesOf(m).filter((c) => !bigOnly || c.big);
  return rng.weightedPick(pool.map((c) => [c, c.weight] as const));
}

export function pickMarket(rng: Rng): Market {
  return rng.weighted(MARKET_SHARE);
}

const postal = (rng: Rng, c: City) => (c.postal ? { postalCode: rng.pick(c.postal) } : {});

/** A home address: house number and street (or an estate and plot, as many are written in Nigeria and Ghana). */
export function homeAddress(rng: Rng, c: City): Address {
  const line1 =
    (c.market === 'NG' || c.market === 'GH') && rng.chance(0.35)
      ? `Plot ${rng.int(2, 140)}, ${rng.pick(c.areas)} Estate`
      : `${rng.int(1, 220)} ${rng.pick(STREETS[c.market])}, ${rng.pick(c.areas)}`;
  return { country: c.market, city: c.name, ...postal(rng, c), line1 };
}

export function officeAddress(rng: Rng, c: City): Address {
  const line1 = `${rng.pick(OFFICES[c.market])}, Floor ${rng.int(1, 24)}, ${rng.pick(c.areas)}`;
  return { country: c.market, city: c.name, ...postal(rng, c), line1 };
}

/** One of the store's pickup stations in the market. */
export function pickupStation(rng: Rng, m: Market): Address {
  const [cityName = '', place = ''] = rng.pick(PICKUP_TABLE[m].split('|')).split(': ');
  const city = citiesOf(m).find((c) => c.name === cityName) ?? pickCity(rng, m, true);
  return { country: m, city: city.name, ...postal(rng, city), line1: `Pickup station, ${place}` };
}

const ABROAD_CITIES: Record<Abroad, ReadonlyArray<readonly [string, string, string]>> = {
  GB: [
    ['London', 'SE15 4QF', 'Peckham Road'],
    ['London', 'E13 9PJ', 'Barking Road'],
    ['Manchester', 'M14 5RG', 'Wilmslow Road'],
    ['Birmingham', 'B20 2HL', 'Birchfield Road'],
    ['Leeds', 'LS8 3PS', 'Harehills Lane'],
  ],
  US: [
    ['Houston', '77072', 'Bellaire Blvd'],
    ['Atlanta', '30349', 'Old National Hwy'],
    ['Silver Spring', '20904', 'Colesville Rd'],
    ['Minneapolis', '55428', 'Brooklyn Blvd'],
    ['Dallas', '75243', 'Forest Ln'],
  ],
  AE: [
    ['Dubai', '00000', 'Al Nahda Road'],
    ['Dubai', '00000', 'Sheikh Zayed Road'],
    ['Sharjah', '00000', 'Al Taawun Street'],
  ],
};

/** Where a diaspora customer (or a stolen card's owner) lives. */
export function abroadAddress(rng: Rng, country: Abroad): Address {
  const [city, postalCode, street] = rng.pick(ABROAD_CITIES[country]);
  return { country, city, postalCode, line1: `${rng.int(2, 480)} ${street}` };
}
