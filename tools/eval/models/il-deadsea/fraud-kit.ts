import { type Address, type Buyer, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery } from './catalogue.js';
import { ipOn, networksOf } from './networks.js';
import { deviceOf, folded, type Person } from './people.js';
import { type Attempt, type Channel, fulfilment, type LaterEvent, type Purchase } from './purchase.js';

/**
 * What the fraud kinds share: throwaway identities, proxy and hosting exits, and how fraud comes to light.
 */

const RANDOM_MAIL = [
  'gmail.com',
  'gmail.com',
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'proton.me',
  'mail.com',
];
const DISPOSABLE = ['guerrillamail.com', 'yopmail.com', 'sharklasers.com', 'mailinator.com', 'tempmail.dev'];

/**
 * An e-mail made for one order: random letters and digits, or a name with digits that is not the buyer's own.
 */
export function throwawayEmail(rng: Rng, p?: Person, disposable = false): string {
  const domain = rng.pick(disposable ? DISPOSABLE : RANDOM_MAIL);
  if (p && rng.chance(0.5))
    return `${folded(p.first)}${folded(p.last)}${rng.digits(rng.int(3, 5))}@${domain}`;
  return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${domain}`;
}

/** A residential proxy exit in the country (a home broadband address bought by the hour). */
export const residentialProxy = (rng: Rng, country: string): string =>
  ipOn(rng, rng.pick(networksOf(country, 'fixed')));

/** A VPN or cloud server. */
export const hostingIp = (rng: Rng, countries: readonly string[] = ['US', 'NL', 'DE', 'GB']): string =>
  ipOn(rng, rng.pick(networksOf(rng.pick(countries), 'hosting')));

/**
 * A fraudster's browser: an anti-detect profile passing as an ordinary one, or a phone; the id often blocked.
 */
export function fraudDevice(rng: Rng, idShare = 0.7): Device {
  return deviceOf(
    rng,
    rng.weightedPick([
      ['windows', 5],
      ['iphone', 2],
      ['android', 2],
      ['headless', 1],
    ] as const),
    idShare,
  );
}

export interface Outcome {
  /** The store's own review stops it before dispatch (cancelled and refunded). */
  caught?: number;
  /** An issuer's early fraud warning. */
  warning: number;
  /** A chargeback for fraud. */
  dispute: number;
  /** The store refunds on a warning to head off the chargeback. */
  refundOnWarning?: number;
  /** Days from the order to the chargeback. */
  disputeDays?: readonly [number, number];
}

/**
 * How fraud comes to light once the money is taken: the store's review stops some before dispatch; the rest
 * ship, and the cardholder's issuer sends an early warning and/or a chargeback weeks later.
 */
export function fraudAfter(rng: Rng, delivery: Delivery, o: Outcome): LaterEvent[] {
  if (o.caught && rng.chance(o.caught)) {
    const at = rng.int(2, 20) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: at + rng.int(5, 60) * MINUTE, reason: 'fraudulent' },
    ];
  }
  const out = fulfilment(rng, delivery);
  if (rng.chance(o.warning)) {
    const warned = rng.int(2, 18) * DAY + rng.int(0, 23) * HOUR;
    out.push({ type: 'fraud_warning.created', afterMs: warned, reason: 'fraudulent' });
    if (o.refundOnWarning && rng.chance(o.refundOnWarning)) {
      out.push({ type: 'refund.created', afterMs: warned + rng.int(2, 30) * HOUR, reason: 'fraudulent' });
      return out;
    }
  }
  if (rng.chance(o.dispute)) {
    const [from, to] = o.disputeDays ?? [15, 60];
    out.push({ type: 'dispute.created', afterMs: rng.int(from, to) * DAY, reason: 'fraudulent' });
  }
  return out;
}

export interface FraudOrder {
  at: number;
  kind: string;
  basket: Basket;
  billing: Address;
  attempts: Attempt[];
  later: LaterEvent[];
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  ip?: string;
  device?: Device;
  locale: string;
  channel?: Channel;
  giftNote?: string;
  business?: { name: string; taxId: string };
}

/** A fraudulent purchase, labelled. */
export function fraudPurchase(o: FraudOrder): Purchase {
  const { channel = 'web', shipping, delivery, ...rest } = o;
  return {
    ...rest,
    fraud: true,
    channel,
    delivery,
    ...(delivery === 'email' ? {} : { shipping: shipping ?? o.billing }),
  };
}

/** Several attempts at once, each `gap` after the one before. */
export const spaced = (rng: Rng, n: number, gap: readonly [number, number]): number[] =>
  Array.from({ length: n }, (_, i) => (i === 0 ? rng.int(5_000, 40_000) : rng.int(gap[0], gap[1])));
