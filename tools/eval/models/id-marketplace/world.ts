import { type Address, DAY, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { addressIn, type City, pickCity } from './places.js';
import { customerBase, deviceFor, newAccount, type Account } from './people.js';
import { ipOf } from './networks.js';

/**
 * The store's world for the window: its accounts, the boarding houses (kos) and internet cafes (warnet) whose
 * residents and customers share one address, and the resellers who dropship under their own store names.
 */

export interface Spot {
  city: City;
  address: Address;
  /** The shared Wi-Fi's public address. */
  ip: string;
  /** A warnet's shared desktop. */
  device?: Device;
  residents: Account[];
}

export interface Reseller {
  account: Account;
  store: string;
  ip: string;
}

export interface World {
  window: Window;
  accounts: Account[];
  kos: Spot[];
  warnets: Spot[];
  resellers: Reseller[];
}

const STORES = [
  'Hijab Cantik Official',
  'Grosir Murah Jaya',
  'Toko Berkah Abadi',
  'Kosmetik Ori Store',
  'Sahabat Gadget',
  'Rumah Daster',
  'Lapak Emak Kece',
  'Sumber Rejeki Shop',
];

export function worldOf(rng: Rng, window: Window, orders: number): World {
  const accounts = customerBase(rng.fork('customers'), window.start, orders);
  const spots = (name: string, count: number, warnet: boolean): Spot[] =>
    Array.from({ length: count }, (_, i) => {
      const r = rng.fork(`${name}${i}`);
      const city = pickCity(r, false);
      const address = addressIn(r, city);
      return {
        city,
        address: warnet
          ? address
          : {
              ...address,
              line1: `Kos ${r.pick(['Putri Melati', 'Putra Barokah', 'Bu Haji', 'Griya Mahasiswa', 'Exclusive 88'])}, ${address.line1}`,
            },
        ip: ipOf(r, r.pick(['id-fibre-incumbent', 'id-fibre-b', 'id-cable'] as const)),
        ...(warnet ? { device: deviceFor(r, 'desktop') } : {}),
        residents: Array.from({ length: r.int(6, 14) }, (_, k) =>
          newAccount(r.fork(`r${k}`), window.start - Math.floor(r.float(20, 900) * DAY), city),
        ),
      };
    });
  const resellers = Array.from({ length: Math.max(2, Math.round(orders / 350)) }, (_, i) => {
    const r = rng.fork(`reseller${i}`);
    const account = newAccount(r, window.start - Math.floor(r.float(120, 1500) * DAY));
    return { account, store: STORES[i % STORES.length] ?? 'Toko', ip: ipOf(r, account.net) };
  });
  return { window, accounts, kos: spots('kos', 4, false), warnets: spots('warnet', 3, true), resellers };
}
