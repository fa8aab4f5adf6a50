import { type Rng } from '../kit/random.js';

/** Street addresses as each market writes them, plus the special destinations fraud and honest orders use. */

export interface Address {
  country: string;
  postalCode?: string;
  city: string;
  line1: string;
}

type City = readonly [city: string, postcodes: readonly string[]];

// prettier-ignore
const CITIES: Record<string, { weight: readonly number[]; cities: readonly City[] }> = {
  AU: { weight: [30, 26, 16, 9, 7, 3, 3, 2, 2, 2], cities: [
    ['Sydney', ['2000', '2010', '2036', '2067', '2150', '2170', '2204', '2560', '2770']],
    ['Melbourne', ['3000', '3011', '3029', '3064', '3121', '3150', '3168', '3805']],
    ['Brisbane', ['4000', '4006', '4032', '4101', '4113', '4122']],
    ['Perth', ['6000', '6027', '6050', '6155', '6164']], ['Adelaide', ['5000', '5031', '5082', '5108']],
    ['Gold Coast', ['4215', '4217', '4226']], ['Canberra', ['2600', '2602', '2615', '2913']],
    ['Newcastle', ['2300', '2285', '2289']], ['Hobart', ['7000', '7008', '7018']], ['Darwin', ['0800', '0810', '0830']],
  ] },
  NZ: { weight: [45, 20, 18, 10, 7], cities: [
    ['Auckland', ['1010', '1023', '0632', '2013', '2102']], ['Wellington', ['6011', '6021', '5010']],
    ['Christchurch', ['8011', '8041', '8053']], ['Hamilton', ['3204', '3210']], ['Dunedin', ['9016', '9010']],
  ] },
  SG: { weight: [1], cities: [['Singapore', ['018956', '238823', '310123', '460211', '520145', '560334', '640456', '760512']]] },
  JP: { weight: [50, 25, 10, 8, 7], cities: [
    ['Tokyo', ['160-0022', '150-0002', '171-0021', '135-0063', '113-0033']], ['Osaka', ['530-0001', '542-0076', '556-0011']],
    ['Yokohama', ['220-0011', '231-0023']], ['Nagoya', ['460-0008', '450-0002']], ['Fukuoka', ['810-0001', '812-0011']],
  ] },
  ID: { weight: [45, 18, 15, 12, 10], cities: [
    ['Jakarta', ['10110', '10220', '12190', '12950', '11470']], ['Surabaya', ['60111', '60271']],
    ['Bandung', ['40111', '40115']], ['Denpasar', ['80361', '80113', '80223']], ['Medan', ['20112', '20152']],
  ] },
};

// prettier-ignore
const STREETS: Record<string, readonly string[]> = {
  AU: ['George Street', 'Wattle Avenue', 'Bourke Road', 'Chapel Street', 'Victoria Parade', 'Banksia Close', 'High Street',
    'Brunswick Street', 'Ocean View Drive', 'Kingsway', 'Railway Parade', 'Station Street', 'Murray Crescent', 'Jacaranda Way'],
  NZ: ['Queen Street', 'Dominion Road', 'Cuba Street', 'Riccarton Road', 'Great North Road', 'Kowhai Place', 'Victoria Street'],
  SG: ['Ang Mo Kio Ave 3', 'Tampines St 21', 'Bedok North Road', 'Jurong West St 52', 'Toa Payoh Lor 1', 'Punggol Field'],
  JP: ['Nishi-Shinjuku', 'Jingumae', 'Umeda', 'Minatomirai', 'Sakae', 'Tenjin', 'Ikebukuro', 'Hongo'],
  ID: ['Jl. Jend. Sudirman', 'Jl. Gatot Subroto', 'Jl. Kebon Jeruk', 'Jl. Raya Darmo', 'Jl. Dago', 'Jl. Sunset Road'],
};

export function homeAddress(rng: Rng, country: string): Address {
  const market = CITIES[country];
  const streets = STREETS[country];
  if (!market || !streets) throw new Error(`no addresses for ${country}`);
  const index = rng.weighted(Object.fromEntries(market.weight.map((w, i) => [String(i), w])));
  const [city, codes] = market.cities[Number(index)] ?? market.cities[0] ?? ['', []];
  const street = rng.pick(streets);
  const n = rng.int(1, 180);
  const line1 =
    country === 'SG'
      ? `Blk ${rng.int(100, 699)} ${street} #${String(rng.int(2, 24)).padStart(2, '0')}-${rng.int(10, 480)}`
      : country === 'JP'
        ? `${rng.int(1, 5)}-${rng.int(1, 30)}-${rng.int(1, 20)} ${street}`
        : country === 'ID'
          ? `${street} No. ${n}`
          : rng.chance(0.3)
            ? `${rng.int(1, 40)}/${n} ${street}`
            : `${n} ${street}`;
  return { country, postalCode: rng.pick(codes), city, line1 };
}

/** The same place written the way a typo-prone customer or a bot's template would vary it. */
export function variant(rng: Rng, address: Address): Address {
  const line1 = address.line1
    .replace('Street', rng.chance(0.5) ? 'St' : 'St.')
    .replace('Road', 'Rd')
    .replace('Avenue', 'Ave');
  return { ...address, line1: rng.chance(0.5) ? line1.toUpperCase() : `${line1} ` };
}

// prettier-ignore
const FORWARDERS: readonly Address[] = [
  { country: 'AU', postalCode: '2020', city: 'Mascot', line1: 'Unit 7/15 Kent Road' },
  { country: 'AU', postalCode: '2170', city: 'Moorebank', line1: '4 Yulong Close' },
  { country: 'AU', postalCode: '3043', city: 'Tullamarine', line1: '28 Sharps Road' },
  { country: 'AU', postalCode: '3175', city: 'Dandenong South', line1: '12 National Drive' },
  { country: 'AU', postalCode: '4009', city: 'Eagle Farm', line1: '55 Lavarack Avenue' },
];

/** A parcel forwarder's warehouse with the crew's suite code: goods leave the country days later. */
export function forwarder(rng: Rng): Address {
  const base = rng.pick(FORWARDERS);
  return {
    ...base,
    line1: `${base.line1} ${rng.pick(['Suite', 'Ref', '#'])} ${rng.token(2).toUpperCase()}${rng.digits(5)}`,
  };
}

/** A 24/7 parcel locker: the pickup code goes to whoever holds the e-mail. */
export function parcelLocker(rng: Rng): Address {
  const [city, code] = rng.pick([
    ['Sydney', '2000'],
    ['Parramatta', '2150'],
    ['Melbourne', '3000'],
    ['Footscray', '3011'],
    ['Brisbane', '4000'],
  ] as const);
  return {
    country: 'AU',
    postalCode: code,
    city,
    line1: `Parcel Locker ${rng.digits(10)} ${rng.int(1, 200)} ${rng.pick(STREETS.AU ?? [])}`,
  };
}

/** The store's own shops (click and collect). */
export function storeFront(rng: Rng): Address {
  return rng.pick<Address>([
    { country: 'AU', postalCode: '2000', city: 'Sydney', line1: 'Shop 12, 455 George Street' },
    { country: 'AU', postalCode: '3000', city: 'Melbourne', line1: 'Level 1, 260 Bourke Street' },
    { country: 'AU', postalCode: '4000', city: 'Brisbane', line1: 'Shop 3, 171 Queen Street' },
  ]);
}
