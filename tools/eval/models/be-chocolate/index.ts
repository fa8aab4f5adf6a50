import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './people.js';

/**
 * be-chocolate: "Maison Ganache", a Brussels chocolatier selling online in euros to Belgium, the Netherlands,
 * France, Germany, Luxembourg and the UK over the four weeks before Easter (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'be-chocolate',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [410_000, 9_999, 3],
      orderId: (n) => `MG-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const beChocolateModel: TrafficModel = {
  name: 'be-chocolate',
  description:
    'A Brussels chocolatier selling online in euros to Belgium, the Netherlands, France, Germany, Luxembourg and ' +
    'the UK (prices shown in pounds) over the four weeks before Easter (pralines, truffles, Easter eggs and ' +
    'figures, gift boxes, logo boxes for companies, a monthly tasting box, workshops on the Sablon, e-gift cards; ' +
    'bpost, chilled courier abroad, shop pickup), bought by households, families, gift-givers sending abroad, ' +
    'regulars spending loyalty points, companies, British customers, tourists and travellers or VPN users, paying ' +
    'by Bancontact, iDEAL, cards under 3-D Secure, Apple/Google Pay, PayPal, Klarna and transfer; with card ' +
    'testing, gift-card cash-out on stolen cards, account takeover with stored cards and points, reshippers, ' +
    'fake corporate orders for resale, "melted on arrival" refund abuse, chargeback abuse and buyers from ' +
    'sanctioned jurisdictions.',
  generate,
};
