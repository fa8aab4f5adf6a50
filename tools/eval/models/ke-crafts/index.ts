import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { world } from './checkout.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';

/**
 * ke-crafts: "Ufundi House", a Nairobi shop for Kenyan crafts, tea and coffee selling online in shillings to
 * Kenya and in dollars, pounds and euros to the US, the UK, Germany and the Netherlands, over the four weeks from
 * Black Friday to Christmas Eve (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ke-crafts',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [24_000, 999, 3],
      orderId: (n) => `UF${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const keCraftsModel: TrafficModel = {
  name: 'ke-crafts',
  description:
    'A Nairobi shop for Kenyan crafts and tea (Maasai beadwork, kikoy and kanga, soapstone and wood carvings, ' +
    'sisal kiondo baskets, leather sandals, Kenyan tea and coffee) selling online in shillings to Kenya (M-Pesa, ' +
    'Airtel Money, cards with OTP, pay on delivery by rider in Nairobi and Mombasa, pickup agents, couriers ' +
    'upcountry) and in dollars, pounds and euros to the diaspora, tourists back home and boutique resellers in ' +
    'the US, the UK, Germany and the Netherlands (cards with 3-D Secure, PayPal, transfers; DHL, EMS, freight) ' +
    'over the four weeks from Black Friday to Christmas Eve, bought by Nairobi households, towns upcountry, ' +
    'expats on VPNs, companies, wedding families, Kenyans travelling, the diaspora sending gifts home, tourists ' +
    'and boutiques; with card testing, stolen foreign cards shipped to reshippers or by triangulation and spent ' +
    'in Nairobi, M-Pesa fake-SMS and reversal scams, SIM-swap and password-reuse takeovers, the bulk-order ' +
    'scam, friendly fraud and refund claims, first-order code farms and buyers in sanctioned jurisdictions.',
  generate,
};
