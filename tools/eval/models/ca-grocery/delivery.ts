import { type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './basket.js';
import { deliverySlot } from './calendar.js';
import { type Match } from './cards.js';
import { buyerOf, honestLater, locale, session, type Session } from './honest-kit.js';
import { type Customer } from './people.js';
import { type Attempt, honestPayment, type LaterEvent, type Purchase } from './purchase.js';

/** The delivery order most purchases are, honest or not: what a planner does not say is drawn as usual. */

export interface DeliveryPlan {
  kind: string;
  fraud?: boolean;
  customer: Customer;
  at: number;
  basket: Basket;
  buyer?: Buyer;
  session?: Session;
  shipping?: Address;
  billing?: Address;
  how?: Fulfilment;
  attempts?: Attempt[];
  later?: LaterEvent[];
  match?: Match;
  declineShare?: number;
  giftRecipient?: string;
}

/** A delivery order: the customer's session, a slot, payment, and the usual later events. */
export function delivery(rng: Rng, d: DeliveryPlan): Purchase {
  const c = d.customer;
  const s = d.session ?? session(rng, c);
  const how = d.how ?? 'delivery';
  const slot = how === 'delivery' || how === 'pickup' ? deliverySlot(rng, d.at, c.tz) : undefined;
  const buyer = d.buyer ?? buyerOf(c);
  const attempts =
    d.attempts ??
    honestPayment(rng, c, buyer.id !== undefined, {
      declineShare: d.declineShare ?? 0.045,
      match: d.match ?? 'good',
    });
  return {
    at: d.at,
    fraud: d.fraud ?? false,
    kind: d.kind,
    basket: d.basket,
    billing: { ...(d.billing ?? c.billing) },
    attempts,
    later: d.later ?? honestLater(rng, d.at, d.basket, slot ? { slot } : {}),
    buyer,
    ...(how === 'email' ? {} : { shipping: { ...(d.shipping ?? c.home) } }),
    fulfilment: how,
    ...(slot ? { slot } : {}),
    ip: s.ip,
    device: s.device,
    locale: locale(c),
    ...(d.giftRecipient ? { giftRecipient: d.giftRecipient } : {}),
    tz: c.tz,
  };
}
