import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, planHonest } from './honest.js';
import { address, network } from './networks.js';
import { customerBase } from './people.js';
import { DAYS, START } from './places.js';

/**
 * au-supplements: "Peak Fuel Nutrition", a Brisbane sports nutrition and supplements store selling in Australian
 * dollars to Australia and New Zealand (a little to Singapore and the US) over three weeks of the New Year
 * "new you" season, 27 December to 16 January (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'au-supplements',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => {
        const campus = rng.fork('campus');
        return {
          window,
          customers: customerBase(rng.fork('customers'), window, orders),
          // Each university shows the internet a handful of NAT addresses for everyone on its Wi-Fi.
          campusNat: Array.from({ length: 6 }, () => address(campus, network('au-campus'))),
        };
      },
      honest: HONEST,
      planHonest,
      planFraud,
      numbers: [418_000, 9_999, 3],
      orderId: (n) => `PFN-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const auSupplementsModel: TrafficModel = {
  name: 'au-supplements',
  description:
    'A Brisbane sports nutrition and supplements store selling in Australian dollars to Australia and New Zealand ' +
    '(and a little to Singapore and the US) over three weeks of the New Year "new you" season (protein, ' +
    'pre-workout, creatine, vitamins, weight-loss products, bundles, trial packs; monthly subscriptions renewed on ' +
    'the stored card, first-order codes, loyalty points, Afterpay and Zip, 3-D Secure cards, PayPal, wallets, ' +
    'click and collect at partner gyms, parcel lockers and PO boxes), bought by regulars, resolution starters, ' +
    'subscribers, gym owners and trainers in bulk, FIFO mine workers, partners, students on campus networks, ' +
    'travellers, VPN users and overseas buyers; with stolen cards buying resale stock, card testing on trial ' +
    'packs, Afterpay/Zip identity fraud, promo and sample farms, subscription account takeover, "never arrived" ' +
    'refund abuse, reshipping overseas and buyers from sanctioned jurisdictions.',
  generate,
};
