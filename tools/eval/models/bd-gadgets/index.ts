import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * bd-gadgets: "GadgetGhor", a Dhaka gadget shop with a counter in Jamuna Future Park, selling online in taka
 * across Bangladesh and to Bangladeshis abroad over the five weeks before Eid ul-Adha 2026 (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'bd-gadgets',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [2_604_000, 999, 6],
      orderId: (n) => `GG${n}`,
      paymentId: (wire) => `txn_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const bdGadgetsModel: TrafficModel = {
  name: 'bd-gadgets',
  description:
    'A Dhaka gadget shop (phones, earbuds, smartwatches, power banks, chargers, laptop accessories and gaming gear) ' +
    'selling online in taka across Bangladesh and to Bangladeshis in the Gulf, Malaysia, the UK and the US buying ' +
    'for family at home, over the five weeks before Eid ul-Adha: bKash, Nagad and Rocket, cash on delivery through ' +
    'Pathao, RedX and Steadfast, local cards with OTP and EMI, foreign cards and PayPal, next-day delivery in Dhaka ' +
    'and pickup at Jamuna Future Park; with fake cash-on-delivery orders, card testing, stolen foreign cards, ' +
    'SIM-swapped wallets, account takeover, forged payment SMS shown to riders, resellers returning swapped fakes, ' +
    'friendly fraud and buyers from sanctioned countries.',
  generate,
};
