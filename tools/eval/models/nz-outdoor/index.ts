import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { type World } from './build.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * nz-outdoor: "Tussock & Ridge", a Christchurch outdoor and hunting store selling online in New Zealand dollars
 * to New Zealand and in Australian dollars to Australia, over the three weeks before Christmas (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'nz-outdoor',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders): World => ({
        window,
        base: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [310_000, 9_999, 3],
      orderId: (n) => `TR${n}`,
      paymentId: (wire) => `txn_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const nzOutdoorModel: TrafficModel = {
  name: 'nz-outdoor',
  description:
    'A Christchurch outdoor and hunting store selling online in New Zealand dollars to New Zealand and in ' +
    'Australian dollars to Australia over the three weeks before Christmas (tramping gear, merino, tents, ' +
    'riflescopes, binoculars and thermal optics, fishing, e-bikes, kayaks, GPS units, beacons and satellite ' +
    'messengers; courier, rural delivery, freight, click-and-collect and e-gift cards; cards with 3-D Secure, ' +
    'Apple and Google Pay, PayPal, Afterpay, Laybuy, POLi and bank transfer), bought by trampers, gift-givers, ' +
    'camping families, farmers and hunters on RD addresses, anglers, Australians, Kiwis abroad and tourists ' +
    'sending gear to their hotel; with card testing, phished cards on optics and satellite messengers for ' +
    'resale, Afterpay and Laybuy accounts in stolen identities, stolen foreign cards shipping to Auckland ' +
    'forwarders, account takeover, refund abuse and buyers from sanctioned countries.',
  generate,
};
