import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { world } from './draft.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';

/**
 * tn-dates: "Dar Deglet", a Tozeur producer-exporter of Deglet Nour dates, Sfax olive oil, harissa, honey,
 * blossom waters and Ramadan and Eid gift boxes, selling online in dinars in Tunisia and in euros to France,
 * Italy, Germany and Belgium from 9 February to 22 March 2026 (README.md).
 */

export const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'tn-dates',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [26_000, 999, 3],
      orderId: (n) => `DD-${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const tnDatesModel: TrafficModel = {
  name: 'tn-dates',
  description:
    'A Tozeur producer-exporter of Deglet Nour dates, Sfax olive oil, harissa, honey, rose and orange-blossom ' +
    'water and Ramadan and Eid gift boxes, selling online in dinars across Tunisia and in euros to France, Italy, ' +
    'Germany and Belgium over Ramadan and Eid al-Fitr 2026 (cash on delivery, bank cards and e-Dinar through the ' +
    'local gateway, D17, Flouci, transfers, foreign cards and PayPal), bought by households, the diaspora for ' +
    'itself and for family at home, parents for students abroad, foodies, mosques and associations for iftar, ' +
    'grocers and restaurants and companies; with fake cash-on-delivery orders, stolen and tested cards, account ' +
    'takeover, triangulation, friendly fraud, refund abuse, promo farms and buyers from sanctioned countries.',
  generate,
};
