import { accountBuyer, type Address, type Buyer, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { momentIn, type Rhythm } from './calendar.js';
import { type HeldCard } from './cards.js';
import { basket, type Fulfilment, type Line } from './catalogue.js';
import { device, emailFor, nameIn, type Customer } from './people.js';
import { MARKETS, type Market } from './places.js';
import { type Attempt, honestAfter, type LaterEvent, paid, type Purchase } from './purchase.js';

/** The common assembly of a purchase, so each planner only says what is particular to its kind. */

export interface World {
  window: Window;
  customers: Customer[];
}

export const tzOf = (country: string): number =>
  (MARKETS as Record<string, { tz: number } | undefined>)[country]?.tz ?? 1;
export const localeOf = (country: string): string =>
  (MARKETS as Record<string, { locale: string } | undefined>)[country]?.locale ?? 'en-GB';

export interface Plan {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  /** Absent for pickup at the shop and wine kept in bond. */
  shipping?: Address;
  fulfilment: Fulfilment;
  lines: Line[];
  ip: string;
  device: Device;
  locale: string;
  promo?: { code: string; percent: number };
  giftNote?: string;
  company?: { name: string; vatId: string };
  renewal?: boolean;
  /** The payment attempts, from the basket's amount. */
  pay: (amount: number) => Attempt[];
  /** What happens after, from the amount and whether it was paid; honest by default. */
  after?: (amount: number, wasPaid: boolean) => LaterEvent[];
  ageConfirmed?: boolean;
}

export function assemble(rng: Rng, p: Plan): Purchase {
  // Only a courier delivery has an address; pickup and in-bond orders keep none even if a planner drew one.
  const shipping = p.fulfilment === 'courier' ? p.shipping : undefined;
  const to = shipping?.country ?? 'FR';
  const b = basket(p.lines, { country: to, fulfilment: p.fulfilment }, p.promo);
  const attempts = p.pay(b.amount);
  const wasPaid = paid({ attempts });
  const later = p.after
    ? p.after(b.amount, wasPaid)
    : wasPaid
      ? honestAfter(rng, p.fulfilment, b.amount, to !== 'FR')
      : [];
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket: b,
    billing: p.billing,
    attempts,
    later,
    buyer: p.buyer,
    ...(shipping ? { shipping } : {}),
    fulfilment: p.fulfilment,
    ip: p.ip,
    device: p.device,
    locale: p.locale,
    ageConfirmed: p.ageConfirmed ?? true,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: p.company } : {}),
    ...(p.renewal ? { renewal: true } : {}),
  };
}

/** When a buyer in `country` orders, on the given rhythm. */
export const when = (rng: Rng, w: World, country: string, rhythm: Rhythm = 'household'): number =>
  momentIn(rng, w.window, tzOf(country), rhythm);

/** A brand-new account opened at checkout (or a guest, without id). */
export function freshBuyer(
  rng: Rng,
  country: string,
  at: number,
  o: { guest?: boolean; email?: string; name?: string } = {},
): Buyer {
  const name = o.name ?? nameIn(rng, country);
  const email = o.email ?? emailFor(rng, name, country);
  if (o.guest) return { email, name };
  return { id: `cus_${rng.token(12)}`, email, name, createdAt: at - rng.int(2, 25) * MINUTE };
}

/** An existing customer, signed in, on one of their own devices. */
export const signedIn: (c: Customer) => Buyer = accountBuyer;

export const payer = (cards: HeldCard[], country: string, signedInBuyer: boolean) => ({
  cards,
  country,
  signedIn: signedInBuyer,
});

export const ownDevice = (rng: Rng, c: Customer): Device => rng.pick(c.devices);

/** A customer from the base, of `markets` if given (falls back to anyone). */
export function someone(rng: Rng, w: World, markets?: readonly Market[]): Customer {
  const pool = markets ? w.customers.filter((c) => markets.includes(c.market)) : w.customers;
  return rng.pick(pool.length > 0 ? pool : w.customers);
}

export { device };
