import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase, DAYS, START } from './world.js';

/**
 * us-saas: "Frameloop", a US maker of design and video tools for creators and small teams, selling
 * subscriptions in dollars, euros and pounds worldwide over the two weeks around its Black Friday / Cyber Monday
 * annual-plan sale (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'us-saas',
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
      numbers: [4_100_000, 99_999, 7],
      orderId: (n) => `FL-${n}`,
      paymentId: (wire) => `ch_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const usSaasModel: TrafficModel = {
  name: 'us-saas',
  description:
    'A US software company selling design and video tool subscriptions in US dollars, euros and pounds to ' +
    'creators and small teams worldwide over the two weeks around a Black Friday / Cyber Monday annual-plan sale ' +
    '(monthly and annual plans, team seats, storage, AI credits, stock assets, render top-ups, gift years, $1 ' +
    'trial verifications, renewals charged on the stored card, invoiced teams, education discounts; no shipping), ' +
    'bought by freelancers in many countries, agencies, students on campus networks, teams behind corporate VPNs, ' +
    'travellers and gift-givers; with card testing on the cheapest checkout, stolen cards buying annual plans and ' +
    'AI credits for resale, trial farms, account takeover spending the stored card, lifetime-account resellers, ' +
    'friendly fraud and buyers from sanctioned jurisdictions.',
  generate,
};
