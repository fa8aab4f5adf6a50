import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { planHonest } from './honest.js';
import { Rng } from '../kit/random.js';
import { UK_FASHION_RANDOM } from './random.js';
import { World } from './world.js';
import { labelledStream, streamSize, type StreamDefaults } from '../kit/stream.js';

/**
 * uk-fashion: a UK & Ireland fashion, footwear and beauty retailer over the three days around Black Friday,
 * with a limited trainer drop on the Saturday (README.md: the store, the stream, the composition, and how it
 * was written without reading Vigil's rules or the other models).
 */

/** Thursday 26 November 2026, 00:00 GMT: the sale opens at 22:00, the trainers drop Saturday 08:00. */
const DEFAULT_START = Date.UTC(2026, 10, 26);
const DEFAULT_ORDERS = 2000;
const SIZE: StreamDefaults = {
  orders: DEFAULT_ORDERS,
  start: DEFAULT_START,
};

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, SIZE);
  const rng = new Rng(`uk-fashion#${seed}`, UK_FASHION_RANDOM);
  const world = new World(rng.fork('world'), start, start + span);

  // Fraud is 4.5–8 % of orders, drawn per seed: Black Friday and a hyped drop pull in crews.
  const fraudCount = Math.min(orders, Math.round(orders * rng.fork('rate').float(0.045, 0.08)));
  const honest = planHonest(rng.fork('honest'), world, orders - fraudCount);
  const purchases = [...honest, ...planFraud(rng.fork('fraud'), world, fraudCount)].sort(
    (a, b) => a.at - b.at,
  );

  const ev = rng.fork('events');
  let number = 104_000 + ev.int(0, 50_000);
  return labelledStream('uk-fashion', seed, purchases, (p) => {
    const orderId = `TC-${number++}`;
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pi_${ev.token(22)}`) };
  });
}

export const ukFashionModel: TrafficModel = {
  name: 'uk-fashion',
  description:
    'A UK & Ireland fashion, footwear and beauty retailer (GBP/EUR) over Black Friday and a limited trainer ' +
    'drop: carrier-NAT phones, offices, students, NI/ROI border shoppers, expats, travellers, BFPO and Jersey, ' +
    'pay-later, privacy relays, heavy returns; with card testing, stolen cards with and without the ' +
    "cardholder's details, throw-away accounts, drop bots, account takeover, e-gift cash-out, refund abuse, " +
    'friendly fraud, pay-later identity fraud and sanctioned-country orders.',
  generate,
};
