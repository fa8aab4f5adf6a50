import { accountBuyer, type Address, type Buyer, DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery } from './catalogue.js';
import { type Network, NETWORKS, ipOn } from './networks.js';
import { newCard } from './cards.js';
import { type Account, customerBase, type Gadget, kzAccount } from './people.js';
import { type City, cityNamed, pickupPointIn } from './places.js';
import { channelOf, type LaterEvent, type Payment, type Purchase } from './purchase.js';

/** The store's world for a window, and the assembly of a planned purchase from its parts. */

export interface World {
  window: Window;
  customers: readonly Account[];
  /** Traders who buy phones by the box to sell on (honest buyers, with several cards each). */
  resellers: readonly Reseller[];
}

export interface Reseller {
  account: Account;
  company?: { name: string; bin: string };
}

/** A Kazakh company: a limited liability partnership (TOO) and its twelve-digit business number. */
export function companyOf(rng: Rng): { name: string; bin: string } {
  const word = rng.pick([
    'Alem',
    'Zhuldyz',
    'Nur',
    'Saryarka',
    'Dala',
    'Ak Zhol',
    'Silk Road',
    'Tengri',
    'Altyn',
    'Orda',
    'Best',
    'Smart',
  ]);
  const trade = rng.pick([
    'Trade',
    'Logistics',
    'Service',
    'Group',
    'Tech',
    'Invest',
    'Build',
    'Distribution',
    'Consulting',
  ]);
  const bin = `${String(rng.int(5, 24)).padStart(2, '0')}${String(rng.int(1, 12)).padStart(2, '0')}4${rng.digits(7)}`;
  return { name: `TOO "${word} ${trade}"`, bin };
}

export function world(rng: Rng, window: Window, orders: number): World {
  const r = rng.fork('resellers');
  const resellers = Array.from({ length: 3 + Math.floor(orders / 400) }, (_, i) => {
    const one = r.fork(`r${i}`);
    const account = kzAccount(
      one,
      window.start,
      one.int(60, 700) * DAY,
      cityNamed(one.chance(0.7) ? 'Almaty' : 'Astana'),
    );
    account.cards.push(newCard(one, 'KZ'), newCard(one, 'KZ', 'credit'));
    return { account, ...(one.chance(0.4) ? { company: companyOf(one) } : {}) };
  });
  return { window, customers: customerBase(rng.fork('customers'), window.start, orders), resellers };
}

/** A device of the account, and where it connects from: phones mostly on mobile data, computers at home. */
export function connectionOf(rng: Rng, a: Account, device?: Gadget): { device: Gadget; ip: string } {
  const d = device ?? rng.pick(a.devices);
  const net: Network =
    d.kind === 'desktop'
      ? rng.chance(0.8)
        ? a.broadband
        : NETWORKS.kzOffice
      : rng.chance(d.kind === 'app' ? 0.72 : 0.65)
        ? a.mobile
        : a.broadband;
  return { device: d, ip: ipOn(rng, net) };
}

/** A pickup order carries no delivery address; every other physical one goes to `to`. */
export function destination(
  rng: Rng,
  delivery: Delivery,
  city: City,
  to: Address,
): { shipping?: Address; pickupPoint?: string } {
  if (delivery === 'pickup') return { pickupPoint: pickupPointIn(rng, city.name) };
  if (delivery === 'digital') return {};
  return { shipping: to };
}

export interface Parts {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  basket: Basket;
  billing: Address;
  shipping?: Address;
  pickupPoint?: string;
  ip: string;
  device: Gadget;
  locale: string;
  phone: string;
  delivery: Delivery;
  company?: { name: string; bin: string };
  payment: Payment;
  later: LaterEvent[];
}

export function purchaseOf(x: Parts): Purchase {
  return {
    at: x.at,
    fraud: x.fraud,
    kind: x.kind,
    buyer: x.buyer,
    basket: x.basket,
    billing: x.billing,
    ...(x.shipping ? { shipping: x.shipping } : {}),
    ...(x.pickupPoint ? { pickupPoint: x.pickupPoint } : {}),
    ip: x.ip,
    device: x.device,
    channel: channelOf(x.device),
    locale: x.locale,
    phone: x.phone,
    delivery: x.delivery,
    ...(x.company ? { company: x.company } : {}),
    attempts: x.payment.attempts,
    ...(x.payment.payLater ? { payLater: x.payment.payLater } : {}),
    later: x.later,
  };
}

export { accountBuyer };
