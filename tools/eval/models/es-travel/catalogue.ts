import { type BasketLine, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the agency sells, priced in euro cents with taxes and the agency's fee: flights (domestic, the Canaries
 * and Balearics, Europe, Latin America and Morocco), hotels, packages (flight + hotel), rail, car hire, travel
 * gift cards, and the extras sold after booking (seats, bags, changes, insurance).
 */

export type Category =
  'flight' | 'hotel' | 'package' | 'rail' | 'car_hire' | 'gift_card' | 'ancillary' | 'insurance' | 'fee';
export type Line = BasketLine<Category>;

export type Region = 'domestic' | 'islands' | 'europe' | 'latam' | 'maghreb' | 'longhaul';

/** Airport code, city, country. */
export const AIRPORTS: Readonly<Record<string, readonly [string, string]>> = {
  MAD: ['Madrid', 'ES'],
  BCN: ['Barcelona', 'ES'],
  AGP: ['Málaga', 'ES'],
  SVQ: ['Sevilla', 'ES'],
  VLC: ['Valencia', 'ES'],
  BIO: ['Bilbao', 'ES'],
  SCQ: ['Santiago de Compostela', 'ES'],
  VGO: ['Vigo', 'ES'],
  OVD: ['Asturias', 'ES'],
  ALC: ['Alicante', 'ES'],
  PMI: ['Palma', 'ES'],
  IBZ: ['Ibiza', 'ES'],
  MAH: ['Menorca', 'ES'],
  LPA: ['Gran Canaria', 'ES'],
  TFN: ['Tenerife Norte', 'ES'],
  TFS: ['Tenerife Sur', 'ES'],
  ACE: ['Lanzarote', 'ES'],
  FUE: ['Fuerteventura', 'ES'],
  LIS: ['Lisboa', 'PT'],
  OPO: ['Porto', 'PT'],
  LHR: ['London', 'GB'],
  LGW: ['London', 'GB'],
  MAN: ['Manchester', 'GB'],
  CDG: ['Paris', 'FR'],
  FCO: ['Roma', 'IT'],
  MXP: ['Milano', 'IT'],
  BER: ['Berlin', 'DE'],
  AMS: ['Amsterdam', 'NL'],
  BRU: ['Bruxelles', 'BE'],
  DUB: ['Dublin', 'IE'],
  PRG: ['Praha', 'CZ'],
  RVN: ['Rovaniemi', 'FI'],
  OTP: ['București', 'RO'],
  RAK: ['Marrakech', 'MA'],
  TNG: ['Tánger', 'MA'],
  CMN: ['Casablanca', 'MA'],
  IST: ['İstanbul', 'TR'],
  EZE: ['Buenos Aires', 'AR'],
  BOG: ['Bogotá', 'CO'],
  MDE: ['Medellín', 'CO'],
  LIM: ['Lima', 'PE'],
  UIO: ['Quito', 'EC'],
  GYE: ['Guayaquil', 'EC'],
  CCS: ['Caracas', 'VE'],
  MEX: ['Ciudad de México', 'MX'],
  SDQ: ['Santo Domingo', 'DO'],
  VVI: ['Santa Cruz', 'BO'],
  JFK: ['New York', 'US'],
  MIA: ['Miami', 'US'],
  CUN: ['Cancún', 'MX'],
};

export const ROUTES: Readonly<Record<Region, readonly string[]>> = {
  domestic: [
    'MAD-BCN',
    'MAD-AGP',
    'MAD-SVQ',
    'BCN-SVQ',
    'MAD-VGO',
    'MAD-OVD',
    'MAD-SCQ',
    'BCN-BIO',
    'MAD-ALC',
    'BCN-AGP',
  ],
  islands: [
    'MAD-LPA',
    'MAD-TFN',
    'BCN-PMI',
    'MAD-PMI',
    'MAD-IBZ',
    'BCN-MAH',
    'MAD-ACE',
    'BCN-TFS',
    'SVQ-LPA',
    'BIO-TFN',
    'MAD-FUE',
  ],
  europe: [
    'MAD-LHR',
    'MAD-LGW',
    'BCN-LGW',
    'MAD-CDG',
    'MAD-FCO',
    'BCN-MXP',
    'MAD-LIS',
    'MAD-OPO',
    'BCN-AMS',
    'MAD-BER',
    'MAD-DUB',
    'MAD-BRU',
    'BCN-PRG',
    'MAD-RVN',
    'MAD-OTP',
    'VLC-OTP',
    'MAD-MAN',
  ],
  latam: [
    'MAD-EZE',
    'MAD-BOG',
    'MAD-MDE',
    'MAD-LIM',
    'MAD-UIO',
    'MAD-GYE',
    'MAD-CCS',
    'MAD-MEX',
    'MAD-SDQ',
    'MAD-VVI',
    'BCN-BOG',
    'BCN-LIM',
  ],
  maghreb: ['MAD-RAK', 'AGP-TNG', 'MAD-CMN', 'BCN-TNG'],
  longhaul: ['MAD-JFK', 'MAD-MIA', 'MAD-CUN'],
};

/** One-way fare per passenger (cents) by region, Christmas-priced. */
const FARE: Readonly<Record<Region, readonly [number, number]>> = {
  domestic: [45, 190],
  islands: [60, 260],
  europe: [55, 290],
  latam: [420, 1150],
  maghreb: [70, 240],
  longhaul: [380, 900],
};

const euros = (rng: Rng, lo: number, hi: number) =>
  Math.round(rng.float(lo, hi)) * 100 + rng.pick([0, 0, 50, 99]);

/** A route of the region, and its reverse a share of the time (a relative flying in, a trip back). */
export function routeOf(rng: Rng, region: Region, reverse = 0): string {
  const r = rng.pick(ROUTES[region]);
  if (!rng.chance(reverse)) return r;
  const [a, b] = r.split('-');
  return `${b}-${a}`;
}

export const cityOf = (airport: string): string => AIRPORTS[airport]?.[0] ?? airport;
export const destinationOf = (route: string): string => route.split('-')[1] ?? route;
export const originOf = (route: string): string => route.split('-')[0] ?? route;

export interface FlightOptions {
  passengers: number;
  oneWay: boolean;
  /** Fare multiplier: last-minute seats cost more, promo fares less. */
  factor?: number;
  extras?: boolean;
  insurance?: boolean;
  fee?: boolean;
}

/** A flight booking: one line of seats per fare, the agency's booking fee, extras and insurance. */
export function flightLines(rng: Rng, route: string, region: Region, o: FlightOptions): Line[] {
  const [lo, hi] = FARE[region];
  const one = euros(rng, lo * (o.factor ?? 1), hi * (o.factor ?? 1));
  const fare = o.oneWay ? one : Math.round((one * rng.float(1.55, 1.9)) / 100) * 100 + 99;
  const lines: Line[] = [
    {
      sku: `FLT-${route.replace('-', '')}-${o.oneWay ? 'OW' : 'RT'}`,
      name: `Vuelo ${cityOf(originOf(route))} – ${cityOf(destinationOf(route))} (${o.oneWay ? 'solo ida' : 'ida y vuelta'})`,
      category: 'flight',
      quantity: o.passengers,
      price: fare,
    },
  ];
  if (o.fee !== false)
    lines.push({
      sku: 'FEE-GESTION',
      name: 'Gastos de gestión',
      category: 'fee',
      quantity: 1,
      price: region === 'latam' || region === 'longhaul' ? 2495 : 995,
    });
  if (o.extras) {
    if (rng.chance(0.6))
      lines.push({
        sku: 'ANC-BAG-23',
        name: 'Maleta facturada 23 kg',
        category: 'ancillary',
        quantity: o.passengers,
        price: euros(rng, 25, 55),
      });
    if (rng.chance(0.4))
      lines.push({
        sku: 'ANC-SEAT',
        name: 'Selección de asiento',
        category: 'ancillary',
        quantity: o.passengers,
        price: euros(rng, 8, 22),
      });
  }
  if (o.insurance)
    lines.push({
      sku: 'INS-CANCEL',
      name: 'Seguro de cancelación',
      category: 'insurance',
      quantity: o.passengers,
      price: euros(rng, 18, 45),
    });
  return lines;
}

const HOTEL_NIGHT: Readonly<Record<string, readonly [number, number]>> = {
  budget: [55, 95],
  mid: [90, 170],
  upper: [160, 380],
};

/** A hotel stay: `rooms` rooms for `nights` nights in `city`. */
export function hotelLine(
  rng: Rng,
  city: string,
  nights: number,
  rooms: number,
  grade: keyof typeof HOTEL_NIGHT,
): Line {
  const [lo, hi] = HOTEL_NIGHT[grade] ?? [80, 150];
  return {
    sku: `HTL-${city.slice(0, 3).toUpperCase()}-${grade.toUpperCase()}-${nights}N`,
    name: `Hotel en ${city}, ${nights} noche${nights > 1 ? 's' : ''}`,
    category: 'hotel',
    quantity: rooms,
    price: euros(rng, lo, hi) * nights,
  };
}

/** A package (flight + hotel) per person. */
export function packageLine(rng: Rng, destination: string, nights: number, people: number): Line {
  return {
    sku: `PKG-${destination}-${nights}N`,
    name: `Vuelo + hotel ${cityOf(destination)}, ${nights} noches`,
    category: 'package',
    quantity: people,
    price: euros(rng, 70, 160) * nights + euros(rng, 80, 260),
  };
}

export const RAIL = [
  'MAD-BCN',
  'MAD-SVQ',
  'MAD-VLC',
  'MAD-AGP',
  'MAD-ALC',
  'MAD-ZAZ',
  'BCN-VLC',
  'MAD-OVD',
  'MAD-SCQ',
  'MAD-LEN',
];

/** High-speed or regional rail tickets. */
export function railLine(rng: Rng, route: string, passengers: number, oneWay: boolean): Line {
  const one = euros(rng, 19, 95);
  return {
    sku: `RAIL-${route.replace('-', '')}-${oneWay ? 'OW' : 'RT'}`,
    name: `Tren ${route} (${oneWay ? 'solo ida' : 'ida y vuelta'})`,
    category: 'rail',
    quantity: passengers,
    price: oneWay ? one : one * 2 - 500,
  };
}

/** Car hire at an airport for `days` days. */
export function carLine(rng: Rng, airport: string, days: number): Line {
  const group = rng.pick(['A', 'B', 'C', 'D', 'F']);
  return {
    sku: `CAR-${airport}-${group}-${days}D`,
    name: `Alquiler de coche grupo ${group} en ${cityOf(airport)}, ${days} días`,
    category: 'car_hire',
    quantity: 1,
    price: euros(rng, 18, 55) * days,
  };
}

export const GIFT_DENOMINATIONS = [50, 100, 150, 200, 300, 500] as const;

/** Travel gift cards of `euros` each. */
export const giftCardLine = (value: number, quantity: number, physical: boolean): Line => ({
  sku: `GC-${physical ? 'CARD' : 'E'}-${value}`,
  name: `Tarjeta regalo viajes ${value} €${physical ? ' (tarjeta física)' : ' (e-mail)'}`,
  category: 'gift_card',
  quantity,
  price: value * 100,
});

export type Extra = 'seat' | 'bag' | 'change' | 'insurance' | 'priority';

/** An extra bought after booking, against an existing booking reference. */
export function extraLine(rng: Rng, extra: Extra, passengers = 1): Line {
  switch (extra) {
    case 'seat':
      return {
        sku: 'ANC-SEAT',
        name: 'Selección de asiento',
        category: 'ancillary',
        quantity: passengers,
        price: euros(rng, 6, 22),
      };
    case 'bag':
      return {
        sku: 'ANC-BAG-23',
        name: 'Maleta facturada 23 kg',
        category: 'ancillary',
        quantity: passengers,
        price: euros(rng, 25, 60),
      };
    case 'change':
      return {
        sku: 'ANC-CHANGE',
        name: 'Cambio de fecha',
        category: 'ancillary',
        quantity: 1,
        price: euros(rng, 30, 75),
      };
    case 'priority':
      return {
        sku: 'ANC-PRIORITY',
        name: 'Embarque prioritario',
        category: 'ancillary',
        quantity: passengers,
        price: euros(rng, 5, 12),
      };
    case 'insurance':
      return {
        sku: 'INS-TRAVEL',
        name: 'Seguro de viaje',
        category: 'insurance',
        quantity: passengers,
        price: euros(rng, 15, 40),
      };
  }
}

export const sumOf = (lines: readonly Line[]): number => lines.reduce((s, l) => s + l.price * l.quantity, 0);

/** A departure `hours` after `at`, rounded to five minutes (flights leave on the quarter, trains on the five). */
export const departureAfter = (at: number, hours: number): number =>
  Math.round((at + hours * HOUR) / 300_000) * 300_000;
