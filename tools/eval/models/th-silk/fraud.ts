import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountTakeover, codPhones, codRefusal, friendlyFraud } from './fraud-accounts.js';
import {
  cardTesting,
  crewDevices,
  forwarderStolenCard,
  operator,
  stolenThaiCardDrop,
  triangulation,
} from './fraud-cards.js';
import { type World } from './shopping.js';
import { type Purchase } from './purchase.js';
import { sanctionedCountry } from './sanctioned.js';

/** Fraud kinds by weight; every stream with fraud has each at least once, the rest allocated by weight. */
export const FRAUD = {
  card_testing: 22,
  forwarder_stolen_card: 16,
  stolen_thai_card_drop: 13,
  account_takeover: 10,
  triangulation: 8,
  friendly_fraud: 12,
  cod_refusal: 13,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** `count` fraudulent purchases, each kind on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const times = <T>(kind: FraudKind, plan: (r: Rng, i: number) => T): T[] =>
    Array.from({ length: n[kind] }, (_, i) => plan(rng.fork(`${kind}${i}`), i));
  const cr = rng.fork('crew');
  const crew = crewDevices(cr, cr.int(2, 4));
  const ops = [operator(rng.fork('op0')), operator(rng.fork('op1'))];
  const phones = codPhones(rng.fork('phones'));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...times('forwarder_stolen_card', (r) => forwarderStolenCard(r, w)),
    ...times('stolen_thai_card_drop', (r) => stolenThaiCardDrop(r, w, crew)),
    ...times('account_takeover', (r) => accountTakeover(r, w)),
    ...times('triangulation', (r, i) => triangulation(r, w, ops[i % ops.length] ?? operator(r))),
    ...times('friendly_fraud', (r) => friendlyFraud(r, w)),
    ...times('cod_refusal', (r) => codRefusal(r, w, phones)),
    ...times('sanctioned_country', (r) => sanctionedCountry(r, w)),
  ];
}
