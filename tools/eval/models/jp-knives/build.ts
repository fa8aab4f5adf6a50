import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Drop } from './calendar.js';
import { type Category, ENGRAVING, lineIn, type Line, yenOf } from './catalogue.js';
import { type Account } from './accounts.js';
import { type Currency, type Market, MARKETS } from './places.js';
import { type Attempt, type LaterEvent, paidAfter, type Purchase } from './purchase.js';
import { basketOf, type Basket, carrierFor, type Fulfilment, hasBlade } from './shipping.js';
import { type Product } from '../kit/purchase.js';

/** The store's world for the window, and how a planned purchase is put together from its parts. */

export interface World {
  window: Window;
  accounts: Account[];
  drops: Drop[];
}

export type Item = readonly [Product<Category>, number];

export interface Spec {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  /** Where it goes, or `pickup` at the Sakai shop. */
  shipTo: Address | 'pickup';
  /** The carrier, when the buyer does not get the usual one. */
  fulfilment?: Fulfilment;
  items: readonly Item[];
  /** Engraving on the first `engraved` blades (one line per engraved blade). */
  engraved?: number;
  code?: { code: string; percent: number };
  ip: string;
  device: Device;
  locale: string;
  pay: (yen: number, basket: Basket) => Attempt[];
  /** What happens once paid (`paidAt` ms after the order); only called when something was paid. */
  after: (
    paidAt: number,
    basket: Basket,
    fulfilment: Fulfilment,
    attempts: readonly Attempt[],
  ) => LaterEvent[];
  extras?: Partial<Pick<Purchase, 'engraving' | 'noshi' | 'giftNote' | 'company' | 'dropId'>>;
}

/** The currency the shop charges for a destination: yen at home and for pickup, else the market's. */
export const currencyFor = (to: Address | 'pickup'): Currency =>
  to === 'pickup' ? 'JPY' : ((MARKETS as Record<string, Market | undefined>)[to.country]?.currency ?? 'USD');

export function compose(rng: Rng, s: Spec): Purchase {
  const c = currencyFor(s.shipTo);
  const lines: Line[] = s.items.map(([p, q]) => lineIn(p, c, q));
  const blades = lines.filter(
    (l) => l.category === 'knife' || l.category === 'limited' || l.category === 'gift_set',
  );
  const engraved = Math.min(
    s.engraved ?? 0,
    blades.reduce((n, l) => n + l.quantity, 0),
  );
  if (engraved > 0) lines.push(lineIn(ENGRAVING, c, engraved));
  const to = s.shipTo === 'pickup' ? undefined : s.shipTo;
  const fulfilment = s.fulfilment ?? (to ? carrierFor(rng, to.country, lines) : 'pickup');
  const basket = basketOf(lines, c, to?.country, fulfilment, s.code);
  const attempts = s.pay(yenOf(basket.amount, c), basket);
  const later = attempts.some((a) => a.ok) ? s.after(paidAfter(attempts), basket, fulfilment, attempts) : [];
  return {
    at: s.at,
    fraud: s.fraud,
    kind: s.kind,
    basket,
    billing: s.billing,
    attempts,
    later,
    buyer: s.buyer,
    ...(to ? { shipping: to } : {}),
    fulfilment,
    ip: s.ip,
    device: s.device,
    locale: s.locale,
    ...(to?.country === 'GB' && hasBlade(lines) ? { ageCheck: true } : {}),
    ...s.extras,
  };
}
