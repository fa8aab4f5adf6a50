import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { customerBase } from './people.js';
import { world } from './world.js';

/**
 * us-sneakers: "Lacefront", a Los Angeles and New York sneaker and streetwear boutique selling online in US
 * dollars to the US and Canada and shipping worldwide, over two weeks of October with three drops (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, {
    orders: DEFAULT_ORDERS,
    start: START,
    hours: DAYS * 24,
  });
  const rng = new Rng(`us-sneakers:${seed}`);

  // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.05, 0.09), Object.keys(FRAUD).length);
  const w = world({ start, end: start + span }, customerBase(rng.fork('customers'), start, orders));
  const good = honestOrders(rng.fork('honest'), orders - fraudCount, HONEST, (r, kind: HonestKind) =>
    honest(r, w, kind),
  );
  const purchases = [...good, ...planFraud(rng.fork('fraud'), w, fraudCount)].sort((a, b) => a.at - b.at);

  const wire = rng.fork('wire');
  const next = orderNumbers(wire, 412_000, 4_999, 3);
  return labelledStream('us-sneakers', seed, purchases, (p) => {
    const orderId = `LF${next()}`;
    return { orderId, webhooks: webhooksFor(wire, p, orderId, `pi_${wire.token(24)}`) };
  });
}

export const usSneakersModel: TrafficModel = {
  name: 'us-sneakers',
  description:
    'A US sneaker and streetwear boutique (Los Angeles and New York stores plus the web shop) selling in US ' +
    'dollars to the US and Canada and shipping worldwide over two weeks of October with three limited drops ' +
    '(10:00 ET releases that sell out in minutes, a raffle, one pair per customer): general releases, limited and ' +
    'collaboration pairs, apparel, accessories and gift cards; cards with AVS/CVC or 3-D Secure, Apple Pay, Shop ' +
    'Pay, PayPal, Afterpay and gift cards; bought by loyalty regulars, drop entrants, raffle winners, first-time ' +
    'buyers, parents sending gifts, legitimate resellers, buyers abroad and through package forwarders, tourists ' +
    'picking up in store, campus and carrier-NAT networks, VPN and privacy-relay users; with drop bots and ' +
    'multi-accounting, card testing on e-gift cards, stolen cards shipped to reshippers in Delaware, Oregon and ' +
    'New Jersey, account takeover of loyalty members, triangulation, friendly fraud, refund abuse, welcome-code ' +
    'farms and orders tied to sanctioned jurisdictions.',
  generate,
};
