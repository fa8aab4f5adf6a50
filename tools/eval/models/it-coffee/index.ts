import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './world.js';

/**
 * it-coffee: "Crema Torino", a Turin online retailer of espresso machines, grinders, coffee and accessories
 * selling in euros to Italy, Germany, Austria, France, Spain and the Benelux and in francs to Switzerland over
 * the three weeks before Christmas (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'it-coffee',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [412_000, 9_999, 3],
      orderId: (n) => `CT-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const itCoffeeModel: TrafficModel = {
  name: 'it-coffee',
  description:
    'A Turin online retailer of espresso machines, grinders, coffee beans, capsules and accessories selling in ' +
    'euros to Italy, Germany, Austria, France, Spain and the Benelux and in francs to Switzerland over the three ' +
    'weeks before Christmas (bean-to-cup and lever machines, monthly capsule and bean subscriptions on saved ' +
    'cards, office-coffee plans, a trade-in programme, gift boxes and e-gift cards; Scalapay and PayPal in three ' +
    'instalments, cards with 3-D Secure, Satispay, SEPA transfers for businesses; courier, pick-up points and ' +
    'the Turin showroom), bought by coffee regulars, subscribers, home baristas, families, gift-givers, ' +
    'companies, trade-in customers, travellers, expats, VPN and privacy-relay users and customers who only paid ' +
    'at a later try; with card testing, stolen-card guests, phished cards with relayed 3-D Secure codes, account ' +
    'takeover, triangulation, friendly fraud, identity theft on instalments, trade-in abuse and buyers from ' +
    'sanctioned jurisdictions.',
  generate,
};
