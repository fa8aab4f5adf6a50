import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './shopping.js';

/**
 * th-silk: "Ruen Mai Silk", a Bangkok house of Thai silk and home textiles selling online in baht to Thailand
 * and in dollars, euros, pounds and Australian dollars abroad, from the week before Loy Krathong to New Year
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'th-silk',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [40_000, 2_000, 3],
      orderId: (n) => `RMS-${n}`,
      paymentId: (wire) => `chrg_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const thSilkModel: TrafficModel = {
  name: 'th-silk',
  description:
    'A Bangkok house of Thai silk and home textiles (scarves, ties, cushion covers, silk by the metre and the ' +
    'bolt, made-to-measure shirts and dresses, elephant-print souvenirs) selling online in baht to Thailand and ' +
    'in dollars, euros, pounds and Australian dollars abroad from the week before Loy Krathong to New Year ' +
    '(PromptPay, Thai cards with OTP, TrueMoney and cash on delivery at home; cards under 3-D Secure and PayPal ' +
    'abroad), bought by Thai shoppers and companies, tourists on hotel Wi-Fi and tourist SIMs and after they fly ' +
    'home, Christmas gift-givers, Thai expats sending gifts home, Thais travelling, interior designers and ' +
    'hotels buying bolts by the dozen; with card testing, stolen foreign cards sent to freight forwarders, ' +
    'phished Thai cards sent to condo drops, account takeover, triangulation, friendly fraud, cash-on-delivery ' +
    'refusals and buyers from sanctioned countries.',
  generate,
};
