import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, friendlyFraud, refundAbuse } from './fraud-accounts.js';
import { cardTesting, stolenCard, triangulation, voucherCashout } from './fraud-cards.js';
import { sanctionedCountry, wireFraud } from './fraud-other.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The fraud kinds and their weights: how a fraudulent order's count is split between them (`allocateKinds`). */
export const FRAUD = {
  stolen_card: 22,
  card_testing: 12,
  account_takeover: 11,
  voucher_cashout: 10,
  friendly_fraud: 10,
  triangulation: 9,
  refund_abuse: 8,
  sanctioned_country: 7,
  wire_fraud: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]> = {
  stolen_card: stolenCard,
  card_testing: cardTesting,
  account_takeover: accountTakeover,
  voucher_cashout: voucherCashout,
  friendly_fraud: friendlyFraud,
  triangulation,
  refund_abuse: refundAbuse,
  sanctioned_country: sanctionedCountry,
  wire_fraud: wireFraud,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((kind) =>
    counts[kind] > 0 ? PLANNERS[kind](rng.fork(kind), w, counts[kind]) : [],
  );
}
