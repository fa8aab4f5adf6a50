import { DAY, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, type Line, postage, type ShipMethod } from './catalog.js';
import { type Crowd } from './people.js';
import {
  type Address,
  type Attempt,
  type Customer,
  type Device,
  type Later,
  type Method,
  type Purchase,
} from './purchase.js';

/** Fraud kinds, their shares of the fraud, and what every fraudulent order is assembled from. */

export const FRAUD = {
  card_testing: 17,
  phished_jp_card: 22,
  stolen_card_forwarder: 14,
  account_takeover: 11,
  release_bot: 12,
  triangulation: 8,
  friendly_fraud: 8,
  refund_abuse: 5,
  sanctions_evasion: 3,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** Orders per kind for `n` fraudulent orders: largest remainders, every kind at least one once n allows. */
export function allocate(n: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const total = kinds.reduce((a, k) => a + FRAUD[k], 0);
  const exact = kinds.map((k) => [k, (n * FRAUD[k]) / total] as const);
  const out = Object.fromEntries(exact.map(([k, x]) => [k, Math.floor(x)])) as Record<FraudKind, number>;
  let left = n - kinds.reduce((a, k) => a + out[k], 0);
  for (const [k] of [...exact].sort((a, b) => (b[1] % 1) - (a[1] % 1))) {
    if (left <= 0) break;
    out[k] += 1;
    left -= 1;
  }
  return out;
}

export interface FraudCtx {
  w: Window;
  start: number;
  /** Real people whose cards, accounts and addresses are used. */
  victims: Crowd;
}

export interface FraudDraft {
  kind: FraudKind;
  at: number;
  buyer: Customer;
  billing: Address;
  shipping: Address;
  shipMethod: ShipMethod;
  method: Method;
  lines: Line[];
  attempts: Attempt[];
  later?: Later[];
  ip: string;
  device: Device;
  app?: boolean;
  coupon?: string;
  discount?: number;
}

export function fraudPurchase(d: FraudDraft): Purchase {
  const fee = d.method === 'konbini' ? 220 : d.method === 'cod' ? 330 : 0;
  const basket = basketOf(
    d.lines,
    postage(d.lines, d.shipping.country ?? 'JP', d.shipMethod),
    fee,
    d.discount ?? 0,
  );
  return {
    at: d.at,
    fraud: true,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts: d.attempts,
    later: d.later ?? [],
    buyer: d.buyer,
    method: d.method,
    shipping: d.shipping,
    shipMethod: d.shipMethod,
    ip: d.ip,
    device: d.device,
    app: d.app ?? false,
    ...(d.coupon ? { coupon: d.coupon } : {}),
  };
}

/**
 * What follows a stolen card's approval: the issuer's early warning in days, the holder's chargeback in weeks;
 * some the store catches on review first and cancels (refunding the card).
 */
export function stolenCardAftermath(rng: Rng, reviewed = 0.08): Later[] {
  if (rng.chance(reviewed))
    return [{ type: 'order.cancelled', afterMs: rng.int(2, 30) * HOUR, reason: 'failed_manual_review' }];
  const out: Later[] = [];
  if (rng.chance(0.45))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(0.75))
    out.push({ type: 'dispute.created', afterMs: rng.int(18, 60) * DAY, reason: 'fraudulent' });
  return out;
}

/** Throw-away mailboxes: random locals at free providers, disposable domains, or one domain's catch-all. */
export function burnerEmail(rng: Rng, catchAll?: string): string {
  if (catchAll)
    return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(0, 3))}@${catchAll}`;
  const domain = rng.weighted({
    'gmail.com': 40,
    'outlook.com': 15,
    'outlook.jp': 10,
    'yahoo.co.jp': 8,
    'proton.me': 7,
    'sute.jp': 6,
    'hotmail.com': 8,
    'yopmail.com': 6,
  });
  return `${rng.token(rng.int(7, 12), 'abcdefghijklmnopqrstuvwxyz0123456789')}@${domain}`;
}
