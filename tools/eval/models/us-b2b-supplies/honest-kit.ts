import { type CheckResult } from '@vigil/contracts';
import { type Rng } from '../kit/random.js';
import { type Curve, when } from './calendar.js';
import { avs, type Card, type Decline, honestDecline, type Use } from './cards.js';
import { basket, type Profile } from './catalog.js';
import { type Company, type Member, buyerOf, type World } from './people.js';
import { type Address, type Market, taxAt } from './places.js';
import {
  type Attempt,
  charge,
  DAY,
  type Device,
  firstAuth,
  HOUR,
  type Later,
  MINUTE,
  poNumber,
  type Purchase,
  retry,
  type Window,
} from './purchase.js';

/** What honest planners share: paying by card as buyers really do, the account's order, and what follows. */

export interface Context {
  world: World;
  window: Window;
}

export interface CardUse {
  card: Card;
  use: Use;
  /** Charged from the account without CVC. */
  saved?: boolean;
  /** How the typed billing address fits the issuer's records. */
  match?: 'full' | 'zip' | 'none';
  /** Chance the first authorisation is declined. */
  declined?: number;
  /** Another card to try after a decline. */
  spare?: Card;
  /** Why the first authorisation is declined, when it is. */
  reason?: Decline;
}

/** Address match of a billing address typed by an honest buyer of a card type. */
export const honestMatch = (rng: Rng, use: Use): 'full' | 'zip' | 'none' =>
  rng.weighted(use === 'commercial' ? { full: 80, zip: 14, none: 6 } : { full: 91, zip: 6, none: 3 });

/** Authorisations of an honest card payment: mostly one approval; a decline is retried, fixed or abandoned. */
export function payByCard(rng: Rng, u: CardUse): Attempt[] {
  const check = (card: Card, match: 'full' | 'zip' | 'none'): { avs: CheckResult; cvc: CheckResult } => ({
    avs: avs(card, match),
    cvc: u.saved ? 'unchecked' : 'pass',
  });
  const match = u.match ?? honestMatch(rng, u.use);
  if (!rng.chance(u.declined ?? 0.035)) {
    const c = check(u.card, match);
    const typo = !u.saved && rng.chance(0.012);
    if (!typo) return [charge(u.card, true, firstAuth(rng), c.avs, c.cvc)];
    return [
      charge(u.card, false, firstAuth(rng), c.avs, 'fail', 'incorrect_cvc'),
      charge(u.card, true, retry(rng), c.avs, 'pass'),
    ];
  }
  const drawn = u.reason ?? honestDecline(rng, u.use);
  // A card on file is charged without CVC: its declines are a stale card or the issuer, never a CVC typo.
  const reason = u.saved && drawn === 'incorrect_cvc' ? 'expired_card' : drawn;
  const first = check(u.card, reason === 'incorrect_zip' ? 'none' : match);
  const failed = charge(
    u.card,
    false,
    firstAuth(rng),
    first.avs,
    reason === 'incorrect_cvc' ? 'fail' : first.cvc,
    reason,
  );
  const next = rng.weighted({ fixed: 45, spare: u.spare ? 35 : 0, gave_up: 20 });
  if (next === 'gave_up') return [failed];
  const card = next === 'spare' && u.spare ? u.spare : u.card;
  return [failed, charge(card, true, retry(rng), avs(card, 'full'), 'pass')];
}

const paid = (attempts: readonly Attempt[]) => attempts.some((a) => a.ok);

/** What happens to an honest order later: cancellations, returns, re-routes, rare disputes. */
export function honestLater(
  rng: Rng,
  p: Pick<Purchase, 'method' | 'attempts' | 'basket'>,
  o: { reroute?: Address; updateRate?: number; disputeRate?: number } = {},
): Later[] {
  const later: Later[] = [];
  const card = p.method === 'card';
  if (card && !paid(p.attempts))
    return [
      { type: 'order.cancelled', afterMs: rng.int(20 * MINUTE, 90 * MINUTE), reason: 'payment_failed' },
    ];
  if (o.reroute && rng.chance(o.updateRate ?? 0.03))
    later.push({ type: 'order.updated', afterMs: rng.int(15 * MINUTE, 8 * HOUR), shipping: o.reroute });
  const r = rng.next();
  if (r < 0.018) {
    const afterMs = rng.int(10 * MINUTE, 5 * HOUR);
    later.push({
      type: 'order.cancelled',
      afterMs,
      reason: rng.chance(0.35) ? 'duplicate_order' : 'customer_request',
    });
    if (card)
      later.push({
        type: 'refund.created',
        afterMs: afterMs + rng.int(2 * MINUTE, 2 * HOUR),
        reason: rng.chance(0.35) ? 'duplicate' : 'requested_by_customer',
      });
    return later;
  }
  if (r < 0.055) {
    const line = rng.pick(p.basket.lines);
    const amount = Math.min(
      p.basket.amount,
      line.price * Math.max(1, Math.round(line.quantity * rng.float(0.3, 1))),
    );
    later.push({
      type: 'refund.created',
      afterMs: rng.int(4 * DAY, 21 * DAY),
      reason: 'requested_by_customer',
      amount,
    });
  }
  if (card && rng.chance(o.disputeRate ?? 0.0025))
    later.push({
      type: 'dispute.created',
      afterMs: rng.int(20 * DAY, 75 * DAY),
      reason: rng.pick(['unrecognized', 'duplicate', 'product_not_received', 'credit_not_processed']),
    });
  return later;
}

export interface AccountOrder {
  profile: Profile;
  /** The storefront, when not the account's own. */
  market?: Market;
  curve?: Curve;
  member?: Member;
  ship?: Address;
  /** Sales tax at `ship` when it is not one of the known cities. */
  taxRate?: number;
  scale?: number;
  ip?: string;
  device?: Device;
  method?: 'card' | 'invoice';
  /** Card payment overrides. */
  pay?: Partial<CardUse>;
  at?: number;
  later?: (p: Purchase) => Later[];
}

/** An order placed on a company account by one of its buyers. */
export function accountOrder(rng: Rng, ctx: Context, kind: string, c: Company, o: AccountOrder): Purchase {
  const m = o.member ?? rng.pick(c.members);
  const at = o.at ?? when(rng, ctx.window, c.zone, o.curve ?? 'office');
  const shipping = o.ship ?? c.office;
  const taxRate = o.taxRate ?? taxAt(shipping);
  const market = o.market ?? c.market;
  const b = basket(rng, o.profile, { market, taxRate, exempt: c.exempt, scale: o.scale ?? 1 });
  const method = o.method ?? (c.terms && rng.chance(0.7) ? 'invoice' : 'card');
  const po =
    method === 'invoice' || rng.chance(['school', 'enterprise', 'clinic'].includes(c.sector) ? 0.4 : 0.1);
  const card = rng.pick(c.cards);
  const spare = c.cards.find((x) => x !== card);
  const attempts =
    method === 'invoice'
      ? []
      : payByCard(rng, { card, use: c.use, saved: c.saved, ...(spare ? { spare } : {}), ...o.pay });
  const p: Purchase = {
    at,
    fraud: false,
    kind,
    basket: b,
    billing: c.billing,
    attempts,
    later: [],
    market,
    buyer: buyerOf(m),
    account: c.id,
    ...(po ? { po: poNumber(rng) } : {}),
    method,
    shipping,
    ip: o.ip ?? c.ip,
    device: o.device ?? (c.shared && rng.chance(0.5) ? c.shared : m.device),
  };
  p.later = o.later ? o.later(p) : honestLater(rng, p, { reroute: rng.pick([c.office, ...c.sites]) });
  return p;
}
