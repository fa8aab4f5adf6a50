import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket } from './catalogue.js';
import { type Attempt } from './payments.js';

/** One planned purchase before events.ts renders it, and what happens to an honest one after checkout. */

export type Delivery = 'same_day' | 'next_day' | 'chosen_day' | 'email';
export type Courier = 'own' | 'partner' | 'email';

/** `status` marks fulfilment updates (`voucher_sent`, `out_for_delivery`, `delivered`); the rest are the kit's. */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  /** The recipient's address; none for an e-mailed voucher. */
  shipping?: Address;
  /** Who receives it: the name on the delivery, or the voucher's e-mail address. */
  recipient?: { name?: string; email?: string };
  courier: Courier;
  delivery: Delivery;
  /** The chosen delivery day (local date). */
  deliveryDate?: string;
  /** The card message, and whether it is signed. */
  cardMessage?: { text: string; signed: boolean };
  /** Absent for a subscription renewal charged by the shop itself. */
  ip?: string;
  device?: Device;
  locale: string;
  channel: 'web' | 'app' | 'subscription' | 'business_portal';
  company?: { name: string; vatId: string };
  /** Staff bouquets: how many people the order is delivered to. */
  drops?: number;
}

const MESSAGES = [
  'Fijne Valentijnsdag, liefs',
  'Ik hou van je! xxx',
  'Voor de liefste mama',
  'Alles Liebe zum Valentinstag',
  'Je t’aime, à très vite',
  'Te quiero mucho',
  'Happy Valentine’s, all my love',
  'Sorry voor gisteren… x',
  'Dikke kus uit Londen',
  'Van een stille bewonderaar',
  'Jeg elsker dig',
  'Bedankt voor alles, jullie zijn toppers!',
];

export function cardMessage(rng: Rng, signed: boolean, secret = false): { text: string; signed: boolean } {
  const text = secret
    ? rng.pick(['Van een stille bewonderaar', 'Raad eens wie? ♥', '?', 'Von einem heimlichen Verehrer'])
    : rng.pick(MESSAGES);
  return { text, signed };
}

/** When the flowers reach the door: the chosen day between 9:00 and 18:00 local, at least an hour out. */
export function deliveredAfter(rng: Rng, at: number, tz: number, date: string | undefined): number {
  const day = date ? Date.parse(`${date}T00:00:00Z`) - tz * HOUR : at + DAY;
  return Math.max(HOUR, day + rng.float(9, 18) * HOUR - at);
}

/**
 * An honest order after payment: a voucher is e-mailed within minutes; flowers go out for delivery and arrive
 * on the chosen day. Now and then a wilted-bouquet complaint is refunded in part, a missed delivery refunded in
 * full (the 14th overwhelms couriers), an order cancelled; very rarely a dispute.
 */
export function honestAfter(
  rng: Rng,
  p: Pick<Purchase, 'at' | 'courier' | 'deliveryDate' | 'basket'>,
  tz: number,
): LaterEvent[] {
  if (p.courier === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(20_000, 4 * 60_000), status: 'voucher_sent' }];
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(10, 300) * 60_000, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(301, 400) * 60_000, reason: 'requested_by_customer' },
    ];
  const arrive = deliveredAfter(rng, p.at, tz, p.deliveryDate);
  const out: LaterEvent[] = [
    {
      type: 'order.updated',
      afterMs: Math.max(30 * 60_000, arrive - rng.int(1, 5) * HOUR),
      status: 'out_for_delivery',
    },
    { type: 'order.updated', afterMs: arrive, status: 'delivered' },
  ];
  const x = rng.next();
  if (x < 0.022)
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(4, 48) * HOUR,
      reason: 'quality_complaint',
      amount: Math.round(p.basket.amount * rng.pick([0.3, 0.5, 1])),
    });
  else if (x < 0.03)
    out.push({ type: 'refund.created', afterMs: arrive + rng.int(3, 30) * HOUR, reason: 'not_delivered' });
  else if (x < 0.0325)
    out.push({
      type: 'dispute.created',
      afterMs: arrive + rng.int(10, 40) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
