import { type Address, accountBuyer, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Zone, inBlackWeek } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import { type Basket, type Delivery, type Line, priced } from './catalogue.js';
import { homeNetwork, ipFrom, mobileNetwork, type Network, vpnExit } from './networks.js';
import { type Account, consumerDevice, emailOf, personIn, phoneIn } from './people.js';
import { addressIn, cityIn, type Country, type Currency, STOREFRONTS, type Storefront } from './places.js';
import { type AfterOptions, honestAfter, honestPay, type Purchase } from './purchase.js';

/** Who is at the checkout (an account holder or a guest) and how an honest purchase is put together. */

export interface World {
  window: Window;
  accounts: readonly Account[];
}

export interface Shopper {
  buyer: Buyer;
  /** Where the shopper lives and banks. */
  country: Country;
  home: Address;
  zone: Zone;
  device: Device;
  network: Network;
  phone: string;
  cards: HeldCard[];
  signedIn: boolean;
  older: boolean;
}

export function fromAccount(a: Account): Shopper {
  return {
    buyer: accountBuyer(a),
    country: a.country,
    home: a.home,
    zone: a.city.zone,
    device: a.device,
    network: a.network,
    phone: a.phone,
    cards: a.cards,
    signedIn: true,
    older: a.older,
  };
}

export function guest(rng: Rng, country: Country, older = rng.chance(0.35)): Shopper {
  const person = personIn(rng, country);
  const city = cityIn(rng, country);
  return {
    buyer: { email: emailOf(rng, person, country), name: person.name },
    country,
    home: addressIn(rng, country, city),
    zone: city.zone,
    device: consumerDevice(rng, older),
    network: homeNetwork(rng, country),
    phone: phoneIn(rng, country),
    cards: [newCard(rng, country)],
    signedIn: false,
    older,
  };
}

/** An account holder, or (with `guestShare`) a guest, of a country. */
export function shopperIn(rng: Rng, w: World, country: Country, guestShare: number): Shopper {
  const own = w.accounts.filter((a) => a.country === country);
  if (own.length === 0 || rng.chance(guestShare)) return guest(rng, country);
  return fromAccount(rng.pick(own));
}

/**
 * Where an honest checkout comes from: the home network, the phone's carrier now and then, a consumer VPN for
 * one in twenty-five (in the shopper's country when the VPN has an exit there).
 */
export function honestIp(rng: Rng, s: Shopper, vpnShare = 0.04): string {
  if (rng.chance(vpnShare)) return ipFrom(rng, vpnExit(rng, s.country), 0);
  const phone = /iPhone|Android/.test(s.device.userAgent);
  const n = phone && rng.chance(0.3) ? mobileNetwork(rng, s.country) : s.network;
  return ipFrom(rng, n, 0.35);
}

/** The codes honest shoppers type: the newsletter's welcome, Black Week, the knitting club, the Bryggen receipt. */
export function honestCode(
  rng: Rng,
  t: number,
  z: Zone,
  s: Shopper,
  extra?: { code: string; share: number; chance: number },
): { code: string; share: number } | undefined {
  if (inBlackWeek(t, z) && rng.chance(0.55)) return { code: 'BLACKWEEK20', share: 0.2 };
  if (extra && rng.chance(extra.chance)) return { code: extra.code, share: extra.share };
  if (!s.signedIn && rng.chance(0.08)) return { code: 'VELKOMMEN10', share: 0.1 };
  return undefined;
}

export interface HonestPlan {
  kind: string;
  at: number;
  shopper: Shopper;
  storefront: Storefront;
  lines: Line[];
  delivery: Delivery;
  /** Where the parcel goes (none for e-mail and Bryggen pickup). */
  shipping?: Address;
  code?: { code: string; share: number };
  ip: string;
  recipient?: { name: string; email?: string };
  giftNote?: string;
  company?: { name: string; orgNumber: string };
  declineShare?: number;
  after?: Omit<AfterOptions, 'country'>;
  /** Pays by invoice (companies), paid days later. */
  pay?: (rng: Rng, basket: Basket) => Purchase['attempts'];
}

export const currencyOf = (sf: Storefront): Currency => STOREFRONTS[sf].currency;

/** The storefront a buyer shops on: their own, or (for some Danes, Swedes, Finns, Germans and Dutch) English. */
export const storefrontFor = (rng: Rng, c: Country): Storefront =>
  ['DE', 'NL', 'FI', 'SE', 'DK'].includes(c) && rng.chance(0.12) ? 'INTL' : c;

/** An honest purchase: priced, paid the shopper's way, and fulfilled. */
export function honestPurchase(rng: Rng, p: HonestPlan): Purchase {
  const basket = priced(p.lines, currencyOf(p.storefront), p.delivery, p.shipping?.country, p.code);
  const s = p.shopper;
  const small = basket.amount < (basket.currency === 'NOK' || basket.currency === 'SEK' ? 35_000 : 3_000);
  const attempts =
    p.pay?.(rng, basket) ??
    honestPay(
      rng,
      { cards: s.cards, country: s.country, storefront: p.storefront, signedIn: s.signedIn, older: s.older },
      basket.amount,
      small,
      p.declineShare,
    );
  return {
    at: p.at,
    fraud: false,
    kind: p.kind,
    basket,
    buyer: s.buyer,
    billing: s.home,
    ...(p.shipping ? { shipping: p.shipping } : {}),
    delivery: p.delivery,
    storefront: p.storefront,
    ip: p.ip,
    device: s.device,
    // A phone is asked for parcels; a guest buying something e-mailed often leaves it out.
    ...(p.delivery === 'email' && !s.signedIn && rng.chance(0.5) ? {} : { phone: s.phone }),
    ...(p.recipient ? { recipient: p.recipient } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: p.company } : {}),
    attempts,
    later: honestAfter(rng, p.delivery, basket.amount, {
      country: p.shipping?.country ?? s.country,
      ...p.after,
    }),
  };
}
