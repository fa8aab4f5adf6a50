import { type Rng } from '../kit/random.js';
import {
  accountTakeover,
  friendlyFraud,
  refundAbuse,
  releaseBot,
  sanctionsEvasion,
} from './fraud-accounts.js';
import { cardTesting, phishedJpCard, stolenCardForwarder, triangulation } from './fraud-cards.js';
import { allocate, type FraudCtx, type FraudKind } from './fraud-kit.js';
import { type Purchase } from './purchase.js';

/** All the week's fraud: `count` orders split over the kinds in their shares. */

const PLANNERS: Record<FraudKind, (rng: Rng, c: FraudCtx, n: number) => Purchase[]> = {
  card_testing: cardTesting,
  phished_jp_card: phishedJpCard,
  stolen_card_forwarder: stolenCardForwarder,
  account_takeover: accountTakeover,
  release_bot: releaseBot,
  triangulation,
  friendly_fraud: friendlyFraud,
  refund_abuse: refundAbuse,
  sanctions_evasion: sanctionsEvasion,
};

export function planFraud(rng: Rng, c: FraudCtx, count: number): Purchase[] {
  const want = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((k) =>
    want[k] > 0 ? PLANNERS[k](rng.fork(k), c, want[k]) : [],
  );
}
