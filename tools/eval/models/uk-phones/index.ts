import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { worldOf } from './world.js';

/**
 * uk-phones: "Deansgate Mobile", a Manchester online retailer of SIM-free phones, tablets, watches, earbuds and
 * refurbished devices selling in pounds to the UK and in euros to Ireland, over the fortnight of a flagship
 * phone launch in September (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'uk-phones',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: worldOf,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_100_000, 99_999, 3],
      orderId: (n) => `DM${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ukPhonesModel: TrafficModel = {
  name: 'uk-phones',
  description:
    'A Manchester online retailer of SIM-free phones, tablets, smartwatches, earbuds and refurbished devices ' +
    'selling in pounds to the UK and in euros to Ireland over the fortnight of a flagship phone launch in ' +
    'September (pre-orders, launch-day delivery, trade-ins, pay monthly through a finance partner, PayPal, Apple ' +
    'Pay, Klarna, cards with 3-D Secure and AVS, next-day delivery, click-and-collect at partner shops), bought ' +
    'by regulars, launch pre-orderers, first-time buyers, refurbished-bargain hunters, pay-monthly applicants, ' +
    'gift-givers, Irish customers, travellers, expats and VPN users, small firms, people who fumble their card ' +
    'and serial returners; with stolen cards, intercepted deliveries, card testing, account takeover, finance ' +
    'application fraud in stolen identities, launch-stock resellers, refund abuse, friendly fraud and buyers ' +
    'from sanctioned jurisdictions.',
  generate,
};
