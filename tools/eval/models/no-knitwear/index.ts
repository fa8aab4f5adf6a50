import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { DAY } from '../kit/purchase.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * no-knitwear: "Ullstua på Bryggen", a Bergen knitwear house selling online in kroner, kronor, euros, pounds
 * and dollars from mid-October to the Christmas posting deadlines (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'no-knitwear',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24, maxSpan: 100 * DAY },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        accounts: customerBase(rng.fork('accounts'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [41_000, 999, 3],
      orderId: (n) => `UB-${n}`,
      paymentId: (wire) => wire.token(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const noKnitwearModel: TrafficModel = {
  name: 'no-knitwear',
  description:
    'A Bergen knitwear house selling traditional Norwegian wool sweaters (lusekofte, Marius, Fana, Setesdal), ' +
    'cardigans, hats, mittens, blankets, children’s sets, knitting kits, hand-knitted pieces and gift cards online ' +
    'in kroner to Norway and in kronor, euros, pounds and dollars to the Nordics, Germany, the Netherlands, the UK ' +
    'and the US from mid-October to the Christmas posting deadlines (Vipps and Klarna at home, MobilePay, cards ' +
    'under 3-D Secure, PayPal, Posten/Bring pick-up points and lockers, DHL with US duties), bought by households, ' +
    'gift-givers, cruise and Hurtigruten passengers reordering from home, knitters, Norwegian-Americans, ' +
    'Norwegians abroad, ski clubs and companies with logos; with card testing, phished identities to pick-up ' +
    'points, stolen foreign cards to reshippers, triangulation, account takeover, gift-card cashing, friendly ' +
    'fraud, returns abuse and buyers from sanctioned jurisdictions.',
  generate,
};
