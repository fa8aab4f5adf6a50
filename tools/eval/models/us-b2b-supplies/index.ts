import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { world } from './people.js';

/**
 * us-b2b-supplies: "Ironbridge Supply", an online store for business and industrial supplies with a US and a
 * Canadian storefront, over three working days (README.md).
 */

/** Tuesday 15 September 2026, 04:00 UTC: midnight in New York. */
const DEFAULT_START = Date.UTC(2026, 8, 15, 4);
const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, { orders: DEFAULT_ORDERS, start: DEFAULT_START });
  const window = { start, end: start + span };
  const rng = new Rng(`ironbridge-b2b:${seed}`);

  // Fraud is 5.5–9.5 % of orders, drawn per seed.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.055, 0.095));
  const ctx = { world: world(rng.fork('world'), start, orders), window };
  const hr = rng.fork('honest');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) => honest(r, ctx, kind));
  const purchases = [...good, ...planFraud(rng.fork('fraud'), ctx, fraudCount)].sort((a, b) => a.at - b.at);

  const wire = rng.fork('wire');
  const next = orderNumbers(wire, 7_100_000, 99_999, 4);
  return labelledStream('us-b2b-supplies', seed, purchases, (p) => {
    const orderId = `IB-${p.market}-${next()}`;
    return { orderId, webhooks: webhooksFor(wire, p, orderId, `pi_${wire.token(24)}`) };
  });
}

export const usB2bSuppliesModel: TrafficModel = {
  name: 'us-b2b-supplies',
  description:
    'An online store for business and industrial supplies with US and Canadian storefronts (USD/CAD): office ' +
    'supplies, janitorial, safety gear, tools, IT accessories, toner and packaging, sold to company accounts ' +
    'with several buyers on shared office networks, purchase orders, net-30 terms, corporate cards and job-site ' +
    'and branch deliveries, and to households; with stolen cards shipped to freight forwarders and mules, ' +
    'triangulation, card testing, account takeovers adding new ship-tos, impersonated schools and hospitals, ' +
    'net-terms bust-outs, employees misusing company cards, friendly fraud and refund abuse.',
  generate,
};
