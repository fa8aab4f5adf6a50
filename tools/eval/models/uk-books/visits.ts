import { accountBuyer, type Buyer, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account } from './accounts.js';
import { type HeldCard, newCard } from './cards.js';
import { ipOn, homeNetworkOf, mobileNetworkOf, type Network } from './networks.js';
import {
  deviceAt,
  emailOf,
  fullName,
  isMobile,
  newDevice,
  type Person,
  profileOf,
  type SavedDevice,
} from './people.js';

/** A checkout session: who is buying, from which connection and browser, with which cards to hand. */
export interface Visit {
  buyer: Buyer;
  ip: string;
  device: Device;
  mobile: boolean;
  cards: HeldCard[];
  signedIn: boolean;
  account?: Account;
}

/** A returning customer signed in on one of their own devices, at home or on their phone's network. */
export function returning(rng: Rng, a: Account, at: number, preferMobile?: boolean): Visit {
  const mobiles = a.devices.filter((d) => isMobile(d.profile));
  const wantMobile = preferMobile ?? rng.chance(0.6);
  const device = (wantMobile && mobiles.length > 0 ? rng.pick(mobiles) : rng.pick(a.devices)) as SavedDevice;
  const mobile = isMobile(device.profile);
  // Phones often stay on 4G/5G; at home the router's address, which changes now and then.
  const ip =
    mobile && rng.chance(0.45) ? ipOn(rng, a.mobileNet) : rng.chance(0.8) ? a.homeIp : ipOn(rng, a.homeNet);
  return {
    buyer: accountBuyer(a),
    ip,
    device: deviceAt(device, at),
    mobile,
    cards: a.cards,
    signedIn: true,
    account: a,
  };
}

export interface GuestOptions {
  /** Share of guests who open an account at checkout. */
  signUp?: number;
  mobile?: boolean;
  network?: Network;
  /** The card's issuing country when it is not the buyer's home (students from abroad, expats). */
  cardCountry?: string;
  email?: string;
}

/** A new buyer at checkout: as a guest, or opening an account minutes before paying. */
export function guest(rng: Rng, person: Person, country: string, at: number, o: GuestOptions = {}): Visit {
  const mobile = o.mobile ?? rng.chance(0.62);
  const saved = newDevice(rng, profileOf(rng, mobile));
  const net =
    o.network ?? (mobile && rng.chance(0.55) ? mobileNetworkOf(rng, country) : homeNetworkOf(rng, country));
  const email = o.email ?? emailOf(rng, person, country);
  const signUp = rng.chance(o.signUp ?? 0.3);
  const cards = [newCard(rng, o.cardCountry ?? country)];
  if (rng.chance(0.25)) cards.push(newCard(rng, o.cardCountry ?? country));
  return {
    buyer: signUp
      ? { id: `cus_${rng.token(14)}`, email, name: fullName(person), createdAt: at - rng.int(2, 15) * MINUTE }
      : { email, name: fullName(person) },
    ip: ipOn(rng, net),
    device: deviceAt(saved, at),
    mobile: isMobile(saved.profile),
    cards,
    signedIn: false,
  };
}
