import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store sells: metropolitan France, Belgium and Luxembourg in euros, Switzerland in francs on its own
 * site, and the overseas departments of Réunion and Guadeloupe (their own ISO codes at checkout, French banks,
 * longer and dearer delivery). Cities carry real postal codes; streets are the usual French street names.
 */

export type Market = 'FR' | 'BE' | 'LU' | 'CH' | 'RE' | 'GP';

export interface MarketInfo {
  /** UTC offset in January, hours. */
  tz: number;
  currency: 'EUR' | 'CHF';
  locale: string;
  /** City, postal code, and how many people shop there (weight). */
  cities: ReadonlyArray<readonly [string, string, number]>;
}

export const MARKETS: Readonly<Record<Market, MarketInfo>> = {
  FR: {
    tz: 1,
    currency: 'EUR',
    locale: 'fr-FR',
    cities: [
      ['Paris', '75011', 9],
      ['Paris', '75015', 7],
      ['Paris', '75018', 5],
      ['Boulogne-Billancourt', '92100', 3],
      ['Montreuil', '93100', 3],
      ['Versailles', '78000', 2],
      ['Créteil', '94000', 2],
      ['Lyon', '69003', 6],
      ['Villeurbanne', '69100', 2],
      ['Marseille', '13008', 6],
      ['Aix-en-Provence', '13100', 2],
      ['Toulouse', '31000', 5],
      ['Bordeaux', '33000', 4],
      ['Nantes', '44000', 4],
      ['Rennes', '35000', 3],
      ['Lille', '59000', 4],
      ['Roubaix', '59100', 1],
      ['Strasbourg', '67000', 3],
      ['Nice', '06000', 3],
      ['Montpellier', '34000', 3],
      ['Grenoble', '38000', 2],
      ['Dijon', '21000', 1],
      ['Clermont-Ferrand', '63000', 1],
      ['Tours', '37000', 1],
      ['Reims', '51100', 1],
      ['Metz', '57000', 1],
      ['Annecy', '74000', 1],
      ['Brest', '29200', 1],
      ['Limoges', '87000', 1],
      ['Perpignan', '66000', 1],
    ],
  },
  BE: {
    tz: 1,
    currency: 'EUR',
    locale: 'fr-BE',
    cities: [
      ['Bruxelles', '1000', 4],
      ['Ixelles', '1050', 2],
      ['Liège', '4000', 3],
      ['Namur', '5000', 2],
      ['Charleroi', '6000', 2],
      ['Mons', '7000', 1],
      ['Tournai', '7500', 1],
      ['Gent', '9000', 1],
    ],
  },
  LU: {
    tz: 1,
    currency: 'EUR',
    locale: 'fr-LU',
    cities: [
      ['Luxembourg', '1150', 3],
      ['Esch-sur-Alzette', '4001', 2],
      ['Differdange', '4501', 1],
    ],
  },
  CH: {
    tz: 1,
    currency: 'CHF',
    locale: 'fr-CH',
    cities: [
      ['Genève', '1201', 4],
      ['Lausanne', '1003', 3],
      ['Neuchâtel', '2000', 1],
      ['Fribourg', '1700', 1],
      ['Sion', '1950', 1],
      ['Zürich', '8004', 1],
    ],
  },
  RE: {
    tz: 4,
    currency: 'EUR',
    locale: 'fr-FR',
    cities: [
      ['Saint-Denis', '97400', 3],
      ['Saint-Pierre', '97410', 2],
      ['Le Tampon', '97430', 1],
      ['Saint-Paul', '97460', 1],
    ],
  },
  GP: {
    tz: -4,
    currency: 'EUR',
    locale: 'fr-FR',
    cities: [
      ['Les Abymes', '97139', 2],
      ['Baie-Mahault', '97122', 1],
      ['Pointe-à-Pitre', '97110', 1],
      ['Le Gosier', '97190', 1],
    ],
  },
};

const STREETS = [
  'rue de la République',
  'avenue Jean Jaurès',
  'rue Victor Hugo',
  'boulevard Gambetta',
  'rue Pasteur',
  'rue du Général de Gaulle',
  'avenue de la Gare',
  'rue des Écoles',
  'chemin des Vignes',
  'rue Jules Ferry',
  'allée des Tilleuls',
  'rue de la Paix',
  'place du Marché',
  'rue Émile Zola',
];

const BE_STREETS = ['rue de Namur', 'chaussée de Wavre', 'avenue Louise', 'rue Haute', 'rue Saint-Gilles'];
const CH_STREETS = ['rue du Rhône', 'avenue de la Gare', 'rue de Lausanne', 'chemin des Crêts'];

export function streetIn(rng: Rng, market: Market): string {
  const list = market === 'BE' || market === 'LU' ? BE_STREETS : market === 'CH' ? CH_STREETS : STREETS;
  return `${rng.int(1, 148)} ${rng.pick(list)}`;
}

/** A home address in a market, in a city drawn by weight. */
export function homeIn(rng: Rng, market: Market): Address {
  const [city, postalCode] = rng.weightedPick(MARKETS[market].cities.map((c) => [c, c[2]] as const));
  const flat = rng.chance(0.35) ? `, appt ${rng.int(1, 60)}` : '';
  return { country: market, postalCode, city, line1: `${streetIn(rng, market)}${flat}` };
}

/** Pickup counters (relay points) as the carriers name them: the shop's name is the first address line. */
const RELAY_SHOPS = [
  'Relais Tabac-Presse du Centre',
  'Relais Pressing des Lilas',
  'Relais Supérette Proxi',
  'Relais Librairie du Marché',
  'Relais Fleuriste Les Saisons',
  'Relais Station Total',
  'Locker Pickup Gare',
  'Relais Cordonnerie Minute',
];

/** A relay point near an address (same city, often the same postal code). */
export function relayNear(rng: Rng, home: Address): Address {
  return {
    country: home.country,
    postalCode: home.postalCode,
    city: home.city,
    line1: `${rng.pick(RELAY_SHOPS)}, ${rng.int(1, 90)} ${rng.pick(STREETS)}`,
  };
}

/** French border towns where Belgians, Luxembourgers and Swiss collect parcels. */
export const BORDER_RELAYS: Readonly<Record<'BE' | 'LU' | 'CH', ReadonlyArray<readonly [string, string]>>> = {
  BE: [
    ['Lille', '59000'],
    ['Halluin', '59250'],
    ['Maubeuge', '59600'],
    ['Givet', '08600'],
  ],
  LU: [
    ['Thionville', '57100'],
    ['Longwy', '54400'],
  ],
  CH: [
    ['Annemasse', '74100'],
    ['Saint-Julien-en-Genevois', '74160'],
    ['Ferney-Voltaire', '01210'],
    ['Pontarlier', '25300'],
  ],
};

export function borderRelay(rng: Rng, from: 'BE' | 'LU' | 'CH'): Address {
  const [city, postalCode] = rng.pick(BORDER_RELAYS[from]);
  return {
    country: 'FR',
    postalCode,
    city,
    line1: `${rng.pick(RELAY_SHOPS)}, ${rng.int(1, 90)} ${rng.pick(STREETS)}`,
  };
}

/** The store's shops offering pickup within the hour. */
export const STORES: ReadonlyArray<{ id: string; market: Market; city: string; postalCode: string }> = [
  { id: 'MAG-PARIS-REPUBLIQUE', market: 'FR', city: 'Paris', postalCode: '75011' },
  { id: 'MAG-PARIS-MONTPARNASSE', market: 'FR', city: 'Paris', postalCode: '75015' },
  { id: 'MAG-LA-DEFENSE', market: 'FR', city: 'Puteaux', postalCode: '92800' },
  { id: 'MAG-LYON-PART-DIEU', market: 'FR', city: 'Lyon', postalCode: '69003' },
  { id: 'MAG-MARSEILLE-BOURSE', market: 'FR', city: 'Marseille', postalCode: '13001' },
  { id: 'MAG-TOULOUSE-CAPITOLE', market: 'FR', city: 'Toulouse', postalCode: '31000' },
  { id: 'MAG-LILLE-EURALILLE', market: 'FR', city: 'Lille', postalCode: '59000' },
  { id: 'MAG-BORDEAUX-MERIADECK', market: 'FR', city: 'Bordeaux', postalCode: '33000' },
  { id: 'MAG-NANTES-ATLANTIS', market: 'FR', city: 'Saint-Herblain', postalCode: '44800' },
  { id: 'MAG-BRUXELLES-TOISON', market: 'BE', city: 'Bruxelles', postalCode: '1050' },
  { id: 'MAG-GENEVE-BALEXERT', market: 'CH', city: 'Genève', postalCode: '1209' },
  { id: 'MAG-SAINT-DENIS-RE', market: 'RE', city: 'Saint-Denis', postalCode: '97400' },
];

/** The shop nearest a buyer: one in their city when there is one, else any in their market. */
export function storeNear(rng: Rng, home: Address): (typeof STORES)[number] {
  const same = STORES.filter((s) => s.city === home.city);
  if (same.length > 0) return rng.pick(same);
  const market = STORES.filter((s) => s.market === home.country);
  return rng.pick(market.length > 0 ? market : STORES.filter((s) => s.market === 'FR'));
}

/**
 * Addresses reshipping mules receive parcels at: ordinary flats and houses in the Paris suburbs and near the
 * big sorting hubs, each used for a run of orders under different names.
 */
export const MULE_ADDRESSES: readonly Address[] = [
  { country: 'FR', postalCode: '93200', city: 'Saint-Denis', line1: '14 rue Gabriel Péri, appt 31' },
  { country: 'FR', postalCode: '93600', city: 'Aulnay-sous-Bois', line1: '7 allée des Tilleuls' },
  { country: 'FR', postalCode: '95200', city: 'Sarcelles', line1: '22 avenue Paul Valéry, bât. C' },
  { country: 'FR', postalCode: '77420', city: 'Champs-sur-Marne', line1: '3 rue de la Paix' },
  { country: 'FR', postalCode: '69200', city: 'Vénissieux', line1: '45 boulevard Gambetta, appt 12' },
  { country: 'FR', postalCode: '13015', city: 'Marseille', line1: '118 chemin de la Madrague-Ville' },
  { country: 'FR', postalCode: '59100', city: 'Roubaix', line1: '9 rue Pasteur' },
];
