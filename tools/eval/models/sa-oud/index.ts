import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * sa-oud: "Dar Al Oud", a Riyadh perfumery selling oud oils, bakhoor, perfumes and gift sets online in Saudi
 * riyals to the Kingdom, the other Gulf states, the UK and Egypt, over the last three weeks of Ramadan and
 * Eid al-Fitr (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'sa-oud',
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
      numbers: [240_000, 9_999, 3],
      orderId: (n) => `DAO-${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const saOudModel: TrafficModel = {
  name: 'sa-oud',
  description:
    'A Riyadh perfumery selling oud oils, oud wood, bakhoor, perfumes, musk and Eid gift sets online in Saudi ' +
    'riyals to Saudi Arabia, the other Gulf states, the UK and Egypt over the last three weeks of Ramadan and Eid ' +
    'al-Fitr (mada, Visa/Mastercard, Apple Pay, STC Pay, Tabby and Tamara instalments, a large share of cash on ' +
    'delivery), bought by Saudi families, Eid gift-givers sending to relatives in other cities and Gulf states, ' +
    'oud connoisseurs, expatriate workers on company networks, Gulf residents, companies, travellers and VPN users; ' +
    'with stolen foreign and phished Saudi cards buying oud for resale, fake cash-on-delivery orders refused at ' +
    'the door, SIM-swap account takeover, instalment abuse, promo-code farms, card testing, refund abuse and ' +
    'buyers tied to Iran and Syria.',
  generate,
};
