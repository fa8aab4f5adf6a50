import { accountBuyer, type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery } from './catalogue.js';
import { newDevice, crowdOf } from './devices.js';
import { honestLater } from './fulfilment.js';
import { type Network, ipOn, net } from './networks.js';
import { type Account, freshAccount, type Group, newBuyer } from './people.js';
import { country, type Zone } from './places.js';
import { type Payment, type Purchase } from './purchase.js';

/** What the honest planners share: who is buying, from where, and how an order is put together. */

export type Signed = 'account' | 'fresh' | 'guest';

/** A buyer as checkout sees them: an existing account, one opened now, or a guest. */
export interface Shopper {
  account: Account;
  signed: Signed;
  buyer: Buyer;
}

/** An existing account signed in, or someone new from `group`/`code` who opens one now or checks out as a guest. */
export function shopper(
  rng: Rng,
  existing: readonly Account[],
  mix: { account: number; fresh: number; guest: number },
  fallback: { group: Group; code: string },
  at: number,
): Shopper {
  const signed = existing.length > 0 ? rng.weighted<Signed>(mix) : rng.chance(0.5) ? 'fresh' : 'guest';
  if (signed === 'account') {
    const account = rng.pick(existing);
    return { account, signed, buyer: accountBuyer(account) };
  }
  const account = freshAccount(rng, newBuyer(rng, fallback.group, fallback.code), at);
  return {
    account,
    signed,
    buyer: signed === 'fresh' ? accountBuyer(account) : { email: account.email, name: account.name },
  };
}

/** Where a buyer checks out from at home: the home line mostly, the phone often, the office now and then. */
export function homeConnection(rng: Rng, a: Account, office = 0.05): { ip: string; device: Device } {
  const r = rng.next();
  const network: Network =
    r < office && a.country === 'HU'
      ? net(rng.chance(0.3) ? 'hu-campus' : 'hu-office-hotel')
      : r < 0.62
        ? a.home_net
        : a.mobile;
  const phone = a.devices.find((d) => /iPhone|Android/.test(d.userAgent));
  const device =
    network === a.mobile && phone
      ? phone
      : rng.chance(0.85)
        ? rng.pick(a.devices)
        : newDevice(rng, crowdOf(a.country));
  return { ip: ipOn(rng, network), device };
}

export const carrierFor = (rng: Rng, zone: Zone): 'GLS' | 'MPL' | 'DHL Express' =>
  zone === 'HU' ? (rng.chance(0.65) ? 'GLS' : 'MPL') : 'DHL Express';

/** Everything an honest planner decides; `honestPurchase` adds what happens afterwards. */
export interface Draft {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  basket: Basket;
  payment: Payment;
  ip: string;
  device: Device;
  locale: string;
  giftNote?: string;
  company?: { name: string; taxId: string };
  recipient?: string;
  certificate?: string;
  pack?: readonly [number, number];
  exportLicence?: boolean;
}

export function honestPurchase(rng: Rng, d: Draft): Purchase {
  const zone = d.shipping ? country(d.shipping.country).zone : 'HU';
  const later = honestLater(rng, {
    delivery: d.delivery,
    zone,
    attempts: d.payment.attempts,
    ...(d.payment.offline ? { offline: d.payment.offline } : {}),
    basket: d.basket,
    ...(d.pack ? { pack: d.pack } : {}),
    ...(d.exportLicence ? { exportLicence: true } : {}),
  });
  return {
    at: d.at,
    fraud: false,
    kind: d.kind,
    basket: d.basket,
    billing: d.billing,
    attempts: d.payment.attempts,
    later,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    delivery: d.delivery,
    ...(d.payment.offline ? { offline: d.payment.offline } : {}),
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    ...(d.delivery === 'courier' ? { carrier: carrierFor(rng, zone) } : {}),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(d.recipient ? { recipient: d.recipient } : {}),
    ...(d.certificate ? { certificate: d.certificate } : {}),
  };
}

/** How many different things go in a basket. */
export const itemCount = (rng: Rng): number =>
  rng.weightedPick<number>([
    [1, 55],
    [2, 30],
    [3, 12],
    [4, 3],
  ]);

/** Whether `at` is in the first two weeks, while the Advent newsletter's code runs. */
export const adventWeeks = (w: Window, at: number): boolean => at < w.start + 14 * 86_400_000;

/** Hungarian gift notes, as typed in the checkout's message box. */
export const GIFT_NOTES = [
  'Boldog karácsonyt, Anyu!',
  'Szeretettel: Kati és a gyerekek',
  'Boldog karácsonyt kívánunk!',
  'Nagymamának, szeretettel',
  'Kellemes ünnepeket!',
  'Happy Christmas from London, love you both',
  'Frohe Weihnachten!',
];
