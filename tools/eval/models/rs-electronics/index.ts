import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { accountBase } from './people.js';

/**
 * rs-electronics: "Tehno Kutak", a Belgrade consumer-electronics and home-appliance retailer selling online in
 * dinars across Serbia and in euros to Montenegro, Bosnia and Herzegovina and North Macedonia, from the week
 * before Crni petak to the New Year rush (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'rs-electronics',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        accounts: accountBase(rng.fork('accounts'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [2_410_000, 9_999, 5],
      orderId: (n) => `TK${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const rsElectronicsModel: TrafficModel = {
  name: 'rs-electronics',
  description:
    'A Belgrade consumer-electronics and home-appliance retailer selling phones, laptops, TVs, consoles, white ' +
    'goods and small appliances online in dinars across Serbia and in euros to Montenegro, Bosnia and ' +
    'Herzegovina and North Macedonia over Crni petak and December (cash on delivery, Dina/Visa/Mastercard under ' +
    '3-D Secure, card instalments, IPS QR, payment slips, PayPal, pro forma invoices for companies, store ' +
    'pickup, the diaspora in Germany, Austria and Switzerland buying for family at home); with card testing, ' +
    'phished Serbian cards, account takeover, reshipping mules on foreign cards, fake cash-on-delivery orders, ' +
    'forged payment proofs, Crni petak deal resellers, friendly fraud, refund abuse and buyers from sanctioned ' +
    'countries.',
  generate,
};
