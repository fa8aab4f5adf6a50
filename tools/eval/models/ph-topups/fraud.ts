import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './build.js';
import { accountTakeover, friendlyFraud, promoAbuse } from './fraud-accounts.js';
import { billsScam, cardTesting, phishedCard, sanctionedCountry, stolenCard } from './fraud-cards.js';
import { type Purchase } from './purchase.js';

/**
 * Fraud, allocated exactly by kind (`allocateKinds`): sloppy (card testing, careless stolen cards) and careful
 * (phished Philippine cards with their OTPs, takeovers of aged accounts, the discounted-bills scam, promo farms),
 * friendly fraud, and buyers from sanctioned jurisdictions (the only kind that touches them).
 */

export const FRAUD = {
  card_testing: 22,
  stolen_card: 17,
  phished_card: 16,
  account_takeover: 12,
  bills_scam: 10,
  promo_abuse: 9,
  friendly_fraud: 9,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** How many of `count` fraudulent purchases each kind gets. */
export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card: stolenCard,
  phished_card: phishedCard,
  account_takeover: accountTakeover,
  bills_scam: billsScam,
  promo_abuse: promoAbuse,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((kind) =>
    counts[kind] > 0 ? PLANNERS[kind](rng.fork(kind), w, counts[kind]) : [],
  );
}
