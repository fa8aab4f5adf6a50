import { type CanonicalEvent, type CheckResult } from '@vigil/contracts';
import { type EventData, MONEY_LABELS, type TimedBody } from './events.js';
import { type Card as PurchaseCard } from './purchase.js';

/**
 * A purchase's bodies after its `order.created`: the card attempts, then what happens later. Two shapes were
 * copied between models: `afterCapture` (the order is cancelled unless a payment went through; later steps
 * only follow a capture) and `afterOrder` (later steps may settle the order, e.g. cash on delivery). What goes
 * into an order or payment body stays in the model.
 */

type Make = (type: CanonicalEvent['type'], at: number, data: EventData) => TimedBody;
type Card = NonNullable<EventData['card']>;
interface Money {
  amount: number;
  currency: string;
}

/** A later step as the models plan it: after the order was placed. */
export interface Step {
  type: CanonicalEvent['type'];
  afterMs: number;
  reason?: string;
  /** Partial refunds. */
  amount?: number;
}

/** What the loops read of a planned purchase: when it was placed, its money, the buyer, attempts, later steps. */
export interface Planned<A, L> {
  at: number;
  basket: Money;
  buyer: { email: string };
  attempts: ReadonlyArray<A>;
  later: ReadonlyArray<L>;
}

/** How the order was paid, once it was. */
export interface Paid<M extends string = string> {
  method: M;
  card?: Card;
}

/** A card copied into a body, or nothing. */
export const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

/** A card as the bodies show it: BIN, last four, brand, country, fingerprint; nothing a model adds (funding). */
export const shownCard = (c: PurchaseCard): PurchaseCard => ({
  bin: c.bin,
  last4: c.last4,
  brand: c.brand,
  country: c.country,
  fingerprint: c.fingerprint,
});

/** An attempt's card as the bodies show it (`shownCard`), or nothing without an attempt or a card. */
export const shownCardOf = (a: { card?: PurchaseCard } | undefined) =>
  a?.card ? { card: shownCard(a.card) } : {};

/** The AVS and CVC results a payment reports, when it reports either. */
export const checksOf = (a: { avs?: CheckResult; cvc?: CheckResult }) =>
  a.avs || a.cvc ? { checks: { ...(a.avs ? { avs: a.avs } : {}), ...(a.cvc ? { cvc: a.cvc } : {}) } } : {};

/** An attempt's card with its AVS and CVC results, or nothing for a cardless method. */
export const cardWithChecks = (a: { card?: Card; avs: CheckResult; cvc: CheckResult }) =>
  a.card ? { card: { ...a.card }, checks: { avs: a.avs, cvc: a.cvc } } : {};

/** A step's reason, when it has one. */
export const reasonOf = (l: { reason?: string }) => (l.reason ? { reason: l.reason } : {});

/**
 * A fulfilment step's status, when it has one, followed by `tracking` (a tracking number, a carrier) when
 * `tracked(status)`.
 */
export const statusOf = (
  l: { status?: string },
  tracked?: (status: string) => boolean,
  tracking?: Readonly<Record<string, string>>,
) => (l.status ? { status: l.status, ...(tracked?.(l.status) ? tracking : {}) } : {});

/** An `order.cancelled` body: the money, why, and whose order. */
export const cancelData = (money: Money, email: string, reason?: string): EventData => ({
  ...money,
  ...(reason ? { reason } : {}),
  customer: { email },
});

/**
 * When an unpaid order is released: `from` minutes after the last failed try `t`, plus 0 to `spread` − 1 more
 * picked by the second the order was `placed` at (no draw).
 */
export const releasedAt = (t: number, placed: number, from: number, spread: number): number =>
  t + 60_000 * (from + (Math.floor(placed / 1000) % spread));

/** When a later step is posted: as planned, but at least 2 s after the step before. */
export const laterAt = (t: number, placed: number, afterMs: number): number =>
  Math.max(t + 2000, placed + Math.floor(afterMs));

const byAfter = <L extends Step>(later: ReadonlyArray<L>): L[] =>
  [...later].sort((a, b) => a.afterMs - b.afterMs);

/**
 * One `payment.succeeded` / `payment.failed` per attempt, each at least a second after the step before; with
 * `untilPaid` the first success ends them. Returns the bodies, the last attempt's time and the (last) success.
 */
export function attemptBodies<A extends { ok: boolean; afterMs: number }>(
  make: Make,
  placed: number,
  attempts: ReadonlyArray<A>,
  data: (a: A) => EventData,
  untilPaid = true,
): { bodies: TimedBody[]; t: number; paid?: A } {
  const bodies: TimedBody[] = [];
  let t = placed;
  let paid: A | undefined;
  for (const a of attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) paid = a;
    bodies.push(make(a.ok ? 'payment.succeeded' : 'payment.failed', t, data(a)));
    if (a.ok && untilPaid) break;
  }
  return { bodies, t, ...(paid ? { paid } : {}) };
}

/** What `afterCapture` needs besides the purchase. */
export interface CaptureRules<A, L> {
  created: EventData;
  payment: (a: A) => EventData;
  /** The order is released `at` after the last failed try, with this reason. */
  unpaid: (t: number) => { at: number; reason: string };
  /** The `order.updated` body for a step (not posted once the order is cancelled). */
  updated: (l: L, paid: A) => EventData;
  /** The card shown on warnings and disputes. */
  card: (paid: A) => { card?: Card };
  /** Refunds are capped at the order's amount. */
  capRefunds: boolean;
  /** Attempts stop at the first success. */
  untilPaid?: boolean;
}

/**
 * `order.created`, the attempts, then either the order's release (nothing captured) or its later steps: updates
 * (none once cancelled), cancellations, refunds and the other money events, each timed from the last payment.
 */
export function afterCapture<A extends { ok: boolean; afterMs: number; method: string }, L extends Step>(
  make: Make,
  p: Planned<A, L>,
  r: CaptureRules<A, L>,
): TimedBody[] {
  const { at: placed, attempts, later } = p;
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const email = p.buyer.email;
  const created = make('order.created', placed, r.created);
  const { bodies, t, paid } = attemptBodies(make, placed, attempts, r.payment, r.untilPaid);
  if (!paid) {
    const { at, reason } = r.unpaid(t);
    return [created, ...bodies, make('order.cancelled', at, cancelData(money, email, reason))];
  }
  const out = [created, ...bodies];
  let cancelled = false;
  for (const l of byAfter(later)) {
    const at = laterAt(t, placed, l.afterMs);
    if (l.type === 'order.updated') {
      if (!cancelled) out.push(make(l.type, at, r.updated(l, paid)));
    } else if (l.type === 'order.cancelled') {
      cancelled = true;
      out.push(make(l.type, at, cancelData(money, email, l.reason)));
    } else if (l.type === 'refund.created') {
      const amount = l.amount ?? money.amount;
      const refund = { amount: r.capRefunds ? Math.min(amount, money.amount) : amount };
      out.push(make(l.type, at, { ...money, ...refund, ...reasonOf(l), paymentMethod: paid.method }));
    } else if (MONEY_LABELS.has(l.type))
      out.push(make(l.type, at, { ...money, ...reasonOf(l), ...r.card(paid), paymentMethod: paid.method }));
  }
  return out.sort((a, b) => a.at - b.at);
}

/** What `afterOrder` needs besides the purchase. */
export interface OrderRules<A, L, M extends string> {
  created: EventData;
  payment: (a: A) => EventData;
  /** Attempts stop at the first success. */
  untilPaid: boolean;
  /** The `order.updated` body for a step. */
  updated: (l: L) => EventData;
  /** A model's own reasons to leave a step out (which methods can be disputed, …). */
  skip?: (l: L, paid: Paid<M> | undefined) => boolean;
  /** A `payment.*` step settling an unpaid order (cash on delivery, a transfer arriving): how, and its body. */
  settle?: (l: L) => { method: M; data: EventData };
  /** A cancellation of a paid order refunds it a minute later, unless a refund is planned anyway. */
  refundCancelled?: boolean;
}

/**
 * `order.created`, the attempts, then the later steps in the order they fall, each at least 2 s after the step
 * before: money events only once paid, nothing but refunds once cancelled.
 */
export function afterOrder<
  A extends { ok: boolean; afterMs: number; method: string; card?: Card },
  L extends Step,
>(make: Make, p: Planned<A, L>, r: OrderRules<A, L, A['method']>): TimedBody[] {
  const { at: placed, attempts, later } = p;
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const email = p.buyer.email;
  const out = [make('order.created', placed, r.created)];
  const tried = attemptBodies(make, placed, attempts, r.payment, r.untilPaid);
  out.push(...tried.bodies);
  let t = tried.t;
  let paid: Paid<A['method']> | undefined = tried.paid
    ? { method: tried.paid.method, ...(tried.paid.card ? { card: tried.paid.card } : {}) }
    : undefined;
  let closed = false;
  for (const l of byAfter(later)) {
    if (MONEY_LABELS.has(l.type) && !paid) continue;
    if (r.skip?.(l, paid)) continue;
    if (closed && l.type !== 'refund.created') continue;
    const at = laterAt(t, placed, l.afterMs);
    if (l.type === 'payment.succeeded' || l.type === 'payment.failed') {
      // Settles only an unpaid order; models without `settle` plan no such step.
      if (paid || !r.settle) continue;
      const { method, data } = r.settle(l);
      if (l.type === 'payment.succeeded') paid = { method };
      out.push(make(l.type, at, data));
    } else if (l.type === 'order.updated') out.push(make(l.type, at, r.updated(l)));
    else if (l.type === 'order.cancelled') {
      closed = true;
      out.push(make(l.type, at, cancelData(money, email, l.reason)));
      if (r.refundCancelled && paid && !later.some((x) => x.type === 'refund.created'))
        out.push(
          make('refund.created', at + 60_000, {
            ...money,
            reason: 'order_cancelled',
            paymentMethod: paid.method,
          }),
        );
    } else if (paid) {
      const by = { paymentMethod: paid.method };
      if (l.type === 'refund.created')
        out.push(make(l.type, at, { ...money, amount: l.amount ?? money.amount, ...reasonOf(l), ...by }));
      else out.push(make(l.type, at, { ...money, ...reasonOf(l), ...by, ...cardOf(paid.card) }));
    }
    t = Math.max(t, at);
  }
  return out.sort((a, b) => a.at - b.at);
}
