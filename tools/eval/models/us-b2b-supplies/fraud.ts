import { type Rng } from '../kit/random.js';
import { accountTakeover, businessImpersonation, netTermsBustOut } from './fraud-accounts.js';
import { employeeCardMisuse, friendlyFraud, refundAbuse } from './fraud-buyers.js';
import { cardTesting, reshippingMule, stolenCardForwarder, triangulation } from './fraud-cards.js';
import { type Context } from './fraud-kit.js';
import { type Purchase } from './purchase.js';

/** The fraud kinds, their shares of fraudulent orders (per 100), and the planner for each. */

export const FRAUD = {
  card_testing: 20,
  stolen_card_forwarder: 20,
  reshipping_mule: 9,
  triangulation: 7,
  account_takeover: 10,
  business_impersonation: 8,
  net_terms_bust_out: 3,
  employee_card_misuse: 8,
  friendly_fraud: 10,
  refund_abuse: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, ctx: Context, n: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card_forwarder: stolenCardForwarder,
  reshipping_mule: reshippingMule,
  triangulation,
  account_takeover: accountTakeover,
  business_impersonation: businessImpersonation,
  net_terms_bust_out: netTermsBustOut,
  employee_card_misuse: employeeCardMisuse,
  friendly_fraud: friendlyFraud,
  refund_abuse: refundAbuse,
};

/** Orders per kind for `total` fraudulent orders: the shares, largest remainders first. */
export function allocate(total: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const sum = kinds.reduce((s, k) => s + FRAUD[k], 0);
  const exact = kinds.map((k) => [k, (total * FRAUD[k]) / sum] as const);
  const out = Object.fromEntries(exact.map(([k, x]) => [k, Math.floor(x)])) as Record<FraudKind, number>;
  let left = total - kinds.reduce((s, k) => s + out[k], 0);
  for (const [k] of [...exact].sort((a, b) => (b[1] % 1) - (a[1] % 1) || FRAUD[b[0]] - FRAUD[a[0]])) {
    if (left <= 0) break;
    out[k] += 1;
    left -= 1;
  }
  return out;
}

/** `total` fraudulent orders in the window, each kind from its own generator. */
export function planFraud(rng: Rng, ctx: Context, total: number): Purchase[] {
  const want = allocate(total);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((kind) =>
    want[kind] > 0 ? PLANNERS[kind](rng.fork(kind), ctx, want[kind]) : [],
  );
}
