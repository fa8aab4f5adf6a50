import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where Essência's customers live and where parcels go: the six markets it sells to (Portugal, Spain, France,
 * Luxembourg, Belgium in euros; Switzerland in francs), their cities with postal codes, the two shops, pick-up
 * points, and the places only visitors, expats and fraud come from.
 */

export type Market = 'PT' | 'ES' | 'FR' | 'LU' | 'BE' | 'CH';
export const MARKETS: readonly Market[] = ['PT', 'ES', 'FR', 'LU', 'BE', 'CH'];

/** A city: its name, postal code pattern (`#` a digit) and how many of the country's people live there. */
interface City {
  city: string;
  postal: string;
  weight: number;
  /** Portugal's islands: perfume goes by sea, slowly. */
  islands?: boolean;
}

/** UTC offset in late April and May, the locales of the storefront, currency. */
export interface Country {
  tz: number;
  locales: readonly string[];
  currency: 'EUR' | 'CHF';
  cities: readonly City[];
  streets: readonly string[];
  /** How a street address is written: `{s}` the street, `{n}` the number, `{f}` a floor or flat. */
  format: readonly string[];
  floors: readonly string[];
}

const PT_STREETS = [
  'Rua Augusta',
  'Avenida da Liberdade',
  'Rua de Santa Catarina',
  'Avenida da República',
  'Rua Conde de Redondo',
  'Rua de Cedofeita',
  'Avenida Almirante Reis',
  'Rua Miguel Bombarda',
  'Rua 25 de Abril',
  'Rua Dr. António José de Almeida',
  'Rua da Escola Primária',
  'Avenida Dom João II',
  'Rua de São Bento',
  'Rua Camilo Castelo Branco',
  'Avenida Infante Dom Henrique',
  'Rua do Comércio',
  'Travessa da Igreja',
  'Rua Sá da Bandeira',
  'Avenida 5 de Outubro',
  'Rua das Flores',
  'Urbanização Quinta do Conde, Lote',
];

const CITIES_PT: City[] = [
  { city: 'Lisboa', postal: '1###-###', weight: 18 },
  { city: 'Porto', postal: '40##-###', weight: 9 },
  { city: 'Amadora', postal: '27##-###', weight: 4 },
  { city: 'Sintra', postal: '27##-###', weight: 4 },
  { city: 'Cascais', postal: '27##-###', weight: 4 },
  { city: 'Oeiras', postal: '27##-###', weight: 3 },
  { city: 'Loures', postal: '26##-###', weight: 3 },
  { city: 'Almada', postal: '28##-###', weight: 3 },
  { city: 'Setúbal', postal: '29##-###', weight: 2 },
  { city: 'Vila Nova de Gaia', postal: '44##-###', weight: 4 },
  { city: 'Matosinhos', postal: '44##-###', weight: 3 },
  { city: 'Braga', postal: '47##-###', weight: 4 },
  { city: 'Guimarães', postal: '48##-###', weight: 2 },
  { city: 'Coimbra', postal: '30##-###', weight: 3 },
  { city: 'Aveiro', postal: '38##-###', weight: 2 },
  { city: 'Leiria', postal: '24##-###', weight: 2 },
  { city: 'Viseu', postal: '35##-###', weight: 2 },
  { city: 'Faro', postal: '80##-###', weight: 2 },
  { city: 'Portimão', postal: '85##-###', weight: 1 },
  { city: 'Évora', postal: '70##-###', weight: 1 },
  { city: 'Viana do Castelo', postal: '49##-###', weight: 1 },
  { city: 'Vila Real', postal: '50##-###', weight: 1 },
  { city: 'Bragança', postal: '53##-###', weight: 0.6 },
  { city: 'Chaves', postal: '54##-###', weight: 0.6 },
  { city: 'Guarda', postal: '63##-###', weight: 0.6 },
  { city: 'Castelo Branco', postal: '60##-###', weight: 0.8 },
  { city: 'Santarém', postal: '20##-###', weight: 1 },
  { city: 'Funchal', postal: '90##-###', weight: 1.6, islands: true },
  { city: 'Ponta Delgada', postal: '95##-###', weight: 1, islands: true },
];

export const COUNTRIES: Readonly<Record<Market, Country>> = {
  PT: {
    tz: 1,
    locales: ['pt-PT'],
    currency: 'EUR',
    cities: CITIES_PT,
    streets: PT_STREETS,
    format: ['{s}, {n}, {f}', '{s} {n}', '{s}, n.º {n}, {f}'],
    floors: ['1.º Esq.', '2.º Dto.', '3.º Esq.', 'R/C', '4.º Frente', '5.º B', '1.º A', 'Cave'],
  },
  ES: {
    tz: 2,
    locales: ['es-ES', 'es-ES', 'es-ES', 'ca-ES', 'gl-ES'],
    currency: 'EUR',
    cities: [
      { city: 'Madrid', postal: '280##', weight: 10 },
      { city: 'Barcelona', postal: '080##', weight: 6 },
      { city: 'Valencia', postal: '460##', weight: 3 },
      { city: 'Sevilla', postal: '410##', weight: 2 },
      { city: 'Vigo', postal: '362##', weight: 3 },
      { city: 'A Coruña', postal: '150##', weight: 2 },
      { city: 'Málaga', postal: '290##', weight: 2 },
      { city: 'Bilbao', postal: '480##', weight: 1.5 },
      { city: 'Zaragoza', postal: '500##', weight: 1.5 },
      { city: 'Badajoz', postal: '060##', weight: 1.5 },
      { city: 'Salamanca', postal: '370##', weight: 1 },
    ],
    streets: [
      'Calle Mayor',
      'Calle de Alcalá',
      'Avenida de la Constitución',
      'Calle Real',
      'Gran Vía',
      'Calle del Sol',
      'Rúa do Príncipe',
      'Paseo de Gracia',
      'Calle San Fernando',
      'Avenida de Portugal',
    ],
    format: ['{s} {n}, {f}', '{s}, {n}'],
    floors: ['1º A', '2º B', '3º Izda.', '4º Dcha.', 'Bajo', '5º C'],
  },
  FR: {
    tz: 2,
    locales: ['fr-FR', 'fr-FR', 'fr-FR', 'pt-PT'],
    currency: 'EUR',
    cities: [
      { city: 'Paris', postal: '750##', weight: 8 },
      { city: 'Champigny-sur-Marne', postal: '94500', weight: 3 },
      { city: 'Saint-Maur-des-Fossés', postal: '94100', weight: 2 },
      { city: 'Créteil', postal: '94000', weight: 2 },
      { city: 'Versailles', postal: '78000', weight: 1 },
      { city: 'Lyon', postal: '6900#', weight: 3 },
      { city: 'Bordeaux', postal: '330##', weight: 2 },
      { city: 'Toulouse', postal: '310##', weight: 2 },
      { city: 'Tours', postal: '37000', weight: 1 },
      { city: 'Clermont-Ferrand', postal: '63000', weight: 1 },
      { city: 'Marseille', postal: '130##', weight: 1.5 },
      { city: 'Lille', postal: '59000', weight: 1 },
    ],
    streets: [
      'rue de la République',
      'avenue Jean Jaurès',
      'rue Victor Hugo',
      'boulevard Voltaire',
      'rue de Paris',
      'allée des Tilleuls',
      'rue Pasteur',
      'avenue du Général de Gaulle',
      'rue des Écoles',
    ],
    format: ['{n} {s}', '{n} {s}, {f}'],
    floors: ['Bât. B', 'Apt 12', '3e étage', 'Résidence Les Pins'],
  },
  LU: {
    tz: 2,
    locales: ['fr-LU', 'fr-LU', 'pt-PT', 'de-LU'],
    currency: 'EUR',
    cities: [
      { city: 'Luxembourg', postal: '1###', weight: 5 },
      { city: 'Esch-sur-Alzette', postal: '4###', weight: 3 },
      { city: 'Differdange', postal: '45##', weight: 1.5 },
      { city: 'Dudelange', postal: '34##', weight: 1.2 },
      { city: 'Ettelbruck', postal: '90##', weight: 0.8 },
    ],
    streets: [
      "route d'Esch",
      'rue de Hollerich',
      'boulevard de la Pétrusse',
      "rue de l'Alzette",
      'avenue de la Gare',
    ],
    format: ['{n}, {s}', '{n} {s}'],
    floors: [],
  },
  BE: {
    tz: 2,
    locales: ['fr-BE', 'nl-BE', 'fr-BE', 'pt-PT'],
    currency: 'EUR',
    cities: [
      { city: 'Bruxelles', postal: '1000', weight: 3 },
      { city: 'Ixelles', postal: '1050', weight: 1.5 },
      { city: 'Saint-Gilles', postal: '1060', weight: 1.5 },
      { city: 'Anderlecht', postal: '1070', weight: 1 },
      { city: 'Antwerpen', postal: '20##', weight: 2 },
      { city: 'Gent', postal: '9000', weight: 1.5 },
      { city: 'Liège', postal: '4000', weight: 1.5 },
      { city: 'Namur', postal: '5000', weight: 0.8 },
    ],
    streets: [
      'Chaussée de Waterloo',
      'Rue Neuve',
      'Avenue Louise',
      'Kerkstraat',
      'Stationsstraat',
      'Rue Haute',
    ],
    format: ['{s} {n}', '{s} {n}, bte {f}'],
    floors: ['3', '12', '4B', '21'],
  },
  CH: {
    tz: 2,
    locales: ['fr-CH', 'fr-CH', 'de-CH', 'de-CH', 'pt-PT', 'it-CH'],
    currency: 'CHF',
    cities: [
      { city: 'Genève', postal: '120#', weight: 4 },
      { city: 'Lausanne', postal: '10##', weight: 3 },
      { city: 'Zürich', postal: '80##', weight: 3 },
      { city: 'Bern', postal: '30##', weight: 1.5 },
      { city: 'Basel', postal: '40##', weight: 1 },
      { city: 'Fribourg', postal: '1700', weight: 1 },
      { city: 'Sion', postal: '1950', weight: 1 },
      { city: 'Neuchâtel', postal: '2000', weight: 0.8 },
      { city: 'Lugano', postal: '6900', weight: 0.7 },
    ],
    streets: [
      'Rue de Carouge',
      'Route de Chêne',
      'Avenue de France',
      'Bahnhofstrasse',
      'Seefeldstrasse',
      'Rue du Simplon',
    ],
    format: ['{s} {n}'],
    floors: [],
  },
};

/** Places outside the six markets: visitors' and expats' homes, and where fraud comes from or goes to. */
export interface Abroad {
  city: string;
  postal?: string;
  line1: readonly string[];
}

export const ABROAD: Readonly<Record<string, readonly Abroad[]>> = {
  BR: [
    {
      city: 'São Paulo',
      postal: '01###-###',
      line1: ['Rua Augusta', 'Avenida Paulista', 'Rua Oscar Freire'],
    },
    { city: 'Rio de Janeiro', postal: '22###-###', line1: ['Rua Barata Ribeiro', 'Avenida Atlântica'] },
    { city: 'Belo Horizonte', postal: '30###-###', line1: ['Rua da Bahia', 'Avenida Afonso Pena'] },
  ],
  GB: [
    { city: 'London', postal: 'SW# #AB', line1: ['High Street', 'Church Road', 'Stockwell Road'] },
    { city: 'Manchester', postal: 'M# #LQ', line1: ['Oxford Road', 'Deansgate'] },
    { city: 'Great Yarmouth', postal: 'NR30 #HT', line1: ['King Street', 'Regent Road'] },
  ],
  US: [
    { city: 'Newark', postal: '07105', line1: ['Ferry Street', 'Lafayette Street'] },
    { city: 'Fall River', postal: '0272#', line1: ['Columbia Street', 'South Main Street'] },
    { city: 'New York', postal: '100##', line1: ['West 72nd Street', 'Lexington Avenue'] },
    { city: 'Miami', postal: '331##', line1: ['Brickell Avenue', 'Collins Avenue'] },
  ],
  DE: [
    { city: 'Berlin', postal: '10###', line1: ['Kastanienallee', 'Hauptstraße'] },
    { city: 'Hamburg', postal: '20###', line1: ['Lange Reihe', 'Mühlenkamp'] },
    { city: 'München', postal: '80###', line1: ['Leopoldstraße', 'Sendlinger Straße'] },
  ],
  CA: [{ city: 'Toronto', postal: 'M6J #K#', line1: ['Dundas Street West', 'College Street'] }],
  AO: [{ city: 'Luanda', line1: ['Rua Rainha Ginga', 'Avenida 4 de Fevereiro', 'Rua Major Kanhangulo'] }],
  NL: [{ city: 'Amsterdam', postal: '10## AB', line1: ['Overtoom', 'Ferdinand Bolstraat'] }],
  IR: [
    {
      city: 'Tehran',
      postal: '19#########',
      line1: ['Valiasr Street', 'Shariati Street', 'Mirdamad Boulevard'],
    },
    { city: 'Mashhad', postal: '91#########', line1: ['Ahmadabad Street', 'Sajjad Boulevard'] },
    { city: 'Shiraz', postal: '71#########', line1: ['Zand Boulevard', 'Chamran Boulevard'] },
  ],
  CU: [
    { city: 'La Habana', postal: '10400', line1: ['Calle 23, Vedado', 'Calle Neptuno, Centro Habana'] },
    { city: 'Santiago de Cuba', postal: '90100', line1: ['Calle Enramadas', 'Avenida Garzón'] },
  ],
  TR: [{ city: 'İstanbul', postal: '34###', line1: ['Yenibosna Merkez Mahallesi', 'Atatürk Caddesi'] }],
  AE: [{ city: 'Dubai', line1: ['Al Quoz Industrial Area 3', 'Deira, Al Ras'] }],
};

const fill = (rng: Rng, pattern: string): string =>
  pattern.replace(/#/g, () => String(rng.int(0, 9))).replace(/(\d{4})-000$/, (_, a: string) => `${a}-001`);

/** Whether a Portuguese address is on Madeira or the Azores (postal codes 9xxx). */
export const onIslands = (a: Address): boolean => a.country === 'PT' && (a.postalCode ?? '').startsWith('9');

/** A home in one of the markets, drawn by population (or one of `only` cities). */
export function homeIn(rng: Rng, market: Market, only?: readonly string[]): Address {
  const c = COUNTRIES[market];
  const cities = only ? c.cities.filter((x) => only.includes(x.city)) : c.cities;
  const city = rng.weightedPick((cities.length ? cities : c.cities).map((x) => [x, x.weight] as const));
  const floor = c.floors.length ? rng.pick(c.floors) : '';
  const line1 = rng
    .pick(c.format.filter((f) => floor || !f.includes('{f}')))
    .replace('{s}', rng.pick(c.streets))
    .replace('{n}', String(rng.int(1, 220)))
    .replace('{f}', floor);
  return { country: market, postalCode: fill(rng, city.postal), city: city.city, line1 };
}

/** The interior and north of Portugal and the islands, where emigrants' mothers mostly live. */
export const HOMELAND = [
  'Braga',
  'Guimarães',
  'Viseu',
  'Vila Real',
  'Bragança',
  'Chaves',
  'Guarda',
  'Viana do Castelo',
  'Castelo Branco',
  'Leiria',
  'Coimbra',
  'Aveiro',
  'Funchal',
  'Ponta Delgada',
];

/** Greater Lisbon and Greater Porto: where the shops are and where most pick-up points and mules are. */
export const METRO = [
  'Lisboa',
  'Porto',
  'Amadora',
  'Sintra',
  'Cascais',
  'Oeiras',
  'Loures',
  'Almada',
  'Vila Nova de Gaia',
  'Matosinhos',
];

/** A home outside the markets. */
export function homeAbroad(rng: Rng, country: string): Address {
  const place = rng.pick(ABROAD[country] ?? []);
  const number = String(rng.int(2, 480));
  const line1 =
    country === 'US' || country === 'GB'
      ? `${number} ${rng.pick(place.line1)}`
      : `${rng.pick(place.line1)} ${number}`;
  return {
    country,
    ...(place.postal ? { postalCode: fill(rng, place.postal) } : {}),
    city: place.city,
    line1,
  };
}

/** The shops: the Chiado flagship in Lisbon and Rua de Santa Catarina in Porto. */
export const SHOPS = {
  store_lisboa: { country: 'PT', postalCode: '1200-204', city: 'Lisboa', line1: 'Rua Garrett, 50' },
  store_porto: { country: 'PT', postalCode: '4000-442', city: 'Porto', line1: 'Rua de Santa Catarina, 150' },
} as const;

/** CTT and DPD pick-up points and parcel lockers, by market. */
const PICKUP: Readonly<Record<string, readonly Address[]>> = {
  PT: [
    {
      country: 'PT',
      postalCode: '1050-094',
      city: 'Lisboa',
      line1: 'Locker CTT Saldanha, Av. Fontes Pereira de Melo',
    },
    { country: 'PT', postalCode: '1990-094', city: 'Lisboa', line1: 'Locker CTT Oriente, Av. Dom João II' },
    {
      country: 'PT',
      postalCode: '2700-333',
      city: 'Amadora',
      line1: 'Ponto CTT Papelaria Central, Rua Elias Garcia',
    },
    { country: 'PT', postalCode: '2735-521', city: 'Sintra', line1: 'DPD Pickup Cacém, Av. dos Bons Amigos' },
    {
      country: 'PT',
      postalCode: '2675-641',
      city: 'Loures',
      line1: 'Locker CTT Odivelas Strada, Estrada da Paiã',
    },
    {
      country: 'PT',
      postalCode: '2810-354',
      city: 'Almada',
      line1: 'DPD Pickup Almada Fórum, Estrada do Caminho Municipal',
    },
    { country: 'PT', postalCode: '4000-322', city: 'Porto', line1: 'Locker CTT Trindade, Rua de Camões' },
    {
      country: 'PT',
      postalCode: '4460-841',
      city: 'Matosinhos',
      line1: 'DPD Pickup Senhora da Hora, Rua Nova do Seixo',
    },
    {
      country: 'PT',
      postalCode: '4700-320',
      city: 'Braga',
      line1: 'Ponto CTT Braga Parque, Quinta dos Congregados',
    },
    {
      country: 'PT',
      postalCode: '3000-150',
      city: 'Coimbra',
      line1: 'Locker CTT Coimbra Shopping, Av. Dr. Mendes Silva',
    },
  ],
  ES: [
    {
      country: 'ES',
      postalCode: '28020',
      city: 'Madrid',
      line1: 'DPD Pickup Estanco, Calle de Bravo Murillo 220',
    },
    {
      country: 'ES',
      postalCode: '08015',
      city: 'Barcelona',
      line1: 'DPD Pickup Locutorio, Carrer de Sepúlveda 64',
    },
    { country: 'ES', postalCode: '36201', city: 'Vigo', line1: 'DPD Pickup Papelería, Rúa Urzaiz 31' },
  ],
  FR: [
    {
      country: 'FR',
      postalCode: '94500',
      city: 'Champigny-sur-Marne',
      line1: 'Relais Pickup Tabac, 4 rue Louis Talamoni',
    },
    { country: 'FR', postalCode: '75018', city: 'Paris', line1: 'Relais Pickup, 41 boulevard Barbès' },
    {
      country: 'FR',
      postalCode: '93200',
      city: 'Saint-Denis',
      line1: 'Relais Pickup Épicerie, 9 rue de la République',
    },
  ],
  LU: [
    { country: 'LU', postalCode: '4011', city: 'Esch-sur-Alzette', line1: 'DPD Pickup, 27 rue de l’Alzette' },
  ],
  BE: [
    {
      country: 'BE',
      postalCode: '1060',
      city: 'Saint-Gilles',
      line1: 'DPD Pickup Night Shop, Chaussée de Forest 12',
    },
  ],
};

export function pickupIn(rng: Rng, market: Market, near?: string): Address {
  const all = PICKUP[market] ?? PICKUP.PT ?? [];
  const close = near ? all.filter((p) => p.city === near) : [];
  return { ...rng.pick(close.length ? close : all) };
}

/**
 * Where stolen goods are received in Portugal: mules' and drop flats in the Lisbon suburbs, rented rooms,
 * flats emptied for sale (a different name on the parcel each time).
 */
export const DROPS: readonly Address[] = [
  { country: 'PT', postalCode: '2700-066', city: 'Amadora', line1: 'Rua Elias Garcia, 135, 4.º Esq.' },
  { country: 'PT', postalCode: '2735-262', city: 'Sintra', line1: 'Rua Dom Afonso Henriques, 12, R/C Dto.' },
  {
    country: 'PT',
    postalCode: '2620-127',
    city: 'Loures',
    line1: 'Rua Guilherme Gomes Fernandes, 8, 2.º Frente',
  },
  { country: 'PT', postalCode: '2845-408', city: 'Almada', line1: 'Avenida 25 de Abril, 44, 7.º B' },
  { country: 'PT', postalCode: '1750-154', city: 'Lisboa', line1: 'Rua Cidade de Bolama, 3, 1.º Esq.' },
  { country: 'PT', postalCode: '4435-662', city: 'Vila Nova de Gaia', line1: 'Rua da Bélgica, 2010' },
  { country: 'ES', postalCode: '28026', city: 'Madrid', line1: 'Calle de Marcelo Usera 98, 3º B' },
  { country: 'FR', postalCode: '93200', city: 'Saint-Denis', line1: '22 rue Gabriel Péri, Apt 31' },
];

/** Freight forwarders abroad that reship to Iran and elsewhere, and a parcel agency for Cuba in Madrid. */
export const FORWARDERS = {
  istanbul: {
    country: 'TR',
    postalCode: '34197',
    city: 'İstanbul',
    line1: 'Yenibosna Merkez Mh., Kargo Sk. 4, Depo 2',
  },
  dubai: { country: 'AE', city: 'Dubai', line1: 'Al Quoz Industrial Area 3, Warehouse 14' },
  cubaAgency: {
    country: 'ES',
    postalCode: '28039',
    city: 'Madrid',
    line1: 'Calle de Bravo Murillo 300, Local 2',
  },
  lisbonAgency: { country: 'PT', postalCode: '1150-101', city: 'Lisboa', line1: 'Rua de Arroios 62, Loja' },
} as const;
