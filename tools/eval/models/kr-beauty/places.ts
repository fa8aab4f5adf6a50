import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market, MARKETS } from './markets.js';

/**
 * The addresses orders ship to (markets.ts has who orders from where): Korean road
 * addresses with five-digit postcodes, overseas cities with their own postcode shapes, Korean forwarding
 * warehouses and US reshippers, and drop flats. All street numbers and people are invented.
 */

const num = (rng: Rng, digits: number) => rng.digits(digits);
const upper = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Seoul and the metropolitan area dominate; the rest of the country follows. */
export const KR_CITIES: ReadonlyArray<readonly [string, string, number]> = [
  ['Seoul', '0', 44],
  ['Seongnam', '13', 5],
  ['Suwon', '16', 6],
  ['Goyang', '10', 5],
  ['Yongin', '17', 5],
  ['Incheon', '2', 9],
  ['Busan', '4', 9],
  ['Daegu', '4', 5],
  ['Daejeon', '3', 4],
  ['Gwangju', '6', 4],
  ['Ulsan', '44', 2],
  ['Jeju', '63', 2],
];

const KR_ROADS = [
  '테헤란로',
  '월드컵북로',
  '올림픽로',
  '반포대로',
  '양화로',
  '해운대로',
  '중앙대로',
  '동대구로',
  '둔산로',
  '광교로',
];

export function krAddress(rng: Rng): Address {
  const [city, prefix] = rng.weightedPick(KR_CITIES.map((c) => [c, c[2]] as const));
  const postalCode = (prefix + num(rng, 5)).slice(0, 5);
  const flat = rng.chance(0.7) ? `, ${rng.int(1, 120)}동 ${rng.int(101, 2304)}호` : '';
  return { country: 'KR', city, postalCode, line1: `${rng.pick(KR_ROADS)} ${rng.int(1, 480)}${flat}` };
}

export { type Market, MARKETS };

const BY_COUNTRY = new Map(MARKETS.map((m) => [m.country, m]));
export const market = (country: string): Market => {
  const m = BY_COUNTRY.get(country);
  if (!m) throw new Error(`no market ${country}`);
  return m;
};

/** An address in an overseas market, postcode padded to the country's shape. */
export function abroad(rng: Rng, m: Market): Address {
  const [city, prefix] = rng.pick(m.cities);
  const head = prefix();
  const pad: Record<string, () => string> = {
    US: () => head + num(rng, 2),
    CA: () => `${head} ${rng.int(1, 9)}${rng.pick([...upper])}${rng.int(1, 9)}`,
    GB: () => `${head} ${rng.int(1, 9)}${rng.pick([...upper])}${rng.pick([...upper])}`,
    SG: () => num(rng, 6),
    PL: () => head + num(rng, 3),
  };
  const postalCode = pad[m.country]?.() ?? (head === '' ? '' : (head + num(rng, 6)).slice(0, 5));
  return { country: m.country, city, ...(postalCode ? { postalCode } : {}), line1: m.street(rng) };
}

/** A Korean forwarding warehouse: buyers from countries the store does not ship to get a locker code. */
export const KR_FORWARDERS: readonly Address[] = [
  { country: 'KR', city: 'Incheon', postalCode: '22382', line1: '인천 중구 공항동로 296, KFWD Center' },
  { country: 'KR', city: 'Gimpo', postalCode: '10048', line1: '김포시 고촌읍 아라육로 11, SeoulShip B2' },
];

/** US package reshippers in sales-tax-free states, where stolen cards' parcels are sent on. */
export const US_RESHIPPERS: readonly Address[] = [
  { country: 'US', city: 'Portland', postalCode: '97220', line1: '7440 NE Airport Way' },
  { country: 'US', city: 'New Castle', postalCode: '19720', line1: '600 Ships Landing Way' },
  { country: 'US', city: 'Wilmington', postalCode: '19801', line1: '1201 N Orange St' },
];

/** A forwarder address with the buyer's locker code on the first line. */
export const lockered = (rng: Rng, a: Address): Address => ({
  ...a,
  line1: `${a.line1 ?? ''} #${rng.pick([...upper])}${num(rng, 5)}`,
});

/** Homes in countries the shop does not ship to, whose buyers use a Korean forwarder. */
const FAR: Record<string, readonly [string, string, string]> = {
  BR: ['São Paulo', '01310-', 'Av. Paulista'],
  MX: ['Ciudad de México', '067', 'Av. Insurgentes Sur'],
  TR: ['İstanbul', '344', 'Bağdat Caddesi'],
};
export const FAR_COUNTRIES = Object.keys(FAR);

export function farAddress(rng: Rng, country: string): Address {
  const [city, postal, street] = FAR[country] ?? ['São Paulo', '01310-', 'Av. Paulista'];
  const postalCode = postal.endsWith('-') ? postal + num(rng, 3) : postal + num(rng, 2);
  return { country, city, postalCode, line1: `${street} ${rng.int(10, 2900)}` };
}
