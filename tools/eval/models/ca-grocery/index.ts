import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { START } from './calendar.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { world } from './people.js';

/**
 * ca-grocery: "Panier Boréal", a Canadian online grocery and meal-kit delivery service in Ontario, Quebec,
 * British Columbia and Alberta, over the three weeks before the December holidays (README.md).
 */

const DEFAULT_ORDERS = 2000;
/** Thursday 3 December to Christmas Eve: twenty-one days. */
const DEFAULT_HOURS = 21 * 24;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, {
    orders: DEFAULT_ORDERS,
    start: START,
    hours: DEFAULT_HOURS,
  });
  const window = { start, end: start + span };
  const rng = new Rng(`panier-boreal:${seed}`);

  // Fraud is 3–5 % of orders, drawn per seed.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.03, 0.05));
  const w = world(rng.fork('world'), window, orders);
  const hr = rng.fork('honest');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) => honest(r, w, kind));
  const purchases = [...good, ...planFraud(rng.fork('fraud'), w, fraudCount)].sort((a, b) => a.at - b.at);

  const wire = rng.fork('wire');
  const next = orderNumbers(wire, 7_100_000, 99_999, 4);
  return labelledStream('ca-grocery', seed, purchases, (p) => {
    const orderId = `PB-${next()}`;
    return { orderId, webhooks: webhooksFor(wire, p, orderId, `pi_${wire.token(24)}`) };
  });
}

export const caGroceryModel: TrafficModel = {
  name: 'ca-grocery',
  description:
    'A Canadian online grocery and meal-kit delivery service (CAD; Ontario, Quebec, BC, Alberta; French and ' +
    'English customers) over the three weeks before the December holidays: weekly baskets with delivery slots, ' +
    'weekly meal-kit renewals charged to saved cards without CVC, wine and beer where allowed, baby formula, ' +
    'gift cards and prepaid credit; households, students, seniors, grown children ordering for parents and ' +
    'offices ordering lunch, paying by card, Apple/Google Pay or PayPal with welcome and referral codes; with card ' +
    'testing, stolen cards on resellable baskets, aged-account fullz behind residential proxies, gift-card ' +
    'cash-outs, account takeovers, promo farms, friendly fraud and refund abuse.',
  generate,
};
