import { type Rng } from '../kit/random.js';
import { carded, cardTesting } from './fraud-cards.js';
import { refundAbuse, teenBinge } from './fraud-friendly.js';
import { resellers } from './fraud-rings.js';
import { paypalTakeover, takeover } from './fraud-takeover.js';
import { triangulation } from './fraud-triangulation.js';
import { allocate, FRAUD, type FraudKind } from './fraud-kit.js';
import { type Purchase, type Window } from './purchase.js';

/** The stream's fraud: `count` orders, split between the kinds in their shares (fraud-kit.ts). */
export function planFraud(rng: Rng, w: Window, count: number): Purchase[] {
  const want = allocate(count);
  const plan: Record<FraudKind, (r: Rng, n: number) => Purchase[]> = {
    card_testing: (r, n) => cardTesting(r, w, n),
    carded_gift_cards: (r, n) => carded(r, w, n, 'carded_gift_cards'),
    carded_keys_resale: (r, n) => carded(r, w, n, 'carded_keys_resale'),
    account_takeover: (r, n) => takeover(r, w, n),
    paypal_takeover: (r, n) => paypalTakeover(r, w, n),
    reseller_accounts: (r, n) => resellers(r, w, n),
    teen_parent_card: (r, n) => teenBinge(r, w, n),
    refund_abuse: (r, n) => refundAbuse(r, w, n),
    triangulation: (r, n) => triangulation(r, w, n),
  };
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((k) =>
    want[k] > 0 ? plan[k](rng.fork(k), want[k]) : [],
  );
}
