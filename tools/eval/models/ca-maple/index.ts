import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest, senders } from './honest.js';
import { customerBase } from './people.js';

/**
 * ca-maple: "Érablière du Rang Saint-Joseph", a Beauce sugar shack and maple producer selling online in Canadian
 * dollars across Canada and in US dollars to the US over the 2027 sugaring season, 1 March to Easter Monday
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ca-maple',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => {
        const base = customerBase(rng.fork('customers'), window.start, orders);
        return { window, base, senders: senders(rng.fork('senders'), { window, base }, orders) };
      },
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [41_000, 999, 3],
      orderId: (n) => `ERS-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const caMapleModel: TrafficModel = {
  name: 'ca-maple',
  description:
    'A Beauce (Quebec) sugar shack and maple producer selling syrup by grade and size, maple butter, taffy, ' +
    'sugar, gift baskets, restaurant cans, jugs and pails, shack meal bookings and gift cards online in Canadian ' +
    'dollars across Canada and in US dollars to the US over the sugaring season from 1 March to Easter Monday ' +
    '(Interac e-Transfer, Interac Online, cards under 3-D Secure, Apple Pay, PayPal, invoices for companies and ' +
    'restaurants, Canada Post, couriers and farm pickup), bought by Quebec households, the rest of Canada, US gift ' +
    'senders, snowbirds in Florida, restaurants, companies and family abroad; with card testing, stolen cards on ' +
    'gift baskets and e-gift cards, bulk syrup to reshippers, account takeover, fake corporate invoices, friendly ' +
    'fraud, broken-bottle refund abuse and buyers from sanctioned jurisdictions.',
  generate,
};
