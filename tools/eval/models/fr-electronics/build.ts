import { accountBuyer, type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { MOBILE_NETWORK, ipOn } from './networks.js';
import { type Account, type DeviceKind, newDevice } from './people.js';
import { type Market } from './places.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/** The store's world for a window: its customer base. */
export interface World {
  window: Window;
  customers: Account[];
}

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  market: Market;
  billing: Address;
  shipping?: Address | undefined;
  fulfilment: Fulfilment;
  pickupStore?: string | undefined;
  basket: Basket;
  ip: string;
  device: Device;
  attempts: Attempt[];
  later: LaterEvent[];
  loyaltyCard?: string | undefined;
  recipientEmail?: string | undefined;
  company?: { name: string; vatId: string } | undefined;
}

/** A planned purchase from its draft; the channel follows the device (the app, or the website). */
export function purchase(d: Draft): Purchase {
  const { shipping, pickupStore, loyaltyCard, recipientEmail, company, ...rest } = d;
  return {
    ...rest,
    channel: d.device.userAgent.startsWith('OhmSillon/') ? 'app' : 'web',
    ...(shipping ? { shipping } : {}),
    ...(pickupStore ? { pickupStore } : {}),
    ...(loyaltyCard ? { loyaltyCard } : {}),
    ...(recipientEmail ? { recipientEmail } : {}),
    ...(company ? { company } : {}),
  };
}

/** The account as the buyer, and its loyalty card number when it is a member. */
export const signedIn = (a: Account) => ({
  buyer: accountBuyer(a),
  loyaltyCard: a.loyalty ? `OHM${a.id.slice(4)}` : undefined,
});

/** An account's own device, or the one it shops on with its phone. */
export const ownDevice = (rng: Rng, a: Account, prefer?: DeviceKind): Device => {
  if (prefer === 'computer')
    return (
      a.devices.find((d) => !d.userAgent.includes('Mobile') && !d.userAgent.startsWith('OhmSillon/')) ??
      rng.pick(a.devices)
    );
  return rng.pick(a.devices);
};

/** Where an account shops from: home broadband mostly, the phone's mobile network otherwise. */
export const ownIp = (rng: Rng, a: Account, mobileShare = 0.3): string =>
  ipOn(rng, rng.chance(mobileShare) ? (MOBILE_NETWORK[a.market] ?? a.homeNet) : a.homeNet);

/** A fresh device for a new buyer. */
export const freshDevice = (rng: Rng): Device =>
  newDevice(
    rng,
    rng.weightedPick<DeviceKind>([
      ['phone', 55],
      ['computer', 35],
      ['app', 10],
    ]),
  );

/** A random account among those that fit (any, when none does). */
export function anyAccount(rng: Rng, w: World, pred: (a: Account) => boolean = () => true): Account {
  const fitting = w.customers.filter(pred);
  return rng.pick(fitting.length > 0 ? fitting : w.customers);
}
