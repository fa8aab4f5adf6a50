import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, planHonest } from './honest.js';
import { customerBase } from './people.js';

/**
 * ca-electronics: "Lakeshore Electronics", a Toronto consumer-electronics retailer selling online in Canadian
 * dollars to every province and territory, in English and French, over Boxing Day week and the days around it
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ca-electronics',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest,
      planFraud,
      numbers: [4_120_000, 9_999, 6],
      orderId: (n) => `LKE-${n}`,
      paymentId: (wire) => `pi_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const caElectronicsModel: TrafficModel = {
  name: 'ca-electronics',
  description:
    'A Toronto consumer-electronics retailer selling online in Canadian dollars to every province and territory ' +
    '(English and French storefronts) over Boxing Day week and the days before and after it (laptops, phones, TVs, ' +
    'gaming, PC parts, cameras, audio, smart home, gift cards; shipping, express, store pickup and e-mailed gift ' +
    'cards; cards with AVS on postal codes, Apple and Google Pay, PayPal, Interac Online, Affirm and gift cards), ' +
    'bought by regulars, first-time guests, gift-givers, pickup shoppers, snowbirds and travellers, students, ' +
    'businesses, families sharing devices, people who retry their card, rural and northern buyers, returners and VPN ' +
    'users; with stolen cards, pickup fraud, account takeover, card testing, reshippers and triangulation, ' +
    'throw-away accounts, friendly fraud, refund abuse and buyers from sanctioned jurisdictions.',
  generate,
};
