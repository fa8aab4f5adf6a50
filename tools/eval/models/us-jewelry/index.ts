import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * us-jewelry: "Facet & Co.", a New York online fine jeweller selling in US dollars to the 50 states and a little
 * to Canada and the UK, over the two weeks before Valentine's Day (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'us-jewelry',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [104_000, 9_999, 3],
      orderId: (n) => `FC${n}`,
      paymentId: (wire) => `pi_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const usJewelryModel: TrafficModel = {
  name: 'us-jewelry',
  description:
    'A New York online fine jeweller selling in US dollars to the 50 states and a little to Canada and the UK over ' +
    'the two weeks before Valentine’s Day (engagement rings, diamond studs, tennis bracelets, gold chains, watches, ' +
    'lab-grown diamonds, personalised pieces, e-gift cards; signature delivery, FedEx hold-at-location, showroom ' +
    'pickup; cards with AVS, Apple Pay, PayPal, Shop Pay and Affirm), bought by loyalty members, first-time gift ' +
    'buyers, partners shipping to another address, engagement-ring buyers, last-minute e-gift buyers, travellers ' +
    'and expats, office and VPN users, families sharing cards and laptops, people who mistype their card, returners ' +
    'and companies; with stolen cards shipped to reshippers or collected by mules at FedEx counters, card testing ' +
    'on e-gift cards, takeover of loyalty accounts, marketplace triangulation, friendly fraud, diamond-swap returns ' +
    'and buyers from sanctioned jurisdictions.',
  generate,
};
