import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * nl-flowers: "Bloemhuis", an online florist and gift shop near Aalsmeer selling in euros to seven EU countries
 * over the two weeks before Valentine's Day 2027 (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'nl-flowers',
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
      numbers: [4_210_000, 9_999, 3],
      orderId: (n) => `BH${n}`,
      paymentId: (wire) => `tr_${wire.token(10)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const nlFlowersModel: TrafficModel = {
  name: 'nl-flowers',
  description:
    'A Dutch online florist and gift shop near Aalsmeer selling in euros to the Netherlands, Belgium, Germany, ' +
    'France, Austria, Denmark and Spain (and to buyers in the UK, the US and Switzerland sending flowers home) ' +
    'over the two weeks before Valentine’s Day: bouquets, roses, plants, premium arrangements, add-ons, ' +
    'subscriptions, corporate staff bouquets and e-mailed gift vouchers; same-day and next-day delivery by its ' +
    'couriers or partner florists; iDEAL, Bancontact, cards with 3-D Secure, PayPal, wallets, Klarna, SOFORT, ' +
    'MobilePay and invoice. Almost every order is a gift to someone else; with card testing on greeting cards, ' +
    'stolen cards cashed out through vouchers and premium arrangements, drop-address rings, account takeover of ' +
    'saved cards, never-delivered and wilted refund claims, first-order discount farms and buyers from ' +
    'sanctioned countries.',
  generate,
};
