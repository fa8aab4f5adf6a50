import { type Address, type Buyer, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Code, type Delivery, type Line, basketOf } from './catalogue.js';
import { type Company, ascii } from './people.js';
import { type Country } from './places.js';
import { type Attempt, hoursToDispatch, type LaterEvent, type Purchase } from './purchase.js';

/** What the fraud planners share: the purchase they build, the mailboxes they open, the aftermath. */

export interface FraudCheckout {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  recipient?: string;
  recipientEmail?: string;
  site: Country;
  ip: string;
  device: Device;
  locale: string;
  lines: Line[];
  delivery: Delivery;
  code?: Code;
  company?: Company;
  attempts: (b: Basket) => Attempt[];
  later: (b: Basket) => LaterEvent[];
}

export function fraudPurchase(c: FraudCheckout): Purchase {
  const basket = basketOf(c.lines, c.site, c.delivery, c.code);
  const attempts = c.attempts(basket);
  return {
    at: c.at,
    fraud: true,
    kind: c.kind,
    basket,
    billing: c.billing,
    attempts,
    later: attempts.some((a) => a.ok) ? c.later(basket) : [],
    buyer: c.buyer,
    ...(c.shipping ? { shipping: c.shipping } : {}),
    ...(c.recipient ? { recipient: c.recipient } : {}),
    ...(c.recipientEmail ? { recipientEmail: c.recipientEmail } : {}),
    site: c.site,
    ip: c.ip,
    device: c.device,
    locale: c.locale,
    ...(c.company ? { company: c.company } : {}),
  };
}

/** A throwaway mailbox: letters and digits at a free or disposable provider. */
export function junkEmail(rng: Rng): string {
  const domain = rng.weightedPick([
    ['gmail.com', 30],
    ['outlook.com', 14],
    ['gmx.de', 14],
    ['web.de', 10],
    ['yopmail.com', 8],
    ['trashmail.de', 6],
    ['wegwerfmail.de', 5],
    ['sharklasers.com', 5],
    ['proton.me', 8],
  ] as const);
  return `${rng.token(rng.int(6, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${domain}`;
}

/** A mailbox opened for one identity: the victim's name, a year or digits, at a German free provider. */
export function identityEmail(rng: Rng, name: string): string {
  const [first = 'x', ...rest] = name.split(' ');
  const f = ascii(first);
  const l = ascii(rest.join('')) || 'mail';
  const local = rng.pick([
    `${f}.${l}${rng.int(1, 99)}`,
    `${f}${l}${rng.int(1960, 1999)}`,
    `${l}.${f}${rng.digits(2)}`,
    `${f[0] ?? 'x'}${l}${rng.digits(3)}`,
  ]);
  return `${local}@${rng.weightedPick([
    ['gmx.de', 35],
    ['web.de', 30],
    ['gmail.com', 20],
    ['outlook.de', 10],
    ['t-online.de', 5],
  ] as const)}`;
}

/** Dispatched as soon as the warehouse can and delivered a day or two later: returns both steps and when it arrived. */
export function shippedAndDelivered(
  rng: Rng,
  at: number,
  delivery: Delivery,
): { steps: LaterEvent[]; delivered: number } {
  if (delivery === 'email') {
    const sent = rng.int(1, 10) * MINUTE;
    return { steps: [{ type: 'order.updated', afterMs: sent, status: 'voucher_sent' }], delivered: sent };
  }
  if (delivery === 'collection') {
    const ready = hoursToDispatch(rng, at) * HOUR;
    const done = ready + rng.int(2, 30) * HOUR;
    return {
      steps: [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
        { type: 'order.updated', afterMs: done, status: 'collected' },
      ],
      delivered: done,
    };
  }
  const freight = delivery === 'freight';
  const ship = (hoursToDispatch(rng, at) + (freight ? rng.int(24, 72) : 0)) * HOUR;
  const done = ship + (freight ? rng.int(48, 120) : rng.int(16, 48)) * HOUR;
  return {
    steps: [
      { type: 'order.updated', afterMs: ship, status: 'shipped', carrier: freight ? 'Spedition' : 'DHL' },
      { type: 'order.updated', afterMs: done, status: 'delivered' },
    ],
    delivered: done,
  };
}

/**
 * The usual aftermath of a stolen payment: the goods go out; the issuer's early fraud warning a few days
 * later (some), the cardholder's dispute weeks later (most).
 */
export function stolenAftermath(
  rng: Rng,
  at: number,
  delivery: Delivery,
  o: { warning: number; dispute: number; warningReason?: string; disputeReason?: string },
): LaterEvent[] {
  const { steps } = shippedAndDelivered(rng, at, delivery);
  const out = [...steps];
  if (rng.chance(o.warning))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(2, 12) * DAY,
      reason: o.warningReason ?? rng.pick(['made_with_stolen_card', 'unauthorized_use_of_card']),
    });
  if (rng.chance(o.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(12, 50) * DAY,
      reason: o.disputeReason ?? 'fraudulent',
    });
  return out;
}

/** Split `n` orders into crews of `min`–`max`. */
export function crews(rng: Rng, n: number, min: number, max: number): number[] {
  const out: number[] = [];
  let left = n;
  while (left > 0) {
    const size = Math.min(left, rng.int(min, max));
    out.push(size);
    left -= size;
  }
  return out;
}
