import { type Rng } from '../kit/random.js';
import { accountTakeover, friendlyFraud, returnFraud } from './fraud-accounts.js';
import { cardTesting, giftCardCashout, otpPhishedCard, stolenForeignCard } from './fraud-cards.js';
import { codFakeOrders, promoReferralAbuse, resellerBulk } from './fraud-cod.js';
import { allocate, type FraudKind } from './fraud-kit.js';
import { type Purchase, type Window } from './purchase.js';

/** Every fraudulent purchase of a stream: `count` split over the kinds in their shares (fraud-kit.ts). */

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: Window, count: number) => Purchase[]>> = {
  cod_fake_orders: codFakeOrders,
  promo_referral_abuse: promoReferralAbuse,
  stolen_foreign_card: stolenForeignCard,
  return_fraud: returnFraud,
  otp_phished_card: otpPhishedCard,
  account_takeover: accountTakeover,
  reseller_bulk: resellerBulk,
  card_testing: cardTesting,
  friendly_fraud: friendlyFraud,
  gift_card_cashout: giftCardCashout,
};

export function planFraud(rng: Rng, w: Window, count: number): Purchase[] {
  const want = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((kind) =>
    want[kind] > 0 ? PLANNERS[kind](rng.fork(kind), w, want[kind]) : [],
  );
}
