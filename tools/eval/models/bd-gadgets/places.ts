import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where buyers live and parcels go. Dhaka by area (next-day delivery by the store's riders or Pathao), the
 * other cities and districts by courier in three to five days; the diaspora's cities abroad (billing only: the
 * shop delivers in Bangladesh alone). Postal codes are Bangladesh Post's four-digit codes.
 */

export interface Place {
  city: string;
  /** Postal codes of the area or town. */
  postal: readonly string[];
  /** Neighbourhoods or roads for the first address line. */
  areas: readonly string[];
  dhaka: boolean;
  weight: number;
}

const p = (city: string, postal: string[], areas: string[], weight: number, dhaka = false): Place => ({
  city,
  postal,
  areas,
  dhaka,
  weight,
});

export const DHAKA: readonly Place[] = [
  p('Dhaka', ['1209', '1205'], ['Dhanmondi', 'Jigatola', 'Kalabagan'], 9, true),
  p('Dhaka', ['1216', '1221'], ['Mirpur 10', 'Mirpur 2', 'Pallabi', 'Kazipara'], 12, true),
  p('Dhaka', ['1230', '1231'], ['Uttara Sector 7', 'Uttara Sector 11', 'Uttara Sector 13'], 9, true),
  p('Dhaka', ['1207'], ['Mohammadpur', 'Shyamoli', 'Adabor'], 7, true),
  p('Dhaka', ['1212', '1213'], ['Gulshan 1', 'Gulshan 2', 'Banani', 'Niketan'], 5, true),
  p('Dhaka', ['1229'], ['Bashundhara R/A', 'Kuril', 'Nadda'], 5, true),
  p('Dhaka', ['1212'], ['Badda', 'Merul Badda', 'Aftabnagar'], 6, true),
  p('Dhaka', ['1219', '1217'], ['Khilgaon', 'Malibagh', 'Rampura', 'Shantinagar'], 6, true),
  p('Dhaka', ['1000', '1100'], ['Motijheel', 'Paltan', 'Wari', 'Sutrapur'], 4, true),
  p('Dhaka', ['1211', '1205'], ['Lalbagh', 'Azimpur', 'Nilkhet'], 4, true),
  p('Dhaka', ['1215'], ['Tejgaon', 'Farmgate', 'Green Road'], 4, true),
  p('Dhaka', ['1204', '1362'], ['Jatrabari', 'Demra', 'Shonir Akhra'], 4, true),
  p('Savar', ['1340'], ['Bank Colony', 'Radio Colony'], 2, true),
];

export const DISTRICTS: readonly Place[] = [
  p('Chattogram', ['4100', '4203', '4216', '4000'], ['Agrabad', 'Nasirabad', 'Halishahar', 'GEC Circle'], 14),
  p('Gazipur', ['1700', '1704'], ['Joydebpur', 'Tongi', 'Board Bazar'], 7),
  p('Narayanganj', ['1400', '1430'], ['Chashara', 'Fatullah', 'Siddhirganj'], 5),
  p('Sylhet', ['3100'], ['Zindabazar', 'Ambarkhana', 'Shibganj', 'Upashahar'], 7),
  p('Khulna', ['9100', '9000'], ['Sonadanga', 'Khalishpur', 'Boyra'], 5),
  p('Rajshahi', ['6000', '6100'], ['Shaheb Bazar', 'Uposhohor', 'Kazla'], 5),
  p('Cumilla', ['3500'], ['Kandirpar', 'Tomsom Bridge', 'Jhautola'], 4),
  p('Bogura', ['5800'], ['Satmatha', 'Jaleshwaritola', 'Malotinagar'], 3),
  p('Rangpur', ['5400'], ['Jahaj Company More', 'Dhap', 'Modern More'], 3),
  p('Mymensingh', ['2200'], ['Ganginarpar', 'Chorpara', 'Kachijhuli'], 3),
  p('Barishal', ['8200'], ['Sadar Road', 'Nathullabad', 'Band Road'], 3),
  p('Jashore', ['7400'], ['Doratana', 'Palbari', 'Chachra'], 2),
  p("Cox's Bazar", ['4700'], ['Kolatoli', 'Jhautola', 'Bazarghata'], 2),
  p('Feni', ['3900'], ['Trunk Road', 'Mohipal'], 2),
  p('Noakhali', ['3800'], ['Maijdee Court', 'Sonapur'], 2),
  p('Brahmanbaria', ['3400'], ['Kandipara', 'Court Road'], 2),
  p('Tangail', ['1900'], ['Adalat Para', 'Sabalia'], 2),
  p('Pabna', ['6600'], ['Shalgaria', 'Radhanagar'], 1),
  p('Ishwardi', ['6620'], ['Rooppur', 'Station Road'], 1),
  p('Dinajpur', ['5200'], ['Munshipara', 'Balubari'], 1),
  p('Kushtia', ['7000'], ['Courtpara', 'Thanapara'], 1),
  p('Moulvibazar', ['3200'], ['Sreemangal Road', 'Kusumbag'], 2),
];

/** Jamuna Future Park, Kuril: the shop's counter on level 4, where pickup orders are collected. */
export const SHOP: Address = {
  country: 'BD',
  city: 'Dhaka',
  postalCode: '1229',
  line1: 'Shop 4C-021, Level 4, Jamuna Future Park, Kuril, Progoti Sarani',
};

/** Cities of the Bangladeshi diaspora who buy for family at home; UAE and Qatar have no postal codes. */
export interface Abroad {
  country: string;
  city: string;
  postal: readonly string[];
  areas: readonly string[];
  /** UTC offset in May. */
  tz: number;
  weight: number;
}

const a = (country: string, city: string, postal: string[], areas: string[], tz: number, weight: number) => ({
  country,
  city,
  postal,
  areas,
  tz,
  weight,
});

export const ABROAD: readonly Abroad[] = [
  a('AE', 'Dubai', [], ['Deira', 'Al Qusais', 'Satwa', 'Bur Dubai'], 4, 10),
  a('AE', 'Sharjah', [], ['Rolla', 'Al Nahda', 'Industrial Area 6'], 4, 5),
  a('AE', 'Abu Dhabi', [], ['Musaffah', 'Hamdan Street'], 4, 3),
  a('SA', 'Riyadh', ['12611', '11564', '12241'], ['Al Batha', 'Olaya', 'Al Malaz'], 3, 9),
  a('SA', 'Jeddah', ['21442', '23334'], ['Al Sharafiyah', 'Al Ruwais'], 3, 5),
  a('QA', 'Doha', [], ['Al Mansoura', 'Najma', 'Al Sadd'], 3, 4),
  a('OM', 'Muscat', ['112', '130'], ['Ruwi', 'Al Khuwair'], 4, 3),
  a('KW', 'Kuwait City', ['13001', '15000'], ['Salmiya', 'Hawally', 'Farwaniya'], 3, 3),
  a('MY', 'Kuala Lumpur', ['50450', '55100'], ['Jalan Masjid India', 'Pudu', 'Bukit Bintang'], 8, 6),
  a('MY', 'Johor Bahru', ['80000'], ['Taman Pelangi', 'Larkin'], 8, 2),
  a(
    'GB',
    'London',
    ['E1 1AA', 'E1 5LN', 'E14 6BT', 'E6 2LA'],
    ['Brick Lane', 'Whitechapel Road', 'East Ham'],
    1,
    8,
  ),
  a('GB', 'Birmingham', ['B10 0AB', 'B11 1RL'], ['Coventry Road', 'Ladypool Road'], 1, 3),
  a('GB', 'Oldham', ['OL8 1DP'], ['Werneth', 'Glodwick'], 1, 2),
  a(
    'US',
    'New York',
    ['11372', '11432', '11218', '10462'],
    ['73rd Street', 'Hillside Avenue', 'Church Avenue'],
    -4,
    7,
  ),
  a('US', 'Paterson', ['07501', '07503'], ['Union Avenue', 'Market Street'], -4, 2),
  a('US', 'Hamtramck', ['48212'], ['Conant Street', 'Joseph Campau Avenue'], -4, 2),
  a('US', 'Los Angeles', ['90020', '90010'], ['Little Bangladesh, 3rd Street', 'Wilshire Boulevard'], -7, 1),
];

export function pickPlace<T extends { weight: number }>(rng: Rng, list: readonly T[]): T {
  return rng.weightedPick(list.map((x) => [x, x.weight] as const));
}

/** A home in Bangladesh: a house and road in Dhaka, a holding and mahalla elsewhere. */
export function addressIn(rng: Rng, place: Place): Address {
  const area = rng.pick(place.areas);
  const line1 = place.dhaka
    ? rng.chance(0.55)
      ? `House ${rng.int(1, 140)}, Road ${rng.int(1, 32)}, ${area}`
      : `Flat ${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 12)}, House ${rng.int(1, 90)}, ${area}`
    : rng.chance(0.5)
      ? `Holding ${rng.int(10, 480)}, ${area}`
      : `House ${rng.int(1, 80)}, Ward ${rng.int(1, 30)}, ${area}`;
  return { country: 'BD', city: place.city, postalCode: rng.pick(place.postal), line1 };
}

export function addressAbroad(rng: Rng, place: Abroad): Address {
  const n = rng.int(1, 220);
  const line1 =
    place.country === 'GB' || place.country === 'US'
      ? `${n} ${rng.pick(place.areas)}`
      : `Flat ${rng.int(101, 1405)}, ${rng.pick(place.areas)}`;
  return {
    country: place.country,
    city: place.city,
    ...(place.postal.length > 0 ? { postalCode: rng.pick(place.postal) } : {}),
    line1,
  };
}

/** Where in Bangladesh: Dhaka about half the time. */
export const homePlace = (rng: Rng, dhakaShare = 0.5): Place =>
  rng.chance(dhakaShare) ? pickPlace(rng, DHAKA) : pickPlace(rng, DISTRICTS);
