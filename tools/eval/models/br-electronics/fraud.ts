import { type Rng } from '../kit/random.js';
import { accountTakeover, friendlyFraud, promoAbuse, refundAbuse } from './fraud-accounts.js';
import { cardTesting, muleReshipping, stolenCard, triangulation } from './fraud-cards.js';
import { allocate, type FraudCtx, type FraudKind } from './fraud-kit.js';
import { type Purchase } from './purchase.js';

/** Every fraud order of a stream: `count` split between the kinds by their shares (fraud-kit.ts). */

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, ctx: FraudCtx, n: number) => Purchase[]>> = {
  stolen_card: stolenCard,
  card_testing: cardTesting,
  account_takeover: accountTakeover,
  mule_reshipping: muleReshipping,
  triangulation: triangulation,
  promo_abuse: promoAbuse,
  friendly_fraud: friendlyFraud,
  refund_abuse: refundAbuse,
};

export function planFraud(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  const want = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((kind) =>
    want[kind] > 0 ? PLANNERS[kind](rng.fork(kind), ctx, want[kind]) : [],
  );
}
