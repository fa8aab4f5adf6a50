import { type Rng } from '../kit/random.js';
import { cardTesting, giftCardCashout, phishedLocalCard, stolenForeignCard } from './fraud-cards.js';
import { accountTakeover, promoAbuse, simSwapMobileMoney } from './fraud-accounts.js';
import { fakeTransferAlert, friendlyFraud, refundAbuse } from './fraud-customers.js';
import { allocate, type FraudCtx, type FraudKind } from './fraud-kit.js';
import { type Purchase } from './purchase.js';

/** All of a stream's fraud: `count` orders split across the kinds in their shares. */

const PLANNERS: Record<FraudKind, (rng: Rng, ctx: FraudCtx, n: number) => Purchase[]> = {
  stolen_foreign_card: stolenForeignCard,
  card_testing: cardTesting,
  account_takeover: accountTakeover,
  phished_local_card: phishedLocalCard,
  sim_swap_mobile_money: simSwapMobileMoney,
  promo_abuse: promoAbuse,
  friendly_fraud: friendlyFraud,
  fake_transfer_alert: fakeTransferAlert,
  gift_card_cashout: giftCardCashout,
  refund_abuse: refundAbuse,
};

export function planFraud(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  const want = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((kind) =>
    want[kind] > 0 ? PLANNERS[kind](rng.fork(kind), ctx, want[kind]) : [],
  );
}
