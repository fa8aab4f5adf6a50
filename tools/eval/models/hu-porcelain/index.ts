import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { buildWorld } from './world.js';

/**
 * hu-porcelain: a Budapest dealer in Herend and Zsolnay porcelain, Ajka crystal and antiques with certificates,
 * selling online in forints at home and in euros, pounds and dollars abroad over the three weeks of its
 * Christmas season (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'hu-porcelain',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => buildWorld(rng, window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [104_000, 2_999, 3],
      orderId: (n) => `VP-${n}`,
      paymentId: (wire) => `sp_${wire.digits(9)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const huPorcelainModel: TrafficModel = {
  name: 'hu-porcelain',
  description:
    'A Budapest dealer in Herend and Zsolnay porcelain, Ajka crystal and certified antiques selling online in ' +
    'forints to Hungary and in euros, pounds and US dollars to Europe, the US, the Gulf and East Asia over the ' +
    'three weeks of its Christmas season (figurines, dinner services, vases, gift vouchers; cards under 3-D ' +
    'Secure, Apple and Google Pay, PayPal, forint transfers and SWIFT wires, cash on delivery, pick-up and ' +
    'payment at the Váci utca shop; insured courier and DHL Express), bought by households, collectors at home ' +
    'and abroad, Hungarians in the diaspora and across the borders, companies, travellers and VPN and relay ' +
    'users; with card testing, stolen cards shipped to Budapest drops and reshippers, triangulation, voucher ' +
    'cash-out, account takeover, wire fraud with forged transfer slips, friendly fraud, breakage-claim refund ' +
    'abuse and buyers from sanctioned jurisdictions.',
  generate,
};
