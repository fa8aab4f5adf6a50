import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { worldOf } from './world.js';

/**
 * uk-autoparts: an online car parts, tyres and accessories retailer selling in pounds to the UK and Ireland (and
 * a little to Europe) over two weeks of winter preparation in November (README.md). A held-out model.
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'uk-autoparts',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => worldOf(rng.fork('world'), window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_100_000, 99_999, 3],
      orderId: (n) => `AP${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ukAutopartsModel: TrafficModel = {
  name: 'uk-autoparts',
  description:
    'A UK online car parts, tyres and accessories retailer selling in pounds to Great Britain, Northern Ireland, ' +
    'the Republic of Ireland and a few British drivers on the continent over two weeks of November winter ' +
    'preparation (batteries, tyres fitted at partner garages, wipers, bulbs, brakes, diagnostic tools, dash cams, ' +
    'alloys, roof boxes, catalytic converters, ECUs, turbochargers, headlight units; home delivery, click & collect, ' +
    'workshop delivery), bought by drivers, trade accounts on 30-day terms, mobile mechanics, movers, VPN users, ' +
    'Irish buyers, enthusiasts, gift-givers and regulars; with stolen cards buying resale goods for drops, export ' +
    'through freight forwarders, trade-account takeover, card testing, refund abuse, promo farms, triangulation, ' +
    'low-and-slow thieves and exports to sanctioned jurisdictions.',
  generate,
};
