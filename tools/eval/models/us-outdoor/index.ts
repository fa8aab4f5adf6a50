import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Calendar } from './calendar.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { planHonest } from './honest.js';
import { Rng } from '../kit/random.js';
import { World } from './world.js';
import { labelledStream, streamSize, type StreamDefaults } from '../kit/stream.js';

/**
 * us-outdoor: a US/Canada outdoor and sporting-goods store that also ships to Mexico, the UK and
 * Australia (README.md describes the store, its distributions and how the model was written: from general
 * knowledge of such stores' customers and fraud, without reading Vigil's rules).
 */

/** Saturday 12 December 2026, midnight Eastern: a holiday weekend and Green Monday, near the shipping cut-off. */
const DEFAULT_START = Date.UTC(2026, 11, 12, 5);
const DEFAULT_ORDERS = 2000;
/** About 2,000 orders in three days; other sizes keep the rate, between six hours and sixty days. */
const SIZE: StreamDefaults = {
  orders: DEFAULT_ORDERS,
  start: DEFAULT_START,
};

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, SIZE);
  const rng = new Rng(`us-outdoor:${seed}`);
  const world = new World(rng.fork('world'), new Calendar(start, start + span));

  // Fraud is 5–8 % of orders: a store with working basics, at the busiest time of its year.
  const fraudCount = Math.min(orders, Math.round(orders * rng.fork('share').float(0.055, 0.075)));
  // Honest orders first: account takeovers pick victims among customers who already ordered.
  const honest = planHonest(rng.fork('honest'), world, orders - fraudCount);
  const purchases = [...honest, ...planFraud(rng.fork('fraud'), world, fraudCount)].sort(
    (a, b) => a.at - b.at,
  );

  // Order numbers follow checkout order, as the store's sequence does.
  const events = rng.fork('events');
  let next = 40_000 + events.int(0, 500_000);
  return labelledStream('us-outdoor', seed, purchases, (purchase) => {
    const orderId = String(next++);
    return { orderId, webhooks: webhooksFor(events, purchase, orderId, `pi_${events.token(24)}`) };
  });
}

export const usOutdoorModel: TrafficModel = {
  name: 'us-outdoor',
  description:
    'A US/Canada outdoor and sporting-goods store shipping also to Mexico, the UK and Australia, in the ' +
    'holiday peak: gifts, big-ticket gear, corporate bulk buys, students, soldiers, travellers, VPN and ' +
    'privacy-relay users, with card testing, stolen cards, account takeover, throwaway accounts, friendly ' +
    'fraud, promo abuse and sanctioned-country orders.',
  generate,
};
