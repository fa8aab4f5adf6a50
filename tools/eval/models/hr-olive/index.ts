import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';
import { DAYS, START } from './places.js';

/**
 * hr-olive: a Split family shop for olive oil, Dalmatian wine and prošek, Hvar lavender, Istrian truffles, fig
 * jam, Nin salt and souvenirs, selling online over five peak-season weeks of July and August (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'hr-olive',
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
      numbers: [26_000, 999, 3],
      orderId: (n) => `SKR-${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const hrOliveModel: TrafficModel = {
  name: 'hr-olive',
  description:
    'A Split family shop selling extra-virgin olive oil, Dalmatian wines and prošek, Hvar lavender, Istrian ' +
    'truffles, fig jams, Nin sea salt, licitar hearts and souvenirs online in euros to Croatia and the EU and in ' +
    'pounds and dollars to the UK and US over five peak weeks of July and August (cards under 3-D Secure, KEKS ' +
    'Pay, Aircash, PayPal, opća uplatnica, cash on delivery, pickup at the shop; same-day van to apartments, ' +
    'hotels and marinas), bought by locals, tourists, charter crews, cruise passengers, the diaspora in Germany ' +
    'and Austria and restaurants buying oil by the case; with card testing, stolen cards shipped to holiday ' +
    'rentals, fake cash-on-delivery orders, friendly fraud, account takeover, triangulation, breakage-claim ' +
    'refund abuse, forged transfer slips and buyers from sanctioned jurisdictions.',
  generate,
};
