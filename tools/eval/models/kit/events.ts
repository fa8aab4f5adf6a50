import { type CanonicalEvent, type CanonicalEventData } from '@vigil/contracts';
import { type LabelledWebhook } from '../../traffic-model.js';
import { type Address } from './purchase.js';
import { type Rng } from './random.js';

/**
 * Building blocks for models whose store posts Vigil's canonical Standard Webhooks bodies. What a store puts
 * in each event (which fields, which card, when a later event is skipped) stays in the model; these are the
 * pieces that were the same in every copy.
 */

/** The data of a canonical event, with the extra fields the models send. */
export type EventData = CanonicalEventData & { reason?: string; paymentMethod?: string };

/** A canonical body and the time (ms) the store emits it. */
export interface TimedBody {
  at: number;
  body: CanonicalEvent & { data: EventData };
}

/** Later events that move money: they only follow a captured payment. */
export const MONEY_LABELS: ReadonlySet<string> = new Set([
  'refund.created',
  'dispute.created',
  'fraud_warning.created',
]);

/** ISO-8601 to the second (`2026-03-02T10:04:05Z`). */
export const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The order's ids first, then the event's data: `(type, at, data) => { at, body }`. */
export function eventMaker(ids: { orderId: string; paymentId: string }) {
  return (type: CanonicalEvent['type'], at: number, data: EventData): TimedBody => ({
    at,
    body: { type, timestamp: iso(at), data: { ...ids, ...data } },
  });
}

/** Where a checkout came from: the IP, the device id when the store has one, the user agent. */
export const connectionOf = (ip: string, device: { id?: string; userAgent: string }) => ({
  ip,
  ...(device.id ? { deviceId: device.id } : {}),
  userAgent: device.userAgent,
});

interface Line {
  sku: string;
  name: string;
  quantity: number;
  price: number;
}

/** Basket lines as the body's items. */
export const itemsOf = (lines: ReadonlyArray<Line>) =>
  lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, price: l.price }));

/** Basket lines as the body's items, with their category (after the name, as those stores send it). */
export const categorisedItemsOf = (lines: ReadonlyArray<Line & { category: string }>) =>
  lines.map((l) => ({
    sku: l.sku,
    name: l.name,
    category: l.category,
    quantity: l.quantity,
    price: l.price,
  }));

/** The checkout's customer: id and account age only for a signed-in buyer. */
export function checkoutCustomer(buyer: { id?: string; email: string; name: string; createdAt?: number }) {
  const { id, email, name, createdAt } = buyer;
  return {
    ...(id ? { id } : {}),
    email,
    name,
    ...(id && createdAt !== undefined ? { createdAt: iso(createdAt) } : {}),
  };
}

/** What an order or payment body opens with: the purchase's money, buyer and billing address. */
interface Opening {
  basket: { amount: number; currency: string };
  buyer: { id?: string; email: string; name: string; createdAt?: number };
  billing: Address;
}

/**
 * An order body's first fields: amount, currency, the checkout's customer, billing, shipping when there is any,
 * then the connection (IP, device id, user agent) when there is one: an order the store places itself (a
 * subscription renewal, nl-flowers) has no IP or device.
 */
export function orderOpening(
  p: Opening & { ip?: string; device?: { id?: string; userAgent: string } },
  shipping: Address | undefined,
) {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: { ...p.billing },
    ...(shipping ? { shipping: { ...shipping } } : {}),
    ...(p.ip !== undefined && p.device !== undefined ? connectionOf(p.ip, p.device) : {}),
  };
}

/** A payment body's first fields: amount, currency, the customer (id only when signed in, email, name), billing. */
export function paymentOpening(p: Opening) {
  const { id, email, name } = p.buyer;
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: { ...(id ? { id } : {}), email, name },
    billing: { ...p.billing },
  };
}

/**
 * A purchase's bodies, sorted by time, as delivered: each after `lag()` ms (drawn first), with the `id()` drawn
 * next; a late delivery holds back the purchase's later webhooks.
 */
export function deliver(
  bodies: ReadonlyArray<TimedBody>,
  purchase: string,
  lag: () => number,
  id: () => string,
): LabelledWebhook[] {
  let last = 0;
  return bodies.map(({ at, body }) => {
    const delay = lag();
    last = Math.max(last, at + delay);
    return { at: last, kind: 'standard', id: id(), headers: {}, body, purchase };
  });
}

/** How a store's webhooks arrive: most a log-normal lag around `median` ms, a `retried` share late by `retry` ms. */
export interface Posting {
  retried: number;
  retry: readonly [number, number];
  median: number;
  spread: number;
}

/**
 * `deliver` with the lag most stores draw (`retried` chance of `int(retry)`, else `logNormal(median, spread)`
 * rounded) and ids `msg_` plus 26 token characters, all from `rng`.
 */
export function deliverAsPosted(
  bodies: ReadonlyArray<TimedBody>,
  purchase: string,
  rng: Rng,
  p: Posting,
): LabelledWebhook[] {
  return deliver(
    bodies,
    purchase,
    () =>
      rng.chance(p.retried) ? rng.int(p.retry[0], p.retry[1]) : Math.round(rng.logNormal(p.median, p.spread)),
    () => `msg_${rng.token(26)}`,
  );
}
