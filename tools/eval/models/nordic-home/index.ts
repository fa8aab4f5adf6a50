import { type LabelledStream, type TrafficModel } from '../../traffic-model.js';
import { Calendar } from './calendar.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { planHonest } from './honest.js';
import { Rng } from './random.js';
import { World } from './world.js';
import { labelledStream, streamSize, type StreamDefaults } from '../kit/stream.js';

/**
 * nordic-home: a mid-sized home, furniture, kitchen and apparel shop selling across the Nordics, Baltics,
 * DACH, Benelux and Poland (README.md describes the distributions and why). Written from first principles of
 * how such a shop's customers and fraudsters behave.
 */

/** Thursday before Black Friday 2026, 00:00 UTC: three days that include the busiest day of the year. */
const DEFAULT_START = Date.UTC(2026, 10, 26);
const DEFAULT_ORDERS = 2000;
/** About 2,000 orders in three days; other sizes keep the rate, within six hours to sixty days. */
const SIZE: StreamDefaults = {
  orders: DEFAULT_ORDERS,
  start: DEFAULT_START,
};

function generate(seed: number, options: { orders?: number; start?: number } = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, SIZE);
  const rng = new Rng(`nordic-home:${seed}`);
  const world = new World(rng.fork('world'), new Calendar(start, start + span));

  const fraudShare = rng.fork('share').float(0.065, 0.095);
  const fraudCount = Math.min(orders, Math.round(orders * fraudShare));
  const purchases = [
    ...planHonest(rng.fork('honest'), world, orders - fraudCount),
    ...planFraud(rng.fork('fraud'), world, fraudCount),
  ].sort((a, b) => a.at - b.at);

  // Order numbers run in checkout order, as a shop's sequence does.
  const events = rng.fork('events');
  const firstOrder = 100_000 + events.int(0, 800_000);
  return labelledStream('nordic-home', seed, purchases, (purchase, index) => {
    const orderId = String(firstOrder + index);
    return { orderId, webhooks: webhooksFor(events, purchase, orderId, `pay_${events.idToken(18)}`) };
  });
}

export const nordicHomeModel: TrafficModel = {
  name: 'nordic-home',
  description:
    'A mid-sized Nordic/Baltic/DACH/Benelux home, furniture, kitchen and apparel shop: long-tailed baskets, ' +
    'returning households, trade buyers, click-and-collect, gift peaks and cross-border lives, with card ' +
    'testing, stolen cards, account takeover, throwaway accounts and sanctioned-country orders.',
  generate,
};
