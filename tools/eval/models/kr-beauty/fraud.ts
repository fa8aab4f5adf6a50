import { type Rng } from '../kit/random.js';
import { accountTakeover, friendlyFraud, limitedSetBot, promoAbuse, refundAbuse } from './fraud-accounts.js';
import {
  cardTesting,
  phishedKrCard,
  reshippingMule,
  stolenCardForwarder,
  triangulation,
} from './fraud-cards.js';
import { allocate, type FraudCtx, type FraudKind } from './fraud-kit.js';
import { sanctioned } from './fraud-sanctioned.js';
import { type Purchase } from './purchase.js';

/** Every fraudulent purchase of a stream: `count` split exactly by kind (fraud-kit.ts), each kind planned apart. */

const PLANNERS: Record<FraudKind, (rng: Rng, c: FraudCtx, n: number) => Purchase[]> = {
  card_testing: cardTesting,
  stolen_card_forwarder: stolenCardForwarder,
  phished_kr_card: phishedKrCard,
  account_takeover: accountTakeover,
  promo_abuse: promoAbuse,
  limited_set_bot: limitedSetBot,
  reshipping_mule: reshippingMule,
  triangulation,
  friendly_fraud: friendlyFraud,
  refund_abuse: refundAbuse,
  sanctioned_country: sanctioned,
};

export function planFraud(rng: Rng, c: FraudCtx, count: number): Purchase[] {
  const split = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((k) =>
    split[k] > 0 ? PLANNERS[k](rng.fork(k), c, split[k]) : [],
  );
}
