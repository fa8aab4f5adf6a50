import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * il-deadsea: "Yam Melach", an Israeli Dead Sea cosmetics brand selling online in shekels in Israel and in
 * dollars, euros and pounds abroad, over the four weeks from Cyber Monday through Hanukkah and Christmas
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'il-deadsea',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => customerBase(rng.fork('customers'), window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [41_000, 2_999, 3],
      orderId: (n) => `YM${n}`,
      paymentId: (wire) => `txn_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ilDeadseaModel: TrafficModel = {
  name: 'il-deadsea',
  description:
    'An Israeli Dead Sea cosmetics brand selling mud masks, salt scrubs, mineral creams, serums, gift ' +
    'sets and subscription refills online in shekels in Israel and in dollars, euros and pounds to the ' +
    'US, Europe, the UK, Canada and Australia over the four weeks around Hanukkah and Christmas ' +
    '(Isracard, Visa and Mastercard with tashlumim and ID checks at home, 3-D Secure abroad, Bit, ' +
    'PayPal, wallets; couriers, pickup lockers, airmail and express), bought by Israelis, Hanukkah ' +
    'gift-givers, creators’ followers, subscribers, customers abroad, mall-kiosk customers reordering ' +
    'refills, tourists after a Dead Sea trip, families sending gifts across borders, spas and salons, ' +
    'big first baskets, customers on new devices and Israelis travelling; with card testing, stolen ' +
    'foreign cards, phished Israeli cards, account takeover, triangulation, promo farms, friendly fraud, ' +
    'fake wholesale buyers and orders touching Russia or Belarus.',
  generate,
};
