import { type Rng } from '../kit/random.js';
import { accountTakeover, instantCreditBustout, resellerRing } from './fraud-accounts.js';
import { friendlyFraud, refundAbuse } from './fraud-customers.js';
import {
  bopisStolenCard,
  cardTestingSession,
  egiftCashout,
  muleAddresses,
  reshippingMule,
} from './fraud-cards.js';
import { regular, type World } from './people.js';
import { type Purchase } from './purchase.js';

/** Fraud kinds and their shares of fraud orders (README.md has the table). */
export const FRAUD = {
  bopis_stolen_card: 22,
  card_testing: 20,
  account_takeover: 12,
  egift_card_cashout: 9,
  doorbuster_limit_evasion: 9,
  friendly_fraud: 9,
  reshipping_mule: 8,
  refund_abuse: 6,
  instant_credit_bustout: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** Orders per kind for `total` fraud orders: largest remainders, every kind at least one when there is room. */
export function allocate(total: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const weight = kinds.reduce((s, k) => s + FRAUD[k], 0);
  const out = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<FraudKind, number>;
  const floor = total >= kinds.length ? 1 : 0;
  let left = total - floor * kinds.length;
  const exact = kinds.map((k) => ({ k, x: (left * FRAUD[k]) / weight }));
  for (const { k, x } of exact) out[k] = floor + Math.floor(x);
  left -= exact.reduce((s, { x }) => s + Math.floor(x), 0);
  for (const { k } of [...exact]
    .sort((a, b) => (b.x % 1) - (a.x % 1) || FRAUD[b.k] - FRAUD[a.k])
    .slice(0, left))
    out[k] += 1;
  return out;
}

/** Splits `n` into runs of `min`–`max` (the last may be shorter). */
function runs(rng: Rng, n: number, min: number, max: number): number[] {
  const out: number[] = [];
  for (let left = n; left > 0;) {
    const size = Math.min(left, rng.int(min, max));
    out.push(size);
    left -= size;
  }
  return out;
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  const want = allocate(count);
  const out: Purchase[] = [];
  const each = (kind: FraudKind, make: (r: Rng) => Purchase) => {
    const r = rng.fork(kind);
    for (let i = 0; i < want[kind]; i++) out.push(make(r.fork(`o${i}`)));
  };
  each('bopis_stolen_card', (r) => bopisStolenCard(r, w));
  each('account_takeover', (r) => accountTakeover(r, w));
  each('egift_card_cashout', (r) => egiftCashout(r, w));
  each('friendly_fraud', (r) => friendlyFraud(r, w));
  each('instant_credit_bustout', (r) => instantCreditBustout(r, w));
  const mules = muleAddresses(rng.fork('mules'));
  each('reshipping_mule', (r) => reshippingMule(r, w, mules));
  const ab = rng.fork('abusers');
  const abusers = Array.from({ length: Math.max(1, Math.ceil(want.refund_abuse / 2.5)) }, () =>
    regular(ab, w.households),
  );
  each('refund_abuse', (r) => refundAbuse(r, w, abusers));
  const testing = rng.fork('card_testing');
  runs(testing, want.card_testing, 4, 12).forEach((n, i) =>
    out.push(...cardTestingSession(testing.fork(`s${i}`), w, n)),
  );
  const rings = rng.fork('rings');
  runs(rings, want.doorbuster_limit_evasion, 3, 8).forEach((n, i) =>
    out.push(...resellerRing(rings.fork(`r${i}`), w, rings.pick(w.drops), n)),
  );
  return out;
}
