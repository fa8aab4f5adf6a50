import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './checkout.js';
import { friendlyFraud, sanctionedCountry } from './fraud-buyers.js';
import { bulkOrderScam, cardTesting, stolenCardExport, stolenCardLocal } from './fraud-cards.js';
import { accountTakeover, mpesaScam, promoAbuse } from './fraud-local.js';
import { type Purchase } from './purchase.js';

/**
 * Fraud as a Kenyan shop selling crafts at home and abroad meets it, by weight: card testing on its cheapest
 * checkout, stolen foreign cards shipped abroad (reshippers, triangulation) or spent in Nairobi, M-Pesa scams
 * at the door and after, SIM-swap and password-reuse takeovers, the bulk-order scam, friendly fraud and refund
 * claims, first-order code farms, and buyers in sanctioned jurisdictions. Counts are allocated exactly.
 */
export const FRAUD = {
  card_testing: 20,
  stolen_card_export: 18,
  stolen_card_local: 11,
  mpesa_scam: 12,
  account_takeover: 7,
  bulk_order_scam: 5,
  friendly_fraud: 14,
  promo_abuse: 8,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card_export: stolenCardExport,
  stolen_card_local: stolenCardLocal,
  mpesa_scam: mpesaScam,
  account_takeover: accountTakeover,
  bulk_order_scam: bulkOrderScam,
  friendly_fraud: friendlyFraud,
  promo_abuse: promoAbuse,
  sanctioned_country: sanctionedCountry,
};

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
