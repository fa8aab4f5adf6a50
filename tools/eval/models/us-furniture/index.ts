import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase, hostBase, tradeBase } from './people.js';

/**
 * us-furniture: "Harlow & Pine", a High Point, North Carolina online furniture, mattress and home-decor
 * retailer selling in US dollars to the 48 contiguous states (and a little to Alaska, Hawaii and Canada) over
 * the two weeks of its Presidents' Day sale (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'us-furniture',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
        trade: tradeBase(rng.fork('trade'), window.start, orders),
        hosts: hostBase(rng.fork('hosts'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [2_418_000, 9_999, 3],
      orderId: (n) => `HP${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const usFurnitureModel: TrafficModel = {
  name: 'us-furniture',
  description:
    'A North Carolina online furniture, mattress and home-decor retailer selling in US dollars to the 48 ' +
    'contiguous states (and a little to Alaska, Hawaii and Canada) over the two weeks of its Presidents’ Day ' +
    'sale (sofas, sectionals, bedroom and dining sets, mattresses, rugs, decor; white-glove and threshold freight ' +
    'with appointment windows, parcels, warehouse pickup; cards with AVS, Apple/Google Pay, PayPal, Affirm and ' +
    'the store card), bought by households, decor shoppers, financed buyers, movers, gift-givers, rental hosts, ' +
    'interior designers with trade accounts, military families, travellers and VPN users, people retrying ' +
    'declined cards, Alaska, Hawaii and Canada, and returns and genuine disputes; with stolen cards shipping to ' +
    'empty houses and export forwarders, account takeover, financing fraud in stolen identities, marketplace ' +
    'triangulation, card testing, friendly fraud, refund abuse and buyers in sanctioned jurisdictions.',
  generate,
};
