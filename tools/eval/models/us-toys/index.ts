import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { worldOf } from './world.js';

/**
 * us-toys: "Playhaven", a US toy and games retailer selling online in US dollars to the 50 states, DC, APO/FPO and a
 * little to Canada, over the three weeks before Christmas (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'us-toys',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: worldOf,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_810_000, 9_999, 9],
      orderId: (n) => `PH${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const usToysModel: TrafficModel = {
  name: 'us-toys',
  description:
    'A US toy and games retailer selling online in US dollars to the 50 states, APO/FPO addresses and a little to ' +
    'Canada over the three weeks before Christmas (building sets, dolls, action figures, board games, consoles and ' +
    'video games, ride-ons, trading cards and limited drops, e-gift cards; ship to home, pickup in store, gifts ' +
    'wrapped and sent to another address, wish lists; cards, PayPal, Apple Pay, the store card, Affirm and gift ' +
    'cards), bought by parents, grandparents, first-time buyers, collectors, teachers, toy drives, military families, ' +
    'Canadians, travellers and VPN users; with card testing, stolen cards, reshipping, gift-card fraud, drop bots, ' +
    'loyalty account takeover, item-not-received claims, friendly fraud and orders for sanctioned places.',
  generate,
};
