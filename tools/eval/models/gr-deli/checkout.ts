import { type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Basket, basketOf, type Fulfilment, type Line, type Pricing } from './catalogue.js';
import { HOSTING, ipOf, type Network, pickNetwork } from './networks.js';
import { type Account, emailOf, isPhone, newDevice, type Person } from './people.js';
import { addressIn, GR_HOMETOWNS, market, plain, type Zone } from './places.js';
import {
  chooseMethod,
  honestAfter,
  honestPay,
  type Invoice,
  type Method,
  type Paying,
  type Purchase,
  type Step,
} from './purchase.js';

/**
 * What the planners share: a checkout session (device and IP) for an account or a guest, the parcel's route,
 * and turning a draft into a purchase, honest ones paid and fulfilled the way honest ones are.
 */

export interface Session {
  ip: string;
  device: Device;
}

/** An account's checkout: one of its devices, at home on the household line or out on the phone's network. */
export function sessionOf(rng: Rng, a: Account): Session {
  const device = rng.pick(a.devices);
  if (rng.chance(0.03)) return { device, ip: ipOf(rng, rng.pick(HOSTING), 0) };
  if (isPhone(device) && rng.chance(0.42)) return { device, ip: ipOf(rng, a.mobileNet) };
  return { device, ip: rng.chance(0.8) ? a.homeIp : ipOf(rng, a.homeNet, 0.3) };
}

/** Someone who checks out as a guest: a name, an e-mail, a card, a browser and a line of their own. */
export interface Guest {
  person: Person;
  email: string;
  card: HeldCard;
  device: Device;
  net: Network;
  ip: string;
}

export function guestFrom(rng: Rng, country: string, person: Person): Guest {
  const device = newDevice(rng);
  const net = pickNetwork(rng, country, isPhone(device) && rng.chance(0.45) ? 'mobile' : 'fixed');
  return {
    person,
    email: emailOf(rng, person, country),
    card: newCard(rng, country),
    device,
    net,
    ip: ipOf(rng, net),
  };
}

export const guestBuyer = (g: Guest): Buyer => ({ email: g.email, name: g.person.name });

const REMOTE = new Set(GR_HOMETOWNS.map((c) => c.name));

/** Whether a Greek address is a far town or an island (a day or two more in transit). */
export const remote = (a: Address): boolean => a.country === 'GR' && REMOTE.has(a.city ?? '');

/** How a Greek parcel travels: lockers and couriers, same-day and pickup only in Attica. */
export function domesticRoute(rng: Rng, to: Address, attica: boolean): Fulfilment {
  if (attica)
    return rng.weightedPick<Fulfilment>([
      ['courier', 44],
      ['box_now', 32],
      ['shop_pickup', 12],
      ['same_day_attica', 12],
    ]);
  return rng.weightedPick<Fulfilment>([
    ['courier', remote(to) ? 85 : 60],
    ['box_now', remote(to) ? 15 : 40],
  ]);
}

export const zoneOf = (country: string): Zone => market(country).zone;

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  zone: Zone;
  session: Session;
  locale: string;
  basket: Basket;
  paying: Paying;
  later: Step[];
  giftNote?: string;
  invoice?: Invoice;
  recipients?: number;
}

export function purchaseOf(d: Draft): Purchase {
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket: d.basket,
    billing: plain(d.billing),
    attempts: d.paying.attempts,
    later: d.later,
    buyer: d.buyer,
    ...(d.shipping && d.fulfilment !== 'shop_pickup' && d.fulfilment !== 'email'
      ? { shipping: plain(d.shipping) }
      : {}),
    fulfilment: d.fulfilment,
    zone: d.zone,
    ip: d.session.ip,
    device: d.session.device,
    locale: d.locale,
    method: d.paying.method,
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.invoice ? { invoice: d.invoice } : {}),
    ...(d.recipients ? { recipients: d.recipients } : {}),
  };
}

/** An honest order's draft before money: who, where to, what, how it travels. */
export interface Order {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  zone: Zone;
  session: Session;
  locale: string;
  lines: Line[];
  pricing?: Omit<Pricing, 'zone' | 'fulfilment' | 'cod'>;
  cards: HeldCard[];
  cardCountry: string;
  signedIn: boolean;
  methods?: ReadonlyArray<readonly [Method, number]>;
  declineShare?: number;
  giftNote?: string;
  invoice?: Invoice;
}

/** An honest purchase: the method chosen, paid (or not) the honest way, then delivered the honest way. */
export function honestPurchase(rng: Rng, o: Order): Purchase {
  const subtotal = o.lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const canCod = o.zone === 'domestic' && o.fulfilment !== 'email';
  let method = chooseMethod(rng, o.zone, subtotal, o.methods);
  if (method === 'cod' && !canCod) method = 'card';
  if (
    (method === 'iris' || method === 'bank_transfer') &&
    o.cardCountry !== 'GR' &&
    o.cardCountry !== 'CY' &&
    !o.invoice
  )
    method = 'card';
  const basket = basketOf(o.lines, {
    zone: o.zone,
    fulfilment: o.fulfilment,
    ...o.pricing,
    cod: method === 'cod',
  });
  const paying = honestPay(
    rng,
    { cards: o.cards, country: o.cardCountry, signedIn: o.signedIn },
    basket.amount,
    method,
    o.declineShare,
  );
  const later = honestAfter(rng, paying, basket, {
    fulfilment: o.fulfilment,
    zone: o.zone,
    remote: o.shipping ? remote(o.shipping) : false,
  });
  return purchaseOf({
    ...o,
    fraud: false,
    basket,
    paying,
    later,
    ...(o.pricing?.recipients ? { recipients: o.pricing.recipients } : {}),
  });
}

/** Who checks out: a signed-in account or a guest, their address, session, cards and language. */
export interface Who {
  buyer: Buyer;
  home: Address & { tz: number };
  session: Session;
  cards: HeldCard[];
  signedIn: boolean;
  locale: string;
  account?: Account;
}

export function accountWho(rng: Rng, a: Account): Who {
  return {
    buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
    home: a.home,
    session: sessionOf(rng, a),
    cards: a.cards,
    signedIn: true,
    locale: a.locale,
    account: a,
  };
}

export function guestWho(rng: Rng, country: string, person: Person, locale = market(country).locale): Who {
  const g = guestFrom(rng, country, person);
  return {
    buyer: guestBuyer(g),
    home: addressIn(rng, country),
    session: { ip: g.ip, device: g.device },
    cards: [g.card],
    signedIn: false,
    locale,
  };
}
