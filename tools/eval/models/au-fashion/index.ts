import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * au-fashion: "Marlowe Lane", a Sydney women's fashion, shoes and accessories label selling online in
 * Australian dollars to Australia, New Zealand dollars to New Zealand and a little in US dollars to the US,
 * over the Click Frenzy and Black Friday fortnight (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'au-fashion',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => customerBase(rng.fork('customers'), window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [418_200, 9_999, 3],
      orderId: (n) => `ML${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const auFashionModel: TrafficModel = {
  name: 'au-fashion',
  description:
    'A Sydney women’s fashion, shoes and accessories label selling online in Australian dollars to Australia, ' +
    'New Zealand dollars to New Zealand and a little in US dollars to the US over the Click Frenzy and Black ' +
    'Friday fortnight (dresses, denim, knitwear, swim, bags, jewellery, e-gift cards; Afterpay, Zip, PayPal, ' +
    'Apple Pay and cards; Australia Post, express, parcel lockers and click and collect at eight boutiques; free ' +
    'returns, influencer codes, a loyalty club, student discounts), bought by regulars, first-timers from social ' +
    'ads, Club members, gift-givers, students (some paying with cards from home), families sharing an iPad, VPN ' +
    'users, travellers, expats and companies; with card testing, stolen cards for resale to lockers and drops, ' +
    'e-gift card cash-out, account takeover, triangulation, welcome-voucher farms, Afterpay and Zip on stolen ' +
    'identities, friendly fraud and buyers from sanctioned jurisdictions.',
  generate,
};
