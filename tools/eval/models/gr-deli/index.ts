import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './world.js';

/**
 * gr-deli: "To Bakaliko tou Psyrri", an Athens delicatessen selling Greek olive oil, honey, feta, wine, ouzo and
 * hampers online in euros to Greece, Cyprus, the EU, the UK, the US and Australia, from 4 to 30 December
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'gr-deli',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [51_000, 4_999, 3],
      orderId: (n) => `BP-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const grDeliModel: TrafficModel = {
  name: 'gr-deli',
  description:
    'An Athens delicatessen selling Greek olive oil, honey, feta in vacuum packs, wine, ouzo, Christmas sweets, ' +
    'vasilopita and gift hampers online in euros to Greece, Cyprus, the EU, the UK, the US and Australia over ' +
    'the four weeks before New Year (cards under 3-D Secure through a European acquirer, PayPal, IRIS and bank ' +
    'transfer, cash on delivery in Greece; couriers, BOX NOW lockers, same-day Attica delivery, shop pickup), ' +
    'bought by Greek households, regulars, the diaspora sending gifts home and stocking up abroad, companies ' +
    'ordering dozens of hampers, restaurants, last summer’s tourists and Greeks abroad; with stolen-card hamper ' +
    'rings, card testing on the cheapest items, takeovers of loyal accounts, triangulation through marketplace ' +
    'resellers, broken-bottle refund claims, cash-on-delivery refusals, friendly fraud and orders touching ' +
    'sanctioned jurisdictions.',
  generate,
};
