import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';
import { world } from './world.js';

/**
 * us-sneakers: "Lacefront", a Los Angeles and New York sneaker and streetwear boutique selling online in US
 * dollars to the US and Canada and shipping worldwide, over two weeks of October with three drops (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'us-sneakers',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) =>
        world(window, customerBase(rng.fork('customers'), window.start, orders)),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [412_000, 4_999, 3],
      orderId: (n) => `LF${n}`,
      paymentId: (wire) => `pi_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
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
