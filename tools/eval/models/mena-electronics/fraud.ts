import { type Rng } from '../kit/random.js';
import { accountTakeover, bnplIdentityFraud, codRefusalRing } from './fraud-accounts.js';
import { friendlyFraud, promoAbuse, refundAbuse } from './fraud-buyers.js';
import { smishingLocalCard, stolenCardForeign } from './fraud-cards.js';
import { cardTesting, corporateImpersonation, giftCardCashout } from './fraud-cashout.js';
import { allocate, type FraudKind } from './fraud-kit.js';
import { type Purchase, type Window } from './purchase.js';

/** The fraud in a stream: `n` orders split over the kinds by share, each kind planned on its own generator. */

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: Window, n: number) => Purchase[]>> = {
  stolen_card_foreign: (rng, w, n) => stolenCardForeign(rng, w, n),
  smishing_local_card: smishingLocalCard,
  account_takeover: accountTakeover,
  cod_refusal_ring: codRefusalRing,
  card_testing: cardTesting,
  bnpl_identity_fraud: bnplIdentityFraud,
  reshipper_export: (rng, w, n) => stolenCardForeign(rng, w, n, 'reshipper_export'),
  friendly_fraud: friendlyFraud,
  promo_abuse: promoAbuse,
  gift_card_cashout: giftCardCashout,
  refund_abuse: refundAbuse,
  corporate_impersonation: corporateImpersonation,
};

export function planFraud(rng: Rng, w: Window, n: number): Purchase[] {
  const counts = allocate(n);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((kind) =>
    counts[kind] > 0 ? PLANNERS[kind](rng.fork(kind), w, counts[kind]) : [],
  );
}
