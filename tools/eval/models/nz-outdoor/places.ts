import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's customers live and where parcels go: New Zealand towns (Canterbury first, the store being in
 * Christchurch), rural delivery (RD) addresses, Australian cities, the home towns of Kiwis abroad and of
 * tourists, hotels and holiday parks that take parcels for arriving guests, Auckland freight forwarders near the
 * airport and the Pacific freight consolidators of South Auckland. Postal codes are those towns' own; street
 * numbers are drawn.
 */

/** The two markets the store prices for: New Zealand dollars at home, Australian dollars across the Tasman. */
export const MARKETS = { NZ: 'NZD', AU: 'AUD' } as const;
export type Market = keyof typeof MARKETS;

export interface Town {
  city: string;
  postalCode: string;
  region: string;
  weight: number;
}

// prettier-ignore
export const NZ_TOWNS: readonly Town[] = [
  { city: 'Christchurch', postalCode: '8011', region: 'canterbury', weight: 6 },
  { city: 'Christchurch', postalCode: '8013', region: 'canterbury', weight: 4 },
  { city: 'Christchurch', postalCode: '8022', region: 'canterbury', weight: 4 },
  { city: 'Christchurch', postalCode: '8041', region: 'canterbury', weight: 5 },
  { city: 'Christchurch', postalCode: '8051', region: 'canterbury', weight: 4 },
  { city: 'Christchurch', postalCode: '8053', region: 'canterbury', weight: 4 },
  { city: 'Christchurch', postalCode: '8061', region: 'canterbury', weight: 3 },
  { city: 'Christchurch', postalCode: '8081', region: 'canterbury', weight: 2 },
  { city: 'Christchurch', postalCode: '8083', region: 'canterbury', weight: 2 },
  { city: 'Rolleston', postalCode: '7614', region: 'canterbury', weight: 3 },
  { city: 'Lincoln', postalCode: '7608', region: 'canterbury', weight: 2 },
  { city: 'Rangiora', postalCode: '7400', region: 'canterbury', weight: 3 },
  { city: 'Kaiapoi', postalCode: '7630', region: 'canterbury', weight: 2 },
  { city: 'Ashburton', postalCode: '7700', region: 'canterbury', weight: 2 },
  { city: 'Timaru', postalCode: '7910', region: 'canterbury', weight: 2 },
  { city: 'Auckland', postalCode: '1010', region: 'auckland', weight: 4 },
  { city: 'Auckland', postalCode: '1024', region: 'auckland', weight: 3 },
  { city: 'Auckland', postalCode: '0610', region: 'auckland', weight: 3 },
  { city: 'Auckland', postalCode: '0630', region: 'auckland', weight: 3 },
  { city: 'Auckland', postalCode: '1050', region: 'auckland', weight: 3 },
  { city: 'Auckland', postalCode: '2016', region: 'auckland', weight: 2 },
  { city: 'Auckland', postalCode: '2102', region: 'auckland', weight: 2 },
  { city: 'Auckland', postalCode: '2025', region: 'auckland', weight: 2 },
  { city: 'Auckland', postalCode: '2023', region: 'auckland', weight: 1 },
  { city: 'Auckland', postalCode: '0612', region: 'auckland', weight: 2 },
  { city: 'Hamilton', postalCode: '3200', region: 'waikato', weight: 1 },
  { city: 'Christchurch', postalCode: '8062', region: 'canterbury', weight: 2 },
  { city: 'Porirua', postalCode: '5022', region: 'wellington', weight: 1 },
  { city: 'Wellington', postalCode: '6011', region: 'wellington', weight: 3 },
  { city: 'Wellington', postalCode: '6021', region: 'wellington', weight: 2 },
  { city: 'Lower Hutt', postalCode: '5010', region: 'wellington', weight: 2 },
  { city: 'Hamilton', postalCode: '3204', region: 'waikato', weight: 3 },
  { city: 'Tauranga', postalCode: '3110', region: 'bay_of_plenty', weight: 2 },
  { city: 'Rotorua', postalCode: '3010', region: 'bay_of_plenty', weight: 1 },
  { city: 'Taupō', postalCode: '3330', region: 'waikato', weight: 1 },
  { city: 'Napier', postalCode: '4110', region: 'hawkes_bay', weight: 1 },
  { city: 'Palmerston North', postalCode: '4410', region: 'manawatu', weight: 1 },
  { city: 'New Plymouth', postalCode: '4310', region: 'taranaki', weight: 1 },
  { city: 'Whangārei', postalCode: '0110', region: 'northland', weight: 1 },
  { city: 'Nelson', postalCode: '7010', region: 'nelson', weight: 3 },
  { city: 'Blenheim', postalCode: '7201', region: 'marlborough', weight: 1 },
  { city: 'Greymouth', postalCode: '7805', region: 'west_coast', weight: 1 },
  { city: 'Hokitika', postalCode: '7810', region: 'west_coast', weight: 1 },
  { city: 'Dunedin', postalCode: '9016', region: 'otago', weight: 4 },
  { city: 'Queenstown', postalCode: '9300', region: 'otago', weight: 2 },
  { city: 'Wānaka', postalCode: '9305', region: 'otago', weight: 2 },
  { city: 'Invercargill', postalCode: '9810', region: 'southland', weight: 2 },
];

/** Greater Christchurch, where click-and-collect customers come from. */
export const CHRISTCHURCH_TOWNS = NZ_TOWNS.filter((t) =>
  ['Christchurch', 'Rolleston', 'Lincoln', 'Rangiora', 'Kaiapoi'].includes(t.city),
);

/**
 * Where resold goods are sent to be picked up: ordinary suburbs of Auckland, Hamilton, Christchurch and Porirua,
 * where plenty of honest customers live too.
 */
// prettier-ignore
export const DROP_TOWNS: readonly Town[] = [
  { city: 'Auckland', postalCode: '2102', region: 'auckland', weight: 3 },
  { city: 'Auckland', postalCode: '2025', region: 'auckland', weight: 3 },
  { city: 'Auckland', postalCode: '2023', region: 'auckland', weight: 2 },
  { city: 'Auckland', postalCode: '0612', region: 'auckland', weight: 2 },
  { city: 'Hamilton', postalCode: '3200', region: 'waikato', weight: 2 },
  { city: 'Christchurch', postalCode: '8062', region: 'canterbury', weight: 2 },
  { city: 'Porirua', postalCode: '5022', region: 'wellington', weight: 1 },
];

// prettier-ignore
const NZ_STREETS = [
  'Rata Street', 'Kowhai Avenue', 'Totara Drive', 'Matai Street', 'Rimu Road', 'Kauri Street', 'Tui Street',
  'Pohutukawa Place', 'Manuka Crescent', 'Hill Street', 'Station Road', 'Church Street', 'Beach Road',
  'Domain Terrace', 'Puriri Street', 'Karaka Lane', 'Kahikatea Drive', 'Harakeke Street', 'Bealey Avenue',
  'Papanui Road', 'Riccarton Road', 'Lincoln Road', 'Ferry Road', 'Cashmere Road', 'Great North Road',
  'Queen Street', 'Victoria Street', 'Albert Street', 'Nikau Grove', 'Miro Place', 'Kereru Lane',
];

/** An urban New Zealand address in a town: "14 Rata Street", now and then a flat ("2/14 Rata Street"). */
export function nzAddress(rng: Rng, town: Town): Address {
  const number = `${rng.int(1, 240)}${rng.chance(0.06) ? rng.pick(['A', 'B']) : ''}`;
  const flat = rng.chance(0.16) ? `${rng.int(1, 6)}/` : '';
  return {
    country: 'NZ',
    postalCode: town.postalCode,
    city: town.city,
    line1: `${flat}${number} ${rng.pick(NZ_STREETS)}`,
  };
}

export const pickTown = (rng: Rng, towns: readonly Town[]): Town =>
  rng.weightedPick(towns.map((t) => [t, t.weight] as const));

/** A rural delivery run: the locality the RD number belongs to, its rural postcode, its roads. */
interface RuralRun {
  locality: string;
  postalCode: string;
  rd: readonly number[];
  region: string;
  roads: readonly string[];
  weight: number;
}

// prettier-ignore
const RURAL: readonly RuralRun[] = [
  { locality: 'Darfield', postalCode: '7571', rd: [1, 2], region: 'canterbury', weight: 4,
    roads: ['Coaltrack Road', 'Bangor Road', 'Auchenflower Road', 'Homebush Road'] },
  { locality: 'Oxford', postalCode: '7495', rd: [1, 2], region: 'canterbury', weight: 3,
    roads: ['Woodstock Road', 'Ashley Gorge Road', 'Bay Road', 'Depot Gap Road'] },
  { locality: 'Methven', postalCode: '7782', rd: [1, 2], region: 'canterbury', weight: 3,
    roads: ['Thompsons Track', 'Alford Forest Road', 'Pudding Hill Road', 'Barkers Road'] },
  { locality: 'Ashburton', postalCode: '7776', rd: [4, 6, 8], region: 'canterbury', weight: 3,
    roads: ['Longbeach Road', 'Wakanui School Road', 'Frasers Road', 'Boundary Road'] },
  { locality: 'Amberley', postalCode: '7483', rd: [1, 2, 3], region: 'canterbury', weight: 2,
    roads: ['Omihi Road', 'Mount Grey Road', 'Bourkes Road', 'Carters Road'] },
  { locality: 'Geraldine', postalCode: '7991', rd: [21, 22], region: 'canterbury', weight: 2,
    roads: ['Te Moana Road', 'Orari Station Road', 'Coopers Creek Road', 'Tripp Settlement Road'] },
  { locality: 'Fairlie', postalCode: '7987', rd: [17], region: 'canterbury', weight: 2,
    roads: ['Clayton Road', 'Allandale Road', 'Mackenzie Pass Road', 'Mount Michael Road'] },
  { locality: 'Culverden', postalCode: '7392', rd: [1, 2], region: 'canterbury', weight: 2,
    roads: ['Mandamus Road', 'Leslie Hills Road', 'Hanmer Road', 'Tekoa Road'] },
  { locality: 'Cheviot', postalCode: '7381', rd: [1, 2], region: 'canterbury', weight: 1,
    roads: ['Port Robinson Road', 'Parnassus Road', 'Blythe Road', 'Mackenzie Road'] },
  { locality: 'Murchison', postalCode: '7077', rd: [1, 2], region: 'tasman', weight: 1,
    roads: ['Matakitaki Road', 'Mangles Valley Road', 'Maruia Saddle Road', 'Tutaki Road'] },
  { locality: 'Westport', postalCode: '7892', rd: [1, 2], region: 'west_coast', weight: 1,
    roads: ['Buller Gorge Road', 'Nine Mile Road', 'Ballance Street Extension', 'Cape Foulwind Road'] },
  { locality: 'Gore', postalCode: '9772', rd: [1, 2, 3], region: 'southland', weight: 2,
    roads: ['Waikaka Valley Road', 'Otama Road', 'Croydon Bush Road', 'Chatton North Road'] },
  { locality: 'Te Anau', postalCode: '9679', rd: [1, 2], region: 'southland', weight: 1,
    roads: ['Sinclair Road', 'Kepler Mire Road', 'Hillside Road', 'Mararoa Road'] },
  { locality: 'Taihape', postalCode: '4794', rd: [1, 4, 6], region: 'manawatu', weight: 1,
    roads: ['Mangaohane Road', 'Pukeokahu Road', 'Spooners Hill Road', 'Moawhango Valley Road'] },
  { locality: 'Masterton', postalCode: '5882', rd: [2, 7, 8], region: 'wellington', weight: 1,
    roads: ['Te Ore Ore Road', 'Castlepoint Road', 'Kiriwhakapapa Road', 'Mikimiki Road'] },
  { locality: 'Gisborne', postalCode: '4071', rd: [1, 2, 3], region: 'gisborne', weight: 1,
    roads: ['Waimata Valley Road', 'Back Ormond Road', 'Hexton Road', 'Riverside Road'] },
  { locality: 'Whangārei', postalCode: '0179', rd: [1, 5, 9], region: 'northland', weight: 1,
    roads: ['Pipiwai Road', 'Whananaki North Road', 'Russell Road', 'Apotu Road'] },
];

/** A rural delivery address: "1432 Coaltrack Road, RD 1", Darfield 7571; numbers are metres from the road's end / 10. */
export function ruralAddress(rng: Rng): Address {
  const run = rng.weightedPick(RURAL.map((r) => [r, r.weight] as const));
  return {
    country: 'NZ',
    postalCode: run.postalCode,
    city: run.locality,
    line1: `${rng.int(40, 3600)} ${rng.pick(run.roads)}, RD ${rng.pick(run.rd)}`,
  };
}

/** Whether an address is on a rural delivery run. */
export const isRural = (a: { line1?: string } | undefined): boolean => /, RD \d+$/.test(a?.line1 ?? '');

/** Hotels, motor lodges, holiday parks and a campervan depot that take parcels for guests who have not arrived. */
// prettier-ignore
export const GUEST_DROPS: readonly Address[] = [
  { country: 'NZ', postalCode: '8011', city: 'Christchurch', line1: 'Reception, 776 Colombo Street' },
  { country: 'NZ', postalCode: '8053', city: 'Christchurch', line1: 'Reception, 55 Memorial Avenue' },
  { country: 'NZ', postalCode: '8053', city: 'Christchurch', line1: 'Campervan depot, 159 Orchard Road' },
  { country: 'NZ', postalCode: '9300', city: 'Queenstown', line1: 'Reception, 14 Beach Street' },
  { country: 'NZ', postalCode: '9300', city: 'Queenstown', line1: 'Holiday park office, 54 Man Street' },
  { country: 'NZ', postalCode: '9305', city: 'Wānaka', line1: 'Holiday park office, 212 Brownston Street' },
  { country: 'NZ', postalCode: '7945', city: 'Lake Tekapo', line1: 'Holiday park office, 2 Lakeside Drive' },
  { country: 'NZ', postalCode: '7886', city: 'Franz Josef', line1: 'Motor camp office, 2902 State Highway 6' },
  { country: 'NZ', postalCode: '9600', city: 'Te Anau', line1: 'Holiday park office, 128 Te Anau Terrace' },
  { country: 'NZ', postalCode: '7300', city: 'Kaikōura', line1: 'Reception, 25 Beach Road' },
  { country: 'NZ', postalCode: '7010', city: 'Nelson', line1: 'Reception, 8 Trafalgar Street' },
  { country: 'NZ', postalCode: '7183', city: 'Marahau', line1: 'Lodge reception, 229 Sandy Bay-Marahau Road' },
];

/**
 * Freight forwarders' warehouses near Auckland Airport and in the industrial south-east: a parcel addressed to
 * one carries the customer's box code and leaves the country again.
 */
// prettier-ignore
const FORWARDER_SITES: readonly Address[] = [
  { country: 'NZ', postalCode: '2022', city: 'Auckland', line1: 'Unit 3, 12 Airpark Drive, Airport Oaks' },
  { country: 'NZ', postalCode: '2022', city: 'Auckland', line1: '8 Ascot Road, Airport Oaks' },
  { country: 'NZ', postalCode: '2022', city: 'Auckland', line1: 'Unit B, 21 Timberly Road, Māngere' },
  { country: 'NZ', postalCode: '2022', city: 'Auckland', line1: 'Unit 7, 150 Montgomerie Road, Airport Oaks' },
  { country: 'NZ', postalCode: '2022', city: 'Auckland', line1: 'Unit 2, 9 Andrew Baxter Drive, Airport Oaks' },
  { country: 'NZ', postalCode: '2013', city: 'Auckland', line1: 'Unit 12, 71 Springs Road, East Tāmaki' },
];

/** A forwarder's address with the customer's box code. */
export function forwarderAddress(rng: Rng, site?: number): Address {
  const base = FORWARDER_SITES[site ?? rng.int(0, FORWARDER_SITES.length - 1)] ?? FORWARDER_SITES[0];
  return {
    ...base,
    country: 'NZ',
    line1: `${base?.line1 ?? ''}, Box ${rng.pick(['FW', 'AX', 'SH', 'NZ'])}${rng.digits(5)}`,
  };
}

export const FORWARDER_COUNT = FORWARDER_SITES.length;

/** Whether an address is one of the forwarders' warehouses. */
export const isForwarder = (a: { line1?: string } | undefined): boolean =>
  FORWARDER_SITES.some((f) => a?.line1?.startsWith(`${f.line1}, Box `) === true);

/** South Auckland consolidators that send family parcels on to Tonga, Samoa and the Cook Islands by sea. */
// prettier-ignore
export const ISLAND_FREIGHT: readonly Address[] = [
  { country: 'NZ', postalCode: '1062', city: 'Auckland', line1: '27 Walmsley Road, Ōtāhuhu' },
  { country: 'NZ', postalCode: '2024', city: 'Auckland', line1: '5 Vestey Drive, Māngere East' },
  { country: 'NZ', postalCode: '2104', city: 'Auckland', line1: 'Unit 4, 18 Lady Ruby Drive, East Tāmaki' },
];

export interface Place {
  city: string;
  postalCode: string;
  tz: number;
  weight: number;
}

/** Australian cities with their December offsets (AEDT, AEST in Queensland, ACDT, AWST). */
// prettier-ignore
export const AU_CITIES: readonly Place[] = [
  { city: 'Sydney', postalCode: '2000', tz: 11, weight: 5 },
  { city: 'Sydney', postalCode: '2065', tz: 11, weight: 3 },
  { city: 'Katoomba', postalCode: '2780', tz: 11, weight: 1 },
  { city: 'Newcastle', postalCode: '2300', tz: 11, weight: 1 },
  { city: 'Canberra', postalCode: '2601', tz: 11, weight: 2 },
  { city: 'Melbourne', postalCode: '3000', tz: 11, weight: 4 },
  { city: 'Melbourne', postalCode: '3065', tz: 11, weight: 3 },
  { city: 'Geelong', postalCode: '3220', tz: 11, weight: 1 },
  { city: 'Bright', postalCode: '3741', tz: 11, weight: 1 },
  { city: 'Hobart', postalCode: '7000', tz: 11, weight: 3 },
  { city: 'Launceston', postalCode: '7250', tz: 11, weight: 2 },
  { city: 'Brisbane', postalCode: '4000', tz: 10, weight: 3 },
  { city: 'Gold Coast', postalCode: '4217', tz: 10, weight: 1 },
  { city: 'Cairns', postalCode: '4870', tz: 10, weight: 1 },
  { city: 'Adelaide', postalCode: '5000', tz: 10.5, weight: 2 },
  { city: 'Perth', postalCode: '6000', tz: 8, weight: 2 },
];

/** Home towns abroad: Kiwis living overseas, tourists, and the addresses on stolen foreign cards. */
// prettier-ignore
export const ABROAD: Readonly<Record<string, readonly Place[]>> = {
  GB: [
    { city: 'London', postalCode: 'SW11 5HJ', tz: 0, weight: 5 },
    { city: 'London', postalCode: 'N16 7UH', tz: 0, weight: 3 },
    { city: 'Edinburgh', postalCode: 'EH6 8RG', tz: 0, weight: 2 },
    { city: 'Manchester', postalCode: 'M20 2RN', tz: 0, weight: 2 },
    { city: 'Bristol', postalCode: 'BS6 6QA', tz: 0, weight: 1 },
    { city: 'Kendal', postalCode: 'LA9 4QD', tz: 0, weight: 1 },
  ],
  DE: [
    { city: 'Berlin', postalCode: '10437', tz: 1, weight: 3 },
    { city: 'München', postalCode: '80469', tz: 1, weight: 3 },
    { city: 'Hamburg', postalCode: '22765', tz: 1, weight: 2 },
    { city: 'Köln', postalCode: '50672', tz: 1, weight: 2 },
    { city: 'Freiburg im Breisgau', postalCode: '79098', tz: 1, weight: 1 },
    { city: 'Stuttgart', postalCode: '70173', tz: 1, weight: 1 },
  ],
  US: [
    { city: 'Seattle', postalCode: '98103', tz: -8, weight: 2 },
    { city: 'San Francisco', postalCode: '94110', tz: -8, weight: 2 },
    { city: 'Denver', postalCode: '80205', tz: -7, weight: 2 },
    { city: 'Boston', postalCode: '02139', tz: -5, weight: 1 },
    { city: 'New York', postalCode: '11215', tz: -5, weight: 2 },
    { city: 'Austin', postalCode: '78704', tz: -6, weight: 1 },
    { city: 'Portland', postalCode: '97214', tz: -8, weight: 1 },
  ],
  CA: [
    { city: 'Vancouver', postalCode: 'V6K 2G7', tz: -8, weight: 2 },
    { city: 'Toronto', postalCode: 'M6J 1H4', tz: -5, weight: 2 },
    { city: 'Calgary', postalCode: 'T2S 0J2', tz: -7, weight: 1 },
  ],
  AU: AU_CITIES,
  CN: [
    { city: 'Shanghai', postalCode: '200031', tz: 8, weight: 3 },
    { city: 'Beijing', postalCode: '100020', tz: 8, weight: 3 },
    { city: 'Shenzhen', postalCode: '518048', tz: 8, weight: 2 },
    { city: 'Hangzhou', postalCode: '310007', tz: 8, weight: 1 },
    { city: 'Chengdu', postalCode: '610041', tz: 8, weight: 1 },
  ],
  HK: [{ city: 'Hong Kong', postalCode: '999077', tz: 8, weight: 1 }],
  IL: [
    { city: 'Tel Aviv-Yafo', postalCode: '6423902', tz: 2, weight: 3 },
    { city: 'Jerusalem', postalCode: '9414101', tz: 2, weight: 2 },
    { city: 'Haifa', postalCode: '3303123', tz: 2, weight: 1 },
    { city: 'Ra’anana', postalCode: '4366101', tz: 2, weight: 1 },
  ],
  RU: [
    { city: 'Moscow', postalCode: '125009', tz: 3, weight: 3 },
    { city: 'Saint Petersburg', postalCode: '191186', tz: 3, weight: 2 },
    { city: 'Novosibirsk', postalCode: '630099', tz: 7, weight: 1 },
    { city: 'Yekaterinburg', postalCode: '620014', tz: 5, weight: 1 },
  ],
  BY: [
    { city: 'Minsk', postalCode: '220030', tz: 3, weight: 3 },
    { city: 'Brest', postalCode: '224005', tz: 3, weight: 1 },
  ],
  IR: [
    { city: 'Tehran', postalCode: '1968913', tz: 3.5, weight: 3 },
    { city: 'Isfahan', postalCode: '8174673', tz: 3.5, weight: 1 },
  ],
};

// prettier-ignore
const STREETS: Readonly<Record<string, readonly string[]>> = {
  GB: ['High Street', 'Church Road', 'Station Road', 'Victoria Road', 'Park Avenue', 'Mill Lane'],
  DE: ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Gartenstraße', 'Lindenstraße', 'Bergstraße'],
  US: ['Main St', 'Oak Ave', 'Maple Dr', '2nd St', 'Pine St', 'Cedar Ln', 'Lake St'],
  CA: ['Queen St W', 'King St E', 'Main St', 'Granville St', '4th Ave SW'],
  AU: ['George Street', 'High Street', 'Smith Street', 'Brunswick Street', 'Elizabeth Street', 'Mountain Road'],
  CN: ['Zhongshan Road', 'Jiefang Road', 'Renmin Road', 'Nanjing West Road', 'Jianguo Road'],
  HK: ['Nathan Road', 'Queen’s Road Central', 'Hennessy Road'],
  IL: ['Herzl St', 'Rothschild Blvd', 'Ben Yehuda St', 'Weizmann St', 'Dizengoff St'],
  RU: ['ul. Tverskaya', 'prospekt Mira', 'ul. Lenina', 'Nevsky prospekt', 'ul. Sadovaya'],
  BY: ['pr. Nezavisimosti', 'ul. Kalvariyskaya', 'ul. Surganova', 'ul. Sovetskaya'],
  IR: ['Valiasr St', 'Enghelab St', 'Azadi St', 'Shariati St'],
};

/** A home address abroad, in that country's way of writing it. */
export function abroadAddress(rng: Rng, country: string, place?: Place): Address {
  const places = ABROAD[country] ?? [];
  const p = place ?? rng.weightedPick(places.map((x) => [x, x.weight] as const));
  const street = rng.pick(STREETS[country] ?? ['Main Street']);
  const n = rng.int(1, 180);
  const line1 =
    country === 'DE'
      ? `${street} ${n}`
      : country === 'CN'
        ? `Room ${rng.int(2, 28)}0${rng.int(1, 8)}, ${n} ${street}`
        : country === 'RU' || country === 'BY'
          ? `${street}, d. ${n}, kv. ${rng.int(1, 220)}`
          : country === 'GB' && rng.chance(0.3)
            ? `Flat ${rng.int(1, 12)}, ${n} ${street}`
            : `${n} ${street}`;
  return { country, postalCode: p?.postalCode ?? '', city: p?.city ?? '', line1 };
}

/** A place abroad with its UTC offset. */
export const pickPlace = (rng: Rng, country: string): Place => {
  const places = ABROAD[country] ?? [];
  return rng.weightedPick(places.map((x) => [x, x.weight] as const));
};

/** An Australian address in one of the cities. */
export function auAddress(rng: Rng, place: Place): Address {
  return abroadAddress(rng, 'AU', place);
}
