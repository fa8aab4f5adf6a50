import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's buyers live and where parts go: towns of Great Britain, Northern Ireland (GB, BT
 * postcodes), the Republic of Ireland and a few continental towns where British drivers live; partner garages
 * that fit tyres; the store's own branches for click & collect; freight forwarders at British ports and
 * airports; and the transit and sanctioned destinations only fraud ships to.
 */

export interface Town {
  country: string;
  city: string;
  /** Outward postcodes (or Eircode routing keys, French and Dutch postcodes). */
  postcodes: readonly string[];
  /** Hours from UTC in November. */
  tz: number;
}

const town = (country: string, city: string, postcodes: string[], tz = 0): Town => ({
  country,
  city,
  postcodes,
  tz,
});

export const GB_TOWNS: readonly Town[] = [
  town('GB', 'London', ['SE15', 'E17', 'N9', 'SW19', 'W5', 'NW10', 'CR0', 'E6', 'HA0', 'IG1']),
  town('GB', 'Birmingham', ['B29', 'B23', 'B44', 'B11']),
  town('GB', 'Manchester', ['M14', 'M20', 'M40', 'M8']),
  town('GB', 'Leeds', ['LS6', 'LS9', 'LS17']),
  town('GB', 'Glasgow', ['G41', 'G13', 'G32']),
  town('GB', 'Edinburgh', ['EH6', 'EH11', 'EH16']),
  town('GB', 'Bristol', ['BS5', 'BS7', 'BS14']),
  town('GB', 'Cardiff', ['CF24', 'CF5', 'CF14']),
  town('GB', 'Swansea', ['SA1', 'SA5']),
  town('GB', 'Newcastle upon Tyne', ['NE6', 'NE4', 'NE15']),
  town('GB', 'Sheffield', ['S11', 'S8', 'S35']),
  town('GB', 'Nottingham', ['NG7', 'NG5', 'NG9']),
  town('GB', 'Leicester', ['LE2', 'LE4']),
  town('GB', 'Coventry', ['CV1', 'CV6']),
  town('GB', 'Norwich', ['NR2', 'NR5']),
  town('GB', 'Southampton', ['SO15', 'SO19']),
  town('GB', 'Reading', ['RG1', 'RG30']),
  town('GB', 'Plymouth', ['PL4', 'PL6']),
  town('GB', 'Exeter', ['EX4', 'EX2']),
  town('GB', 'Truro', ['TR1']),
  town('GB', 'Aberdeen', ['AB10', 'AB24']),
  town('GB', 'Inverness', ['IV2', 'IV3']),
  town('GB', 'Carlisle', ['CA1', 'CA2']),
  town('GB', 'Hull', ['HU5', 'HU8']),
  town('GB', 'Milton Keynes', ['MK9', 'MK6']),
  town('GB', 'Luton', ['LU1', 'LU4']),
  town('GB', 'Stoke-on-Trent', ['ST4', 'ST6']),
  town('GB', 'Preston', ['PR1', 'PR2']),
  town('GB', 'Ipswich', ['IP1', 'IP4']),
  town('GB', 'Wolverhampton', ['WV1', 'WV10']),
];

export const NI_TOWNS: readonly Town[] = [
  town('GB', 'Belfast', ['BT7', 'BT9', 'BT14', 'BT5']),
  town('GB', 'Derry~Londonderry', ['BT48', 'BT47']),
  town('GB', 'Newry', ['BT34', 'BT35']),
  town('GB', 'Omagh', ['BT78', 'BT79']),
];

export const IE_TOWNS: readonly Town[] = [
  town('IE', 'Dublin', ['D08', 'D12', 'D15', 'D24', 'D09']),
  town('IE', 'Cork', ['T12', 'T23']),
  town('IE', 'Galway', ['H91']),
  town('IE', 'Limerick', ['V94']),
  town('IE', 'Waterford', ['X91']),
  town('IE', 'Letterkenny', ['F92']),
  town('IE', 'Dundalk', ['A91']),
];

/** Continental towns where British drivers live and keep a UK-registered car. */
export const EU_TOWNS: readonly Town[] = [
  town('ES', 'Málaga', ['29001', '29640'], 1),
  town('ES', 'Alicante', ['03001', '03181'], 1),
  town('FR', 'Calais', ['62100'], 1),
  town('FR', 'Bergerac', ['24100'], 1),
  town('NL', 'Rotterdam', ['3011', '3072'], 1),
  town('DE', 'Köln', ['50667', '50823'], 1),
];

const STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Victoria Road',
  'Park Avenue',
  'Mill Lane',
  'Queens Road',
  'Albert Street',
  'Green Lane',
  'Manor Road',
  'Kings Drive',
  'Orchard Close',
  'Meadow Way',
  'Elm Grove',
  'The Crescent',
  'Springfield Road',
  'Windsor Avenue',
  'Beech Road',
];
const IE_STREETS = ['Main Street', 'Church Road', 'Bridge Street', 'Castle Park', 'The Green', 'Ashfield'];

const inward = (rng: Rng): string => `${rng.int(1, 9)}${rng.token(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;

/** A full postcode in the town's format. */
export function postcodeIn(rng: Rng, t: Town): string {
  const out = rng.pick(t.postcodes);
  if (t.country === 'GB') return `${out} ${inward(rng)}`;
  if (t.country === 'IE') return `${out} ${rng.token(4, 'ACDEFHKNPRTVWXY0123456789')}`;
  if (t.country === 'NL') return `${out} ${rng.token(2, 'ABCDEFGHJKLMNPRSTVWXZ')}`;
  return out;
}

/** A home address in the town. */
export function homeIn(rng: Rng, t: Town): Address {
  const streets = t.country === 'IE' ? IE_STREETS : STREETS;
  const flat = t.country === 'GB' && rng.chance(0.15) ? `Flat ${rng.int(1, 24)}, ` : '';
  return {
    country: t.country,
    postalCode: postcodeIn(rng, t),
    city: t.city,
    line1: `${flat}${rng.int(1, 180)} ${rng.pick(streets)}`,
  };
}

/** A workshop (garage, unit on an industrial estate) in the town. */
export function workshopIn(rng: Rng, t: Town): Address {
  const estate = rng.pick([
    'Riverside Industrial Estate',
    'Canal Trading Estate',
    'Northgate Business Park',
    'Station Works',
    'Greenfield Enterprise Park',
    'Mill Yard',
  ]);
  return {
    country: t.country,
    postalCode: postcodeIn(rng, t),
    city: t.city,
    line1: `Unit ${rng.int(1, 40)}, ${estate}`,
  };
}

/** A partner garage that fits tyres bought online: its id and address. */
export interface Garage {
  id: string;
  name: string;
  address: Address;
}

/** The store's branches for click & collect. */
export interface Branch {
  id: string;
  address: Address;
}

export function partnerGarages(rng: Rng): Garage[] {
  const names = ['Tyre & Auto', 'Motor Services', 'Autocentre', 'Tyres Ltd', 'Garage Services', 'Car Care'];
  return [...GB_TOWNS, ...NI_TOWNS, ...IE_TOWNS].flatMap((t, i) =>
    Array.from({ length: t.country === 'IE' ? 2 : 3 }, (_, j) => ({
      id: `GAR-${1000 + i * 10 + j}`,
      name: `${t.city.split(/[ ~-]/)[0]} ${rng.pick(names)}`,
      address: workshopIn(rng, t),
    })),
  );
}

export function branches(rng: Rng): Branch[] {
  return [...GB_TOWNS, ...NI_TOWNS.slice(0, 2), ...IE_TOWNS.slice(0, 2)].map((t, i) => ({
    id: `BR-${100 + i}`,
    address: {
      ...workshopIn(rng, t),
      line1: `Branch ${100 + i}, ${rng.pick(['Retail Park', 'Trade Park'])}`,
    },
  }));
}

/** British freight forwarders at ports and airports: parcels are consolidated and exported from there. */
export const FORWARDERS: readonly Address[] = [
  { country: 'GB', postalCode: 'TW6 3AF', city: 'Hounslow', line1: 'Unit 7, Heathrow Cargo Centre' },
  { country: 'GB', postalCode: 'TW19 7DW', city: 'Staines', line1: 'Bay 12, Poyle Freight Park' },
  { country: 'GB', postalCode: 'IP11 3QX', city: 'Felixstowe', line1: 'Shed 4, Dock Road Logistics' },
  { country: 'GB', postalCode: 'CT16 1JA', city: 'Dover', line1: 'Unit 2, Eastern Docks Export' },
  { country: 'GB', postalCode: 'RH6 0JA', city: 'Crawley', line1: 'Suite 3, Gatwick Forwarding House' },
];

/** Destinations abroad that export fraud ships to (none of them sanctioned). */
export const EXPORT_TOWNS: readonly Town[] = [
  town('AE', 'Dubai', ['00000'], 4),
  town('TR', 'Istanbul', ['34000', '34200'], 3),
  town('GE', 'Tbilisi', ['0101'], 4),
  town('KZ', 'Almaty', ['050000'], 5),
  town('KG', 'Bishkek', ['720000'], 6),
];

/** Sanctioned destinations: only `sanctioned_country` touches them. */
export const SANCTIONED_TOWNS: readonly Town[] = [
  town('RU', 'Moscow', ['101000', '115280', '127015'], 3),
  town('RU', 'Saint Petersburg', ['190000', '196084'], 3),
  town('RU', 'Kaliningrad', ['236000'], 2),
  town('BY', 'Minsk', ['220004', '220030'], 3),
];

export function abroadAddress(rng: Rng, t: Town): Address {
  return {
    country: t.country,
    postalCode: rng.pick(t.postcodes),
    city: t.city,
    line1: `${rng.pick(['Office', 'Warehouse', 'Unit'])} ${rng.int(1, 90)}, ${rng.int(1, 200)} ${rng.pick(['Industrial St', 'Logistics Ave', 'Cargo Rd'])}`,
  };
}
