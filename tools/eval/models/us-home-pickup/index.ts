import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { THANKSGIVING } from './calendar.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { world } from './people.js';

/**
 * us-home-pickup: "Keystone Home & Tech", the online store of a US home-improvement and consumer-electronics
 * chain, mostly buy-online-pick-up-in-store, over the holiday weeks from Thanksgiving (README.md).
 */

const DEFAULT_ORDERS = 2000;
/** Thanksgiving to Tuesday 15 December: twenty days. */
const DEFAULT_HOURS = 20 * 24;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, {
    orders: DEFAULT_ORDERS,
    start: THANKSGIVING,
    hours: DEFAULT_HOURS,
  });
  const window = { start, end: start + span };
  const rng = new Rng(`keystone-home-pickup:${seed}`);

  // Fraud is 3.5–5.5 % of orders, drawn per seed.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.035, 0.055));
  const w = world(rng.fork('world'), window, orders);
  const hr = rng.fork('honest');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) => honest(r, w, kind));
  const purchases = [...good, ...planFraud(rng.fork('fraud'), w, fraudCount)].sort((a, b) => a.at - b.at);

  const wire = rng.fork('wire');
  const next = orderNumbers(wire, 40_000_000, 999_999, 9);
  return labelledStream('us-home-pickup', seed, purchases, (p) => {
    const orderId = `KH${next()}`;
    return { orderId, webhooks: webhooksFor(wire, p, orderId, `pay_${wire.token(20)}`) };
  });
}

export const usHomePickupModel: TrafficModel = {
  name: 'us-home-pickup',
  description:
    'The online store of a US home-improvement and consumer-electronics chain (USD, 48 states) over the holiday ' +
    'weeks from Thanksgiving with doorbuster drops: mostly buy-online-pick-up-in-store and curbside (by the buyer ' +
    'or a named alternate), the rest same-day delivery or ship-to-home; households, DIYers, pros with loyalty ' +
    'accounts and gift buyers paying by card, Apple Pay, PayPal, store card or financing; with stolen cards picked ' +
    'up by runners, card testing, account takeovers, eGift cash-outs, reshipping mules, reseller rings beating ' +
    'purchase limits, instant-credit bust-outs, friendly fraud and refund abuse.',
  generate,
};
