import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest, type World } from './honest.js';
import { customerBase } from './people.js';
import { DAYS, START } from './world.js';

/**
 * us-petrx: "PawPantry", a US online pet supplies store and pet pharmacy selling in US dollars to the 50 states
 * and Puerto Rico (a few orders to Canada) over two weeks of flea and tick season, 17–30 May 2027 (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'us-petrx',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders): World => {
        const customers = customerBase(rng.fork('customers'), window.start, orders);
        return { window, customers, autoshippers: customers.filter((c) => c.autoship) };
      },
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_120_000, 99_999, 9],
      orderId: (n) => `PP${n}`,
      paymentId: (wire) => `ch_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const usPetrxModel: TrafficModel = {
  name: 'us-petrx',
  description:
    'A US online pet supplies store and pet pharmacy selling in US dollars to the 50 states, Puerto Rico and a ' +
    'little to Canada over two weeks of flea and tick season ending with the Memorial Day weekend (kibble, wet ' +
    'food, litter, treats, aquarium and bird supplies, vet-authorised flea/tick and heartworm prescriptions; ' +
    'autoship renewals on saved cards, a 35 % first-autoship offer, same-day delivery and partner-store pickup), ' +
    'bought by households, seniors on old devices, multi-pet homes, breeders, shelters, vet clinics, students, ' +
    'military APO/FPO addresses and RV travellers; with stolen cards buying resale-grade pharmacy packs for ' +
    'reshippers, autoship account takeover, card testing on cheap treats, first-autoship promo farms, friendly ' +
    'fraud, marketplace triangulation and buyers in sanctioned countries.',
  generate,
};
