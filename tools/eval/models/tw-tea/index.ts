import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { type World } from './assemble.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * tw-tea: "Yunshan Tea House" (雲山茶行), a Dadaocheng tea merchant in Taipei selling online in New Taiwan dollars
 * across Taiwan and in US and Hong Kong dollars, yen and euros abroad, over the four weeks before Lunar New Year
 * 2027 (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'tw-tea',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders): World => ({
        window,
        accounts: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [270_100, 999, 3],
      orderId: (n) => `YS${n}`,
      paymentId: (wire) => `TX${wire.digits(16)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const twTeaModel: TrafficModel = {
  name: 'tw-tea',
  description:
    'A Taipei tea house selling Taiwanese oolong, black and green tea, teaware, New Year gift boxes and tea-class ' +
    'vouchers online in New Taiwan dollars across Taiwan and in US and Hong Kong dollars, yen and euros to Hong ' +
    'Kong, Japan, North America and Europe over the four weeks before Lunar New Year (cards under SMS 3-D Secure, ' +
    'LINE Pay, JKOPay, ATM virtual accounts, cash at 7-Eleven and FamilyMart pickup, black-cat delivery, PayPal, ' +
    'Alipay HK, EMS and DHL), bought by households, regulars, parents on their children’s accounts, offices with ' +
    'tax-ID invoices, the diaspora sending gifts home, Hong Kong and Japanese tea lovers, cafés abroad, travellers ' +
    'and VPN users; with card testing, phished cards with their one-time passwords, cards stolen abroad, account ' +
    'takeover, triangulation through fake gift-box sellers, friendly fraud, prank cash-on-pickup orders, refund ' +
    'abuse and buyers in sanctioned countries.',
  generate,
};
