import { type Address, DAY, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { computerIn, customerBase, type Customers, fold, nameIn } from './people.js';
import { type Network, network } from './networks.js';
import { type City, cityNamed, officeIn } from './places.js';

/**
 * The store's world for a stream: the window, the account pool, the cafés, hotels, coworkings and micro-roasters
 * that buy wholesale, and the subscription billing job's place in its queue.
 */

export type Trade = 'cafe' | 'restaurant' | 'hotel' | 'coworking' | 'micro_roaster';

export interface Business {
  id: string;
  name: string;
  nit: string;
  trade: Trade;
  city: City;
  address: Address;
  email: string;
  buyer: string;
  createdAt: number;
  device: Device;
  network: Network;
  /** Approved for 30-day invoices. */
  terms: boolean;
  /** The company card saved on the portal. */
  card: HeldCard;
}

export interface World {
  window: Window;
  customers: Customers;
  businesses: Business[];
  /** The next subscriber the billing job charges. */
  renewals: { next: number };
}

const TRADE_NAMES: Readonly<Record<Trade, readonly string[]>> = {
  cafe: [
    'Café La Ceiba',
    'Tinto y Tertulia',
    'Café Pergamino Alto',
    'La Chapolera Café',
    'Café del Parque',
    'Barista de Barrio',
  ],
  restaurant: ['Restaurante Leña y Maíz', 'Cocina Paisa 70', 'Bistró Manila', 'Casa Arriera'],
  hotel: ['Hotel Casa Laureles', 'Hotel Boutique Provenza', 'Hostal Las Palmas', 'Hotel Terraza Envigado'],
  coworking: ['Cowork La Strada', 'Espacio Colaborativo Ciudad del Río', 'Oficinas Milla de Oro'],
  micro_roaster: ['Tostadores del Sur', 'Microtostión La Estrella', 'Café de Origen Rionegro'],
};

const TRADE_CITIES: Readonly<Record<Trade, readonly string[]>> = {
  cafe: ['Medellín', 'Medellín', 'Envigado', 'Bogotá', 'Bogotá', 'Cali', 'Pereira'],
  restaurant: ['Medellín', 'Bogotá', 'Cartagena'],
  hotel: ['Medellín', 'Cartagena', 'Santa Marta', 'Bogotá'],
  coworking: ['Medellín', 'Bogotá'],
  micro_roaster: ['Medellín', 'Rionegro', 'Bogotá', 'Cali', 'Manizales'],
};

export const nit = (rng: Rng): string => `9${rng.digits(8)}-${rng.int(0, 9)}`;

function businesses(rng: Rng, start: number): Business[] {
  return Array.from({ length: 28 }, (_, i) => {
    const r = rng.fork(`b${i}`);
    const trade = r.weighted<Trade>({
      cafe: 40,
      restaurant: 15,
      hotel: 18,
      coworking: 12,
      micro_roaster: 15,
    });
    const name = r.pick(TRADE_NAMES[trade]);
    const buyer = nameIn(r, 'CO');
    const slug = fold(name).slice(0, 18);
    const city = cityNamed(r.pick(TRADE_CITIES[trade]));
    return {
      id: String(90_000 + i * 7 + r.int(0, 6)),
      name: `${name} S.A.S.`,
      nit: nit(r),
      trade,
      city,
      address: officeIn(r, city),
      email: r.chance(0.6)
        ? `${r.pick(['compras', 'admin', 'pedidos', 'gerencia'])}@${slug}.co`
        : `${slug}${r.int(1, 99)}@gmail.com`,
      buyer,
      createdAt: start - r.int(60, 2000) * DAY,
      device: computerIn(r, 'CO'),
      network: network(r.chance(0.7) ? 'co-business-fibre' : r.pick(['co-cable-a', 'co-fibre-antioquia'])),
      terms: r.chance(0.6),
      card: newCard(r, 'CO', 'credit'),
    };
  });
}

export function worldOf(rng: Rng, window: Window, orders: number): World {
  return {
    window,
    customers: customerBase(rng.fork('customers'), window.start, orders),
    businesses: businesses(rng.fork('businesses'), window.start),
    renewals: { next: 0 },
  };
}
