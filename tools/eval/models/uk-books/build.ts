import { type Address, type Buyer, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account } from './accounts.js';
import { localDay, offsetOf, RENEWAL_RUN, type Zone } from './calendar.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { marketOf } from './places.js';
import { type Attempt, type LaterEvent, type Method, type Purchase } from './purchase.js';
import { type Visit } from './visits.js';

/** Puts a planned purchase together from its parts, the same way for every kind. */

export interface Parts {
  kind: string;
  fraud?: boolean;
  at: number;
  zone: Zone;
  /** A session, or for a renewal the account alone (no IP, no device). */
  visit?: Visit;
  buyer?: Buyer;
  billing: Address;
  shipping?: Address;
  recipientName?: string;
  giftRecipient?: string;
  giftNote?: string;
  basket: Basket;
  fulfilment: Fulfilment;
  attempts: Attempt[];
  later: LaterEvent[];
  method?: Method;
  locale?: string;
  company?: { name: string; purchaseOrder?: string };
  preorder?: boolean;
}

export function purchaseOf(p: Parts): Purchase {
  const buyer = p.visit?.buyer ?? p.buyer;
  if (!buyer) throw new Error(`${p.kind}: a purchase needs a buyer`);
  return {
    at: p.at,
    fraud: p.fraud ?? false,
    kind: p.kind,
    basket: p.basket,
    billing: p.billing,
    attempts: p.attempts,
    later: p.later,
    buyer,
    ...(p.shipping ? { shipping: p.shipping } : {}),
    ...(p.recipientName ? { recipientName: p.recipientName } : {}),
    ...(p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    fulfilment: p.fulfilment,
    ...(p.visit ? { ip: p.visit.ip, device: p.visit.device } : {}),
    locale: p.locale ?? marketOf(p.billing.country).locale,
    channel: p.visit ? 'web' : 'subscription_renewal',
    method: p.method ?? p.attempts[0]?.method ?? 'card',
    ...(p.company ? { company: p.company } : {}),
    ...(p.preorder ? { preorder: true } : {}),
    zone: p.zone,
  };
}

/**
 * When a subscriber's monthly charge runs: their billing day, in the shop's early-morning run, in a month of
 * the window (or any early morning when the window holds none of their days).
 */
export function renewalTime(rng: Rng, w: Window, a: Account): number {
  const day = a.subscription?.day ?? 1;
  const candidates: number[] = [];
  const first = localDay(w.start, 'uk');
  for (let i = 0; i < 14; i++) {
    const month = new Date(Date.UTC(first.year, first.month - 1 + i, day));
    const hour = rng.weightedPick(RENEWAL_RUN.map((weight, h) => [h, weight] as const));
    // The offset at the hour itself: the clocks go back at 02:00 on the last Sunday of October.
    const local = month.getTime() + hour * 3_600_000;
    const at = local - offsetOf('uk', local) * 3_600_000 + rng.int(0, 59) * MINUTE;
    if (at >= w.start && at < w.end) candidates.push(at);
    if (month.getTime() > w.end) break;
  }
  if (candidates.length > 0) return rng.pick(candidates);
  return Math.floor(rng.float(w.start, w.end));
}

const GIFT_NOTES = [
  'Happy birthday! Love, ',
  'Thinking of you. x ',
  'Merry Christmas from all of us, ',
  'Something for the long winter nights. ',
  'Congratulations on starting uni! ',
  'A wee something from Edinburgh. ',
  'Thank you for everything. ',
];

export const giftNoteFrom = (rng: Rng, from: string): string => `${rng.pick(GIFT_NOTES)}${from}`;
