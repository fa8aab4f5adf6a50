import { type Address } from '../kit/purchase.js';

/**
 * Where the boutique sells: each market's UTC offset in July, share of orders, site currency (euros, dollars,
 * pounds or yuan), locale and cities with postal codes; the two boutiques for pickup; hotels whose concierges
 * order for guests; the forwarders and reshippers fraud ships to; places under comprehensive sanctions.
 */

export type Currency = 'EUR' | 'USD' | 'GBP' | 'CNY';

export interface City {
  city: string;
  postalCode: string;
  streets: readonly string[];
  /** UTC offset in July when it differs from the market's. */
  tz?: number;
}

export interface Market {
  tz: number;
  share: number;
  /** The site's currency for buyers there; Hong Kong buyers pick dollars or yuan. */
  currencies: ReadonlyArray<readonly [Currency, number]>;
  locale: string;
  eu: boolean;
  cities: readonly City[];
  /** Duties and import taxes charged at checkout when the buyer picks duty-paid delivery. */
  dutyRate: number;
}

const c = (city: string, postalCode: string, streets: readonly string[], tz?: number): City => ({
  city,
  postalCode,
  streets,
  ...(tz !== undefined ? { tz } : {}),
});

export const MARKETS: Readonly<Record<string, Market>> = {
  IT: {
    tz: 2,
    share: 30,
    currencies: [['EUR', 1]],
    locale: 'it-IT',
    eu: true,
    dutyRate: 0,
    cities: [
      c('Milano', '20121', ['Via Solferino', 'Corso di Porta Romana', 'Via Vincenzo Monti', 'Viale Piave']),
      c('Milano', '20145', ['Via Washington', 'Corso Vercelli', 'Via Ravizza']),
      c('Roma', '00197', ['Viale Parioli', 'Via Archimede', 'Via Bertoloni']),
      c('Roma', '00186', ['Via del Governo Vecchio', 'Via Giulia']),
      c('Napoli', '80121', ['Via dei Mille', 'Riviera di Chiaia']),
      c('Torino', '10123', ['Via Lagrange', 'Corso Vittorio Emanuele II']),
      c('Firenze', '50123', ['Via della Vigna Nuova', 'Borgo Ognissanti']),
      c('Bologna', '40124', ['Via Castiglione', 'Via Santo Stefano']),
      c('Verona', '37121', ['Corso Cavour', 'Via Mazzini']),
      c('Bari', '70121', ['Via Sparano', 'Corso Vittorio Emanuele']),
      c('Palermo', '90141', ['Via Libertà', 'Via Ruggero Settimo']),
      c('Padova', '35122', ['Via Roma', 'Via San Francesco']),
      c('Forte dei Marmi', '55042', ['Via Mazzini', 'Viale Morin']),
      c('Brescia', '25122', ['Corso Zanardelli', 'Via Moretto']),
    ],
  },
  FR: {
    tz: 2,
    share: 6,
    currencies: [['EUR', 1]],
    locale: 'fr-FR',
    eu: true,
    dutyRate: 0,
    cities: [
      c('Paris', '75008', ['Rue de Miromesnil', 'Avenue de Messine']),
      c('Paris', '75116', ['Avenue Victor Hugo', 'Rue de la Pompe']),
      c('Lyon', '69006', ['Boulevard des Belges', 'Rue Garibaldi']),
      c('Nice', '06000', ['Boulevard Victor Hugo', 'Rue de France']),
      c('Bordeaux', '33000', ['Cours de l’Intendance', 'Rue Judaïque']),
    ],
  },
  DE: {
    tz: 2,
    share: 6,
    currencies: [['EUR', 1]],
    locale: 'de-DE',
    eu: true,
    dutyRate: 0,
    cities: [
      c('München', '80539', ['Prinzregentenstraße', 'Ludwigstraße']),
      c('Berlin', '10707', ['Sächsische Straße', 'Kurfürstendamm']),
      c('Hamburg', '20149', ['Mittelweg', 'Harvestehuder Weg']),
      c('Düsseldorf', '40212', ['Königsallee', 'Bahnstraße']),
      c('Frankfurt am Main', '60322', ['Grüneburgweg', 'Oeder Weg']),
    ],
  },
  ES: {
    tz: 2,
    share: 3,
    currencies: [['EUR', 1]],
    locale: 'es-ES',
    eu: true,
    dutyRate: 0,
    cities: [
      c('Madrid', '28001', ['Calle de Serrano', 'Calle de Velázquez']),
      c('Barcelona', '08006', ['Carrer de Muntaner', 'Via Augusta']),
      c('Marbella', '29602', ['Avenida Ricardo Soriano', 'Calle Jacinto Benavente']),
    ],
  },
  NL: {
    tz: 2,
    share: 2,
    currencies: [['EUR', 1]],
    locale: 'nl-NL',
    eu: true,
    dutyRate: 0,
    cities: [
      c('Amsterdam', '1071 AA', ['Van Baerlestraat', 'Johannes Vermeerstraat']),
      c('Rotterdam', '3016 BA', ['Westersingel', 'Mathenesserlaan']),
    ],
  },
  BE: {
    tz: 2,
    share: 2,
    currencies: [['EUR', 1]],
    locale: 'fr-BE',
    eu: true,
    dutyRate: 0,
    cities: [
      c('Bruxelles', '1050', ['Avenue Louise', 'Rue du Bailli']),
      c('Antwerpen', '2000', ['Lange Gasthuisstraat', 'Nationalestraat']),
      c('Knokke-Heist', '8300', ['Kustlaan', 'Lippenslaan']),
    ],
  },
  AT: {
    tz: 2,
    share: 2,
    currencies: [['EUR', 1]],
    locale: 'de-AT',
    eu: true,
    dutyRate: 0,
    cities: [
      c('Wien', '1010', ['Kohlmarkt', 'Tuchlauben', 'Führichgasse']),
      c('Salzburg', '5020', ['Getreidegasse', 'Schwarzstraße']),
    ],
  },
  CH: {
    tz: 2,
    share: 5,
    currencies: [['EUR', 1]],
    locale: 'de-CH',
    eu: false,
    dutyRate: 0.081,
    cities: [
      c('Zürich', '8001', ['Bahnhofstrasse', 'Talstrasse', 'Rennweg']),
      c('Genève', '1204', ['Rue du Rhône', 'Rue de la Corraterie']),
      c('Lugano', '6900', ['Via Nassa', 'Riva Albertolli']),
      c('Basel', '4051', ['Freie Strasse', 'Steinenvorstadt']),
    ],
  },
  GB: {
    tz: 1,
    share: 9,
    currencies: [['GBP', 1]],
    locale: 'en-GB',
    eu: false,
    dutyRate: 0.2,
    cities: [
      c('London', 'W1K 4QN', ['Mount Street', 'South Audley Street']),
      c('London', 'SW3 2JL', ['Sloane Avenue', 'Walton Street']),
      c('London', 'NW3 1QE', ['Heath Street', 'Flask Walk']),
      c('Manchester', 'M3 2BB', ['Deansgate', 'King Street']),
      c('Edinburgh', 'EH2 4AD', ['George Street', 'Castle Street']),
    ],
  },
  US: {
    tz: -4,
    share: 11,
    currencies: [['USD', 1]],
    locale: 'en-US',
    eu: false,
    dutyRate: 0.15,
    cities: [
      c('New York', '10021', ['East 70th Street', 'Park Avenue', 'Madison Avenue']),
      c('New York', '10013', ['Greene Street', 'Mercer Street']),
      c('Miami Beach', '33139', ['Collins Avenue', 'Lincoln Road']),
      c('Los Angeles', '90210', ['North Rodeo Drive', 'North Canon Drive'], -7),
      c('San Francisco', '94115', ['Fillmore Street', 'Jackson Street'], -7),
      c('Chicago', '60611', ['East Walton Street', 'North State Street'], -5),
      c('Houston', '77027', ['Westheimer Road', 'San Felipe Street'], -5),
      c('Boston', '02116', ['Newbury Street', 'Commonwealth Avenue']),
    ],
  },
  CN: {
    tz: 8,
    share: 7,
    currencies: [['CNY', 1]],
    locale: 'zh-CN',
    eu: false,
    dutyRate: 0.13,
    cities: [
      c('Shanghai', '200040', ['Nanjing West Road', 'Yanan West Road']),
      c('Shanghai', '200031', ['Huaihai Middle Road', 'Wukang Road']),
      c('Beijing', '100027', ['Sanlitun Road', 'Xinyuan South Road']),
      c('Shenzhen', '518048', ['Fuhua 3rd Road', 'Shennan Avenue']),
      c('Hangzhou', '310006', ['Yan’an Road', 'Hubin Road']),
      c('Chengdu', '610021', ['Hongxing Road', 'Chunxi Road']),
    ],
  },
  HK: {
    tz: 8,
    share: 4,
    currencies: [
      ['USD', 6],
      ['CNY', 4],
    ],
    locale: 'zh-HK',
    eu: false,
    dutyRate: 0,
    cities: [
      c('Hong Kong', '999077', ['Queen’s Road Central', 'Conduit Road', 'Repulse Bay Road']),
      c('Kowloon', '999077', ['Canton Road', 'Nathan Road']),
    ],
  },
  AE: {
    tz: 4,
    share: 3,
    currencies: [['USD', 1]],
    locale: 'en-AE',
    eu: false,
    dutyRate: 0.1,
    cities: [
      c('Dubai', '00000', ['Jumeirah Beach Road', 'Al Wasl Road', 'Sheikh Mohammed bin Rashid Boulevard']),
      c('Abu Dhabi', '00000', ['Corniche Road', 'Al Maryah Island']),
    ],
  },
  SA: {
    tz: 3,
    share: 1.5,
    currencies: [['USD', 1]],
    locale: 'ar-SA',
    eu: false,
    dutyRate: 0.2,
    cities: [
      c('Riyadh', '12241', ['Tahlia Street', 'King Fahd Road']),
      c('Jeddah', '23434', ['Prince Sultan Road', 'Al Andalus Street']),
    ],
  },
  QA: {
    tz: 3,
    share: 1,
    currencies: [['USD', 1]],
    locale: 'en-QA',
    eu: false,
    dutyRate: 0.05,
    cities: [c('Doha', '00000', ['Porto Arabia', 'Al Corniche Street', 'Lusail Boulevard'])],
  },
  KW: {
    tz: 3,
    share: 0.5,
    currencies: [['USD', 1]],
    locale: 'en-KW',
    eu: false,
    dutyRate: 0.05,
    cities: [c('Kuwait City', '13001', ['Arabian Gulf Street', 'Salem Al Mubarak Street'])],
  },
  JP: {
    tz: 9,
    share: 4,
    currencies: [['USD', 1]],
    locale: 'ja-JP',
    eu: false,
    dutyRate: 0.1,
    cities: [
      c('Tokyo', '107-0062', ['Minami-Aoyama', 'Omotesando']),
      c('Tokyo', '104-0061', ['Ginza 5-chome', 'Ginza 6-chome']),
      c('Osaka', '530-0001', ['Umeda', 'Nishi-Umeda']),
      c('Kyoto', '604-8005', ['Kawaramachi-dori', 'Sanjo-dori']),
    ],
  },
};

export const MARKET_WEIGHTS = Object.entries(MARKETS).map(([cc, m]) => [cc, m.share] as const);

export const market = (cc: string): Market => {
  const m = MARKETS[cc];
  if (!m) throw new Error(`no market ${cc}`);
  return m;
};

/** The two boutiques where online orders can be collected. */
export const BOUTIQUES = {
  milano: { country: 'IT', city: 'Milano', postalCode: '20121', line1: 'Via della Spiga 22' },
  roma: { country: 'IT', city: 'Roma', postalCode: '00187', line1: 'Via dei Condotti 61' },
} as const satisfies Record<string, Address>;

/** Hotels whose concierges order for guests (delivery to the hotel, for the guest). */
export const HOTELS: readonly Address[] = [
  { country: 'IT', city: 'Milano', postalCode: '20121', line1: 'Via Gesù 6, concierge' },
  { country: 'IT', city: 'Milano', postalCode: '20121', line1: 'Via Manzoni 31, concierge' },
  { country: 'IT', city: 'Milano', postalCode: '20121', line1: 'Piazza della Repubblica 17, concierge' },
  { country: 'IT', city: 'Roma', postalCode: '00187', line1: 'Via Vittorio Veneto 125, concierge' },
  { country: 'IT', city: 'Roma', postalCode: '00187', line1: 'Piazza Trinità dei Monti 6, concierge' },
  { country: 'IT', city: 'Firenze', postalCode: '50123', line1: 'Piazza Ognissanti 1, concierge' },
  { country: 'IT', city: 'Portofino', postalCode: '16034', line1: 'Viale Baratta 16, concierge' },
  { country: 'IT', city: 'Venezia', postalCode: '30124', line1: 'Campiello Barbaro, concierge' },
];

/** Where tourists in Italy stay or pick up (a holiday rental, a friend's flat). */
export const HOLIDAY_CITIES: ReadonlyArray<readonly [string, string]> = [
  ['Milano', '20121'],
  ['Roma', '00186'],
  ['Firenze', '50125'],
  ['Venezia', '30124'],
  ['Como', '22100'],
  ['Capri', '80073'],
  ['Positano', '84017'],
];

/** Package forwarders and reshipping drops fraud ships to (and a few honest expats use). */
export const RESHIPPERS: readonly Address[] = [
  { country: 'US', city: 'New Castle', postalCode: '19720', line1: '12 McCullough Drive, Ste 3' },
  { country: 'US', city: 'Wilmington', postalCode: '19801', line1: '1000 N West Street, Unit 1407' },
  { country: 'US', city: 'Portland', postalCode: '97230', line1: '4500 NE 148th Avenue' },
  { country: 'US', city: 'Beaverton', postalCode: '97005', line1: '3800 SW Cedar Hills Blvd, Apt 214' },
  { country: 'US', city: 'Linden', postalCode: '07036', line1: '1600 Lower Road, Dock 9' },
  { country: 'US', city: 'Elizabeth', postalCode: '07201', line1: '700 Dowd Avenue, Suite B' },
  { country: 'HK', city: 'Kwai Chung', postalCode: '999077', line1: 'Kwai Cheong Road 1, Block C 11/F' },
  { country: 'HK', city: 'Tsuen Wan', postalCode: '999077', line1: 'Texaco Road 18, Unit 1203' },
];

/**
 * Places under comprehensive sanctions: Russia-occupied Crimea, Donetsk and Luhansk (country UA with its region),
 * Iran, Syria and Cuba.
 */
export type SanctionedPlace = Address & { region?: string };
export const SANCTIONED_PLACES: readonly SanctionedPlace[] = [
  { country: 'UA', region: 'Crimea', city: 'Simferopol', postalCode: '295000', line1: 'ul. Pushkina 14' },
  {
    country: 'UA',
    region: 'Crimea',
    city: 'Sevastopol',
    postalCode: '299011',
    line1: 'ul. Bolshaya Morskaya 8',
  },
  { country: 'UA', region: 'Crimea', city: 'Yalta', postalCode: '298600', line1: 'ul. Ekaterininskaya 3' },
  { country: 'UA', region: 'Donetsk', city: 'Donetsk', postalCode: '83001', line1: 'ul. Artema 51' },
  { country: 'UA', region: 'Luhansk', city: 'Luhansk', postalCode: '91055', line1: 'ul. Sovetskaya 22' },
  { country: 'IR', city: 'Tehran', postalCode: '1966734', line1: 'Elahiyeh, Fereshteh Street 40' },
  { country: 'IR', city: 'Tehran', postalCode: '1987916', line1: 'Zafaranieh, Valiasr Avenue 2214' },
  { country: 'SY', city: 'Damascus', postalCode: '0100', line1: 'Abu Rummaneh, Al Jalaa Street 7' },
  { country: 'CU', city: 'La Habana', postalCode: '10400', line1: 'Calle 17 No. 352, Vedado' },
];
