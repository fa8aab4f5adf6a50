import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { world } from './people.js';

/**
 * eu-furniture: "CasaViva", a furniture, mattress and large-appliance retailer for Italy, Spain, Poland, Romania
 * and Greece, over the first sixteen days of the January sales (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, {
    orders: DEFAULT_ORDERS,
    start: START,
    hours: DAYS * 24,
  });
  const window = { start, end: start + span };
  const rng = new Rng(`casaviva:${seed}`);

  // Fraud is 6–9 % of orders, drawn per seed; too small a stream for every kind has none.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.06, 0.09), Object.keys(FRAUD).length);
  const w = world(rng.fork('world'), window, orders);
  const hr = rng.fork('honest');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) => honest(r, w, kind));
  const purchases = [...good, ...planFraud(rng.fork('fraud'), w, fraudCount)].sort((a, b) => a.at - b.at);

  const wire = rng.fork('wire');
  const next = orderNumbers(wire, 4_200_000, 99_999, 3);
  return labelledStream('eu-furniture', seed, purchases, (p) => {
    const orderId = `CV-${p.market}-${next()}`;
    return { orderId, webhooks: webhooksFor(wire, p, orderId, `pay_${wire.token(20)}`) };
  });
}

export const euFurnitureModel: TrafficModel = {
  name: 'eu-furniture',
  description:
    'A furniture, mattress and large-appliance retailer for Italy, Spain, Poland, Romania and Greece (EUR, PLN, ' +
    'RON) over the January sales: two-person delivery with assembly in booked slots, click-and-collect at ' +
    'warehouses, instalment plans, bank transfer, BLIK, Bizum, cash on delivery and cards under 3-D Secure; ' +
    'households, appliance emergencies, trade buyers fitting out holiday rentals and small hotels, families ' +
    'ordering across borders, foreign holiday-home owners and students; with card testing, stolen cards with and ' +
    'without the holder’s details, account takeover, collection mules, reshippers, triangulation, instalments in ' +
    'stolen names, fake trade buyers, promo farms, friendly fraud, refund abuse and buyers from sanctioned countries.',
  generate,
};
