import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './people.js';

/**
 * it-fashion: "Spiga 22", a Milan designer-fashion boutique selling online in euros, dollars, pounds and yuan over
 * the fifteen days of its summer sale in early July (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'it-fashion',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [2_260_000, 49_999, 3],
      orderId: (n) => `S22-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const itFashionModel: TrafficModel = {
  name: 'it-fashion',
  description:
    'A Milan designer-fashion boutique selling online in euros, dollars, pounds and yuan to Italy, the EU, the UK, ' +
    'Switzerland, the US, China and Hong Kong, the Gulf and Japan over the two weeks of its end-of-season sale in ' +
    'early July (handbags, shoes, ready-to-wear, small leather goods, sunglasses, jewellery; free express shipping ' +
    'duty-paid or not, pickup at the Milan and Rome boutiques, 30-day returns, tax-free shopping for tourists; ' +
    'cards with 3-D Secure, Apple Pay, PayPal, Klarna, Alipay and WeChat Pay), bought by regular and VIP clients ' +
    'with personal shoppers, first-time buyers, gift buyers, tourists in Italy, travellers, daigou personal buyers, ' +
    'VPN users, shared household devices, stylists and hotel concierges; with card testing, stolen cards, reshipping ' +
    'rings, takeover of VIP accounts, reseller account farms, wardrobing, return fraud, friendly fraud and buyers ' +
    'from sanctioned jurisdictions.',
  generate,
};
