import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { friendlyFraud, accountTakeover, netTermsBustOut } from './fraud-accounts.js';
import {
  cardTesting,
  pickupMule,
  reshipperStolenCard,
  sloppyStolenCard,
  triangulation,
} from './fraud-cards.js';
import { type Purchase } from './purchase.js';
import { sanctionedCountry } from './sanctioned.js';
import { type World } from './world.js';

/**
 * The store's fraud, allocated exactly by kind (`allocateKinds`: one each, the rest by weight). Careful crews
 * (reshipping, triangulation, takeovers, the net-terms bust-out, friendly fraud) look like ordinary customers;
 * testing scripts and sloppy one-offs do not.
 */

export const FRAUD = {
  card_testing: 14,
  reshipper_stolen_card: 18,
  sloppy_stolen_card: 9,
  account_takeover: 12,
  pickup_mule: 10,
  triangulation: 10,
  net_terms_bust_out: 6,
  friendly_fraud: 12,
  sanctioned_country: 9,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const PLANNERS: Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]> = {
  card_testing: cardTesting,
  reshipper_stolen_card: reshipperStolenCard,
  sloppy_stolen_card: sloppyStolenCard,
  account_takeover: accountTakeover,
  pickup_mule: pickupMule,
  triangulation,
  net_terms_bust_out: netTermsBustOut,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) =>
    PLANNERS[kind](rng.fork(kind), w, counts[kind]),
  );
}
