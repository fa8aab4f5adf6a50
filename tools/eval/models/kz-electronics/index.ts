import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { world } from './build.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';

/**
 * kz-electronics: "Shanyraq", an Almaty online electronics and home-appliance retailer selling in tenge across
 * Kazakhstan and in som, sum or dollars to Kyrgyzstan and Uzbekistan, over the fortnight of its 11.11 sale
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'kz-electronics',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_120_000, 9_999, 3],
      orderId: (n) => `SH-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const kzElectronicsModel: TrafficModel = {
  name: 'kz-electronics',
  description:
    'An Almaty online electronics and home-appliance retailer selling in tenge across Kazakhstan and in som, sum ' +
    'or dollars to Kyrgyzstan and Uzbekistan over the fortnight of its 11.11 sale (phones, laptops, televisions, ' +
    'washing machines, small appliances, consoles; 0-0-12 bank instalments, QR payments in banking apps, cards ' +
    'with 3-D Secure, cash on delivery, pickup points, three-hour express in Almaty and Astana), bought mostly on ' +
    'phones over mobile data by Kazakh- and Russian-speaking families, regional cash buyers, neighbours across ' +
    'the border, companies, Kazakhs abroad and phone resellers; with stolen foreign cards buying iPhones for ' +
    'runners, instalments on stolen identity documents, SIM-swap account takeover, card testing, promo farms, ' +
    'courier collusion on cash on delivery, friendly fraud and buyers from sanctioned countries.',
  generate,
};
