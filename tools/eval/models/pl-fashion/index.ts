import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';
import { worldOf } from './plan.js';
import { DAYS, START } from './purchase.js';

/**
 * pl-fashion: "Wieszak", a Polish online fashion and footwear retailer selling in złoty, koruna, forint, lei and
 * euros to Poland, Czechia, Slovakia, Hungary, Romania and the Baltics over the two weeks of Black Week (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'pl-fashion',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) =>
        worldOf(window, customerBase(rng.fork('customers'), window.start, orders)),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [5_120_000, 99_999, 5],
      orderId: (n) => `WSZ-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const plFashionModel: TrafficModel = {
  name: 'pl-fashion',
  description:
    'A Polish online fashion and footwear retailer selling in złoty, koruna, forint, lei and euros to Poland, ' +
    'Czechia, Slovakia, Hungary, Romania and the Baltics over the two weeks of Black Week in late November ' +
    '(clothes, shoes, sneakers and limited drops, bags, accessories, e-gift cards; parcel lockers, couriers, store ' +
    'pickup, free returns within 30 days; BLIK, pay-by-link transfers, 3-D Secure cards, Google/Apple Pay, PayPo ' +
    'and Klarna, cash on delivery), bought by regulars, first-time buyers, students, families, Ukrainians living ' +
    'in Poland, gift buyers, emigrants and travellers abroad, bracketers, VPN users and cash-on-delivery buyers; ' +
    'with card testing, stolen cards, account takeover, pay-later identity fraud, welcome-code farms, sneaker ' +
    'resellers’ bots, returns fraud, wardrobing and buyers in sanctioned places.',
  generate,
};
