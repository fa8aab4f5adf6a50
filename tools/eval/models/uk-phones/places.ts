import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's customers live and where parcels go: British towns with their postcode districts, Irish
 * towns with their Eircode routing keys, partner shops that hold click-and-collect parcels, the freight
 * forwarders near the airports that re-export parcels, and the places British people travel to.
 */

export type Market = 'GB' | 'IE';

export interface Town {
  city: string;
  /** Postcode districts (GB) or Eircode routing keys (IE). */
  districts: readonly string[];
  weight: number;
}

export const GB_TOWNS: readonly Town[] = [
  {
    city: 'London',
    districts: ['E3', 'E14', 'E17', 'N1', 'N16', 'SE15', 'SE18', 'SW11', 'W12', 'NW6'],
    weight: 21,
  },
  { city: 'Manchester', districts: ['M1', 'M4', 'M14', 'M15', 'M16', 'M19', 'M20', 'M21'], weight: 10 },
  { city: 'Salford', districts: ['M5', 'M6', 'M7', 'M50'], weight: 2 },
  { city: 'Stockport', districts: ['SK1', 'SK2', 'SK4', 'SK7'], weight: 2 },
  { city: 'Bolton', districts: ['BL1', 'BL3'], weight: 1 },
  { city: 'Birmingham', districts: ['B1', 'B5', 'B13', 'B15', 'B23', 'B29'], weight: 7 },
  { city: 'Leeds', districts: ['LS1', 'LS6', 'LS8', 'LS17'], weight: 4 },
  { city: 'Glasgow', districts: ['G1', 'G3', 'G12', 'G31', 'G41'], weight: 4 },
  { city: 'Liverpool', districts: ['L1', 'L8', 'L15', 'L17', 'L18'], weight: 3 },
  { city: 'Bristol', districts: ['BS1', 'BS3', 'BS6', 'BS7'], weight: 3 },
  { city: 'Sheffield', districts: ['S1', 'S7', 'S10', 'S11'], weight: 2 },
  { city: 'Newcastle upon Tyne', districts: ['NE1', 'NE2', 'NE6'], weight: 2 },
  { city: 'Edinburgh', districts: ['EH1', 'EH6', 'EH10'], weight: 3 },
  { city: 'Cardiff', districts: ['CF10', 'CF11', 'CF14', 'CF24'], weight: 2 },
  { city: 'Belfast', districts: ['BT1', 'BT7', 'BT9'], weight: 2 },
  { city: 'Nottingham', districts: ['NG1', 'NG5', 'NG7'], weight: 2 },
  { city: 'Leicester', districts: ['LE1', 'LE2', 'LE3'], weight: 2 },
  { city: 'Brighton', districts: ['BN1', 'BN2', 'BN3'], weight: 2 },
  { city: 'Reading', districts: ['RG1', 'RG4', 'RG30'], weight: 1 },
  { city: 'Milton Keynes', districts: ['MK9', 'MK10'], weight: 1 },
  { city: 'Southampton', districts: ['SO14', 'SO15', 'SO17'], weight: 1 },
  { city: 'Norwich', districts: ['NR1', 'NR2'], weight: 1 },
  { city: 'Plymouth', districts: ['PL1', 'PL4'], weight: 1 },
  { city: 'Aberdeen', districts: ['AB10', 'AB11'], weight: 1 },
  { city: 'York', districts: ['YO1', 'YO10', 'YO31'], weight: 1 },
  { city: 'Cambridge', districts: ['CB1', 'CB4'], weight: 1 },
  { city: 'Oxford', districts: ['OX1', 'OX4'], weight: 1 },
];

export const IE_TOWNS: readonly Town[] = [
  { city: 'Dublin', districts: ['D02', 'D04', 'D06', 'D08', 'D15', 'D24'], weight: 10 },
  { city: 'Blackrock', districts: ['A94'], weight: 1 },
  { city: 'Lucan', districts: ['K78'], weight: 1 },
  { city: 'Cork', districts: ['T12', 'T23'], weight: 3 },
  { city: 'Galway', districts: ['H91'], weight: 2 },
  { city: 'Limerick', districts: ['V94'], weight: 2 },
  { city: 'Waterford', districts: ['X91'], weight: 1 },
  { city: 'Kilkenny', districts: ['R95'], weight: 1 },
  { city: 'Drogheda', districts: ['A92'], weight: 1 },
  { city: 'Athlone', districts: ['N37'], weight: 1 },
];

const GB_STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Victoria Road',
  'Park Avenue',
  'Queens Road',
  'Mill Lane',
  'Grange Road',
  'Kings Road',
  'Oxford Road',
  'Wilmslow Road',
  'Albert Street',
  'Manor Way',
  'Elm Grove',
  'Beech Avenue',
  'Chester Road',
  'York Street',
  'Green Lane',
  'Westfield Road',
  'Brook Street',
  'Cromwell Road',
  'Clarence Street',
  'Princess Street',
  'The Crescent',
  'Meadow Close',
  'Ladybarn Lane',
  'Burton Road',
  'Moss Lane',
  'Canal Street',
  'Hawthorn Drive',
];
const IE_STREETS = [
  'Main Street',
  'Church Road',
  'Strand Road',
  'Seafield Road',
  'Castle Street',
  'Patrick Street',
  'Dublin Road',
  'Ashgrove',
  'Willow Park',
  'Oakwood Avenue',
  'Marine Terrace',
  'Cherry Orchard',
];

/** GB postcode inward letters (no C, I, K, M, O or V). */
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ';
const EIRCODE = '0123456789ACDEFHKNPRTVWXY';

export function pickTown(rng: Rng, market: Market): Town {
  return rng.weightedPick((market === 'GB' ? GB_TOWNS : IE_TOWNS).map((t) => [t, t.weight] as const));
}

export function townOf(market: Market, city: string): Town {
  const found = (market === 'GB' ? GB_TOWNS : IE_TOWNS).find((t) => t.city === city);
  if (!found) throw new Error(`no town ${city}`);
  return found;
}

export function postcode(rng: Rng, market: Market, town: Town): string {
  const district = rng.pick(town.districts);
  return market === 'GB'
    ? `${district} ${rng.int(1, 9)}${rng.token(2, INWARD)}`
    : `${district} ${rng.token(4, EIRCODE)}`;
}

/** A home: a house, or a flat in a converted house or a block (flats are where parcels go astray). */
export function homeAddress(
  rng: Rng,
  market: Market,
  town = pickTown(rng, market),
  flatShare = 0.3,
): Address {
  const street = rng.pick(market === 'GB' ? GB_STREETS : IE_STREETS);
  const house = `${rng.int(1, 180)} ${street}`;
  const line1 = rng.chance(flatShare) ? `Flat ${rng.int(1, 24)}, ${house}` : house;
  return { country: market, postalCode: postcode(rng, market, town), city: town.city, line1 };
}

/** Another address in the same town: a workplace, a neighbour, a drop a few streets away. */
export function nearby(rng: Rng, home: Address): Address {
  const market = home.country as Market;
  return homeAddress(rng, market, townOf(market, home.city ?? ''), 0.45);
}

export function workAddress(rng: Rng, market: Market, town: Town): Address {
  const unit = rng.pick(['Suite', 'Floor', 'Unit']);
  const name = rng.pick(['House', 'Court', 'Point', 'Works', 'Exchange', 'Mill']);
  const place = rng.pick([
    'Spinningfields',
    'Albion',
    'Victoria',
    'Mercury',
    'Baltic',
    'Quayside',
    'Pioneer',
  ]);
  return {
    country: market,
    postalCode: postcode(rng, market, town),
    city: town.city,
    line1: `${unit} ${rng.int(1, 12)}, ${place} ${name}`,
  };
}

/** A click-and-collect partner: a corner shop or newsagent that holds parcels for a week. */
export interface Shop {
  id: string;
  name: string;
  address: Address;
}

const SHOP_BRANDS = [
  'Costcutter',
  'Premier',
  'Spar',
  'One Stop',
  'Londis',
  'Nisa Local',
  'Best-one',
  'McColl',
];

export function partnerShops(rng: Rng): Shop[] {
  const shops: Shop[] = [];
  for (const market of ['GB', 'IE'] as const)
    for (const town of market === 'GB' ? GB_TOWNS : IE_TOWNS) {
      const count = Math.max(1, Math.round(town.weight / 3));
      for (let i = 0; i < count; i++) {
        const address = homeAddress(rng, market, town, 0);
        shops.push({
          id: `PP${rng.digits(5)}`,
          name: `${rng.pick(SHOP_BRANDS)} ${address.line1?.replace(/^\d+ /, '') ?? ''}`,
          address,
        });
      }
    }
  return shops;
}

export const shopsIn = (shops: readonly Shop[], market: Market): Shop[] =>
  shops.filter((s) => s.address.country === market);

/**
 * Freight forwarders by the airports: honest Channel Islanders and expats use them, and so do people
 * re-exporting phones to places the shop cannot ship to.
 */
export const FORWARDERS: readonly Address[] = [
  { country: 'GB', postalCode: 'TW14 0LR', city: 'Feltham', line1: 'Unit 7, Central Way Trade Park' },
  { country: 'GB', postalCode: 'SL3 0EY', city: 'Colnbrook', line1: 'Bay 3, Galleymead Road' },
  { country: 'GB', postalCode: 'CM24 1RY', city: 'Stansted', line1: 'Unit 12, Start Hill Logistics' },
  {
    country: 'GB',
    postalCode: 'M90 5NE',
    city: 'Manchester',
    line1: 'Cargo Centre Shed 4, World Freight Terminal',
  },
  { country: 'GB', postalCode: 'UB3 1HA', city: 'Hayes', line1: 'Suite 210, Dawley Road Business Centre' },
];

/** Where abroad British and Irish customers are when they shop: the IP's country, and its local offset. */
export const ABROAD = ['ES', 'FR', 'PT', 'US', 'AE', 'TR', 'PL', 'IN', 'NL', 'DE', 'AU', 'HK'] as const;
export type Abroad = (typeof ABROAD)[number];

/** Addresses abroad for billing of expats' cards (their home abroad). */
export const ABROAD_TOWNS: Readonly<Record<string, { city: string; postalCode: string; line1: string }[]>> = {
  ES: [
    { city: 'Málaga', postalCode: '29016', line1: 'Calle Marqués de Larios 4' },
    { city: 'Alicante', postalCode: '03001', line1: 'Avenida de Maisonnave 22' },
  ],
  PT: [{ city: 'Albufeira', postalCode: '8200-161', line1: 'Rua Cândido dos Reis 12' }],
  FR: [{ city: 'Paris', postalCode: '75011', line1: '18 rue Oberkampf' }],
  AE: [{ city: 'Dubai', postalCode: '00000', line1: 'Marina Gate 2, Apt 1804' }],
  US: [{ city: 'New York', postalCode: '10011', line1: '245 W 17th St Apt 5C' }],
  PL: [{ city: 'Kraków', postalCode: '31-042', line1: 'ul. Floriańska 15' }],
  IN: [{ city: 'Mumbai', postalCode: '400050', line1: '21 Hill Road, Bandra West' }],
  NG: [{ city: 'Lagos', postalCode: '101241', line1: '14 Admiralty Way, Lekki' }],
  DE: [{ city: 'Berlin', postalCode: '10115', line1: 'Invalidenstraße 44' }],
  AU: [{ city: 'Sydney', postalCode: '2000', line1: '88 George Street' }],
  HK: [{ city: 'Hong Kong', postalCode: '999077', line1: 'Flat 12B, 33 Conduit Road' }],
  RO: [{ city: 'Cluj-Napoca', postalCode: '400001', line1: 'Strada Memorandumului 9' }],
  PK: [{ city: 'Lahore', postalCode: '54000', line1: '12 Main Boulevard Gulberg' }],
  ZA: [{ city: 'Cape Town', postalCode: '8001', line1: '40 Bree Street' }],
  TR: [{ city: 'Istanbul', postalCode: '34000', line1: 'Istiklal Caddesi 120' }],
  NL: [{ city: 'Amsterdam', postalCode: '1012 AB', line1: 'Damrak 70' }],
};

export function abroadAddress(rng: Rng, country: string): Address {
  const town = rng.pick(ABROAD_TOWNS[country] ?? []);
  return { country, postalCode: town.postalCode, city: town.city, line1: town.line1 };
}
