import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { honest, HONEST } from './honest.js';
import { customerBase } from './people.js';

/**
 * ie-gaming: "Pixel Harbour", a Dublin video-game, console and accessories retailer selling online in euros to
 * Ireland and the EU and in pounds to Northern Ireland and Great Britain, over the fortnight of a limited console
 * bundle launch and a blockbuster release in November 2026 (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ie-gaming',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_210_000, 9_999, 3],
      orderId: (n) => `PH-${n}`,
      paymentId: (wire) => `psp_${wire.token(16).toUpperCase()}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ieGamingModel: TrafficModel = {
  name: 'ie-gaming',
  description:
    'A Dublin online video-game, console and accessories retailer selling in euros to Ireland and the EU and in ' +
    'pounds to Northern Ireland and Great Britain over the two weeks of a limited PS5 Pro bundle launch and a ' +
    'blockbuster release in November (consoles, games, pre-orders, collector’s editions, digital codes, wallet ' +
    'top-ups, in-game currency, controllers, headsets, chairs, PC kit, e-gift cards and trade-in credit; cards with ' +
    '3-D Secure, Apple and Google Pay, PayPal, Klarna, Revolut Pay, store credit; An Post, DPD, click and collect in ' +
    'Dublin, Cork and Galway, codes by e-mail), bought by gamers, launch-day queuers, parents on their children’s ' +
    'accounts, gift-givers and emigrants, students on neobank cards, VPN users, border households, trade-in customers ' +
    'and LAN cafés; with card testing, stolen cards turned into codes, account takeover, reseller bots, reshipping ' +
    'mules, collection runners, triangulation, friendly fraud and buyers from sanctioned countries.',
  generate,
};
