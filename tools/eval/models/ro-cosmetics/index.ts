import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * ro-cosmetics: "Rozmarin", a Bucharest beauty and cosmetics shop selling online in lei across Romania and in
 * euros to Moldova, Hungary, Bulgaria and the diaspora, from 2 November to the Sunday before Christmas 2026
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ro-cosmetics',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        base: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [1_250_000, 40_000, 5],
      orderId: (n) => `RZM${n}`,
      paymentId: (wire) => `ntp_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const roCosmeticsModel: TrafficModel = {
  name: 'ro-cosmetics',
  description:
    'A Bucharest beauty and cosmetics shop selling skincare, make-up, perfume, hair care, Korean skincare, gift ' +
    'sets and gift cards online in lei across Romania and in euros to Moldova, Hungary, Bulgaria and Romanians in ' +
    'Italy, Spain and Germany over Black Friday (mid-November) and the weeks to Christmas: ramburs by Fan Courier, ' +
    'Sameday and Cargus (also to easybox lockers), 3-D Secure cards, card instalments, PayPal, transfers for ' +
    'salons, gift cards and a loyalty wallet; bought by regulars, newcomers, Black Friday hunters, gift buyers, ' +
    'the diaspora, Moldovans and neighbours, travellers and VPN users, salons and small resellers; with refused ' +
    'fake-name ramburs orders, card testing, stolen cards on perfume and gift cards, account takeover of loyalty ' +
    'wallets, promo farms, resellers on stolen foreign cards, empty-box claims, friendly fraud and buyers from ' +
    'sanctioned countries.',
  generate,
};
