import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * ma-argan: "Dar Argane", a Marrakech shop for argan oil, amlou, Moroccan cosmetics, saffron and spices,
 * babouches, leather, ceramics and Berber rugs, selling online in dirhams across Morocco and in euros abroad over
 * four summer weeks of Marhaba (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ma-argan',
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
      numbers: [31_000, 4_999, 3],
      orderId: (n) => `DA-${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const maArganModel: TrafficModel = {
  name: 'ma-argan',
  description:
    'A Marrakech shop for argan oil, amlou, ghassoul, black soap, Kelaat M’Gouna rose water, saffron and spices, ' +
    'babouches, leather bags, Safi and Fes ceramics and Berber rugs, selling online in dirhams across Morocco and in ' +
    'euros to France, Belgium, Spain, the Netherlands, Germany, Canada and the US over four summer weeks of Marhaba ' +
    '(CMI cards with 3-D Secure, cash on delivery by Amana or courier with phone confirmation, Cash Plus and ' +
    'Wafacash codes, bank transfers, PayPal and euro cards; same-day delivery to riads and hotels, rugs by freight), ' +
    'bought by locals, the diaspora at home and abroad, tourists, European and North American customers and ' +
    'spas and boutiques; with card testing, stolen European cards, riad drops, fake cash-on-delivery orders, ' +
    'phished Moroccan cards, account takeover, friendly fraud, refund abuse, triangulation and buyers from ' +
    'sanctioned jurisdictions.',
  generate,
};
