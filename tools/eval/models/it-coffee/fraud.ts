import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, bnplIdentity, friendlyFraud, tradeInAbuse } from './fraud-accounts.js';
import { cardTesting, phishedCard, sanctioned, stolenCardGuest, triangulation } from './fraud-cards.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/**
 * The fraud kinds and their weights; a seed's fraud count is allocated exactly across them (at least one each)
 * by `allocateKinds`. Sloppy: card testing, stolen-card guests. Careful: phished cards with relayed 3-D
 * Secure, takeovers, triangulation, identity theft on instalments. First-party: friendly fraud, trade-in abuse.
 * And buyers from sanctioned jurisdictions, the only kind that touches them.
 */
export const FRAUD = {
  card_testing: 15,
  stolen_card_guest: 17,
  phished_card_3ds: 14,
  account_takeover: 13,
  triangulation: 12,
  friendly_fraud: 11,
  bnpl_identity_fraud: 8,
  trade_in_abuse: 6,
  sanctioned_country: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const SINGLE: Readonly<Record<Exclude<FraudKind, 'card_testing'>, (rng: Rng, w: World) => Purchase>> = {
  stolen_card_guest: stolenCardGuest,
  phished_card_3ds: phishedCard,
  account_takeover: accountTakeover,
  triangulation,
  friendly_fraud: friendlyFraud,
  bnpl_identity_fraud: bnplIdentity,
  trade_in_abuse: tradeInAbuse,
  sanctioned_country: sanctioned,
};

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out = cardTesting(rng.fork('card_testing'), w, n.card_testing);
  for (const [kind, plan] of Object.entries(SINGLE) as Array<
    [Exclude<FraudKind, 'card_testing'>, (rng: Rng, w: World) => Purchase]
  >)
    for (let i = 0; i < n[kind]; i++) out.push(plan(rng.fork(`${kind}/${i}`), w));
  return out;
}
