import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { address, homeNet, lineAddress, mobileNet, net, type Network } from './networks.js';
import { type Account, type Company, customerBase, deviceFor, type Person, personIn } from './people.js';
import { homeAddress } from './places.js';

/** The store's world for a window: its customer base, and the shopper a purchase is made by. */

export interface World {
  window: Window;
  base: Account[];
}

export const world = (rng: Rng, window: Window, orders: number): World => ({
  window,
  base: customerBase(rng.fork('customers'), window.start, orders),
});

/** Who checks out: an account holder (signed in) or a guest or new sign-up, with what they pay with. */
export interface Shopper {
  buyer: Buyer;
  country: string;
  address: Address;
  cards: HeldCard[];
  saved?: HeldCard;
  mobilepay: boolean;
  paypalVault: boolean;
  devices: Device[];
  home: Network;
  mobile: Network;
  signedIn: boolean;
  account?: Account;
  company?: Company;
}

export const fromAccount = (a: Account): Shopper => ({
  buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
  country: a.country,
  address: a.address,
  cards: a.cards,
  ...(a.saved ? { saved: a.saved } : {}),
  mobilepay: a.mobilepay,
  paypalVault: a.paypalVault,
  devices: a.devices,
  home: a.home,
  mobile: a.mobile,
  signedIn: true,
  account: a,
  ...(a.company ? { company: a.company } : {}),
});

/**
 * Someone new: a guest, or a sign-up `signUpAgo` ms before checking out (minutes for an account opened in the
 * checkout, days for a waiting-list sign-up).
 */
export function newShopper(
  rng: Rng,
  country: string,
  at: number,
  opts: { signUpAgo?: number; mobileShare?: number; hobby?: boolean; person?: Person } = {},
): Shopper {
  const who = opts.person ?? personIn(rng, country, opts.hobby ?? false);
  const buyer: Buyer =
    opts.signUpAgo !== undefined
      ? {
          id: `C${rng.int(400_000, 899_999)}`,
          email: who.email,
          name: who.name,
          createdAt: at - opts.signUpAgo,
        }
      : { email: who.email, name: who.name };
  return {
    buyer,
    country,
    address: homeAddress(rng, country),
    cards: [newCard(rng, country)],
    mobilepay: country === 'DK' ? rng.chance(0.8) : false,
    paypalVault: false,
    devices: [deviceFor(rng, opts.mobileShare ?? 0.65)],
    home: homeNet(rng, country),
    mobile: mobileNet(rng, country),
    signedIn: opts.signUpAgo !== undefined,
  };
}

/** A phone's user agent says it is a phone or tablet. */
export const isPhone = (d: Device): boolean => /iPhone|iPad|Android/.test(d.userAgent);

/**
 * Where a shopper checks out from: a phone on its carrier half the time (else home Wi-Fi), a computer on the
 * home line, now and then the office.
 */
export function connectionOf(rng: Rng, s: Shopper, d: Device, office = 0): string {
  if (isPhone(d)) return rng.chance(0.5) ? address(rng, s.mobile) : lineAddress(rng, s.home);
  if (s.country === 'DK' && rng.chance(office)) return address(rng, net('dk-office'));
  return lineAddress(rng, s.home);
}

/** The shopper's own device most of the time; a new phone now and then. */
export const ownDevice = (rng: Rng, s: Shopper, mobileShare = 0.6): Device =>
  rng.chance(0.94) ? rng.pick(s.devices) : deviceFor(rng, mobileShare);
