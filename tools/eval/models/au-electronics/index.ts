import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { planHonest } from './honest.js';
import { Rng } from '../kit/random.js';
import { AU_ELECTRONICS_RANDOM } from './random.js';
import { World } from './world.js';
import { labelledStream, streamSize, type StreamDefaults } from '../kit/stream.js';

/**
 * au-electronics: an Australian consumer-electronics and gaming store selling to Australia, New Zealand,
 * Singapore, Japan and Indonesia, over three days around a console and phone launch (README.md describes
 * the store, its distributions and how the model was written: without reading Vigil's rules).
 */

/** Wednesday 18 November 2026, midnight in Sydney (AEDT): the stock drop is Thursday 09:00. */
const DEFAULT_START = Date.UTC(2026, 10, 17, 13);
const DEFAULT_ORDERS = 2000;
/** About 2,000 orders in three days; other sizes keep the rate, between six hours and sixty days. */
const SIZE: StreamDefaults = {
  orders: DEFAULT_ORDERS,
  start: DEFAULT_START,
};

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, SIZE);
  const rng = new Rng(`au-electronics:${seed}`, AU_ELECTRONICS_RANDOM);
  const world = new World(rng.fork('world'), start, start + span);

  // Fraud is 4.5–7.5 % of orders: launch week draws card testers and bot crews to a store like this.
  const fraudCount = Math.min(orders, Math.round(orders * rng.fork('share').float(0.045, 0.075)));
  // Honest orders first: account takeovers pick their victims among customers who already ordered.
  const honest = planHonest(rng.fork('honest'), world, orders - fraudCount);
  const purchases = [...honest, ...planFraud(rng.fork('fraud'), world, fraudCount)].sort(
    (a, b) => a.at - b.at,
  );

  const events = rng.fork('events');
  let next = 310_000 + events.int(0, 90_000);
  return labelledStream('au-electronics', seed, purchases, (purchase) => {
    const orderId = `AE${next++}`;
    return { orderId, webhooks: webhooksFor(events, purchase, orderId, `pay_${events.token(20)}`) };
  });
}

export const auElectronicsModel: TrafficModel = {
  name: 'au-electronics',
  description:
    'An Australian electronics and gaming store (phones, laptops, consoles, GPUs, game keys, gift cards) ' +
    'selling to AU, NZ, SG, JP and ID around a console and phone launch: launch queues behind carrier NAT, ' +
    'pre-orders, students with home-country cards, bulk business buys, travellers, privacy relays, with ' +
    'card testing, stolen cards to forwarders and lockers, gift-card fraud, account takeover, launch bots ' +
    'on stolen cards, triangulation, friendly fraud and sanctioned-country orders.',
  generate,
};
