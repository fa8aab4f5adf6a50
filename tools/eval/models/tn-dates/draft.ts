import { accountBuyer, type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket } from './catalogue.js';
import { type Account, customerBase } from './people.js';
import {
  type Attempt,
  type Carrier,
  deliverySteps,
  honestAftercare,
  type LaterEvent,
  type Method,
  paidBy,
  type Purchase,
  releaseUnpaid,
} from './purchase.js';

/** The store's world for a window, and the pieces every planner puts a purchase together from. */

export interface World {
  window: Window;
  accounts: Account[];
}

export const world = (rng: Rng, window: Window, orders: number): World => ({
  window,
  accounts: customerBase(rng.fork('customers'), window.start, orders),
});

export interface Draft {
  at: number;
  kind: string;
  fraud: boolean;
  basket: Basket;
  buyer: Buyer;
  billing: Address;
  shipping: Address;
  ip: string;
  device: Device;
  locale: string;
  phone: string;
  method: Method;
  attempts: Attempt[];
  company?: { name: string; taxId: string };
  giftMessage?: string;
}

export const carrierOf = (rng: Rng, to: string, method: Method): Carrier =>
  to !== 'TN'
    ? 'aramex'
    : method === 'paiement_a_la_livraison' && rng.chance(0.6)
      ? 'livreur_maison'
      : 'rapid_poste';

/** A draft with its later events as any paid or cash order goes: shipped, delivered, now and then a refund. */
export function ordinaryLater(rng: Rng, d: Draft, refusedShare = 0.04): LaterEvent[] {
  const cod = d.method === 'paiement_a_la_livraison';
  if (!cod && !paidBy(d.attempts)) return releaseUnpaid(rng, d.attempts, d.method);
  const steps = deliverySteps(rng, d.shipping.country, cod, refusedShare);
  const delivered = steps.find((s) => s.status === 'delivered');
  if (!delivered) return steps;
  const oil = d.basket.lines.some((l) => l.category === 'olive_oil');
  return [...steps, ...honestAftercare(rng, d.basket.amount, oil, delivered.afterMs)];
}

export const purchaseOf = (rng: Rng, d: Draft, later: LaterEvent[]): Purchase => ({
  ...d,
  carrier: carrierOf(rng, d.shipping.country, d.method),
  later,
});

export const signedIn = (a: Account): Buyer => accountBuyer(a);

/** A Tunisian company's tax id (matricule fiscal: seven digits, a key letter, A/P/B/D, M/P/C/N, 000). */
export const matriculeFiscal = (rng: Rng): string =>
  `${rng.digits(7)}${rng.token(1, 'ABCDEFGHJKLMNPQRSTVWXYZ')}/${rng.pick(['A', 'P', 'B'])}/M/000`;

/** An EU VAT id. */
export const vatId = (rng: Rng, country: string): string =>
  country === 'FR'
    ? `FR${rng.digits(11)}`
    : country === 'IT'
      ? `IT${rng.digits(11)}`
      : country === 'DE'
        ? `DE${rng.digits(9)}`
        : `BE0${rng.digits(9)}`;
