import { allocateKinds } from '../kit/stream.js';
import { type Rng } from '../kit/random.js';
import { type World } from './build.js';
import { accountTakeover, bnplStolenIdentity, refundAbuse, sanctionedCountry } from './fraud-accounts.js';
import { cardTesting, forwarderReship, satelliteResale, stolenOptics } from './fraud-cards.js';
import { type Purchase } from './purchase.js';

/** The fraud kinds and their weights; each seed's fraud orders are split between them exactly by weight. */
export const FRAUD = {
  card_testing: 20,
  stolen_card_optics: 17,
  bnpl_stolen_identity: 13,
  forwarder_reship: 11,
  account_takeover: 11,
  refund_abuse: 11,
  satellite_resale: 10,
  sanctioned_country: 7,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]> = {
  card_testing: cardTesting,
  stolen_card_optics: stolenOptics,
  bnpl_stolen_identity: bnplStolenIdentity,
  forwarder_reship: forwarderReship,
  account_takeover: accountTakeover,
  refund_abuse: refundAbuse,
  satellite_resale: satelliteResale,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraud purchases, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) => PLANNERS[kind](rng.fork(kind), w, n[kind]));
}
