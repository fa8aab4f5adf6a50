import { type Address, type BasketLine, type Buyer, type Card, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, type Category, isDigital, shippingFor } from './catalogue.js';
import { type Account } from './people.js';
import {
  type Attempt,
  COURIERS,
  type Delivery,
  honestAfter,
  honestPay,
  HOUR,
  lapseAfter,
  type LaterEvent,
  type Method,
  type Purchase,
} from './purchase.js';

/** Puts a planned purchase together: basket, delivery, payment and what follows. */

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  pickup?: boolean;
  lines: BasketLine<Category>[];
  voucher?: { code: string; discount: number };
  /** Far from the store's warehouses in Jakarta and Surabaya, or abroad. */
  far?: boolean;
  ip: string;
  device: Device;
  dropshipper?: string;
  company?: string;
  topupNumber?: string;
}

export const accountBuyer = (a: Account): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.name,
  createdAt: a.createdAt,
});

/** The rest of a purchase once its payment attempts and later steps are known. */
export function assemble(
  rng: Rng,
  d: Draft,
  pay: (amount: number) => { attempts: Attempt[]; cod: boolean; later: (amount: number) => LaterEvent[] },
): Purchase {
  const digital = isDigital(d.lines);
  const basket = basketOf(d.lines, shippingFor(rng, d.lines, d.far ?? false), d.voucher);
  const delivery: Delivery = digital ? 'digital' : d.pickup ? 'minimarket_pickup' : 'courier';
  const { attempts, cod, later } = pay(basket.amount);
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    buyer: d.buyer,
    billing: d.billing,
    ...(digital || !d.shipping ? {} : { shipping: d.shipping }),
    delivery,
    ...(digital ? {} : { courier: rng.pick(COURIERS) }),
    ip: d.ip,
    device: d.device,
    channel: d.device.userAgent.startsWith('SerbaNusa/') ? 'app' : 'web',
    cod,
    attempts,
    later: later(basket.amount),
    ...(d.dropshipper ? { dropshipper: d.dropshipper } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(d.topupNumber ? { topupNumber: d.topupNumber } : {}),
  };
}

/** An honest purchase: the buyer pays by `method` and the order runs its honest course. */
export function honestPurchase(rng: Rng, d: Draft, method: Method, card?: Card): Purchase {
  // Nobody can pay a top-up or a voucher code to a courier: those go to a minimarket counter instead.
  const how: Method = method === 'cod' && isDigital(d.lines) ? 'minimarket_cash' : method;
  return assemble(rng, d, (amount) => {
    const plan = honestPay(rng, how, card, amount);
    const delivery: Delivery = isDigital(d.lines) ? 'digital' : d.pickup ? 'minimarket_pickup' : 'courier';
    return {
      attempts: plan.attempts,
      cod: plan.cod,
      later: (a) =>
        plan.lapsed
          ? [
              {
                type: 'order.cancelled',
                afterMs: lapseAfter(plan.lapsed) + rng.int(0, HOUR),
                reason: plan.lapsed,
              },
            ]
          : honestAfter(rng, {
              delivery,
              cod: plan.cod,
              far: d.far ?? false,
              amount: a,
              card: plan.attempts.some((x) => x.ok && x.card !== undefined),
            }),
    };
  });
}
